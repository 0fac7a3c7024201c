//! Runs every rule over the facts and reaches a verdict that can always say why.
//!
//! The verdict is `no` if a `block` rule fired; else `unknown` if a `block` rule could still
//! fire (it came out unknown because a fact it reads is missing); else `limited` if a `limit`
//! rule fired; else `yes`. Findings are ordered by severity, then by the rule's place in the
//! rules file.

use std::collections::BTreeSet;

use serde::Serialize;

use super::condition::{Evaluation, TraceStep, Truth};
use super::{placeholders, Rule, Severity, Verdict};
use crate::facts::{self, Fact, Facts};
use crate::text::{KbString, LocalizedText};

#[derive(Debug, Clone)]
pub struct Finding {
    pub rule: KbString,
    pub severity: Severity,
    /// The rule's text as written; the facts it names are put in when it is shown, in the
    /// words of the language it is shown in.
    pub message: LocalizedText,
    pub advice: Option<LocalizedText>,
    /// The facts the texts name, with what is known of each.
    pub values: Vec<(&'static str, Fact)>,
    pub source: Option<KbString>,
}

/// A fact that was not given, and how a person can find it out.
#[derive(Debug, Clone, Serialize)]
pub struct MissingFact {
    pub fact: &'static str,
    /// The question that settles it (see `facts::FactSpec::question`).
    pub question: &'static str,
}

#[derive(Debug, Clone, Serialize)]
pub struct RuleTrace {
    pub rule: KbString,
    pub severity: Severity,
    pub result: Truth,
    pub steps: Vec<TraceStep>,
}

#[derive(Debug, Clone)]
pub struct Assessment {
    pub verdict: Verdict,
    pub findings: Vec<Finding>,
    /// Facts that could turn the verdict to `no`: what to find out before trusting a yes.
    pub deciding: Vec<MissingFact>,
    /// Facts that could change a finding or a limit, but not make sharing impossible.
    pub not_checked: Vec<MissingFact>,
    /// Every rule's tests, when asked for (`--explain`).
    pub trace: Option<Vec<RuleTrace>>,
}

/// Runs the rules over the facts; `explain` keeps each rule's trace too.
pub fn assess(rules: &[Rule], facts: &Facts, explain: bool) -> Assessment {
    let mut fired: Vec<(usize, &Rule)> = Vec::new();
    let mut deciding = BTreeSet::new();
    let mut verdict_relevant = BTreeSet::new();
    let mut other_missing = BTreeSet::new();
    let mut trace = explain.then(|| Vec::with_capacity(rules.len()));
    let mut block_unknown = false;

    for (index, rule) in rules.iter().enumerate() {
        let mut evaluation = match explain {
            true => Evaluation::traced(),
            false => Evaluation::default(),
        };
        let result = rule.when.evaluate(facts, &mut evaluation);
        match (result, rule.severity) {
            (Truth::True, _) => fired.push((index, rule)),
            (Truth::Unknown, Severity::Block) => {
                block_unknown = true;
                deciding.extend(evaluation.missing.iter().copied());
            }
            (Truth::Unknown, Severity::Limit) => {
                verdict_relevant.extend(evaluation.missing.iter().copied())
            }
            (Truth::Unknown, _) => other_missing.extend(evaluation.missing.iter().copied()),
            (Truth::False, _) => {}
        }
        if let Some(trace) = trace.as_mut() {
            trace.push(RuleTrace {
                rule: rule.id.clone(),
                severity: rule.severity,
                result,
                steps: evaluation.steps,
            });
        }
    }

    fired.sort_by_key(|(index, rule)| (rule.severity, *index));
    let any_fired = |s: Severity| fired.iter().any(|(_, r)| r.severity == s);
    let verdict = if any_fired(Severity::Block) {
        Verdict::No
    } else if block_unknown {
        Verdict::Unknown
    } else if any_fired(Severity::Limit) {
        Verdict::Limited
    } else {
        Verdict::Yes
    };
    // Once sharing is impossible, nothing else can change the answer.
    if verdict == Verdict::No {
        deciding.clear();
        verdict_relevant.clear();
        other_missing.clear();
    }
    let not_checked: BTreeSet<&str> = verdict_relevant
        .union(&other_missing)
        .copied()
        .filter(|f| !deciding.contains(f))
        .collect();

    Assessment {
        verdict,
        findings: fired
            .into_iter()
            .map(|(_, rule)| finding(rule, facts))
            .collect(),
        deciding: describe(deciding),
        not_checked: describe(not_checked),
        trace,
    }
}

fn describe(names: BTreeSet<&'static str>) -> Vec<MissingFact> {
    let mut facts: Vec<MissingFact> = names
        .into_iter()
        .filter_map(|name| {
            facts::spec(name).map(|spec| MissingFact {
                fact: spec.name,
                question: spec.question,
            })
        })
        .collect();
    // The order a person would answer in: the order facts are declared.
    facts.sort_by_key(|m| facts::FACTS.iter().position(|s| s.name == m.fact));
    // Facts one answer settles together (a password's measurements) are asked once.
    let mut seen = BTreeSet::new();
    facts.retain(|m| seen.insert(m.question));
    facts
}

fn finding(rule: &Rule, facts: &Facts) -> Finding {
    let message = rule.message.clone();
    let advice = rule.advice.clone();
    let texts = std::iter::once(&message).chain(advice.as_ref());
    let mut values: Vec<(&'static str, Fact)> = Vec::new();
    for name in texts.flat_map(LocalizedText::all).flat_map(placeholders) {
        if let Some(spec) = facts::spec(name) {
            if !values.iter().any(|(n, _)| *n == spec.name) {
                values.push((spec.name, facts.get(spec.name)));
            }
        }
    }
    Finding {
        rule: rule.id.clone(),
        severity: rule.severity,
        message,
        advice,
        values,
        source: rule.source.clone(),
    }
}
