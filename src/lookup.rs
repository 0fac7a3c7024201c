//! Plan look-ups that give facts, not a verdict: one plan's hotspot cap and what is left of
//! it (`cap`), and a filtered list of plans (`plans`).

use crate::advisor::{
    find_carrier, find_plan, summarize_plan, AllowanceWords, CarrierSummary, HotspotSummary,
    PlanSummary,
};
use crate::budget::{self, Budget, BudgetInput, Cycle};
use crate::error::{Error, FlagCause, Result, UsageError};
use crate::kb::date::Date;
use crate::kb::model::{Carrier, Period, Plan, PlanKind, Tri};
use crate::kb::Library;
use crate::situation::effective_after_cap;
use crate::text::{normalize_name, KbString};
use crate::units::{self, Allowance, DataUsed, Known, Speed};
use crate::usage::Activity;

#[derive(Debug, Clone, Default)]
pub struct CapQuery {
    /// The plan's terms the person gives (only those fields of the situation).
    pub terms: crate::situation::Situation,
    /// `None` where the person's own figures describe a plan the knowledge base does not list.
    pub plan: Option<String>,
    pub carrier: Option<String>,
    pub used: Option<units::DataUsed>,
    pub days_left: Option<u32>,
    pub cycle_day: Option<u8>,
}

#[derive(Debug, Clone)]
pub struct CapReport {
    /// `None` for a carrier the knowledge base does not list.
    pub carrier: Option<CarrierSummary>,
    pub plan: PlanSummary,
    pub shares_plan_data: Tri,
    pub max_devices: Option<u32>,
    /// The data used, as given (the report says how a size in GiB was read).
    pub used: Option<DataUsed>,
    /// Other plans whose names begin with the name given.
    pub also_meant: Vec<crate::advisor::PlanName>,
    pub budget: Option<Budget>,
    /// Why no budget could be worked out, when `--used` was given.
    pub no_budget: Option<NoBudget>,
    pub after_cap: Option<Speed>,
    /// What the after-cap speed still carries, and what it does not.
    pub at_after_cap: Option<(Vec<Activity>, Vec<Activity>)>,
    pub activities: Vec<Activity>,
}

pub fn cap(library: &Library, query: &CapQuery, today: Date) -> Result<CapReport> {
    let figures = query.terms.figures();
    let (carrier, mut plan) = plan_for_cap(library, query, &figures)?;
    let from_you = crate::advisor::apply_your_figures(&mut plan, &figures);
    let used = query.used.map(|u| u.bytes);
    if let Some(day) = query.cycle_day {
        if !(1..=31).contains(&day) {
            return Err(Error::flag("cycle-day", FlagCause::NotADayOfMonth(day)));
        }
    }
    if query.days_left == Some(0) {
        return Err(UsageError::NoDaysLeft.into());
    }
    let activities = library.usage()?;
    let after_cap = effective_after_cap(&plan, carrier.as_ref());
    let (budget, no_budget) = match (used, allowance_of(&plan)) {
        (None, _) => (None, None),
        (Some(_), Err(reason)) => (None, Some(reason)),
        (Some(used), Ok(allowance)) => (
            Some(budget::work_out(&BudgetInput {
                allowance,
                used,
                // A daily allowance resets tonight: what is left is today's budget.
                days_left: match plan.hotspot.period {
                    Period::Day => Some(1),
                    _ => query.days_left,
                },
                cycle: match plan.hotspot.period {
                    Period::Day => None,
                    _ => query
                        .cycle_day
                        .map(|d| {
                            Cycle::from_reset_day(d, today).ok_or(UsageError::NoCycleAround(today))
                        })
                        .transpose()?,
                },
                today,
                activities: &activities,
            })),
            None,
        ),
    };
    // With no known allowance there is no "after the cap" to speak of: a carrier's general
    // after-cap speed says nothing about a plan whose hotspot terms are unknown.
    let cap_known = plan.hotspot.full_speed().get().is_some();
    let at_after_cap = after_cap
        .filter(|s| *s != Speed::Blocked && cap_known)
        .map(|speed| {
            let (works, too_slow) = budget::at_speed(speed, &activities);
            (
                works.into_iter().cloned().collect(),
                too_slow.into_iter().cloned().collect(),
            )
        });
    Ok(CapReport {
        carrier: carrier.as_ref().map(CarrierSummary::of),
        plan: crate::advisor::PlanSummary {
            from_you,
            ..summarize_plan(&plan, carrier.as_ref())
        },
        shares_plan_data: plan.hotspot.shares_plan_data,
        max_devices: plan.hotspot.max_devices,
        used: query.used,
        also_meant: crate::advisor::also_meant(
            carrier.as_ref(),
            Some(&plan),
            query.plan.as_deref(),
        ),
        budget,
        no_budget,
        after_cap,
        at_after_cap,
        activities,
    })
}

/// The plan `cap` is about: named in the knowledge base (with its carrier), a seller's only
/// plan (`cap holafly`), or, with the person's own figures, a plan it does not list.
fn plan_for_cap(
    library: &Library,
    query: &CapQuery,
    figures: &crate::situation::YourFigures,
) -> Result<(Option<Carrier>, Plan)> {
    let unlisted_carrier = query
        .carrier
        .as_deref()
        .is_some_and(crate::situation::names_an_unlisted_carrier);
    let carrier = match query.carrier.as_deref() {
        Some(name) if !unlisted_carrier => Some(find_carrier(library, name)?),
        _ => None,
    };
    // Without a plan from the knowledge base, the person's figures make one.
    let yours = |carrier: Option<Carrier>| match figures.any() {
        true => Ok((carrier, Plan::unlisted(query.plan.as_deref()))),
        false => Err(Error::from(UsageError::CapNeedsAPlan {
            carrier: carrier.map(|c| (c.id.into(), c.name.into())),
        })),
    };
    let name = match (query.plan.as_deref(), carrier) {
        (_, carrier) if unlisted_carrier => return yours(carrier),
        (None, Some(carrier)) => {
            return match carrier.only_plan().cloned() {
                Some(plan) => Ok((Some(carrier), plan)),
                None => yours(Some(carrier)),
            }
        }
        (None, None) => return yours(None),
        (Some(name), carrier) => (name, carrier),
    };
    let (name, carrier) = name;
    match find_plan(library, carrier, name) {
        Ok((carrier, plan)) => Ok((Some(carrier), plan)),
        // `cap holafly`: a seller with one plan is named by its own name.
        Err(error) => match library.carrier(name)? {
            Some(seller) => match seller.only_plan().cloned() {
                Some(plan) => Ok((Some(seller), plan)),
                None => Err(error),
            },
            None => Err(error),
        },
    }
}

/// Why what is left of an allowance cannot be worked out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NoBudget {
    /// The plan includes no hotspot data.
    NoHotspot,
    /// The allowance is not known.
    UnknownAllowance,
    /// No data at full speed: all of the hotspot's runs at the reduced speed.
    NoFullSpeed,
}

fn allowance_of(plan: &Plan) -> std::result::Result<Allowance, NoBudget> {
    match (plan.hotspot.included, plan.hotspot.full_speed()) {
        (Tri::False, _) => Err(NoBudget::NoHotspot),
        (_, Known::Unknown) => Err(NoBudget::UnknownAllowance),
        (_, Known::Known(Allowance::Bytes(0))) => Err(NoBudget::NoFullSpeed),
        (_, Known::Known(a)) => Ok(a),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SortKey {
    Hotspot,
    Carrier,
    Name,
}

#[derive(Debug, Clone)]
pub struct PlanFilter {
    pub carrier: Option<String>,
    pub kind: Option<PlanKind>,
    pub min_hotspot: Option<String>,
    pub esim_only: bool,
    pub sort: SortKey,
}

/// One line of `plans`: the plan and its carrier as the knowledge base has them, with the
/// figures the table filters, sorts and shows worked out once. It borrows rather than copies:
/// a hundred plans' notes and add-ons copied into rows that never show them cost more than the
/// table itself.
#[derive(Debug, Clone)]
pub struct PlanRow<'kb> {
    pub carrier: &'kb Carrier,
    pub plan: &'kb Plan,
    pub hotspot: HotspotSummary,
    /// The allowance as a sortable value: `None` when not known.
    pub high_speed: Option<Allowance>,
    /// Can this kind of plan be activated on an eSIM with this carrier.
    pub esim: Tri,
}

impl PlanRow<'_> {
    pub fn allowance(&self) -> AllowanceWords {
        AllowanceWords::of(self.plan, Some(self.carrier))
    }
}

/// The carriers whose plans `plans` may list: the one named, or all of them.
pub fn plan_carriers(library: &Library, filter: &PlanFilter) -> Result<Vec<Carrier>> {
    match &filter.carrier {
        Some(name) => Ok(vec![find_carrier(library, name)?]),
        None => library.carriers(),
    }
}

pub fn plans<'kb>(carriers: &'kb [Carrier], filter: &PlanFilter) -> Result<Vec<PlanRow<'kb>>> {
    let min = filter
        .min_hotspot
        .as_deref()
        .map(|m| units::parse_spoken_allowance(m).map_err(|e| Error::flag("min-hotspot", e)))
        .transpose()?;
    let places = places_by_name(carriers);
    let mut chosen: Vec<(usize, &Carrier, &Plan)> = carriers
        .iter()
        .zip(places)
        .flat_map(|(c, place)| c.plans.iter().map(move |p| (place, c, p)))
        .filter(|(_, _, p)| filter.kind.is_none_or(|k| p.kind == k))
        .filter(|(_, c, p)| !filter.esim_only || c.esim_for(p.kind) == Tri::True)
        .filter(|(_, _, p)| match (min, high_speed(p)) {
            (None, _) => true,
            (Some(_), None) => false,
            (Some(min), Some(have)) => have.as_f64() >= min.as_f64(),
        })
        .collect();
    // References are sorted, not rows: a row is some 270 bytes, which a stable sort moves
    // and copies into scratch room many times over.
    chosen.sort_by(
        |&(a_place, a_carrier, a), &(b_place, b_carrier, b)| match filter.sort {
            SortKey::Hotspot => hotspot_rank(b)
                .total_cmp(&hotspot_rank(a))
                .then_with(|| a_carrier.name.cmp(&b_carrier.name)),
            // Within a carrier, the plans on sale before those kept for the people still on them.
            SortKey::Carrier => a_place
                .cmp(&b_place)
                .then_with(|| b.kind.still_sold().cmp(&a.kind.still_sold()))
                .then_with(|| a.name.cmp(&b.name)),
            SortKey::Name => without_case(&a.name, &b.name),
        },
    );
    Ok(chosen.into_iter().map(|(_, c, p)| row(c, p)).collect())
}

/// Each carrier's place when they are ordered by name, whatever the case; carriers whose
/// names differ only in case share one. Worked out once, so that sorting the plans compares
/// places rather than names, most of what that sort compared.
fn places_by_name(carriers: &[Carrier]) -> Vec<usize> {
    let name = |at: usize| carriers[at].name.as_str();
    let mut by_name: Vec<usize> = (0..carriers.len()).collect();
    by_name.sort_by(|&a, &b| without_case(name(a), name(b)));
    let mut places = vec![0; carriers.len()];
    for pair in by_name.windows(2) {
        let (before, this) = (pair[0], pair[1]);
        let new_name = without_case(name(before), name(this)).is_ne();
        places[this] = places[before] + usize::from(new_name);
    }
    places
}

/// Two names in the order of their lower-case forms, without writing those out: a sort
/// compares each name many times.
fn without_case(a: &str, b: &str) -> std::cmp::Ordering {
    let lower = |s: &str| s.chars().flat_map(char::to_lowercase).collect::<Vec<_>>();
    match (a.is_ascii(), b.is_ascii()) {
        (true, true) => a
            .bytes()
            .map(|c| c.to_ascii_lowercase())
            .cmp(b.bytes().map(|c| c.to_ascii_lowercase())),
        _ => lower(a).cmp(&lower(b)),
    }
}

/// Unlimited first, unknown last.
fn hotspot_rank(plan: &Plan) -> f64 {
    high_speed(plan).map_or(-1.0, Allowance::as_f64)
}

/// The full-speed hotspot data, none where hotspot is not included.
fn high_speed(plan: &Plan) -> Option<Allowance> {
    match plan.hotspot.included {
        Tri::False => Some(Allowance::Bytes(0)),
        _ => plan.hotspot.high_speed.get(),
    }
}

fn row<'kb>(carrier: &'kb Carrier, plan: &'kb Plan) -> PlanRow<'kb> {
    PlanRow {
        carrier,
        plan,
        hotspot: HotspotSummary::of(plan, Some(carrier)),
        high_speed: high_speed(plan),
        esim: carrier.esim_for(plan.kind),
    }
}

/// Which phones `devices` lists.
#[derive(Debug, Clone, Default)]
pub struct DeviceFilter {
    /// Part of the name, matched as the guide matches it: case, spaces and punctuation aside,
    /// brand names in Chinese read as their Latin names.
    pub query: Option<String>,
    pub maker: Option<String>,
    /// Takes an eSIM (where bought, else in the US model) or not.
    pub esim: Option<bool>,
    pub bought_in: Option<crate::kb::model::Region>,
}

/// The phones the filter lets through, in the knowledge base's order.
pub fn devices(library: &Library, filter: &DeviceFilter) -> Result<Vec<crate::kb::model::Device>> {
    let all = library.devices()?;
    let found = matching_devices(&all, filter, filter.query.as_deref());
    if !found.is_empty() {
        return Ok(found);
    }
    // A name with its storage or 5G after the model (`iphone 15 pro max 256gb`) is searched
    // as the model, as `--device` finds it.
    let query = filter.query.as_deref().unwrap_or_default();
    Ok(crate::advisor::model_alone(query)
        .iter()
        .map(|model| matching_devices(&all, filter, Some(model)))
        .find(|found| !found.is_empty())
        .unwrap_or_default())
}

fn matching_devices(
    all: &[crate::kb::model::Device],
    filter: &DeviceFilter,
    query: Option<&str>,
) -> Vec<crate::kb::model::Device> {
    let query = query.map(normalize_name);
    let maker = filter.maker.as_deref().map(normalize_name);
    all.iter()
        .filter(|d| {
            let names = || {
                std::iter::once(crate::kb::with_maker(&d.name, d.maker.as_deref()))
                    .chain(std::iter::once(d.name.to_string()))
                    .chain(d.aliases.iter().map(KbString::to_string))
                    .map(|n| normalize_name(n.as_str()))
            };
            query
                .as_ref()
                .is_none_or(|q| names().any(|n| n.contains(q.as_str())))
        })
        .filter(|d| {
            maker.as_ref().is_none_or(|m| {
                d.maker
                    .as_deref()
                    .is_some_and(|dm| normalize_name(dm) == *m)
            })
        })
        .filter(|d| {
            filter.esim.is_none_or(|want| {
                let region = filter.bought_in.or(Some(crate::kb::model::Region::Us));
                d.esim_when_bought_in(region).and_then(|t| t.as_bool()) == Some(want)
            })
        })
        .cloned()
        .collect()
}

#[cfg(test)]
mod tests {
    use super::without_case;
    use proptest::prelude::*;

    proptest! {
        /// The order is that of the names written out in lower case, which it avoids doing.
        /// (Greek capital sigma, which lower-cases by its place in a word, is no name's.)
        #[test]
        fn names_compare_as_their_lower_case_forms(
            a in "[A-Za-z0-9 &+-]{0,12}|[À-ÿĀ-ſ中国套餐]{0,8}",
            b in "[A-Za-z0-9 &+-]{0,12}|[À-ÿĀ-ſ中国套餐]{0,8}",
        ) {
            prop_assert_eq!(without_case(&a, &b), a.to_lowercase().cmp(&b.to_lowercase()));
        }
    }
}
