//! The one error type: a person's mistake, with what to do instead. Its words are chosen
//! when it is shown (`messages`), in the reader's language.

use std::fmt;
use std::path::PathBuf;

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
    /// `meter --interface` named an interface the system does not list.
    UnknownInterface {
        given: String,
        closest: Option<String>,
        known: Vec<String>,
    },
    /// Nothing to meter: no network interface but the loopback.
    NoInterface,
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

impl std::error::Error for Error {}

/// What a person typed, cut short when it is too long to read back in one line.
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
