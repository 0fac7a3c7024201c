use std::process::ExitCode;

use clap::FromArgMatches;
use esim_hotspot::{cli, error::Error, exit, i18n, run};

fn main() -> ExitCode {
    let lang = cli::lang_asked(cli::typed_args(std::env::args_os()), |name| {
        std::env::var(name).ok()
    });
    i18n::set_lang(lang);
    let matches = cli::command_in(lang).get_matches_from(cli::typed_args(std::env::args_os()));
    let cli = cli::Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit());
    match run(cli) {
        Ok(code) => code,
        Err(Error::Interrupted) => ExitCode::from(exit::INTERRUPTED),
        Err(error) => {
            eprintln!("esim-hotspot: {error}");
            ExitCode::from(error.exit_code())
        }
    }
}
