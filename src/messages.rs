//! Every sentence the program itself says, in one place, so that a translation is one file.
//! (The knowledge base carries its own text, with `{en, zh}` maps where translated.)

use crate::kb::model::{HotspotAllowance, Period, Tri};
use crate::rules::condition::Truth;
use crate::rules::Verdict;
use crate::units::{Allowance, Known, Speed};

pub const FINDINGS: &str = "Findings";
pub const SOURCE: &str = "source:";
pub const TO_DECIDE: &str = "To decide, find out:";
pub const NOT_CHECKED: &str = "Not checked:";
pub const NOT_CHECKED_HINT: &str =
    "They could add a limit or a warning; give them as flags (see `esim-hotspot check --help`) or run `esim-hotspot guide`.";

/// A fact's name as a person says it.
pub fn fact_label(fact: &str) -> &str {
    match fact {
        "carrier" | "carrier.name" => "carrier",
        "carrier.roaming_hotspot" => "the carrier's roaming rules",
        "plan" | "plan.name" | "plan.kind" => "plan",
        "plan.esim" => "whether the plan works on an eSIM",
        "plan.hotspot.included" => "whether the plan includes hotspot",
        "plan.hotspot.high_speed" => "the plan's hotspot allowance",
        "plan.hotspot.after_cap" | "plan.hotspot.after_cap_said" => "the speed after the allowance",
        "plan.hotspot.shares_plan_data" => "whether hotspot shares the plan's data",
        "plan.hotspot.max_devices" => "the device limit",
        "plan.hotspot.period"
        | "plan.hotspot.per"
        | "plan.hotspot.this_period"
        | "plan.hotspot.until_reset" => "what the allowance is counted over",
        "plan.hotspot.speed_cap" | "plan.hotspot.speed_capped" => "a fixed top speed for hotspot",
        "plan.hotspot.after_cap_carries" => "what the after-cap speed still carries",
        "plan.hotspot.speed_cap_carries" => "what the top speed still carries",
        "plan.phone_number" => "whether the eSIM has a phone number",
        "plan.hotspot.left" | "used" => "data used",
        "device" | "device.name" => "phone model",
        "device.esim" => "whether the phone has eSIM",
        "bought_in" => "where the phone was bought",
        "platform" => "phone system",
        "os_version" => "system version",
        "esim" => "eSIM state",
        "lock" => "carrier lock",
        "locked_to" | "locked_to_this_carrier" => "the carrier the phone is locked to",
        "security" => "hotspot security",
        "password.score" | "password.length" | "password.printable_ascii" => "password strength",
        "roaming" => "roaming",
        other => other,
    }
}
pub const TRACE: &str = "Every rule, fired or not:";
pub const NOT_GIVEN: &str = "not given";
pub const REPEAT: &str = "Repeat with:";
pub const CARRIER: &str = "Carrier:";

pub fn network_line(network: &str) -> String {
    format!("Network: {network}")
}

pub fn on_network(network: &str) -> String {
    format!(" (network: {network})")
}
pub const PLAN: &str = "Plan:";
pub const DEVICE: &str = "Device:";
pub const HOTSPOT: &str = "Hotspot:";
pub const PLAN_FACTS: &str = "Plan facts:";
pub const DEVICE_FACTS: &str = "Phone facts:";
pub const UNDATED: &str = "the page carries no date";
pub const KB_VALID: &str = "knowledge base OK";

pub const NO_HOTSPOT_NO_BUDGET: &str =
    "this plan includes no hotspot data, so there is nothing left to budget";
pub const UNKNOWN_CAP_NO_BUDGET: &str =
    "the plan's hotspot allowance is not known, so what is left cannot be worked out: ask the carrier";

pub const NO_BUDGET: &str = "No budget:";
pub const NOTES: &str = "Notes:";
pub const ADD_ON: &str = "Add-on:";
pub const WORKS: &str = "works:";
pub const TOO_SLOW: &str = "too slow:";
pub const NEEDS: &str = "needs";
pub const NOTHING_LISTED_WORKS: &str = "none of the listed activities: text messages at most";
pub const LEFT: &str = "Left:";
pub const AT_FULL_SPEED: &str = "at full speed";
pub const UNLIMITED_LEFT: &str = "unlimited";
pub const NOTHING_LEFT: &str = "nothing at full speed: the allowance is used up";
pub const CARRIES: &str = "That carries about:";
pub const BOTH_WAYS: &str = " (sent and received, both counted)";
pub const SOURCES_DISAGREE: &str = " (estimates vary widely; no official figure)";
pub const USAGE_FIGURES_NOTE: &str = "Hours are from the providers' per-hour figures (see --format json for each source); many are a per-stream maximum, so real use is often lower.";
pub const NO_PLANS_MATCH: &str = "no plans match";
pub const PLAN_TABLE_HEADER: [&str; 7] = [
    "Carrier",
    "Plan",
    "Kind",
    "Hotspot at full speed",
    "Then",
    "eSIM",
    "Verified",
];
pub const NOT_INCLUDED: &str = "not included";
pub const UNLIMITED: &str = "unlimited";
pub const UNLIMITED_SPEED_UNKNOWN: &str = "unlimited, top speed unknown";
pub const NOTHING_FOLLOWS: &str = "-";
pub const CARRIERS_RULE_MARK: &str = " *";
pub const CARRIERS_RULE_BRIEF: &str = " (the carrier's usual)";
pub const INCLUDED_AMOUNT_UNKNOWN: &str = "included, amount unknown";
pub const REDUCED_SPEED_ONLY: &str = "reduced speed only";

pub fn always_at(speed: &str) -> String {
    format!("always at {speed}")
}

pub fn allowance_brief(high_speed: &str, per: &str, then: &str) -> String {
    format!("{high_speed} {per}, then {then}")
}
pub const CARRIERS_RULE_NOTE: &str =
    "* the carrier's usual after-cap speed; the plan's own is not confirmed";

pub fn unlimited_up_to(cap: Speed) -> String {
    format!("unlimited, up to {cap}")
}
pub const NONE: &str = "none";
pub const UNKNOWN: &str = "unknown";
pub const YES: &str = "yes";
pub const NO: &str = "no";

pub fn included_word(included: Option<bool>) -> &'static str {
    match included {
        Some(true) => "hotspot included",
        Some(false) => "no hotspot",
        None => "hotspot not confirmed",
    }
}

pub fn shares_words(shares: Tri) -> Option<&'static str> {
    match shares {
        Tri::True => Some("Hotspot use comes out of the plan's own data."),
        Tri::False => Some("Hotspot has its own allowance, apart from the phone's data."),
        Tri::Unknown => None,
    }
}

pub fn speed_cap(speed: Speed) -> String {
    format!("Hotspot is held to {speed} at most, even before any cap.")
}

pub fn max_devices(n: u32) -> String {
    format!("Up to {n} devices at once.")
}

pub fn at_speed_heading(speed: Speed) -> String {
    format!("After the cap, at {speed}:")
}

pub fn budget_heading(used: u64, period: Period) -> String {
    let when = match period {
        Period::Month => "this cycle",
        Period::Day => "today",
        Period::Plan => "so far",
    };
    format!("With {} used {when}:", crate::units::format_bytes(used))
}

pub const RESETS_DAILY: &str = "The allowance resets every day; tomorrow it starts again.";

pub fn daily_budget(daily: &str, days: u32) -> String {
    format!(
        "Daily budget: {daily} a day for the {days} day{} left",
        if days == 1 { "" } else { "s" }
    )
}

pub fn runs_out(day: &str) -> String {
    format!("At the pace so far, the full-speed data runs out on {day}, before the cycle resets.")
}

pub fn best_video(name: &str) -> String {
    format!("An hour a day of {name} fits the daily budget.")
}

pub fn hours(h: f64) -> String {
    if h >= 100.0 {
        format!("{h:.0} h")
    } else if h >= 1.0 {
        format!("{h:.1} h")
    } else {
        format!("{:.0} min", h * 60.0)
    }
}

pub const PROFILE_HEADER: &str =
    "# esim-hotspot profile: your answers, used by `esim-hotspot check --profile`.\n# It never holds a password. Edit or delete it freely.\n";
pub const INPUT_ENDED: &str = "input ended before the guide finished; nothing was saved";
pub const TERMINAL_FAILED: &str = "the terminal could not be used";
pub const TEXT_HINT: &str = "(Enter to skip, < to go back)";
pub const NEEDS_TERMINAL: &str = "the guide needs a terminal to ask its questions; use `esim-hotspot check` with flags instead (see `esim-hotspot check --help`)";
pub const LEFT_GUIDE: &str = "Left the guide; nothing was saved.";
pub const DONT_KNOW: &str = "I don't know";
pub const NOT_LISTED: &str = "Not listed / I don't know";
pub const Q_CARRIER: &str = "Which carrier or eSIM seller is the eSIM from? (type to search)";
pub const Q_PLAN: &str = "Which plan? (hotspot allowance shown)";
pub const Q_DEVICE: &str = "Which phone? (type to search)";
pub const Q_HAS_ESIM: &str =
    "Does the phone have eSIM? (iPhone: Settings > General > About lists an EID)";
pub const A_HAS_ESIM: [&str; 2] = ["Yes, it has eSIM", "No, only physical SIM slots"];
pub const Q_BOUGHT_IN: &str = "Where was the phone bought?";
pub const A_BOUGHT_IN: [(&str, &str); 5] = [
    ("us", "United States (美版)"),
    ("cn", "Mainland China (国行)"),
    ("hk", "Hong Kong (港版)"),
    ("mo", "Macao (澳版)"),
    ("other", "Somewhere else"),
];
pub const Q_OS: &str = "Which kind of phone?";
pub const A_OS: [(&str, &str); 2] = [("ios", "iPhone (iOS)"), ("android", "Android")];
pub const Q_OS_VERSION: &str = "Which iOS or Android version, like 17.4?";
pub const Q_ESIM: &str = "Is the eSIM on the phone?";
pub const A_ESIM: [(&str, &str); 3] = [
    ("active", "Installed and turned on"),
    ("installed", "Installed, not turned on yet"),
    ("none", "Not installed yet"),
];
pub const Q_LOCK: &str =
    "Is the phone locked to a carrier? (iPhone: Settings > General > About > Carrier Lock)";
pub const A_LOCK: [(&str, &str); 2] = [
    ("unlocked", "Unlocked (\"No SIM restrictions\")"),
    ("locked", "Locked to a carrier"),
];
pub const Q_LOCKED_TO: &str = "Which carrier is it locked to?";
pub const Q_SECURITY: &str = "Which security does the hotspot use?";
pub const A_SECURITY: [(&str, &str); 4] = [
    ("wpa3", "WPA3"),
    ("wpa2-wpa3", "WPA2/WPA3"),
    ("wpa2", "WPA2 only"),
    ("open", "None (no password)"),
];
pub const Q_PASSWORD_CHECK: &str =
    "Check the hotspot password's strength? It is not shown, saved or sent anywhere.";
pub const Q_PASSWORD: &str = "Hotspot password (hidden)";
pub fn used_question(period: Option<Period>) -> String {
    let when = this_period(period.unwrap_or(Period::Month));
    format!("Hotspot data used so far {when}, like 1.5GB?")
}
pub const Q_ROAMING: &str = "Where will you use the hotspot?";
pub const A_ROAMING: [(&str, &str); 2] = [
    ("false", "In the United States"),
    ("true", "Abroad, roaming"),
];
pub const Q_SAVE_PROFILE: &str =
    "Save these answers (never the password) for `esim-hotspot check --profile`?";
pub const SIZE_EXAMPLE: &str = "a size like 1.5GB or 800MB";

pub fn no_profile(path: &str) -> String {
    format!("no profile at {path}: run `esim-hotspot guide` and save its answers, or give the facts as flags")
}

pub const EMPTY_PASSWORD_STDIN: &str =
    "--password-stdin: standard input held no password (pipe one line, e.g. from a password manager)";

pub fn not_a_kb_dir(dir: &str) -> String {
    format!("--kb {dir}: not a directory (it should hold carriers/, devices.yaml or rules.yaml)")
}

pub const INTERRUPTED: &str = "interrupted";
pub const PAGE_DATED: &str = "page dated";

pub fn read_value(value: &str) -> String {
    format!("read {value}")
}

pub fn years_old(years: i64) -> String {
    format!(", {years} year{} old", if years == 1 { "" } else { "s" })
}

/// "no carrier called "verizn"; did you mean Verizon (verizon)? …"
pub fn unknown_name(kind: &str, given: &str, closest: &str, hint: &str) -> String {
    let mut text = format!("no {kind} called \"{given}\"");
    if closest.is_empty() {
        text.push('.');
    } else {
        text.push_str(&format!("; did you mean {closest}?"));
    }
    if !hint.is_empty() {
        text.push(' ');
        text.push_str(hint);
    }
    text
}

/// The start of a long input, with its length: `aaaa… (131071 characters)`.
pub fn shortened(start: &str, length: usize) -> String {
    format!("{start}… ({length} characters)")
}

pub fn ambiguous_name(kind: &str, given: &str, candidates: &str, hint: &str) -> String {
    format!("\"{given}\" names more than one {kind}: {candidates}. {hint}")
}

pub fn no_kb_dir(dir: &str) -> String {
    format!("--kb {dir}: no such directory (it should hold carriers/, devices.yaml or rules.yaml)")
}

pub fn profile_saved(path: &str) -> String {
    format!("Saved to {path}.")
}

pub fn plan_item(name: &str, allowance: &str) -> String {
    format!("{name} — {allowance}")
}

pub const TROUBLESHOOTING: &str = "If something goes wrong";
pub const CHECKED: &str = "checked";

pub fn platform_name(platform: crate::steps::StepPlatform) -> &'static str {
    match platform {
        crate::steps::StepPlatform::Ios => "iPhone and iPad",
        crate::steps::StepPlatform::Android => "Android (Pixel and stock Android)",
        crate::steps::StepPlatform::Samsung => "Samsung Galaxy (One UI)",
    }
}

pub fn steps_heading(platform: crate::steps::StepPlatform) -> String {
    format!("Setting up the hotspot on {}", platform_name(platform))
}

pub fn offer_steps(platform: crate::steps::StepPlatform) -> String {
    format!("Show the setup steps for {}?", platform_name(platform))
}

pub const STALE_MARK: &str = "(old)";

pub fn stale(verified: &str, days: i64) -> String {
    let months = days / 30;
    format!(
        "Last verified {verified}, {months} month{} ago — plans change; confirm with the carrier.",
        if months == 1 { "" } else { "s" }
    )
}

// Input that does not parse: each says what works.
pub const SIZE_HINT: &str = "write it like 15GB, 500MB or 1.5GB";
pub const SPEED_HINT: &str = "write it like 600kbps or 3Mbps";
pub const DATE_HINT: &str = "write it like 2026-11-25, 2026-11 or 2026";

pub fn no_unit(input: &str, hint: &str) -> String {
    format!("\"{input}\" has no unit ({hint})")
}
pub fn not_a_size(input: &str) -> String {
    format!("\"{input}\" is not a data size ({SIZE_HINT})")
}
pub fn not_a_speed(input: &str) -> String {
    format!("\"{input}\" is not a speed ({SPEED_HINT})")
}
pub fn empty_value(hint: &str) -> String {
    format!("an empty value is not allowed ({hint})")
}
pub fn negative(input: &str, hint: &str) -> String {
    format!("\"{input}\" is negative ({hint})")
}
pub fn no_number(input: &str, hint: &str) -> String {
    format!("\"{input}\" does not start with a number ({hint})")
}
pub fn too_large(input: &str, hint: &str) -> String {
    format!("\"{input}\" is too large ({hint})")
}
pub fn bool_is_not(value: bool, what: &str) -> String {
    format!("{value} is not {what}; write the value with its unit")
}
pub fn size_meant(input: &str, digits: &str) -> String {
    format!("\"{input}\" is not a data size (write {digits}GB)")
}
pub fn not_a_date(input: &str) -> String {
    format!("\"{input}\" is not a date ({DATE_HINT})")
}
pub fn not_a_full_date(input: &str) -> String {
    format!("\"{input}\" is not a full date (write it like 2026-11-25)")
}
pub fn no_such_day(input: &str, year: u16, month: u8, day: u8) -> String {
    format!("\"{input}\" is not a real date: {year}-{month:02} has no day {day}")
}
pub fn not_a_version(input: &str) -> String {
    format!("\"{input}\" is not a version (write it like 17.4 or 14)")
}
pub fn flag_error(flag: &str, error: &str) -> String {
    format!("--{flag}: {error}")
}
pub fn not_a_choice(flag: &str, input: &str, words: &[&str]) -> String {
    format!(
        "--{flag}: \"{input}\" is not one of {} (or unknown)",
        words.join(", ")
    )
}
pub fn not_a_day_of_month(day: u8) -> String {
    format!("--cycle-day: {day} is not a day of the month (1 to 31)")
}
pub const NO_DAYS_LEFT: &str = "--days-left: give at least 1 (today counts as a day left)";

pub const HINT_UNLISTED_DEVICE: &str =
    "If your phone is not listed, leave out --device and say whether the eSIM is on it with --esim.";
pub const HINT_UNLISTED_CARRIER: &str =
    "`esim-hotspot plans` lists the carriers; use --carrier other if yours is not there.";
pub const HINT_PLAN_NEEDS_CARRIER: &str = "Give --carrier too, to look in one carrier's plans.";
pub const HINT_CHOOSE_CARRIER: &str = "Give --carrier to choose.";

const GENERAL_AFTER_CAP: &str =
    " (the carrier's usual after-cap speed; this plan's own is not confirmed)";

/// An after-cap speed in a finding, marked when it is the carrier's general rule.
pub fn after_cap_said(speed: Speed, general: bool) -> String {
    let general = if general { GENERAL_AFTER_CAP } else { "" };
    format!("{speed}{general}")
}

/// "15 GB at full speed per month, then 600 kbps", or what is known of it. `general_after_cap`
/// marks an after-cap speed taken from the carrier's general rule, not the plan's own terms.
pub fn allowance_in_words(
    hotspot: &HotspotAllowance,
    after_cap: Option<Speed>,
    general_after_cap: bool,
) -> String {
    let until = until_reset(hotspot.period);
    let per = match hotspot.period {
        Period::Month => "per month",
        Period::Day => "per day",
        Period::Plan => "for the whole plan",
    };
    let general = if general_after_cap {
        GENERAL_AFTER_CAP
    } else {
        ""
    };
    let then = match after_cap {
        Some(Speed::Blocked) => format!(", then hotspot stops {until}{general}"),
        Some(speed) => format!(", then {speed}{general}"),
        None => ", then an unknown speed".to_string(),
    };
    match (hotspot.included, hotspot.high_speed) {
        (Tri::False, _) => "not included".to_string(),
        (_, Known::Known(Allowance::Unlimited)) => match hotspot.speed_cap {
            None => "unlimited at full speed".to_string(),
            Some(Known::Known(cap)) => format!("unlimited, at up to {cap}"),
            Some(Known::Unknown) => {
                "unlimited, but its speed may be held down: ask the carrier how fast".to_string()
            }
        },
        (_, Known::Known(Allowance::Bytes(0))) => match after_cap {
            Some(Speed::Kbps(k)) => {
                format!("no full-speed hotspot data; always at {}", Speed::Kbps(k))
            }
            _ => "no full-speed hotspot data".to_string(),
        },
        (_, Known::Known(Allowance::Bytes(b))) => {
            format!("{} at full speed {per}{then}", Allowance::Bytes(b))
        }
        (Tri::Unknown, Known::Unknown) => {
            "unknown: ask the carrier whether hotspot is included and how much".to_string()
        }
        (Tri::True, Known::Unknown) => {
            "included, amount unknown: ask the carrier how much".to_string()
        }
    }
}

/// "a month", for "15 GB of hotspot data a month".
pub fn per_period(period: Period) -> &'static str {
    match period {
        Period::Month => "a month",
        Period::Day => "a day",
        Period::Plan => "for the whole plan",
    }
}

pub fn this_period(period: Period) -> &'static str {
    match period {
        Period::Month => "this billing cycle",
        Period::Day => "today",
        Period::Plan => "in this plan",
    }
}

pub fn until_reset(period: Period) -> &'static str {
    match period {
        Period::Month => "until the next billing cycle",
        Period::Day => "until the next day",
        Period::Plan => "until you buy more",
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

/// How far a source can be trusted. A page read in a copy kept on another site keeps its kind
/// (the carrier's words are still the carrier's) but says where it was read.
pub fn source_strength(kind: &str, copy_host: Option<&str>) -> String {
    match (kind, copy_host) {
        ("carrier", None) => "the carrier's own page".to_string(),
        ("vendor", None) => "the maker's own page".to_string(),
        ("carrier", Some(host)) => format!(
            "the carrier's own words, read in a copy kept on {host}: confirm them on the carrier's site"
        ),
        ("vendor", Some(host)) => format!(
            "the maker's own words, read in a copy kept on {host}: confirm them on the maker's site"
        ),
        ("press", None) => "a press report, not the carrier's page".to_string(),
        ("press", Some(host)) => {
            format!("a press report, not the carrier's page, read in a copy kept on {host}")
        }
        ("forum", None) => {
            "a forum or community source only: confirm it before relying on it".to_string()
        }
        ("forum", Some(host)) => format!(
            "a community source kept on {host} only: confirm it before relying on it"
        ),
        _ => "source of unknown kind".to_string(),
    }
}

pub fn problems_found(count: usize) -> String {
    format!("{count} problem{} found", if count == 1 { "" } else { "s" })
}

// Problems in a knowledge-base file, for the person writing it.
pub mod kb {
    pub fn id_not_file_name(id: &str, stem: &str) -> String {
        format!("carrier id \"{id}\" does not match the file name {stem}.yaml (name the file {id}.yaml)")
    }
    pub fn used_twice(kind: &str, id: &str) -> String {
        format!("{kind} id \"{id}\" is used twice; give each {kind} its own id")
    }
    pub fn carrier_id_taken(id: &str, first: &str) -> String {
        format!("carrier id \"{id}\" is already used by {first}")
    }
    pub fn carrier_name_shared(name: &str, other: &str, id: &str) -> String {
        format!("the name \"{name}\" is used by carriers \"{other}\" and \"{id}\"; keep it on one")
    }
    pub fn name_shared(kind: &str, id: &str, name: &str, other: &str) -> String {
        format!(
            "{kind} \"{id}\": the name \"{name}\" also leads to {kind} \"{other}\"; keep it on one"
        )
    }
    pub fn bad_id(kind: &str, id: &str) -> String {
        format!("{kind} id \"{id}\" should be lower-case letters, digits and dashes, like \"go5g-plus\"")
    }
    pub fn source_not_url(owner: &str, source: &str) -> String {
        format!("\"{owner}\": source \"{source}\" is not a web address; give the URL of the page the facts came from")
    }
    pub fn no_steps(id: &str) -> String {
        format!("\"{id}\" has no steps")
    }
    pub fn per_hour_zero(id: &str) -> String {
        format!("activity \"{id}\": per_hour must be a size above zero, like 700MB")
    }
    pub fn too_big(mib: u64) -> String {
        format!("the file is larger than {mib} MiB; split it into smaller files")
    }
    pub fn not_utf8(byte: usize) -> String {
        format!("the file is not UTF-8 text (byte {byte})")
    }
    pub const WRITE_TRUE_OR_FALSE: &str = " (write true or false)";
    pub fn did_you_mean(close: &str) -> String {
        format!(" (did you mean `{close}`?)")
    }
    pub fn known_keys(keys: &str) -> String {
        format!(" (known keys here: {keys})")
    }
    pub fn unknown_key(path: &str, key: &str, hint: &str) -> String {
        format!("{path}unknown key `{key}`{hint}")
    }
    pub fn in_rule(id: &str, problem: &str) -> String {
        format!("rule \"{id}\": {problem}")
    }
    pub fn unknown_placeholder(name: &str, hint: &str) -> String {
        format!("the text names an unknown fact `{{{name}}}`{hint}")
    }
    pub fn did_you_mean_placeholder(close: &str) -> String {
        format!(" (did you mean `{{{close}}}`?)")
    }
    pub const ONE_KIND_OF_CONDITION: &str =
        "a condition is one of `all`, `any`, `not` or a `fact` test; split it into parts of an `all`";
    pub const CONDITION_NEEDS_FACT: &str = "a condition needs `fact:` (or `all`, `any`, `not`)";
    pub fn in_fact(name: &str, problem: &str) -> String {
        format!("fact `{name}`: {problem}")
    }
    pub fn no_order(name: &str, kind: &str) -> String {
        format!("fact `{name}` is {kind}: it has no order, so use `is`, `is_not` or `one_of`")
    }
    pub fn nothing_to_compare(name: &str) -> String {
        format!("the test on `{name}` says nothing to compare: add is, is_not, one_of, less_than, at_most, greater_than, at_least, present or missing")
    }
    pub fn several_comparisons(name: &str) -> String {
        format!(
            "the test on `{name}` has several comparisons: put each in its own part of an `all`"
        )
    }
    pub fn empty_group(group: &str) -> String {
        format!("`{group}` needs at least one condition")
    }
    pub fn unknown_fact(name: &str, close: Option<&str>) -> String {
        match close {
            Some(close) => format!("unknown fact `{name}` (did you mean `{close}`?)"),
            None => format!("unknown fact `{name}`"),
        }
    }
    pub fn expected(what: &str) -> String {
        format!("expected {what}")
    }
    pub fn not_one_of(word: &str, what: &str) -> String {
        format!("\"{word}\" is not {what}")
    }
    pub fn not_true_or_false(word: &str, hint: &str) -> String {
        format!("\"{word}\" is not true or false{hint}")
    }
    pub fn not_tri(word: &str, hint: &str) -> String {
        format!("\"{word}\" is not true, false or unknown{hint}")
    }
    pub fn profile_not_written(error: &str) -> String {
        format!("the profile could not be written: {error}")
    }
    pub fn not_a_regular_file(kind: &str) -> String {
        format!("this is {kind}, not a regular file; put a YAML file here or remove it")
    }
    /// `value` is shown as the error shows all text from a file: escaped.
    pub fn not_plain_text(kind: &str, id: &str, field: &str, value: &str, code: u32) -> String {
        format!(
            "{kind} \"{id}\": {field} \"{value}\" holds the invisible or control character U+{code:04X}; write it as plain text on one line"
        )
    }
    pub fn nested_too_deeply(levels: usize) -> String {
        format!("nested more than {levels} levels deep; write the data flatter")
    }
    pub fn too_many_collections(most: usize) -> String {
        format!("more than {most} bracketed lists and mappings ([…] or {{…}}) in one file; write them as indented lists, or split the file")
    }
    pub fn dangling_link(target: &str) -> String {
        format!("this link leads to {target}, which does not exist; fix the link or remove it")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hotspot(high_speed: Known<Allowance>, speed_cap: Option<Known<Speed>>) -> HotspotAllowance {
        HotspotAllowance {
            included: Tri::True,
            high_speed,
            after_cap: Known::Unknown,
            shares_plan_data: Tri::Unknown,
            max_devices: None,
            period: Period::Month,
            speed_cap,
        }
    }

    #[test]
    fn unlimited_is_full_speed_only_when_no_top_speed_is_in_doubt() {
        let unlimited = Known::Known(Allowance::Unlimited);
        assert_eq!(
            allowance_in_words(&hotspot(unlimited, None), None, false),
            "unlimited at full speed"
        );
        let in_doubt = allowance_in_words(&hotspot(unlimited, Some(Known::Unknown)), None, false);
        assert!(!in_doubt.contains("full speed"), "{in_doubt}");
        let capped = hotspot(unlimited, Some(Known::Known(Speed::Kbps(5000))));
        assert_eq!(
            allowance_in_words(&capped, None, false),
            "unlimited, at up to 5 Mbps"
        );
    }

    #[test]
    fn a_carriers_general_after_cap_speed_is_marked_as_such() {
        let plan = hotspot(Known::Known(Allowance::Bytes(60_000_000_000)), None);
        let own = allowance_in_words(&plan, Some(Speed::Kbps(128)), false);
        let general = allowance_in_words(&plan, Some(Speed::Kbps(128)), true);
        assert_eq!(own, "60 GB at full speed per month, then 128 kbps");
        assert!(
            general.starts_with(&own) && general.contains("not confirmed"),
            "{general}"
        );
    }
}
