//! Rules are data: each reads named facts and, when its condition holds, gives a finding.

#[cfg(not(stale_built_in_rules))]
#[rustfmt::skip]
pub(crate) mod built_in;
pub mod condition;
pub mod engine;
#[cfg(test)]
mod write_built_in;

use serde::de::{self, Deserializer};
use serde::{Deserialize, Serialize};

use crate::facts;
use crate::kb::names::did_you_mean;
use crate::kb::problem::Problem;
use crate::situation::Situation;
use crate::text::{KbString, LocalizedText};
use condition::Condition;

/// How much a finding matters. The order is the order findings are shown in.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Deserialize,
    Serialize,
    schemars::JsonSchema,
    strum::IntoStaticStr,
)]
#[serde(rename_all = "lowercase")]
#[strum(serialize_all = "lowercase")]
pub enum Severity {
    /// Hotspot cannot work in this situation.
    Block,
    /// Hotspot works within a cap, a throttle or a device limit.
    Limit,
    /// Something to fix or watch; sharing still works.
    Warn,
    Info,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// The answer to "can I share my eSIM's data through my hotspot?".
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Deserialize,
    Serialize,
    schemars::JsonSchema,
    strum::IntoStaticStr,
)]
#[serde(rename_all = "lowercase")]
#[strum(serialize_all = "lowercase")]
pub enum Verdict {
    Yes,
    Limited,
    No,
    Unknown,
}

impl Verdict {
    /// The exit code that carries this answer, as grep's carries whether it found a line.
    pub fn exit_code(self) -> u8 {
        use crate::exit::{NO, SUCCESS, UNKNOWN};
        match self {
            Verdict::Yes | Verdict::Limited => SUCCESS,
            Verdict::No => NO,
            Verdict::Unknown => UNKNOWN,
        }
    }

    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

#[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RuleFile {
    pub rules: Vec<Rule>,
}

#[derive(Debug, Clone)]
pub struct Rule {
    pub id: KbString,
    pub severity: Severity,
    pub when: Condition,
    pub message: LocalizedText,
    pub advice: Option<LocalizedText>,
    pub source: Option<KbString>,
    pub examples: Vec<Example>,
}

/// A worked situation kept beside its rule; the test suite runs every one.
#[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Example {
    pub situation: Situation,
    /// A sample hotspot password for rules on password strength; only its measurements are used.
    #[serde(default)]
    pub password: Option<String>,
    /// Whether this rule fires.
    pub fires: bool,
    /// The verdict the whole rule set reaches, where the example pins it.
    #[serde(default)]
    pub verdict: Option<Verdict>,
}

#[derive(Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawRule {
    id: String,
    severity: Severity,
    when: Condition,
    message: LocalizedText,
    #[serde(default)]
    advice: Option<LocalizedText>,
    #[serde(default)]
    source: Option<String>,
    #[serde(default)]
    examples: Vec<Example>,
}

impl<'de> Deserialize<'de> for Rule {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let raw = RawRule::deserialize(deserializer)?;
        for text in std::iter::once(&raw.message).chain(raw.advice.as_ref()) {
            text.all()
                .try_for_each(check_placeholders)
                .map_err(|problem| {
                    de::Error::custom(Problem::InRule {
                        id: raw.id.clone(),
                        problem: Box::new(problem),
                    })
                })?;
        }
        Ok(raw.into())
    }
}

impl From<RawRule> for Rule {
    fn from(raw: RawRule) -> Self {
        Rule {
            id: raw.id.into(),
            severity: raw.severity,
            when: raw.when,
            message: raw.message,
            advice: raw.advice,
            source: raw.source.map(KbString::from),
            examples: raw.examples,
        }
    }
}

/// A message may name facts in braces, `{plan.hotspot.high_speed}`; each must exist.
fn check_placeholders(text: &str) -> Result<(), Problem> {
    for name in placeholders(text) {
        if facts::spec(name).is_none() {
            let closest = did_you_mean(name, facts::FACTS.iter().map(|f| f.name));
            return Err(Problem::UnknownPlaceholder {
                name: name.to_string(),
                closest: closest.map(str::to_string),
            });
        }
    }
    Ok(())
}

pub fn placeholders(text: &str) -> impl Iterator<Item = &str> {
    text.split('{')
        .skip(1)
        .filter_map(|piece| piece.split_once('}').map(|(name, _)| name.trim()))
}
