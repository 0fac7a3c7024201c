//! The December 2026 knowledge: phones without eSIM, 2026 phones, and current line-ups, read
//! back through the real binary.

mod support;

use esim_hotspot::kb::model::Tri;
use esim_hotspot::kb::Library;
use support::check_json;

/// Phones recorded without eSIM, one or more from each maker.
const WITHOUT_ESIM: [&str; 14] = [
    "iphone-x",
    "iphone-8",
    "iphone-se-1",
    "galaxy-s10",
    "galaxy-note10-plus",
    "galaxy-a53-5g",
    "pixel-1",
    "motorola-moto-g7",
    "xiaomi-12",
    "huawei-pura-70-ultra",
    "oppo-find-n2",
    "vivo-v25",
    "oneplus-nord-n20-5g",
    "oneplus-9",
];

#[test]
fn a_phone_without_esim_is_answered_no_with_its_source() {
    let library = Library::embedded();
    let devices = library.devices().unwrap();
    for id in WITHOUT_ESIM {
        let device = devices.iter().find(|d| d.id == id).expect(id);
        assert_eq!(device.esim, Tri::False, "{id}");
        let out = check_json(&["--device", id]);
        assert_eq!(out.code, 1, "{id}: {}", out.stderr);
        let json = out.json();
        assert_eq!(json["verdict"], "no", "{id}");
        assert!(
            out.fired().contains(&"device-has-no-esim".to_string()),
            "{id}"
        );
        assert_eq!(json["device"]["id"], id);
        assert_eq!(json["device"]["source"], device.source.as_str(), "{id}");
        assert_eq!(json["missing_facts"].as_array().unwrap().len(), 0, "{id}");
    }
}

#[test]
fn no_is_the_answer_wherever_an_old_phone_was_bought() {
    for region in ["us", "cn", "hk"] {
        let out = check_json(&["--device", "iPhone 8", "--bought-in", region]);
        assert_eq!(out.json()["verdict"], "no", "{region}");
        assert_eq!(out.json()["device"]["id"], "iphone-8");
    }
}

#[test]
fn the_knowledge_base_has_the_phones_the_issue_asks_for() {
    let devices = Library::embedded().devices().unwrap();
    assert!(devices.len() >= 260, "{} phones", devices.len());
    let without = devices.iter().filter(|d| d.esim == Tri::False).count();
    assert!(without >= 30, "{without} phones without eSIM");
    for maker in [
        "Apple", "Samsung", "Google", "Motorola", "Xiaomi", "Huawei", "OPPO", "vivo", "OnePlus",
    ] {
        assert!(
            devices
                .iter()
                .any(|d| d.esim == Tri::False && d.maker.as_deref() == Some(maker)),
            "no {maker} phone without eSIM"
        );
    }
}

#[test]
fn a_2026_galaxy_has_esim_and_its_china_model_is_not_assumed() {
    let out = check_json(&["--device", "Galaxy S26 Ultra", "--esim", "active"]);
    let json = out.json();
    assert_eq!(json["device"]["id"], "galaxy-s26-ultra");
    assert_ne!(json["verdict"], "no");
    assert!(!out.fired().contains(&"device-has-no-esim".to_string()));
    let devices = Library::embedded().devices().unwrap();
    let s26 = devices.iter().find(|d| d.id == "galaxy-s26").unwrap();
    assert_eq!(s26.esim, Tri::True);
    use esim_hotspot::kb::model::Region;
    assert_eq!(
        s26.esim_when_bought_in(Some(Region::Cn)),
        Some(Tri::Unknown)
    );
}

#[test]
fn phones_no_page_settles_are_unknown_not_yes() {
    for (typed, id) in [
        ("Pixel 2", "pixel-2"),
        ("Pixel 10a", "pixel-10a"),
        ("iPhone 17e", "iphone-17e"),
        ("Magic8 Pro Air", "honor-magic-8-pro-air"),
        ("Mate 80 RS", "huawei-mate-80-rs"),
        ("OnePlus 11", "oneplus-11"),
        ("Xiaomi 14 Pro", "xiaomi-14-pro"),
    ] {
        let out = check_json(&["--device", typed, "--lock", "unlocked"]);
        let json = out.json();
        assert_eq!(json["device"]["id"], id, "{typed}: {}", out.stderr);
        assert_eq!(json["verdict"], "unknown", "{typed}");
        assert!(!out.fired().contains(&"device-has-no-esim".to_string()));
    }
}

#[test]
fn the_china_iphone_air_cites_apples_travel_page() {
    let devices = Library::embedded().devices().unwrap();
    let air = devices.iter().find(|d| d.id == "iphone-air").unwrap();
    let notes = air.notes.as_ref().expect("notes").en();
    assert!(
        notes.contains("support.apple.com/pt-pt/HT213448"),
        "{notes}"
    );
    assert!(notes.contains("apenas o iPhone Air"), "{notes}");
}

/// `check` on a plan with an active eSIM: its JSON and the plan's recorded facts.
fn plan_json(carrier: &str, plan: &str) -> serde_json::Value {
    let out = check_json(&["--carrier", carrier, "--plan", plan, "--esim", "active"]);
    let json = out.json();
    assert_eq!(json["plan"]["id"], plan, "{carrier}/{plan}: {}", out.stderr);
    json
}

#[test]
fn att_prepaid_allowances_read_back_with_att_s_general_after_cap_rule() {
    for (plan, gb) in [
        ("att-prepaid-16gb", 10),
        ("att-prepaid-unlimited-max", 25),
        ("att-prepaid-unlimited-max-plus", 35),
        ("att-prepaid-unlimited-annual", 10),
    ] {
        let json = plan_json("att", plan);
        assert_eq!(json["verdict"], "limited", "{plan}");
        let hotspot = &json["plan"]["hotspot"];
        assert_eq!(hotspot["included"], true, "{plan}");
        assert_eq!(
            hotspot["high_speed_bytes"],
            gb * 1_000_000_000_u64,
            "{plan}"
        );
        assert_eq!(hotspot["after_cap_kbps"], 128, "{plan}");
        assert_eq!(hotspot["after_cap_is_carriers_rule"], true, "{plan}");
        assert_eq!(json["plan"]["kind"], "prepaid");
        assert_eq!(
            json["plan"]["source_kind"], "forum",
            "{plan}: a secondary source"
        );
    }
    let json = check_json(&["--carrier", "att", "--plan", "Unlimited Max Plus"]).json();
    assert_eq!(json["plan"]["id"], "att-prepaid-unlimited-max-plus");
}

#[test]
fn prepaid_plans_of_verizon_and_t_mobile_read_back() {
    for (carrier, plan, gb) in [
        ("verizon", "prepaid-unlimited", 5),
        ("verizon", "prepaid-unlimited-plus", 25),
        ("t-mobile", "t-mobile-prepaid-unlimited-plus", 5),
    ] {
        let json = plan_json(carrier, plan);
        let hotspot = &json["plan"]["hotspot"];
        assert_eq!(
            hotspot["high_speed_bytes"],
            gb * 1_000_000_000_u64,
            "{plan}"
        );
        assert_eq!(hotspot["after_cap_kbps"], serde_json::Value::Null, "{plan}");
        assert_eq!(json["verdict"], "limited", "{plan}");
    }
    let json = plan_json("t-mobile", "t-mobile-prepaid-unlimited");
    let hotspot = &json["plan"]["hotspot"];
    assert_eq!(hotspot["included"], true);
    assert_eq!(hotspot["high_speed_bytes"], 0);
    assert_eq!(hotspot["speed_cap_unknown"], true, "held to '3G speeds'");
}

#[test]
fn connect_turns_data_off_once_the_bucket_is_used() {
    let json = plan_json("t-mobile", "connect-by-t-mobile");
    assert_eq!(json["plan"]["hotspot"]["after_cap_kbps"], 0);
    assert_eq!(json["plan"]["hotspot"]["included"], true);
}

#[test]
fn verizon_welcome_has_no_hotspot_but_a_100gb_perk() {
    let json = plan_json("verizon", "unlimited-welcome");
    assert_eq!(json["verdict"], "no");
    let (_, plan) = support::kb_plan("verizon", "unlimited-welcome");
    assert_eq!(plan.add_ons.len(), 1);
    assert_eq!(plan.add_ons[0].price.as_deref(), Some("$10/month"));
    assert_eq!(
        plan.add_ons[0].adds,
        Some(esim_hotspot::units::Allowance::Bytes(100_000_000_000))
    );
}

#[test]
fn at_least_72_plans_have_a_known_allowance_and_278_phones_are_known() {
    let out = support::run(&["kb", "stats", "--format", "json"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let json = out.json();
    let known = json["plans_with_known_allowance"].as_u64().unwrap();
    assert!(known >= 72, "{known} plans with a known hotspot allowance");
    assert!(json["devices"].as_u64().unwrap() >= 278, "{json}");
}

/// Each allowance added in December 2026, as the report gives it: carrier, plan, the
/// full-speed bytes (`None` for unlimited), and a fixed hotspot speed where the plan has one.
const DECEMBER_2026_ALLOWANCES: &[(&str, &str, Option<u64>, Option<u64>)] = &[
    ("att", "value-2-0", Some(3_000_000_000), None),
    ("att", "extra-2-0", Some(50_000_000_000), None),
    ("att", "premium-2-0", Some(100_000_000_000), None),
    ("att", "unlimited-55-plus", Some(10_000_000_000), None),
    ("google-fi", "unlimited-essentials", Some(0), None),
    (
        "google-fi",
        "unlimited-standard",
        Some(25_000_000_000),
        None,
    ),
    ("google-fi", "unlimited-premium", Some(50_000_000_000), None),
    ("mint", "unlimited", Some(10_000_000_000), None),
    ("tello", "unlimited", Some(10_000_000_000), None),
    ("us-mobile", "unlimited-starter", Some(20_000_000_000), None),
    (
        "straight-talk",
        "gold-unlimited",
        Some(30_000_000_000),
        None,
    ),
    ("straight-talk", "platinum-unlimited", None, None),
    ("boost", "unlimited-plus", Some(40_000_000_000), None),
    ("cricket", "unlimited-plus", Some(30_000_000_000), None),
    ("visible", "visible-base", None, Some(5_000)),
    ("visible", "visible-plus", None, Some(10_000)),
    ("t-mobile", "experience-beyond-value", None, None),
];

#[test]
fn each_december_2026_allowance_reads_back_through_check() {
    for &(carrier, plan, bytes, speed_cap_kbps) in DECEMBER_2026_ALLOWANCES {
        let json = plan_json(carrier, plan);
        let hotspot = &json["plan"]["hotspot"];
        match bytes {
            Some(bytes) => assert_eq!(hotspot["high_speed_bytes"], bytes, "{carrier}/{plan}"),
            None => assert_eq!(hotspot["unlimited"], true, "{carrier}/{plan}"),
        }
        assert_eq!(
            hotspot["speed_cap_kbps"].as_u64(),
            speed_cap_kbps,
            "{carrier}/{plan}"
        );
        assert!(
            json["plan"]["source"]
                .as_str()
                .unwrap()
                .starts_with("https://"),
            "{carrier}/{plan}"
        );
    }
}

#[test]
fn verizon_ultimate_names_both_after_cap_speeds() {
    let json = plan_json("verizon", "unlimited-ultimate");
    let hotspot = &json["plan"]["hotspot"];
    assert_eq!(hotspot["after_cap_kbps"], 600);
    assert_eq!(hotspot["after_cap_better"]["kbps"], 6000);
    assert_eq!(hotspot["after_cap_better"]["on"], "5G Ultra Wideband");
    let text = support::run(&["cap", "ultimate", "--carrier", "verizon"]);
    assert!(
        text.stdout
            .contains("then 600 kbps (6 Mbps on 5G Ultra Wideband)"),
        "{}",
        text.stdout
    );
}
