//! How an answer is written: on the repeated command line and in a saved profile, in the
//! canonical form its flag reads back to the same value.

use serde::Serializer;

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
