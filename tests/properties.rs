//! Properties that hold for every input, not just the ones we thought of: the size and speed
//! parsers never panic and read back what the program prints, and the budget's pace always
//! names a day between today and the reset.

use esim_hotspot::budget::{work_out, BudgetInput, Cycle, Pace};
use esim_hotspot::kb::date::Date;
use esim_hotspot::units::{format_bytes, parse_allowance, parse_bytes, parse_speed, Allowance};
use esim_hotspot::units::{DataUsed, Known, Speed};
use proptest::prelude::*;

/// Text that looks like a size or speed, in ASCII and full-width forms, with odd spacing,
/// signs, exponents and units; and any string at all.
fn size_like() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[-+ 　]{0,2}[0-9０-９.．eE]{0,25}[ 　]{0,2}(b|B|bytes|kb|KB|Mb|GB|gb|TB|ＧＢ|kbps|Mbps|gbit/s|blocked|none|unlimited|g|)[ ]{0,2}",
        (any::<f64>(), "(B|KB|MB|GB|TB|kbps|Mbps|Gbps)").prop_map(|(n, u)| format!("{n}{u}")),
    ]
}

/// The largest size the parser takes is 2^63 − 1 bytes; a printed size is rounded to two
/// decimals of its unit, so one within 0.005 TB of that limit prints as a value above it.
/// Every size up to 9,000,000 TB reads back.
const LARGEST_ROUND_TRIP: u64 = 9_000_000_000_000_000_000;

/// How far a printed size may be from the bytes it stands for: half a hundredth of its unit.
fn print_rounding(bytes: u64) -> u64 {
    let unit = [1_000_000_000_000, 1_000_000_000, 1_000_000, 1_000]
        .into_iter()
        .find(|unit| bytes >= *unit)
        .unwrap_or(1);
    unit / 200
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1024))]

    #[test]
    fn the_size_and_speed_parsers_never_panic(text in size_like()) {
        let _ = parse_bytes(&text);
        let _ = parse_allowance(&text);
        let _ = parse_speed(&text);
        let as_yaml = format!("{text:?}");
        let _ = serde_yaml::from_str::<Known<Allowance>>(&as_yaml);
        let _ = serde_yaml::from_str::<Known<Speed>>(&as_yaml);
    }

    /// A size a person types reads the same inside the words a carrier's app puts around
    /// it, and no text makes the reading panic.
    #[test]
    fn a_size_in_an_apps_words_reads_as_the_size(text in size_like()) {
        let alone = DataUsed::parse(&text);
        for pasted in [
            format!("{text} used"),
            format!("Used {text} of 50 GB"),
            format!("已用 {text}"),
            format!("{text}/50GB"),
        ] {
            let read = DataUsed::parse(&pasted);
            if let Ok(used) = alone {
                prop_assert_eq!(read, Ok(used), "{:?}", pasted);
            }
        }
    }

    #[test]
    fn a_refused_size_says_what_to_write(text in size_like()) {
        if let Err(error) = parse_bytes(&text) {
            let message = error.to_string();
            prop_assert!(
                message.contains("15GB") || message.contains("write"),
                "{text:?}: {message}"
            );
        }
    }

    #[test]
    fn a_printed_size_reads_back_within_its_rounding(bytes in 0..=LARGEST_ROUND_TRIP) {
        let printed = format_bytes(bytes);
        let read = parse_bytes(&printed).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert!(
            read.abs_diff(bytes) <= print_rounding(bytes),
            "{bytes} printed as {printed} read back as {read}"
        );
        prop_assert_eq!(
            parse_allowance(&Allowance::Bytes(bytes).to_string()),
            Ok(Allowance::Bytes(read))
        );
    }

    #[test]
    fn a_size_with_two_decimals_reads_back_exactly(
        hundredths in 0u64..100_000,
        unit in prop::sample::select(vec![1_000u64, 1_000_000, 1_000_000_000, 1_000_000_000_000]),
    ) {
        let bytes = hundredths * (unit / 100);
        // 1000.5 KB prints as 1 MB: exact only while the value stays in its own unit.
        prop_assume!(bytes < unit * 1000 || unit == 1_000_000_000_000);
        let printed = format_bytes(bytes);
        prop_assert_eq!(parse_bytes(&printed), Ok(bytes), "{}", printed);
    }

    /// Up to a petabit a second: past 2^53 hundredths of a Mbps a float no longer holds
    /// every two-decimal value, and no link comes near.
    #[test]
    fn a_printed_speed_reads_back_within_its_rounding(kbps in 0u64..=1_000_000_000_000) {
        let printed = Speed::Kbps(kbps).to_string();
        let read = parse_speed(&printed).map_err(|e| TestCaseError::fail(e.to_string()))?;
        // Under 1000 kbps a speed prints whole; above, in Mbps to two decimals (5 kbps).
        let rounding = if kbps < 1000 { 0 } else { 5 };
        prop_assert!(
            read.kbps().abs_diff(kbps) <= rounding,
            "{kbps} printed as {printed} read back as {read:?}"
        );
    }

    #[test]
    fn a_printed_date_reads_back(days in 0i64..40_000) {
        let day = Date::parse("1990-01-01").unwrap().checked_add_days(days).unwrap();
        prop_assume!(day.year() <= 2100);
        prop_assert_eq!(Date::parse(&day.to_string()), Ok(day));
    }

    #[test]
    fn a_cycle_holds_today_and_is_a_month_long(days in 0i64..36_500, reset_day in 1u8..=31) {
        let today = Date::parse("2000-01-01").unwrap().checked_add_days(days).unwrap();
        let cycle = Cycle::from_reset_day(reset_day, today).unwrap();
        prop_assert!(cycle.start <= today && today < cycle.reset, "{cycle:?} {today}");
        prop_assert!((28..=31).contains(&cycle.start.days_to(cycle.reset)), "{cycle:?}");
        let days_left = i64::from(cycle.days_left(today));
        let days_elapsed = i64::from(cycle.days_elapsed(today));
        prop_assert_eq!(days_left + days_elapsed - 1, cycle.start.days_to(cycle.reset));
    }

    #[test]
    fn the_pace_names_a_day_from_today_to_the_reset(
        days in 0i64..36_500,
        reset_day in 1u8..=31,
        allowance in prop_oneof![
            Just(Allowance::Unlimited),
            any::<u64>().prop_map(Allowance::Bytes),
            (0u64..100_000_000_000).prop_map(Allowance::Bytes),
        ],
        used in prop_oneof![any::<u64>(), 0u64..100_000_000_000],
    ) {
        let today = Date::parse("2000-01-01").unwrap().checked_add_days(days).unwrap();
        let cycle = Cycle::from_reset_day(reset_day, today).unwrap();
        let budget = work_out(&BudgetInput {
            allowance,
            used,
            days_left: None,
            cycle: Some(cycle),
            today,
            activities: &[],
        });
        let left = match (allowance, budget.remaining) {
            (Allowance::Unlimited, remaining) => {
                prop_assert_eq!(remaining, Allowance::Unlimited);
                prop_assert_eq!(budget.pace, None);
                return Ok(());
            }
            (Allowance::Bytes(cap), Allowance::Bytes(left)) => {
                prop_assert_eq!(left, cap.saturating_sub(used));
                left
            }
            (_, remaining) => return Err(TestCaseError::fail(format!("{remaining:?}"))),
        };
        // The pace, exactly: at `used` per `elapsed` days, is `left` spent by the day before
        // the reset (left × elapsed ≤ used × (days to the reset − 1))?
        let elapsed = u128::from(cycle.days_elapsed(today));
        let days_to_reset = u128::try_from(today.days_to(cycle.reset)).unwrap();
        let reaches_the_cap =
            used > 0 && u128::from(left) * elapsed <= u128::from(used) * (days_to_reset - 1);
        match budget.pace {
            None => prop_assert_eq!(used, 0),
            Some(Pace::RunsOut(day)) => {
                prop_assert!(today <= day && day < cycle.reset, "{today} {day} {cycle:?}");
                prop_assert!(reaches_the_cap, "{left} left, {used} used in {elapsed} days");
            }
            Some(Pace::LastsUntil(reset)) => {
                prop_assert_eq!(reset, cycle.reset);
                prop_assert!(!reaches_the_cap, "{left} left, {used} used in {elapsed} days");
            }
        }
    }
}
