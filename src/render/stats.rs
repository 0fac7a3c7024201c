//! `kb stats` for a person: counts, with labels lined up in the reader's language.

use std::fmt::Write as _;

use console::pad_str;

use crate::kb::stats::Stats;
use crate::text::sanitize;
use crate::tr;

pub fn text(stats: &Stats) -> String {
    let counts = |by_kind: &std::collections::BTreeMap<&str, usize>, word: fn(&str) -> String| {
        let kinds: Vec<String> = by_kind
            .iter()
            .map(|(k, n)| format!("{n} {}", word(k)))
            .collect();
        crate::messages::list(&kinds)
    };
    let mut rows = vec![
        (tr!("stats-carriers"), stats.carriers.to_string()),
        (
            tr!("stats-plans"),
            format!(
                "{}{}",
                stats.plans(),
                crate::messages::paren(&counts(
                    &stats.plans_by_kind,
                    crate::messages::plan_kind_word
                ))
            ),
        ),
        (
            String::new(),
            tr!(
                "stats-known-allowance",
                known = stats.plans_with_known_allowance,
                unknown = stats.plans() - stats.plans_with_known_allowance
            ),
        ),
        (tr!("stats-devices"), stats.devices.to_string()),
        (tr!("stats-rules"), stats.rules.to_string()),
        (tr!("stats-activities"), stats.activities.to_string()),
        (tr!("stats-guides"), stats.guides.to_string()),
        (
            tr!("stats-sources"),
            tr!(
                "stats-sources-line",
                total = stats.sources_by_kind.values().sum::<usize>(),
                kinds = counts(&stats.sources_by_kind, str::to_string),
                copies = stats.sources_read_in_copies
            ),
        ),
    ];
    for (label, dated) in [
        (tr!("stats-oldest"), &stats.oldest),
        (tr!("stats-newest"), &stats.newest),
    ] {
        if let Some((date, what)) = dated {
            rows.push((
                label,
                format!("{date}{}", crate::messages::paren(&sanitize(what))),
            ));
        }
    }
    let width = rows
        .iter()
        .map(|(label, _)| console::measure_text_width(label))
        .max()
        .unwrap_or(0);
    let mut out = String::new();
    for (label, value) in rows {
        let _ = writeln!(
            out,
            "{} {value}",
            pad_str(&label, width, console::Alignment::Left, None)
        );
    }
    out
}
