//! The content model: the types of the JSON the widget ships with (and that
//! a salon may replace). The one way in, `Content::parse` (in validate.rs),
//! returns either content that passed every check or every error found.
//!
//! One definition per type is the reader (serde), the CLI's output and the
//! JSON Schema the CLI prints (schemars).

use serde::{Deserialize, Serialize};

use crate::core::checker::Checker;
use crate::core::faq::{Entry, Faq};

/// The content the widget is built with, checked by the tests: one
/// document in the format a salon's own content uses, from the two indented
/// files kept for editing, without their indentation (a fifth of the bytes,
/// 0.6 KB gzip of the bundle).
pub static BUNDLED_JSON: &str = {
    const SOURCE: &str = concat!(
        r#"{"languages":["en","es"],"faq":"#,
        include_str!("../content/faq.json"),
        r#","checker":"#,
        include_str!("../content/checker.json"),
        "}"
    );
    static MINIFIED: [u8; minify(SOURCE, &mut [])] = {
        let mut out = [0; minify(SOURCE, &mut [])];
        minify(SOURCE, &mut out);
        out
    };
    match std::str::from_utf8(&MINIFIED) {
        Ok(text) => text,
        Err(_) => panic!("minifying JSON keeps UTF-8"),
    }
};

/// The code among `languages` for a language tag ("es-MX" is "es"), if
/// there is one.
pub fn language_code<'a>(languages: &'a [String], tag: &str) -> Option<&'a str> {
    let base = tag.split(['-', '_']).next().unwrap_or("");
    languages
        .iter()
        .find(|l| l.eq_ignore_ascii_case(base))
        .map(String::as_str)
}

/// Copies `json` into `out` without the whitespace between tokens, at
/// compile time; returns how many bytes that is (with an empty `out`, only
/// counts them).
const fn minify(json: &str, out: &mut [u8]) -> usize {
    let bytes = json.as_bytes();
    let (mut i, mut n, mut in_string) = (0, 0, false);
    while i < bytes.len() {
        let b = bytes[i];
        let escaped = in_string && b == b'\\';
        if in_string || !matches!(b, b' ' | b'\n' | b'\r' | b'\t') {
            if !out.is_empty() {
                out[n] = b;
            }
            n += 1;
        }
        if escaped {
            i += 1;
            if !out.is_empty() {
                out[n] = bytes[i];
            }
            n += 1;
        } else if b == b'"' {
            in_string = !in_string;
        }
        i += 1;
    }
    n
}

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
    // `Content::parse` and `Content::bundled` are in validate.rs: they read
    // and check, and the checks depend on this module, not the other way.

    /// The language to show: `wanted` if the content has it, else the first.
    pub fn pick_language<'a>(&'a self, wanted: &str) -> &'a str {
        self.supports(wanted)
            .or_else(|| self.languages.first().map(String::as_str))
            .unwrap_or("en")
    }

    /// The content's code for a language tag such as "es-MX", if it has it.
    pub fn supports<'a>(&'a self, wanted: &str) -> Option<&'a str> {
        language_code(&self.languages, wanted)
    }

    /// The entries of one category, in content order.
    pub fn entries_in<'a>(&'a self, category: &'a str) -> impl Iterator<Item = &'a Entry> + 'a {
        self.faq
            .entries
            .iter()
            .filter(move |e| e.category == category)
    }
}
