//! A knowledge-base file's text, wherever it came from: built in, or read from the user's
//! directory.

use std::ops::Deref;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

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
    /// A user's file already parsed: its text was let go, so that a long list of files does
    /// not stay in memory for the rest of a run. It is read again, once, only if a problem
    /// found later must be placed at a line; if it can no longer be read, it is empty and
    /// the problem is given without a line.
    SetAside(Arc<SetAside>),
}

#[derive(Debug)]
pub struct SetAside {
    path: PathBuf,
    text: OnceLock<String>,
}

impl Deref for Text {
    type Target = str;

    fn deref(&self) -> &str {
        match self {
            Text::BuiltIn(text) => text,
            Text::Read(text) => text,
            Text::SetAside(file) => file.text.get_or_init(|| {
                super::files::read_file(&file.path)
                    .map(|read| read.text.to_string())
                    .unwrap_or_default()
            }),
        }
    }
}

impl SourceFile {
    /// The same file, its text let go until a problem needs a line of it.
    pub fn set_aside(path: &Path) -> SourceFile {
        SourceFile {
            path: path.display().to_string(),
            text: Text::SetAside(Arc::new(SetAside {
                path: path.to_path_buf(),
                text: OnceLock::new(),
            })),
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
