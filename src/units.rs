//! Data sizes and link speeds, as carriers write them.
//!
//! One parser serves the knowledge base and the command line, so `15GB` means the same thing
//! in a plan file and in `--used 15GB`. Carriers count in powers of ten: 1 GB = 1000 MB.

use std::fmt;

use serde::de::Deserializer;
use serde::Deserialize;

use crate::scalar::{parse_scalar, Scalar};

const KB: f64 = 1e3;
const MB: f64 = 1e6;
const GB: f64 = 1e9;
const TB: f64 = 1e12;

/// A monthly (or daily) data allowance.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Allowance {
    /// A fixed number of bytes at full speed; `Bytes(0)` is "no full-speed data at all".
    Bytes(u64),
    Unlimited,
}

impl Allowance {
    /// For comparisons, unlimited is larger than any number of bytes.
    pub fn as_f64(self) -> f64 {
        match self {
            Allowance::Bytes(b) => b as f64,
            Allowance::Unlimited => f64::INFINITY,
        }
    }

    pub fn bytes(self) -> Option<u64> {
        match self {
            Allowance::Bytes(b) => Some(b),
            Allowance::Unlimited => None,
        }
    }
}

impl fmt::Display for Allowance {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Allowance::Unlimited => f.write_str("unlimited"),
            Allowance::Bytes(b) => f.write_str(&format_bytes(*b)),
        }
    }
}

/// A speed in kilobits per second; `Blocked` is a connection cut off entirely.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Speed {
    Kbps(u64),
    Blocked,
}

impl Speed {
    pub fn kbps(self) -> u64 {
        match self {
            Speed::Kbps(k) => k,
            Speed::Blocked => 0,
        }
    }
}

impl fmt::Display for Speed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Speed::Blocked => f.write_str("blocked"),
            Speed::Kbps(k) if *k >= 1000 => write!(f, "{} Mbps", trim_number(*k as f64 / 1000.0)),
            Speed::Kbps(k) => write!(f, "{k} kbps"),
        }
    }
}

/// A value the knowledge base may leave open: `unknown` is an answer, not a gap.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Known<T> {
    Known(T),
    Unknown,
}

impl<T: Copy> Known<T> {
    pub fn get(&self) -> Option<T> {
        match self {
            Known::Known(v) => Some(*v),
            Known::Unknown => None,
        }
    }
}

/// Formats a byte count the way a carrier's page would: `15 GB`, `500 MB`, `1.5 GB`.
pub fn format_bytes(bytes: u64) -> String {
    let b = bytes as f64;
    let (value, unit) = if b >= TB {
        (b / TB, "TB")
    } else if b >= GB {
        (b / GB, "GB")
    } else if b >= MB {
        (b / MB, "MB")
    } else if b >= KB {
        (b / KB, "KB")
    } else {
        (b, "B")
    };
    format!("{} {unit}", trim_number(value))
}

/// A size as people say it: two significant figures ("730 MB", "1.3 GB", "48 GB"), for a
/// budget that is an estimate anyway.
pub fn format_bytes_roughly(bytes: u64) -> String {
    if bytes < 10 {
        return format_bytes(bytes);
    }
    let digits = bytes.ilog10();
    let step = 10u64.pow(digits - 1);
    let down = bytes / step * step;
    format_bytes(if bytes % step >= step / 2 {
        down.saturating_add(step)
    } else {
        down
    })
}

/// A byte count written exactly, in the largest unit it reaches, for a file a person may
/// read: `3.123456789GB`, `800MB`, `12B`. [`parse_bytes`] reads it back to the same count
/// below 10 TB, far past any allowance.
pub fn exact_bytes(bytes: u64) -> String {
    let (unit, name) = [
        (1_000_000_000_000, "TB"),
        (1_000_000_000, "GB"),
        (1_000_000, "MB"),
        (1_000, "KB"),
    ]
    .into_iter()
    .find(|(unit, _)| bytes >= *unit)
    .unwrap_or((1, "B"));
    let (whole, part) = (bytes / unit, bytes % unit);
    if part == 0 {
        return format!("{whole}{name}");
    }
    let digits = unit.ilog10() as usize;
    let fraction = format!("{part:0digits$}");
    format!("{whole}.{}{name}", fraction.trim_end_matches('0'))
}

/// A figure to two decimals at most, without trailing zeros: `1.5`, `15`, `0.25`.
fn trim_number(value: f64) -> String {
    let hundredths = (value * 100.0).round();
    // Sizes are whole bytes, so any figure is far below where a float stops holding every
    // whole number: written from the integer, without formatting a float (a table of plans
    // writes hundreds).
    if !(0.0..1e15).contains(&hundredths) {
        let text = format!("{:.2}", hundredths / 100.0);
        return text.trim_end_matches('0').trim_end_matches('.').to_string();
    }
    let hundredths = hundredths as u64;
    match (hundredths / 100, hundredths % 100) {
        (whole, 0) => whole.to_string(),
        (whole, part) if part % 10 == 0 => format!("{whole}.{}", part / 10),
        (whole, part) => format!("{whole}.{part:02}"),
    }
}

use crate::text::halfwidth;

/// What a value was meant to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Quantity {
    Size,
    Speed,
}

/// Why a size or a speed could not be read, with what was given: the words are chosen when it
/// is shown (`messages`), each saying what to write instead.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ValueError {
    Empty(Quantity),
    Negative(String, Quantity),
    NoNumber(String, Quantity),
    NoUnit(String, Quantity),
    UnknownUnit(String, Quantity),
    TooLarge(String, Quantity),
    /// Not zero, yet less than one byte or one kbps: a mistake, not "none".
    BelowOne(String, Quantity),
    /// `true` or `false` where a size or speed belongs.
    Bool(bool, Quantity),
    /// What is left ("25 GB left") where what was used belongs.
    LeftNotUsed(String),
    /// "15 G" in a file: the size meant is plain.
    SizeMeant {
        input: String,
        digits: String,
    },
    /// "1,5GB": a comma inside the number, as a decimal mark (written with a point) or, before
    /// three digits, perhaps between thousands. Which is meant is asked, not guessed.
    CommaInNumber {
        input: String,
        quantity: Quantity,
        meant: CommaMeant,
    },
}

/// What a comma in a number can mean, each reading written as the value to type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CommaMeant {
    /// One comma, not before three digits: `1,5GB` as `1.5GB`.
    Decimal(String),
    /// Commas each before three digits: `1,000,000MB` as `1000000MB`.
    Thousands(String),
    /// One comma before three digits: `1,500MB` as `1500MB` or `1.500MB`.
    Either { thousands: String, decimal: String },
}

/// A size as a person types it at a flag or in the guide: what [`parse_bytes`] reads, and the
/// units people say (`5 gigs`, `2 G`, `800 megs`, `1.5 gigabytes`). Files keep the strict form
/// their schema describes.
pub fn parse_spoken_bytes(input: &str) -> Result<u64, ValueError> {
    let ascii = halfwidth(input);
    let trimmed = ascii.trim();
    let split = trimmed
        .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == '-' || c == ' '))
        .unwrap_or(trimmed.len());
    let (number, unit) = trimmed.split_at(split);
    // Nothing used needs no unit.
    let zero = |n: &str| n.contains('0') && n.chars().all(|c| c == '0' || c == '.');
    if unit.trim().is_empty() && zero(number.trim()) {
        return Ok(0);
    }
    let unit = match unit.trim().to_ascii_lowercase().as_str() {
        "kilobyte" | "kilobytes" => "KB",
        "meg" | "megs" | "megabyte" | "megabytes" => "MB",
        "gig" | "gigs" | "gigabyte" | "gigabytes" => "GB",
        "terabyte" | "terabytes" => "TB",
        // Binary units, which some apps and operating systems show: 1 GiB is 1,073,741,824
        // bytes, about 7% more than the 1 GB carriers count.
        "kib" => return binary_bytes(input, number, 1 << 10),
        "mib" => return binary_bytes(input, number, 1 << 20),
        "gib" => return binary_bytes(input, number, 1 << 30),
        "tib" => return binary_bytes(input, number, 1 << 40),
        // "5G" is as likely the network as a size: ask rather than guess.
        "g" => {
            return Err(ValueError::SizeMeant {
                input: input.to_string(),
                digits: number.trim().to_string(),
            })
        }
        _ => return parse_bytes(input),
    };
    parse_bytes(&format!("{}{unit}", number.trim())).map_err(|_| {
        // Errors name what was typed, not the rewritten form.
        parse_bytes(input)
            .err()
            .unwrap_or(ValueError::UnknownUnit(input.to_string(), Quantity::Size))
    })
}

/// Whether a size was typed in binary units (`5 GiB`), so a report can say how it counted.
pub fn is_binary_size(input: &str) -> bool {
    let unit = halfwidth(input)
        .trim()
        .trim_start_matches(|c: char| c.is_ascii_digit() || c == '.' || c == ' ')
        .to_ascii_lowercase();
    matches!(unit.as_str(), "kib" | "mib" | "gib" | "tib") && parse_spoken_bytes(input).is_ok()
}

/// Data used as a person gives it: the bytes, and whether they were counted in binary units
/// (`5 GiB`), so that a report can say how it read the figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DataUsed {
    pub bytes: u64,
    pub binary: bool,
}

impl DataUsed {
    /// A size as [`parse_spoken_bytes`] reads it, also as a carrier's app shows it and a
    /// person pastes it: `5.2 GB used`, `Used 5.2 GB of 50 GB`, `已用 5GB`. What is left
    /// (`25 GB left`, `剩余 25GB`) is refused, not read as used.
    pub fn parse(input: &str) -> Result<DataUsed, ValueError> {
        let figure = used_figure(input)?;
        Ok(DataUsed {
            bytes: parse_spoken_bytes(figure)?,
            binary: is_binary_size(figure),
        })
    }

    /// The size written exactly, in the units it was given in: `3.5GB`, `5GiB`.
    pub fn written(self) -> String {
        if !self.binary {
            return exact_bytes(self.bytes);
        }
        let (unit, name) = [(1u64 << 40, "TiB"), (1 << 30, "GiB"), (1 << 20, "MiB")]
            .into_iter()
            .find(|(unit, _)| self.bytes >= *unit)
            .unwrap_or((1 << 10, "KiB"));
        // The shortest decimal that reads back to the same quotient, which a power of two
        // times gives the same count again.
        format!("{}{name}", self.bytes as f64 / unit as f64)
    }
}

/// The figure of data used in an app's wording: the words "used" and 已用 taken off, and
/// what follows " of " or "/" (the allowance) left out. A size alone is returned as it is.
fn used_figure(input: &str) -> Result<&str, ValueError> {
    let lower = input.to_lowercase();
    if ["left", "remaining", "剩余", "剩下", "还剩"]
        .iter()
        .any(|word| lower.contains(word))
    {
        return Err(ValueError::LeftNotUsed(input.to_string()));
    }
    let mut figure = input.trim();
    for word in ["已使用", "已用", "used"] {
        figure = strip_prefix_ignoring_case(figure, word)
            .unwrap_or(figure)
            .trim();
        figure = strip_suffix_ignoring_case(figure, word)
            .unwrap_or(figure)
            .trim();
    }
    let figure_lower = figure.to_ascii_lowercase();
    let allowance_at = [" of ", "/", "／"]
        .iter()
        .filter_map(|mark| figure_lower.find(mark))
        .min();
    Ok(match allowance_at {
        Some(at) if at > 0 => figure[..at].trim(),
        _ => figure,
    })
}

fn strip_prefix_ignoring_case<'a>(text: &'a str, word: &str) -> Option<&'a str> {
    let head = text.get(..word.len())?;
    head.eq_ignore_ascii_case(word).then(|| &text[word.len()..])
}

fn strip_suffix_ignoring_case<'a>(text: &'a str, word: &str) -> Option<&'a str> {
    let at = text.len().checked_sub(word.len())?;
    let tail = text.get(at..)?;
    tail.eq_ignore_ascii_case(word).then(|| &text[..at])
}

/// An allowance written as [`parse_spoken_allowance`] reads it back: `15GB`, `unlimited`,
/// `none`.
pub fn written_allowance(allowance: Allowance) -> String {
    match allowance {
        Allowance::Unlimited => "unlimited".into(),
        Allowance::Bytes(0) => "none".into(),
        Allowance::Bytes(bytes) => exact_bytes(bytes),
    }
}

/// A speed after the allowance written as [`parse_after_cap`] reads it back: `600kbps`,
/// `3Mbps`, `stop`.
pub fn written_after_cap(speed: Speed) -> String {
    match speed {
        Speed::Blocked => "stop".into(),
        Speed::Kbps(k) if k >= 1000 && k % 1000 == 0 => format!("{}Mbps", k / 1000),
        Speed::Kbps(k) => format!("{k}kbps"),
    }
}

/// `number` units of `unit` bytes, read as strictly as a decimal size.
fn binary_bytes(input: &str, number: &str, unit: u64) -> Result<u64, ValueError> {
    let (value, rest) = split_number(number, input, Quantity::Size)?;
    if !rest.is_empty() {
        return Err(ValueError::NoNumber(input.to_string(), Quantity::Size));
    }
    to_whole(value * unit as f64, input, Quantity::Size)
        .and_then(|bytes| at_least_one(bytes, value, input, Quantity::Size))
}

/// Whether `word` alone is a unit a size or a speed is written with after its number
/// (`GB`, `gigs`, `kbps`, and `G`, which is asked about): the readers here decide it.
pub fn is_unit_word(word: &str) -> bool {
    let number_of_its_own = word.starts_with(|c: char| c.is_ascii_digit() || "+-.".contains(c));
    if word.is_empty() || number_of_its_own {
        return false;
    }
    let one = format!("1{word}");
    matches!(
        parse_spoken_bytes(&one),
        Ok(_) | Err(ValueError::SizeMeant { .. })
    ) || parse_speed(&one).is_ok()
}

/// An allowance as a person gives it: a size as said (`15GB`, `5 gigs`), `unlimited`, or
/// `none` for no full-speed hotspot data.
pub fn parse_spoken_allowance(input: &str) -> Result<Allowance, ValueError> {
    match halfwidth(input).trim().to_ascii_lowercase().as_str() {
        "unlimited" => Ok(Allowance::Unlimited),
        "none" | "0" => Ok(Allowance::Bytes(0)),
        _ => parse_spoken_bytes(input).map(Allowance::Bytes),
    }
}

/// The speed after the allowance as a person gives it: a speed, or `stop` when hotspot stops.
pub fn parse_after_cap(input: &str) -> Result<Speed, ValueError> {
    match halfwidth(input).trim().to_ascii_lowercase().as_str() {
        "stop" | "stops" | "off" | "none" => Ok(Speed::Blocked),
        _ => parse_speed(input),
    }
}

/// Parses a data size such as `2GB`, `2 gb`, `1.5GB`, `500MB` into bytes.
pub fn parse_bytes(input: &str) -> Result<u64, ValueError> {
    let ascii = halfwidth(input);
    let (number, unit) = split_number(&ascii, input, Quantity::Size)?;
    let multiplier = unit_of(unit, SIZE_UNITS, input, Quantity::Size)?;
    to_whole(number * multiplier, input, Quantity::Size)
        .and_then(|bytes| at_least_one(bytes, number, input, Quantity::Size))
}

/// The units a size is written in, as multiples of a byte.
const SIZE_UNITS: &[(&str, f64)] = &[
    ("b", 1.0),
    ("bytes", 1.0),
    ("byte", 1.0),
    ("kb", KB),
    ("mb", MB),
    ("gb", GB),
    ("tb", TB),
];

/// The units a speed is written in, as multiples of a kilobit a second.
const SPEED_UNITS: &[(&str, f64)] = &[
    ("kbps", 1.0),
    ("kbit/s", 1.0),
    ("mbps", 1000.0),
    ("mbit/s", 1000.0),
    ("gbps", 1_000_000.0),
    ("gbit/s", 1_000_000.0),
];

/// What `unit`, in any case, multiplies by among `units`, or what is wrong with `input`: no
/// unit, or one not among them. Compared without a lower-case copy: every size and speed of
/// the knowledge base is read this way.
fn unit_of(
    unit: &str,
    units: &[(&str, f64)],
    input: &str,
    quantity: Quantity,
) -> Result<f64, ValueError> {
    match units
        .iter()
        .find(|(name, _)| unit.eq_ignore_ascii_case(name))
    {
        Some(&(_, multiplier)) => Ok(multiplier),
        None if unit.is_empty() => Err(ValueError::NoUnit(input.to_string(), quantity)),
        None => Err(ValueError::UnknownUnit(input.to_string(), quantity)),
    }
}

/// Parses an allowance: a size, or `unlimited`, or `none` (no full-speed data).
pub fn parse_allowance(input: &str) -> Result<Allowance, ValueError> {
    match input.trim() {
        word if word.eq_ignore_ascii_case("unlimited") => Ok(Allowance::Unlimited),
        word if word.eq_ignore_ascii_case("none") || word == "0" => Ok(Allowance::Bytes(0)),
        _ => parse_bytes(input).map(Allowance::Bytes),
    }
}

/// Parses a speed such as `600kbps`, `3 Mbps` or `blocked`.
pub fn parse_speed(input: &str) -> Result<Speed, ValueError> {
    let ascii = halfwidth(input);
    if ascii.trim().eq_ignore_ascii_case("blocked") {
        return Ok(Speed::Blocked);
    }
    let (number, unit) = split_number(&ascii, input, Quantity::Speed)?;
    let multiplier = unit_of(unit, SPEED_UNITS, input, Quantity::Speed)?;
    to_whole(number * multiplier, input, Quantity::Speed)
        .and_then(|kbps| at_least_one(kbps, number, input, Quantity::Speed))
        .map(Speed::Kbps)
}

/// Splits `"1.5 GB"` into `(1.5, "GB")`, refusing negative, empty and non-numeric input.
/// `text` is the input with full-width forms made ASCII; `input` is as typed, for messages.
fn split_number<'a>(
    text: &'a str,
    input: &str,
    quantity: Quantity,
) -> Result<(f64, &'a str), ValueError> {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        return Err(ValueError::Empty(quantity));
    }
    if trimmed.starts_with('-') {
        return Err(ValueError::Negative(input.to_string(), quantity));
    }
    let split = trimmed
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(trimmed.len());
    let (digits, unit) = trimmed.split_at(split);
    if let Some(error) = comma_in_number(digits, unit, input, quantity) {
        return Err(error);
    }
    let number: f64 = digits
        .parse()
        .map_err(|_| ValueError::NoNumber(input.to_string(), quantity))?;
    Ok((number, unit.trim()))
}

/// `1,5GB`, `1,500MB` or `1,000,000MB`: the number goes on past a comma, which is then in
/// it. One comma may be a decimal mark; commas each before three digits may part thousands.
fn comma_in_number(
    digits: &str,
    unit: &str,
    input: &str,
    quantity: Quantity,
) -> Option<ValueError> {
    if digits.is_empty() || digits.contains('.') || !unit.starts_with(',') {
        return None;
    }
    let mut groups = Vec::new();
    let mut rest = unit;
    while let Some(after) = rest.strip_prefix(',') {
        let len = after.bytes().take_while(u8::is_ascii_digit).count();
        if len == 0 {
            return None;
        }
        groups.push(&after[..len]);
        rest = &after[len..];
    }
    let rest = rest.trim();
    let decimal = match groups[..] {
        [fraction] => Some(format!("{digits}.{fraction}{rest}")),
        _ => None,
    };
    let thousands = groups
        .iter()
        .all(|group| group.len() == 3)
        .then(|| format!("{digits}{}{rest}", groups.concat()));
    let meant = match (decimal, thousands) {
        (Some(decimal), Some(thousands)) => CommaMeant::Either { thousands, decimal },
        (Some(decimal), None) => CommaMeant::Decimal(decimal),
        (None, Some(thousands)) => CommaMeant::Thousands(thousands),
        (None, None) => return None,
    };
    Some(ValueError::CommaInNumber {
        input: input.to_string(),
        quantity,
        meant,
    })
}

fn to_whole(value: f64, input: &str, quantity: Quantity) -> Result<u64, ValueError> {
    if !value.is_finite() || value > u64::MAX as f64 / 2.0 {
        return Err(ValueError::TooLarge(input.to_string(), quantity));
    }
    Ok(value.round() as u64)
}

/// A value that is not zero but rounds to zero (`0.0000001B`) is a mistake, not "none".
fn at_least_one(
    whole: u64,
    number: f64,
    input: &str,
    quantity: Quantity,
) -> Result<u64, ValueError> {
    if whole == 0 && number != 0.0 {
        Err(ValueError::BelowOne(input.to_string(), quantity))
    } else {
        Ok(whole)
    }
}

/// The text of a scalar that should be a size or a speed: a YAML boolean is a mistake
/// worth its own message (`included: yes` written where a size belongs).
fn not_bool(scalar: Scalar<'_>, quantity: Quantity) -> Result<&str, ValueError> {
    match scalar {
        Scalar::Text(text) => Ok(text),
        Scalar::Bool(b) => Err(ValueError::Bool(b, quantity)),
    }
}

fn is_unknown(scalar: Scalar<'_>) -> bool {
    matches!(scalar, Scalar::Text(text) if text.trim().eq_ignore_ascii_case("unknown"))
}

fn known_allowance(scalar: Scalar<'_>) -> Result<Known<Allowance>, String> {
    if is_unknown(scalar) {
        return Ok(Known::Unknown);
    }
    allowance(scalar).map(Known::Known)
}

fn allowance(scalar: Scalar<'_>) -> Result<Allowance, String> {
    let text = not_bool(scalar, Quantity::Size).map_err(|e| e.to_string())?;
    parse_allowance(text).map_err(|e| suggest_size(text, e).to_string())
}

fn speed(scalar: Scalar<'_>) -> Result<Speed, String> {
    not_bool(scalar, Quantity::Speed)
        .and_then(parse_speed)
        .map_err(|e| e.to_string())
}

fn known_speed(scalar: Scalar<'_>) -> Result<Known<Speed>, String> {
    if is_unknown(scalar) {
        return Ok(Known::Unknown);
    }
    speed(scalar).map(Known::Known)
}

impl<'de> Deserialize<'de> for Known<Allowance> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        parse_scalar(deserializer, "a data size like 15GB", known_allowance)
    }
}

impl<'de> Deserialize<'de> for Allowance {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        parse_scalar(deserializer, "a data size like 15GB", allowance)
    }
}

impl<'de> Deserialize<'de> for Speed {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        parse_scalar(deserializer, "a speed like 6Mbps", speed)
    }
}

impl<'de> Deserialize<'de> for Known<Speed> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        parse_scalar(deserializer, "a speed like 600kbps", known_speed)
    }
}

/// Turns "15 G" into the precise hint "write 15GB" where the intent is plain.
fn suggest_size(text: &str, error: ValueError) -> ValueError {
    let digits: String = text
        .trim()
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == '.')
        .collect();
    let rest = text.trim()[digits.len()..].trim().to_ascii_lowercase();
    if !digits.is_empty() && (rest == "g" || rest == "gig" || rest == "gigs" || rest.is_empty()) {
        ValueError::SizeMeant {
            input: text.to_string(),
            digits,
        }
    } else {
        error
    }
}

#[cfg(test)]
mod tests {
    /// A comma in a number is asked about, with the value written both ways where three
    /// digits follow it; a comma anywhere else is the usual error.
    #[test]
    fn a_comma_in_a_number_is_asked_about() {
        let comma = |text: &str| match parse_bytes(text) {
            Err(ValueError::CommaInNumber { meant, .. }) => Some(meant),
            _ => None,
        };
        assert_eq!(comma("1,5GB"), Some(CommaMeant::Decimal("1.5GB".into())));
        assert_eq!(
            comma("1,500 MB"),
            Some(CommaMeant::Either {
                thousands: "1500MB".into(),
                decimal: "1.500MB".into()
            })
        );
        assert_eq!(
            comma("1,000,000MB"),
            Some(CommaMeant::Thousands("1000000MB".into()))
        );
        assert_eq!(comma("1,5,5GB"), None);
        assert!(matches!(
            parse_speed("2,5 Mbps"),
            Err(ValueError::CommaInNumber {
                quantity: Quantity::Speed,
                ..
            })
        ));
        assert_eq!(comma("1.5,0GB"), None);
        assert_eq!(comma("1,GB"), None);
        assert_eq!(comma(",5GB"), None);
        assert_eq!(parse_bytes("1.5GB").unwrap(), 1_500_000_000);
    }

    #[test]
    fn figures_read_as_a_float_written_to_two_places_reads() {
        let by_float = |value: f64| {
            let text = format!("{:.2}", (value * 100.0).round() / 100.0);
            text.trim_end_matches('0').trim_end_matches('.').to_string()
        };
        let mut bytes: u64 = 1;
        let mut counts = vec![0, 5, 995, 1_005, 1_499, 1_500, 999_995_000, 15_000_000_000];
        for _ in 0..20_000 {
            // A spread of sizes from bytes to terabytes.
            bytes = bytes
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            counts.push(bytes >> (bytes % 48 + 16));
        }
        for count in counts {
            for unit in [1.0, 1e3, 1e6, 1e9, 1e12] {
                let value = count as f64 / unit;
                assert_eq!(
                    super::trim_number(value),
                    by_float(value),
                    "{count} / {unit}"
                );
            }
        }
    }
    use super::*;

    #[test]
    fn data_used_is_read_from_an_apps_words() {
        let used = |text| DataUsed::parse(text).map(|u| (u.bytes, u.binary));
        assert_eq!(used("5GB used"), Ok((5_000_000_000, false)));
        assert_eq!(used("USED 5 GiB of 50 GiB"), Ok((5 << 30, true)));
        assert_eq!(used("800 megs／2 GB"), Ok((800_000_000, false)));
        assert_eq!(used("已使用 1.5GB"), Ok((1_500_000_000, false)));
        assert_eq!(used("1.5GB 已用"), Ok((1_500_000_000, false)));
        let left = |text: &str| Err(ValueError::LeftNotUsed(text.to_string()));
        assert_eq!(used("2GB Left"), left("2GB Left"));
        assert_eq!(used("还剩2GB"), left("还剩2GB"));
        // Nothing but the words is no figure.
        assert_eq!(used("used"), Err(ValueError::Empty(Quantity::Size)));
        assert!(used("/5GB").is_err());
    }

    #[test]
    fn binary_units_count_in_powers_of_two() {
        assert_eq!(parse_spoken_bytes("5 GiB"), Ok(5 * (1 << 30)));
        assert_eq!(parse_spoken_bytes("5gib"), Ok(5_368_709_120));
        assert_eq!(parse_spoken_bytes("1.5 GiB"), Ok(1_610_612_736));
        assert_eq!(parse_spoken_bytes("512 MiB"), Ok(512 << 20));
        assert_eq!(parse_spoken_bytes("５ＧｉＢ"), Ok(5 << 30));
        assert!(parse_spoken_bytes("-1GiB").is_err());
        assert!(parse_spoken_bytes("x GiB").is_err());
        assert!(parse_spoken_bytes("1e400 GiB").is_err());
        assert!(is_binary_size("5 GiB") && is_binary_size("５ＧｉＢ"));
        assert!(!is_binary_size("5 GB") && !is_binary_size("gib"));
    }

    #[test]
    fn written_answers_read_back_to_the_same_value() {
        for input in [
            "5 gigs",
            "5 GiB",
            "1.5 GiB",
            "512MiB",
            "3 KiB",
            "1.234567GB",
            "0B",
        ] {
            let used = DataUsed::parse(input).unwrap();
            assert_eq!(DataUsed::parse(&used.written()), Ok(used), "{input}");
        }
        assert_eq!(DataUsed::parse("5 gigs").unwrap().written(), "5GB");
        assert_eq!(DataUsed::parse("1.5 GiB").unwrap().written(), "1.5GiB");
        for input in ["15 GB", "unlimited", "none", "0", "2.5 gigs"] {
            let allowance = parse_spoken_allowance(input).unwrap();
            assert_eq!(
                parse_spoken_allowance(&written_allowance(allowance)),
                Ok(allowance),
                "{input}"
            );
        }
        for input in ["600 kbps", "3 Mbps", "1.5mbps", "stop", "blocked", "0kbps"] {
            let speed = parse_after_cap(input).unwrap();
            assert_eq!(
                parse_after_cap(&written_after_cap(speed)),
                Ok(speed),
                "{input}"
            );
        }
    }

    #[test]
    fn rough_sizes_keep_two_figures() {
        assert_eq!(format_bytes_roughly(727_272_727), "730 MB");
        assert_eq!(format_bytes_roughly(3_636_363_636), "3.6 GB");
        assert_eq!(format_bytes_roughly(48_400_000_000), "48 GB");
        assert_eq!(format_bytes_roughly(995_000_000), "1 GB");
        assert_eq!(format_bytes_roughly(7), "7 B");
        assert_eq!(
            format_bytes_roughly(u64::MAX),
            format_bytes(u64::MAX / 10u64.pow(18) * 10u64.pow(18))
        );
    }

    #[test]
    fn sizes_in_every_common_spelling() {
        for input in ["2GB", "2 GB", "2gb", " 2 Gb ", "2000MB"] {
            assert_eq!(parse_bytes(input), Ok(2_000_000_000), "{input}");
        }
        assert_eq!(parse_bytes("1.5GB"), Ok(1_500_000_000));
        assert_eq!(parse_bytes("2048MB"), Ok(2_048_000_000));
        assert_eq!(parse_bytes("500 MB"), Ok(500_000_000));
    }

    #[test]
    fn bad_sizes_say_what_works() {
        for input in [
            "-1GB",
            "",
            "  ",
            "GB",
            "two GB",
            "15",
            "15 parsecs",
            "1e999GB",
        ] {
            let err = parse_bytes(input).unwrap_err().to_string();
            assert!(err.contains("15GB"), "{input}: {err}");
        }
        assert!(parse_bytes("-1GB")
            .unwrap_err()
            .to_string()
            .contains("negative"));
    }

    #[test]
    fn less_than_the_smallest_unit_is_refused_but_zero_is_none() {
        for input in ["0.0000001B", "0.4B", "0.0000001KB", "0.4 bytes"] {
            let err = parse_bytes(input).unwrap_err().to_string();
            assert!(err.contains(input), "{input}: {err}");
            assert!(err.contains("less than one byte"), "{input}: {err}");
            assert!(err.contains("write 0B"), "{input}: {err}");
        }
        assert!(parse_allowance("0.0000001B").is_err());
        assert_eq!(parse_bytes("0.5B"), Ok(1), "rounds to the nearest byte");
        assert_eq!(parse_bytes("0B"), Ok(0));
        assert_eq!(parse_bytes("0.0GB"), Ok(0));
        assert_eq!(parse_allowance("0"), Ok(Allowance::Bytes(0)));
        let err = parse_speed("0.1kbps").unwrap_err().to_string();
        assert!(err.contains("less than 1 kbps"), "{err}");
        assert_eq!(parse_speed("0kbps"), Ok(Speed::Kbps(0)));
    }

    #[test]
    fn sizes_as_people_say_them_at_a_flag() {
        for input in [
            "5 gigs",
            "5gig",
            "5 gigabytes",
            "5000 megs",
            "5GB",
            "５ｇｉｇｓ",
        ] {
            assert_eq!(parse_spoken_bytes(input), Ok(5_000_000_000), "{input}");
        }
        assert_eq!(parse_spoken_bytes("800 megs"), Ok(800_000_000));
        let typed = parse_spoken_bytes("-1 gigs").unwrap_err().to_string();
        assert!(typed.contains("\"-1 gigs\" is negative"), "{typed}");
        assert!(parse_bytes("5 gigs").is_err(), "files keep the strict form");
        let network = parse_spoken_bytes("5G").unwrap_err().to_string();
        assert!(network.contains("write 5GB"), "{network}");
    }

    #[test]
    fn exact_sizes_read_back_to_the_same_count() {
        assert_eq!(exact_bytes(3_123_456_789), "3.123456789GB");
        assert_eq!(exact_bytes(800_000_000), "800MB");
        assert_eq!(exact_bytes(1_050), "1.05KB");
        assert_eq!(exact_bytes(12), "12B");
        assert_eq!(exact_bytes(0), "0B");
        for bytes in [
            1,
            999,
            1_001,
            123_456_789_012,
            5_000_000_000_001,
            9_876_543_210_987,
        ] {
            assert_eq!(parse_bytes(&exact_bytes(bytes)), Ok(bytes), "{bytes}");
        }
    }

    #[test]
    fn allowances() {
        assert_eq!(parse_allowance("Unlimited"), Ok(Allowance::Unlimited));
        assert_eq!(parse_allowance("none"), Ok(Allowance::Bytes(0)));
        assert_eq!(Allowance::Bytes(15_000_000_000).to_string(), "15 GB");
        assert_eq!(Allowance::Bytes(1_500_000_000).to_string(), "1.5 GB");
        assert!(Allowance::Unlimited.as_f64() > Allowance::Bytes(u64::MAX / 4).as_f64());
    }

    #[test]
    fn speeds() {
        assert_eq!(parse_speed("600kbps"), Ok(Speed::Kbps(600)));
        assert_eq!(parse_speed("3 Mbps"), Ok(Speed::Kbps(3000)));
        assert_eq!(parse_speed("1.5mbps"), Ok(Speed::Kbps(1500)));
        assert_eq!(parse_speed("blocked"), Ok(Speed::Blocked));
        assert!(parse_speed("fast").is_err());
        assert!(parse_speed("-3Mbps")
            .unwrap_err()
            .to_string()
            .contains("negative"));
        assert_eq!(Speed::Kbps(600).to_string(), "600 kbps");
        assert_eq!(Speed::Kbps(6000).to_string(), "6 Mbps");
        assert_eq!(Speed::Kbps(1500).to_string(), "1.5 Mbps");
    }

    #[test]
    fn kb_size_hint_matches_the_documented_example() {
        let err: Result<Known<Allowance>, _> = serde_yaml::from_str("\"15 G\"");
        let message = err.unwrap_err().to_string();
        assert!(
            message.contains("\"15 G\" is not a data size (write 15GB)"),
            "{message}"
        );
    }
}
