//! A small JSON reader for the content: a parser into [`Json`] and typed
//! reading through [`FromJson`], where every error names its JSON path
//! (`faq.entries[3].question.es`).
//!
//! Hand-written rather than serde so that the widget's wasm carries one small
//! reader instead of serde's generic machinery (about a tenth of the bundle).
//! The host uses the same reader, so the tests check what the widget runs.

use crate::core::content::ContentError;

/// A parsed JSON value. Numbers keep their text: the content only has whole
/// numbers, and reading them as integers keeps float parsing out of the wasm.
#[derive(Clone, Debug, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    Number(String),
    String(String),
    Array(Vec<Json>),
    Object(Vec<(String, Json)>),
}

/// Deeper documents are refused: no content needs them, and the limit keeps
/// the recursive parser far from the end of the stack.
const MAX_DEPTH: usize = 64;

/// Parses JSON text; the error says what is wrong and where (line, column).
pub fn parse(text: &str) -> Result<Json, ContentError> {
    // A byte-order mark, as some editors save it, is not content.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut p = Parser {
        text: text.as_bytes(),
        pos: 0,
    };
    let value = p.value(0)?;
    p.space();
    if p.pos < p.text.len() {
        return Err(p.error("unexpected text after the end"));
    }
    Ok(value)
}

/// Parses JSON text and reads it as a `T`.
pub fn read<T: FromJson>(text: &str) -> Result<T, ContentError> {
    T::from_json(&parse(text)?, "")
}

struct Parser<'a> {
    text: &'a [u8],
    pos: usize,
}

impl Parser<'_> {
    fn error(&self, what: &str) -> ContentError {
        let what = if self.pos >= self.text.len() {
            "unexpected end"
        } else {
            what
        };
        let before = &self.text[..self.pos.min(self.text.len())];
        let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
        let column = before.iter().rev().take_while(|&&b| b != b'\n').count() + 1;
        ContentError::at(
            "",
            format!("invalid JSON: {what} at line {line} column {column}"),
        )
    }

    fn space(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.text.get(self.pos) {
            self.pos += 1;
        }
    }

    fn peek(&mut self) -> Option<u8> {
        self.space();
        self.text.get(self.pos).copied()
    }

    fn expect(&mut self, byte: u8, what: &str) -> Result<(), ContentError> {
        if self.peek() == Some(byte) {
            self.pos += 1;
            Ok(())
        } else {
            Err(self.error(what))
        }
    }

    fn value(&mut self, depth: usize) -> Result<Json, ContentError> {
        if depth > MAX_DEPTH {
            return Err(self.error("nested too deeply"));
        }
        match self.peek() {
            None => Err(self.error("unexpected end")),
            Some(b'{') => self.object(depth),
            Some(b'[') => self.array(depth),
            Some(b'"') => self.string().map(Json::String),
            Some(b'-' | b'0'..=b'9') => self.number(),
            Some(_) => {
                for (word, value) in [
                    ("true", Json::Bool(true)),
                    ("false", Json::Bool(false)),
                    ("null", Json::Null),
                ] {
                    if self.text[self.pos..].starts_with(word.as_bytes()) {
                        self.pos += word.len();
                        return Ok(value);
                    }
                }
                Err(self.error("expected a value"))
            }
        }
    }

    fn object(&mut self, depth: usize) -> Result<Json, ContentError> {
        self.pos += 1;
        let mut fields: Vec<(String, Json)> = Vec::new();
        if self.peek() == Some(b'}') {
            self.pos += 1;
            return Ok(Json::Object(fields));
        }
        loop {
            if self.peek() != Some(b'"') {
                return Err(self.error("expected a key in quotes"));
            }
            let at = self.pos;
            let key = self.string()?;
            if fields.iter().any(|(k, _)| *k == key) {
                self.pos = at;
                return Err(self.error(&format!("the key \"{key}\" appears twice")));
            }
            self.expect(b':', "expected ':'")?;
            let value = self.value(depth + 1)?;
            fields.push((key, value));
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b'}') => {
                    self.pos += 1;
                    return Ok(Json::Object(fields));
                }
                _ => return Err(self.error("expected ',' or '}'")),
            }
        }
    }

    fn array(&mut self, depth: usize) -> Result<Json, ContentError> {
        self.pos += 1;
        let mut items = Vec::new();
        if self.peek() == Some(b']') {
            self.pos += 1;
            return Ok(Json::Array(items));
        }
        loop {
            items.push(self.value(depth + 1)?);
            match self.peek() {
                Some(b',') => self.pos += 1,
                Some(b']') => {
                    self.pos += 1;
                    return Ok(Json::Array(items));
                }
                _ => return Err(self.error("expected ',' or ']'")),
            }
        }
    }

    fn number(&mut self) -> Result<Json, ContentError> {
        let start = self.pos;
        let digits = |p: &mut Parser| {
            let from = p.pos;
            while p.text.get(p.pos).is_some_and(u8::is_ascii_digit) {
                p.pos += 1;
            }
            p.pos > from
        };
        if self.text[self.pos] == b'-' {
            self.pos += 1;
        }
        let int_start = self.pos;
        if !digits(self) || (self.text[int_start] == b'0' && self.pos - int_start > 1) {
            return Err(self.error("invalid number"));
        }
        if self.text.get(self.pos) == Some(&b'.') {
            self.pos += 1;
            if !digits(self) {
                return Err(self.error("invalid number"));
            }
        }
        if let Some(b'e' | b'E') = self.text.get(self.pos) {
            self.pos += 1;
            if let Some(b'+' | b'-') = self.text.get(self.pos) {
                self.pos += 1;
            }
            if !digits(self) {
                return Err(self.error("invalid number"));
            }
        }
        // Only ASCII was consumed, so this slice is valid UTF-8.
        let text = String::from_utf8_lossy(&self.text[start..self.pos]).into_owned();
        Ok(Json::Number(text))
    }

    fn string(&mut self) -> Result<String, ContentError> {
        self.pos += 1;
        // Most strings have no escapes: copy them in one go.
        let start = self.pos;
        let plain = self.text[start..]
            .iter()
            .position(|&b| b == b'"' || b == b'\\' || b < 0x20);
        if let Some(len) = plain.filter(|&len| self.text[start + len] == b'"') {
            self.pos = start + len + 1;
            return Ok(String::from_utf8_lossy(&self.text[start..start + len]).into_owned());
        }
        let mut out: Vec<u8> = Vec::new();
        loop {
            let Some(&b) = self.text.get(self.pos) else {
                return Err(self.error("unterminated string"));
            };
            self.pos += 1;
            match b {
                b'"' => break,
                b'\\' => {
                    let Some(&e) = self.text.get(self.pos) else {
                        return Err(self.error("unterminated string"));
                    };
                    self.pos += 1;
                    let c = match e {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => self.unicode_escape()?,
                        _ => return Err(self.error("invalid escape")),
                    };
                    let mut buf = [0; 4];
                    out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
                }
                0..=0x1f => return Err(self.error("control character in a string")),
                _ => out.push(b),
            }
        }
        // The input is a &str and escapes add whole characters, so the bytes
        // are valid UTF-8; the lossy conversion never replaces anything.
        Ok(String::from_utf8_lossy(&out).into_owned())
    }

    /// The character of a `\uXXXX` escape (the `\u` already read), joining a
    /// surrogate pair written as two escapes.
    fn unicode_escape(&mut self) -> Result<char, ContentError> {
        let first = self.hex4()?;
        let code = if (0xD800..0xDC00).contains(&first) {
            if !self.text[self.pos..].starts_with(b"\\u") {
                return Err(self.error("lone surrogate in \\u escape"));
            }
            self.pos += 2;
            let second = self.hex4()?;
            if !(0xDC00..0xE000).contains(&second) {
                return Err(self.error("invalid surrogate pair"));
            }
            0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
        } else {
            first
        };
        char::from_u32(code).ok_or_else(|| self.error("lone surrogate in \\u escape"))
    }

    fn hex4(&mut self) -> Result<u32, ContentError> {
        let mut n = 0;
        for _ in 0..4 {
            let d = self
                .text
                .get(self.pos)
                .and_then(|&b| (b as char).to_digit(16))
                .ok_or_else(|| self.error("invalid \\u escape"))?;
            n = n * 16 + d;
            self.pos += 1;
        }
        Ok(n)
    }
}

impl Json {
    /// How the value is called in errors: "found a number".
    fn kind(&self) -> &'static str {
        match self {
            Json::Null => "null",
            Json::Bool(_) => "true or false",
            Json::Number(_) => "a number",
            Json::String(_) => "a string",
            Json::Array(_) => "a list",
            Json::Object(_) => "an object",
        }
    }
}

/// `path.key`, or `key` at the top.
pub fn field_path(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

/// The error for a value of the wrong kind.
pub fn wrong(value: &Json, path: &str, expected: &str) -> ContentError {
    ContentError::at(path, format!("expected {expected}, found {}", value.kind()))
}

/// A type the content is made of, read from a JSON value at `path`.
pub trait FromJson: Sized {
    fn from_json(value: &Json, path: &str) -> Result<Self, ContentError>;
}

impl FromJson for String {
    fn from_json(value: &Json, path: &str) -> Result<Self, ContentError> {
        match value {
            Json::String(s) => Ok(s.clone()),
            _ => Err(wrong(value, path, "a string")),
        }
    }
}

/// Whole numbers (days, years): anything else, or out of range, is an error.
macro_rules! whole_number {
    ($($t:ty),*) => {$(
        impl FromJson for $t {
            fn from_json(value: &Json, path: &str) -> Result<Self, ContentError> {
                match value {
                    Json::Number(n) => n.parse().map_err(|_| {
                        ContentError::at(path, format!("expected a whole number from 0 to {}, found {n}", <$t>::MAX))
                    }),
                    _ => Err(wrong(value, path, "a whole number")),
                }
            }
        }
    )*};
}
whole_number!(u16, u32);

impl<T: FromJson> FromJson for Vec<T> {
    fn from_json(value: &Json, path: &str) -> Result<Self, ContentError> {
        match value {
            // Loops rather than collecting into a Result: less code per type.
            Json::Array(items) => {
                let mut out = Vec::with_capacity(items.len());
                for (i, item) in items.iter().enumerate() {
                    out.push(T::from_json(item, &format!("{path}[{i}]"))?);
                }
                Ok(out)
            }
            _ => Err(wrong(value, path, "a list")),
        }
    }
}

/// `null` reads as absent, as it would in most JSON tools.
impl<T: FromJson> FromJson for Option<T> {
    fn from_json(value: &Json, path: &str) -> Result<Self, ContentError> {
        match value {
            Json::Null => Ok(None),
            _ => T::from_json(value, path).map(Some),
        }
    }
}

/// A JSON object as key/value pairs in document order. The content's
/// objects have a few keys each, where a list is as fast as a map and
/// much smaller in the wasm than `BTreeMap`'s code.
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

impl<K: FromKey, V: FromJson> FromJson for Pairs<K, V> {
    fn from_json(value: &Json, path: &str) -> Result<Self, ContentError> {
        match value {
            Json::Object(fields) => {
                let mut out = Vec::with_capacity(fields.len());
                for (k, v) in fields {
                    let at = field_path(path, k);
                    out.push((K::from_key(k, &at)?, V::from_json(v, &at)?));
                }
                Ok(Pairs(out))
            }
            _ => Err(wrong(value, path, "an object")),
        }
    }
}

/// Written as the JSON object it was read from (the CLI's output).
impl<K: serde::Serialize, V: serde::Serialize> serde::Serialize for Pairs<K, V> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.0.iter().map(|(k, v)| (k, v)))
    }
}

/// The same schema as a map from `K` to `V`.
#[cfg(not(target_arch = "wasm32"))]
impl<K: schemars::JsonSchema, V: schemars::JsonSchema> schemars::JsonSchema for Pairs<K, V> {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        <std::collections::BTreeMap<K, V>>::schema_name()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        <std::collections::BTreeMap<K, V>>::json_schema(generator)
    }
}

/// A map key read from the object's key text.
pub trait FromKey: Sized {
    fn from_key(key: &str, path: &str) -> Result<Self, ContentError>;
}

impl FromKey for String {
    fn from_key(key: &str, _path: &str) -> Result<Self, ContentError> {
        Ok(key.to_string())
    }
}

/// Reads one of a fixed set of words (`"healing"`, `"within"`), naming them
/// all when the word is not one of them.
pub fn one_of<T: Copy>(word: &str, path: &str, choices: &[(&str, T)]) -> Result<T, ContentError> {
    choices
        .iter()
        .find(|(name, _)| *name == word)
        .map(|&(_, v)| v)
        .ok_or_else(|| {
            let names: Vec<String> = choices.iter().map(|(n, _)| format!("\"{n}\"")).collect();
            ContentError::at(
                path,
                format!("\"{word}\" is not one of {}", names.join(", ")),
            )
        })
}

/// The fields of a JSON object read as a struct: unknown keys are errors
/// (a misspelt key would otherwise be silently ignored), and each field is
/// read at its own path.
pub struct Fields<'a> {
    fields: &'a [(String, Json)],
    path: &'a str,
}

impl<'a> Fields<'a> {
    pub fn of(value: &'a Json, path: &'a str, known: &[&str]) -> Result<Self, ContentError> {
        let Json::Object(fields) = value else {
            return Err(wrong(value, path, "an object"));
        };
        if let Some((key, _)) = fields.iter().find(|(k, _)| !known.contains(&k.as_str())) {
            let names: Vec<String> = known.iter().map(|k| format!("`{k}`")).collect();
            return Err(ContentError::at(
                &field_path(path, key),
                format!(
                    "unknown field `{key}`, expected one of {}",
                    names.join(", ")
                ),
            ));
        }
        Ok(Fields { fields, path })
    }

    fn get(&self, name: &str) -> Option<&'a Json> {
        self.fields.iter().find(|(k, _)| k == name).map(|(_, v)| v)
    }

    /// A field that must be there.
    pub fn req<T: FromJson>(&self, name: &str) -> Result<T, ContentError> {
        match self.get(name) {
            Some(v) => T::from_json(v, &field_path(self.path, name)),
            None => Err(ContentError::at(
                self.path,
                format!("missing field `{name}`"),
            )),
        }
    }

    /// A field that may be left out (or null): then `T::default()`.
    pub fn opt<T: FromJson + Default>(&self, name: &str) -> Result<T, ContentError> {
        match self.get(name) {
            None | Some(Json::Null) => Ok(T::default()),
            Some(v) => T::from_json(v, &field_path(self.path, name)),
        }
    }
}
