//! The command line as clap sees it. Nothing past `run` reads these types: they become a
//! `Situation` and an output choice first.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::i18n::Lang;
use crate::input::{PlanTermFlags, SituationFlags};
use crate::kb::model::PlanKind;
use crate::lookup::{CapQuery, PlanFilter, SortKey};
use crate::situation::Situation;
use crate::steps::{StepPlatform, Via};
use crate::tr;

#[derive(Debug, Parser)]
#[command(
    name = "esim-hotspot",
    version,
    about = "Can I share my US eSIM's data through my phone's hotspot, how much, and how do I set it up safely?"
)]
pub struct Cli {
    #[command(flatten)]
    pub options: Options,

    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The options every command takes.
#[derive(Debug, Args)]
pub struct Options {
    /// A directory of YAML laid over the built-in knowledge base (same layout as data/)
    #[arg(long, global = true, env = "ESIM_HOTSPOT_KB", value_name = "DIR")]
    pub kb: Option<PathBuf>,

    /// When to use colour
    #[arg(long, global = true, value_enum, ignore_case = true, default_value_t = ColorChoice::Auto, value_name = "WHEN")]
    pub color: ColorChoice,

    /// Language of what is printed: en or zh, 中文 (default: from LC_ALL, LC_MESSAGES or LANG)
    #[arg(long, global = true, env = "ESIM_HOTSPOT_LANG", value_name = "LANG", value_parser = parse_lang)]
    pub lang: Option<Lang>,
}

#[derive(Debug, Args)]
pub struct StepsArgs {
    /// The phone's platform (Samsung's menus differ from stock Android's); iOS unless
    /// --device names the phone
    #[arg(long, value_enum, ignore_case = true, conflicts_with = "device")]
    pub platform: Option<PlatformArg>,
    /// The phone (name or alias): its menus choose the steps
    #[arg(long, value_name = "NAME")]
    pub device: Option<String>,
    /// The carrier or eSIM seller: a travel eSIM's steps start with its data-roaming switch
    #[arg(long, value_name = "NAME")]
    pub carrier: Option<String>,
    /// The connection to share over (the data-line and final check steps always come)
    #[arg(long, value_enum, ignore_case = true, default_value_t = ViaArg::Wifi)]
    pub via: ViaArg,
    /// Output format
    #[arg(long, value_enum, ignore_case = true, default_value_t = Format::Text)]
    pub format: Format,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum PlatformArg {
    #[value(alias = "iphone", alias = "ipados", alias = "苹果", alias = "蘋果")]
    Ios,
    #[value(alias = "pixel", alias = "安卓")]
    Android,
    #[value(alias = "galaxy", alias = "三星")]
    Samsung,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ViaArg {
    #[value(alias = "wi-fi", alias = "wlan", alias = "无线", alias = "無線")]
    Wifi,
    #[value(alias = "数据线", alias = "數據線", alias = "cable")]
    Usb,
    #[value(alias = "蓝牙", alias = "藍牙", alias = "bt")]
    Bluetooth,
    /// Every connection's steps
    All,
}

impl StepsArgs {
    /// The platform named with --platform; `None` leaves it to --device, or iOS.
    pub fn platform(&self) -> Option<StepPlatform> {
        self.platform.map(|p| match p {
            PlatformArg::Ios => StepPlatform::Ios,
            PlatformArg::Android => StepPlatform::Android,
            PlatformArg::Samsung => StepPlatform::Samsung,
        })
    }

    /// One connection, or `None` for all of them.
    pub fn via(&self) -> Option<Via> {
        match self.via {
            ViaArg::Wifi => Some(Via::Wifi),
            ViaArg::Usb => Some(Via::Usb),
            ViaArg::Bluetooth => Some(Via::Bluetooth),
            ViaArg::All => None,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    Text,
    Json,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Can this eSIM's data be shared by hotspot? A verdict with every reason and its source
    Check(Box<CheckArgs>),
    /// Walk through the questions that matter to a verdict (the default on a terminal)
    Guide,
    /// A plan's hotspot cap in words, and with --used what is left and what it carries
    Cap(Box<CapArgs>),
    /// A table of plans with their hotspot allowance, filtered and sorted
    Plans(PlansArgs),
    /// Is my phone compatible? Phones with whether each takes an eSIM, by where it was sold
    Devices(DevicesArgs),
    /// The carriers and eSIM sellers known, with their network and how much is known of them
    Carriers(CarriersArgs),
    /// Setup steps for Wi-Fi, USB or Bluetooth hotspot, then troubleshooting
    Steps(StepsArgs),
    /// The hotspot data this laptop uses, live: what is left, and when it runs out at this pace
    Meter(Box<MeterArgs>),
    /// Check and inspect the knowledge base
    #[command(subcommand)]
    Kb(KbCommand),
    /// A completion script for a shell, on standard output
    Completions(CompletionsArgs),
    /// The manual page (roff), on standard output
    Man,
}

#[derive(Debug, Args)]
pub struct CarriersArgs {
    /// Output format
    #[arg(long, value_enum, ignore_case = true, default_value_t = Format::Text)]
    pub format: Format,
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to complete in
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

#[derive(Debug, Subcommand)]
pub enum KbCommand {
    /// Load every file of a knowledge base and report each problem as file:line:col
    Validate {
        /// A directory in the layout of data/ (default: the built-in knowledge base alone)
        dir: Option<PathBuf>,
        /// Also fail on any carrier, plan or device last verified more than DAYS ago
        #[arg(long, value_name = "DAYS", value_parser = whole_number::<u32>)]
        max_age: Option<u32>,
    },
    /// Print the JSON Schema of one kind of knowledge-base file, for an editor's YAML support
    Schema {
        /// Which file: carrier, devices, rules, usage or steps
        #[arg(value_parser = clap::builder::PossibleValuesParser::new(crate::kb::schema::KINDS))]
        kind: String,
    },
    /// Counts of carriers, plans, devices and rules, and the oldest and newest verified dates
    Stats {
        /// Output format
        #[arg(long, value_enum, ignore_case = true, default_value_t = Format::Text)]
        format: Format,
    },
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// The situation: one flag an input, declared once in `input::INPUTS`.
    #[command(flatten)]
    pub facts: SituationFlags,
    /// Read the hotspot password from standard input and check its strength (never printed or stored)
    #[arg(long)]
    pub password_stdin: bool,
    /// Output format
    #[arg(long, value_enum, ignore_case = true, default_value_t = Format::Text)]
    pub format: Format,
    /// Show every rule, fired or not, with each test, the value it read and its result
    #[arg(long)]
    pub explain: bool,
    /// Start from the profile the guide saved; flags given here override its answers
    #[arg(long)]
    pub profile: bool,
}

#[derive(Debug, Args)]
pub struct CapArgs {
    /// The plan (id, name or alias); leave it out to give your own plan's figures instead
    pub plan: Option<String>,
    /// The plan's terms from your bill, as `check` takes them.
    #[command(flatten)]
    pub terms: PlanTermFlags,
    /// The carrier, where several carriers have a plan of that name
    #[arg(long, value_name = "NAME")]
    pub carrier: Option<String>,
    /// Where the person is in the billing cycle.
    #[command(flatten)]
    pub cycle: CycleFlags,
    /// Also show the research notes behind the plan's figures
    #[arg(long)]
    pub explain: bool,
    /// Every activity the remainder carries, and exact figures, not only the short answer
    #[arg(long)]
    pub all: bool,
    /// Output format
    #[arg(long, value_enum, ignore_case = true, default_value_t = Format::Text)]
    pub format: Format,
}

/// How much of the allowance is gone, and when it comes back: `cap` and `meter` take the
/// same three flags.
#[derive(Debug, Args)]
pub struct CycleFlags {
    /// Hotspot data used so far this billing cycle (today, on a daily allowance), like 3.5GB or
    /// 800MB
    #[arg(long, value_name = "SIZE", allow_hyphen_values = true,
          value_parser = crate::input::data_used("used"))]
    pub used: Option<crate::units::DataUsed>,
    /// Days left in the billing cycle, today included
    #[arg(long, value_name = "N", conflicts_with = "cycle_day", value_parser = whole_number::<u32>)]
    pub days_left: Option<u32>,
    /// The day of the month the allowance resets (gives the days left and the pace so far)
    #[arg(long, value_name = "DAY", value_parser = day_of_month)]
    pub cycle_day: Option<u8>,
}

#[derive(Debug, Args)]
pub struct MeterArgs {
    /// The network interface to meter (default: the one that carries the default route)
    #[arg(long, value_name = "NAME")]
    pub interface: Option<String>,
    /// The carrier, for the plan's allowance
    #[arg(long, value_name = "NAME")]
    pub carrier: Option<String>,
    /// The plan (id, name or alias), for its hotspot allowance
    #[arg(long, value_name = "NAME")]
    pub plan: Option<String>,
    /// The plan's terms from your bill, as `check` takes them.
    #[command(flatten)]
    pub terms: PlanTermFlags,
    /// Where the person is in the billing cycle.
    #[command(flatten)]
    pub cycle: CycleFlags,
    /// Stop after this many seconds (default: run until Ctrl-C)
    #[arg(long, value_name = "SECONDS", allow_hyphen_values = true, value_parser = seconds)]
    pub duration: Option<u64>,
    /// Start from the profile the guide saved, and add what is metered to its data used
    #[arg(long)]
    pub profile: bool,
    /// Never write to the profile
    #[arg(long)]
    pub no_save: bool,
    /// Output format: json prints one object a second, for scripts
    #[arg(long, value_enum, ignore_case = true, default_value_t = Format::Text)]
    pub format: Format,
}

#[derive(Debug, Args)]
pub struct DevicesArgs {
    /// Part of a phone's name, as the guide searches it ("iphone 15", "s24", "小米", "华为")
    pub query: Option<String>,
    /// Only this maker's phones
    #[arg(long, value_name = "MAKER")]
    pub maker: Option<String>,
    /// Only phones that take an eSIM (yes), or that do not (no), where bought (--bought-in,
    /// else the US model)
    #[arg(long, value_name = "BOOL", ignore_case = true, value_parser = crate::input::yes_or_no_only())]
    pub esim: Option<bool>,
    /// Where the phone was bought (us, cn, hk, mo; also 国行, 港版, 澳版)
    #[arg(long, value_name = "REGION", ignore_case = true,
          value_parser = crate::input::with_aliases(crate::facts::REGIONS, &crate::facts::REGION_ALIASES))]
    pub bought_in: Option<String>,
    /// Output format
    #[arg(long, value_enum, ignore_case = true, default_value_t = Format::Text)]
    pub format: Format,
}

#[derive(Debug, Args)]
pub struct PlansArgs {
    /// Only this carrier's plans
    #[arg(long, value_name = "NAME")]
    pub carrier: Option<String>,
    /// Only plans of this kind
    #[arg(long, value_enum, ignore_case = true)]
    pub kind: Option<KindArg>,
    /// Only plans with at least this much full-speed hotspot data (unlimited counts as the most)
    #[arg(long, value_name = "SIZE", allow_hyphen_values = true)]
    pub min_hotspot: Option<String>,
    /// Only plans the carrier activates on an eSIM
    #[arg(long)]
    pub esim: bool,
    /// Order of the rows
    #[arg(long, value_enum, ignore_case = true, default_value_t = SortArg::Carrier)]
    pub sort: SortArg,
    /// Output format
    #[arg(long, value_enum, ignore_case = true, default_value_t = Format::Text)]
    pub format: Format,
}

/// Each kind also answers to its other spellings, to the word the Chinese table shows for it
/// (in both scripts), and a legacy plan to what US carriers' customers call one kept for
/// them: "grandfathered".
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum KindArg {
    #[value(aliases = ["post-paid", "后付费", "後付費"])]
    Postpaid,
    #[value(aliases = ["pre-paid", "预付费", "預付費"])]
    Prepaid,
    #[value(aliases = ["grandfathered", "旧套餐", "舊套餐"])]
    Legacy,
    #[value(aliases = ["旅行"])]
    Travel,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SortArg {
    Hotspot,
    Carrier,
    Name,
}

/// A whole number as typed, in full-width digits too (`３` from a Chinese or Japanese
/// keyboard), like every other value.
fn whole_number<T>(text: &str) -> Result<T, String>
where
    T: TryFrom<u64> + Into<u64> + Bounded,
{
    let number: u64 = crate::text::halfwidth(text)
        .trim()
        .parse()
        .map_err(|_| crate::messages::not_a_whole_number(text))?;
    T::try_from(number).map_err(|_| crate::messages::number_too_large(text, T::MAX.into()))
}

/// A day of the month, 1 to 31, in full-width digits too.
fn day_of_month(text: &str) -> Result<u8, String> {
    whole_number::<u32>(text)
        .ok()
        .and_then(|day| u8::try_from(day).ok())
        .filter(|day| (1..=31).contains(day))
        .ok_or_else(|| crate::messages::not_a_day_of_month(text))
}

/// A time in whole seconds, at least one.
fn seconds(text: &str) -> Result<u64, String> {
    whole_number::<u32>(text)
        .ok()
        .filter(|seconds| *seconds > 0)
        .map(u64::from)
        .ok_or_else(|| crate::messages::not_seconds(text))
}

/// The largest value of a number flag's type, for the message that refuses a larger one.
trait Bounded {
    const MAX: Self;
}

impl Bounded for u32 {
    const MAX: u32 = u32::MAX;
}

/// The choices, each also under its aliases (国行 for cn, "WPA2/WPA3-Personal" for wpa2-wpa3).
/// The command line in the reader's language: the about lines, the examples, each flag's
/// help and clap's own words (see [`crate::cli_words`]) come from the catalog.
pub fn command_in(lang: Lang) -> clap::Command {
    use clap::CommandFactory;
    let mut command = Cli::command().after_help(tr!("help-examples"));
    // The options every command shares come after each command's own.
    for (order, global) in ["kb", "color", "lang"].into_iter().enumerate() {
        command = command.mut_arg(global, |arg| arg.display_order(900 + order));
    }
    if lang != Lang::En {
        command = command.about(tr!("help-about"));
    }
    for spec in &SUBCOMMANDS {
        command = command.mut_subcommand(spec.name, |mut sub| {
            sub = sub.mut_args(crate::input::with_help);
            if lang != Lang::En {
                sub = sub.about(tr!(spec.about));
            }
            match spec.examples {
                Some(examples) => sub.after_help(tr!(examples)),
                None => sub,
            }
        });
    }
    crate::cli_words::in_lang(command, lang)
}

/// The command tree that parses `args` (the program's name first): only the subcommand
/// used, with its flags, and no help text. Building every subcommand's flags with help in
/// the reader's language is most of what starting costs, and a command line that parses
/// needs neither; clap copies the shared flags into every subcommand, so the others are
/// left out too. Anything that does not parse (a mistake, `--help`, `--version`, a word
/// taken for the subcommand that is not) is parsed again with [`command_in`], which says it
/// in full: a line this tree reads, the whole tree reads alike.
pub fn parsing_command(args: &[std::ffi::OsString]) -> clap::Command {
    let used = subcommand_named(args);
    let subcommands = SUBCOMMANDS
        .iter()
        .filter(|spec| used.is_none_or(|name| spec.name == name))
        .map(|spec| clap::Command::new(spec.name).defer(spec.flags));
    Options::augment_args(clap::Command::new("esim-hotspot")).subcommands(subcommands)
}

/// The subcommand a command line names: its first word that is not a flag or a shared
/// flag's value, when that word is a subcommand.
fn subcommand_named(args: &[std::ffi::OsString]) -> Option<&'static str> {
    let mut words = args.iter().skip(1).filter_map(|arg| arg.to_str());
    while let Some(word) = words.next() {
        match word {
            "--kb" | "--color" | "--lang" => {
                words.next();
            }
            _ if word.starts_with('-') => {}
            _ => {
                return SUBCOMMANDS
                    .iter()
                    .map(|s| s.name)
                    .find(|name| *name == word)
            }
        }
    }
    None
}

/// A subcommand: its flags as `Command`'s derive adds them (a test holds the two to the same
/// command lines), and the catalog ids of its help in the reader's language.
struct SubcommandSpec {
    name: &'static str,
    flags: fn(clap::Command) -> clap::Command,
    about: &'static str,
    examples: Option<&'static str>,
}

const SUBCOMMANDS: [SubcommandSpec; 11] = [
    sub(
        "check",
        CheckArgs::augment_args,
        "help-check",
        Some("help-examples"),
    ),
    sub("guide", no_flags, "help-guide", None),
    sub(
        "cap",
        CapArgs::augment_args,
        "help-cap",
        Some("help-cap-examples"),
    ),
    sub(
        "plans",
        PlansArgs::augment_args,
        "help-plans",
        Some("help-plans-examples"),
    ),
    sub(
        "devices",
        DevicesArgs::augment_args,
        "help-devices",
        Some("help-devices-examples"),
    ),
    sub(
        "carriers",
        CarriersArgs::augment_args,
        "help-carriers",
        None,
    ),
    sub(
        "steps",
        StepsArgs::augment_args,
        "help-steps",
        Some("help-steps-examples"),
    ),
    sub(
        "meter",
        MeterArgs::augment_args,
        "help-meter",
        Some("help-meter-examples"),
    ),
    sub("kb", kb_subcommands, "help-kb", None),
    sub(
        "completions",
        CompletionsArgs::augment_args,
        "help-completions",
        None,
    ),
    sub("man", no_flags, "help-man", None),
];

const fn sub(
    name: &'static str,
    flags: fn(clap::Command) -> clap::Command,
    about: &'static str,
    examples: Option<&'static str>,
) -> SubcommandSpec {
    SubcommandSpec {
        name,
        flags,
        about,
        examples,
    }
}

fn no_flags(command: clap::Command) -> clap::Command {
    command
}

/// `kb` as the derive builds a variant marked `#[command(subcommand)]`.
fn kb_subcommands(kb: clap::Command) -> clap::Command {
    KbCommand::augment_subcommands(kb.subcommand_required(true).arg_required_else_help(true))
}

/// The command line as typed, with full-width letters, digits and signs (what a Chinese or
/// Japanese input method types: `--format ｊｓｏｎ`, `--cycle-day ３`) read as their ASCII
/// forms, so every flag and value takes them. Other text is left as it is.
///
/// A size or speed typed without quotes, `--used 12.5 GB`, reaches the program as two words;
/// the unit is put back with its number, as if quoted. A system given with its version,
/// `--os "iOS 17.4"` or `--os iOS 17.4`, is read as `--os iOS --os-version 17.4`.
pub fn typed_args(
    args: impl IntoIterator<Item = std::ffi::OsString>,
) -> impl Iterator<Item = std::ffi::OsString> {
    let mut typed: Vec<std::ffi::OsString> = Vec::new();
    for arg in args {
        let arg = match arg.to_str() {
            Some(text) => crate::text::halfwidth(text).into_owned().into(),
            None => arg,
        };
        let unit_of_last =
            ends_in_a_bare_number(&typed) && arg.to_str().is_some_and(crate::units::is_unit_word);
        match (unit_of_last, typed.last_mut()) {
            (true, Some(number)) => {
                number.push(" ");
                number.push(&arg);
            }
            _ => typed.push(arg),
        }
    }
    split_os_version(&mut typed);
    typed.into_iter()
}

/// `--os "iOS 17.4"`, `--os iOS 17.4` or `--os=iOS 17.4` as `--os iOS --os-version 17.4`,
/// unless the version is also given by itself (then clap says the value is not a system).
fn split_os_version(typed: &mut Vec<std::ffi::OsString>) {
    let words: Vec<&str> = typed.iter().map(|w| w.to_str().unwrap_or("")).collect();
    if words
        .iter()
        .any(|w| *w == "--os-version" || w.starts_with("--os-version="))
    {
        return;
    }
    let Some(flag_at) = words
        .iter()
        .position(|w| *w == "--os" || w.starts_with("--os="))
    else {
        return;
    };
    let value_at = if words[flag_at] == "--os" {
        flag_at + 1
    } else {
        flag_at
    };
    let Some(value) = words.get(value_at).map(|w| w.trim_start_matches("--os=")) else {
        return;
    };
    let (system, version, taken) = match value.trim().split_once(' ') {
        Some((system, version)) if is_number(version.trim()) => (system, version.trim(), 1),
        _ => match words.get(value_at + 1) {
            Some(next) if is_number(next) => (value, *next, 2),
            _ => return,
        },
    };
    let replacement: Vec<std::ffi::OsString> = ["--os", system, "--os-version", version]
        .map(Into::into)
        .into();
    typed.splice(flag_at..value_at + taken, replacement);
}

/// Whether the words so far end with a size flag given a number alone (`--used 12.5` or
/// `--used=12.5`).
fn ends_in_a_bare_number(typed: &[std::ffi::OsString]) -> bool {
    let words: Vec<&str> = typed
        .iter()
        .rev()
        .take(2)
        .filter_map(|w| w.to_str())
        .collect();
    match words[..] {
        [last, before] if SIZE_FLAGS.contains(&before) && is_number(last) => true,
        [last, ..] => last
            .split_once('=')
            .is_some_and(|(flag, value)| SIZE_FLAGS.contains(&flag) && is_number(value)),
        [] => false,
    }
}

/// The flags whose value is a size or a speed with its unit.
const SIZE_FLAGS: [&str; 4] = ["--used", "--hotspot-cap", "--after-cap", "--min-hotspot"];

fn is_number(text: &str) -> bool {
    !text.is_empty() && text.chars().all(|c| c.is_ascii_digit() || c == '.')
}

/// The language asked for before the command line is parsed, so that `--help` and clap's
/// errors can use it: `--lang`, then `ESIM_HOTSPOT_LANG`, then the locale.
pub fn lang_asked(
    args: impl IntoIterator<Item = std::ffi::OsString>,
    var: impl Fn(&str) -> Option<String>,
) -> Lang {
    let args: Vec<String> = args
        .into_iter()
        .map(|a| a.to_string_lossy().into_owned())
        .collect();
    let flag = args
        .iter()
        .enumerate()
        .find_map(|(i, arg)| match arg.strip_prefix("--lang") {
            Some("") => args.get(i + 1).cloned(),
            Some(rest) => rest.strip_prefix('=').map(str::to_string),
            None => None,
        });
    flag.or_else(|| var("ESIM_HOTSPOT_LANG"))
        .and_then(|text| Lang::parse(&text))
        .unwrap_or_else(|| Lang::from_locale(var))
}

/// The program's own error behind a flag's value that clap refused, so that it is said as
/// every other error of the program is: `--used: "-1GB" is negative (…)`.
pub fn own_error(error: &clap::Error) -> Option<&crate::error::Error> {
    use std::error::Error as _;
    match error.kind() {
        clap::error::ErrorKind::ValueValidation => error.source()?.downcast_ref(),
        _ => None,
    }
}

/// `--lang`: the languages as people write them (`zh`, `zh-CN`, `中文`, `en`).
fn parse_lang(text: &str) -> Result<Lang, String> {
    Lang::parse(text).ok_or_else(|| format!("\"{text}\" is not a language here: write en or zh"))
}

impl CapArgs {
    pub fn query(&self) -> CapQuery {
        CapQuery {
            terms: self.terms.0.clone(),
            plan: self.plan.clone(),
            carrier: self.carrier.clone(),
            used: self.cycle.used,
            days_left: self.cycle.days_left,
            cycle_day: self.cycle.cycle_day,
        }
    }
}

impl MeterArgs {
    /// The plan and data used as the flags give them.
    pub fn situation(&self) -> Situation {
        Situation {
            carrier: self.carrier.clone(),
            plan: self.plan.clone(),
            used: self.cycle.used,
            ..self.terms.0.clone()
        }
    }

    /// The flags laid over a saved situation: each flag given replaces one answer.
    pub fn over(&self, saved: Situation) -> Situation {
        crate::input::SituationFlags(self.situation()).over(saved)
    }
}

impl PlansArgs {
    pub fn filter(&self) -> PlanFilter {
        PlanFilter {
            carrier: self.carrier.clone(),
            kind: self.kind.map(|k| match k {
                KindArg::Postpaid => PlanKind::Postpaid,
                KindArg::Prepaid => PlanKind::Prepaid,
                KindArg::Legacy => PlanKind::Legacy,
                KindArg::Travel => PlanKind::Travel,
            }),
            min_hotspot: self.min_hotspot.clone(),
            esim_only: self.esim,
            sort: match self.sort {
                SortArg::Hotspot => SortKey::Hotspot,
                SortArg::Carrier => SortKey::Carrier,
                SortArg::Name => SortKey::Name,
            },
        }
    }
}

impl CheckArgs {
    /// Whether any flag describes the situation (as opposed to output options).
    pub fn has_situation_flags(&self) -> bool {
        self.facts.any() || self.password_stdin
    }

    /// The flags' situation laid over `base`: each flag given replaces one answer.
    pub fn over(&self, base: Situation) -> Situation {
        self.facts.over(base)
    }

    pub fn situation(&self) -> Situation {
        self.facts.0.clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::{CommandFactory, FromArgMatches};

    fn parsed(command: clap::Command, line: &[&str]) -> Option<String> {
        let args = std::iter::once("esim-hotspot").chain(line.iter().copied());
        let matches = command.try_get_matches_from(args).ok()?;
        Some(format!("{:?}", Cli::from_arg_matches(&matches).ok()?))
    }

    #[test]
    fn the_parsing_tree_has_every_subcommand_and_no_other() {
        let full: Vec<String> = Cli::command()
            .get_subcommands()
            .map(|sub| sub.get_name().to_string())
            .collect();
        let quick: Vec<String> = SUBCOMMANDS.iter().map(|s| s.name.to_string()).collect();
        assert_eq!(quick, full);
    }

    /// Each line parses to the same thing through both trees, or fails in both; a line
    /// the quick tree refuses is said by the whole tree, so only a quick success that the
    /// whole tree would refuse or read otherwise could go unseen.
    #[test]
    fn the_parsing_tree_reads_every_line_as_the_whole_tree_does() {
        let lines: &[&[&str]] = &[
            &[],
            &["--lang", "zh"],
            &["--kb", "dir", "check", "--carrier", "verizon"],
            &["--kb", "cap", "check"],
            &["--kb=cap", "plans"],
            &["--color", "never", "steps", "--platform", "ios"],
            &["--lang", "zh", "cap", "Go5G Plus"],
            &["-x", "cap"],
            &["nope", "cap"],
            &["check", "cap"],
            &[
                "check",
                "--carrier",
                "t-mobile",
                "--plan",
                "Go5G Plus",
                "--used",
                "5 gigs",
            ],
            &[
                "check",
                "--os",
                "iOS",
                "--bought-in",
                "香港",
                "--format",
                "json",
                "--explain",
            ],
            &["check", "--profile", "--password-stdin", "--color", "never"],
            &["check", "--hotspot-cap", "15GB", "--after-cap", "128kbps"],
            &["check", "--used", "-1GB"],
            &["check", "--nonsense"],
            &["check", "extra"],
            &["guide", "--lang=en"],
            &["cap", "Go5G Plus", "--used", "10GB", "--days-left", "3"],
            &["cap", "--hotspot-cap", "15GB", "--cycle-day", "12"],
            &[
                "plans",
                "--carrier",
                "att",
                "--kind",
                "travel",
                "--sort",
                "name",
                "--esim",
            ],
            &["plans", "--min-hotspot", "20GB", "--all"],
            &["steps", "--platform", "ios", "--via", "usb"],
            &["steps", "--device", "Pixel 8", "--platform", "android"],
            &["devices", "--maker", "apple", "--esim"],
            &["carriers", "--format", "json"],
            &["meter", "--duration", "2", "--no-save"],
            &["kb"],
            &["kb", "validate", "data", "--max-age", "400"],
            &["kb", "schema", "rules"],
            &["kb", "schema", "nope"],
            &["kb", "stats", "--format", "json"],
            &["completions", "zsh"],
            &["completions"],
            &["man"],
            &["help"],
            &["--version"],
            &["cap", "--help"],
        ];
        for line in lines {
            let whole = parsed(command_in(Lang::En), line);
            let args: Vec<std::ffi::OsString> = std::iter::once("esim-hotspot")
                .chain(line.iter().copied())
                .map(Into::into)
                .collect();
            assert_eq!(parsed(parsing_command(&args), line), whole, "{line:?}");
        }
    }
}
