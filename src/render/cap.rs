//! `cap`: a plan's hotspot facts in words, and what is left of the allowance.

use std::fmt::Write as _;

use colored::Colorize;
use serde_json::{json, Map, Value};

use crate::budget::{Budget, Pace};
use crate::kb::date::Date;
use crate::kb::model::Period;
use crate::lookup::{CapReport, NoBudget};
use crate::messages;
use crate::text::sanitize;
use crate::tr;
use crate::units::{format_bytes, format_bytes_roughly, Allowance};

/// The cap for a person. The research notes behind the figures are for `--explain`: they are
/// written for the people who keep the knowledge base.
/// By default the short answer: the bar, the daily budget, the pace and the few activities
/// people ask about most; `all` adds every activity.
pub fn text(report: &CapReport, explain: bool, all: bool) -> String {
    let mut out = String::new();
    let plan = &report.plan;
    // "AT&T Unlimited Premium PL" and "Mint Unlimited" already name their carrier;
    // "Unlimited Ultimate" does not.
    let title = title(report);
    let _ = writeln!(
        out,
        "{}{}",
        sanitize(&title).bold(),
        messages::paren(&messages::list(&[
            messages::plan_kind(plan.kind),
            messages::included_word(plan.hotspot.included)
        ]))
    );
    if !plan.kind.still_sold() {
        let _ = writeln!(out, "  {}", messages::no_longer_sold());
    }
    if !report.also_meant.is_empty() {
        let line = super::text::also_meant_line(&plan.name, &report.also_meant);
        let _ = writeln!(out, "  {line}");
    }
    if let Some(network) = report.carrier.as_ref().and_then(|c| c.other_network()) {
        let _ = writeln!(out, "  {}", messages::network_line(&sanitize(network)));
    }
    let _ = writeln!(
        out,
        "  {}{}",
        messages::label(messages::hotspot(), |l| l.bold()),
        sanitize(&plan.allowance.to_string())
    );
    if !plan.from_you.is_empty() {
        let _ = writeln!(
            out,
            "  {}",
            sanitize(&super::text::from_you(&plan.from_you))
        );
    }
    if let Some(kbps) = plan.hotspot.speed_cap_kbps {
        let _ = writeln!(
            out,
            "  {}",
            messages::speed_cap(crate::units::Speed::Kbps(kbps))
        );
    }
    if let Some(words) = messages::shares_words(report.shares_plan_data) {
        let _ = writeln!(out, "  {words}");
    }
    if let Some(n) = report.max_devices {
        let _ = writeln!(out, "  {}", messages::max_devices(n));
    }
    for add_on in &plan.add_ons {
        let mut line = format!(
            "  {}{}",
            messages::plain_label(messages::add_on()),
            sanitize(&add_on.name)
        );
        if let Some(adds) = add_on.adds {
            let _ = write!(line, ": +{adds}");
        }
        if let Some(price) = &add_on.price {
            let _ = write!(line, ", {}", sanitize(price));
        }
        let _ = writeln!(out, "{line}");
    }
    write_after_cap(&mut out, report, all);
    if let Some(reason) = report.no_budget {
        let _ = writeln!(
            out,
            "\n{}{}",
            messages::label(messages::no_budget(), |l| l.bold()),
            no_budget_sentence(reason)
        );
    }
    if let (Some(budget), Some(used)) = (&report.budget, report.used) {
        write_budget(&mut out, budget, used.bytes, plan.hotspot.period, all);
    }
    if let Some(used) = report.used.filter(|u| u.binary) {
        let _ = writeln!(out, "  {}", messages::binary_used(used.bytes));
    }
    if let Some(notes) = plan.notes.as_ref().filter(|_| explain) {
        let _ = writeln!(
            out,
            "\n{}{}",
            messages::label(messages::notes(), |l| l.dimmed()),
            sanitize(notes)
        );
    }
    out.push('\n');
    super::text::write_plan_source(&mut out, plan, Date::today());
    if report.budget.as_ref().is_some_and(shows_hours) {
        let _ = writeln!(out, "{}", messages::usage_figures_note().dimmed());
        if !all {
            let _ = writeln!(out, "{}", messages::more_with_all().dimmed());
        }
    }
    out
}

/// "AT&T Unlimited Premium PL" and "Mint Unlimited" already name their carrier; "Unlimited
/// Ultimate" does not. A plan from the person's figures is theirs, named or not.
fn title(report: &CapReport) -> String {
    let plan = &report.plan;
    let name = match (plan.name.as_str(), &report.carrier) {
        ("", Some(carrier)) => return messages::your_plan_at(&carrier.name),
        ("", None) => messages::your_plan(),
        (name, _) => name.to_string(),
    };
    match &report.carrier {
        Some(carrier) if !name.starts_with(carrier.name.split(' ').next().unwrap_or_default()) => {
            format!("{} {name}", carrier.name)
        }
        _ => name,
    }
}

/// Hours of each activity mean something only while full-speed data is left and counted.
fn shows_hours(budget: &Budget) -> bool {
    matches!(budget.remaining, Allowance::Bytes(left) if left > 0) && !budget.hours.is_empty()
}

fn write_after_cap(out: &mut String, report: &CapReport, all: bool) {
    let (Some(speed), Some((works, too_slow))) = (report.after_cap, &report.at_after_cap) else {
        return;
    };
    let works: Vec<_> = works.iter().filter(|a| all || a.common).collect();
    let too_slow: Vec<_> = too_slow.iter().filter(|a| all || a.common).collect();
    let _ = writeln!(out, "\n{}", messages::at_speed_heading(speed).bold());
    if works.is_empty() {
        let _ = writeln!(out, "  {}", messages::nothing_listed_works());
    } else {
        let names: Vec<String> = works
            .iter()
            .map(|a| sanitize(a.name.current()).into_owned())
            .collect();
        let _ = writeln!(
            out,
            "  {}{}",
            messages::label(messages::works(), |l| l.green()),
            messages::list(&names)
        );
    }
    for activity in too_slow {
        if let Some(need) = activity.needs() {
            let _ = writeln!(
                out,
                "  {}{}{}",
                messages::label(messages::too_slow(), |l| l.red()),
                sanitize(activity.name.current()),
                messages::paren(&format!("{} {need}", messages::needs()))
            );
        }
    }
}

fn write_budget(out: &mut String, budget: &Budget, used: u64, period: Period, all: bool) {
    let _ = writeln!(out, "\n{}", messages::budget_heading(used, period).bold());
    match budget.allowance {
        Allowance::Bytes(total) => {
            let _ = writeln!(out, "  {}", super::usage_line(used, total, budget.resets));
        }
        Allowance::Unlimited => {
            let _ = writeln!(
                out,
                "  {}{}",
                messages::plain_label(messages::left()),
                remaining_words(budget.remaining)
            );
        }
    }
    if period == Period::Day {
        let _ = writeln!(out, "  {}", messages::resets_daily());
    } else if let (Some(days), Some(daily @ 1..)) = (budget.days_left, budget.daily) {
        let daily = if all {
            format_bytes(daily)
        } else {
            messages::about(&format_bytes_roughly(daily))
        };
        let _ = writeln!(out, "  {}", messages::daily_budget(&daily, days));
    }
    match budget.pace {
        // "All used" has been said; "runs out today" would say it again.
        Some(Pace::RunsOut(_)) if budget.remaining == Allowance::Bytes(0) => {}
        Some(Pace::RunsOut(day)) => {
            let _ = writeln!(out, "  {}", messages::runs_out(&messages::short_date(day)));
        }
        Some(Pace::LastsUntil(reset)) => {
            let _ = writeln!(
                out,
                "  {}",
                messages::lasts_until(&messages::short_date(reset))
            );
        }
        None => {}
    }
    if let Some(video) = &budget.best_daily_video {
        let _ = writeln!(
            out,
            "  {}",
            messages::best_video(&sanitize(video.current()))
        );
    }
    if !shows_hours(budget) {
        return;
    }
    let _ = writeln!(out, "  {}", messages::carries());
    for hours in budget.hours.iter().filter(|h| all || h.common) {
        let Some(h) = hours.hours else { continue };
        let both = match (hours.both_directions, hours.sources_disagree) {
            (true, _) => messages::both_ways(),
            (false, true) => messages::sources_disagree(),
            (false, false) => String::new(),
        };
        let _ = writeln!(
            out,
            "    {:>7}  {}{both}",
            messages::hours(h),
            sanitize(hours.name.current())
        );
    }
}

/// Why there is no budget, as the sentence after "No budget:" in cap's and the meter's text.
pub fn no_budget_sentence(reason: NoBudget) -> String {
    format!(
        "{}{}",
        no_budget_reason(reason),
        messages::full_stop().trim_end()
    )
}

/// Why no budget is worked out. Here rather than in `messages`, which need not know `lookup`.
pub fn no_budget_reason(reason: NoBudget) -> String {
    match reason {
        NoBudget::NoHotspot => tr!("no-hotspot-no-budget"),
        NoBudget::UnknownAllowance => tr!("unknown-cap-no-budget"),
        NoBudget::NoFullSpeed => tr!("no-full-speed-no-budget"),
    }
}

fn remaining_words(remaining: Allowance) -> String {
    match remaining {
        Allowance::Unlimited => messages::unlimited_left().to_string(),
        Allowance::Bytes(0) => messages::nothing_left().to_string(),
        Allowance::Bytes(b) => format!("{} {}", format_bytes(b), messages::at_full_speed()),
    }
}

pub fn json(report: &CapReport) -> String {
    let plan = &report.plan;
    let mut plan_json = serde_json::to_value(super::json::plan(plan)).unwrap_or_default();
    plan_json["notes"] = json!(plan.notes);
    plan_json["shares_plan_data"] = json!(report.shares_plan_data.as_bool());
    plan_json["max_devices"] = json!(report.max_devices);
    let mut object = json!({
        "carrier": report.carrier.as_ref().map(super::json::carrier),
        "plan": plan_json,
    });
    if let Some(used) = report.used.map(|u| u.bytes) {
        object["used_bytes"] = json!(used);
        object["budget_note"] = json!(report.no_budget.map(no_budget_reason));
    }
    if let Some(budget) = &report.budget {
        let hours: Map<String, Value> = budget
            .hours
            .iter()
            .map(|h| (h.id.clone(), json!(h.hours)))
            .collect();
        object["remaining_bytes"] = json!(budget.remaining.bytes());
        object["remaining_unlimited"] = json!(budget.remaining == Allowance::Unlimited);
        object["days_left"] = json!(budget.days_left);
        object["daily_budget_bytes"] = json!(budget.daily);
        object["runs_out"] = json!(match budget.pace {
            Some(Pace::RunsOut(day)) => Some(day.to_string()),
            _ => None,
        });
        object["lasts_until_reset"] =
            json!(budget.pace.map(|pace| matches!(pace, Pace::LastsUntil(_))));
        object["best_daily_video"] = json!(budget.best_daily_video.as_ref().map(|v| v.current()));
        object["hours"] = Value::Object(hours);
        object["usage_sources"] = report
            .activities
            .iter()
            .map(|a| {
                (
                    a.id.clone(),
                    json!({
                        "name": a.name.current(),
                        "per_hour_bytes": a.per_hour.bytes(),
                        "both_directions": a.both_directions,
                        "sources_disagree": a.sources_disagree,
                        "notes": a.notes.as_ref().map(|n| n.en()),
                        "source": a.source,
                        "verified": a.verified.to_string(),
                    }),
                )
            })
            .collect::<Map<String, Value>>()
            .into();
    }
    if let (Some(_), Some((works, too_slow))) = (report.after_cap, &report.at_after_cap) {
        object["after_cap"] = json!({
            "works": works.iter().map(|a| a.id.as_str()).collect::<Vec<_>>(),
            "too_slow": too_slow.iter().map(|a| a.id.as_str()).collect::<Vec<_>>(),
        });
    }
    super::json::finish(&object)
}
