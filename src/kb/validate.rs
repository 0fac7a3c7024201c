//! Checks that need more than one value at a time: unique ids, names that lead to one place,
//! sources that are addresses.

use std::collections::HashMap;

use super::model::{Carrier, Device, Sourced};
use super::names::Named;
use super::problem::{EntryKind, Problem};
use super::source::SourceFile;
use crate::error::{Error, Result};
use crate::rules::Rule;
use crate::steps::StepsFile;
use crate::text::{normalize_name, KbString};
use crate::usage::Activity;

pub fn carrier(file: &SourceFile, carrier: &Carrier) -> Result<()> {
    id_format(file, EntryKind::Carrier, &carrier.id)?;
    let stem = std::path::Path::new(&file.path)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    if *stem != *carrier.id {
        return Err(at(
            file,
            &format!("id: {}", carrier.id),
            0,
            Problem::IdNotFileName {
                id: carrier.id.to_string(),
                stem,
            },
        ));
    }
    check_source(file, &carrier.id, carrier)?;
    check_source(file, &carrier.id, &carrier.esim)?;
    check_source(file, &carrier.id, &carrier.policy)?;
    plain_names(file, EntryKind::Carrier, carrier)?;
    plain_text(
        file,
        EntryKind::Carrier,
        &carrier.id,
        "network",
        &carrier.network,
    )?;
    for plan in &carrier.plans {
        id_format(file, EntryKind::Plan, &plan.id)?;
        plain_names(file, EntryKind::Plan, plan)?;
        check_source(file, &plan.id, plan)?;
    }
    unique_names(file, EntryKind::Plan, &carrier.plans)
}

pub fn devices(file: &SourceFile, devices: &[Device]) -> Result<()> {
    for entry in devices {
        device(file, entry)?;
    }
    unique_names(file, EntryKind::Device, devices)
}

/// One device's own checks, without those that compare it with the rest of its file.
pub fn device(file: &SourceFile, device: &Device) -> Result<()> {
    id_format(file, EntryKind::Device, &device.id)?;
    plain_names(file, EntryKind::Device, device)?;
    check_source(file, &device.id, device)
}

pub fn usage(file: &SourceFile, activities: &[Activity]) -> Result<()> {
    let mut seen = HashMap::new();
    for activity in activities {
        id_format(file, EntryKind::Activity, &activity.id)?;
        if activity.hotspot_bytes_per_hour().unwrap_or(0) == 0 {
            return Err(at(
                file,
                &format!("id: {}", activity.id),
                0,
                Problem::PerHourZero {
                    id: activity.id.clone(),
                },
            ));
        }
        check_source(file, &activity.id, activity)?;
        let count = seen.entry(activity.id.as_str()).or_insert(0);
        *count += 1;
        if *count > 1 {
            return Err(at(
                file,
                &format!("id: {}", activity.id),
                *count - 1,
                Problem::UsedTwice {
                    kind: EntryKind::Activity,
                    id: activity.id.clone(),
                },
            ));
        }
    }
    Ok(())
}

pub fn steps(file: &SourceFile, steps: &StepsFile) -> Result<()> {
    let entries = steps
        .guides
        .iter()
        .map(|g| (g.id.as_str(), g.source.as_str(), g.steps.is_empty()))
        .chain(
            steps
                .troubleshooting
                .iter()
                .map(|t| (t.id.as_str(), t.source.as_str(), t.fixes.is_empty())),
        );
    let mut seen = HashMap::new();
    for (id, source, empty) in entries {
        id_format(file, EntryKind::Guide, id)?;
        let count = seen.entry(id).or_insert(0);
        *count += 1;
        let problem = if *count > 1 {
            Some(Problem::UsedTwice {
                kind: EntryKind::Guide,
                id: id.to_string(),
            })
        } else if !is_web_address(source) {
            Some(Problem::SourceNotUrl {
                owner: id.to_string(),
                source: source.to_string(),
            })
        } else if empty {
            Some(Problem::NoSteps { id: id.to_string() })
        } else {
            None
        };
        if let Some(problem) = problem {
            return Err(at(file, &format!("id: {id}"), *count - 1, problem));
        }
    }
    Ok(())
}

pub fn rules(file: &SourceFile, rules: &[Rule]) -> Result<()> {
    let mut seen = HashMap::new();
    for rule in rules {
        id_format(file, EntryKind::Rule, &rule.id)?;
        let count = seen.entry(rule.id.as_str()).or_insert(0);
        *count += 1;
        if *count > 1 {
            return Err(at(
                file,
                &format!("id: {}", rule.id),
                *count - 1,
                Problem::UsedTwice {
                    kind: EntryKind::Rule,
                    id: rule.id.to_string(),
                },
            ));
        }
    }
    Ok(())
}

/// Carriers from one directory must not share an id.
pub fn unique_carriers<'a>(
    carriers: impl Iterator<Item = (&'a SourceFile, &'a str)>,
) -> Result<()> {
    let mut seen: HashMap<&str, &str> = HashMap::new();
    for (file, id) in carriers {
        if let Some(first) = seen.insert(id, &file.path) {
            return Err(Error::kb(
                &file.path,
                None,
                Problem::CarrierIdTaken {
                    id: id.to_string(),
                    first: first.to_string(),
                },
            ));
        }
    }
    Ok(())
}

/// No two carriers may answer to the same name, or `--carrier` could not choose.
pub fn unique_carrier_names(carriers: &[Carrier]) -> Result<()> {
    let mut seen: HashMap<String, &str> = HashMap::new();
    for carrier in carriers {
        for name in all_names(carrier) {
            if let Some(other) = seen.insert(normalize_name(name), &carrier.id) {
                if *other != *carrier.id {
                    return Err(Error::kb(
                        format!("data/carriers/{}.yaml", carrier.id),
                        None,
                        Problem::CarrierNameShared {
                            name: name.to_string(),
                            other: other.to_string(),
                            id: carrier.id.to_string(),
                        },
                    ));
                }
            }
        }
    }
    Ok(())
}

fn all_names<T: Named>(item: &T) -> impl Iterator<Item = &str> {
    std::iter::once(item.id())
        .chain(std::iter::once(item.name()))
        .chain(item.aliases().iter().map(KbString::as_str))
}

/// Ids are unique, and no name or alias leads to two different entries.
fn unique_names<T: Named>(file: &SourceFile, kind: EntryKind, items: &[T]) -> Result<()> {
    let mut ids: HashMap<&str, usize> = HashMap::new();
    let mut names: HashMap<String, &str> = HashMap::new();
    for item in items {
        let count = ids.entry(item.id()).or_insert(0);
        *count += 1;
        if *count > 1 {
            return Err(at(
                file,
                &format!("id: {}", item.id()),
                *count - 1,
                Problem::UsedTwice {
                    kind,
                    id: item.id().to_string(),
                },
            ));
        }
        for name in all_names(item) {
            if let Some(other) = names.insert(normalize_name(name), item.id()) {
                if other != item.id() {
                    return Err(at(
                        file,
                        &format!("id: {}", item.id()),
                        0,
                        Problem::NameShared {
                            kind,
                            id: item.id().to_string(),
                            name: name.to_string(),
                            other: other.to_string(),
                        },
                    ));
                }
            }
        }
    }
    Ok(())
}

/// A name is read on one line and matched against what people type: it holds no control
/// character, line or paragraph separator, direction override or invisible character, any
/// of which could forge a line of a report or make two names look alike.
fn plain_names<T: Named>(file: &SourceFile, kind: EntryKind, item: &T) -> Result<()> {
    id_format(file, kind, item.id())?;
    plain_text(file, kind, item.id(), "name", item.name())?;
    for (n, alias) in item.aliases().iter().enumerate() {
        plain_text(file, kind, item.id(), &format!("aliases[{n}]"), alias)?;
    }
    if let Some(qualifier) = item.qualifier() {
        plain_text(file, kind, item.id(), "maker", qualifier)?;
    }
    Ok(())
}

fn plain_text(
    file: &SourceFile,
    kind: EntryKind,
    id: &str,
    field: &str,
    value: &str,
) -> Result<()> {
    match value.chars().find(|&c| hidden_or_control(c)) {
        None => Ok(()),
        Some(c) => Err(at(
            file,
            &format!("id: {id}"),
            0,
            Problem::NotPlainText {
                kind,
                id: id.to_string(),
                field: field.to_string(),
                value: shown(value),
                code: c as u32,
            },
        )),
    }
}

/// A value as an error line can show it: each hidden or control character written as its
/// code (`\u{1b}`, as the output's escaping does), and a name longer than a name cut short.
fn shown(value: &str) -> String {
    const KEEP: usize = 80;
    let mut out = String::new();
    for (n, c) in value.chars().enumerate() {
        if n == KEEP {
            out.push('…');
            break;
        }
        if hidden_or_control(c) {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        } else {
            out.push(c);
        }
    }
    out
}

/// Characters that move the cursor, break a line, turn text around or do not show.
pub(crate) fn hidden_or_control(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{2028}' | '\u{2029}' // line and paragraph separators
            | '\u{200B}'..='\u{200F}' // zero-width space, joiners, direction marks
            | '\u{202A}'..='\u{202E}' // direction embeddings and overrides
            | '\u{2060}'..='\u{2064}' // word joiner and invisible operators
            | '\u{2066}'..='\u{2069}' // direction isolates
            | '\u{061C}' // Arabic letter mark
            | '\u{180E}' // Mongolian vowel separator
            | '\u{FEFF}' // zero-width no-break space (byte order mark)
        )
}

fn id_format(file: &SourceFile, kind: EntryKind, id: &str) -> Result<()> {
    let ok = !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !id.starts_with('-');
    if ok {
        Ok(())
    } else {
        Err(at(
            file,
            &format!("id: {id}"),
            0,
            Problem::BadId {
                kind,
                id: id.to_string(),
            },
        ))
    }
}

fn is_web_address(source: &str) -> bool {
    source.starts_with("https://") || source.starts_with("http://")
}

fn check_source(file: &SourceFile, owner: &str, item: &impl Sourced) -> Result<()> {
    let provenance = item.provenance();
    // The address of a copy the page was read in must be one too.
    for (key, address) in [
        ("source", Some(provenance.source)),
        ("read_at", provenance.read_at),
    ] {
        let Some(address) = address.filter(|a| !is_web_address(a)) else {
            continue;
        };
        return Err(at(
            file,
            &format!("{key}: {address}"),
            0,
            Problem::SourceNotUrl {
                owner: owner.to_string(),
                source: address.to_string(),
            },
        ));
    }
    Ok(())
}

/// An error placed at the `nth` line (from 0) that holds `needle`, or at no line if none does.
pub(crate) fn at(file: &SourceFile, needle: &str, nth: usize, problem: Problem) -> Error {
    let position = file
        .text
        .lines()
        .enumerate()
        .filter_map(|(i, line)| line.find(needle).map(|col| (i + 1, col + 1)))
        .nth(nth);
    Error::kb(&file.path, position, problem)
}
