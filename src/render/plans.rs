//! `plans`: a table that fits the terminal, plain when piped, or the same rows as JSON.

use serde_json::json;

use crate::advisor::{CarrierSummary, HotspotSummary};
use crate::kb::date::Date;
use crate::kb::model::Tri;
use crate::lookup::PlanRow;
use crate::messages;
use crate::text::sanitize;
use crate::units::{Allowance, Speed};

/// `width` is the terminal's, or `None` when piped: then no borders and no wrapping.
pub fn text(rows: &[PlanRow], width: Option<u16>) -> String {
    if rows.is_empty() {
        return format!("{}\n", messages::no_plans_match());
    }
    let mut table = super::table::Table::new(messages::plan_table_header()).right_aligned(3);
    // A hundred and fifty rows share a few kinds, a few dozen hotspot terms, three eSIM
    // answers and a few dates: each is worded once.
    let mut kinds = Worded::default();
    let mut hotspots = Worded::default();
    let mut esims = Worded::default();
    let mut dates = Worded::default();
    // One day for every row, even when the table is drawn across midnight.
    let today = Date::today();
    for row in rows {
        let h = &row.hotspot;
        let [high_speed, after_cap] = hotspots.of(HotspotWords::of(h), || {
            [
                high_speed_words(h),
                after_cap_words(h, messages::CARRIERS_RULE_MARK),
            ]
        });
        let verified = row.plan.verified;
        table.row([
            &*sanitize(&row.carrier.name),
            &*sanitize(&row.plan.name),
            kinds.of(row.plan.kind, || messages::plan_kind(row.plan.kind)),
            high_speed,
            after_cap,
            esims.of(row.esim, || tri_word(row.esim)),
            dates.of(verified, || match verified.is_stale(today) {
                true => format!("{verified} {}", messages::stale_mark()),
                false => verified.to_string(),
            }),
        ]);
    }
    let mut out = table.draw(width);
    if rows.iter().any(|r| shows_carriers_rule(&r.hotspot)) {
        out.push_str(&messages::carriers_rule_note());
        out.push('\n');
    }
    out
}

/// Words already written for the values a table shows, each value worded once and lent to
/// every row that shows it.
struct Worded<K, W> {
    done: Vec<(K, W)>,
}

impl<K, W> Default for Worded<K, W> {
    fn default() -> Self {
        Worded { done: Vec::new() }
    }
}

impl<K: PartialEq, W> Worded<K, W> {
    /// The words for `key`, from `word` the first time it is asked for.
    fn of(&mut self, key: K, word: impl FnOnce() -> W) -> &W {
        let at = match self.done.iter().position(|(done, _)| *done == key) {
            Some(at) => at,
            None => {
                self.done.push((key, word()));
                self.done.len() - 1
            }
        };
        &self.done[at].1
    }
}

/// What the table's two hotspot columns read from a plan's terms.
#[derive(PartialEq)]
struct HotspotWords {
    included: Option<bool>,
    high_speed_bytes: Option<u64>,
    unlimited: bool,
    speed_cap_kbps: Option<u64>,
    speed_cap_unknown: bool,
    after_cap_kbps: Option<u64>,
    after_cap_is_carriers_rule: bool,
}

impl HotspotWords {
    fn of(h: &HotspotSummary) -> HotspotWords {
        HotspotWords {
            included: h.included,
            high_speed_bytes: h.high_speed_bytes,
            unlimited: h.unlimited,
            speed_cap_kbps: h.speed_cap_kbps,
            speed_cap_unknown: h.speed_cap_unknown,
            after_cap_kbps: h.after_cap_kbps,
            after_cap_is_carriers_rule: h.after_cap_is_carriers_rule,
        }
    }
}

fn high_speed_words(h: &HotspotSummary) -> String {
    match (h.included, h.high_speed_bytes) {
        (Some(false), _) => messages::not_included().to_string(),
        _ if h.unlimited => match h.speed_cap_kbps {
            Some(kbps) => messages::unlimited_up_to(Speed::Kbps(kbps)),
            None if h.speed_cap_unknown => messages::unlimited_speed_unknown().to_string(),
            None => messages::unlimited().to_string(),
        },
        (_, Some(0)) => messages::none().to_string(),
        (_, Some(bytes)) => Allowance::Bytes(bytes).to_string(),
        (_, None) => messages::unknown().to_string(),
    }
}

/// Nothing follows an unlimited allowance or no hotspot at all; a speed that is only the
/// carrier's general rule carries `mark`, and is left out where the plan's own allowance is
/// not even known.
fn after_cap_words(h: &HotspotSummary, mark: &str) -> String {
    if h.unlimited || h.included == Some(false) {
        return messages::NOTHING_FOLLOWS.to_string();
    }
    let speed = h.after_cap_kbps.map(|k| match k {
        0 => Speed::Blocked,
        k => Speed::Kbps(k),
    });
    match speed {
        Some(speed) if shows_carriers_rule(h) => format!("{}{mark}", messages::speed(speed)),
        Some(speed) if !h.after_cap_is_carriers_rule => messages::speed(speed),
        _ => messages::unknown().to_string(),
    }
}

fn shows_carriers_rule(h: &HotspotSummary) -> bool {
    h.after_cap_is_carriers_rule && h.high_speed_bytes.is_some_and(|b| b > 0)
}

/// A plan's hotspot in a few words, for a list to choose from: "60 GB a month, then
/// 128 kbps", "unlimited", "no hotspot".
pub fn brief(h: &HotspotSummary) -> String {
    match (h.included, h.high_speed_bytes) {
        (Some(false), _) => messages::not_included().to_string(),
        (Some(true), None) if !h.unlimited => messages::included_amount_unknown().to_string(),
        (None, None) if !h.unlimited => messages::hotspot_unknown(),
        (_, Some(0)) => match after_cap_words(h, &messages::carriers_rule_brief()) {
            then if then == messages::unknown() => messages::reduced_speed_only().to_string(),
            then => messages::always_at(&then),
        },
        _ => {
            let high = high_speed_words(h);
            match after_cap_words(h, &messages::carriers_rule_brief()) {
                then if then == messages::NOTHING_FOLLOWS => high,
                then if then == messages::unknown() => {
                    messages::allowance_brief_speed_unknown(&high, h.period)
                }
                then => messages::allowance_brief(&high, h.period, &then),
            }
        }
    }
}

fn tri_word(t: Tri) -> String {
    match t {
        Tri::True => messages::yes(),
        Tri::False => messages::no(),
        Tri::Unknown => messages::unknown(),
    }
}

pub fn json(rows: &[PlanRow]) -> String {
    let today = Date::today();
    let array: Vec<_> = rows
        .iter()
        .map(|r| {
            json!({
                "carrier": super::json::carrier(&CarrierSummary::of(r.carrier)),
                "plan": { "id": r.plan.id, "name": r.plan.name, "kind": r.plan.kind.as_str() },
                "hotspot": super::json::hotspot(&r.hotspot),
                "allowance": r.allowance().to_string(),
                "esim": r.esim.as_bool(),
                "source": r.plan.source,
                "verified": r.plan.verified.to_string(),
                "stale": r.plan.verified.is_stale(today),
            })
        })
        .collect();
    super::json::finish(&json!(array))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kb::model::Period;

    fn hotspot() -> HotspotSummary {
        HotspotSummary {
            included: Some(true),
            high_speed_bytes: Some(60_000_000_000),
            unlimited: false,
            after_cap_kbps: Some(128),
            after_cap_is_carriers_rule: false,
            period: Period::Month,
            speed_cap_kbps: None,
            speed_cap_unknown: false,
            shares_plan_data: Some(false),
            after_cap_better: None,
        }
    }

    #[test]
    fn a_brief_allowance_reads_as_a_short_phrase() {
        assert_eq!(brief(&hotspot()), "60 GB a month, then 128 kbps");
        let general = HotspotSummary {
            after_cap_is_carriers_rule: true,
            ..hotspot()
        };
        assert_eq!(
            brief(&general),
            "60 GB a month, then 128 kbps (the carrier's usual)"
        );
        let daily = HotspotSummary {
            high_speed_bytes: Some(3_000_000_000),
            period: Period::Day,
            after_cap_kbps: Some(1000),
            ..hotspot()
        };
        assert_eq!(brief(&daily), "3 GB a day, then 1 Mbps");
        let speed_unknown = HotspotSummary {
            after_cap_kbps: None,
            ..hotspot()
        };
        assert_eq!(
            brief(&speed_unknown),
            "60 GB a month, then an unknown speed"
        );
        let reduced = HotspotSummary {
            high_speed_bytes: Some(0),
            after_cap_kbps: None,
            ..hotspot()
        };
        assert_eq!(brief(&reduced), "reduced speed only");
        let none = HotspotSummary {
            included: Some(false),
            high_speed_bytes: Some(0),
            ..hotspot()
        };
        assert_eq!(brief(&none), "not included");
        let unlimited = HotspotSummary {
            high_speed_bytes: None,
            unlimited: true,
            speed_cap_unknown: true,
            ..hotspot()
        };
        assert_eq!(brief(&unlimited), "unlimited, top speed unknown");
        let unknown = HotspotSummary {
            included: None,
            high_speed_bytes: None,
            ..hotspot()
        };
        assert_eq!(brief(&unknown), "hotspot unknown");
    }
}
