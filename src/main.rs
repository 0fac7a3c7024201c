use std::process::ExitCode;

use clap::Parser;
use esim_hotspot::{cli::Cli, error::Error, exit, run};

fn main() -> ExitCode {
    match run(Cli::parse()) {
        Ok(code) => code,
        Err(Error::Interrupted) => ExitCode::from(exit::INTERRUPTED),
        Err(error) => {
            eprintln!("esim-hotspot: {error}");
            ExitCode::from(error.exit_code())
        }
    }
}
