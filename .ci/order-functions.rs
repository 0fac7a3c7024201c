//! The listing step of `.ci/order-functions`: from the linker's map of a release build and
//! callgrind's profiles of that build answering some commands, prints the functions the
//! answers ran, the ones most answers run first, for the linker to place together.
//!
//! Usage: order-functions MAP PROFILE...

use std::collections::HashMap;
use std::fs;

/// A function of the program's code, as the map places it.
struct Function {
    start: u64,
    end: u64,
    name: String,
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (map, profiles) = args
        .split_first()
        .expect("usage: order-functions MAP PROFILE...");
    let functions = functions_in(&fs::read_to_string(map).expect("a readable map"));

    // For each function run: in how many profiles, and the first profile that ran it.
    let mut runs: HashMap<usize, (usize, usize)> = HashMap::new();
    for (order, profile) in profiles.iter().enumerate() {
        let text = fs::read_to_string(profile).expect("a readable profile");
        let mut seen: Vec<usize> = addresses_in(&text)
            .filter_map(|address| containing(&functions, address))
            .collect();
        seen.sort_unstable();
        seen.dedup();
        for index in seen {
            let entry = runs.entry(index).or_insert((0, order));
            entry.0 += 1;
        }
    }
    let mut ran: Vec<(usize, (usize, usize))> = runs.into_iter().collect();
    ran.sort_by_key(|&(index, (count, first))| (usize::MAX - count, first, index));

    println!("# Functions that quick answers run, those most answers run first.");
    println!("# Written by .ci/order-functions; see CONTRIBUTING.md.");
    for (index, _) in ran {
        println!("{}", functions[index].name);
    }
}

/// The functions of `.text` in an lld map, by address. A map line has four figures, then
/// the output section one space in, an input section nine, or a symbol seventeen.
fn functions_in(map: &str) -> Vec<Function> {
    let mut functions = Vec::new();
    let mut in_text = false;
    for line in map.lines() {
        let fields: Vec<&str> = line.split_whitespace().collect();
        if fields.len() < 5 {
            continue;
        }
        let Some(at) = line.find(&format!(" {} ", fields[3])) else {
            continue;
        };
        let rest = &line[at + fields[3].len() + 2..];
        let indent = rest.len() - rest.trim_start().len();
        match indent {
            0 => in_text = rest.trim() == ".text",
            16 if in_text => {
                let (Ok(start), Ok(size)) = (
                    u64::from_str_radix(fields[0], 16),
                    u64::from_str_radix(fields[2], 16),
                ) else {
                    continue;
                };
                functions.push(Function {
                    start,
                    end: start + size.max(1),
                    name: rest.trim().to_string(),
                });
            }
            _ => {}
        }
    }
    functions.sort_by_key(|f| f.start);
    functions
}

/// The addresses of the instructions a callgrind profile counts (it is written with
/// `--dump-instr=yes --compress-pos=no`, so each cost line starts with one).
fn addresses_in(profile: &str) -> impl Iterator<Item = u64> + '_ {
    profile.lines().filter_map(|line| {
        let hex = line.split_whitespace().next()?.strip_prefix("0x")?;
        u64::from_str_radix(hex, 16).ok()
    })
}

fn containing(functions: &[Function], address: u64) -> Option<usize> {
    let after = functions.partition_point(|f| f.start <= address);
    let index = after.checked_sub(1)?;
    (address < functions[index].end).then_some(index)
}
