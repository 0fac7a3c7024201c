//! `devices`: "is my phone compatible?", a table of phones with whether each takes an eSIM
//! where it was sold, or the same rows as JSON.

use serde_json::json;

use crate::kb::model::{Device, Region, Tri};
use crate::kb::with_maker;
use crate::messages;
use crate::text::sanitize;

/// The markets a phone's eSIM differs by.
const MARKETS: [Region; 4] = [Region::Us, Region::Cn, Region::Hk, Region::Mo];

/// `width` is the terminal's, or `None` when piped: then no borders and no wrapping.
pub fn text(devices: &[Device], width: Option<u16>) -> String {
    if devices.is_empty() {
        return format!("{}\n", messages::no_devices_match());
    }
    let mut table = super::table::Table::new(messages::device_table_header());
    for device in devices {
        let mut row =
            vec![sanitize(&with_maker(&device.name, device.maker.as_deref())).into_owned()];
        row.extend(
            MARKETS
                .iter()
                .map(|market| esim_word(device.esim_when_bought_in(Some(*market))).to_string()),
        );
        table.row(row);
    }
    let mut out = table.draw(width);
    out.push_str(&messages::devices_note());
    out.push('\n');
    out
}

pub fn json(devices: &[Device]) -> String {
    let rows: Vec<_> = devices
        .iter()
        .map(|d| {
            let esim: serde_json::Map<String, serde_json::Value> = MARKETS
                .iter()
                .map(|m| {
                    let known = d.esim_when_bought_in(Some(*m)).and_then(Tri::as_bool);
                    (m.as_str().to_string(), json!(known))
                })
                .collect();
            json!({
                "id": d.id,
                "name": d.name,
                "maker": d.maker,
                "platform": d.platform.as_str(),
                "year": d.year,
                "esim": esim,
            })
        })
        .collect();
    super::json::finish(&json!({ "devices": rows }))
}

fn esim_word(tri: Option<Tri>) -> String {
    match tri.and_then(Tri::as_bool) {
        Some(true) => messages::yes(),
        Some(false) => messages::no(),
        None => messages::unknown(),
    }
}
