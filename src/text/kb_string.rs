//! [`KbString`]: a string of the knowledge base, borrowed from the program when it comes
//! from a built-in file.

use std::borrow::{Borrow, Cow};
use std::fmt;
use std::ops::Deref;

use serde::de::{self, Deserializer, Visitor};
use serde::Deserialize;

// Every string of the built-in files' values, once each, in one text (`BuiltTexts` in
// `build.rs`): each text and each map key of a `BuiltValue` is a slice of it.
include!(concat!(env!("OUT_DIR"), "/built_text.rs"));

/// `text` as the program's own string, when it lies in [`BUILT_TEXT`]: what is read from a
/// built-in file can then be kept without a copy.
fn built_in(text: &str) -> Option<&'static str> {
    let all = BUILT_TEXT.as_ptr() as usize;
    let start = (text.as_ptr() as usize).checked_sub(all)?;
    // The same address and length: the slice is `text` itself, with the lifetime it has.
    BUILT_TEXT.get(start..start.checked_add(text.len())?)
}

/// A name, an address or a sentence of the knowledge base. Read from a built-in file it is
/// the program's own string; from a person's file, a copy. `plans` reads some thousand of
/// them, and copying each cost more than the rest of reading them.
#[derive(Clone, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct KbString(Cow<'static, str>);

impl KbString {
    /// A string of the program's own, kept where it lies.
    pub const fn from_static(text: &'static str) -> KbString {
        KbString(Cow::Borrowed(text))
    }

    /// `text` as read from a file: kept where it lies when it is a built-in string, else
    /// copied.
    pub fn read(text: &str) -> KbString {
        match built_in(text) {
            Some(text) => KbString::from_static(text),
            None => KbString::from(text),
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Deref for KbString {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for KbString {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl Borrow<str> for KbString {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for KbString {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl fmt::Debug for KbString {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&*self.0, f)
    }
}

impl From<String> for KbString {
    fn from(text: String) -> Self {
        KbString(Cow::Owned(text))
    }
}

impl From<&str> for KbString {
    fn from(text: &str) -> Self {
        KbString(Cow::Owned(text.to_string()))
    }
}

impl From<KbString> for String {
    fn from(text: KbString) -> Self {
        text.0.into_owned()
    }
}

impl PartialEq<str> for KbString {
    fn eq(&self, other: &str) -> bool {
        *self.0 == *other
    }
}

impl PartialEq<&str> for KbString {
    fn eq(&self, other: &&str) -> bool {
        *self.0 == **other
    }
}

impl PartialEq<String> for KbString {
    fn eq(&self, other: &String) -> bool {
        *self.0 == **other
    }
}

impl serde::Serialize for KbString {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

impl schemars::JsonSchema for KbString {
    fn schema_name() -> Cow<'static, str> {
        String::schema_name()
    }

    fn inline_schema() -> bool {
        true
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        String::json_schema(generator)
    }
}

impl<'de> Deserialize<'de> for KbString {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_string(KbStringVisitor)
    }
}

/// Reads what `String` reads, keeping a built-in string where it lies.
struct KbStringVisitor;

impl<'de> Visitor<'de> for KbStringVisitor {
    type Value = KbString;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string")
    }

    fn visit_borrowed_str<E: de::Error>(self, text: &'de str) -> Result<KbString, E> {
        Ok(KbString::read(text))
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<KbString, E> {
        Ok(KbString::from(text))
    }

    fn visit_string<E: de::Error>(self, text: String) -> Result<KbString, E> {
        Ok(KbString::from(text))
    }

    fn visit_bytes<E: de::Error>(self, bytes: &[u8]) -> Result<KbString, E> {
        match std::str::from_utf8(bytes) {
            Ok(text) => Ok(KbString::from(text)),
            Err(_) => Err(E::invalid_value(de::Unexpected::Bytes(bytes), &self)),
        }
    }

    fn visit_byte_buf<E: de::Error>(self, bytes: Vec<u8>) -> Result<KbString, E> {
        self.visit_bytes(&bytes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_built_in_string_is_kept_where_it_lies_and_another_is_copied() {
        let end = BUILT_TEXT
            .char_indices()
            .nth(8)
            .map_or(BUILT_TEXT.len(), |(at, _)| at);
        let built = &BUILT_TEXT[..end];
        assert!(!built.is_empty());
        let read = KbStringVisitor
            .visit_borrowed_str::<de::value::Error>(built)
            .unwrap();
        assert!(matches!(read.0, Cow::Borrowed(_)));
        assert_eq!(read.as_ptr(), built.as_ptr());

        let elsewhere = String::from(built);
        let read = KbStringVisitor
            .visit_borrowed_str::<de::value::Error>(&elsewhere)
            .unwrap();
        assert!(matches!(read.0, Cow::Owned(_)));
        assert_eq!(read, built);
    }
}
