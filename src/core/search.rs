//! FAQ search: case- and accent-insensitive, every word of the query must
//! appear in the question or the answer (as itself, its stem or an everyday
//! synonym), and the matched ranges are returned in the original text so
//! the view can highlight them.

use crate::core::case::lower;
use crate::core::faq::{Block, Entry};

/// Lowercase without accents, one char for one char (so offsets map back).
fn fold(c: char) -> char {
    match lower(c) {
        'á' | 'à' | 'â' | 'ä' | 'ã' | 'å' => 'a',
        'é' | 'è' | 'ê' | 'ë' => 'e',
        'í' | 'ì' | 'î' | 'ï' => 'i',
        'ó' | 'ò' | 'ô' | 'ö' | 'õ' => 'o',
        'ú' | 'ù' | 'û' | 'ü' => 'u',
        'ñ' => 'n',
        'ç' => 'c',
        'ý' | 'ÿ' => 'y',
        other => other,
    }
}

/// What separates the words of a query: spaces and punctuation.
fn is_separator(c: char) -> bool {
    c.is_whitespace()
        || c.is_ascii_punctuation()
        || matches!(
            c,
            '¿' | '¡' | '«' | '»' | '“' | '”' | '‘' | '’' | '…' | '–' | '—' | '·'
        )
}

/// Words that say nothing about what is looked for ("get rid of it").
const STOP: &[&str] = &[
    "a", "an", "the", "of", "to", "it", "is", "are", "my", "i", "me", "can", "do", "does", "how",
    "what", "get", "be", "in", "on", "for", "and", "or", "with", "el", "la", "los", "las", "lo",
    "le", "de", "del", "un", "una", "mi", "se", "que", "es", "y", "o", "en", "con", "por", "para",
    "como", "puedo",
];

/// Endings taken off a query word, longest first, while a stem of four
/// letters or more is left: "removed" finds "removal", "hinchado"
/// "hinchazón". Not the Spanish infinitive's: "borrar" cut to "borr"
/// would find "borroso" (blurred sight).
const ENDINGS: &[&str] = &[
    "ando", "iendo", "ado", "ada", "ido", "ida", "ing", "es", "ed", "al", "s",
];

/// Everyday words for the same thing, as folded stems, per language: a
/// query word that starts with one of a group also finds the others ("get
/// rid of" finds the laser answer, "picor" finds "picazón").
const SYNONYMS: &[(&str, &[&str])] = &[
    ("en", &["remov", "rid", "laser"]),
    ("en", &["swell", "swollen", "puff"]),
    ("en", &["pain", "hurt", "sore", "ache"]),
    ("en", &["cost", "price", "pay"]),
    ("en", &["fix", "correct", "repair"]),
    ("en", &["doctor", "gp", "dermatolog", "nurse"]),
    ("en", &["bleed", "blood"]),
    ("en", &["scab", "crust", "flak", "peel"]),
    ("es", &["elimin", "borrar", "laser"]),
    ("es", &["hinch", "inflam"]),
    ("es", &["dolor", "duel", "molest"]),
    ("es", &["cuest", "precio", "coste", "pag"]),
    ("es", &["arregl", "corrig", "correc"]),
    ("es", &["medic", "dermatolog", "enfermer"]),
    ("es", &["pica", "picor", "comez"]),
    ("es", &["sangr"]),
    ("es", &["costr", "descam"]),
];

/// What the query looks for: per word, the words that count as it (the
/// stem first, then its synonyms in `lang`). Empty for a blank query.
pub fn terms(query: &str, lang: &str) -> Vec<Vec<String>> {
    let words: Vec<String> = query
        .split(is_separator)
        .filter(|w| !w.is_empty())
        .map(|w| w.chars().map(fold).collect())
        .collect();
    // A query of stop words alone is still looked for.
    let meaningful = words.iter().any(|w| !STOP.contains(&w.as_str()));
    words
        .into_iter()
        .filter(|w| !meaningful || !STOP.contains(&w.as_str()))
        .map(|word| {
            let stem = ENDINGS
                .iter()
                .filter_map(|e| word.strip_suffix(e))
                .find(|stem| stem.chars().count() >= 4)
                .map_or(word.clone(), str::to_string);
            let mut alternatives = vec![stem];
            for (_, group) in SYNONYMS.iter().filter(|(l, _)| *l == lang) {
                if group.iter().any(|m| alternatives[0].starts_with(m)) {
                    alternatives.extend(group.iter().map(|m| m.to_string()));
                }
            }
            alternatives
        })
        .collect()
}

/// Byte ranges of `text` where any of the terms occurs, each to the end
/// of its word ("remov" marks all of "removal"), sorted and merged.
pub fn ranges(text: &str, terms: &[Vec<String>]) -> Vec<(usize, usize)> {
    let folded: Vec<(usize, char)> = text.char_indices().map(|(i, c)| (i, fold(c))).collect();
    let mut found = Vec::new();
    for word in terms.iter().flatten() {
        let w: Vec<char> = word.chars().collect();
        if w.is_empty() || w.len() > folded.len() {
            continue;
        }
        for start in 0..=folded.len() - w.len() {
            if folded[start..start + w.len()]
                .iter()
                .map(|&(_, c)| c)
                .eq(w.iter().copied())
            {
                let mut end = start + w.len();
                // Up to a separator, not `char::is_alphanumeric`, whose
                // Unicode tables cost 2.5 KB gzip of wasm.
                while folded.get(end).is_some_and(|&(_, c)| !is_separator(c)) {
                    end += 1;
                }
                let end = folded.get(end).map_or(text.len(), |&(i, _)| i);
                found.push((folded[start].0, end));
            }
        }
    }
    // Insertion sort: a handful of matches per text, and no sort routine
    // monomorphised into the wasm for it.
    for i in 1..found.len() {
        let mut j = i;
        while j > 0 && found[j - 1] > found[j] {
            found.swap(j - 1, j);
            j -= 1;
        }
    }
    let mut merged: Vec<(usize, usize)> = Vec::new();
    for (s, e) in found {
        match merged.last_mut() {
            Some(last) if s <= last.1 => last.1 = last.1.max(e),
            _ => merged.push((s, e)),
        }
    }
    merged
}

/// Splits `text` into (piece, is_match) runs for highlighting.
pub fn split<'a>(text: &'a str, terms: &[Vec<String>]) -> Vec<(&'a str, bool)> {
    let mut out = Vec::new();
    let mut at = 0;
    for (s, e) in ranges(text, terms) {
        if s > at {
            out.push((&text[at..s], false));
        }
        out.push((&text[s..e], true));
        at = e;
    }
    if at < text.len() || out.is_empty() {
        out.push((&text[at..], false));
    }
    out
}

/// Whether every term occurs somewhere in the entry, in `lang`.
pub fn matches(entry: &Entry, terms: &[Vec<String>], lang: &str, fallback: &str) -> bool {
    let mut texts = vec![entry.question.get(lang, fallback)];
    for block in &entry.answer {
        match block {
            Block::P(t) => texts.push(t.get(lang, fallback)),
            Block::List(items) => texts.extend(items.iter().map(|t| t.get(lang, fallback))),
        }
    }
    terms.iter().all(|term| {
        texts
            .iter()
            .any(|t| !ranges(t, std::slice::from_ref(term)).is_empty())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(query: &str) -> Vec<Vec<String>> {
        terms(query, "en")
    }

    #[test]
    fn accents_and_case_do_not_matter() {
        assert_eq!(
            terms("Inflamacion  ROJA", "xx"),
            [["inflamacion"], ["roja"]]
        );
        let text = "La inflamación roja";
        assert_eq!(ranges(text, &terms("inflamacion", "xx")), [(3, 15)]);
        assert_eq!(&text[3..15], "inflamación");
    }

    #[test]
    fn split_marks_every_match_and_keeps_the_rest() {
        let parts = split("Pus or pus-like fluid", &words("pus"));
        assert_eq!(
            parts,
            [
                ("Pus", true),
                (" or ", false),
                ("pus", true),
                ("-like fluid", false)
            ]
        );
        assert_eq!(
            split("nothing here", &words("pus")),
            [("nothing here", false)]
        );
        assert_eq!(split("", &[]), [("", false)]);
    }

    #[test]
    fn overlapping_matches_merge_and_run_to_the_end_of_the_word() {
        assert_eq!(ranges("redness", &words("red redn")), [(0, 7)]);
        assert_eq!(split("a removal.", &words("removed"))[1], ("removal", true));
    }

    #[test]
    fn words_split_on_spaces_and_punctuation_in_any_script() {
        assert_eq!(terms("¿Dolor, ÓJOS?", "xx"), [["dolor"], ["ojos"]]);
        assert_eq!(terms("ZAŻÓŁĆ Ψ ЖЁ", "xx"), [["zażołć"], ["ψ"], ["жё"]]);
    }

    #[test]
    fn stems_stop_words_and_synonyms_follow_the_language() {
        assert_eq!(words("get rid of it")[0][0], "rid");
        assert_eq!(words("get rid of it").len(), 1, "stop words dropped");
        assert_eq!(words("how"), [["how"]], "unless nothing else is asked");
        assert!(words("removed")[0].contains(&"laser".to_string()));
        assert_eq!(terms("borrar", "es")[0][0], "borrar");
        assert!(terms("picor", "es")[0].contains(&"pica".to_string()));
        // Another language's synonyms are not used: "elimin" is Spanish's.
        assert!(!words("removed")[0].contains(&"elimin".to_string()));
        assert_eq!(words("itching"), [["itch"]]);
        assert_eq!(words("ojos"), [["ojos"]], "a stem keeps four letters");
    }
}
