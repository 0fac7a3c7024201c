//! A knowledge-base file's text, wherever it came from: built in, or read from the user's
//! directory.

use std::ops::Deref;
use std::sync::Arc;

/// A file's text and the name to report it under.
#[derive(Debug, Clone)]
pub struct SourceFile {
    pub path: String,
    pub text: Text,
}

/// The text of a file, cheap to copy: every entry read from a file keeps the file with it
/// (to point at its lines), and a list of thousands of devices must not copy its file
/// thousands of times. A file read is kept in the `String` it was read into: making an
/// `Arc<str>` of it would copy a file of several MiB once more.
#[derive(Debug, Clone)]
pub enum Text {
    BuiltIn(&'static str),
    Read(Arc<String>),
}

impl Deref for Text {
    type Target = str;

    fn deref(&self) -> &str {
        match self {
            Text::BuiltIn(text) => text,
            Text::Read(text) => text,
        }
    }
}

impl From<String> for Text {
    fn from(text: String) -> Text {
        Text::Read(Arc::new(text))
    }
}

impl PartialEq<&str> for Text {
    fn eq(&self, other: &&str) -> bool {
        **self == **other
    }
}
