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

/// An input kept as text in a `Situation` field of the same name.
macro_rules! text_input {
    ($flag:literal, $value_name:literal, $kind:expr, $field:ident) => {
        InputSpec {
            flag: $flag,
            value_name: $value_name,
            kind: $kind,
            get: |s| s.$field.clone(),
            set: |s, v| s.$field = v,
        }
    };
}

/// A yes-or-no input kept as a `bool` in a `Situation` field of the same name.
macro_rules! bool_input {
    ($flag:literal, $field:ident) => {
        InputSpec {
            flag: $flag,
            value_name: "BOOL",
            kind: InputKind::Bool,
            get: |s| bool_text(s.$field),
            set: |s, v| s.$field = text_bool(v),
        }
    };
}

const fn choice(words: &'static [&'static str], aliases: Aliases) -> InputKind {
    InputKind::Choice { words, aliases }
}

/// Every input, in the order a person would give them.
pub static INPUTS: &[InputSpec] = &[
    text_input!("carrier", "NAME", InputKind::Name, carrier),
    text_input!("plan", "NAME", InputKind::Name, plan),
    text_input!("device", "MODEL", InputKind::Name, device),
    text_input!(
        "bought-in",
        "REGION",
        choice(facts::REGIONS, &facts::REGION_ALIASES),
        bought_in
    ),
    text_input!("os", "OS", choice(facts::PLATFORMS, &facts::OS_ALIASES), os),
    text_input!("os-version", "VERSION", InputKind::Version, os_version),
    text_input!(
        "esim",
        "STATE",
        choice(facts::ESIM_STATES, &facts::ESIM_STATE_ALIASES),
        esim
    ),
    text_input!(
        "lock",
        "STATE",
        choice(facts::LOCK_STATES, &facts::LOCK_ALIASES),
        lock
    ),
    text_input!("locked-to", "CARRIER", InputKind::Name, locked_to),
    text_input!(
        "security",
        "MODE",
        choice(facts::SECURITY_MODES, &facts::SECURITY_ALIASES),
        security
    ),
    text_input!("used", "SIZE", InputKind::Size, used),
    bool_input!("roaming", roaming),
    bool_input!("has-esim", has_esim),
    text_input!("hotspot-cap", "SIZE", InputKind::Size, hotspot_cap),
    text_input!("after-cap", "SPEED", InputKind::Size, after_cap),
    text_input!(
        "cap-period",
        "PERIOD",
        choice(facts::PERIODS, &[]),
        cap_period
    ),
    bool_input!("hotspot-shares-data", hotspot_shares_data),
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

/// A situation holding what the flags of `specs` give.
fn read(specs: impl Iterator<Item = &'static InputSpec>, matches: &ArgMatches) -> Situation {
    let mut situation = Situation::default();
    update(specs, &mut situation, matches);
    situation
}

/// Each flag of `specs` given replaces one value of `situation`.
fn update(
    specs: impl Iterator<Item = &'static InputSpec>,
    situation: &mut Situation,
    matches: &ArgMatches,
) {
    for spec in specs {
        if let Some(value) = spec.read(matches) {
            (spec.set)(situation, Some(value));
        }
    }
}

fn augment(specs: impl Iterator<Item = &'static InputSpec>, command: Command) -> Command {
    specs.fold(command, |command, spec| command.arg(spec.arg()))
}

impl FromArgMatches for SituationFlags {
    fn from_arg_matches(matches: &ArgMatches) -> Result<Self, clap::Error> {
        Ok(SituationFlags(read(INPUTS.iter(), matches)))
    }

    fn update_from_arg_matches(&mut self, matches: &ArgMatches) -> Result<(), clap::Error> {
        update(INPUTS.iter(), &mut self.0, matches);
        Ok(())
    }
}

impl Args for SituationFlags {
    fn augment_args(command: Command) -> Command {
        augment(INPUTS.iter(), command)
    }

    fn augment_args_for_update(command: Command) -> Command {
        Self::augment_args(command)
    }
}

/// The inputs that state a plan's hotspot terms, which `cap` takes as well as `check`.
pub const PLAN_TERMS: &[&str] = &[
    "hotspot-cap",
    "after-cap",
    "cap-period",
    "hotspot-shares-data",
];

/// The plan's terms as `cap`'s flags give them: the same inputs as `check`'s, no others.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PlanTermFlags(pub Situation);

fn plan_terms() -> impl Iterator<Item = &'static InputSpec> {
    INPUTS.iter().filter(|spec| PLAN_TERMS.contains(&spec.flag))
}

impl FromArgMatches for PlanTermFlags {
    fn from_arg_matches(matches: &ArgMatches) -> Result<Self, clap::Error> {
        Ok(PlanTermFlags(read(plan_terms(), matches)))
    }

    fn update_from_arg_matches(&mut self, matches: &ArgMatches) -> Result<(), clap::Error> {
        update(plan_terms(), &mut self.0, matches);
        Ok(())
    }
}

impl Args for PlanTermFlags {
    fn augment_args(command: Command) -> Command {
        augment(plan_terms(), command)
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
