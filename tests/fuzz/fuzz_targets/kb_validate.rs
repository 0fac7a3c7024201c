//! `kb validate` on a user's knowledge base with one file from any bytes: every problem in
//! every file, the built-in ones too. Slower than `kb_file`, since it checks the built-in
//! files each time. No input may panic or hang, and each problem is a line of text.
//!
//! The first byte chooses the file (a carrier, devices.yaml, rules.yaml, usage.yaml or
//! steps.yaml); the rest is its content.

#![no_main]

use esim_hotspot::kb::Library;
use esim_hotspot_fuzz::write_kb_file;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((dir, _)) = write_kb_file(data) else {
        return;
    };
    if let Ok(library) = Library::open_to_validate(Some(dir)) {
        for problem in library.validate_all() {
            assert!(!problem.trim().is_empty());
        }
    }
});
