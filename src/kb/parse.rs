//! YAML to types, with errors that point at the file, line and column and say what to write.

use serde::de::DeserializeOwned;

use super::built::BuiltValue;
use super::names::did_you_mean;
use super::nesting;
use super::problem::{KeyHint, Problem};
use super::source::SourceFile;
use crate::error::{Error, Result};

/// Files larger than this are refused before they are read (4 MiB).
pub const MAX_FILE_BYTES: u64 = 4 * 1024 * 1024;

pub fn parse<T: DeserializeOwned>(file: &SourceFile) -> Result<T> {
    if file.text.len() as u64 > MAX_FILE_BYTES {
        return Err(Error::kb(
            &file.path,
            None,
            Problem::TooBig {
                mib: MAX_FILE_BYTES / (1024 * 1024),
            },
        ));
    }
    from_str(&file.text).map_err(|(position, message)| Error::kb(&file.path, position, message))
}

/// The one way text reaches the YAML parser: a text nested too deeply is refused first, as
/// the parser's time grows with the square of the depth. The error is a position and a problem.
pub(super) fn from_str<T: DeserializeOwned>(
    text: &str,
) -> Result<T, (Option<(usize, usize)>, Problem)> {
    if let Err(refused) = nesting::check(text) {
        let problem = if refused.too_many {
            Problem::TooManyCollections {
                most: nesting::MAX_COLLECTIONS,
            }
        } else {
            Problem::NestedTooDeeply {
                levels: nesting::MAX_DEPTH,
            }
        };
        return Err((Some((refused.line, refused.column)), problem));
    }
    serde_yaml::from_str(text).map_err(|e| {
        let position = e.location().map(|l| (l.line(), l.column()));
        (position, explain(&e.to_string()))
    })
}

/// Every problem in a list file, not only the first: when the whole file does not load,
/// each `- id:` entry is parsed on its own, so one mistake does not hide the next. The
/// problem that stopped the whole file is kept too, unless an entry's problem is at its line.
pub fn every_problem<T: DeserializeOwned>(
    file: &SourceFile,
    list: &str,
    first: Error,
) -> Vec<Error> {
    let all_lines = 0..file.text.lines().count();
    with_first(first, entry_problems::<T>(file, list, all_lines))
}

/// The same for a file of several lists (`guides:` and `troubleshooting:` in steps.yaml): each
/// top-level `key:` section is checked with its own entry type.
pub fn every_problem_in_sections(
    file: &SourceFile,
    first: Error,
    check: impl Fn(&str, std::ops::Range<usize>) -> Vec<Error>,
) -> Vec<Error> {
    let lines: Vec<&str> = file.text.lines().collect();
    let heads: Vec<(usize, &str)> = lines
        .iter()
        .enumerate()
        .filter(|(_, l)| !l.starts_with([' ', '#', '-']) && l.trim_end().ends_with(':'))
        .map(|(i, l)| (i, l.trim_end().trim_end_matches(':')))
        .collect();
    let mut problems = Vec::new();
    for (n, (at, key)) in heads.iter().enumerate() {
        let end = heads.get(n + 1).map_or(lines.len(), |(next, _)| *next);
        problems.extend(check(key, at + 1..end));
    }
    with_first(first, problems)
}

/// The problems of a top-level `key:` block (a carrier's `esim:` or `policy:`) parsed on its
/// own as `T`, so that a mistake there does not hide one in the plans.
pub fn block_problems<T: DeserializeOwned>(file: &SourceFile, key: &str) -> Vec<Error> {
    let lines: Vec<&str> = file.text.lines().collect();
    let head_line = format!("{key}:");
    let Some(head) = lines.iter().position(|l| l.trim_end() == head_line) else {
        return Vec::new();
    };
    // The block runs to the next line that starts at the left margin.
    let end = (head + 1..lines.len())
        .find(|&i| !lines[i].trim().is_empty() && !lines[i].starts_with([' ', '#']))
        .unwrap_or(lines.len());
    let chunk = lines[head..end].join("\n");
    match from_str::<std::collections::BTreeMap<String, T>>(&chunk) {
        Ok(_) => Vec::new(),
        Err((position, message)) => {
            let position = position.map(|(line, column)| (line + head, column));
            vec![Error::kb(&file.path, position, message)]
        }
    }
}

pub fn with_first(first: Error, mut problems: Vec<Error>) -> Vec<Error> {
    let first_line = match &first {
        Error::Kb(k) => k.line,
        _ => None,
    };
    let covered = problems
        .iter()
        .any(|p| matches!(p, Error::Kb(k) if k.line == first_line));
    if !covered {
        problems.insert(0, first);
    }
    problems
}

/// The problems of each `- id:` entry among `section`'s lines, parsed one at a time.
pub fn entry_problems<T: DeserializeOwned>(
    file: &SourceFile,
    list: &str,
    section: std::ops::Range<usize>,
) -> Vec<Error> {
    let lines: Vec<&str> = file.text.lines().collect();
    let section = section.start.min(lines.len())..section.end.min(lines.len());
    let indent_of = |l: &str| l.len() - l.trim_start().len();
    let is_entry = |l: &str| l.trim_start().starts_with("- id:");
    let Some(indent) = lines[section.clone()]
        .iter()
        .find(|l| is_entry(l))
        .map(|l| indent_of(l))
    else {
        return Vec::new();
    };
    let starts: Vec<usize> = section
        .clone()
        .filter(|&i| is_entry(lines[i]) && indent_of(lines[i]) == indent)
        .collect();
    let mut problems = Vec::new();
    for (k, &start) in starts.iter().enumerate() {
        // An entry runs to the next one, or to a line less indented than the list.
        let end = starts.get(k + 1).copied().unwrap_or_else(|| {
            (start + 1..section.end)
                .find(|&i| {
                    let l = lines[i];
                    !l.trim().is_empty()
                        && !l.trim_start().starts_with('#')
                        && indent_of(l) < indent
                })
                .unwrap_or(section.end)
        });
        let chunk = lines[start..end].join("\n");
        if let Err((position, message)) = from_str::<Vec<T>>(&chunk) {
            let position = position.map(|(line, column)| (line + start, column));
            // The entry was parsed alone, as item 0 of a list: name it as the file does.
            let problem = message.with_path(|path| match path.strip_prefix(".[0]") {
                Some(rest) => format!("{list}[{k}]{rest}"),
                None => path,
            });
            problems.push(Error::kb(&file.path, position, problem));
        }
    }
    problems
}

/// Parses the compact JSON the build made of a built-in file. Should it ever fail (it is
/// made from a file the build parsed), the file as written is parsed instead, so the error
/// names its line and column.
pub fn parse_embedded<T: DeserializeOwned>(json: &str, written: &SourceFile) -> Result<T> {
    match serde_json::from_str(json) {
        Ok(value) => Ok(value),
        Err(_) => parse(written),
    }
}

/// Reads the values the build made of a built-in file, as `parse_embedded` reads its JSON:
/// null stands for a file the build could not parse, whose problem the file as written gives.
pub fn parse_built<T: DeserializeOwned>(values: BuiltValue, written: &SourceFile) -> Result<T> {
    T::deserialize(values).or_else(|_: serde::de::value::Error| parse(written))
}

/// Reads serde's wording for what advice it needs: a misspelt key gets its closest known key.
fn explain(raw: &str) -> Problem {
    let message = match raw.rfind(" at line ") {
        Some(at) => &raw[..at],
        None => raw,
    };
    if let Some(problem) = unknown_key(message) {
        return problem;
    }
    if message.contains("invalid type: string") && message.contains("expected a boolean") {
        return Problem::NotABoolean(message.to_string());
    }
    Problem::Parser(message.to_string())
}

/// `unknown field `hotspt`, expected one of `id`, `hotspot`` →
/// `unknown key `hotspt` (did you mean `hotspot`?)`.
fn unknown_key(message: &str) -> Option<Problem> {
    let start = message.find("unknown field `")?;
    let (path, rest) = message.split_at(start);
    let rest = &rest["unknown field `".len()..];
    let (key, expected) = rest.split_once('`')?;
    let options: Vec<&str> = expected.split('`').skip(1).step_by(2).collect();
    let hint = match did_you_mean(key, options.iter().copied()) {
        Some(close) => KeyHint::Closest(close.to_string()),
        None if !options.is_empty() => {
            KeyHint::Known(options.iter().map(|o| o.to_string()).collect())
        }
        None => KeyHint::None,
    };
    Some(Problem::UnknownKey {
        path: path.to_string(),
        key: key.to_string(),
        hint,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn misspelt_keys_get_the_closest_key() {
        let m = explain("plans[0]: unknown field `hotspt`, expected one of `id`, `hotspot`, `kind` at line 4 column 5");
        assert_eq!(
            m,
            Problem::UnknownKey {
                path: "plans[0]: ".into(),
                key: "hotspt".into(),
                hint: KeyHint::Closest("hotspot".into()),
            }
        );
    }

    #[test]
    fn far_off_keys_list_the_known_ones() {
        let m = explain("unknown field `zzz`, expected `en` or `zh`");
        assert_eq!(
            m,
            Problem::UnknownKey {
                path: String::new(),
                key: "zzz".into(),
                hint: KeyHint::Known(vec!["en".into(), "zh".into()]),
            }
        );
    }
}
