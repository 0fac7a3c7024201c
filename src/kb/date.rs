//! Calendar dates as the knowledge base writes them: `2026-11-25`, and for the date a page
//! itself carries, also `2023-08` or `2023`.
//!
//! The calendar itself (month lengths, leap years, day counts, the local date) is jiff's: a
//! date library that reads the system's time-zone database, so "today" is the day on the
//! person's own clock, not in Greenwich.

use std::fmt;
use std::sync::OnceLock;

use jiff::civil;
use jiff::tz::TimeZone;
use jiff::{Span, Timestamp};
use serde::de::Deserializer;
use serde::Deserialize;

use crate::scalar::parse_scalar;

/// A real calendar day (so `2026-02-30` is refused).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(civil::Date);

/// Why a text is not a date, with the text. Its words are chosen when it is shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DateError {
    NotADate(String),
    /// A year or a month where a whole day is needed.
    NotAFullDate(String),
    /// A month and day the calendar does not have: `2026-02-30`.
    NoSuchDay {
        text: String,
        year: u16,
        month: u8,
        day: u8,
    },
}

/// The date printed on a source page, as precise as the page is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SourceDate {
    pub year: u16,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

impl Date {
    /// The day `year-month-day`, if the calendar has it.
    pub fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        let year = i16::try_from(year).ok()?;
        let month = i8::try_from(month).ok()?;
        let day = i8::try_from(day).ok()?;
        civil::Date::new(year, month, day).ok().map(Date)
    }

    pub fn parse(text: &str) -> Result<Date, DateError> {
        if let Some(date) = written_in_full(text.as_bytes()) {
            return Ok(date);
        }
        match parse_parts(text)? {
            (_, Some(date)) => Ok(date),
            (_, None) => Err(DateError::NotAFullDate(text.to_string())),
        }
    }

    /// Today on the person's clock: in the zone `TZ` names, else the system's (on Linux,
    /// `/etc/localtime`), else UTC.
    pub fn today() -> Date {
        Date::on(Timestamp::now(), local())
    }

    /// The instant this day begins in a time zone (its midnight, or the first instant after a
    /// gap); `None` only at the calendar's ends.
    pub fn start_in(self, zone: &TimeZone) -> Option<Timestamp> {
        self.0
            .to_zoned_datetime(zone.clone())
            .ok()
            .map(|day| day.timestamp())
    }

    /// The calendar day an instant falls on in a time zone.
    pub fn on(instant: Timestamp, zone: &TimeZone) -> Date {
        Date(instant.to_zoned_datetime(zone.clone()).date())
    }

    pub fn year(self) -> u16 {
        // The calendar starts at year -9999; every date this program reads is after 1990.
        u16::try_from(self.0.year()).unwrap_or(0)
    }

    pub fn month(self) -> u8 {
        self.0.month().unsigned_abs()
    }

    pub fn day(self) -> u8 {
        self.0.day().unsigned_abs()
    }

    /// Days in this date's month.
    pub fn days_in_month(self) -> u8 {
        self.0.days_in_month().unsigned_abs()
    }

    /// Days since 1970-01-01, for ages in days.
    pub fn days_since_epoch(self) -> i64 {
        civil::Date::constant(1970, 1, 1)
            .duration_until(self.0)
            .as_hours()
            / 24
    }

    /// Whole days from `self` to `later` (negative when `later` is earlier). Exact: any two
    /// dates of the calendar are less than 7.3 million days apart.
    pub fn days_to(self, later: Date) -> i64 {
        self.0.duration_until(later.0).as_hours() / 24
    }

    /// The date `days` later (or earlier), or `None` past the calendar's end (year 9999).
    pub fn checked_add_days(self, days: i64) -> Option<Date> {
        let span = Span::new().try_days(days).ok()?;
        self.0.checked_add(span).ok().map(Date)
    }

    /// The first of the month `months` after (or before) this date's, or `None` past the
    /// calendar's end.
    pub fn first_of_month_after(self, months: i32) -> Option<Date> {
        let span = Span::new().try_months(months).ok()?;
        self.0.first_of_month().checked_add(span).ok().map(Date)
    }

    /// Day `day` of this date's month, or its last day when the month is shorter (the 31st
    /// of February is the 28th or 29th).
    pub fn on_day_of_month(self, day: u8) -> Date {
        let day = day.clamp(1, self.days_in_month());
        // In range by the clamp, so the fallback is never taken.
        self.0
            .with()
            .day(i8::try_from(day).unwrap_or(1))
            .build()
            .map_or(self, Date)
    }
}

/// The zone of the person's clock: in the zone `TZ` names, else the system's, else UTC.
pub fn local() -> &'static TimeZone {
    static LOCAL: OnceLock<TimeZone> = OnceLock::new();
    LOCAL.get_or_init(local_zone)
}

/// The zone of the person's clock, read once. Without `TZ`, `/etc/localtime` is read as it is: the
/// system lookup would first list the whole zoneinfo directory to learn the zone's name,
/// which a date does not need, and that costs a millisecond at every start.
fn local_zone() -> TimeZone {
    if cfg!(unix) && std::env::var_os("TZ").is_none() {
        let local = std::fs::read("/etc/localtime").ok();
        if let Some(zone) = local.and_then(|data| TimeZone::tzif("localtime", &data).ok()) {
            return zone;
        }
    }
    TimeZone::system()
}

/// `2026-11-25`. Written digit by digit: a table of plans writes a date a row, and the
/// formatting machinery took a tenth of drawing it.
impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (year, month, day) = (self.0.year(), self.0.month(), self.0.day());
        let Ok(year) = u16::try_from(year) else {
            return write!(f, "{year:04}-{month:02}-{day:02}");
        };
        let digit = |n: u16, place: u16| b'0' + (n / place % 10) as u8;
        let [month, day] = [month, day].map(|n| n.unsigned_abs() as u16);
        let text = [
            digit(year, 1000),
            digit(year, 100),
            digit(year, 10),
            digit(year, 1),
            b'-',
            digit(month, 10),
            digit(month, 1),
            b'-',
            digit(day, 10),
            digit(day, 1),
        ];
        f.write_str(std::str::from_utf8(&text).map_err(|_| fmt::Error)?)
    }
}

impl fmt::Display for SourceDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(month) = self.month {
            write!(f, "-{month:02}")?;
        }
        if let Some(day) = self.day {
            write!(f, "-{day:02}")?;
        }
        Ok(())
    }
}

/// The parts written, and the day they make when all three are.
fn parse_parts(text: &str) -> Result<(SourceDate, Option<Date>), DateError> {
    let bad = || DateError::NotADate(text.to_string());
    // Read as bytes: every `verified` and page date of the carriers is read by `plans`.
    let mut pieces = text.trim().as_bytes().split(|&b| b == b'-');
    let year: u16 = pieces.next().and_then(|p| number(p, 4)).ok_or_else(bad)?;
    let month: Option<u8> = match pieces.next() {
        Some(p) => Some(
            number(p, 2)
                .filter(|m| (1..=12).contains(m))
                .ok_or_else(bad)?,
        ),
        None => None,
    };
    let (day, date) = match (pieces.next(), month) {
        (Some(p), Some(m)) => {
            let d = number(p, 2).ok_or_else(bad)?;
            let Some(date) = Date::new(year, m, d) else {
                return Err(DateError::NoSuchDay {
                    text: text.to_string(),
                    year,
                    month: m,
                    day: d,
                });
            };
            (Some(d), Some(date))
        }
        _ => (None, None),
    };
    if pieces.next().is_some() || !(1990..=2100).contains(&year) {
        return Err(bad());
    }
    Ok((SourceDate { year, month, day }, date))
}

/// A day as every built-in date is written, `2026-11-25`, read without splitting it up:
/// `plans` reads some two hundred. Anything else, or a day that does not exist, is `None`,
/// and left to [`parse_parts`], which says what is wrong.
fn written_in_full(text: &[u8]) -> Option<Date> {
    let [_, _, _, _, b'-', _, _, b'-', _, _] = text else {
        return None;
    };
    let year: u16 = number(&text[..4], 4).filter(|y| (1990..=2100).contains(y))?;
    Date::new(year, number(&text[5..7], 2)?, number(&text[8..], 2)?)
}

/// `width` digits, and nothing else.
fn number<T: TryFrom<u32>>(piece: &[u8], width: usize) -> Option<T> {
    if piece.len() != width || !piece.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let value = piece
        .iter()
        .fold(0u32, |value, digit| value * 10 + u32::from(digit - b'0'));
    T::try_from(value).ok()
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        parse_scalar(deserializer, "a date like 2026-11-25", |scalar| {
            Date::parse(&scalar.text())
        })
    }
}

impl<'de> Deserialize<'de> for SourceDate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        parse_scalar(
            deserializer,
            "a date like 2026-11-25, 2026-11 or 2026",
            |scalar| parse_parts(&scalar.text()).map(|(parts, _)| parts),
        )
    }
}

/// A page's own date, where `unknown` says the page carries none.
pub fn page_date<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<SourceDate>, D::Error> {
    parse_scalar(
        deserializer,
        "a date like 2026-11-25, 2026-11 or 2026",
        |scalar| {
            let text = scalar.text();
            if text.trim().eq_ignore_ascii_case("unknown") {
                Ok(None)
            } else {
                parse_parts(&text).map(|(parts, _)| Some(parts))
            }
        },
    )
}

/// Plans change: a fact checked longer ago than this is flagged wherever it is used.
pub const STALE_AFTER_DAYS: i64 = 180;

impl Date {
    /// Whole days from `self` to `today`.
    pub fn days_until(self, today: Date) -> i64 {
        self.days_to(today)
    }

    pub fn is_stale(self, today: Date) -> bool {
        self.days_until(today) > STALE_AFTER_DAYS
    }

    /// Whether the date is stale today on the person's clock (see [`Date::today`]).
    pub fn is_stale_now(self) -> bool {
        self.is_stale_at(Timestamp::now(), local)
    }

    /// Whether the date is stale at `now` in the zone `local` gives. Every zone's day is
    /// within one of UTC's (zones run from UTC-12 to UTC+14), so the zone is read only for a
    /// date that turns stale within that reach: reading and decoding `/etc/localtime` was
    /// the largest part of a `check`'s JSON that its facts did not need.
    pub fn is_stale_at<'z>(self, now: Timestamp, local: impl FnOnce() -> &'z TimeZone) -> bool {
        let utc = Date::on(now, &TimeZone::UTC);
        let edges = [-1, 1].map(|days| utc.checked_add_days(days).map(|day| self.is_stale(day)));
        match edges {
            [Some(day_before), Some(day_after)] if day_before == day_after => day_before,
            _ => self.is_stale(Date::on(now, local())),
        }
    }
}

impl SourceDate {
    /// The earliest day the page could carry, for a rough age.
    pub fn earliest(self) -> Date {
        let first_of_year = Date::new(self.year, 1, 1);
        let month = self.month.unwrap_or(1);
        let day = self.day.unwrap_or(1);
        Date::new(self.year, month, day)
            .or(first_of_year)
            // A page date is read only through `parse_parts`, which takes years 1990 to 2100.
            .unwrap_or(Date(civil::Date::constant(1990, 1, 1)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn real_dates_only() {
        assert!(Date::parse("2026-11-25").is_ok());
        assert!(Date::parse("2024-02-29").is_ok());
        let no_day = |text: &str| match Date::parse(text) {
            Err(DateError::NoSuchDay { day, .. }) => Some(day),
            _ => None,
        };
        assert_eq!(no_day("2026-02-29"), Some(29));
        assert_eq!(no_day("2100-02-29"), Some(29));
        assert!(Date::parse("2000-02-29").is_ok());
        assert_eq!(no_day("2026-04-31"), Some(31));
        assert!(Date::parse("2026-13-01").is_err());
        assert!(Date::parse("2026-11").is_err());
        assert!(Date::parse("25/11/2026").is_err());
        assert!(Date::parse("1989-12-31").is_err());
        assert!(Date::parse("2101-01-01").is_err());
        assert!(Date::parse("2026-00-10").is_err());
        assert!(Date::parse("2026-1a-10").is_err());
        assert!(Date::parse("2026-10-+1").is_err());
        assert_eq!(Date::parse("2100-12-31").unwrap().to_string(), "2100-12-31");
        assert_eq!(
            Date::parse(" 2026-01-05 ").unwrap().to_string(),
            "2026-01-05"
        );
    }

    /// The digit-by-digit writing is the formatted one, for every year a date can have.
    #[test]
    fn a_date_is_written_as_formatting_writes_it() {
        for year in -9999..=9999_i16 {
            for (month, day) in [(1, 1), (2, 9), (9, 30), (10, 5), (12, 31)] {
                let date = Date(civil::Date::new(year, month, day).unwrap());
                let formatted = format!("{year:04}-{month:02}-{day:02}");
                assert_eq!(date.to_string(), formatted);
            }
        }
    }

    #[test]
    fn source_dates_may_be_partial() {
        let d: SourceDate = serde_yaml::from_str("\"2023-08\"").unwrap();
        assert_eq!(d.to_string(), "2023-08");
        assert_eq!(d.earliest().to_string(), "2023-08-01");
        let y: SourceDate = serde_yaml::from_str("2019").unwrap();
        assert_eq!(y.to_string(), "2019");
        assert_eq!(y.earliest().to_string(), "2019-01-01");
    }

    #[test]
    fn day_arithmetic() {
        let a = Date::parse("2026-03-02").unwrap();
        let b = Date::parse("2026-11-25").unwrap();
        assert_eq!(b.days_since_epoch() - a.days_since_epoch(), 268);
        assert_eq!(a.days_to(b), 268);
        assert_eq!(b.days_to(a), -268);
        assert_eq!(
            Date::parse("2000-01-01").unwrap().days_since_epoch(),
            10_957
        );
        assert_eq!(a.checked_add_days(268), Some(b));
        assert_eq!(b.checked_add_days(-268), Some(a));
        assert_eq!(b.checked_add_days(i64::MAX), None);
        assert_eq!(b.checked_add_days(5_000_000), None, "past year 9999");
    }

    #[test]
    fn months_and_their_last_days() {
        let jan = Date::parse("2026-01-31").unwrap();
        assert_eq!(
            jan.first_of_month_after(1).unwrap().to_string(),
            "2026-02-01"
        );
        assert_eq!(
            jan.first_of_month_after(-1).unwrap().to_string(),
            "2025-12-01"
        );
        assert_eq!(jan.first_of_month_after(i32::MAX), None);
        let feb = Date::parse("2024-02-10").unwrap();
        assert_eq!(feb.on_day_of_month(31).to_string(), "2024-02-29");
        assert_eq!(feb.on_day_of_month(0).to_string(), "2024-02-01");
        assert_eq!(feb.on_day_of_month(15).to_string(), "2024-02-15");
    }

    /// Around the day a fact turns stale, and at instants where the local day is UTC's, the
    /// day before or the day after, staleness is what the local day says.
    #[test]
    fn staleness_is_read_on_the_local_day_without_reading_the_zone_when_it_cannot_matter() {
        let zones = [
            TimeZone::posix("EST5EDT,M3.2.0,M11.1.0").unwrap(),
            TimeZone::posix("JST-9").unwrap(),
            TimeZone::posix("<-12>12").unwrap(),
            TimeZone::posix("<+14>-14").unwrap(),
            TimeZone::UTC,
        ];
        let instants = [
            "2026-12-01T00:30:00Z",
            "2026-12-01T11:59:00Z",
            "2026-12-01T23:30:00Z",
        ];
        let edge = Date::parse("2026-12-01").unwrap();
        let mut zone_read = 0;
        for instant in instants {
            let now: Timestamp = instant.parse().unwrap();
            for zone in &zones {
                for back in STALE_AFTER_DAYS - 4..STALE_AFTER_DAYS + 4 {
                    let verified = edge.checked_add_days(-back).unwrap();
                    let expected = verified.is_stale(Date::on(now, zone));
                    let read = std::cell::Cell::new(false);
                    let at = verified.is_stale_at(now, || {
                        read.set(true);
                        zone
                    });
                    assert_eq!(at, expected, "{verified} at {instant} in {zone:?}");
                    zone_read += usize::from(read.get());
                }
                // Far from the edge, the zone is not read.
                let fresh = edge.checked_add_days(-30).unwrap();
                assert!(!fresh.is_stale_at(now, || unreachable!()));
                let old = edge.checked_add_days(-400).unwrap();
                assert!(old.is_stale_at(now, || unreachable!()));
            }
        }
        // Near the edge it is, for two of the eight days.
        assert_eq!(zone_read, instants.len() * zones.len() * 2);
    }

    /// 2026-12-01 03:00 UTC is still the evening of November 30th in New York, and already
    /// noon on December 1st in Tokyo.
    #[test]
    fn today_is_the_day_on_the_local_clock() {
        let instant: Timestamp = "2026-12-01T03:00:00Z".parse().unwrap();
        let new_york = TimeZone::posix("EST5EDT,M3.2.0,M11.1.0").unwrap();
        let tokyo = TimeZone::posix("JST-9").unwrap();
        assert_eq!(Date::on(instant, &new_york).to_string(), "2026-11-30");
        assert_eq!(Date::on(instant, &tokyo).to_string(), "2026-12-01");
        assert_eq!(Date::on(instant, &TimeZone::UTC).to_string(), "2026-12-01");
        // Summer time counts: 2026-07-01 03:30 UTC is 23:30 the day before in New York (UTC-4).
        let summer: Timestamp = "2026-07-01T03:30:00Z".parse().unwrap();
        assert_eq!(Date::on(summer, &new_york).to_string(), "2026-06-30");
    }
}
