//! The one error type: a person's mistake, said with what to do instead.

use std::fmt;
use std::path::PathBuf;

use crate::messages;
use crate::text::sanitize;

#[derive(Debug)]
pub enum Error {
    /// A flag's value does not make sense.
    Usage(String),
    /// A name matched nothing in the knowledge base.
    UnknownName {
        kind: NameKind,
        given: String,
        closest: Vec<String>,
        hint: NameHint,
    },
    /// A name matched several things; say which.
    Ambiguous {
        kind: NameKind,
        given: String,
        candidates: Vec<String>,
        hint: NameHint,
    },
    /// A knowledge-base file is wrong, at a place in it.
    Kb(KbError),
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    /// The wizard needs a terminal, or the person ended the input.
    Terminal(String),
    /// Ctrl-C: the person stopped; nothing more to say.
    Interrupted,
}

/// What a name was looked up as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameKind {
    Carrier,
    Plan,
    Device,
}

/// What to do when a name matched nothing, or several things.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameHint {
    None,
    UnlistedDevice,
    UnlistedCarrier,
    PlanNeedsCarrier,
    ChooseCarrier,
}

#[derive(Debug, Clone)]
pub struct KbError {
    pub file: String,
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub message: String,
}

impl Error {
    pub fn usage(message: impl Into<String>) -> Error {
        Error::Usage(message.into())
    }

    pub fn kb(
        file: impl Into<String>,
        position: Option<(usize, usize)>,
        message: impl Into<String>,
    ) -> Error {
        Error::Kb(KbError {
            file: file.into(),
            line: position.map(|p| p.0),
            column: position.map(|p| p.1),
            message: message.into(),
        })
    }
}

impl fmt::Display for KbError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", sanitize(&self.file))?;
        if let (Some(line), Some(column)) = (self.line, self.column) {
            write!(f, ":{line}:{column}")?;
        }
        write!(f, ": {}", sanitize(&self.message))
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::Usage(message) | Error::Terminal(message) => f.write_str(&sanitize(message)),
            Error::UnknownName {
                kind,
                given,
                closest,
                hint,
            } => {
                let closest = sanitize(&closest.join(", "));
                f.write_str(&messages::unknown_name(
                    *kind,
                    &sanitize(&shorten(given)),
                    &closest,
                    *hint,
                ))
            }
            Error::Ambiguous {
                kind,
                given,
                candidates,
                hint,
            } => f.write_str(&messages::ambiguous_name(
                *kind,
                &sanitize(&shorten(given)),
                &sanitize(&candidates.join(", ")),
                *hint,
            )),
            Error::Kb(e) => write!(f, "{e}"),
            Error::Interrupted => f.write_str(&messages::interrupted()),
            Error::Io { path, source } => {
                write!(f, "{}: {source}", sanitize(&path.display().to_string()))
            }
        }
    }
}

impl std::error::Error for Error {}

/// What a person typed, cut short when it is too long to read back in one line.
fn shorten(given: &str) -> std::borrow::Cow<'_, str> {
    const KEEP: usize = 60;
    match given.char_indices().nth(KEEP) {
        Some((end, _)) if given.chars().count() > KEEP + 20 => {
            std::borrow::Cow::Owned(messages::shortened(&given[..end], given.chars().count()))
        }
        _ => std::borrow::Cow::Borrowed(given),
    }
}

impl Error {
    /// The exit code this error ends the program with.
    pub fn exit_code(&self) -> u8 {
        match self {
            Error::Interrupted => crate::exit::INTERRUPTED,
            _ => crate::exit::ERROR,
        }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
