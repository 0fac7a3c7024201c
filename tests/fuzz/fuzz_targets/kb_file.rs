//! A user's knowledge-base file, from any bytes, through the functions the program itself
//! calls for `check`, `cap` and `plans`: `Library::open` and `open_to_validate` on a
//! directory, then the library's readers. No input may panic or hang.
//!
//! The first byte chooses the file (a carrier, devices.yaml, rules.yaml, usage.yaml or
//! steps.yaml); the rest is its content.

#![no_main]

use esim_hotspot::kb::Library;
use esim_hotspot_fuzz::{write_kb_file, FILES};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((dir, file)) = write_kb_file(data) else {
        return;
    };
    if file == FILES[0] {
        // A carrier file that does not load is taken apart for every problem in it.
        let _ = Library::open_to_validate(Some(dir));
    }
    let Ok(library) = Library::open(Some(dir)) else {
        return;
    };
    match file {
        _ if file == FILES[0] => {
            let _ = library.carriers().map(|all| all.len());
            let _ = library.carrier("fuzztel");
            let _ = library.carrier_names();
        }
        "devices.yaml" => {
            let _ = library.device("iPhone 15");
            let _ = library.device_names();
        }
        "rules.yaml" => {
            let _ = library.rules();
        }
        "usage.yaml" => {
            let _ = library.usage();
        }
        _ => {
            let _ = library.steps();
        }
    }
});
