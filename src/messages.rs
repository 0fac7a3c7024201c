//! Every sentence the program itself says, in one place, so that a translation is one file.
//! (The knowledge base carries its own text, with `{en, zh}` maps where translated.)

use crate::kb::model::Tri;
use crate::rules::condition::Truth;
use crate::rules::Verdict;
use crate::units::{Allowance, Known, Speed};

pub const FINDINGS: &str = "Findings";
pub const SOURCE: &str = "source:";
pub const TO_DECIDE: &str = "To decide, find out:";
pub const NOT_CHECKED: &str = "Not checked (these could add a limit or a warning):";
pub const TRACE: &str = "Every rule, fired or not:";
pub const NOT_GIVEN: &str = "not given";
pub const REPEAT: &str = "Repeat with:";
pub const CARRIER: &str = "Carrier:";
pub const PLAN: &str = "Plan:";
pub const DEVICE: &str = "Device:";
pub const HOTSPOT: &str = "Hotspot:";
pub const PLAN_FACTS: &str = "Plan facts:";
pub const UNDATED: &str = "the page carries no date";
pub const KB_VALID: &str = "knowledge base OK";
pub const NO_SUBCOMMAND: &str = "say what to do: `esim-hotspot check --carrier NAME --plan NAME …` gives a verdict (see `esim-hotspot --help`)";

pub const HINT_UNLISTED_DEVICE: &str =
    "If your phone is not listed, leave out --device and say whether the eSIM is on it with --esim.";
pub const HINT_UNLISTED_CARRIER: &str =
    "Use --carrier other if yours is not listed (`esim-hotspot kb validate` checks a directory of your own).";
pub const HINT_PLAN_NEEDS_CARRIER: &str = "Give --carrier too, to look in one carrier's plans.";
pub const HINT_CHOOSE_CARRIER: &str = "Give --carrier to choose.";

/// "15 GB at full speed per month, then 600 kbps", or what is known of it.
pub fn allowance_in_words(
    included: Tri,
    high_speed: Known<Allowance>,
    after_cap: Option<Speed>,
) -> String {
    let then = match after_cap {
        Some(Speed::Blocked) => ", then hotspot stops until the next billing cycle".to_string(),
        Some(speed) => format!(", then {speed}"),
        None => ", then an unknown speed".to_string(),
    };
    match (included, high_speed) {
        (Tri::False, _) => "not included".to_string(),
        (_, Known::Known(Allowance::Unlimited)) => "unlimited at full speed".to_string(),
        (_, Known::Known(Allowance::Bytes(0))) => match after_cap {
            Some(Speed::Kbps(k)) => {
                format!("no full-speed hotspot data; always at {}", Speed::Kbps(k))
            }
            _ => "no full-speed hotspot data".to_string(),
        },
        (_, Known::Known(Allowance::Bytes(b))) => {
            format!("{} at full speed per month{then}", Allowance::Bytes(b))
        }
        (Tri::Unknown, Known::Unknown) => {
            "unknown: ask the carrier whether hotspot is included and how much".to_string()
        }
        (Tri::True, Known::Unknown) => {
            "included, amount unknown: ask the carrier how much".to_string()
        }
    }
}

pub fn verdict_line(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Yes => "Yes: you can share this eSIM's data through your hotspot.",
        Verdict::Limited => "Yes, with limits: you can share data, within what is listed below.",
        Verdict::No => "No: this eSIM's data cannot be shared through a hotspot in this situation.",
        Verdict::Unknown => "Not known yet: the answer depends on the facts listed below.",
    }
}

pub fn rule_result(truth: Truth) -> &'static str {
    match truth {
        Truth::True => "fired",
        Truth::False => "did not fire",
        Truth::Unknown => "could fire (a fact it needs is missing)",
    }
}

pub fn truth_word(truth: Truth) -> &'static str {
    match truth {
        Truth::True => "→ true",
        Truth::False => "→ false",
        Truth::Unknown => "→ unknown",
    }
}

pub fn source_strength(kind: &str) -> &'static str {
    match kind {
        "carrier" => "the carrier's own page",
        "vendor" => "the maker's own page",
        "press" => "a press report, not the carrier's page",
        "forum" => "a forum or community source only: confirm with the carrier",
        _ => "source of unknown kind",
    }
}

pub fn problems_found(count: usize) -> String {
    format!("{count} problem{} found", if count == 1 { "" } else { "s" })
}
