//! `meter`: the hotspot data this laptop uses, live. Every second it reads one interface's
//! byte counters and works out the bytes since it started, the rate now and over the last
//! minute, and, from what was left of the plan's allowance, what is left now, when it runs
//! out at this rate and whether that is before the reset.
//!
//! The arithmetic is in [`pace`], the counters behind a trait in [`counters`], the choice of
//! interface in [`interface`]; this module runs the loop and hands each reading to a
//! [`Show`], which only draws.

pub mod counters;
pub mod interface;
pub mod pace;
pub mod tips;

use std::io;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use jiff::{SignedDuration, Timestamp};

use counters::{CounterSource, Counters};
use interface::Choice;
use pace::{Alarms, Rates, Tally, Warning};

use crate::units::Allowance;

/// The plan's allowance as it stood when the meter started.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Allotment {
    /// The full-speed allowance of the period.
    pub allowance: Allowance,
    /// Used before the meter started (`--used`, or the profile's).
    pub used_before: u64,
    /// What was left of it.
    pub left: Allowance,
    /// When the allowance starts again, where known.
    pub reset: Option<Timestamp>,
}

/// One reading, once an interval.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reading {
    /// Time since the start.
    pub elapsed: Duration,
    /// Bytes since the start, each direction.
    pub traffic: Counters,
    /// Bits a second over the last interval.
    pub rate_now: Option<u64>,
    /// Bits a second over the last minute (or since the start, in the first minute).
    pub rate_minute: Option<u64>,
    /// What is left of the allowance now; `None` when no allowance is known.
    pub left: Option<Allowance>,
    /// Used so far in the period: before the start and since.
    pub used: Option<u64>,
    /// When what is left runs out at the last minute's rate.
    pub runs_out: Option<RunsOut>,
    /// A warning reached with this reading.
    pub warning: Option<Warning>,
}

/// When what is left runs out, and how that stands to the reset.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RunsOut {
    pub at: Timestamp,
    /// Whether that is before the allowance starts again; `None` when the reset is not known.
    pub before_reset: Option<bool>,
}

/// The meter's state between readings.
#[derive(Debug, Clone)]
pub struct Meter {
    tally: Tally,
    rates: Rates,
    alarms: Option<Alarms>,
    allotment: Option<Allotment>,
}

impl Meter {
    /// A meter from the interface's counters at the start.
    pub fn new(start: Counters, allotment: Option<Allotment>) -> Meter {
        let mut rates = Rates::default();
        rates.record(Duration::ZERO, 0);
        Meter {
            tally: Tally::new(start),
            rates,
            alarms: allotment.and_then(|a| a.left.bytes()).map(Alarms::new),
            allotment,
        }
    }

    /// The reading for counters read `elapsed` after the start, at `now`; `None` while the
    /// interface is gone.
    pub fn read(
        &mut self,
        elapsed: Duration,
        now: Timestamp,
        counters: Option<Counters>,
    ) -> Reading {
        let traffic = self.tally.add(counters);
        self.rates.record(elapsed, traffic.total());
        let rate_minute = self.rates.last_minute();
        let left = self.allotment.map(|a| match a.left {
            Allowance::Unlimited => Allowance::Unlimited,
            Allowance::Bytes(left) => Allowance::Bytes(left.saturating_sub(traffic.total())),
        });
        let runs_out = match (left, rate_minute) {
            (Some(Allowance::Bytes(left)), Some(rate)) => pace::lasts(left, rate)
                .and_then(|lasts| SignedDuration::try_from(lasts).ok())
                .and_then(|lasts| now.checked_add(lasts).ok())
                .map(|at| RunsOut {
                    at,
                    before_reset: self.allotment.and_then(|a| a.reset).map(|reset| at < reset),
                }),
            _ => None,
        };
        Reading {
            elapsed,
            traffic,
            rate_now: self.rates.now(),
            rate_minute,
            left,
            used: self
                .allotment
                .map(|a| a.used_before.saturating_add(traffic.total())),
            runs_out,
            warning: self
                .alarms
                .as_mut()
                .and_then(|alarms| alarms.check(traffic.total())),
        }
    }

    /// Bytes since the start.
    pub fn traffic(&self) -> Counters {
        self.tally.since_start()
    }
}

/// What the meter knows as it starts.
#[derive(Debug, Clone)]
pub struct Start {
    pub choice: Choice,
    pub allotment: Option<Allotment>,
    /// Why what is left is not known, when it is not.
    pub unknown_left: Option<UnknownLeft>,
    /// Ways to make the data last, for this system.
    pub tips: Vec<tips::Tip>,
}

/// Why the meter cannot say what is left.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnknownLeft {
    /// No plan was named.
    NoPlan,
    /// The data used before the start was not given.
    NoUsed,
    /// The plan gives nothing to budget (no hotspot, or an unknown allowance).
    NoBudget(crate::lookup::NoBudget),
}

/// What was left when the meter starts, from `cap`'s report on the plan and the data used
/// before; or why that is not known.
pub fn allotment(
    report: &crate::lookup::CapReport,
    today: crate::kb::date::Date,
) -> Result<Allotment, UnknownLeft> {
    if let Some(reason) = report.no_budget {
        return Err(UnknownLeft::NoBudget(reason));
    }
    let (Some(budget), Some(used)) = (&report.budget, report.used.map(|u| u.bytes)) else {
        return Err(UnknownLeft::NoUsed);
    };
    let allowance = match budget.remaining {
        Allowance::Unlimited => Allowance::Unlimited,
        Allowance::Bytes(left) => Allowance::Bytes(
            report
                .plan
                .hotspot
                .high_speed_bytes
                .unwrap_or(left.saturating_add(used)),
        ),
    };
    // The days left count today: the allowance starts again at the start of the day after.
    let reset = budget
        .days_left
        .and_then(|days| today.checked_add_days(i64::from(days)))
        .and_then(|day| day.start_in(crate::kb::date::local()));
    Ok(Allotment {
        allowance,
        used_before: used,
        left: budget.remaining,
        reset,
    })
}

/// How often and how long the meter reads.
#[derive(Debug, Clone)]
pub struct Settings {
    /// Time between readings.
    pub interval: Duration,
    /// Stop after this long; `None` runs until stopped.
    pub duration: Option<Duration>,
}

/// What the meter measured, at its end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Total {
    pub traffic: Counters,
    pub elapsed: Duration,
}

/// Draws what the meter found; it decides nothing.
pub trait Show {
    fn start(&mut self, start: &Start) -> io::Result<()>;
    fn reading(&mut self, reading: &Reading) -> io::Result<()>;
    fn end(&mut self, total: &Total) -> io::Result<()>;
}

/// Meters the chosen interface until `stop` turns true or the duration is over, then shows
/// the total. A reader that went away (`| head`) ends the meter as a stop does.
pub fn run(
    source: &mut dyn CounterSource,
    start: &Start,
    settings: &Settings,
    stop: &AtomicBool,
    show: &mut dyn Show,
) -> io::Result<Total> {
    let name = start.choice.interface.name.as_str();
    let started = Instant::now();
    let mut meter = Meter::new(start.choice.interface.counters, start.allotment);
    let mut shown = show.start(start);
    // The duration as a number of readings, so that a late wake-up never drops one.
    let readings = settings.duration.map(|d| {
        let interval = settings.interval.as_nanos().max(1);
        d.as_nanos().div_ceil(interval)
    });
    let mut taken = 0;
    let mut next = started + settings.interval;
    while shown.is_ok() && readings.is_none_or(|n| taken < n) && wait_until(next, stop) {
        let reading = meter.read(started.elapsed(), Timestamp::now(), source.read(name));
        shown = show.reading(&reading);
        taken += 1;
        // After a sleep the deadlines are long past: go on from now, not in a burst.
        next = (next + settings.interval).max(Instant::now());
    }
    // What moved since the last reading counts too.
    meter.tally.add(source.read(name));
    let total = Total {
        traffic: meter.traffic(),
        elapsed: started.elapsed(),
    };
    match shown.and_then(|()| show.end(&total)) {
        Err(e) if e.kind() != io::ErrorKind::BrokenPipe => Err(e),
        _ => Ok(total),
    }
}

/// Sleeps until `deadline`, waking often enough to notice a stop at once; `false` if stopped.
fn wait_until(deadline: Instant, stop: &AtomicBool) -> bool {
    const STEP: Duration = Duration::from_millis(50);
    loop {
        if stop.load(Ordering::Relaxed) {
            return false;
        }
        let now = Instant::now();
        if now >= deadline {
            return true;
        }
        std::thread::sleep((deadline - now).min(STEP));
    }
}

#[cfg(test)]
mod tests {
    use super::counters::{FakeCounters, Interface};
    use super::*;

    fn at(seconds: i64) -> Timestamp {
        Timestamp::from_second(1_800_000_000 + seconds).unwrap()
    }

    fn s(seconds: u64) -> Duration {
        Duration::from_secs(seconds)
    }

    fn c(rx: u64, tx: u64) -> Option<Counters> {
        Some(Counters { rx, tx })
    }

    fn allotment(left: u64, reset_in: Option<i64>) -> Allotment {
        Allotment {
            allowance: Allowance::Bytes(5_000_000_000),
            used_before: 5_000_000_000 - left,
            left: Allowance::Bytes(left),
            reset: reset_in.map(at),
        }
    }

    #[test]
    fn without_a_plan_it_counts_and_times_only() {
        let mut meter = Meter::new(Counters { rx: 10, tx: 10 }, None);
        let reading = meter.read(s(1), at(1), c(1_010, 260));
        assert_eq!(reading.traffic, Counters { rx: 1_000, tx: 250 });
        assert_eq!(reading.rate_now, Some(10_000));
        assert_eq!(
            (reading.left, reading.used, reading.runs_out),
            (None, None, None)
        );
        assert_eq!(reading.warning, None);
    }

    #[test]
    fn what_is_left_runs_out_at_the_rate_of_the_last_minute() {
        // 1 MB left; 100 kB a second (800 kbps): out 10 s after the first second.
        let mut meter = Meter::new(Counters::default(), Some(allotment(1_000_000, Some(3_600))));
        let first = meter.read(s(1), at(1), c(100_000, 0));
        assert_eq!(first.left, Some(Allowance::Bytes(900_000)));
        assert_eq!(first.used, Some(4_999_100_000));
        assert_eq!(
            first.runs_out,
            Some(RunsOut {
                at: at(10),
                before_reset: Some(true)
            })
        );
        let mut late = Meter::new(Counters::default(), Some(allotment(1_000_000, Some(5))));
        let reading = late.read(s(1), at(1), c(100_000, 0));
        assert_eq!(
            reading.runs_out.unwrap().before_reset,
            Some(false),
            "the reset comes first"
        );
        let mut unknown = Meter::new(Counters::default(), Some(allotment(1_000_000, None)));
        let reading = unknown.read(s(1), at(1), c(100_000, 0));
        assert_eq!(reading.runs_out.unwrap().before_reset, None);
    }

    #[test]
    fn nothing_moving_runs_out_never_and_unlimited_never_runs_out() {
        let mut idle = Meter::new(Counters::default(), Some(allotment(1_000, None)));
        assert_eq!(idle.read(s(1), at(1), c(0, 0)).runs_out, None);
        let unlimited = Allotment {
            allowance: Allowance::Unlimited,
            used_before: 0,
            left: Allowance::Unlimited,
            reset: None,
        };
        let mut meter = Meter::new(Counters::default(), Some(unlimited));
        let reading = meter.read(s(1), at(1), c(9_000_000, 0));
        assert_eq!(reading.left, Some(Allowance::Unlimited));
        assert_eq!((reading.runs_out, reading.warning), (None, None));
    }

    #[test]
    fn warnings_come_at_80_and_100_percent_of_what_was_left() {
        let mut meter = Meter::new(Counters::default(), Some(allotment(1_000, None)));
        let warnings: Vec<Option<Warning>> = [500, 800, 900, 1_000, 2_000]
            .iter()
            .enumerate()
            .map(|(i, &rx)| {
                meter
                    .read(s(i as u64 + 1), at(i as i64 + 1), c(rx, 0))
                    .warning
            })
            .collect();
        assert_eq!(
            warnings,
            [None, Some(Warning::Most), None, Some(Warning::All), None]
        );
        let used_up = meter.read(s(9), at(9), c(2_500, 0));
        assert_eq!(used_up.left, Some(Allowance::Bytes(0)));
        assert_eq!(used_up.runs_out.map(|r| r.at), Some(at(9)), "out already");
    }

    fn start_on(interface: Interface) -> Start {
        Start {
            choice: Choice {
                interface,
                chosen: interface::Chosen::Asked,
                network: interface::Network::Unknown,
            },
            allotment: None,
            unknown_left: Some(UnknownLeft::NoPlan),
            tips: Vec::new(),
        }
    }

    /// Records what it is shown.
    #[derive(Default)]
    struct Recorder {
        readings: Vec<Reading>,
        total: Option<Total>,
    }

    impl Show for Recorder {
        fn start(&mut self, _: &Start) -> io::Result<()> {
            Ok(())
        }
        fn reading(&mut self, reading: &Reading) -> io::Result<()> {
            self.readings.push(reading.clone());
            Ok(())
        }
        fn end(&mut self, total: &Total) -> io::Result<()> {
            self.total = Some(*total);
            Ok(())
        }
    }

    #[test]
    fn the_loop_reads_each_interval_until_the_duration_and_counts_the_rest() {
        let interface = Interface {
            name: "wlan0".into(),
            addresses: vec![],
            counters: Counters { rx: 100, tx: 0 },
        };
        let mut source = FakeCounters::new(vec![interface.clone()]);
        // A reset between the first and second reading, and more after the last one.
        source.readings = vec![c(600, 0), c(50, 0), c(150, 0), c(1_150, 0)];
        let start = start_on(interface);
        let settings = Settings {
            interval: Duration::from_millis(10),
            duration: Some(Duration::from_millis(25)),
        };
        let mut recorder = Recorder::default();
        let total = run(
            &mut source,
            &start,
            &settings,
            &AtomicBool::new(false),
            &mut recorder,
        )
        .unwrap();
        let rx: Vec<u64> = recorder.readings.iter().map(|r| r.traffic.rx).collect();
        assert_eq!(rx, [500, 500, 600]);
        assert_eq!(
            total.traffic.rx, 1_600,
            "the last read after the loop counts"
        );
        assert_eq!(recorder.total, Some(total));
    }

    #[test]
    fn a_stop_ends_the_loop_before_the_next_reading() {
        let mut source = FakeCounters::new(vec![]);
        source.readings = vec![c(5, 5)];
        let start = start_on(Interface {
            name: "x".into(),
            addresses: vec![],
            counters: Counters::default(),
        });
        let settings = Settings {
            interval: Duration::from_secs(3_600),
            duration: None,
        };
        let mut recorder = Recorder::default();
        let total = run(
            &mut source,
            &start,
            &settings,
            &AtomicBool::new(true),
            &mut recorder,
        )
        .unwrap();
        assert!(recorder.readings.is_empty());
        assert_eq!(total.traffic.total(), 10);
    }
}
