//! What a person can say about their situation, each declared once: its flag (and the
//! profile's key), the kind of value it takes, and where it lives in a [`Situation`]. The
//! `check` flags, their help, the merge of flags over a saved profile and the repeated
//! command line all come from this table; the words of each flag's help are in the catalog
//! (`flag-<flag>`). Adding an input is one entry here, a field in `Situation`, and its words.

use clap::builder::{BoolishValueParser, PossibleValue, PossibleValuesParser, TypedValueParser};
use clap::{Arg, ArgAction, ArgMatches, Args, Command, FromArgMatches};

use crate::facts::{self, Aliases};
use crate::situation::Situation;

/// The kind of value an input takes, which decides how its flag reads it.
#[derive(Debug, Clone, Copy)]
pub enum InputKind {
    /// A name looked up in the knowledge base (a carrier, a plan, a phone).
    Name,
    /// One of `words`, or a word people use for one (any case); `unknown` leaves it out.
    Choice {
        words: &'static [&'static str],
        aliases: Aliases,
    },
    /// A data size as people say it (`3.5GB`, `5 gigs`); checked with the situation.
    Size,
    /// A system version (`17.4`); checked with the situation.
    Version,
    /// Yes or no, in any of the usual spellings.
    Bool,
}

/// One input, declared once.
pub struct InputSpec {
    /// The flag without its dashes; with `_` for `-`, the profile's key.
    pub flag: &'static str,
    pub value_name: &'static str,
    pub kind: InputKind,
    pub get: fn(&Situation) -> Option<String>,
    pub set: fn(&mut Situation, Option<String>),
}

fn bool_text(value: Option<bool>) -> Option<String> {
    value.map(|b| b.to_string())
}

fn text_bool(value: Option<String>) -> Option<bool> {
    value.map(|v| v == "true")
}

/// Every input, in the order a person would give them.
pub static INPUTS: &[InputSpec] = &[
    InputSpec {
        flag: "carrier",
        value_name: "NAME",
        kind: InputKind::Name,
        get: |s| s.carrier.clone(),
        set: |s, v| s.carrier = v,
    },
    InputSpec {
        flag: "plan",
        value_name: "NAME",
        kind: InputKind::Name,
        get: |s| s.plan.clone(),
        set: |s, v| s.plan = v,
    },
    InputSpec {
        flag: "device",
        value_name: "MODEL",
        kind: InputKind::Name,
        get: |s| s.device.clone(),
        set: |s, v| s.device = v,
    },
    InputSpec {
        flag: "bought-in",
        value_name: "REGION",
        kind: InputKind::Choice {
            words: facts::REGIONS,
            aliases: &facts::REGION_ALIASES,
        },
        get: |s| s.bought_in.clone(),
        set: |s, v| s.bought_in = v,
    },
    InputSpec {
        flag: "os",
        value_name: "OS",
        kind: InputKind::Choice {
            words: facts::PLATFORMS,
            aliases: &facts::OS_ALIASES,
        },
        get: |s| s.os.clone(),
        set: |s, v| s.os = v,
    },
    InputSpec {
        flag: "os-version",
        value_name: "VERSION",
        kind: InputKind::Version,
        get: |s| s.os_version.clone(),
        set: |s, v| s.os_version = v,
    },
    InputSpec {
        flag: "esim",
        value_name: "STATE",
        kind: InputKind::Choice {
            words: facts::ESIM_STATES,
            aliases: &facts::ESIM_STATE_ALIASES,
        },
        get: |s| s.esim.clone(),
        set: |s, v| s.esim = v,
    },
    InputSpec {
        flag: "lock",
        value_name: "STATE",
        kind: InputKind::Choice {
            words: facts::LOCK_STATES,
            aliases: &facts::LOCK_ALIASES,
        },
        get: |s| s.lock.clone(),
        set: |s, v| s.lock = v,
    },
    InputSpec {
        flag: "locked-to",
        value_name: "CARRIER",
        kind: InputKind::Name,
        get: |s| s.locked_to.clone(),
        set: |s, v| s.locked_to = v,
    },
    InputSpec {
        flag: "security",
        value_name: "MODE",
        kind: InputKind::Choice {
            words: facts::SECURITY_MODES,
            aliases: &facts::SECURITY_ALIASES,
        },
        get: |s| s.security.clone(),
        set: |s, v| s.security = v,
    },
    InputSpec {
        flag: "used",
        value_name: "SIZE",
        kind: InputKind::Size,
        get: |s| s.used.clone(),
        set: |s, v| s.used = v,
    },
    InputSpec {
        flag: "roaming",
        value_name: "BOOL",
        kind: InputKind::Bool,
        get: |s| bool_text(s.roaming),
        set: |s, v| s.roaming = text_bool(v),
    },
    InputSpec {
        flag: "has-esim",
        value_name: "BOOL",
        kind: InputKind::Bool,
        get: |s| bool_text(s.has_esim),
        set: |s, v| s.has_esim = text_bool(v),
    },
];

impl InputSpec {
    /// The flag, with its help in the reader's language.
    fn arg(&self) -> Arg {
        let help = crate::i18n::message(&format!("flag-{}", self.flag), None);
        let arg = Arg::new(self.flag)
            .long(self.flag)
            .value_name(self.value_name)
            .help(help)
            .action(ArgAction::Set);
        match self.kind {
            InputKind::Name | InputKind::Version => arg,
            InputKind::Size => arg.allow_hyphen_values(true),
            InputKind::Choice { words, aliases } => arg
                .ignore_case(true)
                .value_parser(with_aliases(words, aliases)),
            InputKind::Bool => arg.value_parser(BoolishValueParser::new()),
        }
    }

    fn read(&self, matches: &ArgMatches) -> Option<String> {
        match self.kind {
            InputKind::Bool => bool_text(matches.get_one::<bool>(self.flag).copied()),
            _ => matches.get_one::<String>(self.flag).cloned(),
        }
    }
}

/// Accepts a choice or one of its aliases, ignoring case, and hands on the choice itself.
pub fn with_aliases(
    words: &'static [&'static str],
    aliases: Aliases,
) -> impl TypedValueParser<Value = String> {
    let values = words
        .iter()
        .map(move |&word| {
            let other_names = aliases
                .iter()
                .find(|(name, _)| *name == word)
                .map_or(&[][..], |(_, names)| *names);
            PossibleValue::new(word).aliases(other_names.iter().copied())
        })
        .chain([PossibleValue::new("unknown")]);
    PossibleValuesParser::new(values)
        .map(move |typed: String| facts::canonical(&typed.to_lowercase(), aliases).to_string())
}

/// The situation as `check`'s flags give it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SituationFlags(pub Situation);

impl SituationFlags {
    /// Whether any flag was given.
    pub fn any(&self) -> bool {
        INPUTS.iter().any(|spec| (spec.get)(&self.0).is_some())
    }

    /// The flags laid over `base`: each flag given replaces one answer.
    pub fn over(&self, mut base: Situation) -> Situation {
        for spec in INPUTS {
            if let Some(value) = (spec.get)(&self.0) {
                (spec.set)(&mut base, Some(value));
            }
        }
        base.password = None;
        base
    }
}

impl FromArgMatches for SituationFlags {
    fn from_arg_matches(matches: &ArgMatches) -> Result<Self, clap::Error> {
        let mut situation = Situation::default();
        for spec in INPUTS {
            (spec.set)(&mut situation, spec.read(matches));
        }
        Ok(SituationFlags(situation))
    }

    fn update_from_arg_matches(&mut self, matches: &ArgMatches) -> Result<(), clap::Error> {
        for spec in INPUTS {
            if let Some(value) = spec.read(matches) {
                (spec.set)(&mut self.0, Some(value));
            }
        }
        Ok(())
    }
}

impl Args for SituationFlags {
    fn augment_args(command: Command) -> Command {
        INPUTS
            .iter()
            .fold(command, |command, spec| command.arg(spec.arg()))
    }

    fn augment_args_for_update(command: Command) -> Command {
        Self::augment_args(command)
    }
}

/// The situation as `check` flags, for the line that repeats it.
pub fn to_args(situation: &Situation) -> Vec<String> {
    INPUTS
        .iter()
        .filter_map(|spec| {
            (spec.get)(situation).map(|v| format!("--{} {}", spec.flag, shell_quote(&v)))
        })
        .collect()
}

fn shell_quote(value: &str) -> String {
    if value
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || "-_.+".contains(c))
    {
        value.to_string()
    } else {
        format!("'{}'", value.replace('\'', r"'\''"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_input_has_a_flag_and_words_for_its_help() {
        let mut flags: Vec<_> = INPUTS.iter().map(|s| s.flag).collect();
        flags.sort_unstable();
        flags.dedup();
        assert_eq!(flags.len(), INPUTS.len(), "a flag declared twice");
        for spec in INPUTS {
            let id = format!("flag-{}", spec.flag);
            assert_ne!(
                crate::i18n::message(&id, None),
                id,
                "no help words for --{}",
                spec.flag
            );
        }
    }

    #[test]
    fn each_input_reads_back_what_it_stores() {
        for spec in INPUTS {
            let mut situation = Situation::default();
            let value = match spec.kind {
                InputKind::Bool => "true",
                InputKind::Choice { words, .. } => words[0],
                _ => "x",
            };
            (spec.set)(&mut situation, Some(value.to_string()));
            assert_eq!(
                (spec.get)(&situation).as_deref(),
                Some(value),
                "--{}",
                spec.flag
            );
            assert_ne!(
                situation,
                Situation::default(),
                "--{} sets a field",
                spec.flag
            );
        }
    }
}
