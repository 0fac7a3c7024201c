//! The knowledge base as Rust types: what a carrier, a plan and a device are.
//!
//! Every struct refuses keys it does not know, so a typo in a user's file is an error that
//! points at it rather than a fact silently dropped.

use std::borrow::Cow;

use serde::de::Deserializer;
use serde::Deserialize;

use super::date::{Date, SourceDate};
use crate::scalar::{parse_scalar, Scalar};
use crate::text::{KbString, LocalizedText};
use crate::units::{Allowance, Known, Speed};

/// `true`, `false` or `unknown`; `yes`/`no` are refused so they cannot pass as strings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tri {
    True,
    False,
    Unknown,
}

impl Tri {
    pub fn as_bool(self) -> Option<bool> {
        match self {
            Tri::True => Some(true),
            Tri::False => Some(false),
            Tri::Unknown => None,
        }
    }
}

impl<'de> Deserialize<'de> for Tri {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        parse_scalar(
            deserializer,
            "true, false or unknown",
            |scalar| match scalar {
                Scalar::Bool(true) => Ok(Tri::True),
                Scalar::Bool(false) => Ok(Tri::False),
                Scalar::Text("unknown") => Ok(Tri::Unknown),
                Scalar::Text(word) => Err(NotTri {
                    word: word.to_string(),
                    hint: BoolHint::of(word),
                }),
            },
        )
    }
}

/// A word that is not `true`, `false` or `unknown`, kept to be shown in the error.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotTri {
    pub word: String,
    pub hint: BoolHint,
}

/// For a `yes`/`no`-style word that YAML 1.2 reads as a string: which boolean it meant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BoolHint {
    None,
    WriteTrue,
    WriteFalse,
}

impl BoolHint {
    pub fn of(word: &str) -> BoolHint {
        match word.to_ascii_lowercase().as_str() {
            "yes" | "y" | "on" | "true" => BoolHint::WriteTrue,
            "no" | "n" | "off" | "false" => BoolHint::WriteFalse,
            _ => BoolHint::None,
        }
    }
}

/// Where a fact came from, and how far it can be trusted.
#[derive(Debug, Clone, Copy)]
pub struct Provenance<'a> {
    pub source: &'a str,
    pub source_kind: Option<SourceKind>,
    pub source_date: Option<SourceDate>,
    pub verified: Date,
    /// Where the page was read, when not at `source`.
    pub read_at: Option<&'a str>,
}

pub trait Sourced {
    fn provenance(&self) -> Provenance<'_>;
}

/// Sites that keep copies of other sites' pages and documents: code hosts, and document and
/// manual archives. A carrier's words read there are still the carrier's words, but the
/// address is not the carrier's. A site's subdomains count as the site.
const COPY_HOSTS: [&str; 15] = [
    "github.com",
    "raw.githubusercontent.com",
    "gitlab.com",
    "bitbucket.org",
    "pastebin.com",
    "dokumen.tips",
    "5y1.org",
    "docplayer.net",
    "scribd.com",
    "yumpu.com",
    "manualslib.com",
    "manualarchiveguide.com",
    "manuzoid.com",
    "manualspro.net",
    "easymanua.ls",
];

impl Provenance<'_> {
    /// The site the page was read on, when it is a copy kept there: the host `read_at`
    /// names, or a known archive or code host the source itself points to.
    pub fn copy_host(&self) -> Option<String> {
        if let Some(copy) = self.read_at {
            return Some(host_of(copy).into_owned());
        }
        let host = host_of(self.source);
        COPY_HOSTS
            .into_iter()
            .find(|known| {
                host == *known
                    || host
                        .strip_suffix(known)
                        .is_some_and(|sub| sub.ends_with('.'))
            })
            .map(str::to_string)
    }
}

/// The host of a web address, lower-cased; copied only when it has capitals (`kb stats` asks
/// for every source's host).
fn host_of(address: &str) -> Cow<'_, str> {
    let rest = address.split_once("://").map_or(address, |(_, rest)| rest);
    let end = rest.find(['/', '?', '#', ':']).unwrap_or(rest.len());
    let host = &rest[..end];
    match host.bytes().any(|b| b.is_ascii_uppercase()) {
        true => Cow::Owned(host.to_ascii_lowercase()),
        false => Cow::Borrowed(host),
    }
}

/// Declares a struct of the knowledge base (a carrier, plan, device, setup guide, usage
/// figure…) with the four fields that say where its facts come from. They are added here rather than flattened from one struct because serde cannot
/// refuse unknown keys through a flatten, and every struct here must.
macro_rules! sourced_struct {
    (
        $(#[$meta:meta])*
        pub struct $name:ident {
            $($(#[$field_meta:meta])* pub $field:ident: $ty:ty,)*
        }
    ) => {
        $(#[$meta])*
        pub struct $name {
            $($(#[$field_meta])* pub $field: $ty,)*
            /// The address of the page the facts were read on.
            pub source: $crate::text::KbString,
            /// What kind of page it is: carrier, vendor (the maker or seller), press or forum.
            #[serde(default)]
            pub source_kind: Option<$crate::kb::model::SourceKind>,
            /// The page's own date ("2025", "2025-09" or "2025-09-12"), or "unknown".
            #[serde(default, deserialize_with = "crate::kb::date::page_date")]
            pub source_date: Option<$crate::kb::date::SourceDate>,
            /// The day the page was last read.
            pub verified: $crate::kb::date::Date,
            /// Where the page was read, when not at `source` (which stays the publisher's own
            /// address): a copy of it, such as a staging server or an archive.
            #[serde(default)]
            pub read_at: Option<$crate::text::KbString>,
        }

        impl $crate::kb::model::Sourced for $name {
            fn provenance(&self) -> $crate::kb::model::Provenance<'_> {
                $crate::kb::model::Provenance {
                    source: &self.source,
                    source_kind: self.source_kind,
                    source_date: self.source_date,
                    verified: self.verified,
                    read_at: self.read_at.as_deref(),
                }
            }
        }
    };
}

pub(crate) use sourced_struct;

sourced_struct! {
    /// A device as `kb stats` and `kb validate --max-age` count it: its id and where its
    /// facts came from. The rest of its entry is skipped unread, so the list reads several
    /// times faster than whole devices do.
    #[derive(Debug, Clone, Deserialize)]
    pub struct DeviceSources {
        pub id: String,
    }
}

sourced_struct! {
    /// A carrier as `kb stats` and `kb validate --max-age` count it: its id, where its facts
    /// came from, and its plans the same way. The rest of its file is skipped unread.
    #[derive(Debug, Clone, Deserialize)]
    pub struct CarrierSources {
        pub id: String,
        pub plans: Vec<PlanSources>,
    }
}

sourced_struct! {
    /// A plan as `kb stats` counts it: its kind, its hotspot allowance and where its facts
    /// came from.
    #[derive(Debug, Clone, Deserialize)]
    pub struct PlanSources {
        pub id: String,
        pub kind: PlanKind,
        pub hotspot: HotspotAllowance,
    }
}

impl From<&Carrier> for CarrierSources {
    fn from(carrier: &Carrier) -> Self {
        CarrierSources {
            id: carrier.id.to_string(),
            plans: carrier.plans.iter().map(PlanSources::from).collect(),
            source: carrier.source.clone(),
            source_kind: carrier.source_kind,
            source_date: carrier.source_date,
            verified: carrier.verified,
            read_at: carrier.read_at.clone(),
        }
    }
}

impl From<&Plan> for PlanSources {
    fn from(plan: &Plan) -> Self {
        PlanSources {
            id: plan.id.to_string(),
            kind: plan.kind,
            hotspot: plan.hotspot.clone(),
            source: plan.source.clone(),
            source_kind: plan.source_kind,
            source_date: plan.source_date,
            verified: plan.verified,
            read_at: plan.read_at.clone(),
        }
    }
}

#[derive(Deserialize)]
pub(crate) struct DeviceSourcesList {
    pub devices: Vec<DeviceSources>,
}

impl From<&Device> for DeviceSources {
    fn from(device: &Device) -> Self {
        DeviceSources {
            id: device.id.to_string(),
            source: device.source.clone(),
            source_kind: device.source_kind,
            source_date: device.source_date,
            verified: device.verified,
            read_at: device.read_at.clone(),
        }
    }
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Deserialize, schemars::JsonSchema, strum::IntoStaticStr,
)]
#[serde(rename_all = "lowercase")]
#[strum(serialize_all = "lowercase")]
pub enum SourceKind {
    Carrier,
    Vendor,
    Press,
    Forum,
}

impl SourceKind {
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

sourced_struct! {
    #[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
    #[serde(deny_unknown_fields)]
    pub struct Carrier {
        pub id: KbString,
        pub name: KbString,
        #[serde(default)]
        pub aliases: Vec<KbString>,
        pub network: KbString,
        pub esim: EsimAvailability,
        pub policy: CarrierPolicy,
        /// Notes for the knowledge base's maintainers; the program never shows them.
        #[serde(default)]
        pub notes: Option<LocalizedText>,
        pub plans: Vec<Plan>,
    }
}

sourced_struct! {
    #[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
    #[serde(deny_unknown_fields)]
    pub struct EsimAvailability {
        pub postpaid: Tri,
        pub prepaid: Tri,
        /// Notes for the knowledge base's maintainers; the program never shows them.
        #[serde(default)]
        pub notes: Option<LocalizedText>,
    }
}

impl Carrier {
    /// Whether this carrier activates a plan of `kind` on an eSIM. Travel packs are bought up
    /// front, so they follow the prepaid answer; a legacy plan follows the postpaid one
    /// unless the carrier sells no postpaid plans at all.
    pub fn esim_for(&self, kind: PlanKind) -> Tri {
        match kind {
            PlanKind::Prepaid | PlanKind::Travel => self.esim.prepaid,
            PlanKind::Postpaid => self.esim.postpaid,
            PlanKind::Legacy if self.esim.postpaid == Tri::False => self.esim.prepaid,
            PlanKind::Legacy => self.esim.postpaid,
            PlanKind::Unlisted => Tri::Unknown,
        }
    }
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Deserialize, schemars::JsonSchema, strum::IntoStaticStr,
)]
#[serde(rename_all = "lowercase")]
#[strum(serialize_all = "lowercase")]
pub enum RoamingHotspot {
    Allowed,
    Limited,
    Blocked,
    Unknown,
}

impl RoamingHotspot {
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

sourced_struct! {
    #[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
    #[serde(deny_unknown_fields)]
    pub struct CarrierPolicy {
        pub after_cap: Known<Speed>,
        pub roaming_hotspot: RoamingHotspot,
        /// Notes for the knowledge base's maintainers; the program never shows them.
        #[serde(default)]
        pub notes: Option<LocalizedText>,
    }
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Deserialize, schemars::JsonSchema, strum::IntoStaticStr,
)]
#[serde(rename_all = "lowercase")]
#[strum(serialize_all = "lowercase")]
pub enum PlanKind {
    Postpaid,
    Prepaid,
    Legacy,
    Travel,
    /// A plan the knowledge base does not list, described by its owner's own figures. Never
    /// written in a file.
    #[serde(skip)]
    Unlisted,
}

impl PlanKind {
    /// Still sold: not a kind kept only for the people already on it.
    pub fn still_sold(self) -> bool {
        self != PlanKind::Legacy
    }

    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

sourced_struct! {
    #[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
    #[serde(deny_unknown_fields)]
    pub struct Plan {
        pub id: KbString,
        pub name: KbString,
        #[serde(default)]
        pub aliases: Vec<KbString>,
        pub kind: PlanKind,
        pub hotspot: HotspotAllowance,
        /// How long a travel or prepaid pack lasts.
        #[serde(default)]
        pub validity_days: Option<u32>,
        /// Data-only eSIMs come without a phone number.
        #[serde(default = "unknown_tri")]
        pub phone_number: Tri,
        #[serde(default)]
        pub add_ons: Vec<AddOn>,
        /// What a reader should know about the plan's terms and their sources, shown with
        /// `cap --explain` and in the JSON report.
        // A built-in plan's are in `built_in_notes` instead: read them with `Plan::notes`.
        #[serde(default)]
        pub notes: Option<LocalizedText>,
        /// A built-in plan's notes, as JSON the build set apart, read only when shown.
        #[serde(skip)]
        #[schemars(skip)]
        pub built_in_notes: Option<&'static str>,
    }
}

/// What a plan lets a person share, per month.
#[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct HotspotAllowance {
    pub included: Tri,
    pub high_speed: Known<Allowance>,
    pub after_cap: Known<Speed>,
    #[serde(default = "unknown_tri")]
    pub shares_plan_data: Tri,
    #[serde(default)]
    pub max_devices: Option<u32>,
    /// What the allowance is counted over: a month, a day, or the whole plan.
    #[serde(default)]
    pub period: Period,
    /// A fixed top speed for hotspot, even before any cap.
    #[serde(default)]
    pub speed_cap: Option<Known<Speed>>,
    /// A faster after-cap speed on part of the carrier's network, where the plan's terms name
    /// one (Verizon: 6 Mbps on 5G Ultra Wideband); `after_cap` is then the speed elsewhere.
    #[serde(default)]
    pub after_cap_better: Option<BetterSpeed>,
}

/// A speed that holds only on part of the network.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct BetterSpeed {
    pub speed: Speed,
    /// The part of the network, as the carrier names it: "5G Ultra Wideband".
    pub on: String,
}

impl Carrier {
    /// A seller of travel eSIMs: every plan it sells is a travel pack.
    pub fn sells_travel(&self) -> bool {
        !self.plans.is_empty() && self.plans.iter().all(|p| p.kind == PlanKind::Travel)
    }

    /// The plan of a seller that sells one: naming the seller names it.
    pub fn only_plan(&self) -> Option<&Plan> {
        match self.plans.as_slice() {
            [plan] => Some(plan),
            _ => None,
        }
    }
}

impl Plan {
    /// A plan the knowledge base does not list, under the name its owner gave (or none),
    /// with every term unknown until the owner's figures fill it in.
    pub fn unlisted(name: Option<&str>) -> Plan {
        Plan {
            id: UNLISTED_PLAN_ID.into(),
            name: name.unwrap_or_default().into(),
            aliases: Vec::new(),
            kind: PlanKind::Unlisted,
            hotspot: HotspotAllowance {
                included: Tri::Unknown,
                high_speed: Known::Unknown,
                after_cap: Known::Unknown,
                shares_plan_data: Tri::Unknown,
                max_devices: None,
                period: Period::Month,
                speed_cap: None,
                after_cap_better: None,
            },
            validity_days: None,
            phone_number: Tri::Unknown,
            add_ons: Vec::new(),
            notes: None,
            built_in_notes: None,
            source: KbString::default(),
            source_kind: None,
            source_date: None,
            verified: crate::kb::date::Date::today(),
            read_at: None,
        }
    }

    /// The plan's notes. A built-in plan's are read here, when an answer shows them: a list
    /// of every plan shows none, and they were a sixth of what `plans` read. The build made
    /// them from a file that parsed, and a test reads every one.
    pub fn notes(&self) -> Option<LocalizedText> {
        match self.built_in_notes {
            Some(json) => serde_json::from_str(json).ok(),
            None => self.notes.clone(),
        }
    }

    /// Whether it stands for a plan the knowledge base does not list.
    pub fn is_unlisted(&self) -> bool {
        self.kind == PlanKind::Unlisted
    }

    /// Still sold: not a plan kept only for the people already on it.
    pub fn is_current(&self) -> bool {
        self.kind.still_sold()
    }
}

/// A plan's names and kind alone: what finding a plan by its name reads. A built-in carrier's
/// plans are outlined so, and only the plan found is read whole (see `CarrierOutline`).
#[derive(Debug, Clone, Deserialize)]
pub struct PlanOutline {
    pub id: KbString,
    pub name: KbString,
    #[serde(default)]
    pub aliases: Vec<KbString>,
    pub kind: PlanKind,
}

impl PlanOutline {
    /// As [`Plan::is_current`].
    pub fn is_current(&self) -> bool {
        self.kind.still_sold()
    }
}

/// The id a plan from its owner's figures goes by in facts and JSON.
pub const UNLISTED_PLAN_ID: &str = "your-plan";

impl HotspotAllowance {
    /// The full-speed hotspot data: none at all where hotspot is not included, whatever else
    /// the entry says; else the figure given, which may be unknown.
    pub fn full_speed(&self) -> Known<Allowance> {
        match self.included {
            Tri::False => Known::Known(Allowance::Bytes(0)),
            _ => self.high_speed,
        }
    }

    /// Whether the full-speed data has no limit.
    pub fn is_unlimited(&self) -> bool {
        self.full_speed() == Known::Known(Allowance::Unlimited)
    }
}

#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Default,
    Deserialize,
    schemars::JsonSchema,
    strum::IntoStaticStr,
)]
#[serde(rename_all = "lowercase")]
#[strum(serialize_all = "lowercase")]
pub enum Period {
    #[default]
    Month,
    Day,
    Plan,
}

impl Period {
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

fn unknown_tri() -> Tri {
    Tri::Unknown
}

#[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AddOn {
    pub name: KbString,
    #[serde(default)]
    pub adds: Option<Allowance>,
    #[serde(default)]
    pub price: Option<KbString>,
    #[serde(default)]
    pub notes: Option<LocalizedText>,
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Deserialize, schemars::JsonSchema, strum::IntoStaticStr,
)]
#[serde(rename_all = "lowercase")]
#[strum(serialize_all = "lowercase")]
pub enum Platform {
    Ios,
    Android,
}

impl Platform {
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// Where a phone was bought: it decides the hardware for some models.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Deserialize,
    schemars::JsonSchema,
    strum::IntoStaticStr,
)]
#[serde(rename_all = "lowercase")]
#[strum(serialize_all = "lowercase")]
pub enum Region {
    Us,
    Cn,
    Hk,
    Mo,
    Other,
}

impl Region {
    pub const ALL: [Region; 5] = [
        Region::Us,
        Region::Cn,
        Region::Hk,
        Region::Mo,
        Region::Other,
    ];

    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

#[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct DeviceList {
    pub devices: Vec<Device>,
}

sourced_struct! {
    #[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
    #[serde(deny_unknown_fields)]
    pub struct Device {
        pub id: KbString,
        pub name: KbString,
        #[serde(default)]
        pub aliases: Vec<KbString>,
        pub platform: Platform,
        #[serde(default)]
        pub maker: Option<String>,
        #[serde(default)]
        pub year: Option<u16>,
        pub esim: Tri,
        #[serde(default = "unknown_tri")]
        pub esim_only_in_us: Tri,
        #[serde(default)]
        pub esim_by_region: std::collections::BTreeMap<Region, Tri>,
        /// Where one market's version may refuse eSIMs from carriers outside that market:
        /// `false` refuses them, `unknown` is not confirmed either way. A market left out has
        /// no such restriction known.
        #[serde(default)]
        pub foreign_esim_by_region: std::collections::BTreeMap<Region, Tri>,
        #[serde(default)]
        pub notes: Option<LocalizedText>,
    }
}

impl Device {
    /// eSIM support for a phone bought in `region`; `None` when the region is not known and
    /// the answer depends on it.
    pub fn esim_when_bought_in(&self, region: Option<Region>) -> Option<Tri> {
        match region {
            Some(r) => Some(*self.esim_by_region.get(&r).unwrap_or(&self.esim)),
            None if self.esim_by_region.values().all(|v| *v == self.esim) => Some(self.esim),
            None => None,
        }
    }

    /// Whether the version bought in `region` takes an eSIM from a carrier outside that
    /// market, such as a US eSIM; `None` when the region is not known and the answer depends
    /// on it.
    pub fn foreign_esim_when_bought_in(&self, region: Option<Region>) -> Option<Tri> {
        match region {
            Some(r) => Some(*self.foreign_esim_by_region.get(&r).unwrap_or(&Tri::True)),
            None if self
                .foreign_esim_by_region
                .values()
                .all(|v| *v == Tri::True) =>
            {
                Some(Tri::True)
            }
            None => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every word the schema (and so serde) gives a choice reads back as the choice whose
    /// `as_str` (strum's word for it) is that word.
    fn words_read_back<T>(as_str: fn(T) -> &'static str) -> usize
    where
        T: schemars::JsonSchema + serde::de::DeserializeOwned,
    {
        fn words(value: &serde_json::Value, out: &mut Vec<String>) {
            match value {
                serde_json::Value::Object(map) => {
                    for (key, inner) in map {
                        match (key.as_str(), inner) {
                            ("const", serde_json::Value::String(word)) => out.push(word.clone()),
                            ("enum", serde_json::Value::Array(all)) => out
                                .extend(all.iter().filter_map(|w| w.as_str().map(str::to_string))),
                            _ => words(inner, out),
                        }
                    }
                }
                serde_json::Value::Array(all) => all.iter().for_each(|v| words(v, out)),
                _ => {}
            }
        }
        let schema = serde_json::to_value(schemars::schema_for!(T)).unwrap();
        let mut all = Vec::new();
        words(&schema, &mut all);
        for word in &all {
            let read: T = serde_json::from_value(serde_json::Value::String(word.clone())).unwrap();
            assert_eq!(as_str(read), word);
        }
        all.len()
    }

    #[test]
    fn each_choice_says_the_word_it_is_read_from() {
        assert_eq!(words_read_back(SourceKind::as_str), 4);
        assert_eq!(words_read_back(RoamingHotspot::as_str), 4);
        assert_eq!(words_read_back(PlanKind::as_str), 4);
        assert_eq!(words_read_back(Period::as_str), 3);
        assert_eq!(words_read_back(Platform::as_str), 2);
        assert_eq!(words_read_back(Region::as_str), 5);
        assert_eq!(words_read_back(crate::rules::Severity::as_str), 4);
        assert_eq!(words_read_back(crate::rules::Verdict::as_str), 4);
        assert_eq!(words_read_back(crate::steps::Via::as_str), 5);
    }

    fn read_at(source: &str, read_at: Option<&str>) -> Option<String> {
        Provenance {
            source,
            source_kind: None,
            source_date: None,
            verified: Date::today(),
            read_at,
        }
        .copy_host()
    }

    fn copy_host(source: &str) -> Option<String> {
        read_at(source, None)
    }

    #[test]
    fn a_page_read_in_a_copy_names_the_copys_host() {
        assert_eq!(
            read_at(
                "https://www.airalo.com/m/resources/policy/",
                Some("https://staging.cdn.example/m/resources/policy/")
            )
            .as_deref(),
            Some("staging.cdn.example")
        );
    }

    #[test]
    fn copies_on_code_hosts_are_told_apart_from_publishers_pages() {
        assert_eq!(
            copy_host("https://github.com/someone/site/blob/abc/plans.html"),
            Some("github.com".to_string())
        );
        assert_eq!(copy_host("https://www.verizon.com/plans/"), None);
        assert_eq!(copy_host("https://github.com.evil.example/x"), None);
        assert_eq!(copy_host("https://notgithub.com/x"), None);
        assert_eq!(
            copy_host("https://info.5y1.org/guide.html"),
            Some("5y1.org".to_string())
        );
        assert_eq!(
            copy_host("https://www.easymanua.ls/motorola"),
            Some("easymanua.ls".to_string())
        );
    }
}
