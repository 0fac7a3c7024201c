//! How an answer is written, and read back: on the repeated command line and in a saved
//! profile, in the canonical form its flag reads back to the same value. `Situation`'s typed
//! fields are read and written through this module (`#[serde(with = "crate::written")]`).

use serde::{Deserializer, Serializer};

use crate::choice::Choice;
use crate::facts::Version;
use crate::units::{self, Allowance, DataUsed, Speed};

/// A value as a flag writes it, the form the flag reads back to the same value.
pub trait FlagValue {
    fn to_flag(&self) -> String;
}

impl FlagValue for String {
    fn to_flag(&self) -> String {
        self.clone()
    }
}

impl FlagValue for bool {
    fn to_flag(&self) -> String {
        self.to_string()
    }
}

impl<T: Choice> FlagValue for T {
    fn to_flag(&self) -> String {
        self.as_str().to_string()
    }
}

impl FlagValue for Version {
    fn to_flag(&self) -> String {
        self.to_string()
    }
}

impl FlagValue for DataUsed {
    fn to_flag(&self) -> String {
        self.written()
    }
}

impl FlagValue for Allowance {
    fn to_flag(&self) -> String {
        units::written_allowance(*self)
    }
}

/// The only speed a person gives is the one after the allowance.
impl FlagValue for Speed {
    fn to_flag(&self) -> String {
        units::written_after_cap(*self)
    }
}

/// Writes an answer in a profile as its flag writes it.
pub fn serialize<S: Serializer, T: FlagValue>(
    value: &Option<T>,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    match value {
        Some(value) => serializer.serialize_str(&value.to_flag()),
        None => serializer.serialize_none(),
    }
}

/// An answer as a profile or a rule's worked example gives it, read as its flag reads it.
pub trait ReadAnswer: Sized {
    /// What the value should look like, for a message about one that does not read.
    const WHAT: &'static str;
    /// The value, or `None` for a choice's `unknown`.
    fn read(text: &str) -> Result<Option<Self>, String>;
}

impl<T: Choice> ReadAnswer for T {
    const WHAT: &'static str = "a word from a list";
    fn read(text: &str) -> Result<Option<Self>, String> {
        T::parse(text).map_err(|e| e.to_string())
    }
}

impl ReadAnswer for Version {
    const WHAT: &'static str = "a version like 17.4";
    fn read(text: &str) -> Result<Option<Self>, String> {
        Version::parse(text).map(Some).map_err(|e| e.to_string())
    }
}

impl ReadAnswer for DataUsed {
    const WHAT: &'static str = "a data size like 15GB";
    fn read(text: &str) -> Result<Option<Self>, String> {
        DataUsed::parse(text).map(Some).map_err(|e| e.to_string())
    }
}

impl ReadAnswer for Allowance {
    const WHAT: &'static str = "a data size like 15GB";
    fn read(text: &str) -> Result<Option<Self>, String> {
        units::parse_spoken_allowance(text)
            .map(Some)
            .map_err(|e| e.to_string())
    }
}

/// The only speed a person gives is the one after the allowance.
impl ReadAnswer for Speed {
    const WHAT: &'static str = "a speed like 600kbps";
    fn read(text: &str) -> Result<Option<Self>, String> {
        units::parse_after_cap(text)
            .map(Some)
            .map_err(|e| e.to_string())
    }
}

/// Reads an answer in a profile or a rule's example as its flag reads it.
pub fn deserialize<'de, D: Deserializer<'de>, T: ReadAnswer>(
    deserializer: D,
) -> Result<Option<T>, D::Error> {
    crate::scalar::parse_answer(deserializer, T::WHAT, T::read)
}
