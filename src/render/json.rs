//! The JSON contract for scripts. Its shape is documented in the README and checked by tests;
//! it is built here field by field so that a change to the report types cannot change it
//! silently.

use std::collections::BTreeMap;

use serde::Serialize;
use serde_json::Value;

use crate::advisor::{CarrierSummary, HotspotSummary, PlanSummary, Report};
use crate::messages;

// Each object's fields are in the order of their names, as the contract has always given
// them. They are written straight from these views: a tree of JSON values built first and
// then written cost a tenth of a `check`.

#[derive(Serialize)]
struct ReportJson<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    also_meant: Option<Vec<NamedJson<'a>>>,
    carrier: Option<CarrierJson<'a>>,
    command: String,
    device: Option<DeviceJson<'a>>,
    findings: Vec<FindingJson<'a>>,
    how_to_find_out: BTreeMap<&'static str, String>,
    missing_facts: Vec<&'static str>,
    not_checked: Vec<&'static str>,
    plan: Option<PlanJson<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    remaining_bytes: Option<Option<u64>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    trace: Option<Value>,
    verdict: &'static str,
}

#[derive(Serialize)]
struct NamedJson<'a> {
    id: &'a str,
    name: &'a str,
}

fn named(p: &crate::advisor::PlanName) -> NamedJson<'_> {
    NamedJson {
        id: &p.id,
        name: &p.name,
    }
}

#[derive(Serialize)]
struct DeviceJson<'a> {
    id: &'a str,
    name: &'a str,
    source: &'a str,
    source_copy_host: Option<&'a str>,
    source_kind: Option<&'static str>,
    verified: String,
}

#[derive(Serialize)]
struct FindingJson<'a> {
    advice: Option<String>,
    message: String,
    rule: &'a str,
    severity: &'static str,
    source: Option<&'a str>,
}

pub fn report(report: &Report) -> String {
    let device = report.device.as_ref().map(|d| DeviceJson {
        id: &d.id,
        name: &d.name,
        source: &d.source.url,
        source_copy_host: d.source.copy_host.as_deref(),
        source_kind: d.source.kind,
        verified: d.source.verified.to_string(),
    });
    let findings = report.findings.iter().map(|f| FindingJson {
        advice: f
            .advice
            .as_ref()
            .map(|a| messages::finding_text(a, &f.values)),
        message: messages::finding_text(&f.message, &f.values),
        rule: &f.rule,
        severity: f.severity.as_str(),
        source: f.source.as_deref(),
    });
    let how_to_find_out = report
        .missing_facts
        .iter()
        .chain(&report.not_checked)
        .map(|m| (m.fact, messages::how_to_find_out(m.question)))
        .collect();
    let facts = |list: &[crate::rules::engine::MissingFact]| list.iter().map(|m| m.fact).collect();
    finish(&ReportJson {
        also_meant: (!report.also_meant.is_empty())
            .then(|| report.also_meant.iter().map(named).collect()),
        carrier: report.carrier.as_ref().map(carrier),
        command: report.command(),
        device,
        findings: findings.collect(),
        how_to_find_out,
        missing_facts: facts(&report.missing_facts),
        not_checked: facts(&report.not_checked),
        plan: report.plan.as_ref().map(plan),
        remaining_bytes: report.remaining_bytes,
        trace: report
            .trace
            .as_ref()
            .map(|trace| serde_json::to_value(trace).unwrap_or(Value::Null)),
        verdict: report.verdict.as_str(),
    })
}

/// A carrier as every command's JSON gives it.
#[derive(Serialize)]
pub struct CarrierJson<'a> {
    id: &'a str,
    name: &'a str,
    network: Option<&'a str>,
}

pub fn carrier(c: &CarrierSummary) -> CarrierJson<'_> {
    CarrierJson {
        id: &c.id,
        name: &c.name,
        network: c.network.as_deref(),
    }
}

/// A plan as every command's JSON gives it.
#[derive(Serialize)]
pub struct PlanJson<'a> {
    /// Only for a plan in the knowledge base.
    #[serde(skip_serializing_if = "Option::is_none")]
    add_ons: Option<Vec<AddOnJson<'a>>>,
    allowance: String,
    from_you: Vec<FromYouJson<'a>>,
    hotspot: HotspotJson<'a>,
    id: &'a str,
    kind: &'static str,
    name: Option<&'a str>,
    source: Option<&'a str>,
    source_copy_host: Option<&'a str>,
    source_date: Option<String>,
    source_kind: Option<&'static str>,
    stale: bool,
    verified: Option<String>,
}

/// What can be bought on top of the plan.
#[derive(Serialize)]
struct AddOnJson<'a> {
    adds_bytes: Option<u64>,
    name: &'a str,
    price: Option<&'a str>,
}

fn add_on(a: &crate::kb::model::AddOn) -> AddOnJson<'_> {
    AddOnJson {
        adds_bytes: a.adds.and_then(crate::units::Allowance::bytes),
        name: &a.name,
        price: a.price.as_deref(),
    }
}

/// A term the person gave, with what the knowledge base said (`null` where nothing).
#[derive(Serialize)]
struct FromYouJson<'a> {
    knowledge_base: Option<&'a str>,
    term: &'static str,
}

pub fn plan(p: &PlanSummary) -> PlanJson<'_> {
    let from_you = p
        .from_you
        .iter()
        .map(|f| FromYouJson {
            knowledge_base: f.knowledge_base.as_deref(),
            term: f.term.as_str(),
        })
        .collect();
    let mut json = PlanJson {
        add_ons: None,
        allowance: p.allowance.to_string(),
        from_you,
        hotspot: hotspot(&p.hotspot),
        id: &p.id,
        kind: p.kind.as_str(),
        name: Some(p.name.as_str()),
        source: None,
        source_copy_host: None,
        source_date: None,
        source_kind: None,
        stale: false,
        verified: None,
    };
    // A plan from the person's own figures has no page behind it, and a name only if given.
    if p.kind == crate::kb::model::PlanKind::Unlisted {
        json.name = json.name.filter(|n| !n.is_empty());
        return json;
    }
    let source = &p.provenance;
    PlanJson {
        add_ons: Some(p.add_ons.iter().map(add_on).collect()),
        source: Some(&source.url),
        source_copy_host: source.copy_host.as_deref(),
        source_date: source.page_date.map(|d| d.to_string()),
        source_kind: source.kind,
        stale: source.verified.is_stale_now(),
        verified: Some(source.verified.to_string()),
        ..json
    }
}

/// The plan's hotspot object, the same in every command's JSON.
#[derive(Serialize)]
pub struct HotspotJson<'a> {
    after_cap_better: Option<BetterSpeedJson<'a>>,
    after_cap_is_carriers_rule: bool,
    after_cap_kbps: Option<u64>,
    high_speed_bytes: Option<u64>,
    included: Option<bool>,
    period: &'static str,
    shares_plan_data: Option<bool>,
    speed_cap_kbps: Option<u64>,
    speed_cap_unknown: bool,
    unlimited: bool,
}

#[derive(Serialize)]
struct BetterSpeedJson<'a> {
    kbps: u64,
    on: &'a str,
}

pub fn hotspot(h: &HotspotSummary) -> HotspotJson<'_> {
    HotspotJson {
        after_cap_better: h.after_cap_better.as_ref().map(|b| BetterSpeedJson {
            kbps: b.speed.kbps(),
            on: &b.on,
        }),
        after_cap_is_carriers_rule: h.after_cap_is_carriers_rule,
        after_cap_kbps: h.after_cap_kbps,
        high_speed_bytes: h.high_speed_bytes,
        included: h.included,
        period: h.period.as_str(),
        shares_plan_data: h.shares_plan_data,
        speed_cap_kbps: h.speed_cap_kbps,
        speed_cap_unknown: h.speed_cap_unknown,
        unlimited: h.unlimited,
    }
}

pub fn finish(value: &impl Serialize) -> String {
    let mut text = serde_json::to_string_pretty(value).unwrap_or_else(|_| "{}".into());
    text.push('\n');
    text
}
