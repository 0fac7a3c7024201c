//! Calendar dates as the knowledge base writes them: `2026-11-25`, and for the date a page
//! itself carries, also `2023-08` or `2023`.

use std::fmt;

use serde::de::Deserializer;
use serde::Deserialize;

use crate::scalar::parse_scalar;

/// A real calendar day (so `2026-02-30` is refused).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

/// The date printed on a source page, as precise as the page is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SourceDate {
    pub year: u16,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

impl Date {
    pub fn parse(text: &str) -> Result<Date, String> {
        let parts = parse_parts(text)?;
        match parts {
            SourceDate {
                year,
                month: Some(month),
                day: Some(day),
            } => Ok(Date { year, month, day }),
            _ => Err(crate::messages::not_a_full_date(text)),
        }
    }

    /// Days since 1970-01-01, for ages in days.
    pub fn days_since_epoch(self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
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

fn parse_parts(text: &str) -> Result<SourceDate, String> {
    let bad = || crate::messages::not_a_date(text);
    let mut pieces = text.trim().split('-');
    let year: u16 = pieces.next().and_then(|p| number(p, 4)).ok_or_else(bad)?;
    let month: Option<u8> = match pieces.next() {
        Some(p) => Some(
            number(p, 2)
                .filter(|m| (1..=12).contains(m))
                .ok_or_else(bad)?,
        ),
        None => None,
    };
    let day: Option<u8> = match (pieces.next(), month) {
        (Some(p), Some(m)) => {
            let d = number(p, 2).ok_or_else(bad)?;
            if d == 0 || d > days_in_month(year, m) {
                return Err(crate::messages::no_such_day(text, year, m, d));
            }
            Some(d)
        }
        _ => None,
    };
    if pieces.next().is_some() || !(1990..=2100).contains(&year) {
        return Err(bad());
    }
    Ok(SourceDate { year, month, day })
}

fn number<T: std::str::FromStr>(piece: &str, width: usize) -> Option<T> {
    if piece.len() == width && piece.bytes().all(|b| b.is_ascii_digit()) {
        piece.parse().ok()
    } else {
        None
    }
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        parse_scalar(deserializer, "a date like 2026-11-25", Date::parse)
    }
}

impl<'de> Deserialize<'de> for SourceDate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        parse_scalar(
            deserializer,
            "a date like 2026-11-25, 2026-11 or 2026",
            parse_parts,
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
        |text| {
            if text.trim().eq_ignore_ascii_case("unknown") {
                Ok(None)
            } else {
                parse_parts(text).map(Some)
            }
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn real_dates_only() {
        assert!(Date::parse("2026-11-25").is_ok());
        assert!(Date::parse("2024-02-29").is_ok());
        assert!(Date::parse("2026-02-29").unwrap_err().contains("no day 29"));
        assert!(Date::parse("2026-13-01").is_err());
        assert!(Date::parse("2026-11").is_err());
        assert!(Date::parse("25/11/2026").is_err());
    }

    #[test]
    fn source_dates_may_be_partial() {
        let d: SourceDate = serde_yaml::from_str("\"2023-08\"").unwrap();
        assert_eq!(d.to_string(), "2023-08");
        let y: SourceDate = serde_yaml::from_str("2019").unwrap();
        assert_eq!(y.to_string(), "2019");
    }

    #[test]
    fn day_arithmetic() {
        let a = Date::parse("2026-03-02").unwrap();
        let b = Date::parse("2026-11-25").unwrap();
        assert_eq!(b.days_since_epoch() - a.days_since_epoch(), 268);
        assert_eq!(
            Date::parse("2000-01-01").unwrap().days_since_epoch(),
            10_957
        );
    }
}

impl Date {
    /// Today in UTC, from the system clock.
    pub fn today() -> Date {
        let secs = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs())
            .unwrap_or(0);
        Date::from_days_since_epoch((secs / 86_400) as i64)
    }

    /// Howard Hinnant's civil_from_days.
    pub fn from_days_since_epoch(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as u16;
        Date { year, month, day }
    }
}

/// Plans change: a fact checked longer ago than this is flagged wherever it is used.
pub const STALE_AFTER_DAYS: i64 = 180;

impl Date {
    /// Whole days from `self` to `today`.
    pub fn days_until(self, today: Date) -> i64 {
        today.days_since_epoch() - self.days_since_epoch()
    }

    pub fn is_stale(self, today: Date) -> bool {
        self.days_until(today) > STALE_AFTER_DAYS
    }
}

impl SourceDate {
    /// The earliest day the page could carry, for a rough age.
    pub fn earliest(self) -> Date {
        Date {
            year: self.year,
            month: self.month.unwrap_or(1),
            day: self.day.unwrap_or(1),
        }
    }
}

#[cfg(test)]
mod clock_tests {
    use super::*;

    #[test]
    fn days_round_trip() {
        for text in ["1990-01-01", "2000-02-29", "2026-11-25", "2099-12-31"] {
            let d = Date::parse(text).unwrap();
            assert_eq!(Date::from_days_since_epoch(d.days_since_epoch()), d);
        }
    }
}
