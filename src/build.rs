//! Compiles the knowledge base into the binary, with a small index of carrier names so that
//! `check --carrier X` parses X's file alone.

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
}

/// One entry of devices.yaml, split out so that naming a phone parses that phone alone.
#[derive(serde::Deserialize)]
struct DeviceFile {
    devices: Vec<serde_yaml::Value>,
}

fn write_device_index(path: &Path, out: &mut String) {
    let text = fs::read_to_string(path).expect("readable devices.yaml");
    // A file that does not parse gets an empty index; the program reports the problem.
    let entries = serde_yaml::from_str::<DeviceFile>(&text)
        .map(|f| f.devices)
        .unwrap_or_default();
    out.push_str("pub static DEVICE_INDEX: &[EmbeddedDevice] = &[\n");
    for entry in entries {
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
        let yaml = serde_yaml::to_string(&entry).expect("a parsed entry serializes");
        writeln!(
            out,
            "    EmbeddedDevice {{ id: {:?}, name: {:?}, aliases: &{aliases:?}, yaml: {yaml:?} }},",
            field("id"),
            field("name"),
        )
        .unwrap();
    }
    out.push_str("];\n");
}

fn main() {
    let root = env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let data = Path::new(&root).join("data");
    println!("cargo:rerun-if-changed=data");

    let mut carriers: Vec<_> = fs::read_dir(data.join("carriers"))
        .expect("data/carriers exists")
        .map(|entry| entry.expect("readable data/carriers").path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    carriers.sort();

    let mut out = String::from("pub static CARRIERS: &[EmbeddedCarrier] = &[\n");
    for path in &carriers {
        println!("cargo:rerun-if-changed={}", path.display());
        let text = fs::read_to_string(path).expect("readable carrier file");
        // A file that does not parse still gets embedded, under its file name, so that the
        // program reports the problem with its line and column instead of the build failing here.
        let header: CarrierHeader = serde_yaml::from_str(&text).unwrap_or_default();
        let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
        let id = header.id.unwrap_or_else(|| stem.clone());
        let name = header.name.unwrap_or_else(|| id.clone());
        writeln!(
            out,
            "    EmbeddedCarrier {{ id: {id:?}, name: {name:?}, aliases: &{aliases:?}, file: EmbeddedFile {{ path: \"data/carriers/{stem}.yaml\", text: include_str!({path:?}) }} }},",
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
            "pub static {constant}: EmbeddedFile = EmbeddedFile {{ path: \"data/{file}\", text: include_str!({:?}) }};",
            path.display().to_string()
        )
        .unwrap();
    }
    write_device_index(&data.join("devices.yaml"), &mut out);
    let dest = Path::new(&env::var("OUT_DIR").unwrap()).join("embedded.rs");
    fs::write(dest, out).expect("writable OUT_DIR");
}
