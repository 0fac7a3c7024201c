//! `cap` and `plans` against real KB plans; expected values come from the data files.

mod support;

use esim_hotspot::kb::model::{PlanKind, Tri};
use esim_hotspot::kb::Library;
use esim_hotspot::units::{Allowance, Known};
use support::{kb_plan, run};

fn cap_json(args: &[&str]) -> serde_json::Value {
    let mut all = vec!["cap", "--format", "json"];
    all.extend_from_slice(args);
    let out = run(&all);
    assert_eq!(out.code, 0, "{}", out.stderr);
    out.json()
}

fn cap_bytes(carrier: &str, plan: &str) -> u64 {
    match kb_plan(carrier, plan).1.hotspot.high_speed {
        Known::Known(Allowance::Bytes(b)) => b,
        other => panic!("{plan} has no byte cap in the KB: {other:?}"),
    }
}

#[test]
fn cap_gives_the_plans_hotspot_in_words_and_numbers() {
    let (_, plan) = kb_plan("verizon", "beyond-unlimited");
    let json = cap_json(&["Beyond Unlimited"]);
    assert_eq!(json["plan"]["id"], "beyond-unlimited");
    assert_eq!(
        json["plan"]["hotspot"]["high_speed_bytes"],
        cap_bytes("verizon", "beyond-unlimited")
    );
    assert_eq!(json["plan"]["source"], plan.source.as_str());
    let text = run(&["cap", "beyond unlimited"]);
    assert!(
        text.stdout
            .contains("15 GB at full speed per month, then 600 kbps"),
        "{}",
        text.stdout
    );
    assert!(text.stdout.contains("checked 2026-"), "{}", text.stdout);
}

#[test]
fn a_plan_name_under_several_carriers_asks_which() {
    let out = run(&["cap", "Unlimited Plus"]);
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("--carrier att"), "{}", out.stderr);
    assert!(out.stderr.contains("--carrier verizon"), "{}", out.stderr);
    let json = cap_json(&["Unlimited Plus", "--carrier", "verizon"]);
    assert_eq!(json["carrier"]["id"], "verizon");
}

#[test]
fn what_is_left_and_the_daily_budget() {
    let cap = cap_bytes("verizon", "beyond-unlimited");
    let used = cap / 3;
    let json = cap_json(&[
        "beyond-unlimited",
        "--used",
        &format!("{used}B"),
        "--days-left",
        "4",
    ]);
    assert_eq!(json["used_bytes"], used);
    assert_eq!(json["remaining_bytes"], cap - used);
    assert_eq!(json["daily_budget_bytes"], (cap - used) / 4);
    let hours = json["hours"].as_object().unwrap();
    assert!(!hours.is_empty(), "hours for each activity");
    for (id, h) in hours {
        let per_hour = json["usage_sources"][id]["per_hour_bytes"]
            .as_f64()
            .unwrap();
        let factor = if json["usage_sources"][id]["both_directions"] == true {
            2.0
        } else {
            1.0
        };
        let expected = (cap - used) as f64 / (per_hour * factor);
        assert!((h.as_f64().unwrap() - expected).abs() < 1e-6, "{id}");
        assert!(json["usage_sources"][id]["source"]
            .as_str()
            .unwrap()
            .starts_with("http"));
    }
}

#[test]
fn the_cap_used_up_or_overrun_leaves_nothing() {
    let cap = cap_bytes("verizon", "beyond-unlimited");
    for used in [cap, cap * 2] {
        let json = cap_json(&[
            "beyond-unlimited",
            "--used",
            &format!("{used}B"),
            "--days-left",
            "1",
        ]);
        assert_eq!(json["remaining_bytes"], 0);
        assert_eq!(json["daily_budget_bytes"], 0);
    }
    let text = run(&["cap", "beyond-unlimited", "--used", "99GB"]);
    assert!(text.stdout.contains("used up"), "{}", text.stdout);
}

#[test]
fn the_last_day_of_the_cycle_gets_everything_left() {
    let cap = cap_bytes("verizon", "beyond-unlimited");
    let json = cap_json(&["beyond-unlimited", "--used", "5GB", "--days-left", "1"]);
    assert_eq!(json["daily_budget_bytes"], cap - 5_000_000_000);
}

#[test]
fn a_plan_without_hotspot_has_no_budget() {
    let (_, plan) = kb_plan("att", "unlimited-choice-2017");
    assert_eq!(plan.hotspot.included, Tri::False);
    let json = cap_json(&["unlimited-choice-2017", "--used", "1GB"]);
    assert!(json.get("remaining_bytes").is_none());
    assert!(json["budget_note"].as_str().unwrap().contains("no hotspot"));
    assert_eq!(json["plan"]["hotspot"]["included"], false);
}

/// A plan whose hotspot runs at the reduced speed from the first byte has no full-speed
/// budget: not "5 GB of 0 B, all used up".
#[test]
fn a_plan_with_no_full_speed_hotspot_has_no_budget() {
    let (_, plan) = kb_plan("t-mobile", "essentials");
    assert_eq!(plan.hotspot.full_speed().get(), Some(Allowance::Bytes(0)));
    let json = cap_json(&["Essentials", "--carrier", "t-mobile", "--used", "5GB"]);
    assert!(json.get("remaining_bytes").is_none(), "{json}");
    let note = json["budget_note"].as_str().unwrap();
    assert!(note.contains("no full-speed hotspot data"), "{note}");
}

#[test]
fn an_unknown_cap_says_so_rather_than_guess() {
    let json = cap_json(&["Unlimited Starter SL", "--used", "1GB"]);
    assert!(json.get("remaining_bytes").is_none());
    assert!(json["budget_note"].as_str().unwrap().contains("not known"));
}

#[test]
fn bad_budget_input_is_refused() {
    for args in [
        vec!["cap", "beyond-unlimited", "--used", "-1GB"],
        vec![
            "cap",
            "beyond-unlimited",
            "--used",
            "2GB",
            "--days-left",
            "0",
        ],
        vec![
            "cap",
            "beyond-unlimited",
            "--used",
            "2GB",
            "--cycle-day",
            "32",
        ],
        vec![
            "cap",
            "beyond-unlimited",
            "--days-left",
            "3",
            "--cycle-day",
            "3",
        ],
        vec!["cap", "no-such-plan"],
    ] {
        let out = run(&args);
        assert_eq!(out.code, 2, "{args:?}: {}", out.stdout);
        assert!(!out.stderr.is_empty());
    }
}

#[test]
fn plans_lists_every_plan_by_default() {
    let library = Library::embedded();
    let total: usize = library
        .carriers()
        .unwrap()
        .iter()
        .map(|c| c.plans.len())
        .sum();
    let out = run(&["plans", "--format", "json"]);
    assert_eq!(out.json().as_array().unwrap().len(), total);
}

#[test]
fn plans_filters_by_carrier_kind_and_minimum() {
    let rows = run(&[
        "plans",
        "--carrier",
        "T-Mobile",
        "--kind",
        "legacy",
        "--format",
        "json",
    ])
    .json();
    let tmobile = Library::embedded().carrier("t-mobile").unwrap().unwrap();
    let legacy = tmobile
        .plans
        .iter()
        .filter(|p| p.kind == PlanKind::Legacy)
        .count();
    assert_eq!(rows.as_array().unwrap().len(), legacy);
    assert!(rows
        .as_array()
        .unwrap()
        .iter()
        .all(|r| r["carrier"]["id"] == "t-mobile" && r["plan"]["kind"] == "legacy"));

    let big = run(&["plans", "--min-hotspot", "30 GB", "--format", "json"]).json();
    // A size is read as people say it, here as at every other flag.
    for said in ["30 gigs", "30gig", "３０ＧＢ", "30 gigabytes"] {
        let same = run(&["plans", "--min-hotspot", said, "--format", "json"]);
        assert_eq!(same.code, 0, "{said}: {}", same.stderr);
        assert_eq!(same.json(), big, "{said}");
    }
    let network = run(&["plans", "--min-hotspot", "5G"]);
    assert_eq!(network.code, 2);
    assert!(network.stderr.contains("5GB"), "{}", network.stderr);
    for row in big.as_array().unwrap() {
        let bytes = row["hotspot"]["high_speed_bytes"].as_u64();
        let unlimited = row["hotspot"]["unlimited"] == true;
        assert!(unlimited || bytes.unwrap() >= 30_000_000_000, "{row}");
    }
    assert!(big
        .as_array()
        .unwrap()
        .iter()
        .any(|r| r["plan"]["id"] == "unlimited-ultimate"));
    assert!(!big
        .as_array()
        .unwrap()
        .iter()
        .any(|r| r["plan"]["id"] == "beyond-unlimited"));
}

#[test]
fn plans_sorted_by_hotspot_put_the_biggest_first_and_unknown_last() {
    let rows = run(&["plans", "--sort", "hotspot", "--format", "json"]).json();
    let sizes: Vec<f64> = rows
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            match (
                r["hotspot"]["unlimited"].as_bool(),
                r["hotspot"]["high_speed_bytes"].as_f64(),
            ) {
                (Some(true), _) => f64::INFINITY,
                (_, Some(b)) => b,
                _ => -1.0,
            }
        })
        .collect();
    assert!(sizes.windows(2).all(|w| w[0] >= w[1]), "{sizes:?}");
}

/// The usual order: carriers by name, whatever their case; within one, the plans on sale
/// before those kept for the people still on them, each part by name.
#[test]
fn plans_go_by_carrier_then_on_sale_then_name() {
    let rows = run(&["plans", "--format", "json"]).json();
    let keys: Vec<(String, bool, String)> = rows
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["carrier"]["name"].as_str().unwrap().to_lowercase(),
                r["plan"]["kind"] == "legacy",
                r["plan"]["name"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert!(keys.windows(2).all(|w| w[0] <= w[1]), "{keys:#?}");
    let carriers: std::collections::BTreeSet<&str> = keys.iter().map(|k| k.0.as_str()).collect();
    assert!(carriers.len() > 10);
    assert!(keys.iter().any(|k| k.1) && keys.iter().any(|k| !k.1));
}

/// `cap` with a carrier and no plan points at that carrier's plans, in either language;
/// with nothing named, at all of them.
#[test]
fn cap_without_a_plan_says_where_to_find_one() {
    let of_att = run(&["cap", "--carrier", "att"]);
    assert_eq!(of_att.code, 2);
    assert!(
        of_att.stderr.contains("AT&T's plans")
            && of_att.stderr.contains("`esim-hotspot plans --carrier att`"),
        "{}",
        of_att.stderr
    );
    let in_chinese = run(&["cap", "--carrier", "att", "--lang", "zh"]);
    assert!(
        in_chinese.stderr.contains("AT&T 的一个套餐"),
        "{}",
        in_chinese.stderr
    );
    let of_none = run(&["cap"]);
    assert_eq!(of_none.code, 2);
    assert!(
        of_none.stderr.contains("`esim-hotspot plans` lists"),
        "{}",
        of_none.stderr
    );
}

#[test]
fn plans_esim_filter_keeps_only_esim_plans() {
    let rows = run(&["plans", "--esim", "--format", "json"]).json();
    assert!(rows.as_array().unwrap().iter().all(|r| r["esim"] == true));
}

#[test]
fn the_piped_table_lines_up_without_borders_or_colour() {
    let out = run(&["plans", "--carrier", "verizon"]);
    assert_eq!(out.code, 0);
    assert!(!out.stdout.contains('\x1b') && !out.stdout.contains('│'));
    let lines: Vec<&str> = out.stdout.lines().collect();
    let header = lines[0];
    let column = header.find("Verified").unwrap();
    for line in &lines[1..] {
        assert_eq!(
            line.get(column..column + 4),
            Some("2026"),
            "aligned: {line}"
        );
    }
    let none = run(&["plans", "--carrier", "verizon", "--min-hotspot", "5000GB"]);
    assert!(none.stdout.contains("no plans match"));
    assert_eq!(run(&["plans", "--min-hotspot", "-5GB"]).code, 2);
}

#[test]
fn plans_say_which_speeds_are_the_carriers_general_rule_or_unknown() {
    let library = Library::embedded();
    let rows = run(&["plans", "--format", "json"]).json();
    let mut general = 0;
    for row in rows.as_array().unwrap() {
        let carrier = library
            .carrier(row["carrier"]["id"].as_str().unwrap())
            .unwrap()
            .unwrap();
        let plan = carrier
            .plans
            .iter()
            .find(|p| row["plan"]["id"] == p.id.as_str())
            .unwrap();
        let from_carrier = plan.hotspot.included != Tri::False
            && plan.hotspot.after_cap == Known::Unknown
            && carrier.policy.after_cap != Known::Unknown;
        let hotspot = &row["hotspot"];
        assert_eq!(
            hotspot["after_cap_is_carriers_rule"], from_carrier,
            "{}",
            plan.id
        );
        assert_eq!(
            hotspot["speed_cap_unknown"],
            plan.hotspot.speed_cap == Some(Known::Unknown),
            "{}",
            plan.id
        );
        if from_carrier && hotspot["high_speed_bytes"].as_u64().is_some_and(|b| b > 0) {
            general += 1;
            assert!(
                row["allowance"].as_str().unwrap().contains("not confirmed"),
                "{row}"
            );
        }
    }
    assert!(
        general > 0,
        "some plan in the KB leans on its carrier's rule"
    );
    let table = run(&["plans", "--carrier", "att"]).stdout;
    assert!(table.contains("kbps *"), "{table}");
    assert!(table.contains("\n* the carrier's usual"), "{table}");
    let verizon = run(&["plans", "--carrier", "verizon"]).stdout;
    assert!(!verizon.contains('*'), "{verizon}");
}

#[test]
fn travel_packs_take_the_sellers_prepaid_esim_answer() {
    let library = Library::embedded();
    let rows = run(&["plans", "--kind", "travel", "--format", "json"]).json();
    assert!(!rows.as_array().unwrap().is_empty());
    for row in rows.as_array().unwrap() {
        let carrier = library
            .carrier(row["carrier"]["id"].as_str().unwrap())
            .unwrap()
            .unwrap();
        assert_eq!(
            row["esim"],
            serde_json::json!(carrier.esim.prepaid.as_bool()),
            "{row}"
        );
    }
}

#[test]
fn cap_names_the_carrier_once_and_its_network() {
    let mint = run(&["cap", "mint-unlimited", "--carrier", "mint"]).stdout;
    let title = mint.lines().next().unwrap();
    assert!(title.starts_with("Mint Unlimited"), "{title}");
    let network = &Library::embedded()
        .carrier("mint")
        .unwrap()
        .unwrap()
        .network;
    assert!(mint.contains(&format!("Network: {network}")), "{mint}");
    let verizon = run(&["cap", "ultimate", "--carrier", "verizon"]).stdout;
    assert!(
        verizon.starts_with("Verizon Unlimited Ultimate"),
        "{verizon}"
    );
    assert!(
        !verizon.contains("Network:"),
        "Verizon rides on its own network"
    );
}

/// The run-out day at a slow pace: 19 bytes on the first day of a 15 GB cycle once gave
/// "runs out on 0844-06-13".
#[test]
fn a_slow_pace_lasts_until_the_reset() {
    let text = run(&[
        "cap",
        "Beyond Unlimited",
        "--used",
        "19B",
        "--cycle-day",
        "1",
    ]);
    assert_eq!(text.code, 0, "{}", text.stderr);
    assert!(!text.stdout.contains("runs out"), "{}", text.stdout);
    assert!(
        text.stdout
            .contains("the full-speed data lasts until the cycle resets on "),
        "{}",
        text.stdout
    );
    let json = cap_json(&["Beyond Unlimited", "--used", "19B", "--cycle-day", "1"]);
    assert_eq!(json["runs_out"], serde_json::Value::Null);
    assert_eq!(json["lasts_until_reset"], true);
}

/// A run-out day, when there is one, lies between today and the reset.
#[test]
fn a_fast_pace_runs_out_before_the_reset() {
    let cap = cap_bytes("verizon", "beyond-unlimited");
    let used = format!("{}B", cap - 1);
    for day in ["1", "15", "31"] {
        let json = cap_json(&["beyond-unlimited", "--used", &used, "--cycle-day", day]);
        let days_left = json["days_left"].as_i64().unwrap();
        match json["runs_out"].as_str() {
            Some(runs_out) => {
                let today = esim_hotspot::kb::date::Date::today();
                let runs_out = esim_hotspot::kb::date::Date::parse(runs_out).unwrap();
                let in_days = today.days_to(runs_out);
                assert!((0..days_left).contains(&in_days), "{day}: {json}");
                assert_eq!(json["lasts_until_reset"], false);
            }
            // On the cycle's first day the pace is all of it in one day: it still lasts.
            None => assert_eq!(json["lasts_until_reset"], true, "{day}: {json}"),
        }
    }
}

/// A user's knowledge base with one carrier, `hugetel`, and its one plan, `huge`.
fn one_plan_kb(high_speed: &str) -> tempfile::TempDir {
    let dir = tempfile::TempDir::new().unwrap();
    let carriers = dir.path().join("carriers");
    std::fs::create_dir_all(&carriers).unwrap();
    std::fs::write(
        carriers.join("hugetel.yaml"),
        format!(
            "id: hugetel
name: Huge Telecom
network: T-Mobile
esim:
  postpaid: true
  prepaid: true
  source: https://www.example.com/hugetel/
  verified: 2026-11-25
policy:
  after_cap: 256kbps
  roaming_hotspot: blocked
  source: https://www.example.com/hugetel/
  verified: 2026-11-25
source: https://www.example.com/hugetel/
verified: 2026-11-25
plans:
  - id: huge
    name: Huge
    kind: prepaid
    hotspot:
      included: true
      high_speed: {high_speed}
      after_cap: 256kbps
    source: https://www.example.com/hugetel/
    verified: 2026-11-25
"
        ),
    )
    .unwrap();
    dir
}

/// The largest allowance a size can say, through a user's knowledge base: the arithmetic
/// saturates or says "lasts until the reset", never wraps or panics.
#[test]
fn the_largest_allowance_is_worked_out_without_overflow() {
    let dir = one_plan_kb("9223372036854775807B");
    for used in ["1B", "9223372036854775807B", "9000000000000000000B"] {
        for flag in [
            ["--cycle-day", "1"],
            ["--cycle-day", "31"],
            ["--days-left", "1"],
        ] {
            let out = support::run_in(
                dir.path(),
                &[
                    "cap", "huge", "--used", used, flag[0], flag[1], "--format", "json",
                ],
            );
            assert_eq!(out.code, 0, "{used} {flag:?}: {}", out.stderr);
            let json = out.json();
            assert!(json["remaining_bytes"].as_u64().is_some(), "{json}");
        }
    }
}

/// Less than a byte is a slip of the finger, not "no full-speed data".
#[test]
fn a_size_below_one_byte_is_refused() {
    let out = run(&["cap", "beyond-unlimited", "--used", "0.0000001B"]);
    assert_eq!(out.code, 2, "{}", out.stdout);
    assert!(
        out.stderr
            .contains("--used: \"0.0000001B\" is less than one byte (write 0B for none"),
        "{}",
        out.stderr
    );
    let dir = one_plan_kb("0.0000001B");
    let out = support::run_in(dir.path(), &["cap", "huge"]);
    assert_eq!(out.code, 2, "{}", out.stdout);
    assert!(
        out.stderr.contains("hugetel.yaml:22:19")
            && out.stderr.contains("\"0.0000001B\" is less than one byte"),
        "{}",
        out.stderr
    );
}

/// Today is the day on the person's clock. Kiritimati (UTC+14) and Pago Pago (UTC-11) are
/// always on different days, so a cycle that resets on Kiritimati's today has just begun
/// there and is a day or two from its end in Pago Pago.
#[test]
fn the_cycle_counts_from_the_local_date() {
    use esim_hotspot::kb::date::Date;
    use jiff::tz::TimeZone;
    const EAST: &str = "<+14>-14";
    const WEST: &str = "<-11>11";
    let days_left = |zone: &str, day: u8| -> i64 {
        let output = support::esim()
            .env("TZ", zone)
            .args([
                "cap",
                "beyond-unlimited",
                "--used",
                "1GB",
                "--format",
                "json",
            ])
            .args(["--cycle-day", &day.to_string()])
            .output()
            .unwrap();
        assert!(output.status.success(), "{output:?}");
        let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
        json["days_left"].as_i64().unwrap()
    };
    // A try again covers the run that crosses midnight in one of the zones.
    let ok = (0..2).any(|_| {
        let east_today = Date::on(jiff::Timestamp::now(), &TimeZone::posix(EAST).unwrap());
        let day = east_today.day();
        days_left(EAST, day) >= 28 && days_left(WEST, day) <= 2
    });
    assert!(ok, "the days left follow TZ");
}

/// Full-width digits, as a Chinese or Japanese keyboard types them, read as their ASCII
/// forms in the number flags as in sizes.
#[test]
fn number_flags_take_full_width_digits() {
    let ascii = cap_json(&["beyond-unlimited", "--used", "1GB", "--cycle-day", "3"]);
    let wide = cap_json(&["beyond-unlimited", "--used", "１ＧＢ", "--cycle-day", "３"]);
    assert_eq!(wide, ascii);
    let ascii = cap_json(&["beyond-unlimited", "--used", "1GB", "--days-left", "12"]);
    let wide = cap_json(&["beyond-unlimited", "--used", "1GB", "--days-left", "１２"]);
    assert_eq!(wide, ascii);
    assert_eq!(run(&["kb", "validate", "--max-age", "１８０００"]).code, 0);
    let out = run(&["cap", "beyond-unlimited", "--days-left", "三"]);
    assert_eq!(out.code, 2);
    assert!(
        out.stderr
            .contains("\"三\" is not a whole number (write it like 12)"),
        "{}",
        out.stderr
    );
    let out = run(&["cap", "beyond-unlimited", "--cycle-day", "３２"]);
    assert_eq!(out.code, 2);
    assert!(
        out.stderr
            .contains("\"32\" is not a day of the month (write 1 to 31)"),
        "{}",
        out.stderr
    );
}

/// The hour rows under "That carries about:", as the text prints them.
fn hour_rows(stdout: &str) -> Vec<&str> {
    stdout
        .lines()
        .skip_while(|l| !l.contains("That carries about"))
        .skip(1)
        .take_while(|l| l.starts_with("    "))
        .collect()
}

#[test]
fn cap_answers_short_by_default_and_in_full_with_all() {
    let library = Library::embedded();
    let activities = library.usage().unwrap();
    let common = activities.iter().filter(|a| a.common).count();
    assert_eq!(common, 5, "the short answer shows five activities");
    let short = run(&["cap", "Go5G Plus", "--used", "10GB", "--days-left", "11"]);
    assert_eq!(hour_rows(&short.stdout).len(), common, "{}", short.stdout);
    assert!(short.stdout.contains("add --all"), "{}", short.stdout);
    let all = run(&[
        "cap",
        "Go5G Plus",
        "--used",
        "10GB",
        "--days-left",
        "11",
        "--all",
    ]);
    assert_eq!(
        hour_rows(&all.stdout).len(),
        activities.len(),
        "{}",
        all.stdout
    );
    // 40 GB over 11 days is 3.636… GB a day: said roughly, and exactly with --all.
    assert!(
        short.stdout.contains("about 3.6 GB a day"),
        "{}",
        short.stdout
    );
    assert!(all.stdout.contains("3.64 GB a day"), "{}", all.stdout);
}

#[test]
fn a_used_up_cap_lists_no_hours_and_no_budget() {
    let out = run(&["cap", "Go5G Plus", "--used", "50GB", "--days-left", "5"]);
    assert!(hour_rows(&out.stdout).is_empty(), "{}", out.stdout);
    assert!(!out.stdout.contains(" a day for"), "{}", out.stdout);
    assert!(!out.stdout.contains("0 min"), "{}", out.stdout);
    assert!(
        out.stdout.contains("50 GB of 50 GB · all used up"),
        "{}",
        out.stdout
    );
    let over = run(&["cap", "Go5G Plus", "--used", "52GB"]);
    assert!(over.stdout.contains("2 GB over"), "{}", over.stdout);
}

#[test]
fn the_usage_bar_is_drawn_only_where_colour_is() {
    let args = ["cap", "Go5G Plus", "--used", "42GB", "--days-left", "11"];
    let piped = run(&args);
    assert!(!piped.stdout.contains('█'), "{}", piped.stdout);
    assert!(piped
        .stdout
        .contains("42 GB of 50 GB · 8 GB left · resets "));
    let mut coloured = args.to_vec();
    coloured.extend(["--color", "always"]);
    let drawn = run(&coloured);
    let bar = format!("{}{} 42 GB of 50 GB", "█".repeat(16), "░".repeat(4));
    assert!(drawn.stdout.contains(&bar), "{}", drawn.stdout);
}

#[test]
fn check_shows_the_data_used_against_the_allowance() {
    let out = run(&[
        "check",
        "--carrier",
        "boost",
        "--plan",
        "Boost $35",
        "--esim",
        "active",
        "--used",
        "2.5GB",
    ]);
    assert!(
        out.stdout
            .contains("2.5 GB of 2 GB · 500 MB over, all used up"),
        "{}",
        out.stdout
    );
    let none = run(&[
        "check",
        "--carrier",
        "att",
        "--plan",
        "unlimited-choice-2017",
        "--used",
        "1GB",
    ]);
    assert!(!none.stdout.contains(" of 0 bytes"), "{}", none.stdout);
}

#[test]
fn check_json_lists_the_plans_add_ons_and_plans_lists_current_plans_first() {
    let (_, plan) = kb_plan("verizon", "unlimited-welcome");
    assert!(
        !plan.add_ons.is_empty(),
        "Welcome has a hotspot add-on in the KB"
    );
    let json = run(&[
        "check",
        "--carrier",
        "verizon",
        "--plan",
        "unlimited-welcome",
        "--format",
        "json",
    ])
    .json();
    let add_ons = json["plan"]["add_ons"].as_array().unwrap();
    assert_eq!(add_ons.len(), plan.add_ons.len());
    assert_eq!(add_ons[0]["name"], plan.add_ons[0].name.as_str());
    let rows = run(&["plans", "--carrier", "t-mobile", "--format", "json"]).json();
    let kinds: Vec<&str> = rows
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["plan"]["kind"].as_str().unwrap())
        .collect();
    let first_legacy = kinds.iter().position(|k| *k == "legacy").unwrap();
    assert!(
        kinds[first_legacy..].iter().all(|k| *k == "legacy"),
        "{kinds:?}"
    );
    let cap = run(&["cap", "Go5G Plus"]);
    assert!(cap.stdout.contains("No longer sold"), "{}", cap.stdout);
}
