//! The report for a person: the verdict first, then the allowance, the findings with their
//! advice, what to find out, and where the plan's numbers come from.

use std::fmt::Write as _;

use colored::{ColoredString, Colorize};

use crate::advisor::{PlanSummary, Report, SourceSummary, YourFigure};
use crate::kb::date::Date;
use crate::kb::model::PlanKind;
use crate::messages;
use crate::rules::engine::MissingFact;
use crate::rules::{Severity, Verdict};
use crate::text::sanitize;
use crate::tr;

/// Where the report is read: after `check`, or at the end of the guide, which has already
/// asked what it could and so does not send the person back to itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ShownBy {
    Check,
    Guide,
}

pub fn report(report: &Report) -> String {
    report_shown_by(report, ShownBy::Check)
}

pub fn report_shown_by(report: &Report, shown_by: ShownBy) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}  {}",
        verdict_badge(report.verdict),
        messages::verdict_line(report.verdict)
    );
    write_subject(&mut out, report);
    if !report.findings.is_empty() {
        let _ = writeln!(out, "\n{}", messages::findings().bold());
        for finding in &report.findings {
            let _ = writeln!(
                out,
                "  {} {}",
                severity_tag(finding.severity),
                sanitize(&messages::finding_text(&finding.message, &finding.values))
            );
            if let Some(advice) = &finding.advice {
                let advice = messages::finding_text(advice, &finding.values);
                let _ = writeln!(out, "      {} {}", "→".dimmed(), sanitize(&advice));
            }
            if let Some(source) = &finding.source {
                let _ = writeln!(
                    out,
                    "      {}{}",
                    messages::label(messages::source(), |l| l.dimmed()),
                    sanitize(source).dimmed()
                );
            }
        }
    }
    write_missing(&mut out, &report.missing_facts);
    write_not_checked(&mut out, &report.not_checked, shown_by);
    write_sources(&mut out, report);
    if let Some(trace) = &report.trace {
        let _ = writeln!(out, "\n{}", messages::trace().bold());
        for rule in trace {
            let _ = writeln!(
                out,
                "  {} [{}] {}",
                sanitize(&rule.rule).bold(),
                messages::severity_word(rule.severity),
                messages::rule_result(rule.result)
            );
            for step in &rule.steps {
                let read = match &step.read {
                    Some(v) => messages::read_value(&sanitize(v)),
                    None if step.test.is_group() => String::new(),
                    None => messages::not_given().to_string(),
                };
                let read = if read.is_empty() {
                    String::new()
                } else {
                    format!(" {}", read.dimmed())
                };
                let _ = writeln!(
                    out,
                    "    {}{}{read} {}",
                    "  ".repeat(step.depth),
                    sanitize(&messages::step_test(&step.test)),
                    messages::truth_word(step.result)
                );
            }
        }
    }
    // A check with no situation has nothing worth repeating.
    if !report.repeat_args.is_empty() {
        let _ = writeln!(
            out,
            "\n{}{}",
            messages::label(messages::repeat(), |l| l.dimmed()),
            sanitize(&report.command())
        );
    }
    out
}

/// "Unlimited Premium" could also mean "Unlimited Premium PL": say so, with how to choose.
pub fn also_meant_line(found: &str, others: &[crate::advisor::PlanName]) -> String {
    let names: Vec<String> = others
        .iter()
        .map(|p| sanitize(&p.name).into_owned())
        .collect();
    messages::also_meant(&sanitize(found), &messages::list(&names))
}

/// Where the plan's facts come from: a page, with how strong and how old it is, or the
/// person's own figures for a plan the knowledge base does not list.
pub fn write_plan_source(out: &mut String, plan: &PlanSummary, today: Date) {
    if plan.kind == PlanKind::Unlisted {
        let _ = writeln!(out, "{}", messages::your_figures_source().dimmed());
        return;
    }
    let line = provenance_line(&messages::plan_facts(), &plan.provenance, today);
    let _ = writeln!(out, "{line}");
    if let Some(warning) = stale_warning(plan.provenance.verified, today) {
        let _ = writeln!(out, "{}", warning.yellow());
    }
}

/// Where the plan's and the phone's facts come from, how strong and how old.
fn write_sources(out: &mut String, report: &Report) {
    let today = Date::today();
    if report.plan.is_some() || report.device.is_some() {
        out.push('\n');
    }
    if let Some(plan) = &report.plan {
        write_plan_source(out, plan, today);
    }
    if let Some(device) = &report.device {
        let line = provenance_line(&messages::device_facts(), &device.source, today);
        let _ = writeln!(out, "{line}");
    }
}

fn write_subject(out: &mut String, report: &Report) {
    let mut subject = Vec::new();
    if let Some(carrier) = &report.carrier {
        let network = carrier
            .other_network()
            .map(|n| messages::on_network(&sanitize(n)))
            .unwrap_or_default();
        subject.push(format!(
            "{}{}{network}",
            messages::plain_label(messages::carrier()),
            sanitize(&carrier.name)
        ));
    }
    if let Some(plan) = &report.plan {
        let name = match plan.name.as_str() {
            "" => messages::your_plan(),
            name => sanitize(name).into_owned(),
        };
        subject.push(format!(
            "{}{}{}",
            messages::plain_label(messages::plan()),
            name,
            messages::paren(&messages::plan_kind(plan.kind))
        ));
    }
    if let Some(device) = &report.device {
        subject.push(format!(
            "{}{}",
            messages::plain_label(messages::device()),
            sanitize(&device.name)
        ));
    }
    if !subject.is_empty() {
        let _ = writeln!(out, "\n  {}", subject.join("   "));
    }
    if let Some(plan) = &report.plan {
        let _ = writeln!(
            out,
            "  {}{}",
            messages::label(messages::hotspot(), |l| l.bold()),
            sanitize(&plan.allowance.to_string())
        );
        if !plan.from_you.is_empty() {
            let _ = writeln!(out, "  {}", sanitize(&from_you(&plan.from_you)));
        }
        if !plan.kind.still_sold() {
            let _ = writeln!(out, "  {}", messages::no_longer_sold());
        }
        if !report.also_meant.is_empty() {
            let _ = writeln!(out, "  {}", also_meant_line(&plan.name, &report.also_meant));
        }
        let total = plan.hotspot.high_speed_bytes.filter(|&t| t > 0);
        if let (Some(used), Some(total)) = (report.used, total) {
            let _ = writeln!(out, "  {}", super::usage_line(used.bytes, total, None));
        }
        if let Some(used) = report.used.filter(|u| u.binary) {
            let _ = writeln!(out, "  {}", messages::binary_used(used.bytes));
        }
    }
}

/// What could still make the answer "no": each with how to find it out.
fn write_missing(out: &mut String, facts: &[MissingFact]) {
    if facts.is_empty() {
        return;
    }
    let _ = writeln!(out, "\n{}", messages::to_decide().bold());
    for (i, fact) in facts.iter().enumerate() {
        let _ = writeln!(
            out,
            "  {}. {}{}",
            i + 1,
            messages::fact_label(fact.fact).bold(),
            messages::after_label(&messages::how_to_find_out(fact.question))
        );
    }
}

/// What could only add a limit or a warning: one line, since the verdict does not hang on it.
fn write_not_checked(out: &mut String, facts: &[MissingFact], shown_by: ShownBy) {
    // Some facts no flag or question gives (whether the eSIM has a phone number): those are
    // for the seller, and the hint about flags is not about them.
    let (yours, sellers): (Vec<&MissingFact>, Vec<&MissingFact>) = facts
        .iter()
        .partition(|f| crate::input::answer_settles(f.fact));
    if !yours.is_empty() {
        let labels: Vec<String> = yours.iter().map(|f| messages::fact_label(f.fact)).collect();
        let hint = match shown_by {
            ShownBy::Check => messages::not_checked_hint(),
            ShownBy::Guide => messages::not_checked_hint_guide(),
        };
        let _ = writeln!(
            out,
            "\n{}{}{}{}",
            messages::label(messages::not_checked(), |l| l.bold()),
            messages::list(&labels),
            messages::full_stop(),
            hint.dimmed()
        );
    }
    if !sellers.is_empty() {
        let labels: Vec<String> = sellers
            .iter()
            .map(|f| messages::fact_label(f.fact))
            .collect();
        let _ = writeln!(
            out,
            "{}{}",
            if yours.is_empty() { "\n" } else { "" },
            messages::ask_the_seller(&messages::list(&labels))
        );
    }
}

/// "Plan facts: <url> (press, page dated 2023-08, 2 years old; checked 2026-11-25)".
/// The terms the person gave: "From you: hotspot allowance (the knowledge base says 10 GB)".
/// Here rather than in `messages`, so that `messages` need not know the advisor's types.
pub fn from_you(figures: &[YourFigure]) -> String {
    let terms: Vec<String> = figures
        .iter()
        .map(|figure| {
            let term = tr!("plan-term", term = figure.term.as_str());
            match &figure.knowledge_base {
                Some(said) => format!(
                    "{term}{}",
                    messages::paren(&tr!("kb-said", value = said.as_str()))
                ),
                None => term,
            }
        })
        .collect();
    tr!("from-you", terms = messages::list(&terms))
}

pub fn provenance_line(label: &str, source: &SourceSummary, today: Date) -> String {
    let mut details = Vec::new();
    if let Some(kind) = source.kind {
        let copy_host = source.copy_host.as_deref().map(sanitize);
        details.push(messages::source_strength(kind, copy_host.as_deref()));
    }
    match source.page_date {
        Some(date) => details.push(format!(
            "{} {date}{}",
            messages::page_dated(),
            age_words(date.earliest(), today)
        )),
        None => details.push(messages::undated().to_string()),
    }
    details.push(format!("{} {}", messages::checked(), source.verified));
    format!(
        "{}{}{}",
        messages::label(label.to_string(), |l| l.dimmed()),
        sanitize(&source.url),
        messages::paren(&details.join(&messages::detail_separator()))
    )
}

/// "Last verified 2026-03-02, 8 months ago — plans change; confirm with the carrier."
pub fn stale_warning(verified: Date, today: Date) -> Option<String> {
    verified
        .is_stale(today)
        .then(|| messages::stale(&verified.to_string(), verified.days_until(today)))
}

fn age_words(from: Date, today: Date) -> String {
    let days = today.days_since_epoch() - from.days_since_epoch();
    match days {
        d if d < 0 => String::new(),
        d if d < 365 => String::new(),
        d => {
            let years = d / 365;
            messages::years_old(years)
        }
    }
}

fn verdict_badge(verdict: Verdict) -> ColoredString {
    let word = format!(" {} ", messages::verdict_word(verdict));
    match verdict {
        Verdict::Yes => word.black().on_green().bold(),
        Verdict::Limited => word.black().on_yellow().bold(),
        Verdict::No => word.white().on_red().bold(),
        Verdict::Unknown => word.black().on_cyan().bold(),
    }
}

fn severity_tag(severity: Severity) -> ColoredString {
    let tag = format!("[{}]", messages::severity_word(severity));
    match severity {
        Severity::Block => tag.red().bold(),
        Severity::Limit => tag.yellow().bold(),
        Severity::Warn => tag.magenta(),
        Severity::Info => tag.blue(),
    }
}
