//! The questions as a person sees them, behind a small trait so the flow can be driven by a
//! script in tests and by the terminal otherwise.

use std::collections::{HashMap, VecDeque};
use std::io;

use console::{measure_text_width, Key, Term};
use dialoguer::theme::{ColorfulTheme, Theme};
use zeroize::Zeroizing;

use super::keys::{self, Event, Line, List};
use crate::error::{Error, Result};
use crate::messages;
use crate::tty::{self, Asking};

/// An answer, or a step back (Esc, or `<` in a text question).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reply<T> {
    Answer(T),
    Back,
}

pub trait Prompter {
    /// One of `items`; the first item is the default Enter picks.
    fn choose(&mut self, prompt: &str, items: &[String], fuzzy: bool) -> Result<Reply<usize>>;
    /// Free text; empty means "skip". `check` returns an error message to ask again with; a
    /// text that is given is checked last of all, so `check` sees the answer itself.
    fn text(
        &mut self,
        prompt: &str,
        check: &dyn Fn(&str) -> std::result::Result<(), String>,
    ) -> Result<Reply<String>>;
    fn confirm(&mut self, prompt: &str, default: bool) -> Result<Reply<bool>>;
    /// Hidden input, held in a zeroizing buffer from the moment it is read.
    fn secret(&mut self, prompt: &str) -> Result<Reply<Zeroizing<String>>>;
    fn say(&mut self, text: &str);
}

/// The questions on standard error, so standard output carries only the report. Keys are read
/// here and handled in `keys`; drawing uses dialoguer's theme.
pub struct TerminalPrompter {
    term: Term,
    theme: ColorfulTheme,
    /// Keys read but not yet used: the second of two Escapes read as one sequence.
    pending: VecDeque<Key>,
    /// A yes/no answered by its letter: the Enter typed after the letter belongs to it, not
    /// to the next question (where it would skip a hidden password and send the password
    /// itself into the visible question after).
    swallow_enter: bool,
    /// Screen rows of each answer's summary line (and any note said after it), so that a
    /// step back wipes the answer it takes back instead of leaving it on screen.
    settled: Vec<usize>,
    /// The item last chosen at each list question, by its prompt: a question asked again
    /// after a step back starts on the answer given before.
    chosen: HashMap<String, String>,
    /// The text last typed at each text question, by its prompt, for the same reason. A
    /// password is never kept.
    typed: HashMap<String, String>,
    _asking: Asking,
}

/// A fuzzy list shows at most this many rows, so the question stays in view.
const FUZZY_ROWS: usize = 12;

impl TerminalPrompter {
    pub fn new(color: bool) -> TerminalPrompter {
        // The theme colours through console, which keeps its own switch.
        console::set_colors_enabled(color);
        console::set_colors_enabled_stderr(color);
        TerminalPrompter {
            term: Term::stderr(),
            theme: ColorfulTheme::default(),
            pending: VecDeque::new(),
            swallow_enter: false,
            settled: Vec::new(),
            chosen: HashMap::new(),
            typed: HashMap::new(),
            _asking: Asking::new(tty::Mode::Keys),
        }
    }

    /// The next key for a question, or `None` when what came needs only a redraw: a signal
    /// that interrupted the wait, Ctrl-Z (raw mode reads it as a byte; the process suspends and
    /// is back), or the Enter after a yes/no letter. Two Escapes that arrive together are two
    /// steps back, not one unknown sequence.
    fn next_key(&mut self) -> io::Result<Option<Key>> {
        let key = match self.pending.pop_front() {
            Some(key) => key,
            None => match self.term.read_key_raw() {
                Err(e) if e.kind() == io::ErrorKind::Interrupted => return Ok(None),
                other => other?,
            },
        };
        let swallow = std::mem::take(&mut self.swallow_enter);
        Ok(match key {
            Key::Enter if swallow => None,
            Key::Char(SUSPEND) => {
                tty::suspend();
                None
            }
            Key::UnknownEscSeq(seq) if seq == ['\x1b'] => {
                self.pending.push_back(Key::Escape);
                Some(Key::Escape)
            }
            key => Some(key),
        })
    }

    /// A paste arrives as many keys at once: the question is drawn again only when no key is
    /// waiting, so a long paste costs one drawing and a Ctrl-C after it acts at once.
    fn ask<Q: Question>(&mut self, question: &mut Q) -> Result<Reply<Q::Answer>> {
        let term = self.term.clone();
        let mut screen = Screen {
            term: &term,
            rows: 0,
        };
        if question.hides_cursor() {
            let _ = term.hide_cursor();
        }
        let event = (|| loop {
            if self.pending.is_empty() && !tty::input_pending() {
                screen.draw(&question.draw(&self.theme))?;
            }
            let Some(key) = self.next_key()? else {
                continue;
            };
            let by_letter = matches!(key, Key::Char(_));
            if let Some(event) = question.key(key) {
                self.swallow_enter = by_letter && question.answers_by_letter();
                return Ok(event);
            }
        })();
        let _ = term.show_cursor();
        let answered = match &event {
            Ok(Event::Done(answer)) => Some(question.settled(&self.theme, answer)),
            _ => None,
        };
        screen.clear().map_err(terminal_error)?;
        if let Some(line) = answered {
            term.write_line(&line).map_err(terminal_error)?;
            self.settled
                .push(rows_taken(&line, usize::from(term.size().1)));
        }
        if let Ok(Event::Back) = &event {
            if let Some(rows) = self.settled.pop() {
                term.clear_last_lines(rows).map_err(terminal_error)?;
            }
        }
        match event.map_err(terminal_error)? {
            Event::Done(answer) => Ok(Reply::Answer(answer)),
            Event::Back => Ok(Reply::Back),
            Event::Ended => Err(Error::Terminal(messages::input_ended().to_string())),
            Event::Interrupted => Err(Error::Interrupted),
        }
    }

    fn rows_for(&self, items: usize, fuzzy: bool) -> usize {
        let room = (self.term.size().0 as usize).saturating_sub(2);
        let wanted = if fuzzy { FUZZY_ROWS } else { items };
        wanted.min(room).max(1)
    }
}

/// The real end of input (the terminal gone) reads as Ctrl-D does; anything else is a failure.
fn terminal_error(e: io::Error) -> Error {
    match e.kind() {
        io::ErrorKind::UnexpectedEof => Error::Terminal(messages::input_ended().to_string()),
        io::ErrorKind::Interrupted => Error::Interrupted,
        _ => Error::Terminal(format!("{}: {e}", messages::terminal_failed())),
    }
}

/// The lines a question takes on screen, so it can be redrawn in place. The cursor always
/// ends on the last line drawn.
struct Screen<'a> {
    term: &'a Term,
    rows: usize,
}

impl Screen<'_> {
    fn draw(&mut self, text: &str) -> io::Result<()> {
        tty::drawing(text, || {
            self.clear()?;
            self.term.write_str(text)?;
            self.term.flush()?;
            self.rows = rows_taken(text, usize::from(self.term.size().1));
            Ok(())
        })
    }

    fn clear(&mut self) -> io::Result<()> {
        if self.rows > 0 {
            self.term.clear_line()?;
            for _ in 1..self.rows {
                self.term.move_cursor_up(1)?;
                self.term.clear_line()?;
            }
            self.rows = 0;
        }
        Ok(())
    }
}

/// Screen rows `text` fills, counting lines that wrap.
fn rows_taken(text: &str, width: usize) -> usize {
    text.split('\n')
        .map(|line| measure_text_width(line).div_ceil(width.max(1)).max(1))
        .sum()
}

/// One question as drawn: its text for the current state, its keys, and its one-line
/// summary once answered.
trait Question {
    type Answer;
    fn draw(&self, theme: &dyn Theme) -> String;
    /// `None` while the question stays open.
    fn key(&mut self, key: Key) -> Option<Event<Self::Answer>>;
    fn settled(&self, theme: &dyn Theme, answer: &Self::Answer) -> String;
    fn hides_cursor(&self) -> bool {
        false
    }
    /// Whether a letter alone answers it (a yes/no question).
    fn answers_by_letter(&self) -> bool {
        false
    }
}

/// Ctrl-Z, which raw mode reads as a byte.
const SUSPEND: char = '\u{1a}';

// Writing to a String cannot fail, so the theme's fmt::Results are dropped below.

struct Choice<'a> {
    prompt: &'a str,
    items: &'a [String],
    list: List<'a>,
}

impl Question for Choice<'_> {
    type Answer = usize;

    fn draw(&self, theme: &dyn Theme) -> String {
        let mut out = String::new();
        let _ = match self.list.search() {
            Some(search) => {
                theme.format_fuzzy_select_prompt(&mut out, self.prompt, search, search.len())
            }
            None => theme.format_select_prompt(&mut out, self.prompt),
        };
        for (item, active) in self.list.visible() {
            out.push('\n');
            let _ = match self.list.search() {
                Some(search) => theme.format_fuzzy_select_prompt_item(
                    &mut out,
                    item,
                    active,
                    true,
                    self.list.matcher(),
                    search,
                ),
                None => theme.format_select_prompt_item(&mut out, item, active),
            };
        }
        out
    }

    fn key(&mut self, key: Key) -> Option<Event<usize>> {
        self.list.key(key)
    }

    fn settled(&self, theme: &dyn Theme, answer: &usize) -> String {
        let mut out = String::new();
        let _ = theme.format_select_prompt_selection(&mut out, self.prompt, &self.items[*answer]);
        out
    }

    fn hides_cursor(&self) -> bool {
        true
    }
}

type Check<'a> = &'a dyn Fn(&str) -> std::result::Result<(), String>;

/// Typed text, shown as typed or hidden; a text that fails `check` is asked again with
/// the reason above it.
struct Typed<'a> {
    prompt: &'a str,
    hidden: bool,
    check: Option<Check<'a>>,
    line: Line,
    error: Option<String>,
}

impl Question for Typed<'_> {
    type Answer = Zeroizing<String>;

    fn draw(&self, theme: &dyn Theme) -> String {
        let mut out = String::new();
        if self.line.too_long() {
            let _ = theme.format_error(&mut out, &messages::too_long_answer(self.hidden));
            out.push('\n');
        } else if let Some(error) = &self.error {
            let _ = theme.format_error(&mut out, error);
            out.push('\n');
        }
        if self.hidden {
            let _ = theme.format_password_prompt(&mut out, self.prompt);
        } else {
            let _ = theme.format_input_prompt(&mut out, self.prompt, None);
            out.push_str(self.line.text());
        }
        out
    }

    fn key(&mut self, key: Key) -> Option<Event<Zeroizing<String>>> {
        Some(match self.line.key(key)? {
            Event::Done(()) if self.line.too_long() => {
                self.line.clear();
                self.error = Some(messages::too_long_answer(self.hidden));
                return None;
            }
            Event::Done(()) => {
                let value = self.line.text().trim();
                if let Err(reason) = self.check.map_or(Ok(()), |check| check(value)) {
                    // Asked again on an empty line, as dialoguer's own prompts do.
                    self.error = Some(reason);
                    self.line.clear();
                    return None;
                }
                Event::Done(self.line.take())
            }
            Event::Back => Event::Back,
            Event::Ended => Event::Ended,
            Event::Interrupted => Event::Interrupted,
        })
    }

    fn settled(&self, theme: &dyn Theme, answer: &Zeroizing<String>) -> String {
        let mut out = String::new();
        let _ = if self.hidden {
            theme.format_password_prompt_selection(&mut out, self.prompt)
        } else {
            theme.format_input_prompt_selection(&mut out, self.prompt, answer.trim())
        };
        out
    }
}

struct YesNo<'a> {
    prompt: &'a str,
    default: bool,
}

impl Question for YesNo<'_> {
    type Answer = bool;

    /// The theme's confirm line says "(y/n) › no" in English: the same line, with the keys
    /// and the default in the reader's words.
    fn draw(&self, theme: &dyn Theme) -> String {
        let mut out = String::new();
        let _ = theme.format_input_prompt(&mut out, self.prompt, Some(&messages::y_n_keys()));
        let default = if self.default {
            messages::yes()
        } else {
            messages::no()
        };
        out.push_str(&console::style(default).dim().to_string());
        out
    }

    fn key(&mut self, key: Key) -> Option<Event<bool>> {
        keys::confirm(key, self.default)
    }

    fn settled(&self, theme: &dyn Theme, answer: &bool) -> String {
        let mut out = String::new();
        // The theme's own confirm summary says yes/no in English; the same line, in the
        // reader's words.
        let word = if *answer {
            messages::yes()
        } else {
            messages::no()
        };
        let _ = theme.format_input_prompt_selection(&mut out, self.prompt, &word);
        out
    }

    fn answers_by_letter(&self) -> bool {
        true
    }
}

impl Prompter for TerminalPrompter {
    fn choose(&mut self, prompt: &str, items: &[String], fuzzy: bool) -> Result<Reply<usize>> {
        let rows = self.rows_for(items.len(), fuzzy);
        let mut list = List::new(items, fuzzy, rows);
        let before = self.chosen.get(prompt);
        if let Some(item) = before.and_then(|b| items.iter().position(|i| i == b)) {
            list.preselect(item);
        }
        let reply = self.ask(&mut Choice {
            prompt,
            items,
            list,
        })?;
        if let Reply::Answer(i) = reply {
            self.chosen.insert(prompt.to_string(), items[i].clone());
        }
        Ok(reply)
    }

    fn text(
        &mut self,
        prompt: &str,
        check: &dyn Fn(&str) -> std::result::Result<(), String>,
    ) -> Result<Reply<String>> {
        // Empty skips and `<` steps back, so neither is checked.
        let lenient = |value: &str| match value {
            "" | "<" => Ok(()),
            _ => check(value),
        };
        let before = self.typed.get(prompt).map_or("", String::as_str);
        let line = Line::with_text(before);
        let hint = match before {
            "" => messages::text_hint(),
            _ => messages::text_hint_kept(),
        };
        let hinted = format!("{prompt} {hint}");
        let reply = self.ask(&mut Typed {
            prompt: &hinted,
            hidden: false,
            check: Some(&lenient),
            line,
            error: None,
        })?;
        Ok(match reply {
            Reply::Answer(text) if text.trim() == "<" => Reply::Back,
            Reply::Answer(text) => {
                let text = text.trim().to_string();
                self.typed.insert(prompt.to_string(), text.clone());
                Reply::Answer(text)
            }
            Reply::Back => Reply::Back,
        })
    }

    fn confirm(&mut self, prompt: &str, default: bool) -> Result<Reply<bool>> {
        self.ask(&mut YesNo { prompt, default })
    }

    fn secret(&mut self, prompt: &str) -> Result<Reply<Zeroizing<String>>> {
        // An empty answer is asked again: an Enter meant for an earlier question must not
        // skip this one and send the password that follows into the next, visible, one.
        let typed_something = |value: &str| match value {
            "" => Err(messages::no_password_typed().to_string()),
            _ => Ok(()),
        };
        self.ask(&mut Typed {
            prompt,
            hidden: true,
            check: Some(&typed_something),
            line: Line::default(),
            error: None,
        })
    }

    fn say(&mut self, text: &str) {
        let _ = self.term.write_line(text);
        // A note belongs to the answer before it, and goes with it on a step back.
        let rows = rows_taken(text, usize::from(self.term.size().1));
        if let Some(last) = self.settled.last_mut() {
            *last += rows;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrapped_lines_count_every_row() {
        assert_eq!(rows_taken("", 80), 1);
        assert_eq!(rows_taken("abc\ndef", 80), 2);
        assert_eq!(rows_taken(&"x".repeat(80), 80), 1);
        assert_eq!(rows_taken(&"x".repeat(81), 80), 2);
        assert_eq!(rows_taken("\x1b[1mbold\x1b[0m", 2), 2);
    }

    #[test]
    fn a_rejected_text_is_asked_again_with_the_reason() {
        let reject = |v: &str| {
            if v == "2 gb" {
                Err("write 2GB".to_string())
            } else {
                Ok(())
            }
        };
        let mut typed = Typed {
            prompt: "Data used",
            hidden: false,
            check: Some(&reject),
            line: Line::default(),
            error: None,
        };
        for c in "2 gb".chars() {
            typed.key(Key::Char(c));
        }
        assert_eq!(typed.key(Key::Enter), None);
        assert!(typed.draw(&ColorfulTheme::default()).contains("write 2GB"));
    }

    #[test]
    fn a_hidden_line_is_never_drawn() {
        let mut typed = Typed {
            prompt: "Password",
            hidden: true,
            check: None,
            line: Line::default(),
            error: None,
        };
        for c in "hunter22".chars() {
            typed.key(Key::Char(c));
        }
        let theme = ColorfulTheme::default();
        assert!(!typed.draw(&theme).contains("hunter"));
        let Some(Event::Done(secret)) = typed.key(Key::Enter) else {
            panic!("Enter answers");
        };
        assert_eq!(secret.as_str(), "hunter22");
        assert!(!typed.settled(&theme, &secret).contains("hunter"));
    }
}
