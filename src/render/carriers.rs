//! `carriers`: who sells the eSIM, on which network, what kinds of plan, and how many of
//! their plans have a known hotspot allowance.

use std::collections::BTreeSet;

use serde_json::json;

use crate::kb::model::Carrier;
use crate::messages;
use crate::text::sanitize;

/// How many of a carrier's plans have a known full-speed allowance.
fn known(carrier: &Carrier) -> usize {
    carrier
        .plans
        .iter()
        .filter(|p| p.hotspot.full_speed().get().is_some())
        .count()
}

fn kinds(carrier: &Carrier) -> Vec<&'static str> {
    let kinds: BTreeSet<&'static str> = carrier.plans.iter().map(|p| p.kind.as_str()).collect();
    kinds.into_iter().collect()
}

/// `width` is the terminal's, or `None` when piped: then no borders and no wrapping.
pub fn text(carriers: &[Carrier], width: Option<u16>) -> String {
    let mut table = super::table::Table::new(messages::carrier_table_header()).right_aligned(4);
    for carrier in carriers {
        let kinds: Vec<String> = kinds(carrier)
            .into_iter()
            .map(messages::plan_kind_word)
            .collect();
        table.row(vec![
            sanitize(&carrier.name).into_owned(),
            sanitize(&carrier.id).into_owned(),
            match carrier.network.as_str() {
                // The files' word for a network not known, said in the reader's language.
                "unknown" => messages::unknown(),
                network => sanitize(network).into_owned(),
            },
            messages::list(&kinds),
            format!("{} / {}", known(carrier), carrier.plans.len()),
        ]);
    }
    table.draw(width)
}

pub fn json(carriers: &[Carrier]) -> String {
    let rows: Vec<_> = carriers
        .iter()
        .map(|c| {
            json!({
                "id": c.id,
                "name": c.name,
                "network": c.network,
                "plan_kinds": kinds(c),
                "plans": c.plans.len(),
                "plans_with_known_allowance": known(c),
            })
        })
        .collect();
    super::json::finish(&json!({ "carriers": rows }))
}
