//! Reports that say exactly what to do: what is left, what happens once it is used up, and
//! how to answer for a phone the knowledge base does not list.

mod support;

use support::run;

#[test]
fn a_report_says_what_is_left_and_when_the_allowance_is_used_up() {
    let out = run(&[
        "check",
        "--carrier",
        "verizon",
        "--plan",
        "ultimate",
        "--esim",
        "active",
        "--used",
        "12GB",
        "--format",
        "json",
    ]);
    assert!(
        out.fired().contains(&"hotspot-left".to_string()),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout
            .contains("188 GB of full-speed hotspot data is left"),
        "{}",
        out.stdout
    );

    let over = run(&[
        "check",
        "--carrier",
        "boost",
        "--plan",
        "Boost $35",
        "--esim",
        "active",
        "--used",
        "2.5GB",
        "--format",
        "json",
    ]);
    assert!(
        over.fired()
            .contains(&"cap-used-up-speed-unknown".to_string()),
        "{}",
        over.stdout
    );
    assert!(
        over.stdout.contains("You have used 2.5 GB"),
        "{}",
        over.stdout
    );
}

#[test]
fn a_phone_not_listed_is_told_how_to_answer() {
    let out = run(&["check", "--device", "Nokia 3310"]);
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("--has-esim"), "{}", out.stderr);
    assert!(out.stderr.contains("EID"), "{}", out.stderr);
    let no = run(&[
        "--color",
        "never",
        "check",
        "--carrier",
        "verizon",
        "--has-esim",
        "no",
    ]);
    assert_eq!(no.code, 1, "{}", no.stdout);
    assert!(
        no.stdout.contains("This phone has no eSIM"),
        "{}",
        no.stdout
    );
    assert!(!no.stdout.contains("This unknown"), "{}", no.stdout);
}

#[test]
fn a_check_with_nothing_given_offers_no_empty_command_to_repeat() {
    let out = run(&["--color", "never", "check"]);
    assert!(!out.stdout.contains("Repeat with"), "{}", out.stdout);
    let some = run(&["--color", "never", "check", "--carrier", "verizon"]);
    assert!(some
        .stdout
        .contains("Repeat with: esim-hotspot check --carrier verizon"));
}

#[test]
fn data_used_is_not_asked_for_once_given() {
    let out = run(&[
        "check",
        "--carrier",
        "other",
        "--used",
        "3GB",
        "--format",
        "json",
    ]);
    let asked = out.json()["how_to_find_out"].clone();
    assert!(asked.get("plan.hotspot.left").is_none(), "{asked}");
    assert!(asked.get("used").is_none(), "{asked}");
    assert!(asked.get("plan.hotspot.high_speed").is_some(), "{asked}");
}

#[test]
fn cap_says_nothing_of_after_the_cap_when_the_cap_is_unknown() {
    let out = run(&["--color", "never", "cap", "starter sl", "--carrier", "att"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(!out.stdout.contains("After the cap"), "{}", out.stdout);
    let known = run(&["--color", "never", "cap", "Go5G Plus"]);
    assert!(
        known.stdout.contains("After the cap, at 600 kbps"),
        "{}",
        known.stdout
    );
}

#[test]
fn a_seller_with_one_plan_needs_no_plan_name() {
    let check = run(&[
        "check",
        "--carrier",
        "holafly",
        "--esim",
        "active",
        "--format",
        "json",
    ]);
    assert!(check.json()["plan"]["id"].is_string(), "{}", check.stdout);
    let cap = run(&["--color", "never", "cap", "holafly"]);
    assert_eq!(cap.code, 0, "{}", cap.stderr);
    assert!(cap.stdout.starts_with("Holafly"), "{}", cap.stdout);
    assert!(
        cap.stdout.contains("(travel"),
        "a travel eSIM says so: {}",
        cap.stdout
    );
    // A carrier with several plans still needs one named.
    let several = run(&["check", "--carrier", "verizon", "--format", "json"]);
    assert!(several.json()["plan"].is_null());
}

#[test]
fn your_own_figures_fill_what_the_knowledge_base_does_not_know() {
    let out = run(&[
        "check",
        "--carrier",
        "att",
        "--plan",
        "Starter SL",
        "--esim",
        "active",
        "--hotspot-cap",
        "5 gigs",
        "--after-cap",
        "128kbps",
        "--used",
        "6GB",
        "--format",
        "json",
    ]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let json = out.json();
    let hotspot = &json["plan"]["hotspot"];
    assert_eq!(hotspot["high_speed_bytes"], 5_000_000_000u64);
    assert_eq!(hotspot["after_cap_kbps"], 128);
    let terms: Vec<&str> = json["plan"]["from_you"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["term"].as_str().unwrap())
        .collect();
    assert_eq!(terms, ["allowance", "after_cap"]);
    assert_eq!(json["remaining_bytes"], 0);
    assert!(
        out.fired().contains(&"cap-used-up".to_string()),
        "{}",
        out.stdout
    );
    assert!(
        json["command"]
            .as_str()
            .unwrap()
            .contains("--hotspot-cap 5GB --after-cap 128kbps"),
        "{}",
        json["command"]
    );
}

#[test]
fn your_figure_wins_and_the_report_names_both() {
    let out = run(&[
        "--color",
        "never",
        "check",
        "--carrier",
        "verizon",
        "--plan",
        "Beyond Unlimited",
        "--hotspot-cap",
        "25GB",
    ]);
    assert!(out.stdout.contains("25 GB at full speed"), "{}", out.stdout);
    assert!(
        out.stdout
            .contains("From you: hotspot allowance (the knowledge base says 15 GB)"),
        "{}",
        out.stdout
    );
    let json = run(&[
        "check",
        "--carrier",
        "verizon",
        "--plan",
        "Beyond Unlimited",
        "--hotspot-cap",
        "25GB",
        "--used",
        "5GB",
        "--format",
        "json",
    ])
    .json();
    assert_eq!(json["plan"]["from_you"][0]["knowledge_base"], "15 GB");
    assert_eq!(json["remaining_bytes"], 20_000_000_000u64);
    let unknown = run(&[
        "check",
        "--carrier",
        "att",
        "--plan",
        "Starter SL",
        "--used",
        "1GB",
        "--format",
        "json",
    ]);
    assert!(
        unknown.json()["remaining_bytes"].is_null(),
        "{}",
        unknown.stdout
    );
}

#[test]
fn a_plan_the_kb_does_not_list_is_answered_from_your_figures() {
    let out = run(&[
        "check",
        "--carrier",
        "other",
        "--hotspot-cap",
        "5GB",
        "--after-cap",
        "128kbps",
        "--esim",
        "active",
        "--used",
        "3GB",
        "--format",
        "json",
    ]);
    let json = out.json();
    assert_eq!(json["plan"]["id"], "your-plan", "{}", out.stdout);
    assert_eq!(json["plan"]["kind"], "unlisted");
    assert!(json["plan"]["source"].is_null());
    assert_eq!(
        json["plan"]["hotspot"]["high_speed_bytes"],
        5_000_000_000u64
    );
    assert_eq!(json["plan"]["hotspot"]["after_cap_kbps"], 128);
    assert_eq!(json["remaining_bytes"], 2_000_000_000u64);
    let terms: Vec<&str> = json["plan"]["from_you"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["term"].as_str().unwrap())
        .collect();
    assert_eq!(terms, ["allowance", "after_cap"]);
    let rules: Vec<&str> = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule"].as_str().unwrap())
        .collect();
    assert!(
        rules.contains(&"carrier-not-listed-your-figures"),
        "{rules:?}"
    );
    assert!(!rules.contains(&"carrier-not-listed"), "{rules:?}");
    assert!(!out.stdout.contains("Ask other"), "{}", out.stdout);
    let text = run(&["check", "--hotspot-cap", "15 GB", "--esim", "active"]);
    assert!(
        text.stdout.contains("Plan: Your plan (from your figures)"),
        "{}",
        text.stdout
    );

    let named = run(&[
        "check",
        "--carrier",
        "other",
        "--plan",
        "Basic 5GB",
        "--hotspot-cap",
        "5GB",
    ]);
    assert!(
        named.stdout.contains("Plan: Basic 5GB (from your figures)"),
        "{}",
        named.stdout
    );
    assert!(
        named.stdout.contains("Basic 5GB includes 5 GB"),
        "{}",
        named.stdout
    );
    assert!(
        named.stdout.contains("Plan facts: the figures you gave"),
        "{}",
        named.stdout
    );
    assert!(
        named.stdout.contains("--plan 'Basic 5GB'"),
        "{}",
        named.stdout
    );

    let bad = run(&[
        "check",
        "--carrier",
        "verizon",
        "--plan",
        "ultimate",
        "--after-cap",
        "fast",
    ]);
    assert_eq!(bad.code, 2);
    assert!(bad.stderr.contains("--after-cap"), "{}", bad.stderr);
}

#[test]
fn cap_takes_your_figures_too() {
    let out = run(&[
        "--color",
        "never",
        "cap",
        "starter sl",
        "--carrier",
        "att",
        "--hotspot-cap",
        "5GB",
        "--used",
        "3GB",
        "--days-left",
        "10",
    ]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stdout.contains("From you: hotspot allowance"),
        "{}",
        out.stdout
    );
    assert!(out.stdout.contains("2 GB"), "what is left: {}", out.stdout);
    let json = run(&[
        "cap",
        "starter sl",
        "--carrier",
        "att",
        "--hotspot-cap",
        "5GB",
        "--format",
        "json",
    ])
    .json();
    assert_eq!(
        json["plan"]["hotspot"]["high_speed_bytes"],
        5_000_000_000u64
    );
    assert_eq!(json["plan"]["from_you"][0]["term"], "allowance");
}

#[test]
fn devices_answers_is_my_phone_compatible_by_market() {
    let out = run(&["--color", "never", "devices", "iphone 15"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stdout.contains("Apple iPhone 15 "), "{}", out.stdout);
    assert!(!out.stdout.contains("iPhone 14"), "{}", out.stdout);
    let json = run(&["devices", "iphone 15", "--format", "json"]).json();
    let first = &json["devices"][0];
    assert_eq!(first["id"], "iphone-15");
    assert_eq!(first["esim"]["us"], true);
    assert_eq!(
        first["esim"]["cn"], false,
        "China iPhones have two SIM slots"
    );
    // Searched as the guide searches: a brand in Chinese, full-width letters.
    let chinese = run(&["devices", "华为", "--format", "json"]).json();
    assert!(chinese["devices"][0]["maker"] == "Huawei", "{chinese}");
    let wide = run(&["devices", "ｉｐｈｏｎｅ　１５", "--format", "json"]).json();
    assert_eq!(wide["devices"][0]["id"], "iphone-15");
    // Filters: phones without eSIM, where bought.
    let none = run(&["devices", "--esim", "no", "--format", "json"]).json();
    let ids: Vec<&str> = none["devices"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["id"].as_str().unwrap())
        .collect();
    assert!(ids.contains(&"galaxy-s10"), "{ids:?}");
    assert!(!ids.contains(&"iphone-15"), "{ids:?}");
    let china = run(&[
        "devices",
        "iphone 15",
        "--bought-in",
        "国行",
        "--esim",
        "yes",
        "--format",
        "json",
    ])
    .json();
    assert_eq!(china["devices"].as_array().unwrap().len(), 0, "{china}");
    let nothing = run(&["--color", "never", "devices", "zzzz phone"]);
    assert!(nothing.stdout.contains("EID"), "{}", nothing.stdout);
}

#[test]
fn carriers_lists_sellers_with_their_network_and_what_is_known() {
    let out = run(&["--color", "never", "carriers"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stdout.contains("Verizon"), "{}", out.stdout);
    let json = run(&["carriers", "--format", "json"]).json();
    let carriers = json["carriers"].as_array().unwrap();
    let cricket = carriers
        .iter()
        .find(|c| c["id"] == "cricket")
        .expect("cricket listed");
    assert_eq!(cricket["network"], "AT&T");
    assert!(
        cricket["plans"].as_u64().unwrap()
            >= cricket["plans_with_known_allowance"].as_u64().unwrap()
    );
    let airalo = carriers.iter().find(|c| c["id"] == "airalo").unwrap();
    assert_eq!(airalo["plan_kinds"], serde_json::json!(["travel"]));
}

#[test]
fn cap_needs_no_plan_name_with_your_figures() {
    let out = run(&[
        "cap",
        "--carrier",
        "other",
        "--hotspot-cap",
        "15GB",
        "--used",
        "9GB",
        "--days-left",
        "10",
        "--format",
        "json",
    ]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let json = out.json();
    assert!(json["carrier"].is_null());
    assert_eq!(json["plan"]["kind"], "unlisted");
    assert_eq!(json["remaining_bytes"], 6_000_000_000u64);
    assert_eq!(json["daily_budget_bytes"], 600_000_000u64);
    let text = run(&[
        "cap",
        "--hotspot-cap",
        "15GB",
        "--used",
        "9GB",
        "--days-left",
        "10",
    ]);
    assert!(
        text.stdout.starts_with("Your plan (from your figures"),
        "{}",
        text.stdout
    );
    assert!(
        text.stdout.contains("9 GB of 15 GB · 6 GB left"),
        "{}",
        text.stdout
    );
    let at = run(&["cap", "--carrier", "verizon", "--hotspot-cap", "15GB"]);
    assert!(at.stdout.starts_with("Your Verizon plan"), "{}", at.stdout);
    let neither = run(&["cap", "--carrier", "verizon"]);
    assert_eq!(neither.code, 2);
    assert!(
        neither.stderr.contains("--hotspot-cap"),
        "{}",
        neither.stderr
    );
    // A seller with one plan still needs no plan name.
    let seller = run(&["cap", "--carrier", "holafly", "--format", "json"]);
    assert_eq!(seller.code, 0, "{}", seller.stderr);
    assert_eq!(seller.json()["carrier"]["id"], "holafly");
}

#[test]
fn facts_no_flag_gives_are_for_the_seller_not_for_flags() {
    let out = run(&[
        "check",
        "--carrier",
        "airalo",
        "--plan",
        "Airalo Unlimited",
        "--esim",
        "active",
    ]);
    let not_checked = out
        .stdout
        .lines()
        .find(|l| l.starts_with("Not checked:"))
        .expect("a not-checked line");
    assert!(!not_checked.contains("phone number"), "{not_checked}");
    assert!(
        out.stdout
            .contains("Only the carrier or seller can say: whether the eSIM has a phone number."),
        "{}",
        out.stdout
    );
}
