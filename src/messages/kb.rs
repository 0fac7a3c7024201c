//! Problems in a knowledge-base file, in words for the person writing it: each says what is
//! wrong and what to write instead. These are in English only, as the files are.

use std::fmt::{self, Display, Formatter};

use crate::facts::FactType;
use crate::kb::model::{BoolHint, NotTri};
use crate::kb::problem::{EntryKind, FileKind, KeyHint, Problem};

impl Display for Problem {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        match self {
            Problem::TooBig { mib } => write!(
                f,
                "the file is larger than {mib} MiB; split it into smaller files"
            ),
            Problem::NotUtf8 { byte } => {
                write!(f, "the file is not UTF-8 text (byte {byte})")
            }
            Problem::NotARegularFile(kind) => write!(
                f,
                "this is {}, not a regular file; put a YAML file here or remove it",
                file_kind(*kind)
            ),
            Problem::DanglingLink { target } => write!(
                f,
                "this link leads to {target}, which does not exist; fix the link or remove it"
            ),
            Problem::NestedTooDeeply { levels } => write!(
                f,
                "nested more than {levels} levels deep; write the data flatter"
            ),
            Problem::TooManyCollections { most } => write!(
                f,
                "more than {most} bracketed lists and mappings ([…] or {{…}}) in one file; write them as indented lists, or split the file"
            ),
            Problem::Parser(text) => f.write_str(text),
            Problem::NotABoolean(text) => write!(f, "{text} (write true or false)"),
            Problem::UnknownKey { path, key, hint } => {
                write!(f, "{path}unknown key `{key}`{}", key_hint(hint))
            }
            _ => entries(self, f),
        }
    }
}

/// Problems in the entries of a file, found once it has loaded.
fn entries(problem: &Problem, f: &mut Formatter<'_>) -> fmt::Result {
    match problem {
        Problem::IdNotFileName { id, stem } => write!(
            f,
            "carrier id \"{id}\" does not match the file name {stem}.yaml (name the file {id}.yaml)"
        ),
        Problem::UsedTwice { kind, id } => {
            let kind = entry_kind(*kind);
            write!(f, "{kind} id \"{id}\" is used twice; give each {kind} its own id")
        }
        Problem::CarrierIdTaken { id, first } => {
            write!(f, "carrier id \"{id}\" is already used by {first}")
        }
        Problem::CarrierNameShared { name, other, id } => write!(
            f,
            "the name \"{name}\" is used by carriers \"{other}\" and \"{id}\"; keep it on one"
        ),
        Problem::NameShared {
            kind,
            id,
            name,
            other,
        } => {
            let kind = entry_kind(*kind);
            write!(
                f,
                "{kind} \"{id}\": the name \"{name}\" also leads to {kind} \"{other}\"; keep it on one"
            )
        }
        Problem::BadId { kind, id } => write!(
            f,
            "{} id \"{id}\" should be lower-case letters, digits and dashes, like \"go5g-plus\"",
            entry_kind(*kind)
        ),
        Problem::SourceNotUrl { owner, source } => write!(
            f,
            "\"{owner}\": source \"{source}\" is not a web address; give the URL of the page the facts came from"
        ),
        Problem::NoSteps { id } => write!(f, "\"{id}\" has no steps"),
        Problem::PerHourZero { id } => write!(
            f,
            "activity \"{id}\": per_hour must be a size above zero, like 700MB"
        ),
        Problem::NotPlainText {
            kind,
            id,
            field,
            value,
            code,
        } => write!(
            f,
            "{} \"{id}\": {field} \"{value}\" holds the invisible or control character U+{code:04X}; write it as plain text on one line",
            entry_kind(*kind)
        ),
        Problem::Stale {
            label,
            verified,
            days,
            most,
        } => write!(
            f,
            "{label}: last verified {verified}, {days} days ago (more than {most}); check its source again"
        ),
        _ => rules(problem, f),
    }
}

/// Problems in a rule: its text, its condition and the values it compares with.
fn rules(problem: &Problem, f: &mut Formatter<'_>) -> fmt::Result {
    match problem {
        Problem::InRule { id, problem } => write!(f, "rule \"{id}\": {problem}"),
        Problem::UnknownPlaceholder { name, closest } => {
            write!(f, "the text names an unknown fact `{{{name}}}`")?;
            match closest {
                Some(close) => write!(f, " (did you mean `{{{close}}}`?)"),
                None => Ok(()),
            }
        }
        Problem::OneKindOfCondition => f.write_str(
            "a condition is one of `all`, `any`, `not` or a `fact` test; split it into parts of an `all`",
        ),
        Problem::ConditionNeedsFact => {
            f.write_str("a condition needs `fact:` (or `all`, `any`, `not`)")
        }
        Problem::InFact { name, problem } => write!(f, "fact `{name}`: {problem}"),
        Problem::NoOrder { name, ty } => write!(
            f,
            "fact `{name}` is {}: it has no order, so use `is`, `is_not` or `one_of`",
            fact_type(*ty)
        ),
        Problem::NothingToCompare { name } => write!(
            f,
            "the test on `{name}` says nothing to compare: add is, is_not, one_of, less_than, at_most, greater_than, at_least, present or missing"
        ),
        Problem::SeveralComparisons { name } => write!(
            f,
            "the test on `{name}` has several comparisons: put each in its own part of an `all`"
        ),
        Problem::EmptyGroup { group } => write!(f, "`{group}` needs at least one condition"),
        Problem::UnknownFact { name, closest } => {
            write!(f, "unknown fact `{name}`")?;
            match closest {
                Some(close) => write!(f, " (did you mean `{close}`?)"),
                None => Ok(()),
            }
        }
        _ => values(problem, f),
    }
}

/// Problems in one value: a word or a figure that is not what its place takes.
fn values(problem: &Problem, f: &mut Formatter<'_>) -> fmt::Result {
    match problem {
        Problem::Expected(ty) => write!(f, "expected {}", fact_type(*ty)),
        Problem::NotOneOf { word, ty } => write!(f, "\"{word}\" is not {}", fact_type(*ty)),
        Problem::NotTrueOrFalse { word, hint } => {
            write!(f, "\"{word}\" is not true or false{}", bool_hint(*hint))
        }
        Problem::Value(error) => write!(f, "{error}"),
        Problem::Version(error) => write!(f, "{error}"),
        other => unreachable!("{other:?} is put into words before it gets here"),
    }
}

impl Display for NotTri {
    fn fmt(&self, f: &mut Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "\"{}\" is not true, false or unknown{}",
            self.word,
            bool_hint(self.hint)
        )
    }
}

/// What a path that is not a regular file is, in the words `ls` would use.
fn file_kind(kind: FileKind) -> &'static str {
    match kind {
        FileKind::Directory => "a directory",
        FileKind::NamedPipe => "a named pipe (FIFO)",
        FileKind::Socket => "a socket",
        FileKind::Device => "a device",
        FileKind::Other => "something other than a file",
    }
}

fn entry_kind(kind: EntryKind) -> &'static str {
    match kind {
        EntryKind::Carrier => "carrier",
        EntryKind::Plan => "plan",
        EntryKind::Device => "device",
        EntryKind::Activity => "activity",
        EntryKind::Guide => "guide",
        EntryKind::Rule => "rule",
    }
}

fn key_hint(hint: &KeyHint) -> String {
    match hint {
        KeyHint::None => String::new(),
        KeyHint::Closest(close) => format!(" (did you mean `{close}`?)"),
        KeyHint::Known(keys) => {
            let keys: Vec<String> = keys.iter().map(|k| format!("`{k}`")).collect();
            format!(" (known keys here: {})", keys.join(", "))
        }
    }
}

fn bool_hint(hint: BoolHint) -> &'static str {
    match hint {
        BoolHint::None => "",
        BoolHint::WriteTrue => " (write true)",
        BoolHint::WriteFalse => " (write false)",
    }
}

/// The values a fact takes, for a rule that compares it with something else.
fn fact_type(ty: FactType) -> String {
    match ty {
        FactType::Bool => "true or false".into(),
        FactType::Choice(words) => format!("one of {}", words.join(", ")),
        FactType::Size => "a data size like 15GB or unlimited".into(),
        FactType::Speed => "a speed like 600kbps or blocked".into(),
        FactType::Version => "a version like 17.4".into(),
        FactType::Number => "a number".into(),
        FactType::Name => "a name".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_misspelt_key_is_named_with_the_closest_known_key() {
        let problem = Problem::UnknownKey {
            path: "plans[0]: ".into(),
            key: "hotspt".into(),
            hint: KeyHint::Closest("hotspot".into()),
        };
        assert_eq!(
            problem.to_string(),
            "plans[0]: unknown key `hotspt` (did you mean `hotspot`?)"
        );
    }

    #[test]
    fn a_key_far_from_any_lists_the_known_ones() {
        let problem = Problem::UnknownKey {
            path: String::new(),
            key: "zzz".into(),
            hint: KeyHint::Known(vec!["en".into(), "zh".into()]),
        };
        assert_eq!(
            problem.to_string(),
            "unknown key `zzz` (known keys here: `en`, `zh`)"
        );
    }

    #[test]
    fn a_problem_in_a_rule_names_the_rule_then_the_fact() {
        let problem = Problem::InRule {
            id: "no-tether".into(),
            problem: Box::new(Problem::InFact {
                name: "plan.esim".into(),
                problem: Box::new(Problem::NotTrueOrFalse {
                    word: "yes".into(),
                    hint: BoolHint::of("yes"),
                }),
            }),
        };
        assert_eq!(
            problem.to_string(),
            "rule \"no-tether\": fact `plan.esim`: \"yes\" is not true or false (write true)"
        );
    }

    #[test]
    fn a_yes_where_true_false_or_unknown_belongs_says_to_write_true() {
        let error = NotTri {
            word: "yes".into(),
            hint: BoolHint::of("yes"),
        };
        assert_eq!(
            error.to_string(),
            "\"yes\" is not true, false or unknown (write true)"
        );
    }

    #[test]
    fn an_id_used_twice_says_what_kind_of_entry() {
        let problem = Problem::UsedTwice {
            kind: EntryKind::Activity,
            id: "video".into(),
        };
        assert_eq!(
            problem.to_string(),
            "activity id \"video\" is used twice; give each activity its own id"
        );
    }

    #[test]
    fn something_that_is_not_a_file_is_named_as_ls_would() {
        let problem = Problem::NotARegularFile(FileKind::NamedPipe);
        assert_eq!(
            problem.to_string(),
            "this is a named pipe (FIFO), not a regular file; put a YAML file here or remove it"
        );
    }

    #[test]
    fn an_unknown_fact_in_a_text_suggests_the_closest_placeholder() {
        let problem = Problem::UnknownPlaceholder {
            name: "plan.knd".into(),
            closest: Some("plan.kind".into()),
        };
        assert_eq!(
            problem.to_string(),
            "the text names an unknown fact `{plan.knd}` (did you mean `{plan.kind}`?)"
        );
    }
}
