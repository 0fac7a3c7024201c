//! The size and speed parsers, on any bytes: no panic, and a size they read prints as text
//! they read back to the same bytes within the printed rounding.

#![no_main]

use esim_hotspot::units::{
    format_bytes, parse_allowance, parse_bytes, parse_speed, parse_spoken_allowance, DataUsed,
    Speed,
};
use libfuzzer_sys::fuzz_target;

/// Every size up to 9,000,000 TB prints as text that reads back (the parser's limit is
/// 2^63 − 1 bytes, and printing rounds to two decimals of the unit).
const LARGEST_ROUND_TRIP: u64 = 9_000_000_000_000_000_000;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let _ = parse_allowance(&text);
    // What people type at a flag or in the guide, with an app's words around a figure.
    let _ = DataUsed::parse(&text).map(|used| used.written());
    let _ = parse_spoken_allowance(&text);
    let _ = parse_speed(&text).map(|speed| speed.to_string());
    if let Ok(bytes) = parse_bytes(&text) {
        if bytes <= LARGEST_ROUND_TRIP {
            let printed = format_bytes(bytes);
            let read = parse_bytes(&printed)
                .unwrap_or_else(|e| panic!("{text:?} read as {bytes}, printed {printed}: {e}"));
            assert!(
                read.abs_diff(bytes) <= rounding(bytes),
                "{text:?} read as {bytes}, printed {printed}, read back as {read}"
            );
        }
    }
    if let Ok(Speed::Kbps(kbps)) = parse_speed(&text) {
        if kbps <= 1_000_000_000_000 {
            let printed = Speed::Kbps(kbps).to_string();
            let read = parse_speed(&printed).map(Speed::kbps);
            assert!(
                read.as_ref().is_ok_and(|read| read.abs_diff(kbps) <= 5),
                "{text:?} read as {kbps} kbps, printed {printed}, read back as {read:?}"
            );
        }
    }
});

/// Half a hundredth of the unit a size prints in.
fn rounding(bytes: u64) -> u64 {
    [1_000_000_000_000, 1_000_000_000, 1_000_000, 1_000]
        .into_iter()
        .find(|unit| bytes >= *unit)
        .unwrap_or(1)
        / 200
}
