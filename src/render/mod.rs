//! Turning a report into text for a person or JSON for a script. Renderers never decide.

pub mod cap;
pub mod carriers;
pub mod devices;
pub mod json;
pub mod meter;
pub mod plans;
pub mod stats;
pub mod steps;
pub mod table;
pub mod text;
mod wrap;

pub use wrap::wrap;

use std::io::{self, IsTerminal};

use crate::cli::ColorChoice;
use crate::kb::date::Date;
use crate::messages;
use crate::units::format_bytes;

/// Colour only where a person reads it: a terminal, `NO_COLOR` unset or empty, `TERM` not dumb.
pub fn use_color(choice: ColorChoice) -> bool {
    let set =
        |name: &str, off: &str| std::env::var_os(name).is_some_and(|v| !v.is_empty() && v != off);
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        // `NO_COLOR` turns colour off; else `CLICOLOR_FORCE` (not 0) turns it on even in a
        // pipe, as `less -R` or a CI log viewer wants; else only a terminal gets it.
        ColorChoice::Auto if set("NO_COLOR", "") => false,
        ColorChoice::Auto if set("CLICOLOR_FORCE", "0") => true,
        ColorChoice::Auto => {
            io::stdout().is_terminal() && std::env::var("TERM").map_or(true, |t| t != "dumb")
        }
    }
}

/// Applies the colour choice to everything that prints.
pub fn set_color(enabled: bool) {
    colored::control::set_override(enabled);
}

/// Narrower than this, a terminal's reported width is not believed: a pseudo-terminal that
/// was never sized reports 0.
const MIN_TERMINAL_WIDTH: u16 = 20;

/// The terminal's width when standard output is one; `None` when piped or when the terminal
/// gives no usable width.
pub fn terminal_width() -> Option<u16> {
    if !io::stdout().is_terminal() {
        return None;
    }
    console::Term::stdout()
        .size_checked()
        .map(|(_, w)| w)
        .filter(|w| *w >= MIN_TERMINAL_WIDTH)
}

/// Cells in a usage bar: wide enough to read a tenth at a glance, short enough for any line.
const BAR_CELLS: u64 = 20;

/// Data used against an allowance, as a bar where the terminal draws one:
/// `████████████████░░░░ 42 GB of 50 GB · 8 GB left · resets Dec 12`. Without colour (a pipe,
/// `NO_COLOR`, `TERM=dumb`) the bar is left out and the figures stay.
pub fn usage_line(used: u64, total: u64, resets: Option<Date>) -> String {
    let mut parts = vec![messages::used_of(&format_bytes(used), &format_bytes(total))];
    match total.checked_sub(used) {
        Some(0) => parts.push(messages::all_used()),
        Some(left) => parts.push(messages::bytes_left(&format_bytes(left))),
        None => parts.push(messages::over_by(&format_bytes(used - total))),
    }
    if let Some(day) = resets {
        parts.push(messages::resets_on(day));
    }
    let figures = parts.join(" · ");
    if colored::control::SHOULD_COLORIZE.should_colorize() {
        format!("{} {figures}", usage_bar(used, total))
    } else {
        figures
    }
}

fn usage_bar(used: u64, total: u64) -> String {
    let filled = filled_cells(used, total, BAR_CELLS);
    let mut bar = "█".repeat(filled as usize);
    bar.push_str(&"░".repeat((BAR_CELLS - filled) as usize));
    bar
}

/// How many of `cells` a bar of `used` against `total` fills: rounded down, so a bar is full
/// only when all is used (and full when there was nothing to use).
pub fn filled_cells(used: u64, total: u64, cells: u64) -> u64 {
    match total {
        0 => cells,
        _ => (u128::from(used.min(total)) * u128::from(cells) / u128::from(total)) as u64,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bar_fills_with_use_and_is_full_only_when_all_is_used() {
        assert_eq!(usage_bar(0, 50), "░".repeat(20));
        assert_eq!(
            usage_bar(42, 50),
            format!("{}{}", "█".repeat(16), "░".repeat(4))
        );
        assert_eq!(usage_bar(49, 50), format!("{}{}", "█".repeat(19), "░"));
        assert_eq!(usage_bar(50, 50), "█".repeat(20));
        assert_eq!(usage_bar(70, 50), "█".repeat(20));
        assert_eq!(usage_bar(1, 0), "█".repeat(20));
        assert_eq!(usage_bar(u64::MAX, u64::MAX), "█".repeat(20));
    }
}
