//! The content model: the serde types of the JSON the widget ships with (and
//! that a salon may replace), and the one way in, [`Content::parse`], which
//! returns either content that passed every check or every error found.

use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};

use crate::core::validate;

/// The content the widget is built with, checked at build time by the tests.
pub const BUNDLED_JSON: &str = include_str!("../content/faq.json");

/// Everything the widget shows.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Content {
    /// Language codes every text is written in; the first is the fallback.
    pub languages: Vec<String>,
    pub faq: Faq,
}

/// One text in each of the content's languages: `{"en": "...", "es": "..."}`.
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
#[serde(transparent)]
pub struct Text(pub BTreeMap<String, String>);

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Faq {
    pub categories: Vec<Category>,
    pub entries: Vec<Entry>,
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Category {
    /// Stable kebab-case slug.
    pub id: String,
    pub title: Text,
}

#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    /// Stable kebab-case slug, used in deep links (`#pmu-care/<id>`).
    pub id: String,
    /// The id of the category the entry belongs to.
    pub category: String,
    pub question: Text,
    pub answer: Vec<Block>,
}

/// A piece of an answer: a paragraph or a bulleted list.
#[derive(Clone, Debug, PartialEq, Deserialize, Serialize)]
#[serde(rename_all = "lowercase", deny_unknown_fields)]
pub enum Block {
    P(Text),
    List(Vec<Text>),
}

/// What is wrong with a piece of content, and where (a JSON path such as
/// `faq.entries[3].question.es`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ContentError {
    pub path: String,
    pub message: String,
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            write!(f, "{}", self.message)
        } else {
            write!(f, "{}: {}", self.path, self.message)
        }
    }
}

impl Text {
    /// The text in `lang`, else in `fallback`, else any; "" only if empty.
    pub fn get<'a>(&'a self, lang: &str, fallback: &str) -> &'a str {
        self.0
            .get(lang)
            .or_else(|| self.0.get(fallback))
            .or_else(|| self.0.values().next())
            .map_or("", String::as_str)
    }
}

impl Content {
    /// Parses and checks content JSON. Never panics, whatever the input.
    pub fn parse(json: &str) -> Result<Content, Vec<ContentError>> {
        let de = &mut serde_json::Deserializer::from_str(json);
        let content: Content = serde_path_to_error::deserialize(de).map_err(|e| {
            let path = e.path().to_string();
            let inner = e.into_inner();
            vec![ContentError {
                path: if path == "." { String::new() } else { path },
                message: format!("invalid JSON: {inner}"),
            }]
        })?;
        let errors = validate::check(&content);
        if errors.is_empty() {
            Ok(content)
        } else {
            Err(errors)
        }
    }

    /// The content built into the widget.
    pub fn bundled() -> Content {
        Content::parse(BUNDLED_JSON).expect("bundled content is checked by the tests")
    }

    /// The language to show: `wanted` if the content has it, else the first.
    pub fn pick_language<'a>(&'a self, wanted: &str) -> &'a str {
        let base = wanted.split(['-', '_']).next().unwrap_or("");
        self.languages
            .iter()
            .find(|l| l.eq_ignore_ascii_case(base))
            .or_else(|| self.languages.first())
            .map_or("en", String::as_str)
    }

    /// The entries of one category, in content order.
    pub fn entries_in<'a>(&'a self, category: &'a str) -> impl Iterator<Item = &'a Entry> + 'a {
        self.faq
            .entries
            .iter()
            .filter(move |e| e.category == category)
    }
}
