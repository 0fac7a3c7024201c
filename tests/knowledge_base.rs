//! The built-in knowledge base loads, every fact has a source, and every worked example in
//! the rules file comes out as written.

use esim_hotspot::advisor::{check_examples, check_examples_passwords_last};
use esim_hotspot::kb::model::Sourced;
use esim_hotspot::kb::Library;

#[test]
fn every_embedded_file_loads() {
    let problems = Library::embedded().validate_all();
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn every_plan_and_device_has_a_source_and_a_verified_date() {
    let library = Library::embedded();
    let carriers = library.carriers().unwrap();
    assert!(carriers.len() >= 3);
    for carrier in &carriers {
        assert!(
            carrier.provenance().source.starts_with("http"),
            "{}",
            carrier.id
        );
        for plan in &carrier.plans {
            let p = plan.provenance();
            assert!(p.source.starts_with("http"), "{}/{}", carrier.id, plan.id);
            assert!(
                p.verified.year() >= 2025,
                "{}/{} verified {}",
                carrier.id,
                plan.id,
                p.verified
            );
        }
    }
    for device in library.devices().unwrap() {
        assert!(
            device.provenance().source.starts_with("http"),
            "{}",
            device.id
        );
    }
}

#[test]
fn the_big_three_are_there_with_current_prepaid_and_legacy_plans() {
    use esim_hotspot::kb::model::PlanKind;
    let library = Library::embedded();
    for name in ["AT&T", "T-Mobile", "Verizon"] {
        let carrier = library.carrier(name).unwrap().expect(name);
        for kind in [PlanKind::Postpaid, PlanKind::Prepaid, PlanKind::Legacy] {
            assert!(
                carrier.plans.iter().any(|p| p.kind == kind),
                "{name} has no {} plan",
                kind.as_str()
            );
        }
    }
}

#[test]
fn devices_cover_iphone_pixel_and_galaxy_with_regional_exceptions() {
    use esim_hotspot::kb::model::{Region, Tri};
    let devices = Library::embedded().devices().unwrap();
    let count = |prefix: &str| devices.iter().filter(|d| d.id.starts_with(prefix)).count();
    assert!(count("iphone-") >= 25, "iPhones XS on");
    assert!(count("pixel-") >= 20, "Pixels 3 on");
    assert!(count("galaxy-") >= 20, "Galaxy S and Z");
    let china_iphones_with_esim: Vec<_> = devices
        .iter()
        .filter(|d| d.id.starts_with("iphone-"))
        .filter(|d| d.esim_when_bought_in(Some(Region::Cn)) == Some(Tri::True))
        .map(|d| d.id.as_str())
        .collect();
    assert_eq!(
        china_iphones_with_esim,
        ["iphone-air"],
        "only the Air has eSIM in mainland China"
    );
}

#[test]
fn every_rule_example_holds() {
    let library = Library::embedded();
    let failures = check_examples(&library).unwrap();
    let text: Vec<String> = failures.iter().map(ToString::to_string).collect();
    assert!(text.is_empty(), "{}", text.join("\n"));
    let rules = library.rules_with_examples().unwrap();
    let with_examples = rules.iter().filter(|r| !r.examples.is_empty()).count();
    assert!(
        with_examples * 10 >= rules.len() * 8,
        "most rules carry examples"
    );
}

/// Run with the examples that give a password last, as `kb validate` runs them, the same
/// examples fail, and they are listed in the rules' order.
#[test]
fn examples_run_passwords_last_fail_alike_in_the_rules_order() {
    let dir = tempfile::TempDir::new().unwrap();
    let rules = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/rules.yaml"))
        .unwrap()
        .replace("fires: true", "fires: false");
    std::fs::write(dir.path().join("rules.yaml"), rules).unwrap();
    let mut library = Library::open(Some(dir.path())).unwrap();
    let said = |failures: Vec<esim_hotspot::advisor::ExampleFailure>| -> Vec<String> {
        failures.iter().map(ToString::to_string).collect()
    };
    let in_order = said(check_examples(&library).unwrap());
    let mut between = 0;
    let passwords_last =
        said(check_examples_passwords_last(&mut library, |_| between += 1).unwrap());
    assert_eq!(between, 1);
    assert_eq!(passwords_last, in_order);
    let password = in_order
        .iter()
        .position(|f| f.contains("weak-hotspot-password"))
        .expect("a password example fails");
    assert!(password + 1 < in_order.len(), "{in_order:#?}");
}

#[test]
fn the_starting_rules_are_all_there() {
    let ids: Vec<String> = Library::embedded()
        .rules()
        .unwrap()
        .iter()
        .map(|r| r.id.to_string())
        .collect();
    for wanted in [
        "plan-has-no-hotspot",
        "hotspot-capped",
        "cap-used-up",
        "device-has-no-esim",
        "esim-installed-not-active",
        "locked-to-another-carrier",
        "open-hotspot",
        "roaming-hotspot-limited",
        "carrier-not-listed",
        "plan-not-named",
    ] {
        assert!(ids.iter().any(|i| i == wanted), "missing rule {wanted}");
    }
}

#[test]
fn a_device_looked_up_alone_matches_the_whole_file() {
    let library = Library::embedded();
    for device in library.devices().unwrap() {
        let alone = library
            .device(&device.name)
            .unwrap()
            .expect("found by name");
        assert_eq!(alone.id, device.id);
        assert_eq!(alone.esim, device.esim);
        assert_eq!(alone.esim_by_region, device.esim_by_region);
        assert_eq!(alone.provenance().source, device.provenance().source);
    }
}

#[test]
fn the_rules_check_runs_are_the_rules_file_without_its_examples() {
    let library = Library::embedded();
    let runtime = library.rules().unwrap();
    let full = library.rules_with_examples().unwrap();
    assert_eq!(runtime.len(), full.len());
    for (r, f) in runtime.iter().zip(&full) {
        // Every built-in text whole, as compiled into the program.
        assert_eq!(
            (&r.id, r.severity, &r.message, &r.source),
            (&f.id, f.severity, &f.message, &f.source)
        );
        assert_eq!(r.advice, f.advice, "{}", r.id);
        assert_eq!(format!("{:?}", r.when), format!("{:?}", f.when));
        assert!(r.examples.is_empty());
    }
}

#[test]
fn the_compiled_form_of_each_file_matches_the_file_as_written() {
    use esim_hotspot::kb::model::{Carrier, DeviceList};
    use esim_hotspot::kb::{parse_file, SourceFile};
    let library = Library::embedded();
    let read = |path: &str| SourceFile {
        path: path.to_string(),
        text: std::fs::read_to_string(format!("{}/{path}", env!("CARGO_MANIFEST_DIR")))
            .unwrap()
            .into(),
    };
    for mut carrier in library.carriers().unwrap() {
        let mut written: Carrier =
            parse_file(&read(&format!("data/carriers/{}.yaml", carrier.id))).unwrap();
        // The maintainers' notes that no command shows are left out of the program's copy;
        // a plan's notes are kept apart, and read when shown.
        assert!(
            written.plans.iter().any(|p| p.notes.is_some()),
            "{}",
            carrier.id
        );
        written.notes = None;
        written.esim.notes = None;
        written.policy.notes = None;
        for plan in &mut carrier.plans {
            plan.notes = plan.notes();
            plan.built_in_notes = None;
        }
        assert_eq!(
            format!("{carrier:?}"),
            format!("{written:?}"),
            "{}",
            carrier.id
        );
    }
    let written: DeviceList = parse_file(&read("data/devices.yaml")).unwrap();
    for device in written.devices {
        let compiled = library.device(&device.id).unwrap().unwrap();
        assert_eq!(
            format!("{compiled:?}"),
            format!("{device:?}"),
            "{}",
            device.id
        );
    }
}

#[test]
fn coverage_of_mvnos_travel_esims_and_devices() {
    use esim_hotspot::kb::model::PlanKind;
    let library = Library::embedded();
    let carriers = library.carriers().unwrap();
    let big_three = ["att", "t-mobile", "verizon"];
    let travel = carriers
        .iter()
        .filter(|c| c.plans.iter().all(|p| p.kind == PlanKind::Travel))
        .count();
    let mvnos = carriers
        .iter()
        .filter(|c| !big_three.contains(&c.id.as_str()))
        .filter(|c| c.plans.iter().any(|p| p.kind != PlanKind::Travel))
        .count();
    assert!(travel >= 5, "{travel} travel eSIM sellers");
    assert!(mvnos >= 15, "{mvnos} MVNOs and prepaid brands");
    for carrier in carriers
        .iter()
        .filter(|c| !big_three.contains(&c.id.as_str()))
    {
        assert!(
            !carrier.network.trim().is_empty(),
            "{} names its network",
            carrier.id
        );
    }

    let devices = library.devices().unwrap();
    assert!(devices.len() >= 60, "{} devices", devices.len());
    let makers: Vec<&str> = devices.iter().filter_map(|d| d.maker.as_deref()).collect();
    for maker in [
        "Apple", "Google", "Samsung", "Motorola", "Huawei", "Xiaomi", "OPPO", "vivo", "OnePlus",
    ] {
        assert!(makers.contains(&maker), "no {maker} device");
    }
    assert!(
        devices.iter().filter(|d| d.id.starts_with("ipad")).count() >= 5,
        "cellular iPads"
    );
}

#[test]
fn no_source_shown_to_people_is_a_staging_or_test_host() {
    let library = Library::embedded();
    let mut sources: Vec<String> = Vec::new();
    for carrier in library.carriers().unwrap() {
        sources.push(carrier.source.to_string());
        sources.push(carrier.policy.source.to_string());
        sources.extend(carrier.plans.iter().map(|p| p.source.to_string()));
    }
    sources.extend(
        library
            .devices()
            .unwrap()
            .iter()
            .map(|d| d.source.to_string()),
    );
    assert!(sources.len() > 300);
    for source in &sources {
        let host = source.split('/').nth(2).unwrap_or_default();
        assert!(
            !["non-prod", "staging", "localhost", "preview"]
                .iter()
                .any(|word| host.contains(word)),
            "{source}"
        );
    }
    let airalo = library.carrier("airalo").unwrap().unwrap();
    assert!(airalo.policy.source.starts_with("https://www.airalo.com/"));
    assert!(airalo
        .policy
        .read_at
        .as_deref()
        .unwrap()
        .contains("non-prod"));
}

#[test]
fn the_devices_stats_count_are_the_whole_devices_sources() {
    use esim_hotspot::kb::model::{DeviceSources, Sourced};
    let library = Library::embedded();
    let whole = library.devices_with_files().unwrap();
    let sources = library.device_sources().unwrap();
    assert_eq!(sources.len(), whole.len());
    for ((_, read), (_, device)) in sources.iter().zip(&whole) {
        let from_whole = DeviceSources::from(device);
        assert_eq!(read.id, from_whole.id);
        assert_eq!(
            format!("{:?}", read.provenance()),
            format!("{:?}", from_whole.provenance())
        );
    }
}

#[test]
fn the_carriers_stats_count_are_the_whole_carriers_sources() {
    use esim_hotspot::kb::model::{CarrierSources, Sourced};
    let library = Library::embedded();
    let whole = library.carriers_with_files().unwrap();
    let sources = library.carrier_sources().unwrap();
    assert_eq!(sources.len(), whole.len());
    let said = |c: &CarrierSources| {
        let plans: Vec<String> = c
            .plans
            .iter()
            .map(|p| format!("{} {:?} {:?} {:?}", p.id, p.kind, p.hotspot, p.provenance()))
            .collect();
        format!("{} {:?} {plans:?}", c.id, c.provenance())
    };
    for ((read_in, read), (whole_in, carrier)) in sources.iter().zip(&whole) {
        assert_eq!(read_in.path, whole_in.path);
        assert_eq!(said(read), said(&CarrierSources::from(carrier)));
    }
}
