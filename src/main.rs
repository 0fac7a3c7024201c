use std::process::ExitCode;

use clap::Parser;
use esim_hotspot::{cli::Cli, exit, run};

fn main() -> ExitCode {
    match run(Cli::parse()) {
        Ok(code) => code,
        Err(error) => {
            eprintln!("esim-hotspot: {error}");
            ExitCode::from(exit::ERROR)
        }
    }
}
