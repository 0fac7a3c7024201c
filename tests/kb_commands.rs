//! `kb schema`, `kb stats`, `kb validate --max-age`, `steps`, and freshness flags.

mod support;

use std::fs;

use esim_hotspot::kb::model::Tri;
use esim_hotspot::kb::schema::{schema, KINDS};
use esim_hotspot::kb::Library;
use esim_hotspot::units::Known;
use support::run;

#[test]
fn the_committed_schemas_match_the_types() {
    for kind in KINDS {
        let path = format!(
            "{}/data/schema/{kind}.schema.json",
            env!("CARGO_MANIFEST_DIR")
        );
        let committed = fs::read_to_string(&path).unwrap_or_default();
        assert!(
            committed == schema(kind).unwrap(),
            "{path} is out of date: run `esim-hotspot kb schema {kind} > data/schema/{kind}.schema.json`"
        );
    }
    let out = run(&["kb", "schema", "carrier"]);
    assert_eq!(out.code, 0);
    assert!(out.stdout.contains("\"$schema\""));
    assert_eq!(run(&["kb", "schema", "planets"]).code, 2);
}

#[test]
fn the_rules_schema_names_every_fact() {
    let rules: serde_json::Value = serde_json::from_str(&schema("rules").unwrap()).unwrap();
    let text = rules.to_string();
    for fact in esim_hotspot::facts::FACTS {
        assert!(
            text.contains(&format!("\"{}\"", fact.name)),
            "{}",
            fact.name
        );
    }
}

#[test]
fn stats_count_what_the_library_holds() {
    let library = Library::embedded();
    let json = run(&["kb", "stats", "--format", "json"]).json();
    let carriers = library.carriers().unwrap();
    assert_eq!(json["carriers"], carriers.len());
    assert_eq!(
        json["plans"],
        carriers.iter().map(|c| c.plans.len()).sum::<usize>()
    );
    assert_eq!(json["devices"], library.devices().unwrap().len());
    assert_eq!(json["rules"], library.rules().unwrap().len());
    assert!(json["oldest_verified"].as_str().unwrap() <= json["newest_verified"].as_str().unwrap());
    assert!(run(&["kb", "stats"]).stdout.contains("carriers"));

    // Every carrier, plan and device has one source, counted once by kind.
    let devices = library.devices().unwrap();
    let plans: Vec<_> = carriers.iter().flat_map(|c| &c.plans).collect();
    let by_kind: u64 = json["sources_by_kind"]
        .as_object()
        .unwrap()
        .values()
        .map(|n| n.as_u64().unwrap())
        .sum();
    assert_eq!(
        by_kind as usize,
        carriers.len() + plans.len() + devices.len()
    );
    let known = plans
        .iter()
        .filter(|p| p.hotspot.included == Tri::False || p.hotspot.high_speed != Known::Unknown)
        .count();
    assert_eq!(json["plans_with_known_allowance"], known);
    let on_github = plans
        .iter()
        .map(|p| p.source.as_str())
        .chain(devices.iter().map(|d| d.source.as_str()))
        .chain(carriers.iter().map(|c| c.source.as_str()))
        .filter(|s| s.starts_with("https://github.com/"))
        .count();
    assert!(json["sources_read_in_copies"].as_u64().unwrap() as usize >= on_github);
}

const OLD_CARRIER: &str = r#"id: oldtel
name: OldTel
network: T-Mobile
esim: {postpaid: true, prepaid: true, source: "https://example.com/esim", verified: 2025-01-10}
policy: {after_cap: 600kbps, roaming_hotspot: allowed, source: "https://example.com/policy", verified: 2025-01-10}
source: https://example.com/plans
verified: 2025-01-10
plans:
  - id: basic
    name: Basic
    kind: prepaid
    hotspot: {included: true, high_speed: 5GB, after_cap: 600kbps}
    source: https://example.com/plans
    verified: 2025-01-10
"#;

fn old_kb() -> tempfile::TempDir {
    let dir = tempfile::TempDir::new().unwrap();
    fs::create_dir_all(dir.path().join("carriers")).unwrap();
    fs::write(dir.path().join("carriers/oldtel.yaml"), OLD_CARRIER).unwrap();
    dir
}

#[test]
fn stale_facts_are_flagged_wherever_they_are_used() {
    let kb = old_kb();
    let out = support::run_in(
        kb.path(),
        &[
            "check",
            "--carrier",
            "oldtel",
            "--plan",
            "basic",
            "--esim",
            "active",
        ],
    );
    assert!(
        out.stdout.contains("Last verified 2025-01-10"),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout.contains("confirm with the carrier"),
        "{}",
        out.stdout
    );
    let json = support::run_in(
        kb.path(),
        &[
            "check",
            "--format",
            "json",
            "--carrier",
            "oldtel",
            "--plan",
            "basic",
        ],
    )
    .json();
    assert_eq!(json["plan"]["stale"], true);
    let cap = support::run_in(kb.path(), &["cap", "basic", "--carrier", "oldtel"]);
    assert!(
        cap.stdout.contains("Last verified 2025-01-10"),
        "{}",
        cap.stdout
    );
    let plans = support::run_in(kb.path(), &["plans", "--carrier", "oldtel"]);
    assert!(
        plans.stdout.contains("2025-01-10 (old)"),
        "{}",
        plans.stdout
    );
    let fresh = run(&[
        "check",
        "--format",
        "json",
        "--carrier",
        "verizon",
        "--plan",
        "ultimate",
    ])
    .json();
    assert_eq!(fresh["plan"]["stale"], false);
}

#[test]
fn validate_max_age_fails_on_stale_data() {
    let kb = old_kb();
    let path = kb.path().to_str().unwrap();
    let strict = run(&["kb", "validate", path, "--max-age", "180"]);
    assert_eq!(strict.code, 2, "{}", strict.stdout);
    assert!(
        strict
            .stdout
            .contains("oldtel.yaml:9:5: plan \"basic\": last verified 2025-01-10"),
        "{}",
        strict.stdout
    );
    assert_eq!(run(&["kb", "validate", path, "--max-age", "5000"]).code, 0);
    assert_eq!(run(&["kb", "validate", path]).code, 0);
}

/// A user's device files are let go once read; a stale entry found afterwards is still placed
/// at its line, in the right one of several files.
#[test]
fn validate_max_age_places_a_stale_device_in_its_own_file() {
    let kb = tempfile::TempDir::new().unwrap();
    let device = |id: &str, verified: &str| {
        format!(
            "- id: {id}\n  name: {id}\n  platform: android\n  esim: true\n  \
             source: https://example.com/{id}\n  verified: {verified}\n"
        )
    };
    let fresh = device("fresh-phone", "2026-11-20");
    fs::write(kb.path().join("devices.yaml"), format!("devices:\n{fresh}")).unwrap();
    fs::create_dir_all(kb.path().join("devices")).unwrap();
    let old = format!("devices:\n{fresh}{}", device("old-phone", "2024-01-02"));
    fs::write(kb.path().join("devices/more.yaml"), old).unwrap();
    let path = kb.path().to_str().unwrap();
    let strict = run(&["kb", "validate", path, "--max-age", "100000"]);
    assert_eq!(strict.code, 0, "{}", strict.stdout);
    let strict = run(&["kb", "validate", path, "--max-age", "400"]);
    assert_eq!(strict.code, 2, "{}", strict.stdout);
    let placed: Vec<&str> = strict
        .stdout
        .lines()
        .filter(|l| l.contains("old-phone") || l.contains("fresh-phone"))
        .collect();
    assert_eq!(placed.len(), 1, "{}", strict.stdout);
    assert!(
        placed[0].contains("more.yaml:8:3:") && placed[0].contains("2024-01-02"),
        "{}",
        strict.stdout
    );
}

#[test]
fn steps_for_a_platform_start_with_the_data_line_and_end_with_a_check() {
    let json = run(&[
        "steps",
        "--platform",
        "samsung",
        "--via",
        "usb",
        "--format",
        "json",
    ])
    .json();
    assert_eq!(json["platform"], "samsung");
    let vias: Vec<&str> = json["guides"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g["via"].as_str().unwrap())
        .collect();
    assert_eq!(vias, ["data-line", "usb", "verify"]);
    for guide in json["guides"].as_array().unwrap() {
        assert!(!guide["steps"].as_array().unwrap().is_empty());
        assert!(guide["source"].as_str().unwrap().starts_with("http"));
    }
    assert!(!json["troubleshooting"].as_array().unwrap().is_empty());
    let text = run(&["steps", "--platform", "ios"]);
    assert!(text.stdout.contains(" 1. "), "{}", text.stdout);
    assert!(
        text.stdout.contains("If something goes wrong"),
        "{}",
        text.stdout
    );
    assert_eq!(run(&["steps", "--platform", "windows"]).code, 2);
}

#[test]
fn steps_cover_every_platform_and_connection() {
    let steps = Library::embedded().steps().unwrap();
    for platform in ["ios", "android", "samsung"] {
        for via in ["wifi", "usb", "bluetooth", "data-line", "verify"] {
            assert!(
                steps
                    .guides
                    .iter()
                    .any(|g| g.platform.as_str() == platform && g.via.as_str() == via),
                "no {via} guide for {platform}"
            );
        }
    }
    let problems: Vec<String> = steps.troubleshooting.iter().map(|t| t.id.clone()).collect();
    for wanted in [
        "hotspot-missing",
        "esim-not-seen-old-os",
        "no-internet",
        "slow-after-cap",
        "slow-busy-times",
    ] {
        assert!(
            problems.iter().any(|p| p == wanted),
            "no troubleshooting entry {wanted}"
        );
    }
}

fn vias(args: &[&str]) -> Vec<String> {
    let mut all = vec!["steps", "--format", "json"];
    all.extend_from_slice(args);
    let out = run(&all);
    assert_eq!(out.code, 0, "{}", out.stderr);
    out.json()["guides"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g["via"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn steps_give_the_wifi_connection_unless_another_or_all_is_asked() {
    assert_eq!(vias(&[]), ["data-line", "wifi", "verify"]);
    assert_eq!(vias(&["--via", "Wi-Fi"]), ["data-line", "wifi", "verify"]);
    assert_eq!(
        vias(&["--via", "all"]),
        ["data-line", "wifi", "usb", "bluetooth", "verify"]
    );
}

#[test]
fn steps_follow_the_named_phone_and_a_travel_sellers_roaming_switch() {
    let library = Library::embedded();
    let samsung = library.device("galaxy s24").unwrap().unwrap();
    assert_eq!(samsung.maker.as_deref(), Some("Samsung"));
    let json = run(&["steps", "--device", "galaxy s24", "--format", "json"]).json();
    assert_eq!(json["platform"], "samsung");
    let pixel = run(&["steps", "--device", "pixel 9", "--format", "json"]).json();
    assert_eq!(pixel["platform"], "android");
    let text = run(&["steps", "--device", "galaxy s24", "--carrier", "airalo"]);
    assert!(
        text.stdout
            .starts_with("Setting up the hotspot on Galaxy S24"),
        "{}",
        text.stdout
    );
    assert!(
        text.stdout.contains("Airalo sells travel eSIMs"),
        "{}",
        text.stdout
    );
    let home = run(&["steps", "--carrier", "t-mobile"]);
    assert!(!home.stdout.contains("travel eSIMs"), "{}", home.stdout);
    assert_eq!(
        run(&["steps", "--platform", "ios", "--device", "pixel 9"]).code,
        2
    );
    let unknown = run(&["steps", "--device", "iphone 99"]);
    assert_eq!(unknown.code, 2);
    assert!(unknown.stderr.contains("iPhone"), "{}", unknown.stderr);
}
