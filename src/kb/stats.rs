//! What the knowledge base holds, and how fresh it is.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use serde_json::{json, Value};

use super::date::Date;
use super::model::Sourced;
use super::Library;
use crate::error::Result;

#[derive(Debug, Clone)]
pub struct Stats {
    pub carriers: usize,
    pub plans_by_kind: BTreeMap<&'static str, usize>,
    pub devices: usize,
    pub rules: usize,
    pub activities: usize,
    pub guides: usize,
    pub oldest: Option<(Date, String)>,
    pub newest: Option<(Date, String)>,
}

/// Every dated entry: what it is, and when it was last verified.
fn dated(library: &Library) -> Result<Vec<(String, Date)>> {
    let mut entries = Vec::new();
    for carrier in library.carriers()? {
        entries.push((format!("carrier \"{}\"", carrier.id), carrier.verified));
        for plan in &carrier.plans {
            entries.push((
                format!("plan \"{}\" of {}", plan.id, carrier.id),
                plan.provenance().verified,
            ));
        }
    }
    for device in library.devices()? {
        entries.push((format!("device \"{}\"", device.id), device.verified));
    }
    Ok(entries)
}

pub fn gather(library: &Library) -> Result<Stats> {
    let carriers = library.carriers()?;
    let mut plans_by_kind = BTreeMap::new();
    for plan in carriers.iter().flat_map(|c| &c.plans) {
        *plans_by_kind.entry(plan.kind.as_str()).or_insert(0) += 1;
    }
    let entries = dated(library)?;
    let oldest = entries
        .iter()
        .min_by_key(|(_, d)| *d)
        .map(|(w, d)| (*d, w.clone()));
    let newest = entries
        .iter()
        .max_by_key(|(_, d)| *d)
        .map(|(w, d)| (*d, w.clone()));
    Ok(Stats {
        carriers: carriers.len(),
        plans_by_kind,
        devices: library.devices()?.len(),
        rules: library.rules()?.len(),
        activities: library.usage()?.len(),
        guides: library.steps()?.guides.len(),
        oldest,
        newest,
    })
}

/// Entries verified more than `days` ago, as problems for `kb validate --max-age`.
pub fn older_than(library: &Library, days: i64, today: Date) -> Result<Vec<String>> {
    Ok(dated(library)?
        .into_iter()
        .filter(|(_, d)| d.days_until(today) > days)
        .map(|(what, d)| {
            format!(
                "{what}: last verified {d}, {} days ago (more than {days})",
                d.days_until(today)
            )
        })
        .collect())
}

impl Stats {
    pub fn plans(&self) -> usize {
        self.plans_by_kind.values().sum()
    }

    pub fn to_text(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(out, "carriers     {}", self.carriers);
        let kinds: Vec<String> = self
            .plans_by_kind
            .iter()
            .map(|(k, n)| format!("{n} {k}"))
            .collect();
        let _ = writeln!(out, "plans        {} ({})", self.plans(), kinds.join(", "));
        let _ = writeln!(out, "devices      {}", self.devices);
        let _ = writeln!(out, "rules        {}", self.rules);
        let _ = writeln!(out, "activities   {}", self.activities);
        let _ = writeln!(out, "setup guides {}", self.guides);
        if let Some((d, what)) = &self.oldest {
            let _ = writeln!(out, "oldest       {d} ({what})");
        }
        if let Some((d, what)) = &self.newest {
            let _ = writeln!(out, "newest       {d} ({what})");
        }
        out
    }

    pub fn to_json(&self) -> Value {
        json!({
            "carriers": self.carriers,
            "plans": self.plans(),
            "plans_by_kind": self.plans_by_kind,
            "devices": self.devices,
            "rules": self.rules,
            "activities": self.activities,
            "guides": self.guides,
            "oldest_verified": self.oldest.as_ref().map(|(d, _)| d.to_string()),
            "newest_verified": self.newest.as_ref().map(|(d, _)| d.to_string()),
        })
    }
}
