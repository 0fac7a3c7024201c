//! One function a command: each opens the knowledge base, builds its answer through the
//! library and hands it to a renderer. Nothing here decides anything.

use std::io::{self, Write};

use crate::choice::Choice as _;
use crate::cli::{CapArgs, CheckArgs, Cli, Format, PlansArgs, StepsArgs};
use crate::error::{Error, Result, UsageError};
use crate::kb::model::Region;
use crate::kb::Library;
use crate::wizard::prompt::Prompter as _;
use crate::{
    advisor, exit, kb, lookup, manual, messages, password, profile, render, rules, situation,
    steps, wizard,
};

pub(crate) fn check(cli: &Cli, args: &CheckArgs) -> Result<u8> {
    let library = Library::open(cli.options.kb.as_deref())?;
    let mut situation = match saved_profile(args)? {
        Some(saved) => args.over(saved),
        None => args.situation(),
    };
    // The language chosen in the guide, unless this command names one.
    if let (None, Some(lang)) = (cli.options.lang, situation.lang) {
        crate::i18n::set_lang(lang);
    }
    if args.password_stdin {
        let secret = read_password_from_stdin()?;
        situation.password = Some(password::check(&secret));
    }
    let report = advisor::advise(&library, &situation, args.explain)?;
    let output = match args.format {
        Format::Text => render::wrap(&render::text::report(&report), render::terminal_width()),
        Format::Json => render::json::report(&report),
    };
    emit(&output)?;
    Ok(report.verdict.exit_code())
}

/// `--password-stdin`: a line piped in, or typed at a terminal with echo off after a prompt
/// on standard error.
fn read_password_from_stdin() -> Result<zeroize::Zeroizing<String>> {
    use std::io::IsTerminal;
    let at_terminal = io::stdin().is_terminal();
    let read = {
        let _hidden = at_terminal.then(|| {
            let hidden = crate::tty::Asking::new(crate::tty::Mode::HiddenLine);
            crate::tty::drawing(&messages::q_password_stdin(), || {
                eprint!("{}", messages::q_password_stdin());
            });
            hidden
        });
        password::read_line(&mut password::UnbufferedStdin)
    };
    if at_terminal {
        eprintln!();
    }
    let secret = read.map_err(|e| match e {
        password::ReadError::TooLong => UsageError::PasswordStdinTooLong.into(),
        password::ReadError::NotUtf8 => UsageError::PasswordStdinNotUtf8.into(),
        password::ReadError::Io(source) => Error::Io {
            path: "standard input".into(),
            source,
        },
    })?;
    if secret.is_empty() {
        return Err(UsageError::EmptyPasswordStdin.into());
    }
    Ok(secret)
}

/// `--profile`, or no situation flags at all with a profile saved.
fn saved_profile(args: &CheckArgs) -> Result<Option<situation::Situation>> {
    if !args.profile && args.has_situation_flags() {
        return Ok(None);
    }
    let Some(path) = profile::default_path() else {
        return Ok(None);
    };
    match profile::load(&path)? {
        Some(saved) => Ok(Some(saved)),
        None if args.profile => Err(UsageError::NoProfile(path).into()),
        None => Ok(None),
    }
}

pub(crate) fn guide(cli: &Cli, color: bool) -> Result<u8> {
    wizard::require_terminal()?;
    let library = Library::open(cli.options.kb.as_deref())?;
    // A language chosen in an earlier guide, unless this command names one. A profile that
    // does not read is reported when the answers are saved, not here.
    let saved_lang = profile::default_path()
        .and_then(|path| profile::load(&path).ok().flatten())
        .and_then(|saved| saved.lang);
    if let (None, Some(lang)) = (cli.options.lang, saved_lang) {
        crate::i18n::set_lang(lang);
    }
    let mut prompter = wizard::prompt::TerminalPrompter::new(color);
    let (report, mut situation) = match wizard::run(&library, &mut prompter)? {
        wizard::Outcome::Left => {
            prompter.say(&messages::left_guide());
            return Ok(exit::INTERRUPTED);
        }
        wizard::Outcome::Finished(done) => *done,
    };
    emit(&render::wrap(
        &format!(
            "\n{}",
            render::text::report_shown_by(&report, render::text::ShownBy::Guide)
        ),
        render::terminal_width(),
    ))?;
    if report.verdict != rules::Verdict::No {
        offer_steps(&library, &mut prompter, &report, &situation)?;
    }
    situation.lang = situation.lang.or(saved_lang);
    offer_profile(&mut prompter, &situation)?;
    Ok(report.verdict.exit_code())
}

/// The steps for the person's platform: Samsung's menus differ from stock Android's.
fn offer_steps(
    library: &Library,
    prompter: &mut dyn wizard::prompt::Prompter,
    report: &advisor::Report,
    situation: &situation::Situation,
) -> Result<()> {
    let device = match &report.device {
        Some(d) => library.device(&d.id)?,
        None => None,
    };
    let Some(platform) = steps::StepPlatform::for_phone(device.as_ref(), situation.os) else {
        return Ok(());
    };
    if let wizard::prompt::Reply::Answer(true) =
        prompter.confirm(&messages::offer_steps(platform), true)?
    {
        // Wi-Fi first: it is what most people mean by a hotspot.
        let connections = [steps::Via::Wifi, steps::Via::Usb, steps::Via::Bluetooth];
        let names: Vec<String> = connections.iter().map(|v| messages::via(*v)).collect();
        let via = match prompter.choose(&messages::which_connection(), &names, false)? {
            wizard::prompt::Reply::Answer(i) => connections[i],
            wizard::prompt::Reply::Back => steps::Via::Wifi,
        };
        let file = library.steps_for(Some(platform))?;
        let (guides, troubles) = steps::select(&file, platform, Some(via));
        emit(&render::wrap(
            &format!("\n{}", render::steps::text(platform, &guides, &troubles)),
            render::terminal_width(),
        ))?;
    }
    Ok(())
}

fn offer_profile(
    prompter: &mut dyn wizard::prompt::Prompter,
    situation: &situation::Situation,
) -> Result<()> {
    let Some(path) = profile::default_path() else {
        return Ok(());
    };
    if let wizard::prompt::Reply::Answer(true) =
        prompter.confirm(&messages::q_save_profile(), false)?
    {
        profile::save(&path, situation)?;
        prompter.say(&messages::profile_saved(&path.display().to_string()));
    }
    Ok(())
}

pub(crate) fn cap(cli: &Cli, args: &CapArgs) -> Result<u8> {
    let library = Library::open(cli.options.kb.as_deref())?;
    let report = lookup::cap(&library, &args.query(), kb::date::Date::today())?;
    emit(&match args.format {
        Format::Text => render::wrap(
            &render::cap::text(&report, args.explain, args.all),
            render::terminal_width(),
        ),
        Format::Json => render::cap::json(&report),
    })?;
    Ok(exit::SUCCESS)
}

pub(crate) fn meter(cli: &Cli, args: &crate::cli::MeterArgs) -> Result<u8> {
    use crate::meter::{self, counters::SystemCounters, interface, tips};
    use crate::render::meter::{Screen, Style};
    use std::io::IsTerminal;

    let saved = match args.profile {
        true => Some(profile_to_update()?),
        false => None,
    };
    let situation = match &saved {
        Some((_, profile)) => args.over(profile.clone()),
        None => args.situation(),
    };
    if let (None, Some(lang)) = (cli.options.lang, situation.lang) {
        crate::i18n::set_lang(lang);
    }
    let today = kb::date::Date::today();
    // Without a plan, a carrier or figures from the bill, the meter still counts; what is
    // left stays unknown.
    let plan_given =
        situation.plan.is_some() || situation.carrier.is_some() || situation.figures().any();
    let left = match plan_given {
        false => Err(meter::UnknownLeft::NoPlan),
        true => {
            let library = Library::open(cli.options.kb.as_deref())?;
            let query = lookup::CapQuery {
                terms: situation.clone(),
                plan: situation.plan.clone(),
                carrier: situation.carrier.clone(),
                used: situation.used,
                days_left: args.cycle.days_left,
                cycle_day: args.cycle.cycle_day,
            };
            meter::allotment(&lookup::cap(&library, &query, today)?, today)
        }
    };
    let mut source = SystemCounters::new();
    let choice = interface::choose(&mut source, args.interface.as_deref())?;
    let terminal = io::stdout().is_terminal();
    let style = match args.format {
        Format::Json => Style::Json,
        Format::Text if terminal && render::use_color(cli.options.color) => Style::Live,
        Format::Text => Style::Plain,
    };
    let start = meter::Start {
        choice,
        allotment: left.ok(),
        unknown_left: left.err(),
        tips: tips::for_os(tips::Os::this()),
    };
    let settings = meter::Settings {
        interval: std::time::Duration::from_secs(1),
        duration: args.duration.map(std::time::Duration::from_secs),
    };
    let bell = terminal && style != Style::Json;
    let mut screen = Screen::new(io::stdout(), style, bell, render::terminal_width());
    let stop = crate::tty::stop_on_signals();
    let total =
        meter::run(&mut source, &start, &settings, stop, &mut screen).map_err(|e| Error::Io {
            path: "standard output".into(),
            source: e,
        })?;
    if let (Some((path, _)), false) = (&saved, args.no_save) {
        if total.traffic.total() > 0 {
            let used = add_to_profile(path, &situation, total.traffic.total())?;
            // The total is saved; a reader that went away misses only this line.
            let _ = screen.profile_saved(used, &path.display().to_string());
        }
    }
    Ok(exit::SUCCESS)
}

/// The profile `meter --profile` reads and then updates: it must exist.
fn profile_to_update() -> Result<(std::path::PathBuf, situation::Situation)> {
    let path = profile::default_path().ok_or(UsageError::NoProfileDir)?;
    match profile::load(&path)? {
        Some(saved) => Ok((path, saved)),
        None => Err(UsageError::NoProfile(path).into()),
    }
}

/// Adds `metered` bytes to the data used that `situation` gives, and saves it as the
/// profile's, keeping everything else the profile holds as it is now. Gives the new figure.
fn add_to_profile(
    path: &std::path::Path,
    situation: &situation::Situation,
    metered: u64,
) -> Result<u64> {
    let before = situation.used.map_or(0, |u| u.bytes);
    let used = before.saturating_add(metered);
    let mut current = profile::load(path)?.unwrap_or_default();
    current.used = Some(crate::units::DataUsed {
        bytes: used,
        binary: false,
    });
    profile::save(path, &current)?;
    Ok(used)
}

pub(crate) fn devices(cli: &Cli, args: &crate::cli::DevicesArgs) -> Result<u8> {
    let library = Library::open(cli.options.kb.as_deref())?;
    let filter = lookup::DeviceFilter {
        query: args.query.clone(),
        maker: args.maker.clone(),
        esim: args.esim,
        // clap has matched a region's word or alias; `unknown` counts as a market not listed.
        bought_in: args
            .bought_in
            .as_deref()
            .map(|word| Region::parse(word).ok().flatten().unwrap_or(Region::Other)),
    };
    let rows = lookup::devices(&library, &filter)?;
    emit(&match args.format {
        Format::Text => render::devices::text(&rows, render::terminal_width()),
        Format::Json => render::devices::json(&rows),
    })?;
    Ok(exit::SUCCESS)
}

pub(crate) fn carriers(cli: &Cli, format: Format) -> Result<u8> {
    let library = Library::open(cli.options.kb.as_deref())?;
    let mut carriers = library.carriers()?;
    carriers.sort_by_key(|c| c.name.to_lowercase());
    emit(&match format {
        Format::Text => render::carriers::text(&carriers, render::terminal_width()),
        Format::Json => render::carriers::json(&carriers),
    })?;
    Ok(exit::SUCCESS)
}

pub(crate) fn plans(cli: &Cli, args: &PlansArgs) -> Result<u8> {
    let library = Library::open(cli.options.kb.as_deref())?;
    let filter = args.filter();
    let carriers = lookup::plan_carriers(&library, &filter)?;
    let rows = lookup::plans(&carriers, &filter)?;
    emit(&match args.format {
        Format::Text => render::plans::text(&rows, render::terminal_width()),
        Format::Json => render::plans::json(&rows),
    })?;
    drop(rows);
    left_for_exit(carriers);
    Ok(exit::SUCCESS)
}

/// Left for the system to take back as the process ends, which it does at once, rather than
/// freed a piece at a time: every carrier's plans, names and sources are some five thousand
/// pieces, and freeing them cost a twentieth of `plans`. Only for what a command has answered
/// from, never for a secret, which must be wiped as it is dropped.
fn left_for_exit<T>(answered_from: T) {
    std::mem::forget(answered_from);
}

pub(crate) fn stats(cli: &Cli, format: Format) -> Result<u8> {
    let library = Library::open(cli.options.kb.as_deref())?;
    let stats = kb::stats::gather(&library)?;
    emit(&match format {
        Format::Text => render::stats::text(&stats),
        Format::Json => render::json::finish(&stats.to_json()),
    })?;
    Ok(exit::SUCCESS)
}

pub(crate) fn show_steps(cli: &Cli, args: &StepsArgs) -> Result<u8> {
    let library = Library::open(cli.options.kb.as_deref())?;
    let (device, family) = match &args.device {
        Some(name) => phone_for_steps(&library, name)?,
        None => (None, None),
    };
    let carrier = match &args.carrier {
        Some(name) => Some(advisor::find_carrier(&library, name)?),
        None => None,
    };
    let platform = args
        .platform()
        .or(family)
        .or_else(|| steps::StepPlatform::for_phone(device.as_ref(), None))
        .unwrap_or(steps::StepPlatform::Ios);
    let file = library.steps_for(Some(platform))?;
    let (guides, troubles) = steps::select(&file, platform, args.via());
    let sells_travel = carrier
        .as_ref()
        .is_some_and(kb::model::Carrier::sells_travel);
    let subject = render::steps::Subject {
        device: device.as_ref().map(|d| d.name.as_str()),
        travel_seller: carrier
            .as_ref()
            .filter(|_| sells_travel)
            .map(|c| c.name.as_str()),
    };
    emit(&match args.format {
        Format::Text => render::wrap(
            &render::steps::text_for(platform, &subject, &guides, &troubles),
            render::terminal_width(),
        ),
        Format::Json => render::steps::json(platform, &guides, &troubles),
    })?;
    Ok(exit::SUCCESS)
}

/// The phone the steps are for; or, named by its family ("iphone", "galaxy s2"), no phone
/// but the family's steps, when all its phones share them.
fn phone_for_steps(
    library: &Library,
    name: &str,
) -> Result<(Option<kb::model::Device>, Option<steps::StepPlatform>)> {
    let members = match advisor::find_phones(library, name)? {
        advisor::NamedPhones::One(device) => return Ok((Some(*device), None)),
        advisor::NamedPhones::Family(members) => members,
    };
    let platforms: Vec<_> = members
        .iter()
        .map(|device| steps::StepPlatform::for_phone(Some(device), None))
        .collect();
    match platforms.first() {
        Some(Some(first)) if platforms.iter().all(|p| *p == Some(*first)) => {
            Ok((None, Some(*first)))
        }
        _ => Err(advisor::family_named(name, &members)),
    }
}

pub(crate) fn validate(dir: Option<&std::path::Path>, max_age: Option<u32>) -> Result<u8> {
    let mut library = Library::open_to_validate(dir)?;
    let mut problems = library.validate_all();
    // A file that does not load is among the problems already; its texts are not listed.
    let untranslated = kb::translations::untranslated(&library).unwrap_or_default();
    let stale = match (problems.is_empty(), max_age) {
        (true, Some(days)) => {
            kb::stats::older_than(&library, i64::from(days), kb::date::Date::today())?
        }
        _ => Vec::new(),
    };
    // The worked examples with a password build the password estimator's dictionaries, the
    // largest thing the program holds: what the files and the other examples needed is let go
    // before them, so that the two are not held at once.
    if problems.is_empty() {
        let failures =
            advisor::check_examples_passwords_last(&mut library, Library::let_go_of_parsed_files)?;
        problems.extend(failures.iter().map(ToString::to_string));
    }
    if problems.is_empty() {
        problems.extend(stale);
    }
    let mut text = String::new();
    for missing in untranslated {
        text.push_str(&crate::text::sanitize(&messages::untranslated(&missing)));
        text.push('\n');
    }
    if problems.is_empty() {
        text.push_str(&format!("{}\n", messages::kb_valid()));
        emit(&text)?;
        return Ok(exit::SUCCESS);
    }
    for problem in &problems {
        text.push_str(&format!("{}\n", crate::text::sanitize(problem)));
    }
    text.push_str(&format!("{}\n", messages::problems_found(problems.len())));
    emit(&text)?;
    Ok(exit::ERROR)
}

/// Writes to standard output; a reader that went away (`| head`) is not an error.
pub(crate) fn emit(text: &str) -> Result<()> {
    emit_bytes(text.as_bytes())
}

/// [`emit`] for bytes that are not known to be UTF-8 (a script, a manual page).
fn emit_bytes(bytes: &[u8]) -> Result<()> {
    let mut stdout = io::stdout().lock();
    match stdout.write_all(bytes).and_then(|()| stdout.flush()) {
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => Err(Error::Io {
            path: "standard output".into(),
            source: e,
        }),
        _ => Ok(()),
    }
}

pub(crate) fn schema(kind: &str) -> Result<u8> {
    let text = kb::schema::schema(kind).ok_or_else(|| UsageError::NoSchema(kind.to_string()))?;
    emit(&text)?;
    Ok(exit::SUCCESS)
}

pub(crate) fn completions(shell: clap_complete::Shell) -> Result<u8> {
    emit_bytes(&manual::completions(shell))?;
    Ok(exit::SUCCESS)
}

pub(crate) fn man() -> Result<u8> {
    emit_bytes(&manual::page())?;
    Ok(exit::SUCCESS)
}
