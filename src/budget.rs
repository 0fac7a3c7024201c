//! The arithmetic of a hotspot allowance: what is left, a daily budget, when it runs out at
//! the pace so far, and what the remainder carries in hours of each activity.

use crate::kb::date::Date;
use crate::units::{Allowance, Speed};
use crate::usage::{Activity, Category};

/// Where the person is in their billing cycle.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cycle {
    /// The day the current cycle began.
    pub start: Date,
    /// The day the allowance resets.
    pub reset: Date,
}

impl Cycle {
    /// The cycle around `today` for a plan that resets on day `day` of each month (a day the
    /// month lacks, like the 31st, falls on the month's last day).
    pub fn from_reset_day(day: u8, today: Date) -> Cycle {
        let this_month = on_day(today.year, today.month, day);
        let (reset, start) = if today < this_month {
            (this_month, shift_month(today.year, today.month, -1, day))
        } else {
            (shift_month(today.year, today.month, 1, day), this_month)
        };
        Cycle { start, reset }
    }

    /// Days left, today included.
    pub fn days_left(self, today: Date) -> u32 {
        (self.reset.days_since_epoch() - today.days_since_epoch()).max(1) as u32
    }

    /// Days gone, today included.
    pub fn days_elapsed(self, today: Date) -> u32 {
        (today.days_since_epoch() - self.start.days_since_epoch() + 1).max(1) as u32
    }
}

fn on_day(year: u16, month: u8, day: u8) -> Date {
    let last = Date::from_days_since_epoch(shift_first(year, month, 1).days_since_epoch() - 1).day;
    Date {
        year,
        month,
        day: day.clamp(1, last),
    }
}

fn shift_first(year: u16, month: u8, by: i32) -> Date {
    let index = i32::from(year) * 12 + i32::from(month) - 1 + by;
    Date {
        year: (index / 12) as u16,
        month: (index % 12 + 1) as u8,
        day: 1,
    }
}

fn shift_month(year: u16, month: u8, by: i32, day: u8) -> Date {
    let first = shift_first(year, month, by);
    on_day(first.year, first.month, day)
}

/// The remaining allowance, worked out.
#[derive(Debug, Clone)]
pub struct Budget {
    pub remaining: Allowance,
    pub days_left: Option<u32>,
    /// Bytes a day for the rest of the cycle, when the days left are known.
    pub daily: Option<u64>,
    /// At the pace so far, the day the full-speed data runs out (if before the reset).
    pub runs_out: Option<Date>,
    pub hours: Vec<ActivityHours>,
    /// The highest-quality video of which an hour a day fits the daily budget.
    pub best_daily_video: Option<String>,
}

#[derive(Debug, Clone)]
pub struct ActivityHours {
    pub id: String,
    pub name: String,
    /// `None` when the remainder is unlimited.
    pub hours: Option<f64>,
    pub both_directions: bool,
    pub sources_disagree: bool,
    pub source: String,
}

pub struct BudgetInput<'a> {
    pub allowance: Allowance,
    pub used: u64,
    pub days_left: Option<u32>,
    pub cycle: Option<Cycle>,
    pub today: Date,
    pub activities: &'a [Activity],
}

pub fn work_out(input: &BudgetInput) -> Budget {
    let remaining = match input.allowance {
        Allowance::Unlimited => Allowance::Unlimited,
        Allowance::Bytes(cap) => Allowance::Bytes(cap.saturating_sub(input.used)),
    };
    let days_left = input
        .days_left
        .or_else(|| input.cycle.map(|c| c.days_left(input.today)));
    let daily = match (remaining, days_left) {
        (Allowance::Bytes(left), Some(days)) => Some(left / u64::from(days.max(1))),
        _ => None,
    };
    Budget {
        remaining,
        days_left,
        daily,
        runs_out: runs_out(remaining, input),
        hours: input
            .activities
            .iter()
            .filter_map(|a| {
                let per_hour = a.hotspot_bytes_per_hour()? as f64;
                Some(ActivityHours {
                    id: a.id.clone(),
                    name: a.name.clone(),
                    hours: remaining.bytes().map(|left| left as f64 / per_hour),
                    both_directions: a.both_directions,
                    sources_disagree: a.sources_disagree,
                    source: a.source.clone(),
                })
            })
            .collect(),
        best_daily_video: daily.and_then(|d| best_video(input.activities, d)),
    }
}

/// Only with the cycle known is there a pace: data used per day since the cycle began.
fn runs_out(remaining: Allowance, input: &BudgetInput) -> Option<Date> {
    let cycle = input.cycle?;
    let Allowance::Bytes(left) = remaining else {
        return None;
    };
    if input.used == 0 {
        return None;
    }
    if left == 0 {
        return Some(input.today);
    }
    let per_day = input.used as f64 / f64::from(cycle.days_elapsed(input.today));
    let days = (left as f64 / per_day).ceil() as i64;
    let day = Date::from_days_since_epoch(input.today.days_since_epoch() + days);
    (day < cycle.reset).then_some(day)
}

fn best_video(activities: &[Activity], daily: u64) -> Option<String> {
    activities
        .iter()
        .filter(|a| a.category == Some(Category::Video))
        .filter_map(|a| Some((a.hotspot_bytes_per_hour()?, a)))
        .filter(|(per_hour, _)| *per_hour <= daily)
        .max_by_key(|(per_hour, _)| *per_hour)
        .map(|(_, a)| a.name.clone())
}

/// What a throttled speed still carries: activities whose stated need it meets, and not.
pub fn at_speed(speed: Speed, activities: &[Activity]) -> (Vec<&Activity>, Vec<&Activity>) {
    activities
        .iter()
        .filter(|a| a.needs().is_some())
        .partition(|a| a.needs().is_some_and(|need| need.kbps() <= speed.kbps()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(text: &str) -> Date {
        Date::parse(text).unwrap()
    }

    #[test]
    fn cycles_around_the_reset_day() {
        let c = Cycle::from_reset_day(10, date("2026-11-25"));
        assert_eq!((c.start, c.reset), (date("2026-11-10"), date("2026-12-10")));
        assert_eq!(c.days_left(date("2026-11-25")), 15);
        assert_eq!(c.days_elapsed(date("2026-11-25")), 16);
        let before = Cycle::from_reset_day(28, date("2026-11-25"));
        assert_eq!(
            (before.start, before.reset),
            (date("2026-10-28"), date("2026-11-28"))
        );
        let on_the_day = Cycle::from_reset_day(25, date("2026-11-25"));
        assert_eq!(on_the_day.start, date("2026-11-25"));
        assert_eq!(on_the_day.days_elapsed(date("2026-11-25")), 1);
    }

    #[test]
    fn short_months_and_year_ends() {
        let feb = Cycle::from_reset_day(31, date("2026-02-10"));
        assert_eq!(
            (feb.start, feb.reset),
            (date("2026-01-31"), date("2026-02-28"))
        );
        let december = Cycle::from_reset_day(5, date("2026-12-20"));
        assert_eq!(december.reset, date("2027-01-05"));
        let january = Cycle::from_reset_day(20, date("2027-01-05"));
        assert_eq!(january.start, date("2026-12-20"));
    }

    fn input(allowance: Allowance, used: u64, days_left: Option<u32>) -> BudgetInput<'static> {
        BudgetInput {
            allowance,
            used,
            days_left,
            cycle: None,
            today: date("2026-11-25"),
            activities: &[],
        }
    }

    #[test]
    fn remaining_and_daily_budget() {
        let b = work_out(&input(
            Allowance::Bytes(15_000_000_000),
            5_000_000_000,
            Some(10),
        ));
        assert_eq!(b.remaining, Allowance::Bytes(10_000_000_000));
        assert_eq!(b.daily, Some(1_000_000_000));
        let last_day = work_out(&input(
            Allowance::Bytes(15_000_000_000),
            5_000_000_000,
            Some(1),
        ));
        assert_eq!(last_day.daily, Some(10_000_000_000));
    }

    #[test]
    fn more_than_the_cap_used_leaves_nothing() {
        let b = work_out(&input(
            Allowance::Bytes(15_000_000_000),
            20_000_000_000,
            Some(3),
        ));
        assert_eq!(b.remaining, Allowance::Bytes(0));
        assert_eq!(b.daily, Some(0));
    }

    #[test]
    fn unlimited_has_no_daily_budget() {
        let b = work_out(&input(Allowance::Unlimited, 500_000_000_000, Some(3)));
        assert_eq!(b.remaining, Allowance::Unlimited);
        assert_eq!(b.daily, None);
    }

    #[test]
    fn pace_gives_the_run_out_day() {
        let today = date("2026-11-25");
        let cycle = Cycle::from_reset_day(16, today); // 10 days in, 21 left
        let b = work_out(&BudgetInput {
            cycle: Some(cycle),
            ..input(Allowance::Bytes(15_000_000_000), 10_000_000_000, None)
        });
        // 1 GB a day so far, 5 GB left: out in 5 days.
        assert_eq!(b.runs_out, Some(date("2026-11-30")));
        assert_eq!(b.days_left, Some(21));
        let slow = work_out(&BudgetInput {
            cycle: Some(cycle),
            ..input(Allowance::Bytes(15_000_000_000), 1_000_000_000, None)
        });
        assert_eq!(slow.runs_out, None, "lasts the cycle");
    }
}
