//! The meter's arithmetic, on counts and times it is handed: bytes since the start that
//! survive a counter's reset, the rate now and over the last minute, when what is left runs
//! out at that rate, and the warnings at 80 % and 100 % of what was left.

use std::collections::VecDeque;
use std::time::Duration;

use super::counters::Counters;

/// Bytes through the interface since the meter started. A counter that drops (the interface
/// went down and came back, the laptop slept, a 32-bit counter wrapped) counts nothing for
/// that interval and is followed from its new value: nothing is counted twice, and nothing
/// goes negative.
#[derive(Debug, Clone)]
pub struct Tally {
    last: Counters,
    since_start: Counters,
}

impl Tally {
    pub fn new(start: Counters) -> Tally {
        Tally {
            last: start,
            since_start: Counters::default(),
        }
    }

    /// Takes one reading; `None` is the interface gone for now, which counts nothing.
    pub fn add(&mut self, reading: Option<Counters>) -> Counters {
        let Some(now) = reading else {
            return self.since_start;
        };
        // A drop is a reset: it counts as nothing, never as a negative.
        let grew = |before: u64, after: u64| after.saturating_sub(before);
        self.since_start.rx = self
            .since_start
            .rx
            .saturating_add(grew(self.last.rx, now.rx));
        self.since_start.tx = self
            .since_start
            .tx
            .saturating_add(grew(self.last.tx, now.tx));
        self.last = now;
        self.since_start
    }

    pub fn since_start(&self) -> Counters {
        self.since_start
    }
}

/// The window of the "last minute" rate.
pub const MINUTE: Duration = Duration::from_secs(60);

/// Recent totals with the time each was taken, for the rates.
#[derive(Debug, Clone, Default)]
pub struct Rates {
    samples: VecDeque<(Duration, u64)>,
}

impl Rates {
    /// The total (both directions) at `at`, a time since the start.
    pub fn record(&mut self, at: Duration, total: u64) {
        self.samples.push_back((at, total));
        // Keep the newest sample a minute old or older, so the window always spans a minute
        // once the meter has run that long.
        while self.samples.len() > 2 && at.saturating_sub(self.samples[1].0) >= MINUTE {
            self.samples.pop_front();
        }
    }

    /// Bits a second over the last interval.
    pub fn now(&self) -> Option<u64> {
        let n = self.samples.len();
        let (first, last) = (
            self.samples.get(n.checked_sub(2)?)?,
            self.samples.get(n - 1)?,
        );
        bits_per_second(*first, *last)
    }

    /// Bits a second over the last minute, or since the start when that is shorter.
    pub fn last_minute(&self) -> Option<u64> {
        let (first, last) = (self.samples.front()?, self.samples.back()?);
        bits_per_second(*first, *last)
    }
}

fn bits_per_second(from: (Duration, u64), to: (Duration, u64)) -> Option<u64> {
    let seconds = to.0.checked_sub(from.0)?.as_secs_f64();
    if seconds <= 0.0 {
        return None;
    }
    let bytes = to.1.saturating_sub(from.1) as f64;
    Some((bytes * 8.0 / seconds).round() as u64)
}

/// How long `left` bytes last at `bits_per_second`; `None` when nothing is moving, so that
/// nothing runs out. Nothing left runs out now.
pub fn lasts(left: u64, bits_per_second: u64) -> Option<Duration> {
    if left == 0 {
        return Some(Duration::ZERO);
    }
    if bits_per_second == 0 {
        return None;
    }
    let seconds = left as f64 * 8.0 / bits_per_second as f64;
    // Past a hundred years is never, for a meter.
    (seconds < 100.0 * 365.0 * 86_400.0).then(|| Duration::from_secs_f64(seconds))
}

/// A warning: how much of what was left at the start has been used.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Warning {
    /// 80 % of it.
    Most,
    /// All of it.
    All,
}

impl Warning {
    pub fn percent(self) -> u8 {
        match self {
            Warning::Most => 80,
            Warning::All => 100,
        }
    }
}

/// The warnings for what was left at the start, each given once.
#[derive(Debug, Clone)]
pub struct Alarms {
    left_at_start: u64,
    given: Option<Warning>,
}

impl Alarms {
    pub fn new(left_at_start: u64) -> Alarms {
        Alarms {
            left_at_start,
            given: None,
        }
    }

    /// The warning `used` bytes reach, if it is new; a jump past both gives only the second.
    pub fn check(&mut self, used: u64) -> Option<Warning> {
        let left = u128::from(self.left_at_start);
        let used = u128::from(used);
        let reached = if used >= left {
            Some(Warning::All)
        } else if used * 10 >= left * 8 {
            Some(Warning::Most)
        } else {
            None
        };
        match reached {
            Some(warning) if Some(warning) > self.given => {
                self.given = Some(warning);
                Some(warning)
            }
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(rx: u64, tx: u64) -> Option<Counters> {
        Some(Counters { rx, tx })
    }

    #[test]
    fn bytes_since_the_start_in_each_direction() {
        let mut tally = Tally::new(Counters { rx: 1_000, tx: 500 });
        assert_eq!(tally.add(c(1_000, 500)), Counters::default());
        assert_eq!(tally.add(c(4_000, 700)), Counters { rx: 3_000, tx: 200 });
        assert_eq!(tally.add(c(4_500, 700)).total(), 3_700);
    }

    #[test]
    fn a_counter_that_resets_counts_nothing_then_goes_on_from_its_new_value() {
        let mut tally = Tally::new(Counters {
            rx: 9_000,
            tx: 9_000,
        });
        tally.add(c(10_000, 9_500));
        // Interface down and up: the counters start again from zero.
        assert_eq!(tally.add(c(300, 100)), Counters { rx: 1_000, tx: 500 });
        assert_eq!(tally.add(c(800, 150)), Counters { rx: 1_500, tx: 550 });
    }

    #[test]
    fn a_wrapped_counter_never_goes_negative_or_counts_twice() {
        let mut tally = Tally::new(Counters {
            rx: u64::from(u32::MAX) - 10,
            tx: 0,
        });
        assert_eq!(tally.add(c(5, 0)).rx, 0, "the wrap counts nothing");
        assert_eq!(tally.add(c(25, 0)).rx, 20);
    }

    #[test]
    fn an_interface_gone_for_a_while_counts_nothing() {
        let mut tally = Tally::new(Counters { rx: 100, tx: 100 });
        tally.add(c(200, 100));
        assert_eq!(tally.add(None).rx, 100);
        assert_eq!(tally.add(None).rx, 100);
        assert_eq!(tally.add(c(250, 100)).rx, 150, "back with its old counts");
    }

    fn s(seconds: u64) -> Duration {
        Duration::from_secs(seconds)
    }

    #[test]
    fn the_rate_now_is_the_last_interval() {
        let mut rates = Rates::default();
        assert_eq!(rates.now(), None);
        rates.record(s(0), 0);
        assert_eq!(rates.now(), None, "one sample has no rate");
        rates.record(s(1), 300_000);
        assert_eq!(
            rates.now(),
            Some(2_400_000),
            "300 kB in a second is 2.4 Mbps"
        );
        rates.record(s(2), 300_000);
        assert_eq!(rates.now(), Some(0));
        assert_eq!(rates.last_minute(), Some(1_200_000));
    }

    #[test]
    fn the_minute_average_forgets_what_is_older_than_a_minute() {
        let mut rates = Rates::default();
        // A burst of 6 MB in the first second, then nothing.
        rates.record(s(0), 0);
        rates.record(s(1), 6_000_000);
        for t in 2..=60 {
            rates.record(s(t), 6_000_000);
        }
        assert_eq!(rates.last_minute(), Some(800_000), "6 MB over 60 s");
        rates.record(s(61), 6_000_000);
        assert_eq!(
            rates.last_minute(),
            Some(0),
            "the burst is over a minute ago"
        );
        rates.record(s(62), 6_750_000);
        assert_eq!(rates.last_minute(), Some(100_000), "750 kB over 60 s");
    }

    #[test]
    fn what_is_left_lasts_at_the_rate() {
        // 1 GB at 8 Mbps: 1000 s.
        assert_eq!(lasts(1_000_000_000, 8_000_000), Some(s(1_000)));
        assert_eq!(lasts(1_000, 0), None, "nothing moving, nothing runs out");
        assert_eq!(lasts(0, 0), Some(Duration::ZERO), "nothing left is out now");
        assert_eq!(lasts(u64::MAX, 1), None, "centuries away is never");
    }

    #[test]
    fn warnings_at_80_and_100_percent_of_what_was_left_each_once() {
        let mut alarms = Alarms::new(1_000);
        assert_eq!(alarms.check(799), None);
        assert_eq!(alarms.check(800), Some(Warning::Most));
        assert_eq!(alarms.check(900), None, "given once");
        assert_eq!(alarms.check(1_000), Some(Warning::All));
        assert_eq!(alarms.check(5_000), None);
        let mut jump = Alarms::new(1_000);
        assert_eq!(jump.check(2_000), Some(Warning::All), "only the higher");
        assert_eq!(jump.check(2_001), None);
        let mut none_left = Alarms::new(0);
        assert_eq!(none_left.check(0), Some(Warning::All));
        let mut huge = Alarms::new(u64::MAX);
        assert_eq!(huge.check(u64::MAX / 10 * 8 + 10), Some(Warning::Most));
    }
}
