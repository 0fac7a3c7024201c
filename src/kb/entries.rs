//! Finding one entry in a person's long list file without parsing the whole list.
//!
//! The YAML parser reads about 50 MB a second: a list of thousands of phones takes it longer
//! than everything else an answer costs. A list written as the schema shows it (the list's
//! key at the left margin, then one `- ` item per entry) splits into its entries by
//! indentation alone, and the lines that hold each entry's names are told from the rest
//! (its notes and sources) the same way. An entry is parsed only if those lines could hold
//! the name asked for. Any other shape, or an entry that does not parse on its own, sends
//! the caller back to parsing the whole file, which also reports any mistake in it.

use std::io::{Read, Seek, SeekFrom};
use std::ops::Range;
use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;

use super::files;
use super::parse::{self, MAX_FILE_BYTES};
use crate::error::Result;
use crate::text::normalize_name;

/// What an entry is looked up by.
#[derive(Clone, Copy)]
pub enum Look<'a> {
    /// A name, normalized, which may come after the entry's maker.
    Name(&'a str),
    /// An id exactly.
    Id(&'a str),
}

/// The most entries parsed one by one for one name. A list in which many more could be it
/// (the same name given to thousands of entries, which `kb validate` refuses) is parsed
/// whole instead: weighing each of them against all the others would take far longer.
const MOST_CANDIDATES: usize = 64;

/// An entry's place: its file's place among the files, and its own place in that file.
type Place = (usize, usize);

/// The entries of one list in each of several files.
#[derive(Debug)]
pub struct Entries {
    files: Vec<ListFile>,
}

/// One file's entries, and the names they hold, read from their lines. The file itself is
/// not held: a list of several MiB is read through once, in pieces, as holding it costs more
/// than the rest of an answer, and an entry that could be the one asked for is read again
/// from its place.
#[derive(Debug)]
struct ListFile {
    path: PathBuf,
    entries: Vec<Entry>,
    /// The values of every entry's name keys, normalized as names are (see
    /// [`normalize_name`]), one after another.
    names: Vec<u8>,
    /// Where in `names` a value may start (after a key or a list's dash), and end (at a
    /// line's end). A name of an entry is one value, or several lines of one, so it lies
    /// between such a start and end.
    starts: Vec<u32>,
    ends: Vec<u32>,
}

/// A part of a file or of its names. A list file is at most [`MAX_FILE_BYTES`], so a place in
/// it fits in 32 bits: a device list ten times the built-in one has some 4,000 entries, and
/// the index is kept while the program runs.
#[derive(Debug, Default, Clone, Copy, PartialEq)]
struct Span {
    start: u32,
    end: u32,
}

impl Span {
    fn at(place: usize) -> Span {
        let place = offset(place);
        Span {
            start: place,
            end: place,
        }
    }

    fn range(self) -> Range<usize> {
        self.start as usize..self.end as usize
    }
}

/// A place in a list file, or in its names, which are never longer than the file.
fn offset(place: usize) -> u32 {
    u32::try_from(place).unwrap_or(u32::MAX)
}

#[derive(Debug, Default)]
struct Entry {
    /// Where the entry is written in its file.
    span: Span,
    /// Its part of the file's `names`, `starts` and `ends`.
    names: Span,
    starts: Span,
    ends: Span,
    /// Some line was written in a way that hides where its value starts or ends (a comment,
    /// an anchor, a list in brackets, a key in quotes): then any place in its names may be.
    loose: bool,
    maker: Maker,
    /// Whether its names could be written where its text does not show them: an escape
    /// (`"\u0041"`) among those lines, or an alias (`*name`) anywhere. Such an entry is
    /// always parsed.
    opaque: bool,
}

/// An entry's maker, as far as its lines tell.
#[derive(Debug, Default, PartialEq)]
enum Maker {
    /// No `maker` key, and no key written in a way that could hide one.
    #[default]
    Absent,
    /// Its value, normalized: where it lies in the file's `names`.
    Written(Span),
    /// Written so that its value cannot be read without parsing, or a key is written so
    /// that it could be `maker`.
    Unclear,
}

impl Entries {
    /// Each file's `list:` entries, the values of `name_keys` being where their names are;
    /// `None` if any file is written in another shape or is not text.
    pub fn read(paths: &[PathBuf], list: &str, name_keys: &[&str]) -> Result<Option<Entries>> {
        let mut files = Vec::new();
        for path in paths {
            match ListFile::read(path, list, name_keys)? {
                Some(file) => files.push(file),
                None => return Ok(None),
            }
        }
        Ok(Some(Entries { files }))
    }

    /// The entry the files give for `look`, as merging them by id would: each id's last
    /// entry counts, at the place of its first. `answers` says whether a parsed entry is the
    /// one looked for. The outer `None` means an entry did not parse on its own, and only
    /// the whole files can tell.
    pub fn find<T: DeserializeOwned>(
        &self,
        look: Look<'_>,
        id: impl Fn(&T) -> &str,
        answers: impl Fn(&T) -> bool,
    ) -> Option<Option<(usize, T)>> {
        let mut best: Option<(Place, usize, T)> = None;
        for (place, entry) in self.parsed::<T>(look)? {
            if !answers(&entry) {
                continue;
            }
            let same_id: Vec<Place> = self
                .parsed::<T>(Look::Id(id(&entry)))?
                .into_iter()
                .filter(|(_, other)| id(other) == id(&entry))
                .map(|(place, _)| place)
                .collect();
            // A later entry with this id replaces this one; it is weighed on its own turn.
            if same_id.last() != Some(&place) {
                continue;
            }
            let rank = same_id.first().copied().unwrap_or(place);
            if best
                .as_ref()
                .is_none_or(|(best_rank, ..)| rank < *best_rank)
            {
                best = Some((rank, place.0, entry));
            }
        }
        Some(best.map(|(_, file, entry)| (file, entry)))
    }

    /// Every entry that may answer to `look`, parsed, in order; `None` past
    /// [`MOST_CANDIDATES`], when parsing the whole files costs less.
    fn parsed<T: DeserializeOwned>(&self, look: Look<'_>) -> Option<Vec<(Place, T)>> {
        let id_normalized = match look {
            Look::Id(id) => normalize_name(id),
            Look::Name(_) => String::new(),
        };
        let mut found = Vec::new();
        for (f, file) in self.files.iter().enumerate() {
            for (e, entry) in file.entries.iter().enumerate() {
                let may = match look {
                    Look::Name(wanted) => file.may_be_named(entry, wanted),
                    Look::Id(_) => file.may_hold_id(entry, &id_normalized),
                };
                if !may {
                    continue;
                }
                let text = file.entry_text(entry)?;
                // An id, having nothing to quote, is written as it is, between characters
                // that cannot be part of it.
                if let Look::Id(id) = look {
                    if !entry.opaque && !holds_word(&text, id) {
                        continue;
                    }
                }
                if found.len() == MOST_CANDIDATES {
                    return None;
                }
                found.push(((f, e), parse_alone(&text)?));
            }
        }
        Some(found)
    }
}

impl ListFile {
    /// Reads the file at `path` through once, in pieces, keeping only where each entry lies
    /// and its names. `None` if it is not written in the expected shape, is not text, or grows
    /// past the size limit while read: the whole file is then read as any other.
    fn read(path: &Path, list: &str, name_keys: &[&str]) -> Result<Option<ListFile>> {
        let (mut file, _) = files::open_file(path)?;
        let mut splitter = Splitter::new(path, list, name_keys);
        let mut pending: Vec<u8> = Vec::with_capacity(PIECE);
        let mut piece = vec![0; PIECE];
        let mut at = 0;
        loop {
            let read = file
                .read(&mut piece)
                .map_err(|source| files::io_error(path, source))?;
            pending.extend_from_slice(&piece[..read]);
            let whole_lines = match read {
                0 => pending.len(),
                _ => memchr::memrchr(b'\n', &pending).map_or(0, |n| n + 1),
            };
            let Ok(lines) = std::str::from_utf8(&pending[..whole_lines]) else {
                return Ok(None);
            };
            // Most pieces of a list have no `*` at all, and need not be looked through for
            // aliases line by line.
            splitter.stars = memchr::memchr(b'*', lines.as_bytes()).is_some();
            let mut start = 0;
            while start < lines.len() {
                let end = memchr::memchr(b'\n', &lines.as_bytes()[start..])
                    .map_or(lines.len(), |n| start + n + 1);
                if splitter.line(at + start, &lines[start..end]).is_none() {
                    return Ok(None);
                }
                start = end;
            }
            at += lines.len();
            pending.drain(..whole_lines);
            if read == 0 {
                return Ok(splitter.finish(at));
            }
            if (at + pending.len()) as u64 > MAX_FILE_BYTES {
                return Ok(None);
            }
        }
    }

    /// The text of one entry, as written, read again from its place in the file.
    fn entry_text(&self, entry: &Entry) -> Option<String> {
        let (mut file, _) = files::open_file(&self.path).ok()?;
        file.seek(SeekFrom::Start(entry.span.start as u64)).ok()?;
        let mut bytes = vec![0; entry.span.range().len()];
        file.read_exact(&mut bytes).ok()?;
        String::from_utf8(bytes).ok()
    }

    /// Never false for an entry one of whose names, or its maker's then one of its names,
    /// normalizes to `wanted`.
    fn may_be_named(&self, entry: &Entry, wanted: &str) -> bool {
        if entry.opaque || self.may_be(entry, wanted.as_bytes()) {
            return true;
        }
        let names = &self.names[entry.names.range()];
        match &entry.maker {
            Maker::Absent => false,
            Maker::Written(maker) => wanted
                .as_bytes()
                .strip_prefix(&self.names[maker.range()])
                .is_some_and(|name| {
                    !maker.range().is_empty() && !name.is_empty() && self.may_be(entry, name)
                }),
            Maker::Unclear => some_split_in(names, wanted),
        }
    }

    /// Whether some name of the entry could normalize to `wanted`.
    fn may_be(&self, entry: &Entry, wanted: &[u8]) -> bool {
        let names = &self.names[entry.names.range()];
        if entry.loose {
            return holds(names, wanted);
        }
        let starts = &self.starts[entry.starts.range()];
        let ends = &self.ends[entry.ends.range()];
        let mut from = 0;
        while let Some(found) = memchr::memmem::find(&names[from..], wanted) {
            let start = offset(entry.names.start as usize + from + found);
            let end = offset(start as usize + wanted.len());
            if starts.binary_search(&start).is_ok() && ends.binary_search(&end).is_ok() {
                return true;
            }
            from += found + 1;
        }
        false
    }

    /// Never false for an entry whose id normalizes to `normalized`.
    fn may_hold_id(&self, entry: &Entry, normalized: &str) -> bool {
        entry.opaque || holds(&self.names[entry.names.range()], normalized)
    }
}

/// Whether `word` (an id: lower-case letters, digits and dashes) is in `text` with no such
/// character on either side.
fn holds_word(text: &str, word: &str) -> bool {
    let part_of_id = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphanumeric() || c == '-');
    text.match_indices(word).any(|(at, _)| {
        !part_of_id(text[..at].chars().next_back())
            && !part_of_id(text[at + word.len()..].chars().next())
    })
}

/// Whether `wanted` splits into a start and an end that are both in `text`. Whether a part
/// is in the text changes only once along `wanted` (a longer start holds every shorter one,
/// a longer end every shorter end), so the longest start and the longest end found tell
/// whether any split fits.
fn some_split_in(text: &[u8], wanted: &str) -> bool {
    let cuts: Vec<usize> = (1..wanted.len())
        .filter(|&i| wanted.is_char_boundary(i))
        .collect();
    let longest_start = cuts.partition_point(|&i| holds(text, &wanted[..i]));
    let first_end = cuts.partition_point(|&i| !holds(text, &wanted[i..]));
    first_end < longest_start
}

/// One `- ` item parsed as the list's only entry.
fn parse_alone<T: DeserializeOwned>(entry: &str) -> Option<T> {
    let mut list: Vec<T> = parse::from_str(entry).ok()?;
    (list.len() == 1).then(|| list.remove(0))
}

/// How much of a file is read at a time.
const PIECE: usize = 64 * 1024;

/// Splits a list file into its entries line by line, as the file is read. The file must be
/// written as the schema shows it: the list's key alone on the first line that is not blank
/// or a comment, then `- ` items, all at one indentation, each item's other lines indented
/// further. Any other shape (another key, a list in brackets, a document marker, a tab)
/// stops it.
struct Splitter<'a> {
    list: &'a str,
    name_keys: &'a [&'a str],
    head_seen: bool,
    item_indent: Option<usize>,
    current: Option<Reader<'a>>,
    file: ListFile,
    /// Whether the lines now read may hold an alias.
    stars: bool,
}

impl<'a> Splitter<'a> {
    fn new(path: &Path, list: &'a str, name_keys: &'a [&'a str]) -> Splitter<'a> {
        Splitter {
            list,
            name_keys,
            head_seen: false,
            item_indent: None,
            current: None,
            stars: true,
            file: ListFile {
                path: path.to_path_buf(),
                entries: Vec::new(),
                names: Vec::new(),
                starts: Vec::new(),
                ends: Vec::new(),
            },
        }
    }

    /// One line, with its line break, that starts at byte `at` of the file; `None` when the
    /// file turns out to be written in another shape.
    fn line(&mut self, at: usize, line: &str) -> Option<()> {
        let line = match at {
            0 => line.strip_prefix(files::BYTE_ORDER_MARK).unwrap_or(line),
            _ => line,
        };
        let indent = line.bytes().take_while(|&b| b == b' ').count();
        // Most lines are notes and sources, under a key that holds no names.
        if let Some(reader) = self.current.as_mut().filter(|r| r.skips(indent)) {
            reader.entry.opaque |= self.stars && has_alias(line);
            return Some(());
        }
        let code = line[indent..].trim_end_matches(['\n', '\r']);
        if code.is_empty() || code.starts_with('#') {
            return Some(());
        }
        if !self.head_seen {
            let alone = key_of(code) == Some(self.list) && value_of(code).is_empty();
            self.head_seen = indent == 0 && alone;
            return self.head_seen.then_some(());
        }
        let base = *self.item_indent.get_or_insert(indent);
        let is_item = code == "-" || code.starts_with("- ");
        if is_item && indent == base {
            if let Some(reader) = self.current.take() {
                reader.finish(at, &mut self.file);
            }
            let mut reader = Reader::new(self.name_keys, at, &self.file);
            reader.first_line(indent, code, &mut self.file);
            self.current = Some(reader);
        } else if indent <= base {
            return None;
        } else {
            self.current.as_mut()?.line(indent, code, &mut self.file);
        }
        let reader = self.current.as_mut()?;
        reader.entry.opaque |= self.stars && has_alias(line);
        Some(())
    }

    fn finish(mut self, end: usize) -> Option<ListFile> {
        if let Some(reader) = self.current.take() {
            reader.finish(end, &mut self.file);
        }
        self.head_seen.then_some(self.file)
    }
}

/// The key a line starts with, if it starts with a plain `key:` (lower-case letters and
/// underscores, then a colon and a space or nothing).
fn key_of(code: &str) -> Option<&str> {
    let bytes = code.as_bytes();
    let end = bytes
        .iter()
        .position(|&b| !(b.is_ascii_lowercase() || b == b'_'))?;
    let ends_key = bytes[end] == b':' && matches!(bytes.get(end + 1), None | Some(b' '));
    (end > 0 && ends_key).then_some(&code[..end])
}

/// What follows a line's `key:`, with a comment alone taken as nothing.
fn value_of(code: &str) -> &str {
    let rest = code
        .split_once(':')
        .map_or("", |(_, rest)| rest)
        .trim_start();
    if rest.starts_with('#') {
        ""
    } else {
        rest
    }
}

/// Reads one entry's lines for its names: a line at the entry's key indentation that starts
/// a key other than `name_keys`, and the lines indented under it, hold none.
struct Reader<'a> {
    name_keys: &'a [&'a str],
    /// The indentation of the entry's keys, once a line has shown it.
    key_indent: Option<usize>,
    /// Whether the lines now read belong to a key that holds no names.
    skipping: bool,
    /// Whether the lines now read belong to the `maker` key.
    in_maker: bool,
    entry: Entry,
}

impl<'a> Reader<'a> {
    fn new(name_keys: &'a [&'a str], at: usize, file: &ListFile) -> Reader<'a> {
        Reader {
            name_keys,
            key_indent: None,
            skipping: false,
            in_maker: false,
            entry: Entry {
                span: Span::at(at),
                names: Span::at(file.names.len()),
                starts: Span::at(file.starts.len()),
                ends: Span::at(file.ends.len()),
                ..Entry::default()
            },
        }
    }

    /// The `- ` line, which may show the keys' indentation.
    fn first_line(&mut self, indent: usize, code: &str, file: &mut ListFile) {
        let after_dash = code[1..].trim_start_matches(' ');
        if after_dash.is_empty() || after_dash.starts_with('#') {
            return;
        }
        self.key_indent = Some(indent + code.len() - after_dash.len());
        self.key_line(after_dash, file);
    }

    fn line(&mut self, indent: usize, code: &str, file: &mut ListFile) {
        let key_indent = *self.key_indent.get_or_insert(indent);
        if indent == key_indent {
            return self.key_line(code, file);
        }
        if indent < key_indent {
            // Not the shape expected: keep everything from here on, anywhere.
            self.key_indent = Some(0);
            self.skipping = false;
            self.in_maker = false;
            self.entry.maker = Maker::Unclear;
            self.entry.loose = true;
        }
        match code.strip_prefix("- ") {
            Some(item) => self.value(item, file),
            None => self.more(code, file),
        }
    }

    /// A line at the keys' indentation: the start of a key, or an item of a list written
    /// at its key's indentation (`aliases:` then `- xs`).
    fn key_line(&mut self, code: &str, file: &mut ListFile) {
        let key = key_of(code);
        self.skipping = key.is_some_and(|key| !self.name_keys.contains(&key));
        self.in_maker = key == Some("maker");
        if self.in_maker {
            self.entry.maker = match self.entry.maker {
                Maker::Absent => Maker::Written(Span::at(file.names.len())),
                _ => Maker::Unclear,
            };
        }
        match (key, code.strip_prefix("- ")) {
            (Some(_), _) if self.skipping => {}
            (Some(_), _) => self.value(value_of(code), file),
            (None, Some(item)) => self.value(item, file),
            (None, None) => {
                // A key in quotes or after `? `: it could be any key.
                self.entry.maker = Maker::Unclear;
                self.entry.loose = true;
                self.value(code, file);
            }
        }
    }

    /// The start of a value.
    fn value(&mut self, value: &str, file: &mut ListFile) {
        file.starts.push(offset(file.names.len()));
        self.more(value, file);
    }

    /// A value, or a line that goes on with one.
    fn more(&mut self, value: &str, file: &mut ListFile) {
        let plain = plain(value);
        self.entry.opaque |= value.contains('\\');
        self.entry.loose |= !plain && value != "[]";
        normalize_onto(value, &mut file.names);
        file.ends.push(offset(file.names.len()));
        if self.in_maker {
            match &mut self.entry.maker {
                Maker::Written(maker) if plain => maker.end = offset(file.names.len()),
                _ => self.entry.maker = Maker::Unclear,
            }
        }
    }

    /// Whether a line so indented lies under a key that holds no names.
    fn skips(&self, indent: usize) -> bool {
        self.skipping && self.key_indent.is_some_and(|key| indent > key)
    }

    fn finish(mut self, end: usize, file: &mut ListFile) {
        let entry = &mut self.entry;
        entry.span.end = offset(end);
        entry.names.end = offset(file.names.len());
        entry.starts.end = offset(file.starts.len());
        entry.ends.end = offset(file.ends.len());
        file.entries.push(self.entry);
    }
}

/// Whether a value's text is all its value, as normalizing reads it: no comment, anchor,
/// tag, list or map in brackets, or block.
fn plain(value: &str) -> bool {
    !value
        .bytes()
        .any(|b| matches!(b, b'#' | b'&' | b'!' | b'[' | b'{' | b'|' | b'>'))
}

/// Whether `*name` appears in a line where YAML would read it as an alias: at its start, or
/// after a space or an opening bracket or comma of a flow collection.
fn has_alias(line: &str) -> bool {
    let bytes = line.as_bytes();
    memchr::memchr_iter(b'*', bytes)
        .any(|at| at == 0 || matches!(bytes[at - 1], b' ' | b'\t' | b'[' | b'{' | b','))
}

/// `line` normalized as names are (see [`normalize_name`]), added to `out`; ASCII byte by
/// byte.
fn normalize_onto(line: &str, out: &mut Vec<u8>) {
    if !line.is_ascii() {
        out.extend_from_slice(normalize_name(line).as_bytes());
        return;
    }
    for &byte in line.as_bytes() {
        if byte.is_ascii_alphanumeric() {
            out.push(byte.to_ascii_lowercase());
        } else if byte == b'+' {
            out.extend_from_slice(b"plus");
        }
    }
}

/// Whether normalized text holds `part`.
fn holds(text: &[u8], part: impl AsRef<[u8]>) -> bool {
    memchr::memmem::find(text, part.as_ref()).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    const NAME_KEYS: &[&str] = &["id", "name", "aliases", "maker"];

    /// `text` written to a file of its own and read as a list, with the directory that
    /// holds the file for as long as the list is used.
    fn file(text: &str) -> Option<(tempfile::TempDir, ListFile)> {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("devices.yaml");
        std::fs::write(&path, text).unwrap();
        let file = ListFile::read(&path, "devices", NAME_KEYS).unwrap()?;
        Some((dir, file))
    }

    fn spans(text: &str) -> Option<Vec<String>> {
        let (_dir, file) = file(text)?;
        Some(
            file.entries
                .iter()
                .map(|e| text[e.span.range()].to_string())
                .collect(),
        )
    }

    fn named(text: &str, query: &str) -> bool {
        let (_dir, file) = file(text).unwrap();
        file.may_be_named(&file.entries[0], &normalize_name(query))
    }

    #[test]
    fn a_list_as_the_schema_writes_it_splits_into_its_items() {
        let text = "# phones\ndevices:   # mine\n  - id: a\n    name: A\n\n  # b next\n  - id: b\n    aliases:\n    - bee\n";
        assert_eq!(
            spans(text).unwrap(),
            [
                "  - id: a\n    name: A\n\n  # b next\n",
                "  - id: b\n    aliases:\n    - bee\n"
            ]
        );
        assert_eq!(spans("devices:\n- id: a\n- id: b").unwrap().len(), 2);
        assert_eq!(
            spans("\u{feff}devices:\n- id: a\n- id: b").unwrap().len(),
            2
        );
        assert_eq!(spans("devices:\n").unwrap().len(), 0);
    }

    #[test]
    fn any_other_shape_is_left_to_the_whole_parse() {
        for text in [
            "",
            "---\ndevices:\n- id: a\n",
            "devices: [{id: a}]\n",
            "devices:\n- id: a\nrules:\n- id: b\n",
            "devices:\n  - id: a\n - id: b\n",
            "devices:\n  id: a\n",
            "devices:\n\t- id: a\n",
            "other:\n- id: a\n",
            "devices:\n- id: a\n...\n",
        ] {
            assert!(spans(text).is_none(), "{text:?}");
        }
    }

    #[test]
    fn only_the_values_of_name_keys_are_read_as_names() {
        let text = "devices:\n- id: pixel-8\n  notes: Like the\n    Galaxy S24.\n  name: Pixel\n    8\n  source: https://x/iphone\n  aliases: [p8,\n    g8]\n";
        let (_dir, file) = file(text).unwrap();
        assert_eq!(file.names, b"pixel8pixel8p8g8");
        let entry = &file.entries[0];
        assert!(entry.loose, "a list in brackets");
        assert!(!entry.opaque);
        assert_eq!(entry.maker, Maker::Absent);
    }

    #[test]
    fn a_name_is_a_whole_value_or_a_maker_then_one() {
        let text = "devices:\n- id: galaxy-s24\n  name: \"Galaxy S24+\"\n  maker: Samsung\n  aliases:\n  - 'S 24'\n  - Galaxy\n    S24 Ultra Mini\n  notes: not an iPhone 15\n";
        for query in [
            "Galaxy S24+",
            "galaxy s24 plus",
            "s24",
            "Samsung Galaxy S24+",
            "samsung s24",
            "Galaxy S24 Ultra mini",
            "galaxy-s24",
        ] {
            assert!(named(text, query), "{query}");
        }
        for query in [
            "iPhone 15",
            "Galax",
            "S24 Ultra",
            "Apple Galaxy S24+",
            "samsung galax",
        ] {
            assert!(!named(text, query), "{query}");
        }
    }

    #[test]
    fn an_id_is_written_whole() {
        let (_dir, file) =
            file("devices:\n- id: galaxy-s24\n  notes: https://x/galaxy-s24-1/galaxy-s2\n")
                .unwrap();
        let entries = Entries { files: vec![file] };
        let has = |id: &str| {
            let parsed = entries.parsed::<serde_yaml::Value>(Look::Id(id)).unwrap();
            !parsed.is_empty()
        };
        assert!(has("galaxy-s24"));
        for other in ["galaxy-s23", "galaxy", "galaxy-s24-1", "s24", "pixel-8"] {
            assert!(!has(other), "{other}");
        }
    }

    #[test]
    fn a_maker_is_read_from_its_line_only_when_nothing_could_change_it() {
        let maker = |text: &str| {
            let (_dir, file) = file(text).unwrap();
            match &file.entries[0].maker {
                Maker::Written(at) => {
                    Some(String::from_utf8(file.names[at.range()].to_vec()).unwrap())
                }
                Maker::Absent => Some(String::new()),
                Maker::Unclear => None,
            }
        };
        assert_eq!(
            maker("devices:\n- maker: Apple\n  id: a\n").as_deref(),
            Some("apple")
        );
        assert_eq!(
            maker("devices:\n- id: a\n  maker: 'Google'\n").as_deref(),
            Some("google")
        );
        assert_eq!(
            maker("devices:\n- id: a\n  maker: Sony\n    Mobile\n").as_deref(),
            Some("sonymobile")
        );
        for unclear in [
            "devices:\n- id: a\n  maker: Apple # Inc\n",
            "devices:\n- id: a\n  maker: &m Apple\n",
            "devices:\n- id: a\n  maker: >\n    Apple\n",
            "devices:\n- id: a\n  \"maker\": Apple\n",
            "devices:\n- id: a\n  ? maker\n  : Apple\n",
            "devices:\n- {id: a, maker: Apple}\n",
            "devices:\n- id: a\n  maker: A\n  maker: B\n",
        ] {
            assert_eq!(maker(unclear), None, "{unclear:?}");
        }
    }

    #[test]
    fn escapes_and_aliases_make_an_entry_opaque() {
        let opaque = |text: &str| file(text).unwrap().1.entries[0].opaque;
        assert!(opaque("devices:\n- name: \"i\\x50hone 15\"\n"));
        assert!(opaque("devices:\n- id: a\n  notes: *shared\n"));
        assert!(!opaque("devices:\n- id: a\n  notes: \"5*3 \\\\ 2\"\n"));
    }
}
