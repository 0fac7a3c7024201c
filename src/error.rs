//! The one error type: a person's mistake, with what to do instead. Its words are chosen
//! when it is shown (`messages`), in the reader's language.

use std::path::PathBuf;

use crate::facts::NotAVersion;
use crate::kb::date::Date;
use crate::kb::problem::Problem;
use crate::units::ValueError;

#[derive(Debug)]
pub enum Error {
    /// A flag's value does not make sense, or the flags given do not go together.
    Usage(UsageError),
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
    /// A knowledge-base file is wrong, at a place in it. Boxed: a problem carries its data,
    /// and every other error would be as large.
    Kb(Box<KbError>),
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    /// The wizard needs a terminal, or the person ended the input.
    Terminal(String),
    /// Ctrl-C: the person stopped; nothing more to say.
    Interrupted,
}

/// What is wrong with the flags or input a person gave, with what they gave.
#[derive(Debug)]
pub enum UsageError {
    /// A flag's value that could not be read.
    Flag {
        flag: &'static str,
        cause: FlagCause,
    },
    /// `cap` with neither a plan from the knowledge base nor the person's own figures; with
    /// the carrier named, if one was (its id and name), whose plans to choose from.
    CapNeedsAPlan {
        carrier: Option<(String, String)>,
    },
    /// `--days-left 0`: today always counts.
    NoDaysLeft,
    /// The billing cycle around this day runs past the calendar's end.
    NoCycleAround(Date),
    NoKbDir(PathBuf),
    NotAKbDir(PathBuf),
    /// `--profile` where the system gives no place for a profile.
    NoProfileDir,
    /// `--profile` with no profile saved at this path.
    NoProfile(PathBuf),
    /// The profile could not be put into YAML: the YAML library's own message.
    ProfileNotWritten(String),
    PasswordStdinTooLong,
    PasswordStdinNotUtf8,
    EmptyPasswordStdin,
    NoSchema(String),
}

/// Why a flag's value could not be read.
#[derive(Debug)]
pub enum FlagCause {
    Value(ValueError),
    Version(NotAVersion),
    Choice(crate::choice::NotAChoice),
    NotADayOfMonth(u8),
}

/// What a name was looked up as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameKind {
    Carrier,
    Plan,
    Device,
}

/// What to do when a name matched nothing, or several things.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NameHint {
    None,
    UnlistedDevice,
    UnlistedCarrier,
    PlanNeedsCarrier,
    ChooseCarrier,
    /// A plan not among this carrier's (its id): the command that lists them.
    PlansOf(String),
    /// The newest phones of a family were offered: how many, of how many it has, and the
    /// command that lists them, with what was typed.
    NewestOf {
        shown: usize,
        count: usize,
        query: String,
    },
}

/// A problem in a knowledge-base file, at a place in it.
#[derive(Debug, Clone)]
pub struct KbError {
    pub file: String,
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub problem: Problem,
}

impl Error {
    /// A flag's value that could not be read, and why.
    pub fn flag(flag: &'static str, cause: impl Into<FlagCause>) -> Error {
        Error::Usage(UsageError::Flag {
            flag,
            cause: cause.into(),
        })
    }

    pub fn kb(
        file: impl Into<String>,
        position: Option<(usize, usize)>,
        problem: Problem,
    ) -> Error {
        Error::Kb(Box::new(KbError {
            file: file.into(),
            line: position.map(|p| p.0),
            column: position.map(|p| p.1),
            problem,
        }))
    }
}

impl From<UsageError> for Error {
    fn from(error: UsageError) -> Error {
        Error::Usage(error)
    }
}

impl From<ValueError> for FlagCause {
    fn from(error: ValueError) -> FlagCause {
        FlagCause::Value(error)
    }
}

impl From<NotAVersion> for FlagCause {
    fn from(error: NotAVersion) -> FlagCause {
        FlagCause::Version(error)
    }
}

impl From<crate::choice::NotAChoice> for FlagCause {
    fn from(error: crate::choice::NotAChoice) -> FlagCause {
        FlagCause::Choice(error)
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
