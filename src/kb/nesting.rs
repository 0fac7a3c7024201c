//! A cheap look at how deeply a YAML text nests, before the parser sees it.
//!
//! The YAML parser's time grows with the square of the nesting depth of flow collections
//! (`[[[[…` or `{a: {a: …`): a 4 MiB file could keep it busy for hours. One linear pass over
//! the text finds the deepest point first and refuses a file past [`MAX_DEPTH`]. It also
//! counts the flow collections: millions of small nested ones keep the parser busy for
//! seconds and hundreds of megabytes even at a modest depth.
//!
//! The pass follows YAML's tokens only as far as it needs to know which brackets are
//! brackets: those in quoted scalars, comments, block scalars (`|`, `>`) and plain text are
//! not. Where it cannot be sure it counts, so it may overestimate the depth but never
//! underestimates it. Block nesting (indentation, and `- - -` on one line) counts too.

/// The deepest nesting a file may have: flow collections and block levels together, a block
/// level (an indentation) counting as two. The knowledge base's own files stay below 12.
pub const MAX_DEPTH: usize = 64;

/// The most flow collections (`[…]`, `{…}`) one file may hold. A rule written on one line
/// holds three or four.
pub const MAX_COLLECTIONS: usize = 250_000;

/// Where a text first goes past a limit, 1-based, and which.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TooDeep {
    pub line: usize,
    pub column: usize,
    /// Too many collections, rather than too deep.
    pub too_many: bool,
}

/// Checks `text`, in time proportional to its length.
pub fn check(text: &str) -> Result<(), TooDeep> {
    scan(text, MAX_DEPTH).map(drop)
}

/// The deepest point of `text`, or where it first goes past `limit`.
fn scan(text: &str, limit: usize) -> Result<usize, TooDeep> {
    let mut scan = Scan {
        limit,
        ..Scan::default()
    };
    let mut chars = Vec::new();
    for (number, line) in lines(text).enumerate() {
        // The parser skips a byte order mark at the start of any line.
        let line = line.strip_prefix('\u{FEFF}').unwrap_or(line);
        chars.clear();
        chars.extend(line.chars());
        scan.line(number + 1, &chars)?;
    }
    Ok(scan.deepest)
}

/// Lines as YAML breaks them: at `\n`, `\r\n`, a lone `\r`, NEL, and the line and paragraph
/// separators.
fn lines(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = Some(text);
    std::iter::from_fn(move || {
        let text = rest?;
        match text.find(['\n', '\r', '\u{85}', '\u{2028}', '\u{2029}']) {
            Some(at) => {
                let c = text[at..].chars().next().unwrap_or('\n');
                let mut next = at + c.len_utf8();
                if c == '\r' && text[next..].starts_with('\n') {
                    next += 1;
                }
                rest = Some(&text[next..]);
                Some(&text[..at])
            }
            None => {
                rest = None;
                Some(text)
            }
        }
    })
}

#[derive(Default)]
struct Scan {
    limit: usize,
    deepest: usize,
    collections: usize,
    /// Open flow collections.
    flow: usize,
    /// The indentation of each open block level. Each counts twice: a mapping's value may be
    /// a sequence written at the mapping's own indentation.
    blocks: Vec<usize>,
    /// Inside a quoted scalar that runs on to the next line.
    quote: Option<char>,
    /// Inside a block scalar: the column its parent starts at, and its content's indentation
    /// once the first line shows it.
    block_scalar: Option<(usize, Option<usize>)>,
    /// The last line ended in plain text at block level, whose parent starts at this column:
    /// a line indented further continues that text.
    plain_parent: Option<usize>,
    /// The last line ended in plain text inside a flow collection, which the next continues.
    flow_plain: bool,
}

/// Where the scan of one line stands.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Expect {
    /// A node may start here: a bracket opens a collection, a quote a quoted scalar.
    Node,
    /// After a node: only `:`, `,`, closing brackets and comments matter.
    After,
}

impl Scan {
    fn reach(&mut self, depth: usize) -> Result<(), ()> {
        self.deepest = self.deepest.max(depth);
        if depth > self.limit {
            Err(())
        } else {
            Ok(())
        }
    }

    fn line(&mut self, number: usize, line: &[char]) -> Result<(), TooDeep> {
        let mut at = 0;
        let mut expect = Expect::Node;
        if let Some(quote) = self.quote {
            match close_quote(line, 0, quote) {
                Some(end) => {
                    self.quote = None;
                    at = end;
                    expect = Expect::After;
                }
                None => return Ok(()),
            }
        }
        let indent = line.iter().take_while(|&&c| c == ' ').count();
        let blank = line.iter().all(|c| c.is_whitespace());
        if at == 0 {
            if let Some((parent, content)) = self.block_scalar {
                let inside = match content {
                    _ if blank => true,
                    None => indent > parent,
                    Some(content) => indent >= content,
                };
                if inside {
                    if content.is_none() && !blank {
                        self.block_scalar = Some((parent, Some(indent)));
                    }
                    return Ok(());
                }
                self.block_scalar = None;
            }
            if self.flow == 0 {
                if blank {
                    return Ok(());
                }
                if line[indent] == '#' {
                    self.plain_parent = None;
                    return Ok(());
                }
                if self.plain_parent.is_some_and(|parent| indent > parent) {
                    // More of the same plain text; a comment ends it.
                    if comment_at(line, indent).is_some() {
                        self.plain_parent = None;
                    }
                    return Ok(());
                }
                self.plain_parent = None;
                while self.blocks.last().is_some_and(|&open| open > indent) {
                    self.blocks.pop();
                }
                if self.blocks.last().is_none_or(|&open| open < indent) {
                    self.blocks.push(indent);
                    self.reach(self.flow + 2 * self.blocks.len())
                        .map_err(|()| TooDeep {
                            line: number,
                            column: indent + 1,
                            too_many: false,
                        })?;
                }
                at = indent;
            } else if self.flow_plain {
                expect = Expect::After;
                at = skip_plain(line, 0, true);
                self.flow_plain = at == line.len();
            }
        }
        let mut dashes = 0;
        let mut parent = indent;
        let too_deep = |column: usize| TooDeep {
            line: number,
            column: column + 1,
            too_many: false,
        };
        while at < line.len() {
            let c = line[at];
            if c == ' ' || c == '\t' || c == '\r' {
                at += 1;
                continue;
            }
            if c == '#' && (at == 0 || matches!(line[at - 1], ' ' | '\t')) {
                break;
            }
            let next_blank = line.get(at + 1).is_none_or(|n| matches!(n, ' ' | '\t'));
            let inside = self.flow > 0;
            let ends_plain = |n: Option<&char>| {
                n.is_none_or(|n| matches!(n, ' ' | '\t') || (inside && is_flow_indicator(*n)))
            };
            match c {
                '[' | '{' if expect == Expect::Node || inside => {
                    self.flow += 1;
                    self.collections += 1;
                    if self.collections > MAX_COLLECTIONS {
                        return Err(TooDeep {
                            too_many: true,
                            ..too_deep(at)
                        });
                    }
                    self.reach(self.flow + 2 * self.blocks.len() + dashes)
                        .map_err(|()| too_deep(at))?;
                    expect = Expect::Node;
                    at += 1;
                }
                ']' | '}' if inside => {
                    self.flow -= 1;
                    expect = Expect::After;
                    at += 1;
                }
                ',' if inside => {
                    expect = Expect::Node;
                    at += 1;
                }
                '-' if !inside && expect == Expect::Node && at == 0 && starts_marker(line) => {
                    // `---` or `...` start or end a document: nothing before it stays open.
                    self.blocks.clear();
                    dashes = 0;
                    at += 3;
                }
                '.' if !inside && at == 0 && starts_marker(line) => {
                    self.blocks.clear();
                    at += 3;
                }
                '-' | '?' if next_blank && expect == Expect::Node && (!inside || c == '?') => {
                    if !inside {
                        dashes += 1;
                        parent = at;
                        self.reach(self.flow + 2 * self.blocks.len() + dashes)
                            .map_err(|()| too_deep(at))?;
                    }
                    at += 1;
                }
                ':' if ends_plain(line.get(at + 1)) || (inside && expect == Expect::After) => {
                    if !inside && expect == Expect::After && dashes > 0 {
                        // `- key:` opens a mapping inside the sequence's entry.
                        dashes += 1;
                        self.reach(self.flow + 2 * self.blocks.len() + dashes)
                            .map_err(|()| too_deep(at))?;
                    }
                    expect = Expect::Node;
                    at += 1;
                }
                '"' | '\'' if expect == Expect::Node => match close_quote(line, at + 1, c) {
                    Some(end) => {
                        expect = Expect::After;
                        if !inside {
                            parent = parent.max(at);
                        }
                        at = end;
                    }
                    None => {
                        self.quote = Some(c);
                        return Ok(());
                    }
                },
                '&' | '!' if expect == Expect::Node => {
                    // An anchor or a tag before a node: the node is still to come.
                    while at < line.len()
                        && !matches!(line[at], ' ' | '\t')
                        && !(inside && is_flow_indicator(line[at]))
                    {
                        at += 1;
                    }
                }
                '|' | '>' if !inside && expect == Expect::Node => {
                    self.block_scalar = Some((parent, None));
                    return Ok(());
                }
                _ if expect == Expect::Node => {
                    // Plain text: a key if a `: ` follows, else a value that may go on.
                    let start = at;
                    at = skip_plain(line, at, inside);
                    expect = Expect::After;
                    if at == line.len() {
                        if inside {
                            self.flow_plain = true;
                        } else if c != '*' {
                            self.plain_parent = Some(parent);
                        }
                    } else if !inside && line[at] == ':' {
                        parent = start;
                    }
                }
                _ => at += 1,
            }
        }
        if self.flow == 0 {
            self.flow_plain = false;
        }
        Ok(())
    }
}

/// The position after plain text starting at `at`: it ends at `: `, at ` #`, at the end of
/// the line, and inside a flow collection also at `,[]{}`.
fn skip_plain(line: &[char], mut at: usize, inside: bool) -> usize {
    while at < line.len() {
        let c = line[at];
        let next = line.get(at + 1);
        let next_ends =
            next.is_none_or(|n| matches!(n, ' ' | '\t') || (inside && is_flow_indicator(*n)));
        if c == ':' && next_ends {
            return at;
        }
        if c == '#' && at > 0 && matches!(line[at - 1], ' ' | '\t') {
            return at;
        }
        if inside && is_flow_indicator(c) {
            return at;
        }
        at += 1;
    }
    at
}

/// The position after the quote that closes one opened before `from`, if on this line.
fn close_quote(line: &[char], mut from: usize, quote: char) -> Option<usize> {
    while from < line.len() {
        let c = line[from];
        if quote == '"' && c == '\\' {
            from += 2;
            continue;
        }
        if c == quote {
            if quote == '\'' && line.get(from + 1) == Some(&'\'') {
                from += 2;
                continue;
            }
            return Some(from + 1);
        }
        from += 1;
    }
    None
}

/// Where a comment starts in a line of plain text.
fn comment_at(line: &[char], from: usize) -> Option<usize> {
    (from.max(1)..line.len()).find(|&i| line[i] == '#' && matches!(line[i - 1], ' ' | '\t'))
}

fn starts_marker(line: &[char]) -> bool {
    let marker = |m: char| line.len() >= 3 && line[..3].iter().all(|&c| c == m);
    (marker('-') || marker('.')) && line.get(3).is_none_or(|c| matches!(c, ' ' | '\t'))
}

fn is_flow_indicator(c: char) -> bool {
    matches!(c, ',' | '[' | ']' | '{' | '}')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn depth_ok(text: &str) -> bool {
        check(text).is_ok()
    }

    #[test]
    fn the_built_in_files_pass() {
        for path in [
            "data/rules.yaml",
            "data/devices.yaml",
            "data/steps.yaml",
            "data/usage.yaml",
        ] {
            let text = std::fs::read_to_string(path).unwrap();
            assert_eq!(check(&text), Ok(()), "{path}");
        }
        for entry in std::fs::read_dir("data/carriers").unwrap() {
            let path = entry.unwrap().path();
            let text = std::fs::read_to_string(&path).unwrap();
            assert_eq!(check(&text), Ok(()), "{}", path.display());
        }
    }

    #[test]
    fn deep_flow_nesting_is_refused_with_its_place() {
        let text = format!("id: x\nplans: {}", "[".repeat(100));
        // The top-level mapping counts two, so the 63rd bracket is one too many.
        assert_eq!(
            check(&text),
            Err(TooDeep {
                line: 2,
                column: 8 + MAX_DEPTH - 2,
                too_many: false,
            })
        );
        assert!(!depth_ok(&"{a: ".repeat(40_000)));
        assert!(!depth_ok(&"- ".repeat(100)));
        assert!(depth_ok(&format!(
            "a: {}{}",
            "[".repeat(20),
            "]".repeat(20)
        )));
    }

    #[test]
    fn millions_of_small_collections_are_refused() {
        let line = format!("- {}{}\n", "[".repeat(20), "]".repeat(20));
        let text = line.repeat(MAX_COLLECTIONS / 20 + 1);
        let refused = check(&text).unwrap_err();
        assert!(refused.too_many, "{refused:?}");
        assert_eq!(refused.line, MAX_COLLECTIONS / 20 + 1);
        assert!(depth_ok(&line.repeat(MAX_COLLECTIONS / 20)));
    }

    #[test]
    fn brackets_in_text_do_not_count() {
        let many = "[".repeat(200);
        for text in [
            format!("a: \"{many}\""),
            format!("a: '{many}'"),
            format!("a: it's {many}"),
            format!("a: b # {many}"),
            format!("a: |\n  {many}\n  more {many}\nb: c"),
            format!("a: \"multi\n  line {many}\n  end\""),
            format!("a: plain\n  continued {many}"),
            format!("a: [\"{many}\", '{many}', x]"),
        ] {
            assert!(depth_ok(&text), "{text}");
        }
    }

    #[test]
    fn text_that_only_looks_quoted_does_not_hide_brackets() {
        let deep = "[".repeat(100);
        for text in [
            // A quote inside plain text does not start a quoted scalar.
            format!("a: it's\nb: {deep}\nc: '"),
            format!("[x'y, {deep}"),
            // After a comment or a line of its own, a block scalar ends.
            format!("a: |\n  text\nb: {deep}"),
            // A continued plain scalar ends at a comment.
            format!("a: b\n  c # d\n  e: {deep}"),
            // A lone carriage return ends a line, and with it a comment.
            format!("a: b # c\rd: {deep}"),
            // An anchor or a tag keeps the node to come.
            format!("a: &x {deep}"),
            format!("a: !t {deep}"),
            format!("[&a 'x, ', {deep}"),
            format!("--- {deep}"),
        ] {
            assert!(!depth_ok(&text), "{text:?}");
        }
    }

    /// Random texts from YAML's special pieces: whenever the parser reads one, the pass must
    /// have seen at least the depth the parsed value has. (Run with more cases, longer texts
    /// and other seeds when the pass changes: 20 million cases found no text it
    /// underestimates.)
    #[test]
    fn never_below_the_parsers_depth() {
        fn depth(value: &serde_yaml::Value) -> usize {
            match value {
                serde_yaml::Value::Sequence(items) => {
                    1 + items.iter().map(depth).max().unwrap_or(0)
                }
                serde_yaml::Value::Mapping(map) => {
                    1 + map
                        .iter()
                        .map(|(k, v)| depth(k).max(depth(v)))
                        .max()
                        .unwrap_or(0)
                }
                serde_yaml::Value::Tagged(tagged) => depth(&tagged.value),
                _ => 0,
            }
        }
        #[rustfmt::skip]
        let alphabet = [
            "[", "]", "{", "}", "[", "{", "'", "\"", " #", ":", ": ", "- ", "-", "? ", ",", "|",
            ">", "&a ", "!t ", "*a", " ", "\n", "\n  ", "\n    ", "\n- ", "a", "b: ", "\t", "\r",
            "--- ", "...", "\\", "''", "#", "|-\n", "\n ", "x: |\n", "\u{85}", "\u{2028}",
            "\r\n", "\u{feff}", "%YAML 1.2\n", "!!str ", "<<: ", "\"a\\\"", "'a''", "|2\n",
            ">-\n",
        ];
        let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for _ in 0..30_000 {
            let len = (next() % 40) as usize;
            let text: String = (0..len)
                .map(|_| alphabet[(next() % alphabet.len() as u64) as usize])
                .collect();
            let Ok(value) = serde_yaml::from_str::<serde_yaml::Value>(&text) else {
                continue;
            };
            assert!(
                scan(&text, usize::MAX).unwrap() >= depth(&value),
                "{text:?} parses {} deep",
                depth(&value)
            );
        }
    }
}
