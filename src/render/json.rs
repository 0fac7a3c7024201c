//! The JSON contract for scripts. Its shape is documented in the README and checked by tests;
//! it is built here field by field so that a change to the report types cannot change it
//! silently.

use serde_json::{json, Value};

use crate::advisor::{CarrierSummary, HotspotSummary, PlanSummary, Report};
use crate::kb::date::Date;
use crate::messages;

pub fn report(report: &Report) -> String {
    let mut object = json!({
        "verdict": report.verdict.as_str(),
        "carrier": report.carrier.as_ref().map(carrier),
        "plan": report.plan.as_ref().map(plan),
        "device": report.device.as_ref().map(|d| json!({
            "id": d.id,
            "name": d.name,
            "source": d.source.url,
            "source_kind": d.source.kind,
            "source_copy_host": d.source.copy_host,
            "verified": d.source.verified.to_string(),
        })),
        "findings": report.findings.iter().map(|f| json!({
            "rule": f.rule,
            "severity": f.severity.as_str(),
            "message": messages::finding_text(&f.message, &f.values),
            "advice": f.advice.as_ref().map(|a| messages::finding_text(a, &f.values)),
            "source": f.source,
        })).collect::<Vec<_>>(),
        "missing_facts": report.missing_facts.iter().map(|m| m.fact).collect::<Vec<_>>(),
        "how_to_find_out": report.missing_facts.iter().chain(&report.not_checked)
            .map(|m| (m.fact.to_string(), Value::from(messages::how_to_find_out(m.question))))
            .collect::<serde_json::Map<_, _>>(),
        "not_checked": report.not_checked.iter().map(|m| m.fact).collect::<Vec<_>>(),
        "command": report.command(),
    });
    if let Some(remaining) = report.remaining_bytes {
        object["remaining_bytes"] = json!(remaining);
    }
    if !report.also_meant.is_empty() {
        object["also_meant"] = report
            .also_meant
            .iter()
            .map(|p| json!({ "id": p.id, "name": p.name }))
            .collect();
    }
    if let Some(trace) = &report.trace {
        object["trace"] = serde_json::to_value(trace).unwrap_or(Value::Null);
    }
    finish(&object)
}

/// A carrier as every command's JSON gives it.
pub fn carrier(c: &CarrierSummary) -> Value {
    json!({ "id": c.id, "name": c.name, "network": c.network })
}

/// A plan as every command's JSON gives it.
pub fn plan(p: &PlanSummary) -> Value {
    // A plan from the person's own figures has no page behind it, and a name only if given.
    if p.kind == crate::kb::model::PlanKind::Unlisted {
        return json!({
            "id": p.id,
            "name": Some(&p.name).filter(|n| !n.is_empty()),
            "kind": p.kind.as_str(),
            "source": null,
            "source_kind": null,
            "source_copy_host": null,
            "source_date": null,
            "verified": null,
            "stale": false,
            "allowance": p.allowance.to_string(),
            "hotspot": hotspot(&p.hotspot),
            "from_you": from_you(p),
        });
    }
    json!({
        "id": p.id,
        "name": p.name,
        "kind": p.kind.as_str(),
        "source": p.provenance.url,
        "source_kind": p.provenance.kind,
        "source_copy_host": p.provenance.copy_host,
        "source_date": p.provenance.page_date.map(|d| d.to_string()),
        "verified": p.provenance.verified.to_string(),
        "stale": p.provenance.verified.is_stale(Date::today()),
        "allowance": p.allowance.to_string(),
        "hotspot": hotspot(&p.hotspot),
        "from_you": from_you(p),
        "add_ons": add_ons(p),
    })
}

/// What can be bought on top of the plan, as every command's JSON gives it.
fn add_ons(p: &PlanSummary) -> Value {
    p.add_ons
        .iter()
        .map(|a| {
            json!({
                "name": a.name,
                "adds_bytes": a.adds.and_then(crate::units::Allowance::bytes),
                "price": a.price,
            })
        })
        .collect()
}

/// The terms the person gave, each with what the knowledge base said (`null` where nothing).
fn from_you(p: &PlanSummary) -> Value {
    p.from_you
        .iter()
        .map(|f| json!({ "term": f.term.as_str(), "knowledge_base": f.knowledge_base }))
        .collect()
}

/// The plan's hotspot object, the same in every command's JSON.
pub fn hotspot(h: &HotspotSummary) -> Value {
    json!({
        "included": h.included,
        "high_speed_bytes": h.high_speed_bytes,
        "unlimited": h.unlimited,
        "after_cap_kbps": h.after_cap_kbps,
        "after_cap_is_carriers_rule": h.after_cap_is_carriers_rule,
        "period": h.period.as_str(),
        "speed_cap_kbps": h.speed_cap_kbps,
        "speed_cap_unknown": h.speed_cap_unknown,
        "shares_plan_data": h.shares_plan_data,
        "after_cap_better": h.after_cap_better.as_ref().map(|b| json!({
            "kbps": b.speed.kbps(),
            "on": b.on,
        })),
    })
}

pub fn finish(value: &Value) -> String {
    let mut text = serde_json::to_string_pretty(value).unwrap_or_else(|_| "{}".into());
    text.push('\n');
    text
}
