//! `Text`: one string in each of the content's languages,
//! `{"en": "...", "es": "..."}`.

use serde::{Deserialize, Deserializer, Serialize};

use crate::core::pairs::{Pairs, PairsVisitor};

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(transparent)]
pub struct Text(pub Pairs<String, String>);

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

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_map(PairsVisitor::new(
            "an object of texts by language, like {\"en\": \"...\"}",
        ))
        .map(Text)
    }
}
