//! The FAQ part of the content: categories of questions with answers.

use serde::Serialize;

use crate::core::content::{ContentError, Text};
use crate::core::json::{Fields, FromJson, Json};

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Faq {
    pub categories: Vec<Category>,
    pub entries: Vec<Entry>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Category {
    /// Stable kebab-case slug.
    pub id: String,
    pub title: Text,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
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
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase", deny_unknown_fields)]
pub enum Block {
    P(Text),
    List(Vec<Text>),
}

impl FromJson for Faq {
    fn from_json(value: &Json, path: &str) -> Result<Self, ContentError> {
        let f = Fields::of(value, path, &["categories", "entries"])?;
        Ok(Faq {
            categories: f.req("categories")?,
            entries: f.req("entries")?,
        })
    }
}

impl FromJson for Category {
    fn from_json(value: &Json, path: &str) -> Result<Self, ContentError> {
        let f = Fields::of(value, path, &["id", "title"])?;
        Ok(Category {
            id: f.req("id")?,
            title: f.req("title")?,
        })
    }
}

impl FromJson for Entry {
    fn from_json(value: &Json, path: &str) -> Result<Self, ContentError> {
        let f = Fields::of(value, path, &["id", "category", "question", "answer"])?;
        Ok(Entry {
            id: f.req("id")?,
            category: f.req("category")?,
            question: f.req("question")?,
            answer: f.req("answer")?,
        })
    }
}

/// `{"p": text}` or `{"list": [text, ...]}`.
impl FromJson for Block {
    fn from_json(value: &Json, path: &str) -> Result<Self, ContentError> {
        let f = Fields::of(value, path, &["p", "list"])?;
        match value {
            Json::Object(fields) if fields.len() == 1 && fields[0].0 == "p" => {
                Ok(Block::P(f.req("p")?))
            }
            Json::Object(fields) if fields.len() == 1 => Ok(Block::List(f.req("list")?)),
            _ => Err(ContentError::at(
                path,
                "expected {\"p\": text} or {\"list\": [texts]}".into(),
            )),
        }
    }
}
