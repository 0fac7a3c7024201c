//! `plans`: a table that fits the terminal, plain when piped, or the same rows as JSON.

use comfy_table::{presets, Cell, CellAlignment, ContentArrangement, Table};
use serde_json::json;

use crate::kb::date::Date;
use crate::kb::model::Tri;
use crate::lookup::PlanRow;
use crate::messages;
use crate::text::sanitize;
use crate::units::{Allowance, Speed};

/// `width` is the terminal's, or `None` when piped: then no borders and no wrapping.
pub fn text(rows: &[PlanRow], width: Option<u16>) -> String {
    if rows.is_empty() {
        return format!("{}\n", messages::NO_PLANS_MATCH);
    }
    let mut table = Table::new();
    match width {
        Some(w) => {
            table
                .load_preset(presets::UTF8_BORDERS_ONLY)
                .set_content_arrangement(ContentArrangement::Dynamic)
                .set_width(w);
        }
        None => {
            table
                .load_preset(presets::NOTHING)
                .force_no_tty()
                .set_content_arrangement(ContentArrangement::Disabled);
        }
    }
    table.set_header(messages::PLAN_TABLE_HEADER.iter().map(|h| Cell::new(*h)));
    for row in rows {
        table.add_row(vec![
            Cell::new(sanitize(&row.carrier.name)),
            Cell::new(sanitize(&row.plan.name)),
            Cell::new(row.plan.kind.as_str()),
            Cell::new(high_speed_words(row)).set_alignment(CellAlignment::Right),
            Cell::new(after_cap_words(row)),
            Cell::new(tri_word(row.esim)),
            Cell::new(if row.verified.is_stale(Date::today()) {
                format!("{} {}", row.verified, messages::STALE_MARK)
            } else {
                row.verified.to_string()
            }),
        ]);
    }
    let mut out = table.to_string();
    out.push('\n');
    if rows.iter().any(shows_carriers_rule) {
        out.push_str(messages::CARRIERS_RULE_NOTE);
        out.push('\n');
    }
    if width.is_none() {
        // Borderless tables pad every line to the widest; trailing spaces help nobody.
        out = out
            .lines()
            .map(str::trim_end)
            .collect::<Vec<_>>()
            .join("\n")
            + "\n";
    }
    out
}

fn high_speed_words(row: &PlanRow) -> String {
    let hotspot = &row.plan.hotspot;
    match (hotspot.included, row.high_speed) {
        (Some(false), _) => messages::NOT_INCLUDED.to_string(),
        (_, Some(Allowance::Unlimited)) => match hotspot.speed_cap_kbps {
            Some(kbps) => messages::unlimited_up_to(Speed::Kbps(kbps)),
            None if hotspot.speed_cap_unknown => messages::UNLIMITED_SPEED_UNKNOWN.to_string(),
            None => messages::UNLIMITED.to_string(),
        },
        (_, Some(Allowance::Bytes(0))) => messages::NONE.to_string(),
        (_, Some(a)) => a.to_string(),
        (_, None) => messages::UNKNOWN.to_string(),
    }
}

/// Nothing follows an unlimited allowance or no hotspot at all; a speed that is only the
/// carrier's general rule is marked (the note is under the table), and left out where the
/// plan's own allowance is not even known.
fn after_cap_words(row: &PlanRow) -> String {
    let no_cap = row.high_speed == Some(Allowance::Unlimited);
    if no_cap || row.plan.hotspot.included == Some(false) {
        return messages::NOTHING_FOLLOWS.to_string();
    }
    match row.after_cap {
        Some(speed) if shows_carriers_rule(row) => {
            format!("{speed}{}", messages::CARRIERS_RULE_MARK)
        }
        Some(speed) if !row.plan.hotspot.after_cap_is_carriers_rule => speed.to_string(),
        _ => messages::UNKNOWN.to_string(),
    }
}

fn shows_carriers_rule(row: &PlanRow) -> bool {
    row.plan.hotspot.after_cap_is_carriers_rule
        && matches!(row.high_speed, Some(Allowance::Bytes(_)))
}

fn tri_word(t: Tri) -> &'static str {
    match t {
        Tri::True => messages::YES,
        Tri::False => messages::NO,
        Tri::Unknown => messages::UNKNOWN,
    }
}

pub fn json(rows: &[PlanRow]) -> String {
    let array: Vec<_> = rows
        .iter()
        .map(|r| {
            json!({
                "carrier": { "id": r.carrier.id, "name": r.carrier.name },
                "plan": { "id": r.plan.id, "name": r.plan.name, "kind": r.plan.kind.as_str() },
                "hotspot": super::json::hotspot(&r.plan.hotspot),
                "allowance": r.plan.allowance,
                "esim": r.esim.as_bool(),
                "source": r.plan.provenance.url,
                "verified": r.verified.to_string(),
                "stale": r.verified.is_stale(Date::today()),
            })
        })
        .collect();
    super::json::finish(&json!(array))
}
