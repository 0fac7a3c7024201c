//! What the knowledge base holds, and how fresh it is.

use std::collections::BTreeMap;

use serde_json::{json, Value};

use super::date::Date;
use super::model::{CarrierSources, DeviceSources, Provenance, Sourced};
use super::problem::Problem;
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
    /// Plans whose full-speed hotspot allowance is known (a size, unlimited or none).
    pub plans_with_known_allowance: usize,
    /// Sources of carriers, plans and devices by kind ("carrier", "press"…, or "unstated").
    pub sources_by_kind: BTreeMap<&'static str, usize>,
    /// Of those, the ones read in a copy kept on another site (a code host, a document archive).
    pub sources_read_in_copies: usize,
}

/// A carrier, plan or device, with the file it is written in and when it was last verified.
/// It borrows from the entries: a knowledge base has thousands.
struct Dated<'a> {
    file: &'a SourceFile,
    /// "carrier", "plan" or "device".
    kind: &'static str,
    id: &'a str,
    /// The carrier a plan belongs to.
    owner: Option<&'a str>,
    verified: Date,
}

/// Every dated entry of the knowledge base.
fn dated<'a>(
    carriers: &'a [(SourceFile, CarrierSources)],
    devices: &'a [(SourceFile, DeviceSources)],
) -> Vec<Dated<'a>> {
    let mut entries = Vec::new();
    for (file, carrier) in carriers {
        entries.push(Dated {
            file,
            kind: "carrier",
            id: &carrier.id,
            owner: None,
            verified: carrier.verified,
        });
        for plan in &carrier.plans {
            entries.push(Dated {
                file,
                kind: "plan",
                id: &plan.id,
                owner: Some(&carrier.id),
                verified: plan.provenance().verified,
            });
        }
    }
    for (file, device) in devices {
        entries.push(Dated {
            file,
            kind: "device",
            id: &device.id,
            owner: None,
            verified: device.verified,
        });
    }
    entries
}

impl Dated<'_> {
    /// `plan "go5g"`
    fn label(&self) -> String {
        format!("{} \"{}\"", self.kind, self.id)
    }

    /// `plan "go5g" of t-mobile`
    fn describe(&self) -> String {
        match self.owner {
            Some(owner) => format!("{} of {owner}", self.label()),
            None => self.label(),
        }
    }
}

pub fn gather(library: &Library) -> Result<Stats> {
    let carriers = library.carrier_sources()?;
    let devices = library.device_sources()?;
    let mut plans_by_kind = BTreeMap::new();
    for plan in carriers.iter().flat_map(|(_, c)| &c.plans) {
        *plans_by_kind.entry(plan.kind.as_str()).or_insert(0) += 1;
    }
    let entries = dated(&carriers, &devices);
    let sources: Vec<Provenance> = carriers
        .iter()
        .flat_map(|(_, c)| {
            std::iter::once(c.provenance()).chain(c.plans.iter().map(Sourced::provenance))
        })
        .chain(devices.iter().map(|(_, d)| d.provenance()))
        .collect();
    let mut sources_by_kind = BTreeMap::new();
    for source in &sources {
        let kind = source.source_kind.map_or("unstated", |k| k.as_str());
        *sources_by_kind.entry(kind).or_insert(0) += 1;
    }
    let oldest = entries
        .iter()
        .min_by_key(|e| e.verified)
        .map(|e| (e.verified, e.describe()));
    let newest = entries
        .iter()
        .max_by_key(|e| e.verified)
        .map(|e| (e.verified, e.describe()));
    let sizes = library.list_sizes()?;
    Ok(Stats {
        carriers: carriers.len(),
        plans_by_kind,
        devices: devices.len(),
        rules: sizes.rules,
        activities: sizes.activities,
        guides: sizes.guides,
        oldest,
        newest,
        plans_with_known_allowance: carriers
            .iter()
            .flat_map(|(_, c)| &c.plans)
            .filter(|p| p.hotspot.full_speed().get().is_some())
            .count(),
        sources_by_kind,
        sources_read_in_copies: sources.iter().filter(|s| s.copy_host().is_some()).count(),
    })
}

/// Entries verified more than `days` ago, as problems for `kb validate --max-age`, each
/// pointing at the entry's line in its file.
pub fn older_than(library: &Library, days: i64, today: Date) -> Result<Vec<String>> {
    let carriers = library.carrier_sources()?;
    let devices = library.device_sources()?;
    Ok(dated(&carriers, &devices)
        .into_iter()
        .filter(|e| e.verified.days_until(today) > days)
        .map(|e| {
            let problem = Problem::Stale {
                label: e.label(),
                verified: e.verified,
                days: e.verified.days_until(today),
                most: days,
            };
            validate::at(e.file, &format!("id: {}", e.id), 0, problem).to_string()
        })
        .collect())
}

impl Stats {
    pub fn plans(&self) -> usize {
        self.plans_by_kind.values().sum()
    }

    pub fn to_json(&self) -> Value {
        json!({
            "carriers": self.carriers,
            "plans": self.plans(),
            "plans_by_kind": self.plans_by_kind,
            "plans_with_known_allowance": self.plans_with_known_allowance,
            "sources_by_kind": self.sources_by_kind,
            "sources_read_in_copies": self.sources_read_in_copies,
            "devices": self.devices,
            "rules": self.rules,
            "activities": self.activities,
            "guides": self.guides,
            "oldest_verified": self.oldest.as_ref().map(|(d, _)| d.to_string()),
            "newest_verified": self.newest.as_ref().map(|(d, _)| d.to_string()),
        })
    }
}
