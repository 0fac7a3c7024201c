//! What the knowledge base holds, and how fresh it is.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use serde_json::{json, Value};

use super::date::Date;
use super::model::Sourced;
use super::{validate, Library, SourceFile};
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

/// Entries verified more than `days` ago, as problems for `kb validate --max-age`, each
/// pointing at the entry's line in its file.
pub fn older_than(library: &Library, days: i64, today: Date) -> Result<Vec<String>> {
    let mut problems = Vec::new();
    let mut check = |file: &SourceFile, id: &str, what: String, verified: Date| {
        if verified.days_until(today) > days {
            let message = format!(
                "{what}: last verified {verified}, {} days ago (more than {days}); check its source again",
                verified.days_until(today)
            );
            let needle = format!("id: {id}");
            problems.push(validate::at(file, &needle, 0, message).to_string());
        }
    };
    for (file, carrier) in library.carriers_with_files()? {
        check(
            &file,
            &carrier.id,
            format!("carrier \"{}\"", carrier.id),
            carrier.verified,
        );
        for plan in &carrier.plans {
            let verified = plan.provenance().verified;
            check(&file, &plan.id, format!("plan \"{}\"", plan.id), verified);
        }
    }
    for (file, device) in library.devices_with_files()? {
        check(
            &file,
            &device.id,
            format!("device \"{}\"", device.id),
            device.verified,
        );
    }
    Ok(problems)
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
