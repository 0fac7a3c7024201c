//! A user's own knowledge-base directory: laid over the built-in one, and every mistake in it
//! reported with its file, line and column, never a panic.

mod support;

use std::fs;
use std::path::Path;

use support::{run_in, Outcome, PINETEL};
use tempfile::TempDir;

fn kb_with(files: &[(&str, &str)]) -> TempDir {
    let dir = TempDir::new().unwrap();
    for (path, text) in files {
        let full = dir.path().join(path);
        fs::create_dir_all(full.parent().unwrap()).unwrap();
        fs::write(full, text).unwrap();
    }
    dir
}

/// `check` on the fixture carrier's plan with its eSIM active, plus `extra` flags.
fn pinetel_check(dir: &Path, extra: &[&str]) -> Outcome {
    let mut args = vec![
        "--carrier",
        "pinetel",
        "--plan",
        "unlimited",
        "--esim",
        "active",
    ];
    args.extend_from_slice(extra);
    check_in(dir, &args)
}

fn check_in(dir: &Path, args: &[&str]) -> Outcome {
    let mut all = vec!["check", "--format", "json"];
    all.extend_from_slice(args);
    run_in(dir, &all)
}

#[test]
fn a_users_carrier_file_adds_a_carrier() {
    let kb = kb_with(&[("carriers/pinetel.yaml", PINETEL)]);
    let out = check_in(
        kb.path(),
        &[
            "--carrier",
            "Pine Telecom",
            "--plan",
            "unlimited",
            "--esim",
            "active",
            "--used",
            "2GB",
            "--roaming",
            "false",
        ],
    );
    assert_eq!(out.code, 0, "{}", out.stderr);
    let json = out.json();
    assert_eq!(json["verdict"], "limited");
    assert_eq!(
        json["plan"]["hotspot"]["high_speed_bytes"],
        10_000_000_000u64
    );
    assert_eq!(json["plan"]["hotspot"]["after_cap_kbps"], 0);
    assert!(out.fired().contains(&"hotspot-hard-cap".to_string()));
    // The built-in carriers are still there.
    assert_eq!(
        check_in(
            kb.path(),
            &[
                "--carrier",
                "verizon",
                "--plan",
                "ultimate",
                "--esim",
                "active"
            ]
        )
        .code,
        0
    );
}

#[test]
fn rules_that_no_built_in_plan_triggers_fire_on_a_users_plan() {
    let kb = kb_with(&[("carriers/pinetel.yaml", PINETEL)]);
    let used_up = pinetel_check(kb.path(), &["--used", "10GB"]);
    assert_eq!(used_up.code, 1);
    assert!(used_up
        .fired()
        .contains(&"cap-used-up-hotspot-stops".to_string()));
    let roaming = pinetel_check(kb.path(), &["--roaming", "true"]);
    assert_eq!(roaming.code, 1);
    assert!(roaming
        .fired()
        .contains(&"roaming-hotspot-blocked".to_string()));
    let postpaid_unknown = PINETEL
        .replace("kind: prepaid", "kind: postpaid")
        .replace("prepaid: true", "prepaid: false");
    let kb = kb_with(&[("carriers/pinetel.yaml", &postpaid_unknown)]);
    let no_esim = check_in(
        kb.path(),
        &[
            "--carrier",
            "pinetel",
            "--plan",
            "unlimited",
            "--lock",
            "unlocked",
        ],
    );
    assert_eq!(
        no_esim.code, 3,
        "postpaid eSIM is unknown for this carrier: {}",
        no_esim.stdout
    );
    assert!(no_esim.json()["missing_facts"]
        .as_array()
        .unwrap()
        .contains(&"plan.esim".into()));
}

#[test]
fn a_users_file_with_a_known_id_replaces_the_built_in_one() {
    let verizon = PINETEL
        .replace("id: pinetel", "id: verizon")
        .replace("name: Pine Telecom", "name: Verizon (mine)")
        .replace("aliases: [pine]", "aliases: [vzw]");
    let kb = kb_with(&[("carriers/verizon.yaml", &verizon)]);
    let json = check_in(
        kb.path(),
        &[
            "--carrier",
            "vzw",
            "--plan",
            "unlimited",
            "--esim",
            "active",
        ],
    )
    .json();
    assert_eq!(json["carrier"]["name"], "Verizon (mine)");
}

#[test]
fn a_user_rule_is_added_without_code() {
    let rules = r#"rules:
  - id: pinetel-rule
    severity: info
    when: {fact: carrier, is: pinetel}
    message: "Pine Telecom rides on T-Mobile."
"#;
    let kb = kb_with(&[("carriers/pinetel.yaml", PINETEL), ("rules.yaml", rules)]);
    let out = pinetel_check(kb.path(), &[]);
    assert!(
        out.fired().contains(&"pinetel-rule".to_string()),
        "{}",
        out.stdout
    );
}

/// What a slow speed still carries is worked out only when shown, unless a rule tests it: a
/// user's rule that does is answered by the phrase, not as if it were missing.
#[test]
fn a_user_rule_can_test_what_a_slow_speed_carries() {
    let rules = r#"rules:
  - id: slow-but-something-works
    severity: info
    when: {fact: plan.hotspot.after_cap_carries, present: true}
    message: "At {plan.hotspot.after_cap} these still work: {plan.hotspot.after_cap_carries}."
"#;
    let kb = kb_with(&[("rules.yaml", rules)]);
    let out = check_in(
        kb.path(),
        &[
            "--carrier",
            "verizon",
            "--plan",
            "go-unlimited",
            "--esim",
            "active",
        ],
    );
    let finding = out
        .finding("slow-but-something-works")
        .unwrap_or_else(|| panic!("the rule fires: {}", out.stdout));
    assert!(
        finding["message"].as_str().unwrap().contains("Voice call"),
        "{finding}"
    );
}

/// The error `check` gives with `text` as the file at `path`. A carrier file is read when its
/// carrier is named, so a broken one is named.
fn error_for(path: &str, text: &str) -> String {
    let kb = kb_with(&[(path, text)]);
    let carrier = match path.starts_with("carriers/") {
        true => "pinetel",
        false => "verizon",
    };
    let out = check_in(
        kb.path(),
        &[
            "--carrier",
            carrier,
            "--plan",
            "ultimate",
            "--device",
            "pixel-8",
        ],
    );
    assert_eq!(out.code, 2, "stdout: {}", out.stdout);
    assert!(!out.stderr.contains("panicked"), "{}", out.stderr);
    out.stderr
}

#[test]
fn a_bad_size_points_at_its_line_and_says_what_to_write() {
    let err = error_for(
        "carriers/pinetel.yaml",
        &PINETEL.replace("high_speed: 10GB", "high_speed: 15 G"),
    );
    assert!(
        err.contains("carriers/pinetel.yaml:23:19: plans[0].hotspot.high_speed: "),
        "{err}"
    );
    assert!(
        err.contains("\"15 G\" is not a data size (write 15GB)"),
        "{err}"
    );
}

#[test]
fn a_misspelt_key_gets_the_closest_key() {
    let err = error_for(
        "carriers/pinetel.yaml",
        &PINETEL.replace("    hotspot:", "    hotspt:"),
    );
    assert!(
        err.contains("unknown key `hotspt` (did you mean `hotspot`?)"),
        "{err}"
    );
    assert!(err.contains("pinetel.yaml:"), "{err}");
}

#[test]
fn yes_is_not_a_boolean() {
    let err = error_for(
        "carriers/pinetel.yaml",
        &PINETEL.replace("included: true", "included: yes"),
    );
    assert!(
        err.contains("\"yes\" is not true, false or unknown (write true)"),
        "{err}"
    );
}

#[test]
fn impossible_dates_and_missing_sources_are_refused() {
    let feb = PINETEL.replacen("verified: 2026-11-25", "verified: 2026-02-30", 1);
    assert!(error_for("carriers/pinetel.yaml", &feb).contains("no day 30"));
    let no_source = PINETEL.replace(
        "    source: https://www.example.com/pinetel/plans/\n    verified",
        "    verified",
    );
    assert!(error_for("carriers/pinetel.yaml", &no_source).contains("missing field `source`"));
    let not_url = PINETEL.replace(
        "    source: https://www.example.com/pinetel/plans/\n    verified",
        "    source: my friend\n    verified",
    );
    assert!(error_for("carriers/pinetel.yaml", &not_url).contains("not a web address"));
}

#[test]
fn duplicate_plan_ids_are_refused_at_the_second() {
    let twice = format!(
        "{PINETEL}{}",
        &PINETEL[PINETEL.find("  - id: unlimited").unwrap()..]
    );
    let err = error_for("carriers/pinetel.yaml", &twice);
    assert!(err.contains("plan id \"unlimited\" is used twice"), "{err}");
    assert!(err.contains("pinetel.yaml:27:5:"), "the second one: {err}");
}

#[test]
fn a_rule_naming_an_unknown_fact_is_a_load_error_naming_the_rule() {
    let rules = "rules:\n  - id: bad\n    severity: warn\n    when: {fact: hotspot_used, at_least: 1GB}\n    message: x\n";
    let err = error_for("rules.yaml", rules);
    assert!(err.contains("rules.yaml:"), "{err}");
    assert!(err.contains("unknown fact `hotspot_used`"), "{err}");
    let placeholder = "rules:\n  - id: named\n    severity: warn\n    when: {fact: used, at_least: 1GB}\n    message: \"{plan.cap}\"\n";
    assert!(error_for("rules.yaml", placeholder).contains("rule \"named\""));
}

#[test]
fn hostile_yaml_is_refused_without_a_panic() {
    let bomb = "a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\nh: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]\n";
    assert!(!error_for("carriers/pinetel.yaml", bomb).is_empty());
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    assert!(!error_for("carriers/pinetel.yaml", &deep).is_empty());
    assert!(!error_for("carriers/pinetel.yaml", "\u{0}\u{1}binary").is_empty());
}

#[test]
fn an_oversized_file_is_refused_before_it_is_read() {
    let big = format!("# {}\n{PINETEL}", "x".repeat(5 * 1024 * 1024));
    let err = error_for("carriers/pinetel.yaml", &big);
    assert!(err.contains("larger than 4 MiB"), "{err}");
}

#[test]
fn only_the_files_a_question_needs_are_read() {
    // A broken devices file does not matter until a device is named.
    let kb = kb_with(&[("devices.yaml", "devices: [oops")]);
    let fine = check_in(
        kb.path(),
        &[
            "--carrier",
            "verizon",
            "--plan",
            "ultimate",
            "--esim",
            "active",
        ],
    );
    assert_eq!(fine.code, 0, "{}", fine.stderr);
    let broken = check_in(kb.path(), &["--carrier", "verizon", "--device", "pixel-8"]);
    assert_eq!(broken.code, 2);
    assert!(
        broken.stderr.contains("devices.yaml:1:"),
        "{}",
        broken.stderr
    );
}

#[test]
fn a_carrier_file_is_read_when_its_carrier_is_named_or_the_carriers_are_listed() {
    let broken = PINETEL.replace("high_speed: 10GB", "high_speed: 15 G");
    let kb = kb_with(&[
        ("carriers/pinetel.yaml", &broken),
        (
            "carriers/othertel.yaml",
            &PINETEL
                .replace("id: pinetel", "id: othertel")
                .replace("name: Pine Telecom", "name: Other")
                .replace("aliases: [pine]", "aliases: [ot]"),
        ),
    ]);
    let other = check_in(kb.path(), &["--carrier", "othertel", "--esim", "active"]);
    assert_eq!(
        other.json()["carrier"]["id"],
        "othertel",
        "{}",
        other.stderr
    );
    let built_in = check_in(kb.path(), &["--carrier", "verizon", "--plan", "ultimate"]);
    assert_eq!(
        built_in.json()["carrier"]["id"],
        "verizon",
        "{}",
        built_in.stderr
    );
    for args in [
        &["check", "--carrier", "pinetel"][..],
        &["check", "--carrier", "pine"],
        &["check", "--carrier", "ot"],
        &["plans"],
    ] {
        let out = run_in(kb.path(), args);
        assert_eq!(out.code, 2, "{args:?}: {}", out.stdout);
        assert!(
            out.stderr.contains("pinetel.yaml:23:19:"),
            "{args:?}: {}",
            out.stderr
        );
    }
}

#[test]
fn control_characters_in_a_name_are_refused_and_not_echoed() {
    let evil = PINETEL.replace("name: Pine Telecom", "name: \"Pine\\e[2J\\u202eTelecom\"");
    let kb = kb_with(&[("carriers/pinetel.yaml", &evil)]);
    let out = run_in(kb.path(), &["check", "--carrier", "pinetel"]);
    assert_eq!(out.code, 2);
    assert!(
        out.stderr.contains("pinetel.yaml:")
            && out.stderr.contains("U+001B")
            && out.stderr.contains("Pine\\u{1b}[2J"),
        "{}",
        out.stderr
    );
    assert!(!out.stderr.contains('\x1b'), "{:?}", out.stderr);
}

#[test]
fn control_characters_from_a_users_file_are_escaped() {
    let evil = PINETEL.replace(
        "    kind: prepaid\n",
        "    kind: prepaid\n    notes: \"Pine\\e[2J\\u202eTelecom\"\n",
    );
    let kb = kb_with(&[("carriers/pinetel.yaml", &evil)]);
    let out = run_in(
        kb.path(),
        &["cap", "unlimited", "--carrier", "pinetel", "--explain"],
    );
    assert!(!out.stdout.contains('\x1b'), "{:?}", out.stdout);
    assert!(!out.stdout.contains('\u{202e}'), "{:?}", out.stdout);
    assert!(
        out.stdout.contains("Pine\\u{1b}[2J\\u{202e}Telecom"),
        "{}",
        out.stdout
    );
}

#[test]
fn kb_validate_lists_problems_and_exits_2() {
    let kb = kb_with(&[(
        "carriers/pinetel.yaml",
        &PINETEL.replace("high_speed: 10GB", "high_speed: lots"),
    )]);
    let out = support::run(&["kb", "validate", kb.path().to_str().unwrap()]);
    assert_eq!(out.code, 2);
    assert!(
        out.stderr.contains("pinetel.yaml:") || out.stdout.contains("pinetel.yaml:"),
        "{}{}",
        out.stdout,
        out.stderr
    );
    let good = kb_with(&[("carriers/pinetel.yaml", PINETEL)]);
    let out = support::run(&["kb", "validate", good.path().to_str().unwrap()]);
    assert_eq!(out.code, 0, "{}{}", out.stdout, out.stderr);
}

#[test]
fn travel_rules_fire_on_a_users_travel_esim() {
    let travel = PINETEL
        .replace("id: pinetel", "id: roamy")
        .replace("name: Pine Telecom", "name: Roamy")
        .replace("aliases: [pine]", "aliases: []")
        .replace("kind: prepaid", "kind: travel")
        .replace(
            "      included: true\n      high_speed: 10GB\n      after_cap: blocked",
            "      included: false\n      high_speed: none\n      after_cap: blocked",
        )
        .replace(
            "    source: https://www.example.com/pinetel/plans/\n    verified",
            "    phone_number: false\n    source: https://www.example.com/pinetel/plans/\n    verified",
        );
    let kb = kb_with(&[("carriers/roamy.yaml", &travel)]);
    let out = check_in(
        kb.path(),
        &[
            "--carrier",
            "roamy",
            "--plan",
            "unlimited",
            "--esim",
            "active",
        ],
    );
    assert_eq!(out.code, 1, "{}", out.stdout);
    let fired = out.fired();
    assert!(
        fired.contains(&"travel-esim-forbids-tethering".to_string()),
        "{fired:?}"
    );
    assert!(
        !fired.contains(&"plan-has-no-hotspot".to_string()),
        "one finding, the travel one"
    );
}

#[test]
fn a_fixed_hotspot_speed_is_a_limit() {
    let capped = PINETEL.replace(
        "      after_cap: blocked\n",
        "      after_cap: blocked\n      speed_cap: 5Mbps\n",
    );
    let kb = kb_with(&[("carriers/pinetel.yaml", &capped)]);
    let out = pinetel_check(kb.path(), &["--used", "1GB", "--roaming", "false"]);
    let json = out.json();
    assert_eq!(json["plan"]["hotspot"]["speed_cap_kbps"], 5000);
    let finding = out.finding("hotspot-speed-capped");
    assert!(finding.expect("fires")["message"]
        .as_str()
        .unwrap()
        .contains("5 Mbps"));
}

#[test]
fn kb_validate_lists_every_problem_not_just_the_first() {
    // Two plans, each with its own mistake: a bad size in the first, a misspelt key in the second.
    let second_plan = PINETEL[PINETEL.find("  - id: unlimited").unwrap()..]
        .replace("id: unlimited", "id: second")
        .replace("name: Unlimited", "name: Second")
        .replace("    hotspot:", "    hotspt:");
    let broken_second =
        format!("{PINETEL}{second_plan}").replacen("high_speed: 10GB", "high_speed: 15 G", 1);
    let devices = "devices:\n  - id: phone-a\n    name: Phone A\n    platform: ios\n    esim: yes\n    source: https://example.com/a\n    verified: 2026-11-25\n  - id: phone-b\n    name: Phone B\n    platform: windows\n    esim: true\n    source: https://example.com/b\n    verified: 2026-11-25\n";
    let other = PINETEL
        .replace("id: pinetel", "id: othertel")
        .replace("name: Pine Telecom", "name: Other")
        .replace("aliases: [pine]", "aliases: []")
        .replace("verified: 2026-11-25\nplans", "verified: 2026-13-01\nplans");
    let kb = kb_with(&[
        ("carriers/pinetel.yaml", &broken_second),
        ("carriers/othertel.yaml", &other),
        ("devices.yaml", devices),
    ]);
    let out = support::run(&["kb", "validate", kb.path().to_str().unwrap()]);
    assert_eq!(out.code, 2);
    let report = out.stdout;
    assert!(report.contains("pinetel.yaml:23:19: plans[0].hotspot.high_speed: \"15 G\" is not a data size (write 15GB)"), "{report}");
    assert!(
        report.contains(
            "pinetel.yaml:30:5: plans[1]: unknown key `hotspt` (did you mean `hotspot`?)"
        ),
        "the second plan's problem too: {report}"
    );
    assert!(
        report.contains("othertel.yaml:"),
        "the other carrier file too: {report}"
    );
    assert!(report.contains("devices.yaml:5:11: devices[0].esim: \"yes\" is not true, false or unknown (write true)"), "{report}");
    assert!(
        report.contains("devices.yaml:10:15: devices[1].platform: unknown variant `windows`"),
        "the second device too: {report}"
    );
}

#[test]
fn kb_validate_lists_every_broken_step_in_each_section() {
    let steps = "guides:\n  - id: ios-wifi\n    platform: ios\n    via: wifi\n    title: Wi-Fi\n    steps: [\"Open Settings.\"]\n    source: https://example.com/a\n    verified: 2026-11-25\n  - id: ios-usb\n    platform: ios\n    via: cable\n    title: USB\n    steps: [\"Plug in.\"]\n    source: https://example.com/b\n    verified: 2026-11-25\ntroubleshooting:\n  - id: hotspot-missing\n    problem: Missing\n    fixes: [\"Ask the carrier.\"]\n    sorce: https://example.com/c\n    verified: 2026-11-25\n";
    let kb = kb_with(&[("steps.yaml", steps)]);
    let out = support::run(&["kb", "validate", kb.path().to_str().unwrap()]);
    assert_eq!(out.code, 2);
    assert!(
        out.stdout
            .contains("steps.yaml:11:10: guides[1].via: unknown variant `cable`"),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout
            .contains("troubleshooting[0]: unknown key `sorce` (did you mean `source`?)"),
        "{}",
        out.stdout
    );
}

#[test]
fn kb_validate_finds_problems_in_a_carriers_header_and_its_plans_at_once() {
    let broken = PINETEL
        .replace("  prepaid: true", "  prepaid: yes")
        .replace("  roaming_hotspot: blocked", "  roaming_hotsopt: blocked")
        .replace("high_speed: 10GB", "high_speed: lots");
    let kb = kb_with(&[("carriers/pinetel.yaml", &broken)]);
    let out = support::run(&["kb", "validate", kb.path().to_str().unwrap()]);
    assert_eq!(out.code, 2);
    let report = format!("{}{}", out.stdout, out.stderr);
    for (line, what) in [(7, "write true"), (12, "roaming_hotspot"), (23, "lots")] {
        assert!(
            report.contains(&format!("pinetel.yaml:{line}:")) && report.contains(what),
            "line {line} ({what}) in:\n{report}"
        );
    }
}

/// A device entry in the user's knowledge base.
fn device(id: &str, name: &str, esim: &str) -> String {
    format!("  - id: {id}\n    name: {name}\n    platform: ios\n    esim: {esim}\n    source: https://example.com/{id}\n    verified: 2026-11-25\n")
}

#[test]
fn a_device_list_too_large_for_one_file_is_split_into_a_devices_directory() {
    let first = format!(
        "devices:\n{}{}",
        device("phone-a", "Phone A", "false"),
        device("phone-b", "Phone B", "true")
    );
    // A later file replaces an entry of the same id, as an overlay replaces a built-in one.
    let second = format!(
        "devices:\n{}{}",
        device("phone-a", "Phone A", "true"),
        device("phone-c", "Phone C", "true")
    );
    let kb = kb_with(&[
        ("devices/1-first.yaml", &first),
        ("devices/2-second.yaml", &second),
    ]);
    let listed = run_in(kb.path(), &["devices", "phone", "--format", "json"]);
    assert_eq!(listed.code, 0, "{}", listed.stderr);
    let all = listed.json()["devices"].clone();
    let rows: Vec<&serde_json::Value> = all
        .as_array()
        .unwrap()
        .iter()
        .filter(|row| row["id"].as_str().unwrap().starts_with("phone-"))
        .collect();
    let ids: Vec<&str> = rows.iter().map(|row| row["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["phone-a", "phone-b", "phone-c"], "{all}");
    assert_eq!(
        rows[0]["esim"]["us"], true,
        "the later file's phone-a: {all}"
    );
    let named = check_in(kb.path(), &["--carrier", "verizon", "--device", "Phone C"]);
    assert_eq!(named.json()["device"]["id"], "phone-c", "{}", named.stderr);
    let valid = support::run(&["kb", "validate", kb.path().to_str().unwrap()]);
    assert_eq!(valid.code, 0, "{}", valid.stdout);

    let broken = second.replace(
        "esim: true\n    source: https://example.com/phone-c",
        "esim: yes\n    source: https://example.com/phone-c",
    );
    fs::write(kb.path().join("devices/2-second.yaml"), broken).unwrap();
    let report = support::run(&["kb", "validate", kb.path().to_str().unwrap()]).stdout;
    assert!(
        report.contains("2-second.yaml:11:11: devices[1].esim:"),
        "the problem, in the file it is in: {report}"
    );
}
