//! `check --profile`: the guide's saved answers, with flags overriding single facts.

mod support;

use std::fs;

use support::esim;
use tempfile::TempDir;

fn with_profile(text: &str, args: &[&str]) -> (i32, String, String, TempDir) {
    let dir = TempDir::new().unwrap();
    let path = dir.path().join("profile.yaml");
    fs::write(&path, text).unwrap();
    let out = esim()
        .env("ESIM_HOTSPOT_PROFILE", &path)
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap(),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
        dir,
    )
}

const PROFILE: &str = "carrier: verizon\nplan: beyond-unlimited\nesim: active\nused: 2GB\n";

#[test]
fn the_profile_supplies_the_situation() {
    let (code, stdout, _, _dir) =
        with_profile(PROFILE, &["check", "--profile", "--format", "json"]);
    assert_eq!(code, 0);
    let json: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(json["plan"]["id"], "beyond-unlimited");
    // With no situation flags at all, the saved profile is used too.
    let (_, plain, _, _dir) = with_profile(PROFILE, &["check", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&plain).unwrap();
    assert_eq!(json["plan"]["id"], "beyond-unlimited");
}

#[test]
fn flags_override_single_answers() {
    let (_, stdout, _, _dir) = with_profile(
        PROFILE,
        &[
            "check",
            "--profile",
            "--format",
            "json",
            "--plan",
            "above-unlimited",
        ],
    );
    let json: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(json["plan"]["id"], "above-unlimited");
    assert_eq!(
        json["carrier"]["id"], "verizon",
        "the rest still comes from the profile"
    );
    // Flags without --profile ignore it.
    let (_, alone, _, _dir) =
        with_profile(PROFILE, &["check", "--format", "json", "--carrier", "att"]);
    let json: serde_json::Value = serde_json::from_str(&alone).unwrap();
    assert!(json["plan"].is_null());
}

#[test]
fn a_broken_profile_is_reported_with_its_line() {
    let (code, _, stderr, _dir) =
        with_profile("carrier: verizon\nplan: [oops\n", &["check", "--profile"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("profile.yaml:"), "{stderr}");
    let (code, _, stderr, _dir) = with_profile("carier: verizon\n", &["check", "--profile"]);
    assert_eq!(code, 2);
    assert!(stderr.contains("did you mean `carrier`?"), "{stderr}");
}

#[test]
fn no_profile_with_the_flag_says_how_to_make_one() {
    let dir = TempDir::new().unwrap();
    let out = esim()
        .env("ESIM_HOTSPOT_PROFILE", dir.path().join("none.yaml"))
        .args(["check", "--profile"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("esim-hotspot guide"));
}

#[test]
fn a_hand_written_profile_may_name_the_market_version() {
    let text = "carrier: verizon\nplan: ultimate\ndevice: iPhone 15\nbought_in: 国行\n";
    let (code, stdout, stderr, _dir) = with_profile(text, &["check", "--profile"]);
    assert_eq!(code, 1, "a mainland-China iPhone 15 has no eSIM: {stderr}");
    assert!(stdout.contains("NO"), "{stdout}");
}

#[test]
fn a_bad_answer_in_the_profile_fails_at_load_naming_its_field() {
    let text = "carrier: verizon\nbought_in: atlantis\n";
    let (code, stdout, stderr, _dir) = with_profile(text, &["check", "--profile"]);
    assert_eq!(code, 2, "{stdout}");
    assert!(
        stderr.contains("profile.yaml:2:12: bought_in: \"atlantis\" is not one of us, cn"),
        "{stderr}"
    );
}
