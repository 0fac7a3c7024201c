//! `esim-hotspot check` end to end: the real binary on real situations from the KB.

mod support;

use esim_hotspot::kb::model::Tri;
use esim_hotspot::units::{Allowance, Known, Speed};
use support::{check_json, kb_plan, run};

#[test]
fn a_capped_plan_is_limited_with_its_cap_in_numbers() {
    let out = check_json(&[
        "--carrier",
        "verizon",
        "--plan",
        "Unlimited Ultimate",
        "--esim",
        "active",
    ]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let json = out.json();
    assert_eq!(json["verdict"], "limited");
    let (_, plan) = kb_plan("verizon", "unlimited-ultimate");
    let Known::Known(Allowance::Bytes(cap)) = plan.hotspot.high_speed else {
        panic!("the KB gives Ultimate a byte cap")
    };
    let Known::Known(Speed::Kbps(after)) = plan.hotspot.after_cap else {
        panic!("the KB gives Ultimate an after-cap speed")
    };
    assert_eq!(json["plan"]["hotspot"]["high_speed_bytes"], cap);
    assert_eq!(json["plan"]["hotspot"]["after_cap_kbps"], after);
    assert_eq!(json["plan"]["hotspot"]["unlimited"], false);
    assert_eq!(json["plan"]["source"], plan.source.as_str());
    assert!(out.fired().contains(&"hotspot-capped".to_string()));
}

#[test]
fn the_json_contract_holds() {
    let json = check_json(&[
        "--carrier",
        "t-mobile",
        "--plan",
        "go5g-plus",
        "--esim",
        "active",
    ])
    .json();
    for key in [
        "verdict",
        "carrier",
        "plan",
        "findings",
        "missing_facts",
        "not_checked",
    ] {
        assert!(json.get(key).is_some(), "missing key {key}");
    }
    assert_eq!(json["carrier"]["id"], "t-mobile");
    assert!(json["carrier"]["name"].is_string());
    for key in ["id", "name", "kind", "source", "verified", "hotspot"] {
        assert!(json["plan"].get(key).is_some(), "plan.{key}");
    }
    for key in [
        "included",
        "high_speed_bytes",
        "unlimited",
        "after_cap_kbps",
    ] {
        assert!(
            json["plan"]["hotspot"].get(key).is_some(),
            "plan.hotspot.{key}"
        );
    }
    for finding in json["findings"].as_array().unwrap() {
        for key in ["rule", "severity", "message", "advice", "source"] {
            assert!(finding.get(key).is_some(), "finding.{key}");
        }
    }
    assert!(json["missing_facts"]
        .as_array()
        .unwrap()
        .iter()
        .all(|m| m.is_string()));
    assert!(
        json.get("trace").is_none(),
        "the trace comes only with --explain"
    );
}

#[test]
fn a_plan_without_hotspot_says_no_and_exits_1() {
    let (_, plan) = kb_plan("att", "unlimited-choice-2017");
    assert_eq!(
        plan.hotspot.included,
        Tri::False,
        "the example relies on the KB saying so"
    );
    let out = check_json(&[
        "--carrier",
        "AT&T",
        "--plan",
        "unlimited choice 2017",
        "--esim",
        "active",
    ]);
    assert_eq!(out.code, 1);
    assert_eq!(out.json()["verdict"], "no");
    assert_eq!(out.fired()[0], "plan-has-no-hotspot");
    assert_eq!(out.json()["plan"]["hotspot"]["after_cap_kbps"], 0);
}

#[test]
fn a_china_market_iphone_cannot_take_the_esim() {
    let out = check_json(&[
        "--carrier",
        "tmobile",
        "--plan",
        "Go5G Plus",
        "--device",
        "iPhone 15",
        "--bought-in",
        "cn",
    ]);
    assert_eq!(out.code, 1);
    assert!(out.fired().contains(&"device-has-no-esim".to_string()));
    let device = &out.json()["device"];
    assert_eq!(device["id"], "iphone-15");
    assert!(
        device["source"].as_str().unwrap().starts_with("https://"),
        "{device}"
    );
    assert!(device["verified"].is_string());
    assert_eq!(
        out.json()["missing_facts"].as_array().unwrap().len(),
        0,
        "no is final"
    );
}

#[test]
fn an_iphone_with_unknown_market_is_unknown_and_says_what_to_find_out() {
    let out = check_json(&[
        "--carrier",
        "t-mobile",
        "--plan",
        "go5g-plus",
        "--device",
        "iphone-15",
        "--lock",
        "unlocked",
    ]);
    assert_eq!(out.code, 3);
    let json = out.json();
    assert_eq!(json["verdict"], "unknown");
    assert_eq!(json["missing_facts"], serde_json::json!(["bought_in"]));
    assert!(json["how_to_find_out"]["bought_in"]
        .as_str()
        .unwrap()
        .contains("--bought-in"));
}

#[test]
fn no_plan_at_all_is_unknown() {
    let out = check_json(&["--carrier", "verizon", "--esim", "active"]);
    assert_eq!(out.code, 3);
    assert!(out.json()["missing_facts"]
        .as_array()
        .unwrap()
        .contains(&"plan".into()));
    assert!(out.fired().contains(&"plan-not-named".to_string()));
}

#[test]
fn an_unlisted_carrier_asks_what_to_ask_the_carrier() {
    let out = check_json(&["--carrier", "other", "--esim", "active"]);
    assert_eq!(out.code, 3);
    let json = out.json();
    assert!(json["missing_facts"]
        .as_array()
        .unwrap()
        .contains(&"plan.hotspot.included".into()));
    assert!(out.fired().contains(&"carrier-not-listed".to_string()));
}

#[test]
fn names_match_across_spelling() {
    for (carrier, plan) in [
        ("T-Mobile", "Go5G Plus"),
        ("tmobile", "go5g-plus"),
        ("T MOBILE", "go5g plus"),
    ] {
        let json = check_json(&["--carrier", carrier, "--plan", plan, "--esim", "active"]).json();
        assert_eq!(json["plan"]["id"], "go5g-plus", "{carrier} / {plan}");
    }
    let json = check_json(&[
        "--carrier",
        "att",
        "--plan",
        "unlimited-elite",
        "--esim",
        "active",
    ])
    .json();
    assert_eq!(json["carrier"]["name"], "AT&T");
}

#[test]
fn a_plan_name_alone_finds_its_carrier() {
    let json = check_json(&["--plan", "Unlimited Ultimate", "--esim", "active"]).json();
    assert_eq!(json["carrier"]["id"], "verizon");
}

#[test]
fn unknown_names_suggest_the_closest() {
    let out = run(&["check", "--carrier", "verizn"]);
    assert_eq!(out.code, 2);
    assert!(
        out.stderr.contains("no carrier called \"verizn\""),
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("Verizon (verizon)"), "{}", out.stderr);
    let out = run(&["check", "--carrier", "t-mobile", "--plan", "go5g plsu"]);
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("Go5G Plus"), "{}", out.stderr);
    let out = run(&["check", "--device", "iphone 15 pr"]);
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("iPhone 15 Pro"), "{}", out.stderr);
}

#[test]
fn phones_are_found_with_their_maker_in_front_or_in_chinese() {
    for (typed, id) in [
        ("Samsung Galaxy S24", "galaxy-s24"),
        ("apple iphone 15 pro", "iphone-15-pro"),
        ("三星 S24", "galaxy-s24"),
        ("苹果15 Pro Max", "iphone-15-pro-max"),
        ("小米14", "xiaomi-14"),
        ("華為 P40", "huawei-p40"),
    ] {
        let out = check_json(&["--device", typed]);
        assert_eq!(out.json()["device"]["id"], id, "{typed}: {}", out.stderr);
    }
    // The maker alone names no phone.
    assert_eq!(run(&["check", "--device", "samsung"]).code, 2);
}

#[test]
fn full_width_input_from_a_chinese_keyboard_is_read() {
    let out = check_json(&[
        "--carrier",
        "ｖｅｒｉｚｏｎ",
        "--plan",
        "ultimate",
        "--device",
        "ｉＰｈｏｎｅ　１５",
        "--os-version",
        "17。4",
        "--esim",
        "active",
    ]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(out.json()["device"]["id"], "iphone-15");
    let cap = run(&[
        "cap",
        "ultimate",
        "--carrier",
        "verizon",
        "--used",
        "１．５ＧＢ",
        "--format",
        "json",
    ]);
    let json = cap.json();
    let high_speed = json["plan"]["hotspot"]["high_speed_bytes"]
        .as_u64()
        .unwrap();
    assert_eq!(
        json["remaining_bytes"],
        high_speed - 1_500_000_000,
        "{json}"
    );
}

#[test]
fn odd_sizes_are_read_or_refused_clearly() {
    let base = [
        "--carrier",
        "verizon",
        "--plan",
        "beyond-unlimited",
        "--esim",
        "active",
    ];
    let with_used = |used: &str| {
        let mut args = base.to_vec();
        args.extend(["--used", used]);
        check_json(&args)
    };
    let spaced = with_used("2 gb");
    assert_eq!(spaced.code, 0, "{}", spaced.stderr);
    let out = with_used("-1GB");
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("negative"), "{}", out.stderr);
    assert!(
        out.stderr.contains("15GB"),
        "says what works: {}",
        out.stderr
    );
    assert_eq!(with_used("lots").code, 2);
    assert_eq!(with_used("").code, 2);
}

#[test]
fn using_up_the_cap_is_reported_with_the_after_cap_speed() {
    let (_, plan) = kb_plan("verizon", "beyond-unlimited");
    let cap = plan
        .hotspot
        .high_speed
        .get()
        .and_then(Allowance::bytes)
        .unwrap();
    let used = format!("{}MB", cap / 1_000_000);
    let out = check_json(&[
        "--carrier",
        "verizon",
        "--plan",
        "beyond-unlimited",
        "--esim",
        "active",
        "--used",
        &used,
    ]);
    let finding = out.finding("cap-used-up").expect("cap-used-up fires");
    let speed = plan.hotspot.after_cap.get().unwrap().to_string();
    assert!(
        finding["message"].as_str().unwrap().contains(&speed),
        "{finding}"
    );
}

/// A plan whose hotspot only ever runs slow names, in its advice, every activity the usage
/// figures say that speed carries, and only those.
#[test]
fn a_slow_hotspot_names_what_its_speed_still_carries() {
    let (_, plan) = kb_plan("verizon", "go-unlimited");
    let speed = plan.hotspot.after_cap.get().unwrap();
    let activities = esim_hotspot::kb::Library::embedded().usage().unwrap();
    let (works, too_slow) = esim_hotspot::budget::at_speed(speed, &activities);
    assert!(!works.is_empty() && !too_slow.is_empty());
    let out = check_json(&[
        "--carrier",
        "verizon",
        "--plan",
        "go-unlimited",
        "--esim",
        "active",
    ]);
    let finding = out
        .finding("hotspot-reduced-speed-only")
        .expect("hotspot-reduced-speed-only fires");
    let advice = finding["advice"].as_str().unwrap();
    let (_, listed) = advice.split_once(": ").unwrap();
    let (listed, _) = listed.split_once(". ").unwrap();
    let names: Vec<&str> = works.iter().map(|a| a.name.en()).collect();
    assert_eq!(listed, names.join(", "), "{finding}");
    for slow in too_slow {
        assert!(!advice.contains(slow.name.en()), "{advice}");
    }
}

#[test]
fn explain_shows_every_rule_with_values_read() {
    let out = check_json(&[
        "--carrier",
        "verizon",
        "--plan",
        "ultimate",
        "--esim",
        "active",
        "--security",
        "wpa3",
        "--explain",
    ]);
    let trace = out.json()["trace"].as_array().unwrap().clone();
    let rules = esim_hotspot::kb::Library::embedded().rules().unwrap();
    assert_eq!(
        trace.len(),
        rules.len(),
        "every rule is traced, fired or not"
    );
    let open = trace.iter().find(|t| t["rule"] == "open-hotspot").unwrap();
    assert_eq!(open["result"], "false");
    assert_eq!(open["steps"][0]["read"], "wpa3");
    let text = run(&[
        "check",
        "--carrier",
        "verizon",
        "--plan",
        "ultimate",
        "--esim",
        "active",
        "--explain",
    ]);
    assert!(text.stdout.contains("open-hotspot"), "{}", text.stdout);
    assert!(text.stdout.contains("not given"), "{}", text.stdout);
}

#[test]
fn text_report_leads_with_the_verdict_and_the_cap_in_words() {
    let out = run(&[
        "check",
        "--carrier",
        "verizon",
        "--plan",
        "beyond-unlimited",
        "--esim",
        "active",
    ]);
    assert_eq!(out.code, 0);
    let first = out.stdout.lines().next().unwrap();
    assert!(first.contains("LIMITED"), "{first}");
    assert!(
        out.stdout
            .contains("15 GB at full speed per month, then 600 kbps"),
        "{}",
        out.stdout
    );
    assert!(out.stdout.contains("checked 2026-"), "{}", out.stdout);
    assert!(!out.stdout.contains('\x1b'), "no colour when piped");
}

#[test]
fn colour_follows_the_flag_and_no_color() {
    let args = [
        "check",
        "--carrier",
        "verizon",
        "--plan",
        "ultimate",
        "--esim",
        "active",
    ];
    let mut always = args.to_vec();
    always.extend(["--color", "always"]);
    assert!(run(&always).stdout.contains('\x1b'));
    let mut never = args.to_vec();
    never.extend(["--color", "never"]);
    assert!(!run(&never).stdout.contains('\x1b'));
    // CLICOLOR_FORCE colours a pipe; NO_COLOR wins over it, and `--color never` over both.
    let piped = |env: &[(&str, &str)], extra: &[&str]| {
        let mut cmd = support::esim();
        cmd.env_remove("NO_COLOR").env_remove("CLICOLOR_FORCE");
        for (name, value) in env {
            cmd.env(name, value);
        }
        let out = cmd.args(args).args(extra).output().unwrap();
        String::from_utf8(out.stdout).unwrap().contains('\x1b')
    };
    assert!(piped(&[("CLICOLOR_FORCE", "1")], &[]));
    assert!(!piped(&[("CLICOLOR_FORCE", "0")], &[]));
    assert!(!piped(&[("CLICOLOR_FORCE", "1"), ("NO_COLOR", "1")], &[]));
    assert!(!piped(&[("CLICOLOR_FORCE", "1")], &["--color", "never"]));
}

#[test]
fn bad_flag_values_exit_2_with_the_choices() {
    let out = run(&["check", "--bought-in", "atlantis"]);
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("us"), "{}", out.stderr);
    let out = run(&["check", "--os-version", "seventeen"]);
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("17.4"), "{}", out.stderr);
}

#[test]
fn help_has_examples_and_exit_codes() {
    let out = run(&["check", "--help"]);
    assert_eq!(out.code, 0);
    assert!(out.stdout.contains("Examples:"));
    assert!(out.stdout.contains("Exit codes"));
}

#[test]
fn a_closed_pipe_is_not_an_error() {
    use std::process::{Command, Stdio};
    let bin = assert_cmd::cargo::cargo_bin("esim-hotspot");
    let mut child = Command::new(bin)
        .args([
            "check",
            "--carrier",
            "verizon",
            "--plan",
            "ultimate",
            "--explain",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let output = child.wait_with_output().unwrap();
    assert!(!String::from_utf8_lossy(&output.stderr).contains("panicked"));
}

#[test]
fn a_password_from_stdin_is_measured_never_shown() {
    let secret = "Hunter2-unique-marker";
    let out = support::esim()
        .args([
            "check",
            "--format",
            "json",
            "--carrier",
            "verizon",
            "--plan",
            "ultimate",
        ])
        .args(["--esim", "active", "--password-stdin", "--explain"])
        .write_stdin(format!("{secret}\n"))
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        !stdout.contains("Hunter2") && !stderr.contains("Hunter2"),
        "never printed"
    );
    let json: serde_json::Value = serde_json::from_str(&stdout).unwrap();
    let trace = json["trace"].as_array().unwrap();
    let length = trace
        .iter()
        .find(|t| t["rule"] == "hotspot-password-wrong-length")
        .unwrap();
    assert_eq!(
        length["steps"][1]["read"],
        secret.len().to_string(),
        "only its length is read"
    );
    let empty = support::esim()
        .args(["check", "--carrier", "verizon", "--password-stdin"])
        .write_stdin("")
        .output()
        .unwrap();
    assert_eq!(empty.status.code(), Some(2));
}

#[test]
fn a_finding_says_when_the_after_cap_speed_is_only_the_carriers_rule() {
    let message_of = |carrier: &str, plan: &str| {
        let out = check_json(&["--carrier", carrier, "--plan", plan, "--esim", "active"]);
        let json = out.json();
        let capped = out
            .finding("hotspot-capped")
            .unwrap_or_else(|| panic!("{plan}: {json}"));
        assert_eq!(
            json["plan"]["hotspot"]["after_cap_is_carriers_rule"],
            carrier == "att",
            "{plan}: the KB's own terms decide which plan leans on its carrier"
        );
        capped["message"].as_str().unwrap().to_string()
    };
    assert!(message_of("att", "unlimited-premium-pl").contains("not confirmed"));
    assert!(!message_of("verizon", "unlimited-ultimate").contains("not confirmed"));
}

#[test]
fn a_source_read_in_a_copy_on_a_code_host_says_so() {
    for (carrier, plan_id) in [
        ("t-mobile", "experience-more"),
        ("verizon", "unlimited-ultimate"),
    ] {
        let (_, plan) = kb_plan(carrier, plan_id);
        let on_github = plan.source.starts_with("https://github.com/");
        let out = check_json(&["--carrier", carrier, "--plan", plan_id, "--esim", "active"]);
        let host = &out.json()["plan"]["source_copy_host"];
        assert_eq!(host.as_str() == Some("github.com"), on_github, "{plan_id}");
        assert_eq!(host.is_null(), !on_github, "{plan_id}");
        let text = run(&[
            "check",
            "--carrier",
            carrier,
            "--plan",
            plan_id,
            "--esim",
            "active",
        ]);
        assert_eq!(
            text.stdout.contains("read in a copy kept on github.com"),
            on_github,
            "{}",
            text.stdout
        );
    }
}

#[test]
fn where_a_phone_was_bought_can_be_said_as_its_market_version() {
    let verdict = |region: &str| {
        let out = check_json(&[
            "--carrier",
            "verizon",
            "--plan",
            "ultimate",
            "--device",
            "iPhone 15",
            "--bought-in",
            region,
        ]);
        assert_eq!(out.stderr, "", "{region}");
        out.json()["verdict"].clone()
    };
    assert_eq!(verdict("国行"), verdict("cn"));
    assert_eq!(verdict("港版"), verdict("hk"));
    assert_eq!(verdict("macau"), verdict("mo"));
    assert_eq!(verdict("usa"), verdict("us"));
    assert_ne!(
        verdict("cn"),
        verdict("us"),
        "the alias must reach the engine"
    );
    let repeat = run(&["check", "--device", "iPhone 15", "--bought-in", "国行"]).stdout;
    assert!(repeat.contains("--bought-in cn"), "{repeat}");
}

#[test]
fn a_used_up_allowance_comes_back_when_its_own_period_does() {
    let used_up = |carrier: &str, plan: &str, used: &str| {
        let out = check_json(&[
            "--carrier",
            carrier,
            "--plan",
            plan,
            "--esim",
            "active",
            "--used",
            used,
        ]);
        out.finding("cap-used-up")
            .unwrap_or_else(|| panic!("{plan}: {}", out.stdout))["message"]
            .as_str()
            .unwrap()
            .to_string()
    };
    let (_, airalo) = kb_plan("airalo", "unlimited");
    assert_eq!(
        airalo.hotspot.period.as_str(),
        "day",
        "the KB's Airalo allowance is daily"
    );
    assert!(used_up("airalo", "unlimited", "3GB").contains("until the next day"));
    assert!(used_up("verizon", "beyond-unlimited", "15GB").contains("until the next billing cycle"));
}

#[test]
fn the_report_names_the_network_a_carrier_rides_on() {
    let library = esim_hotspot::kb::Library::embedded();
    for id in ["mint", "airalo", "verizon"] {
        let carrier = library.carrier(id).unwrap().unwrap();
        let out = check_json(&["--carrier", id]);
        let network = &out.json()["carrier"]["network"];
        if carrier.network == "unknown" {
            assert!(network.is_null(), "{id}: {network}");
        } else {
            assert_eq!(network, carrier.network.as_str(), "{id}");
        }
        let text = run(&["check", "--carrier", id]).stdout;
        let shown = format!("(network: {})", carrier.network);
        assert_eq!(
            text.contains(&shown),
            carrier.network != "unknown" && carrier.network != carrier.name,
            "{id}: {text}"
        );
    }
}

#[test]
fn security_can_be_given_as_the_phone_names_it() {
    let fired = |security: &str| {
        check_json(&[
            "--carrier",
            "verizon",
            "--plan",
            "ultimate",
            "--esim",
            "active",
            "--security",
            security,
        ])
        .fired()
    };
    assert_eq!(fired("WPA2/WPA3-Personal"), fired("wpa2-wpa3"));
    assert_eq!(fired("WPA2-Personal"), fired("wpa2"));
    assert!(fired("None").contains(&"open-hotspot".to_string()));
    assert_eq!(run(&["check", "--security", "wep"]).code, 2);
}

#[test]
fn a_china_iphone_air_is_unknown_until_a_us_esim_is_known_to_work_on_it() {
    let library = esim_hotspot::kb::Library::embedded();
    let air = library.device("iphone air").unwrap().unwrap();
    assert_eq!(
        air.foreign_esim_by_region
            .get(&esim_hotspot::kb::model::Region::Cn),
        Some(&esim_hotspot::kb::model::Tri::Unknown)
    );
    let base = [
        "check",
        "--carrier",
        "t-mobile",
        "--plan",
        "Go5G Plus",
        "--device",
        "iPhone Air",
    ];
    let with = |extra: &[&str]| {
        let mut args = base.to_vec();
        args.extend_from_slice(extra);
        args.extend_from_slice(&["--lock", "unlocked", "--format", "json"]);
        run(&args).json()
    };
    let china = with(&["--bought-in", "cn", "--esim", "installed"]);
    assert_eq!(china["verdict"], "unknown");
    assert!(
        china["missing_facts"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f == "device.foreign_esim"),
        "{china}"
    );
    let us = with(&["--bought-in", "us", "--esim", "installed"]);
    assert!(!us.to_string().contains("device.foreign_esim"), "{us}");
    let working = with(&["--bought-in", "cn", "--esim", "active"]);
    assert!(
        !working.to_string().contains("device.foreign_esim"),
        "{working}"
    );
}
