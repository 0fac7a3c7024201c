//! Compiles the knowledge base into the binary, with a small index of carrier names so that
//! `check --carrier X` parses X's file alone.
//!
//! Each file is embedded twice: as written, for `kb validate` and the tests to read with its
//! lines and columns, and as the values the build parsed, for the answers themselves: Rust
//! data of type `BuiltValue` (`src/kb/built.rs`), read without parsing any text. The YAML
//! parser was most of what a `check` cost, and JSON of the same data still a third; the
//! tests check that both give the same knowledge base. A device's entry, read one at a time,
//! and the texts read only when shown, stay compact JSON. The rules are the exception: they
//! are Rust, written by a test (see `check_built_in_rules`), and embedded only as written.

use std::collections::HashMap;
use std::env;
use std::fmt::Write as _;
use std::fs;
use std::path::Path;

/// Only the names; the program validates the whole file when it loads it.
#[derive(serde::Deserialize, Default)]
#[serde(default)]
struct CarrierHeader {
    id: Option<String>,
    name: Option<String>,
    aliases: Vec<String>,
    plans: Vec<PlanHeader>,
}

/// A plan's names, so that naming a plan without its carrier parses only the carriers that
/// have a plan of that name.
#[derive(serde::Deserialize, Default)]
#[serde(default)]
struct PlanHeader {
    id: String,
    name: String,
    aliases: Vec<String>,
}

/// One entry of devices.yaml, split out so that naming a phone parses that phone alone.
#[derive(serde::Deserialize)]
struct DeviceFile {
    devices: Vec<serde_yaml::Value>,
}

/// devices.yaml as compact JSON, and an index of each device's names and where its entry
/// lies in that JSON; and each device's id and sources alone, for `kb stats` and `--max-age`.
fn write_devices(path: &Path, texts: &mut BuiltTexts, out: &mut String) {
    let text = fs::read_to_string(path).expect("readable devices.yaml");
    // A file that does not parse gets no JSON and an empty index; the program then parses
    // the YAML and reports the problem.
    let Ok(file) = serde_yaml::from_str::<DeviceFile>(&text) else {
        out.push_str("pub static DEVICES_JSON: &str = \"\";\n");
        out.push_str("pub static DEVICE_SOURCES_BUILT: BuiltValue = BuiltValue::Null;\n");
        out.push_str("pub static DEVICE_INDEX: &[EmbeddedDevice] = &[];\n");
        return;
    };
    let sources: Vec<serde_yaml::Mapping> = file
        .devices
        .iter()
        .map(|entry| {
            let keys = [
                "id",
                "source",
                "source_kind",
                "source_date",
                "verified",
                "read_at",
            ];
            let mut kept = serde_yaml::Mapping::new();
            for key in keys {
                if let Some(value) = entry.get(key) {
                    kept.insert(key.into(), value.clone());
                }
            }
            kept
        })
        .collect();
    let sources = serde_json::json!({ "devices": sources });
    write_built("DEVICE_SOURCES_BUILT", Some(&sources), texts, out);
    let mut json = String::from("{\"devices\":[");
    let mut index = String::from("pub static DEVICE_INDEX: &[EmbeddedDevice] = &[\n");
    for (n, entry) in file.devices.iter().enumerate() {
        if n > 0 {
            json.push(',');
        }
        let start = json.len();
        json.push_str(&serde_json::to_string(entry).expect("a parsed entry serializes"));
        write_device_entry(entry, start..json.len(), &mut index);
    }
    json.push_str("]}");
    index.push_str("];\n");
    let json_path = Path::new(&env::var("OUT_DIR").unwrap()).join("devices.json");
    fs::write(&json_path, json).expect("writable OUT_DIR");
    writeln!(
        out,
        "pub static DEVICES_JSON: &str = source_text!({:?});",
        json_path.display().to_string()
    )
    .unwrap();
    out.push_str(&index);
}

fn write_device_entry(entry: &serde_yaml::Value, json: std::ops::Range<usize>, out: &mut String) {
    let field = |key: &str| {
        entry
            .get(key)
            .and_then(|v| v.as_str())
            .unwrap_or("")
            .to_string()
    };
    let aliases: Vec<String> = entry
        .get("aliases")
        .and_then(|a| a.as_sequence())
        .map(|seq| {
            seq.iter()
                .filter_map(|v| v.as_str().map(String::from))
                .collect()
        })
        .unwrap_or_default();
    writeln!(
        out,
        "    EmbeddedDevice {{ id: {:?}, name: {:?}, aliases: &{aliases:?}, maker: {:?}, json: {json:?} }},",
        field("id"),
        field("name"),
        field("maker"),
    )
    .unwrap();
}

/// Each guide and troubleshooting entry as values of its own, with the platforms it is
/// for (none: every platform), so that `steps` reads only those of the platform asked for.
/// A file that does not parse gives one null guide, which the program fails to read: it
/// then reads the file as written, and reports its problem with its line and column.
fn write_steps(path: &Path, texts: &mut BuiltTexts, out: &mut String) {
    let text = fs::read_to_string(path).expect("readable steps.yaml");
    let value = serde_yaml::from_str::<serde_yaml::Value>(&text).ok();
    for (constant, list, platforms_key) in [
        ("STEP_GUIDES", "guides", "platform"),
        ("STEP_TROUBLES", "troubleshooting", "platforms"),
    ] {
        let entries = value.as_ref().map(|v| match v.get(list) {
            Some(serde_yaml::Value::Sequence(entries)) => entries.clone(),
            _ => Vec::new(),
        });
        let pieces: Vec<(Vec<String>, String)> = match entries {
            Some(entries) => entries
                .iter()
                .map(|entry| {
                    let platforms = match entry.get(platforms_key) {
                        Some(serde_yaml::Value::String(one)) => vec![one.clone()],
                        Some(serde_yaml::Value::Sequence(all)) => all
                            .iter()
                            .filter_map(|p| p.as_str().map(String::from))
                            .collect(),
                        _ => Vec::new(),
                    };
                    (
                        platforms,
                        built_value(serde_json::to_value(entry).ok().as_ref(), texts),
                    )
                })
                .collect(),
            None => vec![(Vec::new(), built_value(None, texts))],
        };
        write!(out, "pub static {constant}: &[(&[&str], BuiltValue)] = &[").unwrap();
        for (platforms, value) in pieces {
            write!(out, "(&{platforms:?}, {value}), ").unwrap();
        }
        out.push_str("];\n");
    }
}

/// A whole file as built values (null when it does not parse: the YAML then reports why).
fn write_file_built(
    constant: &str,
    path: &Path,
    texts: &mut BuiltTexts,
    out: &mut String,
    leave_out: fn(&mut serde_yaml::Value),
) {
    let text = fs::read_to_string(path).expect("readable data file");
    let value = serde_yaml::from_str::<serde_yaml::Value>(&text)
        .ok()
        .map(|mut value| {
            leave_out(&mut value);
            value
        })
        .and_then(|v| serde_json::to_value(&v).ok());
    write_built(constant, value.as_ref(), texts, out);
}

/// `pub static CONSTANT: BuiltValue = …;`
fn write_built(
    constant: &str,
    value: Option<&serde_json::Value>,
    texts: &mut BuiltTexts,
    out: &mut String,
) {
    writeln!(
        out,
        "pub static {constant}: BuiltValue = {};",
        built_value(value, texts)
    )
    .unwrap();
}

/// A value as a Rust expression of type `BuiltValue` (`Null` for none).
fn built_value(value: Option<&serde_json::Value>, texts: &mut BuiltTexts) -> String {
    let mut out = String::new();
    match value {
        Some(value) => write_built_value(value, texts, &mut out),
        None => out.push_str("BuiltValue::Null"),
    }
    out
}

/// Every string of the built-in values, once each, in one text: each text and each map's key
/// is a slice of it, so that a string the program keeps can be borrowed from the program
/// rather than copied (see `KbString`).
#[derive(Default)]
struct BuiltTexts {
    text: String,
    placed: HashMap<String, usize>,
}

impl BuiltTexts {
    /// Where `text` starts in the one text, placing it there the first time.
    fn place(&mut self, text: &str) -> usize {
        if let Some(&start) = self.placed.get(text) {
            return start;
        }
        let start = self.text.len();
        self.text.push_str(text);
        self.placed.insert(text.to_string(), start);
        start
    }

    /// `BUILT_TEXT`, the one text, as Rust.
    fn code(&self) -> String {
        format!("pub(crate) static BUILT_TEXT: &str = {:?};\n", self.text)
    }
}

fn write_built_value(value: &serde_json::Value, texts: &mut BuiltTexts, out: &mut String) {
    use serde_json::Value;
    match value {
        Value::Null => out.push_str("BuiltValue::Null"),
        Value::Bool(b) => write!(out, "BuiltValue::Bool({b})").unwrap(),
        Value::Number(n) => match (n.as_u64(), n.as_i64(), n.as_f64()) {
            (Some(n), _, _) => write!(out, "BuiltValue::Unsigned({n})").unwrap(),
            (_, Some(n), _) => write!(out, "BuiltValue::Signed({n})").unwrap(),
            // `{:?}` writes a float as Rust reads it back: `0.5`, `1e-7`, never `inf` in JSON.
            (_, _, n) => write!(out, "BuiltValue::Float({:?})", n.unwrap_or_default()).unwrap(),
        },
        Value::String(text) => write!(
            out,
            "BuiltValue::text({}, {})",
            texts.place(text),
            text.len()
        )
        .unwrap(),
        Value::Array(items) => {
            out.push_str("BuiltValue::List(&[");
            for item in items {
                write_built_value(item, texts, out);
                out.push(',');
            }
            out.push_str("])");
        }
        Value::Object(map) => {
            out.push_str("BuiltValue::Map(&[");
            for (key, item) in map {
                write!(out, "(built_str({}, {}),", texts.place(key), key.len()).unwrap();
                write_built_value(item, texts, out);
                out.push_str("),");
            }
            out.push_str("])");
        }
    }
}

/// The notes that the program never shows, written for the knowledge base's maintainers, are
/// left out of the values it reads at run time; `kb validate` reads the files as written. A
/// carrier's own notes and those on its eSIM and policy are a sixth of its data, an
/// activity's nearly half. A plan's notes are shown (`cap --explain`, the JSON report).
fn leave_out_carrier_notes(carrier: &mut serde_yaml::Value) {
    for part in [None, Some("esim"), Some("policy")] {
        let holder = match part {
            None => Some(&mut *carrier),
            Some(key) => carrier.get_mut(key),
        };
        if let Some(map) = holder.and_then(|h| h.as_mapping_mut()) {
            map.remove("notes");
        }
    }
}

/// Each plan's notes, as JSON of their own with the plan's place, taken out of the carrier:
/// only an answer about one plan shows them, and they are read then (see `Plan::notes`).
fn set_apart_plan_notes(carrier: &mut serde_yaml::Value) -> Vec<(usize, String)> {
    let plans = carrier.get_mut("plans").and_then(|p| p.as_sequence_mut());
    let mut notes = Vec::new();
    for (place, plan) in plans.into_iter().flatten().enumerate() {
        let taken = plan.as_mapping_mut().and_then(|p| p.remove("notes"));
        if let Some(json) = taken.and_then(|n| serde_json::to_string(&n).ok()) {
            notes.push((place, json));
        }
    }
    notes
}

fn leave_out_activity_notes(usage: &mut serde_yaml::Value) {
    let activities = usage
        .get_mut("activities")
        .and_then(|a| a.as_sequence_mut());
    for activity in activities.into_iter().flatten() {
        if let Some(map) = activity.as_mapping_mut() {
            map.remove("notes");
        }
    }
}

/// The built-in rules are compiled into Rust, `src/rules/built_in.rs`, which the tests write
/// from `data/rules.yaml` and the facts it reads (`src/facts.rs`), and which starts with the
/// hash of both. Where the hash is not theirs (a rule being written), that file is left out
/// and the program reads `rules.yaml` at each start, until `cargo test` writes it again.
fn check_built_in_rules() {
    let root = Path::new(&env::var("CARGO_MANIFEST_DIR").unwrap()).to_path_buf();
    let sources = ["data/rules.yaml", "src/facts.rs"].map(|file| root.join(file));
    let rust = root.join("src/rules/built_in.rs");
    for path in sources.iter().chain([&rust]) {
        println!("cargo:rerun-if-changed={}", path.display());
    }
    let hash = format!("{:016x}", source_hash(&sources));
    println!("cargo:rustc-env=ESIM_HOTSPOT_RULES_HASH={hash}");
    println!("cargo::rustc-check-cfg=cfg(stale_built_in_rules)");
    let written = fs::read_to_string(&rust).unwrap_or_default();
    if written.lines().next() != Some(&format!("// source hash: {hash}")) {
        println!("cargo:rustc-cfg=stale_built_in_rules");
        println!(
            "cargo:warning=src/rules/built_in.rs was not written from this data/rules.yaml and \
             src/facts.rs: the program reads the rules at each start until `cargo test` \
             writes it again"
        );
    }
}

/// FNV-1a over the files' bytes, with Windows line ends read as Unix ones, so that a
/// checkout that converts them still finds its rules current.
fn source_hash(files: &[std::path::PathBuf]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for file in files {
        let text = fs::read(file).unwrap_or_default();
        for (i, &byte) in text.iter().enumerate() {
            if byte == b'\r' && text.get(i + 1) == Some(&b'\n') {
                continue;
            }
            hash = (hash ^ u64::from(byte)).wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
    hash
}

/// On Linux the program is linked at a fixed address. A position-independent executable has
/// every pointer in its tables (vtables, the embedded files' index, the catalogs: about 12,000)
/// fixed up by the loader at each start, which touches some 130 pages before `main` runs,
/// a fifth of what a quick answer costs. The cost is that the program's own code is not
/// placed at a random address; its libraries, stack and heap still are.
fn link_at_fixed_address() {
    let os = env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    let abi = env::var("CARGO_CFG_TARGET_ENV").unwrap_or_default();
    if os == "linux" && abi == "gnu" {
        println!("cargo:rustc-link-arg-bins=-no-pie");
    }
}

/// The functions quick answers run (`src/hot-functions.txt`, written by
/// `.ci/order-functions`) are placed together. Scattered through 3.6 MB of code, they had
/// the kernel map nearly all of it, 64 KB at each first touch, and unmap it at exit: about a
/// fifth of what an answer cost beyond starting a process. Only lld reads the list, and it is the
/// linker Rust 1.90 and later use on x86-64 Linux unless one is chosen; a name that is not in
/// the build (another toolchain, other versions of the dependencies) is passed over.
fn order_hot_functions() {
    let list = Path::new(&env::var("CARGO_MANIFEST_DIR").unwrap()).join("src/hot-functions.txt");
    println!("cargo:rerun-if-changed={}", list.display());
    if !links_with_default_lld()
        || env::var("PROFILE").as_deref() != Ok("release")
        || !list.exists()
        // The compiler driver would split the path at a comma.
        || list.to_string_lossy().contains(',')
    {
        return;
    }
    println!(
        "cargo:rustc-link-arg-bins=-Wl,--symbol-ordering-file={}",
        list.display()
    );
    println!("cargo:rustc-link-arg-bins=-Wl,--no-warn-symbol-ordering");
}

/// The unwinder (what a panic runs to drop what it leaves) is linked into the program, from
/// GCC's `libgcc_eh.a`, rather than loaded at each start from `libgcc_s.so.1`. Loading that
/// library (mapping it, linking it, and running its constructor, which asks the processor
/// its features: slow in a virtual machine, where each question goes to the host) was an
/// eighth of what an answer cost. It is the same unwinder, so panics unwind as before (a
/// test holds it to that, and another to the library not being loaded). The standard
/// library still names `libgcc_s`; lld takes the unwinder from the archive named first,
/// wherever it stands, and then leaves the library out as not needed. With another linker
/// the program loads `libgcc_s` as before.
fn link_the_unwinder_in() {
    println!("cargo::rustc-check-cfg=cfg(unwinder_linked_in)");
    if !links_with_default_lld() || !compiler_driver_has("libgcc_eh.a") {
        return;
    }
    println!("cargo:rustc-link-lib=static:-bundle=gcc_eh");
    println!("cargo:rustc-cfg=unwinder_linked_in");
}

/// Whether the program is linked by lld, the linker Rust 1.90 and later use on x86-64 Linux
/// unless another is chosen.
fn links_with_default_lld() -> bool {
    let target = [
        "CARGO_CFG_TARGET_OS",
        "CARGO_CFG_TARGET_ENV",
        "CARGO_CFG_TARGET_ARCH",
    ]
    .map(|name| env::var(name).unwrap_or_default());
    let chosen_linker = env::var("CARGO_ENCODED_RUSTFLAGS")
        .is_ok_and(|flags| flags.contains("linker") || flags.contains("fuse-ld"))
        || env::vars()
            .any(|(name, _)| name.starts_with("CARGO_TARGET_") && name.ends_with("_LINKER"));
    target == ["linux", "gnu", "x86_64"] && !chosen_linker && rustc_links_with_lld()
}

/// Whether the C compiler, which drives the linker, finds `file` in its own directories.
fn compiler_driver_has(file: &str) -> bool {
    let Ok(output) = std::process::Command::new("cc")
        .arg(format!("-print-file-name={file}"))
        .output()
    else {
        return false;
    };
    // It gives the name back as it was when it has no such file.
    let found = String::from_utf8_lossy(&output.stdout);
    output.status.success() && Path::new(found.trim()).is_absolute()
}

/// Whether the compiler is 1.90 or later, whose default linker on x86-64 Linux is lld.
fn rustc_links_with_lld() -> bool {
    let rustc = env::var("RUSTC").unwrap_or_else(|_| "rustc".into());
    let Ok(output) = std::process::Command::new(rustc).arg("--version").output() else {
        return false;
    };
    // "rustc 1.95.0 (59807616e 2026-04-14)"
    let version = String::from_utf8_lossy(&output.stdout);
    let mut numbers = version
        .split_whitespace()
        .nth(1)
        .unwrap_or_default()
        .split(['.', '-'])
        .map(|n| n.parse::<u32>().unwrap_or(0));
    let (major, minor) = (numbers.next().unwrap_or(0), numbers.next().unwrap_or(0));
    (major, minor) >= (1, 90)
}

/// The messages of a Fluent catalog, each with where its lines are, in id order, so that the
/// program parses only the messages it says. A message starts on a line that starts with its
/// id (or `-id`, a term) and runs to the next line that starts at the margin: the lines of
/// its text are indented. Comments are left out. A message made only of text, `{ $name }`
/// placeables, string literals and selectors on an argument, as most are, also comes with its
/// pieces (see `plain_pattern`), which the program puts together without parsing anything.
fn write_catalog_index(constant: &str, path: &Path, out: &mut String) {
    println!("cargo:rerun-if-changed={}", path.display());
    let text = fs::read_to_string(path).expect("readable catalog");
    let mut entries: Vec<(&str, usize, usize)> = Vec::new();
    let mut current: Option<(&str, usize)> = None;
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        if !line.starts_with([' ', '\t', '\n', '\r']) {
            if let Some((id, start)) = current.take() {
                entries.push((id, start, at));
            }
            if line.starts_with(|c: char| c.is_ascii_alphabetic() || c == '-') {
                let id = line.split(|c: char| c == '=' || c.is_whitespace()).next();
                current = id.map(|id| (id, at));
            }
        }
        at += line.len();
    }
    if let Some((id, start)) = current {
        entries.push((id, start, text.len()));
    }
    entries.sort_by_key(|(id, _, _)| *id);
    let read: HashMap<&str, Option<Vec<Piece>>> = entries
        .iter()
        .map(|&(id, start, end)| (id, plain_pattern(&text[start..end])))
        .collect();
    writeln!(out, "pub static {constant}: &[Entry] = &[").unwrap();
    for (id, start, end) in entries {
        let pieces = match resolved(&read, id, 0) {
            Some(pieces) => format!("Some(&{})", pieces_code(&pieces)),
            None => "None".to_string(),
        };
        writeln!(out, "    ({id:?}, {start}, {end}, {pieces}),").unwrap();
    }
    writeln!(out, "];").unwrap();
}

/// Message `id`'s pieces, with each message it refers to put in its place, as Fluent formats
/// a reference (with the same arguments); none if one of those is not plain, or if they refer
/// to each other more than four deep.
fn resolved(
    read: &HashMap<&str, Option<Vec<Piece>>>,
    id: &str,
    depth: usize,
) -> Option<Vec<Piece>> {
    if depth > 4 {
        return None;
    }
    resolved_pieces(read, read.get(id)?.as_deref()?, depth)
}

fn resolved_pieces(
    read: &HashMap<&str, Option<Vec<Piece>>>,
    pieces: &[Piece],
    depth: usize,
) -> Option<Vec<Piece>> {
    let mut out = Vec::new();
    for piece in pieces {
        match piece {
            Piece::Ref(other) => out.extend(resolved(read, other, depth + 1)?),
            Piece::Select(name, variants, default) => {
                let variants = variants
                    .iter()
                    .map(|(key, pieces)| Some((key.clone(), resolved_pieces(read, pieces, depth)?)))
                    .collect::<Option<Vec<_>>>()?;
                out.push(Piece::Select(name.clone(), variants, *default));
            }
            plain => out.push(plain.clone()),
        }
    }
    Some(out)
}

/// A piece of a message, as `src/i18n/mod.rs` has it, and while the build reads the catalog,
/// a reference to another message.
#[derive(Clone)]
enum Piece {
    Text(String),
    Arg(String),
    /// The argument selected on, each variant's key and pieces, and which is the default.
    Select(String, Vec<(String, Vec<Piece>)>, usize),
    Ref(String),
}

fn pieces_code(pieces: &[Piece]) -> String {
    let each: Vec<String> = pieces
        .iter()
        .map(|piece| match piece {
            Piece::Text(text) => format!("Piece::Text({text:?})"),
            Piece::Arg(name) => format!("Piece::Arg({name:?})"),
            Piece::Select(name, variants, default) => {
                let variants: Vec<String> = variants
                    .iter()
                    .map(|(key, pieces)| format!("({key:?}, &{})", pieces_code(pieces)))
                    .collect();
                format!(
                    "Piece::Select({name:?}, &[{}], {default})",
                    variants.join(", ")
                )
            }
            Piece::Ref(_) => unreachable!("references are put in before the pieces are written"),
        })
        .collect();
    format!("[{}]", each.join(", "))
}

/// A message's value as pieces, when it holds nothing but text on its first line, `{ $name }`
/// placeables, string literals with no brace, quote or escape (`{" "}`), and selectors on an
/// argument whose variants have word or whole-number keys and one line each. What Fluent
/// makes of such a message is its pieces put together, with the plain messages it refers to
/// put in (see `resolved`). Anything else (text on more lines, attributes, terms, functions,
/// nested selectors, spaces Fluent would trim) is left to Fluent.
fn plain_pattern(entry: &str) -> Option<Vec<Piece>> {
    let body = entry.split_once('=')?.1;
    let mut source = Source {
        rest: body.trim_start_matches(' '),
    };
    // A value that starts on the next line: its indentation is not part of it.
    if source.rest.starts_with('\n') {
        source.rest = source.rest.trim_start_matches(['\n', ' ']);
        if !source.rest.starts_with('{') {
            return None;
        }
    }
    let pieces = source.line(true)?;
    if !source.rest.trim().is_empty() || pieces.is_empty() {
        return None;
    }
    Some(pieces)
}

/// What is left of a message's source to read.
struct Source<'a> {
    rest: &'a str,
}

impl<'a> Source<'a> {
    /// Pieces up to the end of the line (selectors may span lines); `top` allows selectors.
    fn line(&mut self, top: bool) -> Option<Vec<Piece>> {
        let mut pieces = Vec::new();
        loop {
            let stop = self.rest.find(['{', '}', '\n']).unwrap_or(self.rest.len());
            let (text, after) = self.rest.split_at(stop);
            self.rest = after;
            match after.chars().next() {
                Some('{') => {
                    if !text.is_empty() {
                        pieces.push(Piece::Text(text.to_string()));
                    }
                    pieces.push(self.placeable(top)?);
                }
                Some('}') => return None,
                // Fluent trims the spaces that end a line of text (a literal keeps them):
                // refused rather than copied.
                _ if text.ends_with([' ', '\t', '\r']) => return None,
                _ => {
                    if !text.is_empty() {
                        pieces.push(Piece::Text(text.to_string()));
                    }
                    break;
                }
            }
        }
        Some(pieces)
    }

    fn placeable(&mut self, top: bool) -> Option<Piece> {
        self.rest = self.rest[1..].trim_start_matches(' ');
        if let Some(quoted) = self.rest.strip_prefix('"') {
            let (literal, after) = quoted.split_once('"')?;
            if literal.contains(['\\', '{', '}']) {
                return None;
            }
            self.rest = after.trim_start_matches(' ').strip_prefix('}')?;
            return Some(Piece::Text(literal.to_string()));
        }
        let Some(variable) = self.rest.strip_prefix('$') else {
            // A reference to another message (not a term, a function or an attribute).
            let name = self.identifier(self.rest)?;
            self.rest = self.rest.trim_start_matches(' ').strip_prefix('}')?;
            return Some(Piece::Ref(name));
        };
        let name = self.identifier(variable)?;
        let after = self.rest.trim_start_matches(' ');
        if let Some(after) = after.strip_prefix('}') {
            self.rest = after;
            return Some(Piece::Arg(name));
        }
        let after = after.strip_prefix("->")?.trim_start_matches(' ');
        self.rest = after.strip_prefix('\n')?;
        if !top {
            return None;
        }
        self.selector(name)
    }

    /// The variants of a selector on `name`, up to its closing brace.
    fn selector(&mut self, name: String) -> Option<Piece> {
        let mut variants = Vec::new();
        let mut default = None;
        loop {
            self.rest = self.rest.trim_start_matches(' ');
            if let Some(after) = self.rest.strip_prefix('}') {
                self.rest = after;
                break;
            }
            let is_default = self.rest.starts_with('*');
            let key_start = self.rest.trim_start_matches('*').strip_prefix('[')?;
            let key = self.variant_key(key_start)?;
            self.rest = self.rest.strip_prefix(']')?.trim_start_matches(' ');
            let value = self.line(false)?;
            self.rest = self.rest.strip_prefix('\n')?;
            if is_default {
                default = Some(variants.len());
            }
            variants.push((key, value));
        }
        Some(Piece::Select(name, variants, default?))
    }

    /// A variant's key: a name, or a whole number written in digits.
    fn variant_key(&mut self, text: &'a str) -> Option<String> {
        let digits = text
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(text.len());
        if digits == 0 {
            return self.identifier(text);
        }
        self.rest = &text[digits..];
        Some(text[..digits].to_string())
    }

    /// A name of letters, digits, `-` and `_` that starts with a letter, read from `text`.
    fn identifier(&mut self, text: &'a str) -> Option<String> {
        let end = text
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
            .unwrap_or(text.len());
        let name = &text[..end];
        if !name.starts_with(|c: char| c.is_ascii_alphabetic()) {
            return None;
        }
        self.rest = &text[end..];
        Some(name.to_string())
    }
}

fn main() {
    link_at_fixed_address();
    order_hot_functions();
    link_the_unwinder_in();
    check_built_in_rules();
    let mut catalogs = String::new();
    let i18n = Path::new(&env::var("CARGO_MANIFEST_DIR").unwrap()).join("src/i18n");
    write_catalog_index("EN", &i18n.join("en.ftl"), &mut catalogs);
    write_catalog_index("ZH", &i18n.join("zh.ftl"), &mut catalogs);
    let out_dir = env::var("OUT_DIR").unwrap();
    let out_dir = Path::new(&out_dir);
    fs::write(out_dir.join("catalogs.rs"), catalogs).expect("writable OUT_DIR");

    let root = env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let data = Path::new(&root).join("data");
    println!("cargo:rerun-if-changed=data");

    let mut carriers: Vec<_> = fs::read_dir(data.join("carriers"))
        .expect("data/carriers exists")
        .map(|entry| entry.expect("readable data/carriers").path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    carriers.sort();

    let mut texts = BuiltTexts::default();
    let mut out = String::from("pub static CARRIERS: &[EmbeddedCarrier] = &[\n");
    for path in &carriers {
        println!("cargo:rerun-if-changed={}", path.display());
        let text = fs::read_to_string(path).expect("readable carrier file");
        // A file that does not parse still gets embedded, under its file name, so that the
        // program reports the problem with its line and column instead of the build failing here.
        let header: CarrierHeader = serde_yaml::from_str(&text).unwrap_or_default();
        let (values, plan_notes) = match serde_yaml::from_str::<serde_yaml::Value>(&text) {
            Ok(mut carrier) => {
                leave_out_carrier_notes(&mut carrier);
                let notes = set_apart_plan_notes(&mut carrier);
                match serde_json::to_value(&carrier) {
                    Ok(values) => (Some(values), notes),
                    Err(_) => (None, Vec::new()),
                }
            }
            Err(_) => (None, Vec::new()),
        };
        let values = built_value(values.as_ref(), &mut texts);
        let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
        let id = header.id.unwrap_or_else(|| stem.clone());
        let name = header.name.unwrap_or_else(|| id.clone());
        let plans: String = header
            .plans
            .iter()
            .map(|p| {
                format!(
                    "EmbeddedPlan {{ id: {:?}, name: {:?}, aliases: &{:?} }}, ",
                    p.id, p.name, p.aliases
                )
            })
            .collect();
        writeln!(
            out,
            "    EmbeddedCarrier {{ id: {id:?}, name: {name:?}, aliases: &{aliases:?}, plans: &[{plans}], values: {values}, plan_notes: &{plan_notes:?}, file: EmbeddedFile {{ path: \"data/carriers/{stem}.yaml\", text: source_text!({path:?}) }} }},",
            aliases = header.aliases,
            path = path.display().to_string(),
        )
        .unwrap();
    }
    out.push_str("];\n");
    for (constant, file) in [
        ("DEVICES", "devices.yaml"),
        ("RULES", "rules.yaml"),
        ("USAGE", "usage.yaml"),
        ("STEPS", "steps.yaml"),
    ] {
        let path = data.join(file);
        println!("cargo:rerun-if-changed={}", path.display());
        writeln!(
            out,
            "pub static {constant}: EmbeddedFile = EmbeddedFile {{ path: \"data/{file}\", text: source_text!({:?}) }};",
            path.display().to_string()
        )
        .unwrap();
    }
    write_devices(&data.join("devices.yaml"), &mut texts, &mut out);
    write_file_built(
        "USAGE_BUILT",
        &data.join("usage.yaml"),
        &mut texts,
        &mut out,
        leave_out_activity_notes,
    );
    write_steps(&data.join("steps.yaml"), &mut texts, &mut out);
    fs::write(out_dir.join("built_text.rs"), texts.code()).expect("writable OUT_DIR");
    fs::write(out_dir.join("embedded.rs"), out).expect("writable OUT_DIR");
}
