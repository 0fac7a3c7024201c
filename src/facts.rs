//! The facts a rule can read: their names, their types, and how a person finds each one out.
//!
//! A fact is either known or missing. A missing fact remembers *why*: the facts a person could
//! supply to make it known (`bought_in` for an iPhone 15 whose eSIM depends on the market), or
//! its own name where the knowledge base itself says `unknown` and only the carrier can tell.

use std::collections::BTreeMap;
use std::fmt;

use crate::units::{Allowance, Speed};

/// What kind of value a fact holds, and so which comparisons a rule may make on it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FactType {
    Bool,
    /// One word from a fixed list.
    Choice(&'static [&'static str]),
    Size,
    Speed,
    Version,
    Number,
    /// A name or id, compared as text.
    Name,
}

impl FactType {
    pub fn describe(self) -> String {
        match self {
            FactType::Bool => "true or false".into(),
            FactType::Choice(words) => format!("one of {}", words.join(", ")),
            FactType::Size => "a data size like 15GB or unlimited".into(),
            FactType::Speed => "a speed like 600kbps or blocked".into(),
            FactType::Version => "a version like 17.4".into(),
            FactType::Number => "a number".into(),
            FactType::Name => "a name".into(),
        }
    }

    pub fn is_ordered(self) -> bool {
        matches!(
            self,
            FactType::Size | FactType::Speed | FactType::Version | FactType::Number
        )
    }
}

/// A fact's definition. `ask` tells a person how to find the value out.
#[derive(Debug)]
pub struct FactSpec {
    pub name: &'static str,
    pub ty: FactType,
    pub ask: &'static str,
}

pub const REGIONS: &[&str] = &["us", "cn", "hk", "mo", "other"];

/// Other words for the regions: spellings, and the names Chinese-speaking buyers give a
/// phone's market version (国行 is the mainland-China version, 港版 the Hong Kong one).
pub const REGION_ALIASES: [(&str, &[&str]); 4] = [
    ("us", &["usa", "america", "美国", "美國", "美版"]),
    (
        "cn",
        &[
            "china",
            "mainland",
            "中国",
            "中國",
            "大陆",
            "大陸",
            "中国大陆",
            "国行",
            "國行",
        ],
    ),
    ("hk", &["hong-kong", "hongkong", "香港", "港版"]),
    ("mo", &["macao", "macau", "澳门", "澳門", "澳版"]),
];

/// The names phones show for their hotspot security settings (Android's "WPA2/WPA3-Personal",
/// "None"), so a person can type what the settings screen says.
pub const SECURITY_ALIASES: [(&str, &[&str]); 4] = [
    ("wpa3", &["wpa3-personal", "wpa3-sae", "sae"]),
    (
        "wpa2-wpa3",
        &[
            "wpa2/wpa3",
            "wpa2/wpa3-personal",
            "wpa3-transition",
            "wpa2-wpa3-personal",
        ],
    ),
    ("wpa2", &["wpa2-personal", "wpa2-psk", "wpa-psk"]),
    ("open", &["none", "no-password"]),
];

/// The word a list of aliases stands for, if `word` is one of them; otherwise `word` itself.
pub fn canonical<'a>(word: &'a str, aliases: &[(&'a str, &[&str])]) -> &'a str {
    let lower = word.trim().to_lowercase();
    aliases
        .iter()
        .find(|(_, words)| words.contains(&lower.as_str()))
        .map_or(word, |(name, _)| name)
}
pub const PLATFORMS: &[&str] = &["ios", "android"];
pub const ESIM_STATES: &[&str] = &["active", "installed", "none"];
pub const LOCK_STATES: &[&str] = &["locked", "unlocked"];
pub const SECURITY_MODES: &[&str] = &["wpa3", "wpa2-wpa3", "wpa2", "open"];
pub const PLAN_KINDS: &[&str] = &["postpaid", "prepaid", "legacy", "travel"];
pub const PERIODS: &[&str] = &["month", "day", "plan"];
pub const ROAMING_POLICIES: &[&str] = &["allowed", "limited", "blocked", "unknown"];

const PASSWORD_ASK: &str = "Check the hotspot password's strength with `esim-hotspot guide` or `check --password-stdin` (it is never shown or stored).";

macro_rules! facts {
    ($($name:literal : $ty:expr => $ask:expr),* $(,)?) => {
        pub static FACTS: &[FactSpec] = &[$(FactSpec { name: $name, ty: $ty, ask: $ask }),*];
    };
}

facts! {
    "carrier": FactType::Name =>
        "Which carrier or eSIM seller is the eSIM from? Give --carrier (e.g. --carrier t-mobile), or --carrier other if it is not listed.",
    "carrier.name": FactType::Name => "Give --carrier.",
    "carrier.roaming_hotspot": FactType::Choice(ROAMING_POLICIES) =>
        "Ask the carrier whether mobile hotspot works while roaming abroad.",
    "plan": FactType::Name =>
        "Which plan is the eSIM on? The carrier's app, account page or the eSIM receipt names it. Give --plan.",
    "plan.name": FactType::Name => "Give --plan.",
    "plan.kind": FactType::Choice(PLAN_KINDS) => "Give --plan.",
    "plan.esim": FactType::Bool =>
        "Ask the carrier whether this plan can be activated on an eSIM.",
    "plan.hotspot.included": FactType::Bool =>
        "Ask the carrier: \"Does my plan include mobile hotspot (tethering), and how many GB at full speed?\"",
    "plan.hotspot.high_speed": FactType::Size =>
        "Ask the carrier how much hotspot data the plan includes at full speed each month.",
    "plan.hotspot.after_cap": FactType::Speed =>
        "Ask the carrier what speed hotspot drops to once the full-speed allowance is used.",
    "plan.hotspot.after_cap_said": FactType::Name =>
        "Ask the carrier what speed hotspot drops to once the full-speed allowance is used.",
    "plan.hotspot.shares_plan_data": FactType::Bool =>
        "Ask the carrier whether hotspot use counts against the plan's own data.",
    "plan.hotspot.max_devices": FactType::Number =>
        "Ask the carrier how many devices may join the hotspot at once.",
    "plan.hotspot.period": FactType::Choice(PERIODS) =>
        "Ask the carrier whether the hotspot allowance is per month, per day or for the whole plan.",
    "plan.hotspot.per": FactType::Name =>
        "Ask the carrier whether the hotspot allowance is per month, per day or for the whole plan.",
    "plan.hotspot.this_period": FactType::Name =>
        "Ask the carrier whether the hotspot allowance is per month, per day or for the whole plan.",
    "plan.hotspot.until_reset": FactType::Name =>
        "Ask the carrier when the hotspot allowance starts again.",
    "plan.hotspot.speed_cap": FactType::Speed =>
        "Ask the carrier whether hotspot is held to a fixed top speed.",
    "plan.hotspot.speed_capped": FactType::Bool =>
        "Ask the carrier whether hotspot is held to a fixed top speed, and how fast.",
    "plan.hotspot.after_cap_carries": FactType::Name =>
        "Ask the carrier what speed hotspot drops to once the full-speed allowance is used.",
    "plan.hotspot.speed_cap_carries": FactType::Name =>
        "Ask the carrier whether hotspot is held to a fixed top speed.",
    "plan.phone_number": FactType::Bool =>
        "Ask the seller whether the eSIM comes with a US phone number or is data only.",
    "plan.hotspot.left": FactType::Size =>
        "Give --used with the hotspot data used this billing cycle (iPhone: Settings > Cellular > Personal Hotspot; Android: Settings > Network & internet > Data usage).",
    "device": FactType::Name =>
        "Which phone is it? Give --device (e.g. --device \"iPhone 15\"). iPhone: Settings > General > About > Model Name.",
    "device.name": FactType::Name => "Give --device.",
    "device.esim": FactType::Bool =>
        "Check whether the phone has eSIM: on iPhone, Settings > General > About lists an EID; on Android, the SIM settings offer to download or add an eSIM. Or give --esim installed/active if it is already on the phone.",
    "bought_in": FactType::Choice(REGIONS) =>
        "Where was the phone bought? Models sold in mainland China, Hong Kong and Macao often have no eSIM. Give --bought-in us|cn|hk|mo|other.",
    "platform": FactType::Choice(PLATFORMS) =>
        "Give --os ios or --os android (or --device).",
    "os_version": FactType::Version =>
        "Give --os-version. iPhone: Settings > General > About > iOS Version; Android: Settings > About phone > Android version.",
    "esim": FactType::Choice(ESIM_STATES) =>
        "Is the eSIM on the phone yet, and turned on? Give --esim active, installed or none.",
    "lock": FactType::Choice(LOCK_STATES) =>
        "Is the phone locked to a carrier? iPhone: Settings > General > About > Carrier Lock (\"No SIM restrictions\" means unlocked). Give --lock locked or --lock unlocked.",
    "locked_to": FactType::Name =>
        "Only if the phone is locked: which carrier is it locked to? Give --locked-to.",
    "locked_to_this_carrier": FactType::Bool =>
        "Only if the phone is locked: which carrier is it locked to? Give --locked-to.",
    "security": FactType::Choice(SECURITY_MODES) =>
        "Which security does the hotspot use? Give --security wpa3, wpa2-wpa3, wpa2 or open.",
    "password.score": FactType::Number => PASSWORD_ASK,
    "password.length": FactType::Number => PASSWORD_ASK,
    "password.printable_ascii": FactType::Bool => PASSWORD_ASK,
    "used": FactType::Size =>
        "Give --used with the hotspot data used this billing cycle, e.g. --used 3.5GB.",
    "roaming": FactType::Bool =>
        "Will you use the hotspot while roaming outside the carrier's home country? Give --roaming true or false.",
}

pub fn spec(name: &str) -> Option<&'static FactSpec> {
    FACTS.iter().find(|f| f.name == name)
}

/// A software version such as `17.4` or `14`, compared part by part.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Version(pub Vec<u32>);

impl Version {
    pub fn parse(text: &str) -> Result<Version, String> {
        let ascii = crate::text::halfwidth(text);
        // People often write the system's name too: "iOS 17.4", "Android 14".
        let number = ascii
            .trim()
            .trim_start_matches(|c: char| c.is_ascii_alphabetic())
            .trim_start();
        let parts: Result<Vec<u32>, _> = number.split('.').map(str::parse).collect();
        match parts {
            Ok(parts) if !parts.is_empty() && parts.len() <= 4 => Ok(Version(parts)),
            _ => Err(crate::messages::not_a_version(text)),
        }
    }
}

impl fmt::Display for Version {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let parts: Vec<String> = self.0.iter().map(u32::to_string).collect();
        f.write_str(&parts.join("."))
    }
}

/// A known fact's value.
#[derive(Debug, Clone, PartialEq)]
pub enum FactValue {
    Bool(bool),
    Text(String),
    Size(Allowance),
    Speed(Speed),
    Version(Version),
    Number(f64),
}

impl FactValue {
    /// A number for `less_than` and friends; versions compare on their own.
    pub fn magnitude(&self) -> Option<f64> {
        match self {
            FactValue::Size(a) => Some(a.as_f64()),
            FactValue::Speed(s) => Some(s.kbps() as f64),
            FactValue::Number(n) => Some(*n),
            _ => None,
        }
    }
}

impl fmt::Display for FactValue {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FactValue::Bool(b) => write!(f, "{b}"),
            FactValue::Text(t) => f.write_str(t),
            FactValue::Size(a) => write!(f, "{a}"),
            FactValue::Speed(s) => write!(f, "{s}"),
            FactValue::Version(v) => write!(f, "{v}"),
            FactValue::Number(n) => write!(f, "{n}"),
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Fact {
    Known(FactValue),
    /// Not known; `because` names the facts that would settle it.
    Missing {
        because: Vec<&'static str>,
    },
}

impl Fact {
    pub fn missing(because: &'static str) -> Fact {
        Fact::Missing {
            because: vec![because],
        }
    }
}

/// Every fact about one situation, the given ones and the ones they imply.
#[derive(Debug, Clone, Default)]
pub struct Facts {
    values: BTreeMap<&'static str, Fact>,
}

impl Facts {
    pub fn set(&mut self, name: &'static str, fact: Fact) {
        debug_assert!(spec(name).is_some(), "undeclared fact {name}");
        self.values.insert(name, fact);
    }

    pub fn known(&mut self, name: &'static str, value: FactValue) {
        self.set(name, Fact::Known(value));
    }

    /// A fact nobody set reads as missing, settled by itself.
    pub fn get(&self, name: &'static str) -> Fact {
        self.values
            .get(name)
            .cloned()
            .unwrap_or_else(|| Fact::missing(name))
    }

    pub fn value(&self, name: &'static str) -> Option<FactValue> {
        match self.values.get(name) {
            Some(Fact::Known(v)) => Some(v.clone()),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fact_names_are_unique() {
        let mut names: Vec<_> = FACTS.iter().map(|f| f.name).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), FACTS.len());
    }

    #[test]
    fn every_fact_has_a_name_a_person_reads() {
        for fact in FACTS {
            let label = crate::messages::fact_label(fact.name);
            assert!(
                !label.contains(['.', '_']),
                "{} has no label in messages::fact_label",
                fact.name
            );
        }
    }

    #[test]
    fn versions_compare_numerically() {
        assert!(Version::parse("17.10").unwrap() > Version::parse("17.4").unwrap());
        assert!(Version::parse("14").unwrap() < Version::parse("14.0.1").unwrap());
        assert!(Version::parse("seventeen").is_err());
        assert_eq!(Version::parse("iOS 17.4"), Version::parse("17.4"));
        assert_eq!(Version::parse("Android 14"), Version::parse("14"));
        assert!(Version::parse("iOS").is_err());
        assert!(Version::parse("").is_err());
    }

    #[test]
    fn unset_facts_are_missing_not_false() {
        let facts = Facts::default();
        assert_eq!(facts.get("roaming"), Fact::missing("roaming"));
    }
}
