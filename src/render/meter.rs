//! `meter` on screen: one line redrawn in place on a terminal that takes colour and Unicode,
//! a plain ASCII line an interval anywhere else, or one JSON object an interval for scripts.

use std::io::{self, Write};

use colored::Colorize;
use jiff::Timestamp;
use serde_json::{json, Value};

use crate::kb::date::{self, Date};
use crate::messages;
use crate::meter::interface::{Chosen, Network};
use crate::meter::pace::Warning;
use crate::meter::{Allotment, Reading, RunsOut, Show, Start, Total, UnknownLeft};
use crate::text::sanitize;
use crate::tr;
use crate::units::{format_bytes, Allowance, Speed};

/// How the readings are drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    /// One line redrawn in place, with a bar of block characters.
    Live,
    /// ASCII only, one line an interval: for a pipe, a log, `NO_COLOR` or `TERM=dumb`.
    Plain,
    /// One JSON object a line.
    Json,
}

/// Narrower than this, a terminal's width is taken as not known.
const MIN_WIDTH: u16 = 20;

/// Draws the meter on `out`.
pub struct Screen<W: Write> {
    out: W,
    style: Style,
    /// Ring the terminal's bell with a warning (only when it is a terminal).
    bell: bool,
    /// The terminal's width, to keep the live line on one row.
    width: Option<u16>,
    allotment: Option<Allotment>,
    interface: String,
    /// A live line is on screen, to be cleared before anything else is written.
    drawn: bool,
}

impl<W: Write> Screen<W> {
    pub fn new(out: W, style: Style, bell: bool, width: Option<u16>) -> Screen<W> {
        Screen {
            out,
            style,
            bell,
            width,
            allotment: None,
            interface: String::new(),
            drawn: false,
        }
    }

    /// Writes whole lines, first clearing a live line if one is drawn.
    fn lines(&mut self, text: &str) -> io::Result<()> {
        if std::mem::take(&mut self.drawn) {
            write!(self.out, "\r\x1b[K")?;
        }
        self.out.write_all(text.as_bytes())?;
        self.out.flush()
    }

    /// A line the profile's update gives: text, or a JSON object.
    pub fn profile_saved(&mut self, used: u64, path: &str) -> io::Result<()> {
        let text = match self.style {
            Style::Json => json_line(&json!({"kind": "profile", "used_bytes": used})),
            _ => format!(
                "{}\n",
                tr!(
                    "meter-profile-saved",
                    used = format_bytes(used),
                    path = sanitize(path)
                )
            ),
        };
        self.lines(&text)
    }
}

impl<W: Write> Show for Screen<W> {
    fn start(&mut self, start: &Start) -> io::Result<()> {
        self.allotment = start.allotment;
        self.interface = start.choice.interface.name.clone();
        let text = match self.style {
            Style::Json => json_line(&start_json(start)),
            Style::Live | Style::Plain => start_text(start),
        };
        self.lines(&text)
    }

    fn reading(&mut self, reading: &Reading) -> io::Result<()> {
        if self.style == Style::Json {
            return self.lines(&json_line(&reading_json(reading)));
        }
        if let Some(warning) = reading.warning {
            let left = self.allotment.and_then(|a| a.left.bytes()).unwrap_or(0);
            let mut text = format!("{}\n", warning_text(warning, left).yellow().bold());
            if self.bell {
                text.push('\x07');
            }
            self.lines(&text)?;
        }
        let line = reading_line(
            reading,
            self.allotment.as_ref(),
            self.style,
            Timestamp::now(),
        );
        match self.style {
            Style::Live => {
                let line = match self.width {
                    // One column spare: a line that fills the row would wrap the cursor. A
                    // terminal that gives no real width (0 from some pseudo-terminals) is not
                    // cut to nothing.
                    Some(width) if width >= MIN_WIDTH => {
                        console::truncate_str(&line, usize::from(width) - 1, "…").into_owned()
                    }
                    _ => line,
                };
                write!(self.out, "\r\x1b[K{line}")?;
                self.drawn = true;
                self.out.flush()
            }
            _ => self.lines(&format!("{line}\n")),
        }
    }

    fn end(&mut self, total: &Total) -> io::Result<()> {
        let text = match self.style {
            Style::Json => json_line(&json!({
                "kind": "total",
                "interface": self.interface,
                "rx_bytes": total.traffic.rx,
                "tx_bytes": total.traffic.tx,
                "total_bytes": total.traffic.total(),
                "elapsed_s": total.elapsed.as_secs_f64(),
            })),
            _ => format!(
                "{}\n",
                tr!(
                    "meter-total",
                    total = format_bytes(total.traffic.total()),
                    rx = format_bytes(total.traffic.rx),
                    tx = format_bytes(total.traffic.tx),
                    time = elapsed_words(total.elapsed.as_secs()),
                    name = sanitize(&self.interface)
                )
                .bold()
            ),
        };
        self.lines(&text)
    }
}

/// The interface, how it was chosen, what its address says, what is left, and the tips.
pub fn start_text(start: &Start) -> String {
    let choice = &start.choice;
    let name = sanitize(&choice.interface.name);
    let mut out = match choice.chosen {
        Chosen::Asked => tr!("meter-interface", name = name),
        Chosen::DefaultRoute => tr!("meter-interface-route", name = name),
        Chosen::Busiest => tr!("meter-interface-busiest", name = name),
    };
    let address = choice
        .interface
        .addresses
        .iter()
        .find(|a| a.is_ipv4())
        .map(ToString::to_string)
        .unwrap_or_default();
    out.push('\n');
    out.push_str(&tr!(
        "meter-network",
        kind = choice.network.as_str(),
        address = address
    ));
    out.push('\n');
    match (start.allotment, start.unknown_left) {
        (Some(allotment), _) => out.push_str(&allotment_text(&allotment)),
        (None, Some(UnknownLeft::NoBudget(reason))) => {
            out.push_str(&format!(
                "{}{}\n",
                messages::plain_label(messages::no_budget()),
                super::cap::no_budget_sentence(reason)
            ));
        }
        (None, Some(UnknownLeft::NoUsed)) => {
            out.push_str(&format!("{}\n", tr!("meter-needs-used")))
        }
        (None, _) => out.push_str(&format!("{}\n", tr!("meter-no-plan"))),
    }
    if !start.tips.is_empty() {
        out.push_str(&format!("{}\n", tr!("meter-tips").dimmed()));
        for tip in &start.tips {
            let words = tr!(&format!("meter-tip-{}", tip.id));
            out.push_str(&format!("  · {words}\n    {}\n", tip.source.dimmed()));
        }
    }
    out.push_str(&format!("{}\n", tr!("meter-stop-hint").dimmed()));
    out
}

fn allotment_text(allotment: &Allotment) -> String {
    let mut out = match (allotment.left, allotment.allowance) {
        (Allowance::Bytes(left), Allowance::Bytes(allowance)) => tr!(
            "meter-left-at-start",
            left = format_bytes(left),
            allowance = format_bytes(allowance),
            used = format_bytes(allotment.used_before)
        ),
        _ => tr!("meter-unlimited"),
    };
    out.push('\n');
    if let Some(reset) = allotment.reset {
        out.push_str(&tr!("meter-resets", time = clock(reset, Timestamp::now())));
        out.push('\n');
    }
    out
}

/// The reading in one line: the bar and what is used of the allowance, the rate, when it
/// runs out, the bytes each way, and the last minute's rate.
pub fn reading_line(
    reading: &Reading,
    allotment: Option<&Allotment>,
    style: Style,
    now: Timestamp,
) -> String {
    let live = style == Style::Live;
    let mut parts = Vec::new();
    if let (Some(used), Some(Allowance::Bytes(allowance))) =
        (reading.used, allotment.map(|a| a.allowance))
    {
        parts.push(format!(
            "{} {}",
            bar(used, allowance, live),
            tr!(
                "meter-of",
                used = format_bytes(used),
                allowance = format_bytes(allowance)
            )
        ));
    }
    parts.push(rate(reading.rate_now));
    match (reading.left, reading.runs_out) {
        (Some(Allowance::Bytes(0)), _) => parts.push(tr!("meter-used-up")),
        (_, Some(runs_out)) => parts.push(runs_out_words(runs_out, now)),
        _ => {}
    }
    let (rx, tx) = (
        format_bytes(reading.traffic.rx),
        format_bytes(reading.traffic.tx),
    );
    parts.push(if live {
        tr!("meter-traffic", rx = rx, tx = tx)
    } else {
        tr!("meter-traffic-plain", rx = rx, tx = tx)
    });
    if let Some(minute) = reading.rate_minute {
        parts.push(tr!("meter-minute", rate = rate(Some(minute))));
    }
    parts.join(if live { " · " } else { " | " })
}

/// Ten cells, filled for the part of the allowance used.
fn bar(used: u64, allowance: u64, live: bool) -> String {
    const CELLS: u64 = 10;
    let filled = super::filled_cells(used, allowance, CELLS);
    let (full, empty) = (filled as usize, (CELLS - filled) as usize);
    if live {
        let cells = format!("{}{}", "█".repeat(full), "░".repeat(empty));
        if filled >= 8 {
            cells.yellow().to_string()
        } else {
            cells
        }
    } else {
        format!("[{}{}]", "#".repeat(full), "-".repeat(empty))
    }
}

fn rate(bits_per_second: Option<u64>) -> String {
    let kbps = bits_per_second.unwrap_or(0).saturating_add(500) / 1000;
    Speed::Kbps(kbps).to_string()
}

fn runs_out_words(runs_out: RunsOut, now: Timestamp) -> String {
    let reset = match runs_out.before_reset {
        Some(true) => "before",
        Some(false) => "after",
        None => "unknown",
    };
    tr!(
        "meter-runs-out",
        time = clock(runs_out.at, now),
        reset = reset
    )
}

/// A time on the person's clock: `18:40` today, `2026-12-03 18:40` another day.
fn clock(at: Timestamp, now: Timestamp) -> String {
    let zone = date::local();
    let local = at.to_zoned_datetime(zone.clone());
    let time = format!("{:02}:{:02}", local.hour(), local.minute());
    if Date::on(at, zone) == Date::on(now, zone) {
        time
    } else {
        format!("{} {time}", Date::on(at, zone))
    }
}

fn warning_text(warning: Warning, left_at_start: u64) -> String {
    tr!(
        "meter-warning",
        percent = warning.percent(),
        left = format_bytes(left_at_start)
    )
}

/// "45 s", "12 min 5 s", "1 h 12 min".
fn elapsed_words(seconds: u64) -> String {
    let (h, m, s) = (seconds / 3600, seconds % 3600 / 60, seconds % 60);
    match (h, m) {
        (0, 0) => tr!("meter-seconds", s = s),
        (0, _) => format!("{} {}", tr!("minutes", m = m), tr!("meter-seconds", s = s)),
        _ => format!("{} {}", tr!("hours", h = h), tr!("minutes", m = m)),
    }
}

fn start_json(start: &Start) -> Value {
    let choice = &start.choice;
    let allotment = start.allotment;
    json!({
        "kind": "start",
        "interface": choice.interface.name,
        "chosen": choice.chosen.as_str(),
        "network": choice.network.as_str(),
        "looks_like_hotspot": matches!(choice.network, Network::IphoneHotspot | Network::AndroidHotspot),
        "addresses": choice.interface.addresses.iter().map(ToString::to_string).collect::<Vec<_>>(),
        "allowance_bytes": allotment.and_then(|a| a.allowance.bytes()),
        "used_before_bytes": allotment.map(|a| a.used_before),
        "remaining_bytes": allotment.and_then(|a| a.left.bytes()),
        "remaining_unlimited": allotment.map(|a| a.left == Allowance::Unlimited),
        "reset_at": allotment.and_then(|a| a.reset).map(rfc3339),
        "tips": start.tips.iter().map(|t| json!({
            "id": t.id,
            "text": tr!(&format!("meter-tip-{}", t.id)),
            "source": t.source,
            "checked": t.checked,
        })).collect::<Vec<_>>(),
    })
}

fn reading_json(reading: &Reading) -> Value {
    json!({
        "kind": "sample",
        "elapsed_s": reading.elapsed.as_secs_f64(),
        "rx_bytes": reading.traffic.rx,
        "tx_bytes": reading.traffic.tx,
        "rate_bps": reading.rate_now.unwrap_or(0),
        "rate_1min_bps": reading.rate_minute.unwrap_or(0),
        "used_bytes": reading.used,
        "remaining_bytes": reading.left.and_then(Allowance::bytes),
        "remaining_unlimited": reading.left.map(|l| l == Allowance::Unlimited),
        "runs_out_at": reading.runs_out.map(|r| rfc3339(r.at)),
        "runs_out_before_reset": reading.runs_out.and_then(|r| r.before_reset),
        "warning_percent": reading.warning.map(Warning::percent),
    })
}

/// An instant in RFC 3339, to the second, in UTC.
fn rfc3339(at: Timestamp) -> String {
    Timestamp::from_second(at.as_second())
        .unwrap_or(at)
        .to_string()
}

fn json_line(value: &Value) -> String {
    let mut text = serde_json::to_string(value).unwrap_or_else(|_| "{}".into());
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::meter::counters::Counters;
    use std::time::Duration;

    fn reading(used: u64, runs_out: Option<RunsOut>) -> Reading {
        Reading {
            elapsed: Duration::from_secs(1),
            traffic: Counters {
                rx: 2_900_000,
                tx: 200_000,
            },
            rate_now: Some(2_400_000),
            rate_minute: Some(1_900_000),
            left: Some(Allowance::Bytes(5_000_000_000 - used)),
            used: Some(used),
            runs_out,
            warning: None,
        }
    }

    fn allotment() -> Allotment {
        Allotment {
            allowance: Allowance::Bytes(5_000_000_000),
            used_before: 3_000_000_000,
            left: Allowance::Bytes(2_000_000_000),
            reset: None,
        }
    }

    #[test]
    fn the_plain_line_is_ascii_with_a_bar() {
        crate::i18n::set_lang(crate::i18n::Lang::En);
        let line = reading_line(
            &reading(3_100_000_000, None),
            Some(&allotment()),
            Style::Plain,
            Timestamp::now(),
        );
        assert!(line.is_ascii(), "{line}");
        assert!(
            line.starts_with("[######----] 3.1 GB of 5 GB | 2.4 Mbps | down 2.9 MB, up 200 KB"),
            "{line}"
        );
    }

    #[test]
    fn the_live_line_has_blocks_and_when_it_runs_out() {
        crate::i18n::set_lang(crate::i18n::Lang::En);
        let now = Timestamp::now();
        let runs_out = RunsOut {
            at: now,
            before_reset: Some(true),
        };
        let line = reading_line(
            &reading(3_100_000_000, Some(runs_out)),
            Some(&allotment()),
            Style::Live,
            now,
        );
        assert!(
            line.starts_with("██████░░░░ 3.1 GB of 5 GB · 2.4 Mbps · runs out "),
            "{line}"
        );
        assert!(line.contains("before the reset"), "{line}");
    }

    #[test]
    fn without_a_plan_the_line_has_no_bar() {
        crate::i18n::set_lang(crate::i18n::Lang::En);
        let mut r = reading(0, None);
        (r.used, r.left) = (None, None);
        let line = reading_line(&r, None, Style::Plain, Timestamp::now());
        assert!(line.starts_with("2.4 Mbps | down"), "{line}");
    }

    #[test]
    fn the_bar_fills_with_what_is_used() {
        assert_eq!(bar(0, 100, false), "[----------]");
        assert_eq!(bar(55, 100, false), "[#####-----]");
        assert_eq!(bar(500, 100, false), "[##########]");
        assert_eq!(
            bar(0, 0, false),
            "[##########]",
            "nothing to use is all used"
        );
    }

    #[test]
    fn elapsed_time_in_words() {
        crate::i18n::set_lang(crate::i18n::Lang::En);
        assert_eq!(elapsed_words(45), "45 s");
        assert_eq!(elapsed_words(725), "12 min 5 s");
        assert_eq!(elapsed_words(4_320), "1 h 12 min");
    }
}
