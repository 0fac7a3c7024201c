//! Values as people type them: any case, the usual synonyms, sizes as they are said.

mod support;

use support::run;

#[test]
fn choices_take_any_case_and_the_usual_words() {
    let base = [
        "check",
        "--carrier",
        "verizon",
        "--plan",
        "ultimate",
        "--format",
        "JSON",
    ];
    let same = |extra: &[&str], canonical: &[&str]| {
        let typed = run(&[&base[..], extra].concat());
        let plain = run(&[&base[..], canonical].concat());
        assert_eq!(typed.code, plain.code, "{extra:?}: {}", typed.stderr);
        // The repeated command line keeps what was typed; the answer is the same.
        let answer = |out: &support::Outcome| {
            let mut json = out.json();
            json["command"] = serde_json::Value::Null;
            json
        };
        assert_eq!(answer(&typed), answer(&plain), "{extra:?}");
    };
    same(&["--os", "iOS"], &["--os", "ios"]);
    same(&["--os", "iPhone"], &["--os", "ios"]);
    same(&["--os", "安卓"], &["--os", "android"]);
    same(&["--roaming", "yes"], &["--roaming", "true"]);
    same(&["--roaming", "OFF"], &["--roaming", "false"]);
    same(&["--lock", "no"], &["--lock", "unlocked"]);
    same(&["--lock", "Locked"], &["--lock", "locked"]);
    same(&["--lock", "SIM locked"], &["--lock", "locked"]);
    same(&["--lock", "carrier-locked"], &["--lock", "locked"]);
    same(&["--esim", "Active"], &["--esim", "active"]);
    same(&["--esim", "on"], &["--esim", "active"]);
    same(&["--used", "5 gigs"], &["--used", "5GB"]);
    // The system with its version, as people say them.
    let ios_17 = ["--os", "ios", "--os-version", "17.4"];
    same(&["--os", "iOS 17.4"], &ios_17);
    same(&["--os", "iOS", "17.4"], &ios_17);
    same(&["--os=iPhone 17.4"], &ios_17);
    same(
        &["--os", "安卓 14"],
        &["--os", "android", "--os-version", "14"],
    );
    same(&["--used", "２GB"], &["--used", "2GB"]);
    // Nothing used needs no unit.
    same(&["--used", "0"], &["--used", "0GB"]);
    // A size typed without quotes arrives as two words.
    same(&["--used", "5", "GB"], &["--used", "5GB"]);
    same(&["--used=2.5", "gigs"], &["--used", "2.5GB"]);
    same(&["--hotspot-cap", "15", "GB"], &["--hotspot-cap", "15GB"]);
    same(&["--after-cap", "600", "kbps"], &["--after-cap", "600kbps"]);
    // What the phone's own screen says, copied as it is shown.
    same(&["--lock", "No SIM restrictions"], &["--lock", "unlocked"]);
    same(&["--lock", "无SIM卡限制"], &["--lock", "unlocked"]);
    same(&["--lock", "无 SIM 卡限制"], &["--lock", "unlocked"]);
    same(&["--bought-in", "Hong Kong"], &["--bought-in", "hk"]);
    same(&["--bought-in", "Mainland China"], &["--bought-in", "cn"]);
    // A market that is none of the four, as a visitor names it.
    same(&["--bought-in", "台版"], &["--bought-in", "other"]);
    same(&["--bought-in", "Japan"], &["--bought-in", "other"]);
    same(
        &["--security", "WPA2/WPA3 Personal"],
        &["--security", "wpa2-wpa3"],
    );
    same(&["--esim", "turned on"], &["--esim", "active"]);
    // Yes and no as people write them, in Chinese too; and "unknown" as for every choice.
    same(&["--roaming", "Y"], &["--roaming", "true"]);
    same(&["--roaming", "否"], &["--roaming", "false"]);
    same(&["--has-esim", "有"], &["--has-esim", "true"]);
    same(&["--roaming", "unknown"], &[]);
}

/// A plan's kind in its other spellings, as the Chinese table words it, and a legacy plan as
/// US customers call one.
#[test]
fn plans_kinds_read_as_people_spell_them() {
    let rows = |kind: &str| {
        let out = run(&["plans", "--kind", kind, "--format", "json"]);
        assert_eq!(out.code, 0, "{kind}: {}", out.stderr);
        out.stdout
    };
    assert_eq!(rows("pre-paid"), rows("prepaid"));
    assert_eq!(rows("Post-Paid"), rows("postpaid"));
    assert_eq!(rows("grandfathered"), rows("legacy"));
    assert_eq!(rows("预付费"), rows("prepaid"));
    assert_eq!(rows("舊套餐"), rows("legacy"));
    assert_ne!(rows("prepaid"), rows("legacy"));
}

/// A decimal comma, as much of the world writes one, is answered with the value to type.
#[test]
fn a_decimal_comma_is_answered_with_the_value_to_type() {
    let out = run(&["cap", "Go5G Plus", "--used", "1,5GB"]);
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("(write 1.5GB)"), "{}", out.stderr);
    let out = run(&["cap", "Go5G Plus", "--used", "1,5GB", "--lang", "zh"]);
    assert!(out.stderr.contains("请写 1.5GB"), "{}", out.stderr);
}

/// The figure as a carrier's app shows it, pasted: the used part is read, and what is left
/// is refused rather than read as used.
#[test]
fn data_used_is_read_as_an_app_shows_it() {
    let plain = run(&["cap", "Go5G Plus", "--used", "5.2GB", "--format", "json"]);
    assert_eq!(plain.code, 0, "{}", plain.stderr);
    for pasted in [
        "5.2 GB used",
        "Used 5.2 GB of 50 GB",
        "5.2GB/50GB",
        "已用 5.2GB",
    ] {
        let out = run(&["cap", "Go5G Plus", "--used", pasted, "--format", "json"]);
        assert_eq!(out.code, 0, "{pasted}: {}", out.stderr);
        assert_eq!(out.stdout, plain.stdout, "{pasted}");
    }
    for left in ["25 GB left", "25GB remaining", "剩余 25GB"] {
        let out = run(&["cap", "Go5G Plus", "--used", left]);
        assert_eq!(out.code, 2, "{left}: {}", out.stdout);
        assert!(
            out.stderr.contains("is what is left"),
            "{left}: {}",
            out.stderr
        );
    }
    let zh = run(&["--lang", "zh", "cap", "Go5G Plus", "--used", "还剩 25GB"]);
    assert!(zh.stderr.contains("是剩余流量"), "{}", zh.stderr);
}

/// "iphone" names a family: the newest of it are offered, with the command that lists it,
/// not the closest spellings (which were the oldest iPhones).
#[test]
fn a_family_name_offers_its_newest_phones() {
    let out = run(&["check", "--device", "iphone"]);
    assert_eq!(out.code, 2, "{}", out.stdout);
    assert!(
        out.stderr
            .contains("`esim-hotspot devices iphone` lists them all"),
        "{}",
        out.stderr
    );
    let listed = run(&["devices", "iphone", "--format", "json"]);
    let listed: serde_json::Value = serde_json::from_str(&listed.stdout).unwrap();
    let devices = listed["devices"].as_array().unwrap();
    assert!(
        out.stderr
            .contains(&format!("3 of {}, the newest", devices.len())),
        "{}",
        out.stderr
    );
    let newest = devices
        .iter()
        .filter_map(|d| d["year"].as_u64())
        .max()
        .unwrap();
    let offered: Vec<&serde_json::Value> = devices
        .iter()
        .filter(|d| {
            out.stderr
                .contains(&format!("({})", d["id"].as_str().unwrap()))
        })
        .collect();
    assert_eq!(offered.len(), 3, "{}", out.stderr);
    for device in offered {
        assert_eq!(device["year"].as_u64(), Some(newest), "{device}");
    }
    // A model's name, or a name a few phones begin with, is answered as before.
    let model = run(&["check", "--device", "iphone 15"]);
    assert!(model.stdout.contains("iPhone 15"), "{}", model.stderr);
    assert!(
        !model.stderr.contains("names more than one"),
        "{}",
        model.stderr
    );
    let zh = run(&["--lang", "zh", "check", "--device", "galaxy s2"]);
    assert!(
        zh.stderr
            .contains("`esim-hotspot devices 'galaxy s2'` 会列出全部"),
        "{}",
        zh.stderr
    );
}

/// The steps need only the phone's family when all its phones share them.
#[test]
fn steps_for_a_family_name_are_the_familys() {
    for (family, platform) in [
        ("iphone", "ios"),
        ("galaxy", "samsung"),
        ("pixel", "android"),
    ] {
        let named = run(&["steps", "--device", family]);
        assert_eq!(named.code, 0, "{family}: {}", named.stderr);
        let by_platform = run(&["steps", "--platform", platform]);
        assert_eq!(named.stdout, by_platform.stdout, "{family}");
    }
}

#[test]
fn a_size_in_two_words_keeps_the_plan_named_after_it() {
    let split = run(&["cap", "--used", "10", "GB", "Go5G Plus", "--format", "json"]);
    assert_eq!(split.code, 0, "{}", split.stderr);
    let joined = run(&["cap", "--used", "10GB", "Go5G Plus", "--format", "json"]);
    assert_eq!(split.stdout, joined.stdout);
    // A unit after anything but a size flag's number is left for clap to refuse.
    let stray = run(&["check", "--carrier", "5", "GB"]);
    assert_eq!(stray.code, 2);
    assert!(stray.stderr.contains("'GB'"), "{}", stray.stderr);
}

#[test]
fn a_yes_or_no_flag_refuses_anything_else_with_its_choices() {
    let out = run(&["check", "--roaming", "mexico"]);
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("mexico"), "{}", out.stderr);
    assert!(out.stderr.contains("yes, no, unknown"), "{}", out.stderr);
}

#[test]
fn other_commands_take_any_case_too() {
    let steps = run(&["steps", "--platform", "iphone"]);
    assert_eq!(steps.code, 0, "{}", steps.stderr);
    assert_eq!(steps.stdout, run(&["steps", "--platform", "ios"]).stdout);
    let plans = run(&["plans", "--kind", "Prepaid", "--format", "Json"]);
    assert_eq!(plans.code, 0, "{}", plans.stderr);
    assert_eq!(
        plans.stdout,
        run(&["plans", "--kind", "prepaid", "--format", "json"]).stdout
    );
    assert_eq!(
        run(&["--color", "NEVER", "plans", "--carrier", "mint"]).code,
        0
    );
}

#[test]
fn suggestions_put_plans_still_sold_first() {
    use esim_hotspot::kb::names::closest;
    use esim_hotspot::kb::Library;
    let library = Library::embedded();
    let mut checked = 0;
    for carrier in library.carriers().unwrap() {
        for query in ["unlimited", "premium", "plus", "extra", "max"] {
            let labels = closest(&carrier.plans, query);
            let current: Vec<bool> = labels
                .iter()
                .map(|label| {
                    let id = label.rsplit_once(" (").unwrap().1.trim_end_matches(')');
                    carrier
                        .plans
                        .iter()
                        .find(|p| p.id == id)
                        .unwrap()
                        .is_current()
                })
                .collect();
            let mut sorted = current.clone();
            sorted.sort_by(|a, b| b.cmp(a));
            assert_eq!(current, sorted, "{} {query}: {labels:?}", carrier.id);
            checked += usize::from(current.contains(&true) && current.contains(&false));
        }
    }
    assert!(checked > 0, "some list mixes current and legacy plans");
}

#[test]
fn sizes_in_gib_are_read_as_binary_and_said_so() {
    let json = run(&[
        "check",
        "--carrier",
        "verizon",
        "--plan",
        "ultimate",
        "--used",
        "5 GiB",
        "--format",
        "json",
    ])
    .json();
    let cap = json["plan"]["hotspot"]["high_speed_bytes"]
        .as_u64()
        .unwrap();
    assert_eq!(json["remaining_bytes"], cap - 5 * (1u64 << 30));
    let text = run(&[
        "check",
        "--carrier",
        "verizon",
        "--plan",
        "ultimate",
        "--used",
        "5GiB",
    ]);
    assert!(
        text.stdout.contains("5 GiB, as given, is 5.37 GB"),
        "{}",
        text.stdout
    );
    let decimal = run(&[
        "check",
        "--carrier",
        "verizon",
        "--plan",
        "ultimate",
        "--used",
        "5GB",
    ]);
    assert!(!decimal.stdout.contains("GiB"), "{}", decimal.stdout);
    let cap = run(&["cap", "Go5G Plus", "--used", "5 gib"]);
    assert!(cap.stdout.contains("5 GiB, as given"), "{}", cap.stdout);
}

#[test]
fn a_plan_name_that_begins_others_says_what_else_it_could_mean() {
    let out = run(&[
        "check",
        "--carrier",
        "att",
        "--plan",
        "Unlimited Premium",
        "--format",
        "json",
    ]);
    let json = out.json();
    assert_eq!(json["plan"]["id"], "unlimited-premium");
    let others: Vec<&str> = json["also_meant"]
        .as_array()
        .expect("also_meant")
        .iter()
        .map(|p| p["id"].as_str().unwrap())
        .collect();
    assert!(others.contains(&"unlimited-premium-pl"), "{others:?}");
    let text = run(&["cap", "unlimited premium", "--carrier", "att"]);
    assert!(
        text.stdout
            .contains("could also mean AT&T Unlimited Premium PL"),
        "{}",
        text.stdout
    );
    let exact = run(&[
        "check",
        "--carrier",
        "verizon",
        "--plan",
        "unlimited ultimate",
        "--format",
        "json",
    ]);
    assert!(exact.json().get("also_meant").is_none());
}

/// A phone named with its storage or its network after the model, as it is sold and as people
/// write it, is the model; a name that ends in 5G is still itself.
#[test]
fn a_phone_named_with_its_storage_or_5g_is_the_model() {
    let id = |name: &str| {
        let out = run(&["check", "--device", name, "--format", "json"]);
        assert_ne!(out.code, 2, "{name}: {}", out.stderr);
        out.json()["device"]["id"].as_str().unwrap().to_string()
    };
    assert_eq!(id("iPhone 15 Pro Max 256GB"), "iphone-15-pro-max");
    assert_eq!(id("iPhone 15 Pro 1 TB"), "iphone-15-pro");
    // A model that ends in a number, then its storage: not "15 256GB" read as one size.
    assert_eq!(id("iphone 15 256gb"), "iphone-15");
    assert_eq!(id("iPhone 16 128 GB"), "iphone-16");
    assert_eq!(id("Pixel 9 256GB 5G"), "pixel-9");
    assert_eq!(id("Galaxy S24 Ultra 5G"), "galaxy-s24-ultra");
    assert_eq!(id("Galaxy S24 Ultra 512GB 5G"), "galaxy-s24-ultra");
    assert_eq!(id("moto g54 5G"), "motorola-g54-5g");
    // "PM" for Pro Max, as Chinese shoppers write it.
    assert_eq!(id("iphone 15 pm"), "iphone-15-pro-max");
    let storage_alone = run(&["check", "--device", "256GB"]);
    assert_eq!(storage_alone.code, 2);
    assert!(
        storage_alone.stderr.contains("\"256GB\""),
        "{}",
        storage_alone.stderr
    );
}

/// A plan named after its carrier, as people write it, is found without --carrier; the
/// carrier's name alone is still no plan.
#[test]
fn a_plan_named_after_its_carrier_is_found() {
    let plan = |args: &[&str]| {
        let out = run(args);
        assert_ne!(out.code, 2, "{args:?}: {}", out.stderr);
        let json = out.json();
        let carrier = json["carrier"]["id"].as_str().unwrap().to_string();
        (carrier, json["plan"]["id"].as_str().unwrap().to_string())
    };
    let verizon_ultimate = ("verizon".to_string(), "unlimited-ultimate".to_string());
    let cap = |name| plan(&["cap", name, "--format", "json"]);
    assert_eq!(cap("Verizon Unlimited Ultimate"), verizon_ultimate);
    assert_eq!(cap("big red ultimate"), verizon_ultimate);
    assert_eq!(
        cap("T-Mobile Go5G Plus"),
        ("t-mobile".to_string(), "go5g-plus".to_string())
    );
    let with_carrier = [
        "check",
        "--carrier",
        "verizon",
        "--plan",
        "verizon unlimited ultimate",
    ];
    assert_eq!(
        plan(&[&with_carrier[..], &["--format", "json"]].concat()),
        verizon_ultimate
    );
    // The carrier's name in the plan's own alias ("mint 15gb"), written in full.
    assert_eq!(
        cap("Mint Mobile 15GB"),
        ("mint".to_string(), "limited-data-plans".to_string())
    );
    // Or left out, with the carrier given apart: its name is put back.
    for args in [
        &["cap", "15GB", "--carrier", "mint", "--format", "json"][..],
        &[
            "check",
            "--carrier",
            "mint",
            "--plan",
            "15 GB",
            "--format",
            "json",
        ],
    ] {
        assert_eq!(
            plan(args),
            ("mint".to_string(), "limited-data-plans".to_string())
        );
    }
    let carrier_alone = run(&["cap", "Verizon"]);
    assert_eq!(carrier_alone.code, 2);
    assert!(
        carrier_alone.stderr.contains("no plan called"),
        "{}",
        carrier_alone.stderr
    );
    // A carrier's name, then no plan of its: its plans are suggested, and where to see them.
    let unknown = run(&["cap", "US Mobile unlimited"]);
    assert_eq!(unknown.code, 2);
    assert!(
        unknown
            .stderr
            .contains("Unlimited Starter (unlimited-starter)")
            && unknown
                .stderr
                .contains("`esim-hotspot plans --carrier us-mobile`")
            && !unknown.stderr.contains("AT&T"),
        "{}",
        unknown.stderr
    );
}

/// `devices --esim` takes yes and no as the other yes-or-no flags do.
#[test]
fn the_devices_esim_filter_takes_yes_and_no_as_people_write_them() {
    let listed = |answer: &str| {
        let out = run(&[
            "devices", "--maker", "samsung", "--esim", answer, "--format", "json",
        ]);
        assert_eq!(out.code, 0, "{answer}: {}", out.stderr);
        out.stdout
    };
    assert_eq!(listed("是"), listed("true"));
    assert_eq!(listed("No"), listed("false"));
    assert_ne!(listed("yes"), listed("no"));
}

/// `steps` takes its platform and connection in Chinese too, as `check --os` does.
#[test]
fn steps_take_a_platform_and_connection_in_chinese() {
    let same = |typed: &[&str], plain: &[&str]| {
        let typed_out = run(&[&["steps"][..], typed].concat());
        assert_eq!(typed_out.code, 0, "{typed:?}: {}", typed_out.stderr);
        assert_eq!(
            typed_out.stdout,
            run(&[&["steps"][..], plain].concat()).stdout,
            "{typed:?}"
        );
    };
    same(&["--platform", "安卓"], &["--platform", "android"]);
    same(&["--platform", "三星"], &["--platform", "samsung"]);
    same(
        &["--platform", "苹果", "--via", "蓝牙"],
        &["--platform", "ios", "--via", "bluetooth"],
    );
    same(&["--via", "数据线"], &["--via", "usb"]);
}

/// `devices` searches a name with its storage as the model, as `--device` finds it.
#[test]
fn devices_search_a_name_with_its_storage_as_the_model() {
    let out = run(&["devices", "iphone 15 pro max 256gb", "--format", "json"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let ids: Vec<String> = out.json()["devices"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(ids, ["iphone-15-pro-max"]);
}
