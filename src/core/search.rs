//! FAQ search: case- and accent-insensitive, every word of the query must
//! appear in the question or the answer, and the matched ranges are returned
//! in the original text so the view can highlight them.

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

/// The words of a query, folded; empty for a blank query.
pub fn words(query: &str) -> Vec<String> {
    query
        .split(is_separator)
        .filter(|w| !w.is_empty())
        .map(|w| w.chars().map(fold).collect())
        .collect()
}

/// Byte ranges of `text` where any of `words` occurs, sorted and merged.
pub fn ranges(text: &str, words: &[String]) -> Vec<(usize, usize)> {
    let folded: Vec<(usize, char)> = text.char_indices().map(|(i, c)| (i, fold(c))).collect();
    let mut found = Vec::new();
    for word in words {
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
                let end = folded.get(start + w.len()).map_or(text.len(), |&(i, _)| i);
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
pub fn split<'a>(text: &'a str, words: &[String]) -> Vec<(&'a str, bool)> {
    let mut out = Vec::new();
    let mut at = 0;
    for (s, e) in ranges(text, words) {
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

/// Whether every word occurs somewhere in the entry, in `lang`.
pub fn matches(entry: &Entry, words: &[String], lang: &str, fallback: &str) -> bool {
    let mut texts = vec![entry.question.get(lang, fallback)];
    for block in &entry.answer {
        match block {
            Block::P(t) => texts.push(t.get(lang, fallback)),
            Block::List(items) => texts.extend(items.iter().map(|t| t.get(lang, fallback))),
        }
    }
    words.iter().all(|w| {
        texts
            .iter()
            .any(|t| !ranges(t, std::slice::from_ref(w)).is_empty())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accents_and_case_do_not_matter() {
        assert_eq!(words("Inflamacion  ROJA"), ["inflamacion", "roja"]);
        let text = "La inflamación roja";
        assert_eq!(ranges(text, &words("inflamacion")), [(3, 15)]);
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
    fn overlapping_matches_merge() {
        assert_eq!(ranges("redness", &words("red redn")), [(0, 4)]);
    }

    #[test]
    fn words_split_on_spaces_and_punctuation_in_any_script() {
        assert_eq!(words("¿Dolor, ÓJOS?"), ["dolor", "ojos"]);
        assert_eq!(words("ZAŻÓŁĆ Ψ ЖЁ"), ["zażołć", "ψ", "жё"]);
    }
}
