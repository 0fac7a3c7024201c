use std::process::ExitCode;

use clap::FromArgMatches;
use esim_hotspot::{cli, error::Error, exit, i18n, run};

fn main() -> ExitCode {
    let args: Vec<_> = cli::typed_args(std::env::args_os()).collect();
    // A first look at the language, so that --help and clap's own errors speak it; `run`
    // settles it from the parsed flags.
    let lang = cli::lang_asked(args.iter().cloned(), |name| std::env::var(name).ok());
    i18n::set_lang(lang);
    // The quick tree parses; what it cannot is said by the whole tree, in the reader's language.
    let parsed = cli::parsing_command()
        .try_get_matches_from(&args)
        .or_else(|_| cli::command_in(lang).try_get_matches_from(args));
    let mut matches = match parsed {
        Ok(matches) => matches,
        Err(e) => match cli::own_error(&e) {
            Some(error) => {
                eprintln!("esim-hotspot: {error}");
                return ExitCode::from(error.exit_code());
            }
            None => match esim_hotspot::cli_words::error_in(&e, lang) {
                Some(said) => {
                    eprint!("{said}");
                    return ExitCode::from(exit_code_of(&e));
                }
                None => e.exit(),
            },
        },
    };
    let cli = cli::Cli::from_arg_matches_mut(&mut matches).unwrap_or_else(|e| e.exit());
    match run(cli) {
        Ok(code) => code,
        Err(Error::Interrupted) => ExitCode::from(exit::INTERRUPTED),
        Err(error) => {
            eprintln!("esim-hotspot: {error}");
            ExitCode::from(error.exit_code())
        }
    }
}

/// The code clap would exit with for `error`: 2 for a mistake, 0 for help and the version.
fn exit_code_of(error: &clap::Error) -> u8 {
    u8::try_from(error.exit_code()).unwrap_or(exit::ERROR)
}

/// zxcvbn calls one function of the C maths library, `log10`, for a figure this program never
/// shows; that call alone made the dynamic loader open and link the library at every start,
/// about a seventh of what starting costs. The program gives the function itself, from the
/// Rust port of the same C code, so the library is not loaded. A test checks it is not.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
#[no_mangle]
pub extern "C" fn log10(x: f64) -> f64 {
    libm::log10(x)
}
