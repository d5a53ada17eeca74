//! The content model: the types of the JSON the widget ships with (and that
//! a salon may replace), and the one way in, [`Content::parse`], which
//! returns either content that passed every check or every error found.
//!
//! Content is read by the small reader in `json.rs` (see there why). The
//! serde derives are for the host only in effect: the CLI's JSON output and
//! `schema`; no serde code is instantiated in the widget.

use std::fmt;

use serde::Serialize;

use crate::core::checker::Checker;
use crate::core::faq::{Entry, Faq};
use crate::core::json::{self, wrong, Fields, FromJson, Json, Pairs};
use crate::core::validate;

/// The content the widget is built with, checked by the tests. Kept in two
/// files for editing; one document in the format a salon's own content uses.
pub const BUNDLED_JSON: &str = concat!(
    r#"{"languages":["en","es"],"faq":"#,
    include_str!("../content/faq.json"),
    r#","checker":"#,
    include_str!("../content/checker.json"),
    "}"
);

/// Everything the widget shows.
// `Eq` (here and on every part) matters beyond tidiness: `Rc<Content>` props
// then compare by pointer first, so components do not deep-compare the whole
// content on every render.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Content {
    /// Language codes every text is written in; the first is the fallback.
    pub languages: Vec<String>,
    pub faq: Faq,
    pub checker: Checker,
}

/// One text in each of the content's languages: `{"en": "...", "es": "..."}`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(transparent)]
pub struct Text(pub Pairs<String, String>);

/// What is wrong with a piece of content, and where (a JSON path such as
/// `faq.entries[3].question.es`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ContentError {
    pub path: String,
    pub message: String,
}

impl ContentError {
    pub fn at(path: &str, message: String) -> ContentError {
        ContentError {
            path: path.to_string(),
            message,
        }
    }
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
            .or_else(|| self.0 .0.first().map(|(_, t)| t))
            .map_or("", String::as_str)
    }
}

impl FromJson for Content {
    fn from_json(value: &Json, path: &str) -> Result<Self, ContentError> {
        let f = Fields::of(value, path, &["languages", "faq", "checker"])?;
        Ok(Content {
            languages: f.req("languages")?,
            faq: f.req("faq")?,
            checker: f.req("checker")?,
        })
    }
}

impl FromJson for Text {
    fn from_json(value: &Json, path: &str) -> Result<Self, ContentError> {
        match value {
            Json::Object(_) => Pairs::from_json(value, path).map(Text),
            _ => Err(wrong(
                value,
                path,
                "an object of texts by language, like {\"en\": \"...\"}",
            )),
        }
    }
}

impl Content {
    /// Parses and checks content JSON. Never panics, whatever the input.
    pub fn parse(json: &str) -> Result<Content, Vec<ContentError>> {
        let content: Content = json::read(json).map_err(|e| vec![e])?;
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
        self.supports(wanted)
            .or_else(|| self.languages.first().map(String::as_str))
            .unwrap_or("en")
    }

    /// The content's code for a language tag such as "es-MX", if it has it.
    pub fn supports<'a>(&'a self, wanted: &str) -> Option<&'a str> {
        let base = wanted.split(['-', '_']).next().unwrap_or("");
        self.languages
            .iter()
            .find(|l| l.eq_ignore_ascii_case(base))
            .map(String::as_str)
    }

    /// The entries of one category, in content order.
    pub fn entries_in<'a>(&'a self, category: &'a str) -> impl Iterator<Item = &'a Entry> + 'a {
        self.faq
            .entries
            .iter()
            .filter(move |e| e.category == category)
    }
}
