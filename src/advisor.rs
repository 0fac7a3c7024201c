//! From a situation to a report: name the carrier, plan and device in the knowledge base,
//! derive the facts, run the rules. Nothing here prints.

use crate::error::{Error, NameHint, NameKind, Result};
use crate::facts::{FactValue, Facts, Phrase};
use crate::kb::date::{Date, SourceDate};
use crate::kb::model::{Carrier, Device, Period, Plan, PlanKind, Sourced, Tri};
use crate::kb::names::{self, Named};
use crate::kb::Library;
use crate::messages;
use crate::rules::engine::{self, Finding, MissingFact, RuleTrace};
use crate::rules::{Rule, Verdict};
use crate::situation::{
    after_cap_is_carriers_rule, derive_facts, effective_after_cap, Resolved, Situation, YourFigures,
};
use crate::units::{Allowance, Known, Speed};

/// Everything a renderer needs; the JSON output is this, serialized.
#[derive(Debug, Clone)]
pub struct Report {
    pub verdict: Verdict,
    pub carrier: Option<CarrierSummary>,
    pub plan: Option<PlanSummary>,
    pub device: Option<DeviceSummary>,
    pub findings: Vec<Finding>,
    /// Facts that could still make the answer `no`, with how to find each out.
    pub missing_facts: Vec<MissingFact>,
    /// Facts left out that could change a finding but not make sharing impossible.
    pub not_checked: Vec<MissingFact>,
    pub trace: Option<Vec<RuleTrace>>,
    /// The `check` flags that give this report again.
    pub repeat_args: Vec<String>,
    /// With the data used given: full-speed hotspot data left (0 when used up), or `None`
    /// where the allowance is not known or has no limit.
    pub remaining_bytes: Option<Option<u64>>,
    /// The hotspot data used, as given (the report says how a size in GiB was read).
    pub used: Option<crate::units::DataUsed>,
    /// Other plans of the carrier whose names begin with the name given: what else it could
    /// mean.
    pub also_meant: Vec<PlanName>,
}

#[derive(Debug, Clone)]
pub struct CarrierSummary {
    pub id: String,
    pub name: String,
    /// The network(s) the carrier rides on, where known; coverage is the network's.
    pub network: Option<String>,
    pub verified: Date,
}

impl CarrierSummary {
    pub fn of(carrier: &Carrier) -> CarrierSummary {
        CarrierSummary {
            id: carrier.id.to_string(),
            name: carrier.name.to_string(),
            network: Some(carrier.network.to_string()).filter(|n| n != "unknown"),
            verified: carrier.verified,
        }
    }

    /// The network, when it is not simply the carrier's own name (AT&T on AT&T).
    pub fn other_network(&self) -> Option<&str> {
        self.network.as_deref().filter(|n| *n != self.name)
    }
}

#[derive(Debug, Clone)]
pub struct DeviceSummary {
    pub id: String,
    pub name: String,
    pub source: SourceSummary,
}

/// Where facts came from, how strong and how old that is.
#[derive(Debug, Clone)]
pub struct SourceSummary {
    pub url: String,
    pub kind: Option<&'static str>,
    pub page_date: Option<SourceDate>,
    pub verified: Date,
    /// Set when the page is a copy kept on another site, not the publisher's own.
    pub copy_host: Option<String>,
}

impl SourceSummary {
    pub fn of(item: &impl Sourced) -> SourceSummary {
        let p = item.provenance();
        SourceSummary {
            url: p.source.to_string(),
            kind: p.source_kind.map(|k| k.as_str()),
            page_date: p.source_date,
            verified: p.verified,
            copy_host: p.copy_host(),
        }
    }
}

#[derive(Debug, Clone)]
pub struct PlanSummary {
    /// The terms the person gave, with what the knowledge base said of each.
    pub from_you: Vec<YourFigure>,
    pub id: String,
    pub name: String,
    pub kind: PlanKind,
    pub provenance: SourceSummary,
    pub hotspot: HotspotSummary,
    /// The allowance in words: "15 GB at full speed per month, then 600 kbps".
    pub allowance: AllowanceWords,
    /// What can be bought on top, such as a hotspot pass.
    pub add_ons: Vec<crate::kb::model::AddOn>,
    pub notes: Option<String>,
}

/// A plan's allowance, put in words only where it is shown: a table of every plan shows
/// none of them, and wording each through the catalog cost a sixth of `plans`.
#[derive(Debug, Clone)]
pub struct AllowanceWords {
    hotspot: crate::kb::model::HotspotAllowance,
    after_cap: Option<Speed>,
    general_after_cap: bool,
}

impl std::fmt::Display for AllowanceWords {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&messages::allowance_in_words(
            &self.hotspot,
            self.after_cap,
            self.general_after_cap,
        ))
    }
}

/// The plan's hotspot in numbers, as the JSON contract gives them.
#[derive(Debug, Clone)]
pub struct HotspotSummary {
    /// `null` where the knowledge base does not know.
    pub included: Option<bool>,
    /// `null` when unlimited or unknown; 0 when there is no full-speed hotspot data.
    pub high_speed_bytes: Option<u64>,
    pub unlimited: bool,
    /// 0 when hotspot stops after the cap; `null` when unknown.
    pub after_cap_kbps: Option<u64>,
    /// The after-cap speed is the carrier's general rule, not stated for this plan.
    pub after_cap_is_carriers_rule: bool,
    /// What the allowance is counted over.
    pub period: Period,
    /// A fixed top speed for hotspot, where the plan has one.
    pub speed_cap_kbps: Option<u64>,
    /// The plan may hold hotspot to a top speed that is not known.
    pub speed_cap_unknown: bool,
    /// Hotspot use comes out of the plan's own data; `None` where not known.
    pub shares_plan_data: Option<bool>,
    /// A faster after-cap speed on part of the network, beside `after_cap_kbps`.
    pub after_cap_better: Option<crate::kb::model::BetterSpeed>,
}

/// One of a plan's hotspot terms, given by the person.
#[derive(Debug, Clone, PartialEq)]
pub struct YourFigure {
    pub term: PlanTerm,
    /// What the knowledge base said where it differs; `None` where it agreed or did not know.
    pub knowledge_base: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, strum::IntoStaticStr)]
#[strum(serialize_all = "snake_case")]
pub enum PlanTerm {
    Allowance,
    AfterCap,
    Period,
    SharesPlanData,
}

impl PlanTerm {
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// The person's figures over the plan's: they see their bill, so theirs win; where the
/// knowledge base said otherwise, the report names both.
pub fn apply_your_figures(plan: &mut Plan, figures: &YourFigures) -> Vec<YourFigure> {
    let mut given = Vec::new();
    // An unlisted plan's defaults (a monthly period) are no knowledge base's word.
    let listed = !plan.is_unlisted();
    let hotspot = &mut plan.hotspot;
    let mut note = |term, before: Option<String>, after: String| {
        given.push(YourFigure {
            term,
            knowledge_base: before.filter(|b| listed && *b != after),
        });
    };
    if let Some(allowance) = figures.allowance {
        let before = hotspot.full_speed().get().map(|a| a.to_string());
        note(PlanTerm::Allowance, before, allowance.to_string());
        hotspot.high_speed = Known::Known(allowance);
        if hotspot.included == Tri::Unknown && allowance != Allowance::Bytes(0) {
            hotspot.included = Tri::True;
        }
    }
    if let Some(speed) = figures.after_cap {
        let before = hotspot.after_cap.get().map(|s| s.to_string());
        note(PlanTerm::AfterCap, before, speed.to_string());
        hotspot.after_cap = Known::Known(speed);
    }
    if let Some(period) = figures.period {
        let before = Some(hotspot.period.as_str().to_string());
        note(PlanTerm::Period, before, period.as_str().to_string());
        hotspot.period = period;
    }
    if let Some(shares) = figures.shares_plan_data {
        let before = hotspot.shares_plan_data.as_bool().map(|b| b.to_string());
        note(PlanTerm::SharesPlanData, before, shares.to_string());
        hotspot.shares_plan_data = if shares { Tri::True } else { Tri::False };
    }
    given
}

impl Report {
    /// The command line that gives this report again.
    pub fn command(&self) -> String {
        std::iter::once("esim-hotspot check")
            .chain(self.repeat_args.iter().map(String::as_str))
            .collect::<Vec<_>>()
            .join(" ")
    }
}

pub fn advise(library: &Library, situation: &Situation, explain: bool) -> Result<Report> {
    advise_under(&library.rules()?, library, situation, explain)
}

/// As `advise`, under rules already loaded: the worked examples are many situations under
/// one rule set, read once.
fn advise_under(
    rules: &[Rule],
    library: &Library,
    situation: &Situation,
    explain: bool,
) -> Result<Report> {
    let figures = situation.figures();
    let (mut resolved, also_meant) = resolve(library, situation)?;
    // A plan the knowledge base does not list is answered from the figures on the bill.
    if resolved.plan.is_none() && figures.any() {
        resolved.plan = Some(Plan::unlisted(situation.plan.as_deref()));
    }
    let from_you = match resolved.plan.as_mut() {
        Some(plan) => apply_your_figures(plan, &figures),
        None => Vec::new(),
    };
    let mut facts = derive_facts(situation, &resolved);
    let tested = rules.iter().any(|rule| rule.when.reads_any(&SPEED_PHRASES));
    if tested {
        describe_speeds(library, &resolved, &mut facts)?;
    }
    let mut assessment = engine::assess(rules, &facts, explain);
    if !tested && shows_speed_phrases(&assessment.findings) {
        describe_speeds(library, &resolved, &mut facts)?;
        for (name, value) in assessment.findings.iter_mut().flat_map(|f| &mut f.values) {
            if SPEED_PHRASES.contains(name) {
                *value = facts.get(name);
            }
        }
    }
    Ok(Report {
        verdict: assessment.verdict,
        carrier: resolved.carrier.as_ref().map(CarrierSummary::of),
        plan: resolved.plan.as_ref().map(|p| PlanSummary {
            from_you: from_you.clone(),
            ..summarize_plan(p, resolved.carrier.as_ref())
        }),
        device: resolved.device.as_ref().map(|d| DeviceSummary {
            id: d.id.to_string(),
            name: d.name.to_string(),
            source: SourceSummary::of(d),
        }),
        findings: assessment.findings,
        missing_facts: assessment.deciding,
        not_checked: assessment.not_checked,
        trace: assessment.trace,
        repeat_args: crate::input::to_args(situation),
        // What is left is a fact the rules read already: the same figure, not a second sum.
        used: situation.used,
        also_meant,
        remaining_bytes: situation
            .used
            .map(|_| match facts.value("plan.hotspot.left") {
                Some(FactValue::Size(Allowance::Bytes(left))) => Some(left),
                _ => None,
            }),
    })
}

/// The facts that say what the plan's slow speeds still carry. They need the usage figures
/// (reading them was 70K of the 1.2M instructions of a quick `check`), and only two rules'
/// advice shows them: they are worked out before the rules run where a rule's test reads
/// them, else once a finding that shows them has fired.
const SPEED_PHRASES: [&str; 2] = [
    "plan.hotspot.speed_cap_carries",
    "plan.hotspot.after_cap_carries",
];

fn shows_speed_phrases(findings: &[engine::Finding]) -> bool {
    findings
        .iter()
        .flat_map(|f| &f.values)
        .any(|(name, _)| SPEED_PHRASES.contains(name))
}

/// What the plan's slow speeds still carry, in words, from the usage figures: the fixed
/// hotspot speed where there is one, and the speed after the allowance.
fn describe_speeds(library: &Library, resolved: &Resolved, facts: &mut Facts) -> Result<()> {
    let Some(plan) = &resolved.plan else {
        return Ok(());
    };
    let speeds = [
        (
            "plan.hotspot.speed_cap_carries",
            plan.hotspot.speed_cap.and_then(|s| s.get()),
        ),
        (
            "plan.hotspot.after_cap_carries",
            effective_after_cap(plan, resolved.carrier.as_ref()),
        ),
    ];
    if speeds
        .iter()
        .all(|(_, s)| s.is_none_or(|s| s == Speed::Blocked))
    {
        return Ok(());
    }
    let activities = library.usage()?;
    for (fact, speed) in speeds {
        let Some(speed) = speed.filter(|s| *s != Speed::Blocked) else {
            continue;
        };
        let (works, _) = crate::budget::at_speed(speed, &activities);
        let names = works.iter().map(|a| a.name.clone()).collect();
        facts.known(fact, FactValue::Phrase(Phrase::Carries(names)));
    }
    Ok(())
}

/// Finds what the situation names, and what else the plan's name could mean within its
/// carrier. Unknown names are errors that list the closest ones.
pub fn resolve(library: &Library, situation: &Situation) -> Result<(Resolved, Vec<PlanName>)> {
    let mut resolved = Resolved {
        carrier_unlisted: situation
            .carrier
            .as_deref()
            .is_some_and(crate::situation::names_an_unlisted_carrier),
        ..Resolved::default()
    };
    let mut also_meant = Vec::new();
    let built_in_plan = match (&situation.carrier, &situation.plan) {
        (Some(carrier), Some(plan)) if !resolved.carrier_unlisted => {
            built_in_plan(library, carrier, plan)?
        }
        _ => None,
    };
    if let Some((carrier, plan, others)) = built_in_plan {
        resolved.carrier = Some(carrier);
        resolved.plan = Some(plan);
        also_meant = others;
    } else {
        if let Some(name) = &situation.carrier {
            if !resolved.carrier_unlisted {
                resolved.carrier = Some(find_carrier(library, name)?);
            }
        }
        if let Some(name) = &situation.plan {
            if !resolved.carrier_unlisted {
                let (carrier, plan) = find_plan(library, resolved.carrier.take(), name)?;
                also_meant = plan_names(names::also_meant(&carrier.plans, name, &plan));
                resolved.carrier = Some(carrier);
                resolved.plan = Some(plan);
            }
        } else if let Some(carrier) = &resolved.carrier {
            resolved.plan = carrier.only_plan().cloned();
        }
    }
    if let Some(name) = &situation.device {
        resolved.device = Some(find_device(library, name)?);
    }
    if let Some(name) = &situation.locked_to {
        resolved.locked_to_id = library.carrier_id(name)?.map(String::from);
    }
    Ok((resolved, also_meant))
}

/// A built-in carrier's plan named with its carrier, read from the carrier's outline: only
/// that plan is read, with the carrier, and what else the name could mean is found among the
/// plans' names. `None` where the carrier is to be read whole (see
/// [`Library::carrier_outline`]).
fn built_in_plan(
    library: &Library,
    carrier: &str,
    plan: &str,
) -> Result<Option<(Carrier, Plan, Vec<PlanName>)>> {
    let Some(outline) = library.carrier_outline(carrier) else {
        return Ok(None);
    };
    let at = plan_place(&outline.names(), &outline.plans, plan)?;
    let others = plan_names(names::also_meant(&outline.plans, plan, &outline.plans[at]));
    Ok(outline
        .read_with_plan(at)
        .map(|(carrier, plan)| (carrier, plan, others)))
}

fn plan_names<T: Named>(plans: Vec<&T>) -> Vec<PlanName> {
    plans
        .into_iter()
        .map(|p| PlanName {
            id: p.id().to_string(),
            name: p.name().to_string(),
        })
        .collect()
}

/// A plan by its id and the name people know it by.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanName {
    pub id: String,
    pub name: String,
}

/// What else the plan name given could mean, within the carrier found.
pub fn also_meant(
    carrier: Option<&Carrier>,
    plan: Option<&Plan>,
    given: Option<&str>,
) -> Vec<PlanName> {
    let (Some(carrier), Some(plan), Some(given)) = (carrier, plan, given) else {
        return Vec::new();
    };
    plan_names(names::also_meant(&carrier.plans, given, plan))
}

pub fn find_device(library: &Library, name: &str) -> Result<Device> {
    match find_phones(library, name)? {
        NamedPhones::One(device) => Ok(*device),
        NamedPhones::Family(members) => Err(family_named(name, &members)),
    }
}

/// What a phone's name names.
pub enum NamedPhones {
    One(Box<Device>),
    /// A family ("iphone", "galaxy s2": more than [`FAMILY`] phones' names begin with it),
    /// newest first, those of unknown year last.
    Family(Vec<Device>),
}

/// The phone a name names, or the family it names; a name that is neither is an error that
/// offers the closest.
pub fn find_phones(library: &Library, name: &str) -> Result<NamedPhones> {
    if let Some(device) = library.device(name)? {
        return Ok(NamedPhones::One(Box::new(device)));
    }
    for model in model_alone(name) {
        if let Some(device) = library.device(&model)? {
            return Ok(NamedPhones::One(Box::new(device)));
        }
    }
    let known = library.device_names()?;
    let family = names::begun_by(&known, name);
    if family.len() > FAMILY {
        let mut members = Vec::new();
        for member in family {
            members.extend(library.device(&member.id)?);
        }
        members.sort_by(|a, b| b.year.cmp(&a.year).then_with(|| a.name.cmp(&b.name)));
        return Ok(NamedPhones::Family(members));
    }
    Err(Error::UnknownName {
        kind: NameKind::Device,
        given: name.to_string(),
        closest: names::closest(&known, name),
        hint: NameHint::UnlistedDevice,
    })
}

/// More phones than this whose names begin with what was typed, and it names a family, not a
/// model.
const FAMILY: usize = 3;

/// A family's newest few phones to choose from, and the command that lists them all: the
/// closest spellings of "iphone" were the oldest iPhones.
pub fn family_named(name: &str, members: &[Device]) -> Error {
    let candidates: Vec<String> = members
        .iter()
        .take(FAMILY)
        .map(|d| format!("{} ({})", d.name, d.id))
        .collect();
    Error::Ambiguous {
        kind: NameKind::Device,
        given: name.to_string(),
        hint: NameHint::NewestOf {
            shown: candidates.len(),
            count: members.len(),
            query: name.to_string(),
        },
        candidates,
    }
}

/// A phone's name as people often write it, with its storage (`256GB`, `1 TB`) or the
/// network (`5G`) after the model: the name with each taken off in turn, from the end.
/// Asked only when the name as written matches no phone, as some names end in 5G.
pub(crate) fn model_alone(name: &str) -> Vec<String> {
    let mut words: Vec<&str> = name.split_whitespace().collect();
    let mut models = Vec::new();
    loop {
        let taken = match words[..] {
            // The unit alone after a number: "1 TB", but not "iPhone 15 256GB" read as "15256GB".
            [.., number, unit] if is_number(number) && is_storage_unit(unit) => 2,
            [.., last] if is_storage(last) || last.eq_ignore_ascii_case("5g") => 1,
            _ => break,
        };
        words.truncate(words.len() - taken);
        if words.is_empty() {
            break;
        }
        models.push(words.join(" "));
    }
    models
}

/// `256GB`, `1TB`.
fn is_storage(word: &str) -> bool {
    let unit_at = word.len().saturating_sub(2);
    word.is_char_boundary(unit_at)
        && is_number(&word[..unit_at])
        && is_storage_unit(&word[unit_at..])
}

fn is_storage_unit(word: &str) -> bool {
    word.eq_ignore_ascii_case("gb") || word.eq_ignore_ascii_case("tb")
}

fn is_number(word: &str) -> bool {
    !word.is_empty() && word.bytes().all(|b| b.is_ascii_digit())
}

pub fn find_carrier(library: &Library, name: &str) -> Result<Carrier> {
    if let Some(carrier) = library.carrier(name)? {
        return Ok(carrier);
    }
    Err(Error::UnknownName {
        kind: NameKind::Carrier,
        given: name.to_string(),
        closest: names::closest(&library.carrier_names()?, name),
        hint: NameHint::UnlistedCarrier,
    })
}

/// A plan is looked for in its carrier; with no carrier given, in every carrier, and a name
/// that several carriers use must be told apart with --carrier.
pub fn find_plan(
    library: &Library,
    carrier: Option<Carrier>,
    name: &str,
) -> Result<(Carrier, Plan)> {
    if let Some(carrier) = carrier {
        return plan_of(carrier, name);
    }
    let mut carriers = library.carriers_with_plan(name)?;
    let matches: Vec<(usize, &Carrier, &Plan)> = carriers
        .iter()
        .enumerate()
        .filter_map(|(at, c)| names::find(&c.plans, name).map(|p| (at, c, p)))
        .collect();
    match matches.as_slice() {
        [(at, _, plan)] => {
            let (at, plan) = (*at, (*plan).clone());
            Ok((carriers.swap_remove(at), plan))
        }
        [] => {
            if let Some(carrier) = carrier_named_first(library, name)? {
                return plan_of(carrier, name);
            }
            let carriers = library.carriers()?;
            let mut closest: Vec<String> = carriers
                .iter()
                .flat_map(|c| {
                    names::closest(&c.plans, name)
                        .into_iter()
                        .map(move |p| messages::plan_of(&p, c.name(), None))
                })
                .collect();
            closest.truncate(3);
            Err(Error::UnknownName {
                kind: NameKind::Plan,
                given: name.to_string(),
                closest,
                hint: NameHint::PlanNeedsCarrier,
            })
        }
        several => Err(Error::Ambiguous {
            kind: NameKind::Plan,
            given: name.to_string(),
            candidates: several
                .iter()
                .map(|(_, c, p)| messages::plan_of(&p.name, &c.name, Some(&c.id)))
                .collect(),
            hint: NameHint::ChooseCarrier,
        }),
    }
}

/// The carrier's plan of that name. A plan named after its carrier, as people write it
/// ("Verizon Unlimited Ultimate", "Mint Mobile 15GB" for "mint 15gb"), is found with the
/// carrier's name taken off, or put back as any of its names.
fn plan_of(carrier: Carrier, name: &str) -> Result<(Carrier, Plan)> {
    let at = plan_place(&carrier, &carrier.plans, name)?;
    let plan = carrier.plans[at].clone();
    Ok((carrier, plan))
}

/// Where among `plans`, the plans of `carrier`, is the plan of that name (see [`plan_of`]).
fn plan_place<C: Named, P: Named>(carrier: &C, plans: &[P], name: &str) -> Result<usize> {
    let place = |query: &str| {
        let wanted = crate::text::normalize_name(query);
        plans.iter().position(|plan| plan.answers_to(&wanted))
    };
    if let Some(at) = place(name) {
        return Ok(at);
    }
    let after_carrier = names::after_name(carrier, name);
    // Without the carrier's name, the plan's name is also tried with it put in front: "15GB"
    // at Mint finds the plan whose alias is "mint 15gb".
    let rest = after_carrier
        .clone()
        .unwrap_or_else(|| crate::text::normalize_name(name));
    let with_its_names = carrier.all_names().map(|its| format!("{its}{rest}"));
    let found = std::iter::once(rest.clone())
        .chain(with_its_names)
        .find_map(|query| place(&query));
    if let Some(at) = found {
        return Ok(at);
    }
    Err(Error::UnknownName {
        kind: NameKind::Plan,
        given: name.to_string(),
        closest: after_carrier
            .map(|rest| names::closest(plans, &rest))
            .filter(|closest| !closest.is_empty())
            .unwrap_or_else(|| names::closest(plans, name)),
        hint: NameHint::PlansOf(carrier.id().into()),
    })
}

/// The carrier whose name (or alias) a plan's name begins with, the longest such: asked only
/// when no plan has the whole name.
fn carrier_named_first(library: &Library, name: &str) -> Result<Option<Carrier>> {
    let named_first = library
        .carrier_names()?
        .into_iter()
        .filter_map(|c| names::after_name(&c, name).map(|rest| (rest, c.id)))
        .min_by_key(|(rest, _)| rest.len());
    match named_first {
        Some((_, id)) => library.carrier(id.as_str()),
        None => Ok(None),
    }
}

pub fn summarize_plan(plan: &Plan, carrier: Option<&Carrier>) -> PlanSummary {
    PlanSummary {
        from_you: Vec::new(),
        id: plan.id.to_string(),
        name: plan.name.to_string(),
        kind: plan.kind,
        provenance: SourceSummary::of(plan),
        hotspot: HotspotSummary::of(plan, carrier),
        allowance: AllowanceWords::of(plan, carrier),
        add_ons: plan.add_ons.clone(),
        notes: plan.notes().map(|n| n.en().to_string()),
    }
}

impl HotspotSummary {
    /// The plan's hotspot terms, with the carrier's general after-cap rule where the plan
    /// states none.
    pub fn of(plan: &Plan, carrier: Option<&Carrier>) -> HotspotSummary {
        HotspotSummary {
            included: plan.hotspot.included.as_bool(),
            high_speed_bytes: plan.hotspot.full_speed().get().and_then(Allowance::bytes),
            unlimited: plan.hotspot.is_unlimited(),
            after_cap_kbps: effective_after_cap(plan, carrier).map(Speed::kbps),
            after_cap_is_carriers_rule: after_cap_is_carriers_rule(plan, carrier),
            period: plan.hotspot.period,
            speed_cap_kbps: plan
                .hotspot
                .speed_cap
                .and_then(|s| s.get())
                .map(Speed::kbps),
            speed_cap_unknown: plan.hotspot.speed_cap == Some(Known::Unknown),
            shares_plan_data: plan.hotspot.shares_plan_data.as_bool(),
            after_cap_better: plan.hotspot.after_cap_better.clone(),
        }
    }
}

impl AllowanceWords {
    pub fn of(plan: &Plan, carrier: Option<&Carrier>) -> AllowanceWords {
        AllowanceWords {
            hotspot: plan.hotspot.clone(),
            after_cap: effective_after_cap(plan, carrier),
            general_after_cap: after_cap_is_carriers_rule(plan, carrier),
        }
    }
}

/// A worked example from the rules file that does not come out as written.
#[derive(Debug, Clone)]
pub struct ExampleFailure {
    pub rule: String,
    pub index: usize,
    pub problem: String,
}

impl std::fmt::Display for ExampleFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "rule \"{}\", example {}: {}",
            self.rule,
            self.index + 1,
            self.problem
        )
    }
}

/// Runs every rule's examples against the whole rule set and the knowledge base.
pub fn check_examples(library: &Library) -> Result<Vec<ExampleFailure>> {
    let rules = library.rules_with_examples()?;
    Ok(failing_examples(&rules, library, |_| true)
        .into_iter()
        .map(|(_, failure)| failure)
        .collect())
}

/// [`check_examples`], with the examples that give a password run last, after `between`.
/// Measuring a password builds zxcvbn's dictionaries, the largest thing the program holds:
/// `kb validate` lets go of what the other examples read before it. The failures come in the
/// rules' order all the same.
pub fn check_examples_passwords_last(
    library: &mut Library,
    between: impl FnOnce(&mut Library),
) -> Result<Vec<ExampleFailure>> {
    let rules = library.rules_with_examples()?;
    let mut failures = failing_examples(&rules, library, |e| e.password.is_none());
    between(library);
    failures.extend(failing_examples(&rules, library, |e| e.password.is_some()));
    failures.sort_by_key(|(place, _)| *place);
    Ok(failures.into_iter().map(|(_, failure)| failure).collect())
}

/// The examples `chosen` that do not come out as written, each with its place: its rule's
/// among the rules, then its own among the rule's examples.
fn failing_examples(
    rules: &[Rule],
    library: &Library,
    chosen: impl Fn(&crate::rules::Example) -> bool,
) -> Vec<((usize, usize), ExampleFailure)> {
    let mut failures = Vec::new();
    for (place, rule) in rules.iter().enumerate() {
        for (index, example) in rule.examples.iter().enumerate() {
            if !chosen(example) {
                continue;
            }
            let fail = |problem: String| {
                let failure = ExampleFailure {
                    rule: rule.id.to_string(),
                    index,
                    problem,
                };
                ((place, index), failure)
            };
            let mut situation = example.situation.clone();
            if let Some(sample) = &example.password {
                let sample = zeroize::Zeroizing::new(sample.clone());
                situation.password = Some(crate::password::check(&sample));
            }
            let report = match advise_under(rules, library, &situation, false) {
                Ok(report) => report,
                Err(e) => {
                    failures.push(fail(format!("the situation is not valid: {e}")));
                    continue;
                }
            };
            let fired = report.findings.iter().any(|f| f.rule == rule.id);
            if fired != example.fires {
                failures.push(fail(format!(
                    "expected the rule {}, but it {}",
                    if example.fires {
                        "to fire"
                    } else {
                        "not to fire"
                    },
                    if fired { "fired" } else { "did not" }
                )));
            }
            if let Some(expected) = example.verdict {
                if expected != report.verdict {
                    failures.push(fail(format!(
                        "expected verdict {}, got {}",
                        expected.as_str(),
                        report.verdict.as_str()
                    )));
                }
            }
        }
    }
    failures
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A built-in carrier read with one plan from its outline is the carrier read whole but
    /// for its other plans; and every plan's names, alone, after the carrier's names, or
    /// mistyped, find the same plan (or the same error) among the outlines as among the
    /// plans read whole.
    #[test]
    fn a_plan_found_in_its_carriers_outline_is_the_plan_found_in_the_whole_carrier() {
        let library = Library::embedded();
        let said = |found: Result<usize>| found.map_err(|e| e.to_string());
        fn ids<T: Named>(list: Vec<&T>) -> Vec<String> {
            list.iter().map(|p| p.id().to_string()).collect()
        }
        for whole in library.carriers().unwrap() {
            let outline = library
                .carrier_outline(&whole.id)
                .expect("a built-in carrier");
            assert_eq!(outline.plans.len(), whole.plans.len(), "{}", whole.id);
            let mut without_plans = whole.clone();
            without_plans.plans.clear();
            for (at, plan) in whole.plans.iter().enumerate() {
                let (carrier, read) = outline.read_with_plan(at).unwrap();
                assert_eq!(format!("{read:?}"), format!("{plan:?}"));
                assert_eq!(format!("{carrier:?}"), format!("{without_plans:?}"));
                let typed = plan.all_names().flat_map(|name| {
                    [
                        name.to_string(),
                        format!("{} {name}", whole.name),
                        format!("{name}x"),
                        name.chars().take(4).collect(),
                    ]
                });
                for query in typed {
                    assert_eq!(
                        said(plan_place(&outline.names(), &outline.plans, &query)),
                        said(plan_place(&whole, &whole.plans, &query)),
                        "{query:?} at {}",
                        whole.id
                    );
                    if let Ok(found) = plan_place(&whole, &whole.plans, &query) {
                        let from_outline =
                            names::also_meant(&outline.plans, &query, &outline.plans[found]);
                        let from_whole =
                            names::also_meant(&whole.plans, &query, &whole.plans[found]);
                        assert_eq!(ids(from_outline), ids(from_whole), "{query:?}");
                    }
                }
            }
        }
    }
}
