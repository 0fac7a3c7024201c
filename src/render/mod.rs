//! Turning a report into text for a person or JSON for a script. Renderers never decide.

pub mod cap;
pub mod carriers;
pub mod devices;
pub mod json;
pub mod plans;
pub mod stats;
pub mod steps;
pub mod text;

use std::io::{self, IsTerminal};

use crate::cli::ColorChoice;

/// Colour only where a person reads it: a terminal, `NO_COLOR` unset or empty, `TERM` not dumb.
pub fn use_color(choice: ColorChoice) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            io::stdout().is_terminal()
                && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                && std::env::var("TERM").map_or(true, |t| t != "dumb")
        }
    }
}

/// Applies the colour choice to everything that prints.
pub fn set_color(enabled: bool) {
    colored::control::set_override(enabled);
}

/// The terminal's width when standard output is one; `None` when piped.
pub fn terminal_width() -> Option<u16> {
    if !io::stdout().is_terminal() {
        return None;
    }
    crossterm::terminal::size().ok().map(|(w, _)| w)
}
