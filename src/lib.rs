//! esim-hotspot: can a US eSIM's data be shared through a phone's hotspot, how much, and how
//! is it set up safely?
//!
//! Data flows one way: input (flags) → [`situation::Situation`] → facts → the rules
//! [`rules::engine`] → [`advisor::Report`] → [`render`] (text or JSON).

pub mod advisor;
pub mod allocator;
pub mod budget;
pub mod choice;
pub mod cli;
pub mod cli_words;
mod commands;
pub mod error;
pub mod exit;
pub mod facts;
pub mod i18n;
pub mod input;
pub mod kb;
pub mod lang;
pub mod lookup;
pub mod manual;
pub mod messages;
pub mod meter;
pub mod password;
pub mod profile;
pub mod render;
pub mod rules;
pub mod scalar;
pub mod situation;
pub mod steps;
pub mod text;
pub mod tty;
pub mod units;
pub mod usage;
pub mod wizard;
pub mod written;

use cli::{Cli, Command, KbCommand};
use error::Result;

/// Runs one command and gives its exit status (see [`exit`]); the caller prints the error, once.
pub fn run(cli: Cli) -> Result<u8> {
    i18n::set_lang(
        cli.options
            .lang
            .unwrap_or_else(|| i18n::Lang::from_locale(|name| std::env::var(name).ok())),
    );
    let color = render::use_color(cli.options.color);
    render::set_color(color);
    match &cli.command {
        Some(Command::Check(args)) => commands::check(&cli, args),
        Some(Command::Guide) | None => commands::guide(&cli, color),
        Some(Command::Cap(args)) => commands::cap(&cli, args),
        Some(Command::Plans(args)) => commands::plans(&cli, args),
        Some(Command::Devices(args)) => commands::devices(&cli, args),
        Some(Command::Carriers(args)) => commands::carriers(&cli, args.format),
        Some(Command::Steps(args)) => commands::show_steps(&cli, args),
        Some(Command::Meter(args)) => commands::meter(&cli, args),
        Some(Command::Kb(KbCommand::Validate { dir, max_age })) => {
            commands::validate(dir.as_deref().or(cli.options.kb.as_deref()), *max_age)
        }
        Some(Command::Kb(KbCommand::Stats { format })) => commands::stats(&cli, *format),
        Some(Command::Kb(KbCommand::Schema { kind })) => commands::schema(kind),
        Some(Command::Completions(args)) => commands::completions(args.shell),
        Some(Command::Man) => commands::man(),
    }
}

/// The unit tests run on the program's allocator (see `main.rs`), many at once on their
/// threads: every test also tests it.
#[cfg(test)]
#[global_allocator]
static TEST_ALLOCATOR: allocator::SizeClasses = allocator::SizeClasses::new();

#[cfg(test)]
mod tests {
    /// The unwinder is linked into the program rather than loaded (see build.rs): a panic
    /// still runs the drops of what it leaves, which is how the guide gives the terminal
    /// back, and is caught where the program catches it.
    #[test]
    fn a_panic_unwinds_through_drops_and_is_caught() {
        use std::sync::atomic::{AtomicBool, Ordering};
        static DROPPED: AtomicBool = AtomicBool::new(false);
        struct Restores;
        impl Drop for Restores {
            fn drop(&mut self) {
                DROPPED.store(true, Ordering::SeqCst);
            }
        }
        let caught = std::panic::catch_unwind(|| {
            let _terminal = Restores;
            panic!("on purpose");
        });
        assert!(caught.is_err());
        assert!(DROPPED.load(Ordering::SeqCst));
    }
}
