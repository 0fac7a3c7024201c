//! What can be wrong in a knowledge-base file, as kinds with their data. The sentences for
//! the person writing the file are chosen when a problem is shown (`messages`), so that the
//! loading and checking code holds no words.

use super::date::Date;
use super::model::BoolHint;
use crate::facts::{FactType, NotAVersion};
use crate::units::ValueError;

/// One problem in a knowledge-base file.
#[derive(Debug, Clone, PartialEq)]
pub enum Problem {
    /// The file is over the size limit, in MiB.
    TooBig {
        mib: u64,
    },
    /// The file is not UTF-8 from this byte on.
    NotUtf8 {
        byte: usize,
    },
    NotARegularFile(FileKind),
    /// A link that leads to nothing.
    DanglingLink {
        target: String,
    },
    NestedTooDeeply {
        levels: usize,
    },
    TooManyCollections {
        most: usize,
    },
    /// The YAML parser's own message. A problem met inside a value (a bad date, a rule's
    /// condition) reaches here already in words, as the parser keeps only text.
    Parser(String),
    /// The parser's message for a string where a boolean belongs.
    NotABoolean(String),
    /// A key the entry does not have; `path` is where, as the parser names it (`plans[0]: `).
    UnknownKey {
        path: String,
        key: String,
        hint: KeyHint,
    },
    IdNotFileName {
        id: String,
        stem: String,
    },
    UsedTwice {
        kind: EntryKind,
        id: String,
    },
    CarrierIdTaken {
        id: String,
        first: String,
    },
    CarrierNameShared {
        name: String,
        other: String,
        id: String,
    },
    NameShared {
        kind: EntryKind,
        id: String,
        name: String,
        other: String,
    },
    BadId {
        kind: EntryKind,
        id: String,
    },
    SourceNotUrl {
        owner: String,
        source: String,
    },
    NoSteps {
        id: String,
    },
    PerHourZero {
        id: String,
    },
    /// A name holding a hidden or control character; `value` is escaped already.
    NotPlainText {
        kind: EntryKind,
        id: String,
        field: String,
        value: String,
        code: u32,
    },
    /// An entry verified longer ago than `kb validate --max-age` allows.
    Stale {
        label: String,
        verified: Date,
        days: i64,
        most: i64,
    },
    InRule {
        id: String,
        problem: Box<Problem>,
    },
    UnknownPlaceholder {
        name: String,
        closest: Option<String>,
    },
    OneKindOfCondition,
    ConditionNeedsFact,
    InFact {
        name: String,
        problem: Box<Problem>,
    },
    NoOrder {
        name: String,
        ty: FactType,
    },
    NothingToCompare {
        name: String,
    },
    SeveralComparisons {
        name: String,
    },
    /// An `all` or `any` with nothing in it.
    EmptyGroup {
        group: &'static str,
    },
    UnknownFact {
        name: String,
        closest: Option<String>,
    },
    Expected(FactType),
    NotOneOf {
        word: String,
        ty: FactType,
    },
    NotTrueOrFalse {
        word: String,
        hint: BoolHint,
    },
    NotTri {
        word: String,
        hint: BoolHint,
    },
    Value(ValueError),
    Version(NotAVersion),
}

/// What kind of entry a problem is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EntryKind {
    Carrier,
    Plan,
    Device,
    Activity,
    Guide,
    Rule,
}

/// What a path that should be a regular file is instead.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FileKind {
    Directory,
    NamedPipe,
    Socket,
    Device,
    Other,
}

/// What follows an unknown key: the closest known key, or all of them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KeyHint {
    None,
    Closest(String),
    Known(Vec<String>),
}

impl Problem {
    /// The parser names an entry parsed on its own `.[0]`; `rename` gives it the place it
    /// has in the file.
    pub fn with_path(self, rename: impl Fn(String) -> String) -> Problem {
        match self {
            Problem::Parser(text) => Problem::Parser(rename(text)),
            Problem::NotABoolean(text) => Problem::NotABoolean(rename(text)),
            Problem::UnknownKey { path, key, hint } => Problem::UnknownKey {
                path: rename(path),
                key,
                hint,
            },
            other => other,
        }
    }
}

impl From<ValueError> for Problem {
    fn from(error: ValueError) -> Problem {
        Problem::Value(error)
    }
}

impl From<NotAVersion> for Problem {
    fn from(error: NotAVersion) -> Problem {
        Problem::Version(error)
    }
}
