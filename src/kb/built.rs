//! A built-in file as the build parsed it: its values written into the program as Rust data,
//! so that an answer reads the built-in knowledge base without parsing any text.
//!
//! A [`BuiltValue`] is read through serde like a file, by the same derives and the same
//! checks, and several times quicker than the same data as JSON: there are no quotes,
//! escapes or digits to scan, and each string is already where it will stay.

use serde::de::value::{BorrowedStrDeserializer, Error, MapDeserializer, SeqDeserializer};
use serde::de::{self, DeserializeSeed, Deserializer, IntoDeserializer, Visitor};
use serde::forward_to_deserialize_any;

use crate::text::kb_string::BUILT_TEXT;

/// The string `len` bytes long at `start` of [`BUILT_TEXT`], the built-in strings: a value's
/// text or a map's key.
pub const fn built_str(start: usize, len: usize) -> &'static str {
    let (_, from_start) = BUILT_TEXT.as_bytes().split_at(start);
    let (bytes, _) = from_start.split_at(len);
    match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(_) => panic!("a built-in string is cut inside a character"),
    }
}

/// One value of a built-in file: what JSON can hold, with the build's own reading of each
/// number. Maps keep the order the build wrote.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum BuiltValue {
    Null,
    Bool(bool),
    Unsigned(u64),
    Signed(i64),
    Float(f64),
    Text(&'static str),
    List(&'static [BuiltValue]),
    Map(&'static [(&'static str, BuiltValue)]),
}

impl<'de> IntoDeserializer<'de, Error> for BuiltValue {
    type Deserializer = BuiltValue;

    fn into_deserializer(self) -> BuiltValue {
        self
    }
}

/// As `serde_json` reads the same data: a missing optional value is `null`, and an enum is a
/// string (a variant without data) or a map of one entry (the variant and its data).
impl<'de> Deserializer<'de> for BuiltValue {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self {
            BuiltValue::Null => visitor.visit_unit(),
            BuiltValue::Bool(b) => visitor.visit_bool(b),
            BuiltValue::Unsigned(n) => visitor.visit_u64(n),
            BuiltValue::Signed(n) => visitor.visit_i64(n),
            BuiltValue::Float(n) => visitor.visit_f64(n),
            BuiltValue::Text(text) => visitor.visit_borrowed_str(text),
            BuiltValue::List(items) => {
                SeqDeserializer::new(items.iter().copied()).deserialize_any(visitor)
            }
            BuiltValue::Map(entries) => MapDeserializer::new(
                entries
                    .iter()
                    .map(|&(key, value)| (BorrowedStrDeserializer::new(key), value)),
            )
            .deserialize_any(visitor),
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self {
            BuiltValue::Null => visitor.visit_none(),
            value => visitor.visit_some(value),
        }
    }

    /// A value nobody reads is passed over whole: unlike text, a tree need not be walked to
    /// get past it (`kb stats` counts entries without reading them).
    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_unit()
    }

    /// A newtype is its one value, as serde_json and serde_yaml read it.
    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Error> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        match self {
            BuiltValue::Text(variant) => visitor.visit_enum(Variant {
                name: variant,
                data: BuiltValue::Null,
            }),
            BuiltValue::Map(&[(variant, data)]) => visitor.visit_enum(Variant {
                name: variant,
                data,
            }),
            other => Err(de::Error::invalid_type(other.unexpected(), &"an enum")),
        }
    }

    forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf
        unit unit_struct seq tuple tuple_struct map struct identifier
    }
}

impl BuiltValue {
    /// The text `len` bytes long at `start` of [`BUILT_TEXT`], the built-in strings.
    pub const fn text(start: usize, len: usize) -> BuiltValue {
        BuiltValue::Text(built_str(start, len))
    }

    fn unexpected(self) -> de::Unexpected<'static> {
        match self {
            BuiltValue::Null => de::Unexpected::Unit,
            BuiltValue::Bool(b) => de::Unexpected::Bool(b),
            BuiltValue::Unsigned(n) => de::Unexpected::Unsigned(n),
            BuiltValue::Signed(n) => de::Unexpected::Signed(n),
            BuiltValue::Float(n) => de::Unexpected::Float(n),
            BuiltValue::Text(text) => de::Unexpected::Str(text),
            BuiltValue::List(_) => de::Unexpected::Seq,
            BuiltValue::Map(_) => de::Unexpected::Map,
        }
    }
}

/// An enum's variant and the data that goes with it (`Null` for none).
struct Variant {
    name: &'static str,
    data: BuiltValue,
}

impl<'de> de::EnumAccess<'de> for Variant {
    type Error = Error;
    type Variant = BuiltValue;

    fn variant_seed<S: DeserializeSeed<'de>>(
        self,
        seed: S,
    ) -> Result<(S::Value, BuiltValue), Error> {
        let variant = seed.deserialize(BorrowedStrDeserializer::<Error>::new(self.name))?;
        Ok((variant, self.data))
    }
}

impl<'de> de::VariantAccess<'de> for BuiltValue {
    type Error = Error;

    fn unit_variant(self) -> Result<(), Error> {
        match self {
            BuiltValue::Null => Ok(()),
            other => Err(de::Error::invalid_type(
                other.unexpected(),
                &"a unit variant",
            )),
        }
    }

    fn newtype_variant_seed<S: DeserializeSeed<'de>>(self, seed: S) -> Result<S::Value, Error> {
        seed.deserialize(self)
    }

    fn tuple_variant<V: Visitor<'de>>(self, _len: usize, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_seq(visitor)
    }

    fn struct_variant<V: Visitor<'de>>(
        self,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        self.deserialize_map(visitor)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Deserialize, PartialEq)]
    #[serde(deny_unknown_fields)]
    struct Sample {
        name: String,
        count: u32,
        ratio: f64,
        offset: i32,
        #[serde(default)]
        maybe: Option<bool>,
        tags: Vec<String>,
        kind: Kind,
        shape: Shape,
        #[serde(borrow)]
        label: Label<'static>,
    }

    /// A newtype, here one that borrows its text as the rules' conditions do.
    #[derive(Debug, Deserialize, PartialEq)]
    struct Label<'a>(#[serde(borrow)] std::borrow::Cow<'a, str>);

    #[derive(Debug, Deserialize, PartialEq)]
    #[serde(rename_all = "lowercase")]
    enum Kind {
        Plain,
        Fancy,
    }

    #[derive(Debug, Deserialize, PartialEq)]
    enum Shape {
        Square(u32),
    }

    const SAMPLE: BuiltValue = BuiltValue::Map(&[
        ("name", BuiltValue::Text("x \"y\"")),
        ("count", BuiltValue::Unsigned(3)),
        ("ratio", BuiltValue::Float(0.5)),
        ("offset", BuiltValue::Signed(-2)),
        ("maybe", BuiltValue::Null),
        (
            "tags",
            BuiltValue::List(&[BuiltValue::Text("a"), BuiltValue::Text("b")]),
        ),
        ("kind", BuiltValue::Text("fancy")),
        (
            "shape",
            BuiltValue::Map(&[("Square", BuiltValue::Unsigned(4))]),
        ),
        ("label", BuiltValue::Text("tag")),
    ]);

    #[test]
    fn reads_as_the_same_data_in_json_would() {
        let json = r#"{"name":"x \"y\"","count":3,"ratio":0.5,"offset":-2,"maybe":null,
            "tags":["a","b"],"kind":"fancy","shape":{"Square":4},"label":"tag"}"#;
        let from_json: Sample = serde_json::from_str(json).unwrap();
        let built = Sample::deserialize(SAMPLE).unwrap();
        assert_eq!(built, from_json);
        assert_eq!(from_json.kind, Kind::Fancy);
        // Built-in text is lent, not copied.
        assert!(matches!(built.label.0, std::borrow::Cow::Borrowed("tag")));
    }

    #[test]
    fn a_value_that_does_not_fit_is_an_error() {
        let unknown_key = BuiltValue::Map(&[("nmae", BuiltValue::Text("x"))]);
        assert!(Sample::deserialize(unknown_key).is_err());
        let wrong_kind = BuiltValue::Text("odd");
        assert!(Kind::deserialize(wrong_kind).is_err());
        assert!(u32::deserialize(BuiltValue::Text("3")).is_err());
        assert!(Vec::<String>::deserialize(BuiltValue::Map(&[])).is_err());
    }

    /// Fields a type does not read are passed over, whatever they hold.
    #[test]
    fn what_is_not_read_is_passed_over() {
        #[derive(Debug, Deserialize, PartialEq)]
        struct CountOnly {
            tags: Vec<de::IgnoredAny>,
        }
        let counted = CountOnly::deserialize(SAMPLE).unwrap();
        assert_eq!(counted.tags.len(), 2);
    }
}
