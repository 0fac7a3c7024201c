//! The arithmetic of a hotspot allowance: what is left, a daily budget, when it runs out at
//! the pace so far, and what the remainder carries in hours of each activity.

use crate::kb::date::Date;
use crate::text::LocalizedText;
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
    /// month lacks, like the 31st, falls on the month's last day). `None` only where the
    /// cycle would cross the calendar's end, in year 9999.
    pub fn from_reset_day(day: u8, today: Date) -> Option<Cycle> {
        let this_month = today.on_day_of_month(day);
        let cycle = if today < this_month {
            Cycle {
                start: today.first_of_month_after(-1)?.on_day_of_month(day),
                reset: this_month,
            }
        } else {
            Cycle {
                start: this_month,
                reset: today.first_of_month_after(1)?.on_day_of_month(day),
            }
        };
        Some(cycle)
    }

    /// Days left, today included.
    pub fn days_left(self, today: Date) -> u32 {
        whole_days(today.days_to(self.reset))
    }

    /// Days gone, today included.
    pub fn days_elapsed(self, today: Date) -> u32 {
        whole_days(self.start.days_to(today).saturating_add(1))
    }
}

/// A count of days as at least one (today counts), and at most what a `u32` holds.
fn whole_days(days: i64) -> u32 {
    u32::try_from(days.max(1)).unwrap_or(u32::MAX)
}

/// The remaining allowance, worked out.
#[derive(Debug, Clone)]
pub struct Budget {
    /// The full-speed allowance the budget is worked out of.
    pub allowance: Allowance,
    pub used: u64,
    pub remaining: Allowance,
    /// The day the allowance resets, when the cycle or the days left are known.
    pub resets: Option<Date>,
    pub days_left: Option<u32>,
    /// Bytes a day for the rest of the cycle, when the days left are known.
    pub daily: Option<u64>,
    /// At the pace so far, whether the full-speed data lasts the cycle; `None` when there is
    /// no pace (the cycle is not known, or nothing is used yet).
    pub pace: Option<Pace>,
    pub hours: Vec<ActivityHours>,
    /// The highest-quality video of which an hour a day fits the daily budget.
    pub best_daily_video: Option<LocalizedText>,
}

/// Where the pace so far leads, always a day from today to the reset.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Pace {
    /// The full-speed data runs out on this day, before the reset (today when none is left).
    RunsOut(Date),
    /// It lasts until the reset, on this day.
    LastsUntil(Date),
}

#[derive(Debug, Clone)]
pub struct ActivityHours {
    pub id: String,
    pub name: LocalizedText,
    /// `None` when the remainder is unlimited.
    pub hours: Option<f64>,
    pub both_directions: bool,
    pub sources_disagree: bool,
    /// One of the activities the short answer shows.
    pub common: bool,
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
    let resets = input
        .cycle
        .map(|c| c.reset)
        .or_else(|| days_left.and_then(|days| input.today.checked_add_days(i64::from(days))));
    Budget {
        allowance: input.allowance,
        used: input.used,
        remaining,
        resets,
        days_left,
        daily,
        pace: pace(remaining, input),
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
                    common: a.common,
                    source: a.source.to_string(),
                })
            })
            .collect(),
        best_daily_video: daily.and_then(|d| best_video(input.activities, d)),
    }
}

/// Only with the cycle known is there a pace: data used per day since the cycle began.
fn pace(remaining: Allowance, input: &BudgetInput) -> Option<Pace> {
    let cycle = input.cycle?;
    let Allowance::Bytes(left) = remaining else {
        return None;
    };
    if input.used == 0 {
        return None;
    }
    if left == 0 {
        return Some(Pace::RunsOut(input.today));
    }
    // The days `left` lasts at `used` per `elapsed` days, rounded up: exact in 128 bits
    // (at most 2^64 × 2^32), and at least one day, since something is left.
    let elapsed = u128::from(cycle.days_elapsed(input.today));
    let days_needed = (u128::from(left) * elapsed).div_ceil(u128::from(input.used));
    let days_to_reset = input.today.days_to(cycle.reset);
    match i64::try_from(days_needed) {
        Ok(days) if days < days_to_reset => input.today.checked_add_days(days).map(Pace::RunsOut),
        _ => Some(Pace::LastsUntil(cycle.reset)),
    }
}

fn best_video(activities: &[Activity], daily: u64) -> Option<LocalizedText> {
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
        let c = Cycle::from_reset_day(10, date("2026-11-25")).unwrap();
        assert_eq!((c.start, c.reset), (date("2026-11-10"), date("2026-12-10")));
        assert_eq!(c.days_left(date("2026-11-25")), 15);
        assert_eq!(c.days_elapsed(date("2026-11-25")), 16);
        let before = Cycle::from_reset_day(28, date("2026-11-25")).unwrap();
        assert_eq!(
            (before.start, before.reset),
            (date("2026-10-28"), date("2026-11-28"))
        );
        let on_the_day = Cycle::from_reset_day(25, date("2026-11-25")).unwrap();
        assert_eq!(on_the_day.start, date("2026-11-25"));
        assert_eq!(on_the_day.days_elapsed(date("2026-11-25")), 1);
    }

    #[test]
    fn short_months_and_year_ends() {
        let feb = Cycle::from_reset_day(31, date("2026-02-10")).unwrap();
        assert_eq!(
            (feb.start, feb.reset),
            (date("2026-01-31"), date("2026-02-28"))
        );
        let december = Cycle::from_reset_day(5, date("2026-12-20")).unwrap();
        assert_eq!(december.reset, date("2027-01-05"));
        let january = Cycle::from_reset_day(20, date("2027-01-05")).unwrap();
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
        let cycle = Cycle::from_reset_day(16, today).unwrap(); // 10 days in, 21 left
        let b = work_out(&BudgetInput {
            cycle: Some(cycle),
            ..input(Allowance::Bytes(15_000_000_000), 10_000_000_000, None)
        });
        // 1 GB a day so far, 5 GB left: out in 5 days.
        assert_eq!(b.pace, Some(Pace::RunsOut(date("2026-11-30"))));
        assert_eq!(b.days_left, Some(21));
        let slow = work_out(&BudgetInput {
            cycle: Some(cycle),
            ..input(Allowance::Bytes(15_000_000_000), 1_000_000_000, None)
        });
        assert_eq!(
            slow.pace,
            Some(Pace::LastsUntil(cycle.reset)),
            "lasts the cycle"
        );
    }

    /// 19 bytes used on the first day of a 15 GB cycle once gave a run-out day 800 years back.
    #[test]
    fn a_slow_pace_lasts_until_the_reset() {
        let today = date("2026-12-01");
        let cycle = Cycle::from_reset_day(1, today).unwrap();
        for allowance in [15_000_000_000, i64::MAX as u64, u64::MAX] {
            let b = work_out(&BudgetInput {
                cycle: Some(cycle),
                today,
                ..input(Allowance::Bytes(allowance), 19, None)
            });
            assert_eq!(
                b.pace,
                Some(Pace::LastsUntil(date("2027-01-01"))),
                "{allowance}"
            );
        }
    }

    #[test]
    fn nothing_left_runs_out_today_and_nothing_used_has_no_pace() {
        let today = date("2026-11-25");
        let cycle = Some(Cycle::from_reset_day(16, today).unwrap());
        let spent = work_out(&BudgetInput {
            cycle,
            ..input(Allowance::Bytes(1_000), u64::MAX, None)
        });
        assert_eq!(spent.pace, Some(Pace::RunsOut(today)));
        let fresh = work_out(&BudgetInput {
            cycle,
            ..input(Allowance::Bytes(1_000), 0, None)
        });
        assert_eq!(fresh.pace, None);
    }

    #[test]
    fn a_cycle_at_the_calendars_end_is_none_not_a_wrap() {
        assert_eq!(Cycle::from_reset_day(5, date_far("9999-12-20")), None);
        assert!(Cycle::from_reset_day(25, date_far("9999-12-20")).is_some());
    }

    fn date_far(text: &str) -> Date {
        let (y, rest) = text.split_once('-').unwrap();
        let (m, d) = rest.split_once('-').unwrap();
        Date::new(y.parse().unwrap(), m.parse().unwrap(), d.parse().unwrap()).unwrap()
    }
}
