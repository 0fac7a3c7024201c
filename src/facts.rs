//! The facts a rule can read: their names, their types, and how a person finds each one out.
//!
//! A fact is either known or missing. A missing fact remembers *why*: the facts a person could
//! supply to make it known (`bought_in` for an iPhone 15 whose eSIM depends on the market), or
//! its own name where the knowledge base itself says `unknown` and only the carrier can tell.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fmt;

use crate::text::KbString;
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
    /// The question that settles it, as an id: its words are `ask-<id>` in the catalog.
    pub question: &'static str,
    /// What a person calls it, as an id: its words are `fact-<label>` in the catalog.
    pub label: &'static str,
}

pub const REGIONS: &[&str] = &["us", "cn", "hk", "mo", "other"];

/// Other words for the regions: spellings, and the names Chinese-speaking buyers give a
/// phone's market version (国行 is the mainland-China version, 港版 the Hong Kong one).
/// "other" is every market that is none of the four; the places named for it are those a
/// visitor's phone is most often from, as buyers call their versions (台版, 日版...).
pub const REGION_ALIASES: [(&str, &[&str]); 5] = [
    (
        "us",
        &["usa", "america", "united-states", "美国", "美國", "美版"],
    ),
    (
        "cn",
        &[
            "china",
            "mainland",
            "mainland-china",
            "prc",
            "中国",
            "中國",
            "大陆",
            "大陸",
            "中国大陆",
            "中國大陸",
            "国行",
            "國行",
        ],
    ),
    ("hk", &["hong-kong", "hongkong", "香港", "港版"]),
    ("mo", &["macao", "macau", "澳门", "澳門", "澳版"]),
    (
        "other",
        &[
            "elsewhere",
            "taiwan",
            "台湾",
            "台灣",
            "台版",
            "japan",
            "日本",
            "日版",
            "korea",
            "south-korea",
            "韩国",
            "韓國",
            "韩版",
            "韓版",
            "singapore",
            "新加坡",
            "新加坡版",
            "canada",
            "加拿大",
            "加版",
            "uk",
            "英国",
            "英國",
            "英版",
            "europe",
            "欧版",
            "歐版",
        ],
    ),
];

/// The names phones show for their hotspot security settings (Android's "WPA2/WPA3-Personal",
/// "None"), so a person can type what the settings screen says.
/// The words people use for a phone's system.
pub const OS_ALIASES: [(&str, &[&str]); 2] = [
    ("ios", &["iphone", "ipados", "apple", "苹果"]),
    ("android", &["google", "pixel", "samsung", "galaxy", "安卓"]),
];

/// A yes or a no, in the spellings people type: a switch's words, a digit, or Chinese.
pub const YES_NO_ALIASES: [(&str, &[&str]); 2] = [
    ("yes", &["y", "true", "on", "1", "是", "有", "对", "對"]),
    (
        "no",
        &[
            "n", "false", "off", "0", "否", "不", "没有", "沒有", "无", "無",
        ],
    ),
];

/// "Is the phone locked?" answered as a yes or a no, or as the phone says it.
pub const LOCK_ALIASES: [(&str, &[&str]); 2] = [
    (
        "locked",
        &[
            "yes",
            "true",
            "sim-locked",
            "carrier-locked",
            "network-locked",
            "有锁",
        ],
    ),
    (
        "unlocked",
        &[
            "no",
            "false",
            "no-sim-restrictions",
            "无锁",
            "无sim卡限制",
            "無sim卡限制",
        ],
    ),
];

/// The eSIM's state in the words people use.
pub const ESIM_STATE_ALIASES: [(&str, &[&str]); 3] = [
    ("active", &["on", "yes", "enabled", "turned-on", "已开启"]),
    ("installed", &["off", "disabled", "downloaded", "已安装"]),
    ("none", &["no", "not-installed", "未安装"]),
];

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

/// Words people use for each of a fact's values.
pub type Aliases = &'static [(&'static str, &'static [&'static str])];

/// The word a list of aliases stands for, if `word` is one of them; otherwise `word` itself.
pub fn canonical<'a>(word: &'a str, aliases: &[(&'a str, &[&str])]) -> &'a str {
    // Most words come as listed ("us", "active"), and no listed word is another's alias (a
    // test holds the lists to that): such a word is itself, without comparing every alias.
    if aliases.iter().any(|(name, _)| *name == word) {
        return word;
    }
    aliases
        .iter()
        .find(|(_, words)| words.iter().any(|alias| same_squashed(alias, word)))
        .map_or(word, |(name, _)| name)
}

/// Whether two words are the same as aliases are compared: lower case, without the spaces
/// and hyphens people write between its parts or not (`No SIM restrictions`, `Hong Kong`,
/// `无 SIM 卡限制`). Most words are ASCII, compared a byte at a time: every choice typed is
/// compared with every alias of its kind.
fn same_squashed(a: &str, b: &str) -> bool {
    fn ascii(word: &str) -> impl Iterator<Item = u8> + '_ {
        word.bytes()
            .filter(|&c| !char::from(c).is_whitespace() && c != b'-')
            .map(|c| c.to_ascii_lowercase())
    }
    fn any(word: &str) -> impl Iterator<Item = char> + '_ {
        word.chars()
            .filter(|c| !c.is_whitespace() && *c != '-')
            .flat_map(char::to_lowercase)
    }
    match a.is_ascii() && b.is_ascii() {
        true => ascii(a).eq(ascii(b)),
        false => any(a).eq(any(b)),
    }
}
pub const PLATFORMS: &[&str] = &["ios", "android"];
pub const ESIM_STATES: &[&str] = &["active", "installed", "none"];
pub const LOCK_STATES: &[&str] = &["locked", "unlocked"];
pub const SECURITY_MODES: &[&str] = &["wpa3", "wpa2-wpa3", "wpa2", "open"];
pub const PLAN_KINDS: &[&str] = &["postpaid", "prepaid", "legacy", "travel", "unlisted"];
pub const PERIODS: &[&str] = &["month", "day", "plan"];
pub const ROAMING_POLICIES: &[&str] = &["allowed", "limited", "blocked", "unknown"];

macro_rules! facts {
    ($($name:literal : $ty:expr => $question:expr, $label:expr),* $(,)?) => {
        pub static FACTS: &[FactSpec] = &[
            $(FactSpec { name: $name, ty: $ty, question: $question, label: $label }),*
        ];
    };
}

// Each fact with the question that settles it and the label it goes by: ids whose words are
// in the catalog (`ask-<id>`, `fact-<label>`); facts one answer settles together share them.
facts! {
    "carrier": FactType::Name => "carrier", "carrier",
    "carrier.name": FactType::Name => "give-carrier", "carrier",
    "carrier.roaming_hotspot": FactType::Choice(ROAMING_POLICIES) => "roaming-hotspot", "roaming-rules",
    "plan": FactType::Name => "plan", "plan",
    "plan.name": FactType::Name => "give-plan", "plan",
    "plan.kind": FactType::Choice(PLAN_KINDS) => "plan-kind", "plan-kind",
    "plan.esim": FactType::Bool => "plan-esim", "plan-esim",
    "plan.hotspot.included": FactType::Bool => "hotspot-included", "hotspot-included",
    "plan.hotspot.high_speed": FactType::Size => "hotspot-allowance", "hotspot-allowance",
    "plan.hotspot.after_cap": FactType::Speed => "after-cap", "after-cap",
    "plan.hotspot.after_cap_said": FactType::Name => "after-cap", "after-cap",
    "plan.hotspot.shares_plan_data": FactType::Bool => "shares-data", "shares-data",
    "plan.hotspot.max_devices": FactType::Number => "max-devices", "max-devices",
    "plan.hotspot.period": FactType::Choice(PERIODS) => "period", "period",
    "plan.hotspot.per": FactType::Name => "period", "period",
    "plan.hotspot.this_period": FactType::Name => "period", "period",
    "plan.hotspot.until_reset": FactType::Name => "reset", "period",
    "plan.hotspot.speed_cap": FactType::Speed => "speed-cap", "speed-cap",
    "plan.hotspot.speed_capped": FactType::Bool => "speed-capped", "speed-cap",
    "plan.hotspot.after_cap_carries": FactType::Name => "after-cap", "after-cap-carries",
    "plan.hotspot.speed_cap_carries": FactType::Name => "speed-cap", "speed-cap-carries",
    "plan.phone_number": FactType::Bool => "phone-number", "phone-number",
    "plan.hotspot.left": FactType::Size => "left", "used",
    "device": FactType::Name => "device", "device",
    "device.name": FactType::Name => "give-device", "device",
    "device.esim": FactType::Bool => "device-esim", "device-esim",
    "device.foreign_esim": FactType::Bool => "device-foreign-esim", "device-foreign-esim",
    "bought_in": FactType::Choice(REGIONS) => "bought-in", "bought-in",
    "platform": FactType::Choice(PLATFORMS) => "platform", "platform",
    "os_version": FactType::Version => "os-version", "os-version",
    "esim": FactType::Choice(ESIM_STATES) => "esim", "esim",
    "lock": FactType::Choice(LOCK_STATES) => "lock", "lock",
    "locked_to": FactType::Name => "locked-to", "locked-to",
    "locked_to_this_carrier": FactType::Bool => "locked-to", "locked-to",
    "security": FactType::Choice(SECURITY_MODES) => "security", "security",
    "password.score": FactType::Number => "password", "password",
    "password.length": FactType::Number => "password", "password",
    "password.printable_ascii": FactType::Bool => "password", "password",
    "used": FactType::Size => "used", "used",
    "roaming": FactType::Bool => "roaming", "roaming",
}

pub fn spec(name: &str) -> Option<&'static FactSpec> {
    FACTS.iter().find(|f| f.name == name)
}

/// A text that is not a version, kept to be shown in the error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotAVersion(pub String);

/// A software version such as `17.4` or `14`, compared part by part.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Version(pub Cow<'static, [u32]>);

impl Version {
    pub fn parse(text: &str) -> Result<Version, NotAVersion> {
        let ascii = crate::text::halfwidth(text);
        // People often write the system's name too: "iOS 17.4", "Android 14".
        let number = ascii
            .trim()
            .trim_start_matches(|c: char| c.is_ascii_alphabetic())
            .trim_start();
        let parts: Result<Vec<u32>, _> = number.split('.').map(str::parse).collect();
        match parts {
            Ok(parts) if !parts.is_empty() && parts.len() <= 4 => Ok(Version(parts.into())),
            _ => Err(NotAVersion(text.to_string())),
        }
    }
}

impl fmt::Display for Version {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let parts: Vec<String> = self.0.iter().map(u32::to_string).collect();
        f.write_str(&parts.join("."))
    }
}

/// A fact that exists to be said in a finding: its words are chosen in the language of the
/// text it is put into, when the finding is shown.
#[derive(Debug, Clone, PartialEq)]
pub enum Phrase {
    /// How often the allowance comes: "a month".
    Per(crate::kb::model::Period),
    /// The period now: "this billing cycle".
    ThisPeriod(crate::kb::model::Period),
    /// Until the allowance comes back: "until the next billing cycle".
    UntilReset(crate::kb::model::Period),
    /// An after-cap speed, marked when it is only the carrier's general rule.
    AfterCap {
        speed: Speed,
        general: bool,
        /// A faster speed on part of the network, named beside the lower one.
        better: Option<crate::kb::model::BetterSpeed>,
    },
    /// A phone not in the list: "phone".
    UnlistedPhone,
    /// A plan not in the list, given by its figures and no name: "your plan".
    UnlistedPlan,
    /// A carrier not in the list: "your carrier".
    UnlistedCarrier,
    /// What a slow speed still carries, by activity name; empty when nothing listed does.
    Carries(Vec<crate::text::LocalizedText>),
}

impl fmt::Display for Phrase {
    /// A plain form for traces; findings put the words in.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Phrase::Per(p) | Phrase::ThisPeriod(p) | Phrase::UntilReset(p) => {
                f.write_str(p.as_str())
            }
            Phrase::AfterCap { speed, .. } => write!(f, "{speed}"),
            Phrase::UnlistedPhone => f.write_str("phone"),
            Phrase::UnlistedPlan => f.write_str("your plan"),
            Phrase::UnlistedCarrier => f.write_str("your carrier"),
            Phrase::Carries(names) => {
                let names: Vec<&str> = names.iter().map(|n| n.en()).collect();
                f.write_str(&names.join(", "))
            }
        }
    }
}

/// A known fact's value.
#[derive(Debug, Clone, PartialEq)]
pub enum FactValue {
    Bool(bool),
    Text(KbString),
    Size(Allowance),
    Speed(Speed),
    Version(Version),
    Number(f64),
    Phrase(Phrase),
}

impl FactValue {
    /// A word of the program's own (a choice, an id), kept where it lies.
    pub const fn word(word: &'static str) -> FactValue {
        FactValue::Text(KbString::from_static(word))
    }

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
            FactValue::Phrase(p) => write!(f, "{p}"),
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

    /// The fact as set, or `None` when nobody set it: it then reads as missing, settled by
    /// itself (see [`Facts::get`]).
    pub fn find(&self, name: &str) -> Option<&Fact> {
        self.values.get(name)
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
    fn versions_compare_numerically() {
        assert!(Version::parse("17.10").unwrap() > Version::parse("17.4").unwrap());
        assert!(Version::parse("14").unwrap() < Version::parse("14.0.1").unwrap());
        assert!(Version::parse("seventeen").is_err());
        assert_eq!(Version::parse("iOS 17.4"), Version::parse("17.4"));
        assert_eq!(Version::parse("Android 14"), Version::parse("14"));
        assert!(Version::parse("iOS").is_err());
        assert!(Version::parse("").is_err());
    }

    /// What lets `canonical` take a listed word as itself.
    #[test]
    fn no_listed_word_is_another_words_alias() {
        let lists: [Aliases; 6] = [
            &REGION_ALIASES,
            &OS_ALIASES,
            &YES_NO_ALIASES,
            &LOCK_ALIASES,
            &ESIM_STATE_ALIASES,
            &SECURITY_ALIASES,
        ];
        for list in lists {
            for (word, _) in list {
                for alias in list.iter().flat_map(|(_, aliases)| *aliases) {
                    assert!(!same_squashed(alias, word), "{word} is also an alias");
                }
            }
        }
    }

    #[test]
    fn aliases_match_whatever_the_case_spaces_and_hyphens_in_any_script() {
        let region = |word| canonical(word, &REGION_ALIASES);
        assert_eq!(region("United States"), "us");
        assert_eq!(region("UNITED-states"), "us");
        assert_eq!(region("united\tstates"), "us");
        assert_eq!(region("美 国"), "us");
        assert_eq!(region("Hong Kong"), "hk");
        assert_eq!(region("unitedstate"), "unitedstate");
        assert_eq!(region("Ünited States"), "Ünited States");
        assert_eq!(region("中国"), "cn");
    }

    #[test]
    fn unset_facts_are_missing_not_false() {
        let facts = Facts::default();
        assert_eq!(facts.get("roaming"), Fact::missing("roaming"));
    }
}
