//! `plans`: a table that fits the terminal, plain when piped, or the same rows as JSON.

use comfy_table::{presets, Cell, CellAlignment, ContentArrangement, Table};
use serde_json::json;

use crate::kb::date::Date;
use crate::kb::model::Tri;
use crate::lookup::PlanRow;
use crate::messages;
use crate::text::sanitize;
use crate::units::Allowance;

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
            Cell::new(
                row.after_cap
                    .map_or(messages::UNKNOWN.to_string(), |s| s.to_string()),
            ),
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
    match (row.plan.hotspot.included, row.high_speed) {
        (Some(false), _) => messages::NOT_INCLUDED.to_string(),
        (_, Some(Allowance::Unlimited)) => messages::UNLIMITED.to_string(),
        (_, Some(Allowance::Bytes(0))) => messages::NONE.to_string(),
        (_, Some(a)) => a.to_string(),
        (_, None) => messages::UNKNOWN.to_string(),
    }
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
