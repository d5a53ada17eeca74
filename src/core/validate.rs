//! Semantic checks on parsed content: what serde's types cannot say. Each
//! error names the JSON path of the offending value, so a salon editing its
//! own file can find it.

use std::collections::HashSet;

use crate::core::content::{Block, Content, ContentError, Text};

/// Longest text we accept; far above any real answer, it keeps a broken or
/// hostile file from making the widget unusable.
const MAX_TEXT_CHARS: usize = 20_000;

/// Every problem found, in document order; empty means the content is usable.
pub fn check(content: &Content) -> Vec<ContentError> {
    let mut c = Checker {
        languages: &content.languages,
        errors: Vec::new(),
    };
    c.languages_are_sane();

    let mut category_ids = HashSet::new();
    for (i, cat) in content.faq.categories.iter().enumerate() {
        let path = format!("faq.categories[{i}]");
        c.id(&format!("{path}.id"), &cat.id, &mut category_ids);
        c.text(&format!("{path}.title"), &cat.title);
    }
    if content.faq.categories.is_empty() {
        c.error("faq.categories", "needs at least one category");
    }

    let mut entry_ids = HashSet::new();
    for (i, entry) in content.faq.entries.iter().enumerate() {
        let path = format!("faq.entries[{i}]");
        c.id(&format!("{path}.id"), &entry.id, &mut entry_ids);
        if !category_ids.contains(entry.category.as_str()) {
            c.error(
                &format!("{path}.category"),
                &format!("no category has the id \"{}\"", entry.category),
            );
        }
        c.text(&format!("{path}.question"), &entry.question);
        if entry.answer.is_empty() {
            c.error(&format!("{path}.answer"), "the answer is empty");
        }
        for (j, block) in entry.answer.iter().enumerate() {
            match block {
                Block::P(text) => c.text(&format!("{path}.answer[{j}].p"), text),
                Block::List(items) => {
                    if items.is_empty() {
                        c.error(&format!("{path}.answer[{j}].list"), "the list is empty");
                    }
                    for (k, item) in items.iter().enumerate() {
                        c.text(&format!("{path}.answer[{j}].list[{k}]"), item);
                    }
                }
            }
        }
    }
    for (i, cat) in content.faq.categories.iter().enumerate() {
        if !content.faq.entries.iter().any(|e| e.category == cat.id) {
            c.error(
                &format!("faq.categories[{i}]"),
                "no entry is in this category",
            );
        }
    }
    c.errors
}

struct Checker<'a> {
    languages: &'a [String],
    errors: Vec<ContentError>,
}

impl Checker<'_> {
    fn error(&mut self, path: &str, message: &str) {
        self.errors.push(ContentError {
            path: path.to_string(),
            message: message.to_string(),
        });
    }

    fn languages_are_sane(&mut self) {
        if self.languages.is_empty() {
            self.error("languages", "list at least one language, e.g. [\"en\"]");
        }
        let mut seen = HashSet::new();
        for (i, lang) in self.languages.iter().enumerate() {
            let ok = (2..=3).contains(&lang.len()) && lang.bytes().all(|b| b.is_ascii_lowercase());
            if !ok {
                self.error(
                    &format!("languages[{i}]"),
                    &format!("\"{lang}\" is not a two- or three-letter lowercase language code"),
                );
            } else if !seen.insert(lang.as_str()) {
                self.error(
                    &format!("languages[{i}]"),
                    &format!("\"{lang}\" is listed twice"),
                );
            }
        }
    }

    /// Ids are stable kebab-case slugs, unique within their list.
    fn id<'b>(&mut self, path: &str, id: &'b str, seen: &mut HashSet<&'b str>) {
        if !is_slug(id) {
            self.error(
                path,
                &format!("\"{id}\" is not a kebab-case id (lowercase letters, digits and single hyphens)"),
            );
        } else if !seen.insert(id) {
            self.error(path, &format!("the id \"{id}\" is used twice"));
        }
    }

    /// A text has every language of the content, none blank or absurdly long,
    /// and no language the content does not declare.
    fn text(&mut self, path: &str, text: &Text) {
        for lang in self.languages {
            match text.0.get(lang) {
                None => self.error(&format!("{path}.{lang}"), "missing"),
                Some(s) if s.trim().is_empty() => self.error(&format!("{path}.{lang}"), "is blank"),
                Some(s) if s.chars().count() > MAX_TEXT_CHARS => self.error(
                    &format!("{path}.{lang}"),
                    &format!("is longer than {MAX_TEXT_CHARS} characters"),
                ),
                Some(_) => {}
            }
        }
        for lang in text.0.keys() {
            if !self.languages.contains(lang) {
                self.error(
                    &format!("{path}.{lang}"),
                    &format!("\"{lang}\" is not in the content's languages"),
                );
            }
        }
    }
}

/// `a-z0-9` words joined by single hyphens, at most 80 characters.
pub fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 80
        && s.split('-').all(|w| {
            !w.is_empty()
                && w.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}
