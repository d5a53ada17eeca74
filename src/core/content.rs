//! The content model: the types of the JSON the widget ships with (and that
//! a salon may replace), and the one way in, [`Content::parse`], which
//! returns either content that passed every check or every error found.
//!
//! One definition per type is the reader (serde), the CLI's output and the
//! JSON Schema the CLI prints (schemars).

use serde::de::Deserializer;
use serde::{Deserialize, Serialize};

use crate::core::checker::Checker;
use crate::core::error::ContentError;
use crate::core::faq::{Entry, Faq};
use crate::core::read;
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
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Content {
    /// Language codes every text is written in; the first is the fallback.
    pub languages: Vec<String>,
    pub faq: Faq,
    pub checker: Checker,
}

impl Content {
    /// Parses and checks content JSON. Never panics, whatever the input.
    pub fn parse(json: &str) -> Result<Content, Vec<ContentError>> {
        Content::checked(read::from_str(json).map_err(|e| vec![e])?)
    }

    /// Reads and checks content from any serde deserializer (in the
    /// browser, a `JSON.parse`d object).
    pub fn read<'de, D: Deserializer<'de>>(d: D) -> Result<Content, Vec<ContentError>> {
        Content::checked(read::read(d).map_err(|e| vec![e])?)
    }

    fn checked(content: Content) -> Result<Content, Vec<ContentError>> {
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
