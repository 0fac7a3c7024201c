//! What a person can say about their situation, each declared once: its flag (and the
//! profile's key), the kind of value it takes, where it lives in a [`Situation`], and how the
//! guide asks for it (its question, its place in the guide and the facts an answer settles).
//! The `check` flags, their help, the merge of flags over a saved profile, the repeated
//! command line and the guide's order all come from this table; the words of each flag's help
//! are in the catalog (`flag-<flag>`). Adding an input is one entry here, a field in
//! `Situation`, and its words.

use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};
use clap::{Arg, ArgAction, ArgMatches, Args, Command, FromArgMatches};

use crate::choice::Choice;
use crate::error::{Error, FlagCause};
use crate::facts::{self, Aliases, Version};
use crate::kb::model::{Period, Platform, Region};
use crate::situation::Situation;
use crate::units::{self, DataUsed};
use crate::written::FlagValue;

/// One input, declared once. Its flag reads the value into the field's own type, so a value
/// that makes no sense is a usage error at the flag, and nothing past it checks again.
pub struct InputSpec {
    /// The flag without its dashes; with `_` for `-`, the profile's key.
    pub flag: &'static str,
    pub value_name: &'static str,
    /// The flag's value parser (and what it needs of the flag), giving `Option` of the
    /// field's type: `None` for a choice's `unknown`.
    reads: fn(Arg, &'static str) -> Arg,
    /// The value as the repeated command line writes it: its canonical form.
    pub get: fn(&Situation) -> Option<String>,
    /// Sets the field from the flag's value, if the flag was given.
    take: fn(&mut Situation, &ArgMatches, &'static str),
    /// Copies the field from one situation to another, if the first has it.
    copy: fn(&Situation, &mut Situation),
    /// The facts a value for it settles.
    pub settles: &'static [&'static str],
    /// The guide's question for it and its place in the guide, if the guide asks for it.
    asked: Option<(Question, u8)>,
}

/// The guide's questions, each a typed id: what the guide asks, in [`guide_questions`] order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Question {
    Carrier,
    Plan,
    /// The plan's allowance from the person's bill, where the knowledge base does not know it.
    HotspotCap,
    Device,
    /// For a phone not in the list, or one the KB cannot vouch for.
    HasEsim,
    BoughtIn,
    Os,
    OsVersion,
    Esim,
    Lock,
    LockedTo,
    Security,
    Password,
    Used,
    Roaming,
}

/// How the guide asks for an input: the question, where it comes in the guide (the order a
/// support agent would ask in), and the facts an answer settles, which is how the guide knows
/// the question still matters.
#[derive(Debug, Clone, Copy)]
pub struct Asked {
    pub question: Question,
    pub order: u8,
    pub settles: &'static [&'static str],
}

/// The guide asks `question` at place `order`, for the facts `settles`.
const fn asked(
    question: Question,
    order: u8,
    settles: &'static [&'static str],
) -> (&'static [&'static str], Option<(Question, u8)>) {
    (settles, Some((question, order)))
}

/// Only a flag gives it, for the facts `settles`.
const fn flag_only(
    settles: &'static [&'static str],
) -> (&'static [&'static str], Option<(Question, u8)>) {
    (settles, None)
}

/// The hotspot password, which no flag takes as a value (it would stay in the shell's
/// history): the guide reads it hidden, `check` from standard input. Asked after the security
/// question it depends on.
pub const PASSWORD: Asked = Asked {
    question: Question::Password,
    order: 105,
    settles: &["password.score", "password.length"],
};

/// Whether some answer (a flag, or a question of the guide) settles `fact`.
pub fn answer_settles(fact: &str) -> bool {
    INPUTS.iter().any(|spec| spec.settles.contains(&fact)) || PASSWORD.settles.contains(&fact)
}

/// Every question the guide can ask, in the order it asks them.
pub fn guide_questions() -> Vec<Asked> {
    let mut questions: Vec<Asked> = INPUTS
        .iter()
        .filter_map(|spec| {
            let (question, order) = spec.asked?;
            Some(Asked {
                question,
                order,
                settles: spec.settles,
            })
        })
        .chain([PASSWORD])
        .collect();
    questions.sort_by_key(|asked| asked.order);
    questions
}

/// An input kept in the `Situation` field of the same name, read by `reads`.
macro_rules! input {
    ($flag:literal, $value_name:literal, $reads:expr, $field:ident, $how:expr) => {
        InputSpec {
            flag: $flag,
            value_name: $value_name,
            reads: $reads,
            settles: $how.0,
            asked: $how.1,
            get: |s| s.$field.as_ref().map(FlagValue::to_flag),
            take: |s, matches, flag| {
                if let Some(value) = matches.get_one(flag) {
                    s.$field = Option::clone(value);
                }
            },
            copy: |from, to| {
                if from.$field.is_some() {
                    to.$field = from.$field.clone();
                }
            },
        }
    };
}

/// A name looked up in the knowledge base (a carrier, a plan, a phone).
fn name(arg: Arg, _: &'static str) -> Arg {
    arg.value_parser(clap::builder::StringValueParser::new().map(Some))
}

/// A value read by `parse`; one that does not read is refused at the flag, in the words the
/// program's own errors use. It may begin with a minus sign, to be refused in words too.
fn spoken<T, E>(
    flag: &'static str,
    parse: fn(&str) -> Result<T, E>,
) -> impl TypedValueParser<Value = T>
where
    T: Clone + Send + Sync + 'static,
    E: Into<FlagCause> + 'static,
{
    move |text: &str| parse(text).map_err(|e| Error::flag(flag, e))
}

/// Data used, as people say it: `3.5GB`, `5 gigs`, `5 GiB`.
pub fn data_used(flag: &'static str) -> impl TypedValueParser<Value = DataUsed> {
    spoken(flag, DataUsed::parse)
}

fn used(arg: Arg, flag: &'static str) -> Arg {
    arg.allow_hyphen_values(true)
        .value_parser(data_used(flag).map(Some))
}

fn allowance(arg: Arg, flag: &'static str) -> Arg {
    arg.allow_hyphen_values(true)
        .value_parser(spoken(flag, units::parse_spoken_allowance).map(Some))
}

fn after_cap(arg: Arg, flag: &'static str) -> Arg {
    arg.allow_hyphen_values(true)
        .value_parser(spoken(flag, units::parse_after_cap).map(Some))
}

fn version(arg: Arg, flag: &'static str) -> Arg {
    arg.value_parser(spoken(flag, Version::parse).map(Some))
}

/// Yes or no, in any of the usual spellings (`unknown` is `None`).
fn yes_no(arg: Arg, _: &'static str) -> Arg {
    arg.ignore_case(true).value_parser(yes_or_no())
}

/// `yes` or `no`, or a word people use for one, for a filter, which has no "unknown".
pub fn yes_or_no_only() -> impl TypedValueParser<Value = bool> {
    aliased(&["yes", "no"], &facts::YES_NO_ALIASES, false).map(|word| word == "yes")
}

/// `yes`, `no` or `unknown`, or a word people use for one (`y`, `true`, `off`, 是, 没有).
pub fn yes_or_no() -> impl TypedValueParser<Value = Option<bool>> {
    with_aliases(&["yes", "no"], &facts::YES_NO_ALIASES).map(|word| match word.as_str() {
        "yes" => Some(true),
        "no" => Some(false),
        _ => None,
    })
}

/// One of a choice's words, or a word people use for one (any case); `unknown` is `None`.
fn choice<T: Choice>(arg: Arg, _: &'static str) -> Arg {
    arg.ignore_case(true).value_parser(typed_choice::<T>())
}

/// Every input, in the order a person would give them.
pub static INPUTS: &[InputSpec] = &[
    input!(
        "carrier",
        "NAME",
        name,
        carrier,
        asked(Question::Carrier, 10, &["carrier", "plan"])
    ),
    input!(
        "plan",
        "NAME",
        name,
        plan,
        asked(Question::Plan, 20, &["plan"])
    ),
    input!(
        "device",
        "MODEL",
        name,
        device,
        asked(Question::Device, 40, &["device"])
    ),
    input!(
        "bought-in",
        "REGION",
        choice::<Region>,
        bought_in,
        asked(Question::BoughtIn, 60, &["bought_in"])
    ),
    // The system comes after the security questions: only some answers there make it matter.
    input!(
        "os",
        "OS",
        choice::<Platform>,
        os,
        asked(Question::Os, 110, &["platform"])
    ),
    input!(
        "os-version",
        "VERSION",
        version,
        os_version,
        asked(Question::OsVersion, 120, &["os_version"])
    ),
    input!(
        "esim",
        "STATE",
        choice::<crate::choice::EsimState>,
        esim,
        asked(Question::Esim, 70, &["esim"])
    ),
    input!(
        "lock",
        "STATE",
        choice::<crate::choice::LockState>,
        lock,
        asked(Question::Lock, 80, &["lock"])
    ),
    input!(
        "locked-to",
        "CARRIER",
        name,
        locked_to,
        asked(Question::LockedTo, 90, &["locked_to"])
    ),
    input!(
        "security",
        "MODE",
        choice::<crate::choice::Security>,
        security,
        asked(Question::Security, 100, &["security"])
    ),
    input!(
        "used",
        "SIZE",
        used,
        used,
        asked(Question::Used, 130, &["used"])
    ),
    input!(
        "roaming",
        "BOOL",
        yes_no,
        roaming,
        asked(Question::Roaming, 140, &["roaming"])
    ),
    // An unlisted phone leaves "device" open; a listed one the KB cannot vouch for,
    // "device.esim".
    input!(
        "has-esim",
        "BOOL",
        yes_no,
        has_esim,
        asked(Question::HasEsim, 50, &["device.esim", "device"])
    ),
    // A plan not chosen from the list is described by its figures instead.
    input!(
        "hotspot-cap",
        "SIZE",
        allowance,
        hotspot_cap,
        asked(
            Question::HotspotCap,
            30,
            &["plan.hotspot.high_speed", "plan.hotspot.included", "plan"]
        )
    ),
    input!(
        "after-cap",
        "SPEED",
        after_cap,
        after_cap,
        flag_only(&["plan.hotspot.after_cap", "plan.hotspot.after_cap_said"])
    ),
    input!(
        "cap-period",
        "PERIOD",
        choice::<Period>,
        cap_period,
        flag_only(&["plan.hotspot.period"])
    ),
    input!(
        "hotspot-shares-data",
        "BOOL",
        yes_no,
        hotspot_shares_data,
        flag_only(&["plan.hotspot.shares_plan_data"])
    ),
];

impl InputSpec {
    /// The flag as it parses. Its help, in the reader's language, is added by [`with_help`]
    /// where help is shown, and its choices, if any, stay unlisted until then: building any
    /// command, clap makes each listed flag's list of choices to learn whether long help has
    /// more to show than short, at every start, for help a command line that parses never
    /// shows.
    fn arg(&self) -> Arg {
        let arg = Arg::new(self.flag)
            .long(self.flag)
            .value_name(self.value_name)
            .action(ArgAction::Set)
            .hide_possible_values(true);
        (self.reads)(arg, self.flag)
    }
}

/// An input's flag with its help in the reader's language, and its choices listed; other
/// flags as they are.
pub fn with_help(arg: Arg) -> Arg {
    let flag = arg.get_id().as_str();
    if arg.get_help().is_some() || !INPUTS.iter().any(|spec| spec.flag == flag) {
        return arg;
    }
    let help = crate::i18n::message(&format!("flag-{flag}"), None);
    arg.help(help).hide_possible_values(false)
}

/// Accepts a choice or one of its aliases, ignoring case, and hands on the choice itself.
pub fn with_aliases(
    words: &'static [&'static str],
    aliases: Aliases,
) -> impl TypedValueParser<Value = String> {
    aliased(words, aliases, true)
}

/// One of `words` or one of its aliases, as the word itself; `unknown` too if `or_unknown`.
fn aliased(
    words: &'static [&'static str],
    aliases: Aliases,
    or_unknown: bool,
) -> impl TypedValueParser<Value = String> {
    SpacedWords(Aliased {
        words,
        aliases,
        or_unknown,
    })
    .map(move |typed: String| facts::canonical(&typed.to_lowercase(), aliases).to_string())
}

/// Accepts what a list of clap's `PossibleValue`s, a word with its aliases each, accepts,
/// without making the list for every such flag at every start: a word typed as listed is
/// found in place, and the list is made only for help, completions, and a word clap must
/// judge (one that differs from the listed spelling by more than ASCII case).
#[derive(Clone, Copy)]
struct Aliased {
    words: &'static [&'static str],
    aliases: Aliases,
    or_unknown: bool,
}

impl Aliased {
    /// The other names `word` goes by.
    fn aliases_of(self, word: &str) -> &'static [&'static str] {
        self.aliases
            .iter()
            .find(|(name, _)| *name == word)
            .map_or(&[], |(_, names)| *names)
    }

    /// Every word and alias, as listed.
    fn names(self) -> impl Iterator<Item = &'static str> {
        self.words
            .iter()
            .flat_map(move |&word| {
                std::iter::once(word).chain(self.aliases_of(word).iter().copied())
            })
            .chain(self.or_unknown.then_some("unknown"))
    }

    fn values(self) -> impl Iterator<Item = PossibleValue> {
        self.words
            .iter()
            .map(move |&word| {
                PossibleValue::new(word).aliases(self.aliases_of(word).iter().copied())
            })
            .chain(self.or_unknown.then(|| PossibleValue::new("unknown")))
    }
}

impl TypedValueParser for Aliased {
    type Value = String;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<String, clap::Error> {
        let ignore_case = arg.is_some_and(Arg::is_ignore_case_set);
        let listed = |typed: &&str| {
            self.names().any(|name| match ignore_case {
                true => name.eq_ignore_ascii_case(typed),
                false => name == *typed,
            })
        };
        match value.to_str().filter(listed) {
            Some(typed) => Ok(typed.to_string()),
            None => PossibleValuesParser::new(self.values()).parse_ref(cmd, arg, value),
        }
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        Some(Box::new(self.values()))
    }
}

/// A choice typed as words (`No SIM restrictions`, `Hong Kong`, `无 SIM 卡限制`), read as the
/// words joined by hyphens, or by nothing, as the choices and their aliases are written. What
/// reads no way is refused as it was typed.
#[derive(Clone)]
struct SpacedWords<P>(P);

impl<P: TypedValueParser> TypedValueParser for SpacedWords<P> {
    type Value = P::Value;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<Self::Value, clap::Error> {
        let words: Vec<&str> = value
            .to_str()
            .map_or(Vec::new(), |t| t.split_whitespace().collect());
        if words.len() > 1 {
            for joined in [words.join("-"), words.concat()] {
                if let Ok(read) = self.0.parse_ref(cmd, arg, std::ffi::OsStr::new(&joined)) {
                    return Ok(read);
                }
            }
        }
        self.0.parse_ref(cmd, arg, value)
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        self.0.possible_values()
    }
}

/// As [`with_aliases`], giving the choice as its type: `None` for `unknown`.
pub fn typed_choice<T: Choice>() -> impl TypedValueParser<Value = Option<T>> {
    // clap has matched one of the words or aliases already, each of which names a choice.
    with_aliases(T::WORDS, T::ALIASES).map(|word| T::parse(&word).unwrap_or(None))
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
            (spec.copy)(&self.0, &mut base);
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
        (spec.take)(situation, matches, spec.flag);
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
            (spec.get)(situation)
                .map(|v| format!("--{} {}", spec.flag, crate::text::shell_quote(&v)))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A choice is accepted, or refused with the same error, as clap's list of the same words
    /// and aliases would, with or without case ignored: typed as listed, in other cases
    /// (ASCII and not), in full width, misspelt, empty.
    #[test]
    fn choices_read_as_a_list_of_possible_values_reads_them() {
        let kinds = [
            Aliased {
                words: facts::REGIONS,
                aliases: &facts::REGION_ALIASES,
                or_unknown: true,
            },
            Aliased {
                words: &["yes", "no"],
                aliases: &facts::YES_NO_ALIASES,
                or_unknown: false,
            },
            Aliased {
                words: facts::SECURITY_MODES,
                aliases: &facts::SECURITY_ALIASES,
                or_unknown: true,
            },
        ];
        let odd = [
            "", "xx", "Ｕｓ", "ＵＳ", "K", "UNKNOWN", "Unknown", "WPA2-Psk", "ß", "國行",
        ];
        for kind in kinds {
            let typed: Vec<String> = kind
                .names()
                .flat_map(|name| [name.to_string(), name.to_uppercase(), name.to_lowercase()])
                .chain(odd.map(String::from))
                .collect();
            for ignore_case in [true, false] {
                let mut command =
                    Command::new("t").arg(Arg::new("x").long("x").ignore_case(ignore_case));
                command.build();
                let arg = command.get_arguments().next().unwrap().clone();
                for typed in &typed {
                    let value = std::ffi::OsStr::new(typed);
                    let ours = kind.parse_ref(&command, Some(&arg), value);
                    let clap = PossibleValuesParser::new(kind.values()).parse_ref(
                        &command,
                        Some(&arg),
                        value,
                    );
                    assert_eq!(
                        ours.as_ref().map_err(ToString::to_string),
                        clap.as_ref().map_err(ToString::to_string),
                        "{typed:?}, case ignored: {ignore_case}"
                    );
                }
            }
        }
    }

    #[test]
    fn the_guide_asks_in_the_order_the_table_gives_each_fact_once() {
        use Question::*;
        let order: Vec<Question> = guide_questions().iter().map(|a| a.question).collect();
        assert_eq!(
            order,
            [
                Carrier, Plan, HotspotCap, Device, HasEsim, BoughtIn, Esim, Lock, LockedTo,
                Security, Password, Os, OsVersion, Used, Roaming
            ]
        );
        let mut orders: Vec<u8> = guide_questions().iter().map(|a| a.order).collect();
        orders.dedup();
        assert_eq!(orders.len(), order.len(), "two questions share a place");
        for asked in guide_questions() {
            for fact in asked.settles {
                assert!(
                    crate::facts::FACTS.iter().any(|f| f.name == *fact),
                    "{:?} settles {fact}, which no rule can read",
                    asked.question
                );
            }
        }
    }
    use crate::cli::own_error;

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

    /// Each flag as a person may type it, and as the repeated command line writes it.
    const SAMPLES: &[(&str, &str, &str)] = &[
        ("carrier", "Verizon", "Verizon"),
        ("plan", "ultimate", "ultimate"),
        ("device", "iPhone 15", "iPhone 15"),
        ("bought-in", "国行", "cn"),
        ("os", "iPhone", "ios"),
        ("os-version", "iOS 17.04", "17.4"),
        ("esim", "ON", "active"),
        ("lock", "no", "unlocked"),
        ("locked-to", "att", "att"),
        ("security", "WPA2/WPA3-Personal", "wpa2-wpa3"),
        ("used", "5 gigs", "5GB"),
        ("roaming", "yes", "true"),
        ("has-esim", "no", "false"),
        ("hotspot-cap", "15 GB", "15GB"),
        ("after-cap", "3 Mbps", "3Mbps"),
        ("cap-period", "Day", "day"),
        ("hotspot-shares-data", "true", "true"),
    ];

    fn parse(args: &[&str]) -> Result<Situation, clap::Error> {
        let command = SituationFlags::augment_args(Command::new("check"));
        let matches =
            command.try_get_matches_from(std::iter::once("check").chain(args.to_vec()))?;
        Ok(SituationFlags::from_arg_matches(&matches)?.0)
    }

    #[test]
    fn each_input_reads_back_what_it_writes() {
        for spec in INPUTS {
            let (_, typed, written) = SAMPLES
                .iter()
                .find(|(flag, ..)| *flag == spec.flag)
                .unwrap_or_else(|| panic!("no sample for --{}", spec.flag));
            let flag = format!("--{}", spec.flag);
            let situation = parse(&[&flag, typed]).unwrap();
            assert_ne!(situation, Situation::default(), "{flag} sets a field");
            assert_eq!((spec.get)(&situation).as_deref(), Some(*written), "{flag}");
            assert_eq!(parse(&[&flag, written]).unwrap(), situation, "{flag}");
            let mut copy = Situation::default();
            (spec.copy)(&situation, &mut copy);
            assert_eq!(copy, situation, "{flag}");
        }
    }

    #[test]
    fn unknown_is_a_choice_not_given() {
        assert_eq!(
            parse(&["--bought-in", "unknown", "--esim", "Unknown"]).unwrap(),
            Situation::default()
        );
        let error = parse(&["--bought-in", "atlantis"]).unwrap_err();
        assert_eq!(error.kind(), clap::error::ErrorKind::InvalidValue);
    }

    #[test]
    fn a_bad_size_or_version_is_refused_at_its_flag() {
        for (flag, bad) in [
            ("--used", "-1GB"),
            ("--hotspot-cap", "5G"),
            ("--after-cap", "fast"),
            ("--os-version", "seventeen"),
        ] {
            let error = parse(&[flag, bad]).unwrap_err();
            assert_eq!(error.kind(), clap::error::ErrorKind::ValueValidation);
            let own = own_error(&error).unwrap_or_else(|| panic!("{flag}: {error}"));
            assert!(
                own.to_string().starts_with(&format!("{flag}: \"{bad}\"")),
                "{own}"
            );
        }
    }
}
