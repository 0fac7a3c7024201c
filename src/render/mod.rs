//! Turning a report into text for a person or JSON for a script. Renderers never decide.

pub mod cap;
pub mod carriers;
pub mod devices;
pub mod json;
pub mod meter;
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

/// A table that fits the terminal: bordered and wrapped to `width`, or, when piped (`None`),
/// plain columns with no wrapping, for scripts and `grep`.
pub fn table(width: Option<u16>) -> comfy_table::Table {
    use comfy_table::{presets, ContentArrangement, Table};
    let mut table = Table::new();
    match width {
        Some(w) => {
            table
                .load_preset(presets::UTF8_BORDERS_ONLY)
                .set_content_arrangement(ContentArrangement::Dynamic)
                .set_width(w);
        }
        None => {
            table
                .load_preset(presets::NOTHING)
                .force_no_tty()
                .set_content_arrangement(ContentArrangement::Disabled);
        }
    }
    table
}

/// The table's text, each line ended; a borderless table pads every line to the widest, and
/// trailing spaces help nobody.
pub fn table_text(table: &comfy_table::Table) -> String {
    table
        .to_string()
        .lines()
        .map(|line| format!("{}\n", line.trim_end()))
        .collect()
}
