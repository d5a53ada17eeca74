//! `Pairs`: a JSON object as key/value pairs in document order. The
//! content's objects have a few keys each, where a list is as fast as a map,
//! keeps the author's order, and lets a repeated key be refused.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, Deserialize, Deserializer, MapAccess, Visitor};
use serde::{Serialize, Serializer};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pairs<K, V>(pub Vec<(K, V)>);

impl<K, V> Default for Pairs<K, V> {
    fn default() -> Self {
        Pairs(Vec::new())
    }
}

impl<K: PartialEq, V> Pairs<K, V> {
    pub fn get<Q: PartialEq<K> + ?Sized>(&self, key: &Q) -> Option<&V> {
        self.0.iter().find(|(k, _)| key == k).map(|(_, v)| v)
    }

    /// Sets `key` to `value`, in place if it is there, else at the end.
    pub fn set(&mut self, key: K, value: V) {
        match self.0.iter_mut().find(|(k, _)| *k == key) {
            Some((_, v)) => *v = value,
            None => self.0.push((key, value)),
        }
    }

    pub fn iter(&self) -> impl Iterator<Item = (&K, &V)> {
        self.0.iter().map(|(k, v)| (k, v))
    }
}

/// Reads an object into pairs; `expecting` names it in type errors.
pub(crate) struct PairsVisitor<K, V> {
    pub expecting: &'static str,
    marker: PhantomData<(K, V)>,
}

impl<K, V> PairsVisitor<K, V> {
    pub fn new(expecting: &'static str) -> Self {
        PairsVisitor {
            expecting,
            marker: PhantomData,
        }
    }
}

impl<'de, K, V> Visitor<'de> for PairsVisitor<K, V>
where
    K: Deserialize<'de> + PartialEq + fmt::Debug,
    V: Deserialize<'de>,
{
    type Value = Pairs<K, V>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(self.expecting)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut out: Vec<(K, V)> = Vec::new();
        while let Some(key) = map.next_key::<K>()? {
            // The browser's JSON.parse keeps the last of repeated keys; the
            // host refuses them, so the CLI catches what a salon would lose.
            if out.iter().any(|(k, _)| *k == key) {
                return Err(de::Error::custom(format_args!(
                    "the key {key:?} appears twice"
                )));
            }
            let value = map.next_value()?;
            out.push((key, value));
        }
        Ok(Pairs(out))
    }
}

impl<'de, K, V> Deserialize<'de> for Pairs<K, V>
where
    K: Deserialize<'de> + PartialEq + fmt::Debug,
    V: Deserialize<'de>,
{
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_map(PairsVisitor::new("an object"))
    }
}

/// Written as the JSON object it was read from.
impl<K: Serialize, V: Serialize> Serialize for Pairs<K, V> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.0.iter().map(|(k, v)| (k, v)))
    }
}

/// The same schema as a map from `K` to `V` (host only: the CLI's schema).
#[cfg(not(target_arch = "wasm32"))]
#[allow(clippy::disallowed_types)]
impl<K: schemars::JsonSchema, V: schemars::JsonSchema> schemars::JsonSchema for Pairs<K, V> {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        <std::collections::BTreeMap<K, V>>::schema_name()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        <std::collections::BTreeMap<K, V>>::json_schema(generator)
    }
}
