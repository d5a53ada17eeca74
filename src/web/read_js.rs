//! Reading a JS value (`JSON.parse`'s result, a page's options, the API's
//! input) into the widget's types with serde, the way the host reads JSON
//! text: every key is seen, so `deny_unknown_fields` holds, and an error
//! names its JSON path (`faq.entries[3].question`).
//!
//! Why not serde-wasm-bindgen's `Deserializer` (its `Serializer` writes the
//! API's results): it reads a struct by looking up only the struct's own
//! field names, so a misspelt key in a salon's file is dropped without a
//! word (its issue #39, closed as "capture extra fields yourself"); it has
//! no paths; and it reads a map two ways (a JS `Map`, an object), so a
//! strict reader over it compiled every struct's visitor twice. Fixing that
//! took two adapters over it (strict reading and serde_path_to_error) for a
//! salon's file, and a second, plain copy of every visitor for the bundled
//! content. This one reader, strict and with paths for everything the
//! browser reads, took the bundle from 186.5 to 180.1 KB gzip, and not
//! using `Unexpected`'s `Display` (below) to 174.6.
//!
//! Why not the host's reader (`core::read::from_str`, serde_json with
//! serde_path_to_error) on the JSON text: measured with everything else
//! the same, the bundle went from 179.0 to 203.5 KB gzip, past the ceiling.
//!
//! The path costs nothing until something fails: each level adds its key or
//! index to the error on the way out.

use std::fmt;

use js_sys::{Array, Object};
use serde::de::{
    self,
    value::{StrDeserializer, StringDeserializer},
    DeserializeOwned, DeserializeSeed, Deserializer, Expected, IntoDeserializer, Unexpected,
    Visitor,
};
use wasm_bindgen::{JsCast, JsValue};

use crate::core::error::ContentError;

/// Reads a `T` from `value`; the error says where the problem is.
pub fn read<T: DeserializeOwned>(value: JsValue) -> Result<T, ContentError> {
    T::deserialize(Js(value)).map_err(|e| {
        let mut path = String::new();
        for segment in e.path.iter().rev() {
            match segment {
                Segment::Index(i) => path.push_str(&format!("[{i}]")),
                Segment::Key(key) => {
                    if !path.is_empty() {
                        path.push('.');
                    }
                    path.push_str(key);
                }
            }
        }
        ContentError::at(&path, e.message)
    })
}

pub struct Error {
    message: String,
    /// Innermost first: each level pushes its own on the way out.
    path: Vec<Segment>,
}

enum Segment {
    Key(String),
    Index(u32),
}

impl Error {
    #[inline(never)]
    fn within(mut self, segment: Segment) -> Error {
        self.path.push(segment);
        self
    }
}

impl de::Error for Error {
    fn custom<T: fmt::Display>(message: T) -> Error {
        Error {
            message: message.to_string(),
            path: Vec::new(),
        }
    }

    /// serde's own wording, but `Unexpected`'s `Display` is not used: it
    /// brings the float formatting code (6 KB before gzip) for numbers
    /// with decimals, which the content never has.
    fn invalid_type(unexpected: Unexpected, expected: &dyn Expected) -> Error {
        let what = match unexpected {
            Unexpected::Str(s) => format!("string \"{s}\""),
            Unexpected::Unsigned(n) => format!("integer `{n}`"),
            Unexpected::Signed(n) => format!("integer `{n}`"),
            Unexpected::Float(_) => "a number with decimals".to_string(),
            Unexpected::Bool(b) => format!("boolean `{b}`"),
            Unexpected::Unit => "null".to_string(),
            Unexpected::Seq => "a list".to_string(),
            Unexpected::Map => "an object".to_string(),
            Unexpected::Other(s) => s.to_string(),
            _ => "another kind of value".to_string(),
        };
        Error::custom(format_args!("invalid type: {what}, expected {expected}"))
    }

    fn invalid_value(unexpected: Unexpected, expected: &dyn Expected) -> Error {
        let Error { message, .. } = Self::invalid_type(unexpected, expected);
        Error::custom(message.replacen("invalid type", "invalid value", 1))
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}

struct Js(JsValue);

impl Js {
    /// "invalid type: ..., expected ...": one copy, not one per visitor.
    #[inline(never)]
    fn invalid_type(&self, expected: &dyn Expected) -> Error {
        let v = &self.0;
        let text;
        let unexpected = if let Some(s) = v.as_string() {
            text = s;
            Unexpected::Str(&text)
        } else if let Some(n) = v.as_f64() {
            match n {
                n if n.fract() != 0.0 => Unexpected::Float(n),
                n if n < 0.0 => Unexpected::Signed(n as i64),
                n => Unexpected::Unsigned(n as u64),
            }
        } else if let Some(b) = v.as_bool() {
            Unexpected::Bool(b)
        } else if v.is_null() || v.is_undefined() {
            Unexpected::Unit
        } else if Array::is_array(v) {
            Unexpected::Seq
        } else {
            Unexpected::Map
        };
        de::Error::invalid_type(unexpected, expected)
    }

    fn is_map(&self) -> bool {
        self.0.is_object() && !Array::is_array(&self.0)
    }

    fn entries(&self) -> Array {
        Object::entries(self.0.unchecked_ref())
    }
}

impl<'de> Deserializer<'de> for Js {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        let v = &self.0;
        if v.as_string().is_some() {
            self.deserialize_string(visitor)
        } else if v.as_f64().is_some() {
            self.deserialize_f64(visitor)
        } else if let Some(b) = v.as_bool() {
            visitor.visit_bool(b)
        } else if v.is_null() || v.is_undefined() {
            visitor.visit_unit()
        } else if Array::is_array(v) {
            self.deserialize_seq(visitor)
        } else {
            self.deserialize_map(visitor)
        }
    }

    /// JSON has one kind of number: whole ones are read as integers, and
    /// serde checks the range of the type asked for. The content has no
    /// fractions, so one is an error here rather than in the visitor.
    fn deserialize_f64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.0.as_f64() {
            Some(n) if n.fract() == 0.0 && n.abs() < 9_007_199_254_740_992.0 => {
                if n >= 0.0 {
                    visitor.visit_u64(n as u64)
                } else {
                    visitor.visit_i64(n as i64)
                }
            }
            _ => Err(self.invalid_type(&visitor)),
        }
    }

    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.0.as_bool() {
            Some(b) => visitor.visit_bool(b),
            None => Err(self.invalid_type(&visitor)),
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        if self.0.is_null() || self.0.is_undefined() {
            visitor.visit_none()
        } else {
            visitor.visit_some(self)
        }
    }

    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.0.as_string() {
            Some(s) => visitor.visit_string(s),
            None => Err(self.invalid_type(&visitor)),
        }
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_string(visitor)
    }

    fn deserialize_identifier<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_string(visitor)
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        if !Array::is_array(&self.0) {
            return Err(self.invalid_type(&visitor));
        }
        visitor.visit_seq(Seq {
            items: self.0.unchecked_into(),
            next: 0,
        })
    }

    /// Every key of the object, so unknown ones are refused by the struct.
    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        if !self.is_map() {
            return Err(self.invalid_type(&visitor));
        }
        visitor.visit_map(Map {
            entries: self.entries(),
            next: 0,
            key: None,
        })
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        self.deserialize_map(visitor)
    }

    /// A unit variant is its name (`"guidance"`); any other, an object
    /// with the name as its one key (`{"p": ...}`), as serde_json writes.
    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        if let Some(name) = self.0.as_string() {
            let name: StringDeserializer<Error> = name.into_deserializer();
            return visitor.visit_enum(name);
        }
        if self.is_map() {
            let entries = self.entries();
            if entries.length() == 1 {
                let (key, value) = pair(entries.get(0));
                return visitor.visit_enum(Variant { key, value });
            }
        }
        Err(self.invalid_type(&visitor))
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_unit()
    }

    fn deserialize_u32<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_f64(visitor)
    }

    fn deserialize_u16<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_f64(visitor)
    }

    serde::forward_to_deserialize_any! {
        i8 i16 i32 i64 i128 u8 u64 u128 f32 char bytes byte_buf
        unit unit_struct newtype_struct tuple tuple_struct
    }
}

/// `Object.entries` gives `[key, value]` pairs; keys are strings.
fn pair(entry: JsValue) -> (String, JsValue) {
    let pair: Array = entry.unchecked_into();
    (pair.get(0).as_string().unwrap_or_default(), pair.get(1))
}

struct Seq {
    items: Array,
    next: u32,
}

impl<'de> de::SeqAccess<'de> for Seq {
    type Error = Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, Error> {
        if self.next >= self.items.length() {
            return Ok(None);
        }
        let i = self.next;
        self.next += 1;
        seed.deserialize(Js(self.items.get(i)))
            .map(Some)
            .map_err(|e| e.within(Segment::Index(i)))
    }

    fn size_hint(&self) -> Option<usize> {
        Some((self.items.length() - self.next) as usize)
    }
}

struct Map {
    entries: Array,
    next: u32,
    /// The key just read, whose value comes next.
    key: Option<(String, JsValue)>,
}

impl<'de> de::MapAccess<'de> for Map {
    type Error = Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Error> {
        if self.next >= self.entries.length() {
            return Ok(None);
        }
        let (key, value) = pair(self.entries.get(self.next));
        self.next += 1;
        // An unknown key is an error about that key, so it is in the path.
        let name: StrDeserializer<Error> = key.as_str().into_deserializer();
        match seed.deserialize(name) {
            Ok(read) => {
                self.key = Some((key, value));
                Ok(Some(read))
            }
            Err(e) => Err(e.within(Segment::Key(key))),
        }
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Error> {
        // serde asks for a value only after its key.
        let (key, value) = self.key.take().unwrap_or_default();
        seed.deserialize(Js(value))
            .map_err(|e| e.within(Segment::Key(key)))
    }

    fn size_hint(&self) -> Option<usize> {
        Some((self.entries.length() - self.next) as usize)
    }
}

/// An enum written `{"name": payload}`.
struct Variant {
    key: String,
    value: JsValue,
}

impl<'de> de::EnumAccess<'de> for Variant {
    type Error = Error;
    type Variant = Variant;

    fn variant_seed<V: DeserializeSeed<'de>>(self, seed: V) -> Result<(V::Value, Variant), Error> {
        let read = seed.deserialize(self.key.as_str().into_deserializer())?;
        Ok((read, self))
    }
}

impl<'de> de::VariantAccess<'de> for Variant {
    type Error = Error;

    fn unit_variant(self) -> Result<(), Error> {
        Err(Js(self.value).invalid_type(&"a variant name alone"))
    }

    fn newtype_variant_seed<T: DeserializeSeed<'de>>(self, seed: T) -> Result<T::Value, Error> {
        seed.deserialize(Js(self.value))
            .map_err(|e| e.within(Segment::Key(self.key)))
    }

    fn tuple_variant<V: Visitor<'de>>(self, _len: usize, visitor: V) -> Result<V::Value, Error> {
        let key = self.key;
        Js(self.value)
            .deserialize_seq(visitor)
            .map_err(|e| e.within(Segment::Key(key)))
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        let key = self.key;
        Js(self.value)
            .deserialize_map(visitor)
            .map_err(|e| e.within(Segment::Key(key)))
    }
}
