//! esim-hotspot: can a US eSIM's data be shared through a phone's hotspot, how much, and how
//! is it set up safely?
//!
//! Data flows one way: input (flags) → [`situation::Situation`] → facts → the rules
//! [`rules::engine`] → [`advisor::Report`] → [`render`] (text or JSON).

pub mod advisor;
pub mod cli;
pub mod error;
pub mod exit;
pub mod facts;
pub mod kb;
pub mod messages;
pub mod render;
pub mod rules;
pub mod scalar;
pub mod situation;
pub mod text;
pub mod units;

use std::io::{self, Write};
use std::process::ExitCode;

use cli::{CheckArgs, Cli, Command, Format, KbCommand};
use error::{Error, Result};
use kb::Library;

/// Runs one command; the caller prints the error, once.
pub fn run(cli: Cli) -> Result<ExitCode> {
    render::set_color(render::use_color(cli.color));
    match &cli.command {
        Some(Command::Check(args)) => check(&cli, args),
        Some(Command::Kb(KbCommand::Validate { dir })) => {
            validate(dir.as_deref().or(cli.kb.as_deref()))
        }
        None => Err(Error::usage(messages::NO_SUBCOMMAND)),
    }
}

fn check(cli: &Cli, args: &CheckArgs) -> Result<ExitCode> {
    let library = Library::open(cli.kb.as_deref())?;
    let report = advisor::advise(&library, &args.situation(), args.explain)?;
    let output = match args.format {
        Format::Text => render::text::report(&report),
        Format::Json => render::json::report(&report),
    };
    emit(&output)?;
    Ok(exit::for_verdict(report.verdict))
}

fn validate(dir: Option<&std::path::Path>) -> Result<ExitCode> {
    let library = Library::open(dir)?;
    let mut problems: Vec<String> = library
        .validate_all()
        .iter()
        .map(ToString::to_string)
        .collect();
    if problems.is_empty() {
        problems.extend(
            advisor::check_examples(&library)?
                .iter()
                .map(ToString::to_string),
        );
    }
    if problems.is_empty() {
        emit(&format!("{}\n", messages::KB_VALID))?;
        return Ok(ExitCode::from(exit::SUCCESS));
    }
    let mut text = String::new();
    for problem in &problems {
        text.push_str(&format!("{problem}\n"));
    }
    text.push_str(&format!("{}\n", messages::problems_found(problems.len())));
    emit(&text)?;
    Ok(ExitCode::from(exit::ERROR))
}

/// Writes to standard output; a reader that went away (`| head`) is not an error.
fn emit(text: &str) -> Result<()> {
    let mut stdout = io::stdout().lock();
    match stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => Err(Error::Io {
            path: "standard output".into(),
            source: e,
        }),
        _ => Ok(()),
    }
}
