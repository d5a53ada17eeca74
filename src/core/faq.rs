//! The FAQ part of the content: categories of questions with answers.

use serde::{Deserialize, Serialize};

use crate::core::text::Text;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Faq {
    pub categories: Vec<Category>,
    pub entries: Vec<Entry>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Category {
    /// Stable kebab-case slug.
    pub id: String,
    pub title: Text,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
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
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "lowercase", deny_unknown_fields)]
pub enum Block {
    P(Text),
    List(Vec<Text>),
}
