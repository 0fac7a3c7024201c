//! What each key does at a question, apart from drawing and reading.
//!
//! The guide reads keys itself rather than through dialoguer's prompts: those read single keys
//! in raw mode, where Ctrl-D arrives as an ordinary character and is dropped, so a person could
//! not end input. Here Ctrl-D ends the guide at any question, Esc steps back and Ctrl-C stops.
//! Drawing still uses dialoguer's theme (see `prompt.rs`), so the questions look the same.

use console::Key;
use fuzzy_matcher::skim::SkimMatcherV2;
use fuzzy_matcher::FuzzyMatcher;
use zeroize::{Zeroize, Zeroizing};

/// Ctrl-D: in raw mode it is a byte like any other.
const END_OF_INPUT: char = '\u{4}';
/// Ctrl-U clears a line, as it does at a shell prompt.
const CLEAR_LINE: char = '\u{15}';

/// The longest answer a line takes, in bytes. A password longer than this is refused, and the
/// buffer is this large from the start, so a password never moves (a move would leave a copy
/// behind in memory that is no longer ours to wipe).
pub const MAX_LINE_BYTES: usize = 1024;

/// The longest search in a list: no name is near this long, and a paste stops here rather than
/// being matched against every item, character by character.
const MAX_SEARCH_CHARS: usize = 64;

/// How a key ended a question. The `key` methods return `None` for a key that leaves the
/// question open (the screen is drawn again).
#[derive(Debug, PartialEq, Eq)]
pub enum Event<T> {
    Done(T),
    /// Esc: one question back.
    Back,
    /// Ctrl-D.
    Ended,
    /// Ctrl-C.
    Interrupted,
}

/// Keys every question treats alike.
fn common<T>(key: &Key) -> Option<Event<T>> {
    match key {
        Key::Escape => Some(Event::Back),
        Key::CtrlC => Some(Event::Interrupted),
        Key::Char(END_OF_INPUT) => Some(Event::Ended),
        _ => None,
    }
}

/// A list to pick one item from, optionally narrowed by typing (fuzzy search).
pub struct List<'a> {
    items: &'a [String],
    fuzzy: bool,
    search: String,
    /// Indices into `items`, best match first.
    shown: Vec<usize>,
    /// Position in `shown`.
    selected: usize,
    /// First row of `shown` on screen.
    top: usize,
    rows: usize,
    matcher: SkimMatcherV2,
}

impl<'a> List<'a> {
    /// `rows` is how many items fit on screen at once (at least 1).
    pub fn new(items: &'a [String], fuzzy: bool, rows: usize) -> List<'a> {
        List {
            items,
            fuzzy,
            search: String::new(),
            shown: (0..items.len()).collect(),
            selected: 0,
            top: 0,
            rows: rows.max(1),
            matcher: SkimMatcherV2::default(),
        }
    }

    pub fn key(&mut self, key: Key) -> Option<Event<usize>> {
        if let Some(event) = common(&key) {
            return Some(event);
        }
        match key {
            Key::Enter => {
                if let Some(&item) = self.shown.get(self.selected) {
                    return Some(Event::Done(item));
                }
            }
            Key::ArrowUp | Key::BackTab => self.step(-1),
            Key::ArrowDown | Key::Tab => self.step(1),
            Key::Home => self.go_to(0),
            Key::End => self.go_to(self.shown.len().saturating_sub(1)),
            Key::PageUp => self.go_to(self.selected.saturating_sub(self.rows)),
            Key::PageDown => {
                let last = self.shown.len().saturating_sub(1);
                self.go_to((self.selected + self.rows).min(last));
            }
            Key::Backspace if self.fuzzy => {
                self.search.pop();
                self.refilter();
            }
            Key::Char(CLEAR_LINE) if self.fuzzy => {
                self.search.clear();
                self.refilter();
            }
            Key::Char(c)
                if self.fuzzy
                    && !c.is_control()
                    && self.search.chars().count() < MAX_SEARCH_CHARS =>
            {
                self.search.push(c);
                self.refilter();
            }
            _ => {}
        }
        None
    }

    /// Starts on `item` (an index into the items) instead of the first: the answer given
    /// before, when the person steps back to this question.
    pub fn preselect(&mut self, item: usize) {
        if let Some(position) = self.shown.iter().position(|&i| i == item) {
            self.go_to(position);
        }
    }

    /// Moves the selection by one, wrapping at either end.
    fn step(&mut self, by: isize) {
        let count = self.shown.len();
        if count > 0 {
            let next = (self.selected as isize + by).rem_euclid(count as isize);
            self.go_to(next as usize);
        }
    }

    fn go_to(&mut self, position: usize) {
        self.selected = position;
        if position < self.top {
            self.top = position;
        } else if position >= self.top + self.rows {
            self.top = position + 1 - self.rows;
        }
    }

    /// Best matches first; equal scores keep the list's own order, so "not listed" and the
    /// default stay where the question put them. When nothing matches, the default (the first
    /// item, "not listed" or "I don't know") is still there to pick.
    /// A phone typed as its box names it, with its storage or 5G after the model
    /// (`iphone 15 256gb`), finds what its model finds, as `--device` does.
    fn refilter(&mut self) {
        let search = crate::text::plain_spelling(&self.search);
        let mut scored = self.scores(&search);
        if scored.is_empty() {
            scored = crate::advisor::model_alone(&search)
                .iter()
                .map(|model| self.scores(model))
                .find(|found| !found.is_empty())
                .unwrap_or_default();
        }
        self.shown = scored.into_iter().map(|(_, i)| i).collect();
        if self.shown.is_empty() && !self.items.is_empty() {
            self.shown.push(0);
        }
        self.selected = 0;
        self.top = 0;
    }

    /// Each item that `search` matches, with its score, best first.
    fn scores(&self, search: &str) -> Vec<(i64, usize)> {
        let mut scored: Vec<(i64, usize)> = self
            .items
            .iter()
            .enumerate()
            .filter_map(|(i, item)| Some((self.matcher.fuzzy_match(item, search)?, i)))
            .collect();
        scored.sort_by_key(|&(score, _)| std::cmp::Reverse(score));
        scored
    }

    pub fn search(&self) -> Option<&str> {
        self.fuzzy.then_some(self.search.as_str())
    }

    pub fn matcher(&self) -> &SkimMatcherV2 {
        &self.matcher
    }

    /// The items on screen now, each with whether it is the selected one.
    pub fn visible(&self) -> impl Iterator<Item = (&str, bool)> + '_ {
        self.shown
            .iter()
            .enumerate()
            .skip(self.top)
            .take(self.rows)
            .map(|(position, &i)| (self.items[i].as_str(), position == self.selected))
    }
}

/// A line of typed text. It lives in a zeroizing buffer because it may be a password.
pub struct Line {
    text: Zeroizing<String>,
    /// Keys were dropped because the line was full.
    too_long: bool,
}

impl Default for Line {
    fn default() -> Line {
        Line {
            text: Zeroizing::new(String::with_capacity(MAX_LINE_BYTES)),
            too_long: false,
        }
    }
}

impl Line {
    /// A line that starts with `text` typed, as far as a line holds.
    pub fn with_text(text: &str) -> Line {
        let mut line = Line::default();
        for c in text.chars() {
            line.key(Key::Char(c));
        }
        line
    }

    pub fn key(&mut self, key: Key) -> Option<Event<()>> {
        if let Some(event) = common(&key) {
            return Some(event);
        }
        match key {
            Key::Enter => return Some(Event::Done(())),
            Key::Backspace => {
                self.text.pop();
            }
            Key::Char(CLEAR_LINE) => self.clear(),
            Key::Char(c) if !c.is_control() => {
                if self.text.len() + c.len_utf8() <= MAX_LINE_BYTES {
                    self.text.push(c);
                } else {
                    self.too_long = true;
                }
            }
            _ => {}
        }
        None
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    /// Whether keys were dropped because the line was full.
    pub fn too_long(&self) -> bool {
        self.too_long
    }

    /// Wipes the text and starts again.
    pub fn clear(&mut self) {
        self.text.zeroize();
        self.too_long = false;
    }

    /// Hands the text over without leaving a copy behind.
    pub fn take(&mut self) -> Zeroizing<String> {
        self.too_long = false;
        std::mem::replace(
            &mut self.text,
            Zeroizing::new(String::with_capacity(MAX_LINE_BYTES)),
        )
    }
}

/// A yes/no question: y or n answers, Enter takes the default.
pub fn confirm(key: Key, default: bool) -> Option<Event<bool>> {
    let answer = match key {
        Key::Enter => default,
        Key::Char('y' | 'Y') => true,
        Key::Char('n' | 'N') => false,
        _ => return common(&key),
    };
    Some(Event::Done(answer))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn items(names: &[&str]) -> Vec<String> {
        names.iter().map(|s| s.to_string()).collect()
    }

    fn press(list: &mut List, keys: &str) -> Option<Event<usize>> {
        let mut last = None;
        for c in keys.chars() {
            last = list.key(Key::Char(c));
        }
        last
    }

    #[test]
    fn ctrl_d_ends_every_kind_of_question() {
        let names = items(&["a", "b"]);
        assert_eq!(
            List::new(&names, true, 5).key(Key::Char('\u{4}')),
            Some(Event::Ended)
        );
        assert_eq!(
            List::new(&names, false, 5).key(Key::Char('\u{4}')),
            Some(Event::Ended)
        );
        let mut line = Line::default();
        line.key(Key::Char('x'));
        assert_eq!(line.key(Key::Char('\u{4}')), Some(Event::Ended));
        assert_eq!(confirm(Key::Char('\u{4}'), true), Some(Event::Ended));
    }

    #[test]
    fn esc_steps_back_and_ctrl_c_interrupts() {
        let names = items(&["a"]);
        assert_eq!(
            List::new(&names, true, 5).key(Key::Escape),
            Some(Event::Back)
        );
        assert_eq!(Line::default().key(Key::CtrlC), Some(Event::Interrupted));
        assert_eq!(confirm(Key::Escape, false), Some(Event::Back));
    }

    #[test]
    fn enter_picks_the_first_item_by_default() {
        let names = items(&["Verizon", "T-Mobile"]);
        assert_eq!(
            List::new(&names, true, 5).key(Key::Enter),
            Some(Event::Done(0))
        );
    }

    #[test]
    fn typing_narrows_a_fuzzy_list_to_the_best_match() {
        let names = items(&["Not listed", "AT&T", "T-Mobile", "Verizon"]);
        let mut list = List::new(&names, true, 5);
        press(&mut list, "tmob");
        assert_eq!(list.key(Key::Enter), Some(Event::Done(2)));
        assert_eq!(list.search(), Some("tmob"));
    }

    #[test]
    fn a_brand_typed_in_chinese_finds_the_phones() {
        let names = items(&["Not listed", "Apple iPhone 15", "Xiaomi 14"]);
        let mut list = List::new(&names, true, 5);
        press(&mut list, "小米");
        assert_eq!(list.key(Key::Enter), Some(Event::Done(2)));
        list.key(Key::Char('\u{15}'));
        press(&mut list, "ｉｐｈｏｎｅ");
        assert_eq!(list.key(Key::Enter), Some(Event::Done(1)));
    }

    #[test]
    fn a_phone_typed_with_its_storage_finds_its_model() {
        let phones = [
            "Not listed",
            "Apple iPhone 14",
            "Apple iPhone 15",
            "Google Pixel 9",
        ];
        let picked = |typed: &str| {
            let names = items(&phones);
            let mut list = List::new(&names, true, 5);
            press(&mut list, typed);
            list.key(Key::Enter)
        };
        assert_eq!(picked("iphone 15 256gb"), Some(Event::Done(2)));
        assert_eq!(picked("Pixel 9 128 GB 5G"), Some(Event::Done(3)));
    }

    #[test]
    fn a_search_that_matches_nothing_leaves_the_default_to_pick() {
        let names = items(&["Not listed", "Verizon"]);
        let mut list = List::new(&names, true, 5);
        press(&mut list, "zzz");
        assert_eq!(
            list.visible().collect::<Vec<_>>(),
            vec![("Not listed", true)]
        );
        assert_eq!(list.key(Key::Enter), Some(Event::Done(0)));
        list.key(Key::Char('\u{15}'));
        list.key(Key::ArrowDown);
        assert_eq!(list.key(Key::Enter), Some(Event::Done(1)));
    }

    #[test]
    fn a_plain_list_ignores_letters_and_wraps_around() {
        let names = items(&["I don't know", "Yes", "No"]);
        let mut list = List::new(&names, false, 5);
        press(&mut list, "zz");
        assert_eq!(list.search(), None);
        list.key(Key::ArrowUp);
        assert_eq!(list.key(Key::Enter), Some(Event::Done(2)));
    }

    #[test]
    fn the_window_follows_the_selection() {
        let names = items(&["0", "1", "2", "3", "4"]);
        let mut list = List::new(&names, false, 2);
        for _ in 0..3 {
            list.key(Key::ArrowDown);
        }
        let on_screen: Vec<_> = list.visible().collect();
        assert_eq!(on_screen, vec![("2", false), ("3", true)]);
        list.key(Key::Home);
        assert_eq!(list.visible().next(), Some(("0", true)));
        list.key(Key::PageDown);
        list.key(Key::PageDown);
        list.key(Key::PageDown);
        assert_eq!(
            list.key(Key::Enter),
            Some(Event::Done(4)),
            "stops at the last item"
        );
        list.key(Key::PageUp);
        assert_eq!(list.key(Key::Enter), Some(Event::Done(2)));
    }

    #[test]
    fn a_line_edits_and_hands_over_its_text() {
        let mut line = Line::default();
        for c in "1.5GBx".chars() {
            line.key(Key::Char(c));
        }
        line.key(Key::Backspace);
        line.key(Key::Char('\u{7}'));
        assert_eq!(line.text(), "1.5GB");
        assert_eq!(line.key(Key::Enter), Some(Event::Done(())));
        assert_eq!(line.take().as_str(), "1.5GB");
        assert_eq!(line.text(), "");
    }

    #[test]
    fn confirm_takes_y_n_or_the_default() {
        assert_eq!(confirm(Key::Char('Y'), false), Some(Event::Done(true)));
        assert_eq!(confirm(Key::Char('n'), true), Some(Event::Done(false)));
        assert_eq!(confirm(Key::Enter, true), Some(Event::Done(true)));
        assert_eq!(confirm(Key::Char('x'), true), None);
    }

    #[test]
    fn a_preselected_item_is_what_enter_picks_and_stays_in_view() {
        let items: Vec<String> = (0..30).map(|i| format!("item {i}")).collect();
        let mut list = List::new(&items, true, 5);
        list.preselect(17);
        assert!(matches!(list.key(Key::Enter), Some(Event::Done(17))));
        assert!(list.top <= 17 && 17 < list.top + 5);
        list.preselect(99);
        assert!(matches!(list.key(Key::Enter), Some(Event::Done(17))));
    }
}
