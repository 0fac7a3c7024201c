//! A knowledge-base file's text, wherever it came from: built in, or read from the user's
//! directory.

use std::borrow::Cow;

/// A file's text and the name to report it under.
#[derive(Debug, Clone)]
pub struct SourceFile {
    pub path: String,
    pub text: Cow<'static, str>,
}
