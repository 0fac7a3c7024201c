//! A person's situation as they describe it, and the facts it implies once the knowledge base
//! has named the carrier, plan and device.
//!
//! `check`'s flags, a rule's worked examples and (later) the wizard all produce a `Situation`;
//! from here on nothing knows which front door it came through.

use serde::{Deserialize, Serialize};

use crate::choice::{Choice as _, EsimState, LockState, Security};
use crate::facts::{Fact, FactValue, Facts, Phrase, Version};
use crate::kb::model::{Carrier, Device, Period, Plan, Platform, Region, RoamingHotspot, Tri};
use crate::password::PasswordCheck;
use crate::units::{Allowance, DataUsed, Known, Speed};

/// What a person says about their phone and plan. Every field may be left out.
#[derive(Debug, Clone, Default, PartialEq, Deserialize, Serialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Situation {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub carrier: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plan: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub device: Option<String>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::written"
    )]
    #[schemars(with = "Option<String>")]
    pub bought_in: Option<Region>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::written"
    )]
    #[schemars(with = "Option<String>")]
    pub os: Option<Platform>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::written"
    )]
    #[schemars(with = "Option<String>")]
    pub os_version: Option<Version>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::written"
    )]
    #[schemars(with = "Option<String>")]
    pub esim: Option<EsimState>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::written"
    )]
    #[schemars(with = "Option<String>")]
    pub lock: Option<LockState>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub locked_to: Option<String>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::written"
    )]
    #[schemars(with = "Option<String>")]
    pub security: Option<Security>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::written"
    )]
    #[schemars(with = "Option<String>")]
    pub used: Option<DataUsed>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub roaming: Option<bool>,
    /// For a phone not in the knowledge base: does it have eSIM.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub has_esim: Option<bool>,
    /// The plan's hotspot terms as the person's bill or app gives them; they fill what the
    /// knowledge base does not know, and win where it differs.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::written"
    )]
    #[schemars(with = "Option<String>")]
    pub hotspot_cap: Option<Allowance>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::written"
    )]
    #[schemars(with = "Option<String>")]
    pub after_cap: Option<Speed>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::written"
    )]
    #[schemars(with = "Option<String>")]
    pub cap_period: Option<Period>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hotspot_shares_data: Option<bool>,
    /// The language chosen in the guide, so that later answers speak it too. Not a fact
    /// about the phone or plan: no rule reads it and the repeated command line leaves it out.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[schemars(skip)]
    pub lang: Option<crate::lang::Lang>,
    /// Measurements of the hotspot password; never saved, and never the password itself.
    #[serde(skip)]
    pub password: Option<PasswordCheck>,
}

/// The word a person uses for "my carrier is not in your list".
pub const OTHER_CARRIER: &str = "other";

/// Whether a carrier name means "not in your list": `other`, `not listed`, `unlisted`.
pub fn names_an_unlisted_carrier(name: &str) -> bool {
    matches!(
        crate::text::normalize_name(name).as_str(),
        OTHER_CARRIER | "notlisted" | "unlisted"
    )
}

/// The carrier, plan and device a situation names, as found in the knowledge base.
#[derive(Debug, Clone, Default)]
pub struct Resolved {
    pub carrier: Option<Carrier>,
    pub plan: Option<Plan>,
    pub device: Option<Device>,
    /// The person said their carrier is not listed.
    pub carrier_unlisted: bool,
    /// The id of the carrier the phone is locked to, when that carrier is known.
    pub locked_to_id: Option<String>,
}

/// A plan's hotspot terms as the person gives them (from their bill or app).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct YourFigures {
    pub allowance: Option<Allowance>,
    pub after_cap: Option<Speed>,
    pub period: Option<Period>,
    pub shares_plan_data: Option<bool>,
}

impl YourFigures {
    pub fn any(&self) -> bool {
        *self != YourFigures::default()
    }
}

impl Situation {
    /// The plan's hotspot terms as the person gives them.
    pub fn figures(&self) -> YourFigures {
        YourFigures {
            allowance: self.hotspot_cap,
            after_cap: self.after_cap,
            period: self.cap_period,
            shares_plan_data: self.hotspot_shares_data,
        }
    }
}

/// Each typed answer in a profile or a rule's worked example is read from the words a person
/// would type at its flag.
/// Builds every fact the rules may read from what was said and what the KB knows.
pub fn derive_facts(situation: &Situation, resolved: &Resolved) -> Facts {
    let mut facts = Facts::default();
    set_carrier_facts(&mut facts, resolved);
    set_plan_facts(&mut facts, situation, resolved);
    set_device_facts(&mut facts, situation, resolved);
    set_lock_facts(&mut facts, situation, resolved);
    if let Some(security) = situation.security {
        facts.known("security", FactValue::word(security.as_str()));
    }
    if let Some(used) = situation.used {
        facts.known("used", FactValue::Size(Allowance::Bytes(used.bytes)));
    }
    if let Some(roaming) = situation.roaming {
        facts.known("roaming", FactValue::Bool(roaming));
    }
    if let Some(p) = &situation.password {
        facts.known("password.score", FactValue::Number(f64::from(p.score)));
        facts.known("password.length", FactValue::Number(p.length as f64));
        facts.known(
            "password.printable_ascii",
            FactValue::Bool(p.printable_ascii),
        );
    }
    facts
}

fn set_carrier_facts(facts: &mut Facts, resolved: &Resolved) {
    match (&resolved.carrier, resolved.carrier_unlisted) {
        (Some(carrier), _) => {
            facts.known("carrier", FactValue::Text(carrier.id.clone()));
            facts.known("carrier.name", FactValue::Text(carrier.name.clone()));
            facts.known(
                "carrier.roaming_hotspot",
                FactValue::word(carrier.policy.roaming_hotspot.as_str()),
            );
        }
        (None, true) => {
            facts.known("carrier", FactValue::word(OTHER_CARRIER));
            // "other" or "not listed" is no name to put in a sentence.
            facts.known("carrier.name", FactValue::Phrase(Phrase::UnlistedCarrier));
            facts.known(
                "carrier.roaming_hotspot",
                FactValue::word(RoamingHotspot::Unknown.as_str()),
            );
        }
        (None, false) => {
            for name in ["carrier", "carrier.name", "carrier.roaming_hotspot"] {
                facts.set(name, Fact::missing("carrier"));
            }
        }
    }
}

const PLAN_FACTS: &[&str] = &[
    "plan",
    "plan.name",
    "plan.kind",
    "plan.esim",
    "plan.hotspot.included",
    "plan.hotspot.high_speed",
    "plan.hotspot.after_cap",
    "plan.hotspot.after_cap_said",
    "plan.hotspot.shares_plan_data",
    "plan.hotspot.max_devices",
    "plan.hotspot.period",
    "plan.hotspot.per",
    "plan.hotspot.this_period",
    "plan.hotspot.until_reset",
    "plan.hotspot.speed_cap",
    "plan.hotspot.speed_capped",
    "plan.phone_number",
];

fn set_plan_facts(facts: &mut Facts, situation: &Situation, resolved: &Resolved) {
    let Some(plan) = &resolved.plan else {
        // An unlisted carrier's plan can only be answered by the carrier itself; a listed
        // carrier's plan is a flag away.
        for name in PLAN_FACTS.iter().copied().chain(["plan.hotspot.left"]) {
            let plan_would_settle_it =
                situation.plan.is_none() && !(resolved.carrier_unlisted && name != "plan");
            let fact = match (plan_would_settle_it, name) {
                (true, _) => Fact::missing("plan"),
                // What is left needs the allowance, and the data used unless it was given.
                (false, "plan.hotspot.left") if situation.used.is_some() => {
                    Fact::missing("plan.hotspot.high_speed")
                }
                (false, "plan.hotspot.left") => Fact::missing("used"),
                (false, name) => Fact::missing(name),
            };
            facts.set(name, fact);
        }
        if let Some(name) = &situation.plan {
            facts.known("plan", FactValue::Text(name.clone().into()));
            facts.known("plan.name", FactValue::Text(name.clone().into()));
        }
        return;
    };
    let hotspot = &plan.hotspot;
    facts.known("plan", FactValue::Text(plan.id.clone()));
    let name = match plan.name.as_str() {
        "" => FactValue::Phrase(Phrase::UnlistedPlan),
        _ => FactValue::Text(plan.name.clone()),
    };
    facts.known("plan.name", name);
    facts.known("plan.kind", FactValue::word(plan.kind.as_str()));
    let carrier_esim = resolved.carrier.as_ref().map(|c| c.esim_for(plan.kind));
    set_tri(facts, "plan.esim", carrier_esim.unwrap_or(Tri::Unknown));
    set_tri(facts, "plan.hotspot.included", hotspot.included);
    set_tri(
        facts,
        "plan.hotspot.shares_plan_data",
        hotspot.shares_plan_data,
    );
    let high_speed = effective_high_speed(plan);
    match high_speed {
        Some(a) => facts.known("plan.hotspot.high_speed", FactValue::Size(a)),
        None => facts.set(
            "plan.hotspot.high_speed",
            Fact::missing("plan.hotspot.high_speed"),
        ),
    }
    // The speed for tests, and for findings the same speed in words that say whether it is
    // the plan's own or only the carrier's general rule.
    match effective_after_cap(plan, resolved.carrier.as_ref()) {
        Some(s) => {
            facts.known("plan.hotspot.after_cap", FactValue::Speed(s));
            let general = after_cap_is_carriers_rule(plan, resolved.carrier.as_ref());
            facts.known(
                "plan.hotspot.after_cap_said",
                FactValue::Phrase(Phrase::AfterCap {
                    speed: s,
                    general,
                    better: plan.hotspot.after_cap_better.clone(),
                }),
            );
        }
        None => {
            for name in ["plan.hotspot.after_cap", "plan.hotspot.after_cap_said"] {
                facts.set(name, Fact::missing("plan.hotspot.after_cap"));
            }
        }
    }
    facts.known(
        "plan.hotspot.period",
        FactValue::word(hotspot.period.as_str()),
    );
    // The same period as findings say it: "a day", "today", "until the next day".
    for (name, phrase) in [
        ("plan.hotspot.per", Phrase::Per(hotspot.period)),
        (
            "plan.hotspot.this_period",
            Phrase::ThisPeriod(hotspot.period),
        ),
        (
            "plan.hotspot.until_reset",
            Phrase::UntilReset(hotspot.period),
        ),
    ] {
        facts.known(name, FactValue::Phrase(phrase));
    }
    // No `speed_cap` in the file means no fixed top speed; `speed_cap: unknown` means one may
    // exist, which a rule must see as unknown rather than as no cap.
    match hotspot.speed_cap {
        None => {
            facts.set(
                "plan.hotspot.speed_cap",
                Fact::missing("plan.hotspot.speed_cap"),
            );
            facts.known("plan.hotspot.speed_capped", FactValue::Bool(false));
        }
        Some(Known::Unknown) => {
            facts.set(
                "plan.hotspot.speed_cap",
                Fact::missing("plan.hotspot.speed_cap"),
            );
            facts.set(
                "plan.hotspot.speed_capped",
                Fact::missing("plan.hotspot.speed_capped"),
            );
        }
        Some(Known::Known(s)) => {
            facts.known("plan.hotspot.speed_cap", FactValue::Speed(s));
            facts.known("plan.hotspot.speed_capped", FactValue::Bool(true));
        }
    }
    set_tri(facts, "plan.phone_number", plan.phone_number);
    match hotspot.max_devices {
        Some(n) => facts.known("plan.hotspot.max_devices", FactValue::Number(f64::from(n))),
        None => facts.set(
            "plan.hotspot.max_devices",
            Fact::missing("plan.hotspot.max_devices"),
        ),
    }
    let left = match (high_speed, situation.used.map(|u| u.bytes)) {
        (Some(Allowance::Unlimited), _) => Fact::Known(FactValue::Size(Allowance::Unlimited)),
        (Some(Allowance::Bytes(cap)), Some(used)) => {
            Fact::Known(FactValue::Size(Allowance::Bytes(cap.saturating_sub(used))))
        }
        (Some(_), None) => Fact::missing("used"),
        (None, _) => Fact::missing("plan.hotspot.high_speed"),
    };
    facts.set("plan.hotspot.left", left);
}

fn effective_high_speed(plan: &Plan) -> Option<Allowance> {
    plan.hotspot.full_speed().get()
}

/// The plan's own after-cap speed, else the carrier's general one.
pub fn effective_after_cap(plan: &Plan, carrier: Option<&Carrier>) -> Option<Speed> {
    if plan.hotspot.included == Tri::False {
        return Some(Speed::Blocked);
    }
    plan.hotspot
        .after_cap
        .get()
        .or_else(|| carrier.and_then(|c| c.policy.after_cap.get()))
}

/// True when the after-cap speed shown is the carrier's general rule, because the plan's own
/// terms do not give one: the report says so rather than pass it off as the plan's.
pub fn after_cap_is_carriers_rule(plan: &Plan, carrier: Option<&Carrier>) -> bool {
    plan.hotspot.included != Tri::False
        && plan.hotspot.after_cap.get().is_none()
        && carrier.is_some_and(|c| c.policy.after_cap.get().is_some())
}

fn set_tri(facts: &mut Facts, name: &'static str, value: Tri) {
    match value.as_bool() {
        Some(b) => facts.known(name, FactValue::Bool(b)),
        None => facts.set(name, Fact::missing(name)),
    }
}

fn set_device_facts(facts: &mut Facts, situation: &Situation, resolved: &Resolved) {
    if let Some(region) = situation.bought_in {
        facts.known("bought_in", FactValue::word(region.as_str()));
    }
    if let Some(v) = &situation.os_version {
        facts.known("os_version", FactValue::Version(v.clone()));
    }
    if let Some(state) = situation.esim {
        facts.known("esim", FactValue::word(state.as_str()));
    }
    let platform = situation
        .os
        .or_else(|| resolved.device.as_ref().map(|d| d.platform));
    if let Some(p) = platform {
        facts.known("platform", FactValue::word(p.as_str()));
    }
    if let Some(device) = &resolved.device {
        facts.known("device", FactValue::Text(device.id.clone()));
        facts.known("device.name", FactValue::Text(device.name.clone()));
    } else {
        facts.set("device", Fact::missing("device"));
        // A phone not in the list, said to have eSIM or not: findings call it "this phone".
        let name = match situation.has_esim {
            Some(_) => Fact::Known(FactValue::Phrase(Phrase::UnlistedPhone)),
            None => Fact::missing("device"),
        };
        facts.set("device.name", name);
    }
    facts.set(
        "device.esim",
        device_esim(situation, resolved.device.as_ref()),
    );
    facts.set(
        "device.foreign_esim",
        device_foreign_esim(situation, resolved.device.as_ref()),
    );
}

/// A US eSIM already working on the phone proves the phone takes it; an unlisted phone has
/// no market restriction known.
fn device_foreign_esim(situation: &Situation, device: Option<&Device>) -> Fact {
    if situation.esim == Some(EsimState::Active) {
        return Fact::Known(FactValue::Bool(true));
    }
    let Some(device) = device else {
        return Fact::Known(FactValue::Bool(true));
    };
    match device.foreign_esim_when_bought_in(situation.bought_in) {
        None => Fact::missing("bought_in"),
        Some(tri) => match tri.as_bool() {
            Some(b) => Fact::Known(FactValue::Bool(b)),
            None => Fact::missing("device.foreign_esim"),
        },
    }
}

/// An eSIM already on the phone proves the phone takes eSIM, whatever the model list says.
fn device_esim(situation: &Situation, device: Option<&Device>) -> Fact {
    if matches!(
        situation.esim,
        Some(EsimState::Active | EsimState::Installed)
    ) {
        return Fact::Known(FactValue::Bool(true));
    }
    if let Some(has) = situation.has_esim {
        return Fact::Known(FactValue::Bool(has));
    }
    let Some(device) = device else {
        return Fact::missing("device");
    };
    match device.esim_when_bought_in(situation.bought_in) {
        None => Fact::missing("bought_in"),
        Some(tri) => match tri.as_bool() {
            Some(b) => Fact::Known(FactValue::Bool(b)),
            None => Fact::missing("device.esim"),
        },
    }
}

fn set_lock_facts(facts: &mut Facts, situation: &Situation, resolved: &Resolved) {
    if let Some(lock) = situation.lock {
        facts.known("lock", FactValue::word(lock.as_str()));
    }
    let Some(locked_to) = &situation.locked_to else {
        facts.set("locked_to_this_carrier", Fact::missing("locked_to"));
        return;
    };
    facts.known("locked_to", FactValue::Text(locked_to.clone().into()));
    let same = match (&resolved.locked_to_id, &resolved.carrier) {
        (_, None) if !resolved.carrier_unlisted => {
            facts.set("locked_to_this_carrier", Fact::missing("carrier"));
            return;
        }
        (Some(lock_id), Some(carrier)) => **lock_id == *carrier.id,
        _ => false,
    };
    facts.known("locked_to_this_carrier", FactValue::Bool(same));
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each typed answer as a person may write it in a profile, and as it is saved.
    const ANSWERS: &[(&str, &str, &str)] = &[
        ("bought_in", "国行", "cn"),
        ("os", "iPhone", "ios"),
        ("esim", "ON", "active"),
        ("lock", "无 SIM 卡限制", "unlocked"),
        ("security", "WPA2/WPA3-Personal", "wpa2-wpa3"),
        ("cap_period", "Day", "day"),
        ("os_version", "iOS 17.10", "'17.10'"),
        ("used", "5 gigs", "5GB"),
        ("used", "1.5 GiB", "1.5GiB"),
        ("used", "３ＧＢ", "3GB"),
        ("hotspot_cap", "15 GB", "15GB"),
        ("hotspot_cap", "Unlimited", "unlimited"),
        ("after_cap", "1.5 Mbps", "1500kbps"),
        ("after_cap", "stops", "stop"),
    ];

    #[test]
    fn each_answer_reads_the_words_people_write_and_saves_its_own() {
        for (field, written, saved) in ANSWERS {
            let situation: Situation = serde_yaml::from_str(&format!("{field}: {written}"))
                .unwrap_or_else(|e| panic!("{field}: {e}"));
            assert_ne!(situation, Situation::default(), "{field}");
            let text = serde_yaml::to_string(&situation).unwrap();
            assert_eq!(text, format!("{field}: {saved}\n"));
            let again: Situation = serde_yaml::from_str(&text).unwrap();
            assert_eq!(again, situation, "{field}");
        }
    }

    #[test]
    fn unknown_or_nothing_is_not_given_and_a_bad_word_names_its_field() {
        let none: Situation = serde_yaml::from_str("esim: unknown\nos:\nlock: ~\n").unwrap();
        assert_eq!(none, Situation::default());
        let error = serde_yaml::from_str::<Situation>("security: wep").unwrap_err();
        assert!(
            error.to_string().starts_with("security: \"wep\""),
            "{error}"
        );
    }
}
