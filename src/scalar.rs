//! Reading a YAML scalar through a parser of our own, inside serde's visitor, so that a bad
//! value's error carries the value's own line and column and its field path.

use std::borrow::Cow;
use std::fmt;
use std::marker::PhantomData;

use serde::de::{self, Deserializer, Visitor};

/// One YAML scalar as written: text (numbers arrive as the text they were written as), or a
/// YAML boolean, so a parser can tell `true` from `"true"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scalar<'a> {
    Text(&'a str),
    Bool(bool),
}

impl Scalar<'_> {
    /// The scalar as the word written, for parsers to which a boolean is just a word.
    pub fn text(&self) -> Cow<'_, str> {
        match self {
            Scalar::Text(text) => Cow::Borrowed(text),
            Scalar::Bool(b) => Cow::Owned(b.to_string()),
        }
    }
}

/// Deserializes one scalar with `parse`; `what` names the expected value in messages. The
/// parser's error, a kind with its data, is put into words here, as serde keeps only text.
pub fn parse_scalar<'de, D, T, E>(
    deserializer: D,
    what: &'static str,
    parse: fn(Scalar<'_>) -> Result<T, E>,
) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    E: fmt::Display,
{
    deserializer.deserialize_any(ScalarVisitor {
        what,
        parse,
        marker: PhantomData,
    })
}

struct ScalarVisitor<T, P> {
    what: &'static str,
    parse: fn(Scalar<'_>) -> Result<T, P>,
    marker: PhantomData<T>,
}

impl<T, P: fmt::Display> ScalarVisitor<T, P> {
    fn run<E: de::Error>(&self, scalar: Scalar<'_>) -> Result<T, E> {
        (self.parse)(scalar).map_err(E::custom)
    }
}

impl<'de, T, P: fmt::Display> Visitor<'de> for ScalarVisitor<T, P> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.what)
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<T, E> {
        self.run(Scalar::Text(v))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<T, E> {
        self.run(Scalar::Text(&v.to_string()))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<T, E> {
        self.run(Scalar::Text(&v.to_string()))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<T, E> {
        self.run(Scalar::Text(&v.to_string()))
    }

    /// `true`/`false` reach here as booleans; the parser decides whether one is allowed.
    fn visit_bool<E: de::Error>(self, v: bool) -> Result<T, E> {
        self.run(Scalar::Bool(v))
    }
}

/// Deserializes an answer a person wrote (in a profile or a rule's worked example) with
/// `parse`, from the text as written: `17.10` stays `17.10`, `true` is the word. A null, or
/// what `parse` reads as not given (`unknown`), is `None`.
pub fn parse_answer<'de, D, T, E>(
    deserializer: D,
    what: &'static str,
    parse: fn(&str) -> Result<Option<T>, E>,
) -> Result<Option<T>, D::Error>
where
    D: Deserializer<'de>,
    E: fmt::Display,
{
    deserializer.deserialize_option(AnswerVisitor { what, parse })
}

struct AnswerVisitor<T, P> {
    what: &'static str,
    parse: fn(&str) -> Result<Option<T>, P>,
}

impl<'de, T, P: fmt::Display> Visitor<'de> for AnswerVisitor<T, P> {
    type Value = Option<T>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.what)
    }

    fn visit_none<E: de::Error>(self) -> Result<Option<T>, E> {
        Ok(None)
    }

    fn visit_unit<E: de::Error>(self) -> Result<Option<T>, E> {
        Ok(None)
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Option<T>, D::Error> {
        deserializer.deserialize_str(self)
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Option<T>, E> {
        (self.parse)(v).map_err(E::custom)
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Option<T>, E> {
        self.visit_str(&v.to_string())
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Option<T>, E> {
        self.visit_str(&v.to_string())
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Option<T>, E> {
        self.visit_str(&v.to_string())
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Option<T>, E> {
        self.visit_str(&v.to_string())
    }
}
