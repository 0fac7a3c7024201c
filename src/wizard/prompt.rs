//! The questions as a person sees them, behind a small trait so the flow can be driven by a
//! script in tests and by the terminal otherwise.

use std::io;

use console::{measure_text_width, Key, Term};
use dialoguer::theme::{ColorfulTheme, Theme};
use zeroize::Zeroizing;

use super::keys::{self, Event, Line, List};
use super::tty::QuietKeys;
use crate::error::{Error, Result};
use crate::messages;

/// An answer, or a step back (Esc, or `<` in a text question).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reply<T> {
    Answer(T),
    Back,
}

pub trait Prompter {
    /// One of `items`; the first item is the default Enter picks.
    fn choose(&mut self, prompt: &str, items: &[String], fuzzy: bool) -> Result<Reply<usize>>;
    /// Free text; empty means "skip". `check` returns an error message to ask again with.
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
    _quiet: QuietKeys,
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
            _quiet: QuietKeys::new(),
        }
    }

    /// Draws `question` and feeds it keys until it is answered, left or ended. Whatever
    /// happens, the half-drawn question is wiped and the cursor shown again.
    fn ask<Q: Question>(&self, question: &mut Q) -> Result<Reply<Q::Answer>> {
        let mut screen = Screen {
            term: &self.term,
            rows: 0,
        };
        if question.hides_cursor() {
            let _ = self.term.hide_cursor();
        }
        let event = (|| loop {
            screen.draw(&question.draw(&self.theme))?;
            if let Some(event) = question.key(self.term.read_key_raw()?) {
                return Ok(event);
            }
        })();
        let _ = self.term.show_cursor();
        let answered = match &event {
            Ok(Event::Done(answer)) => Some(question.settled(&self.theme, answer)),
            _ => None,
        };
        screen.clear().map_err(terminal_error)?;
        if let Some(line) = answered {
            self.term.write_line(&line).map_err(terminal_error)?;
        }
        match event.map_err(terminal_error)? {
            Event::Done(answer) => Ok(Reply::Answer(answer)),
            Event::Back => Ok(Reply::Back),
            Event::Ended => Err(Error::Terminal(messages::INPUT_ENDED.to_string())),
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
        io::ErrorKind::UnexpectedEof => Error::Terminal(messages::INPUT_ENDED.to_string()),
        io::ErrorKind::Interrupted => Error::Interrupted,
        _ => Error::Terminal(format!("{}: {e}", messages::TERMINAL_FAILED)),
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
        self.clear()?;
        self.term.write_str(text)?;
        self.term.flush()?;
        self.rows = rows_taken(text, usize::from(self.term.size().1));
        Ok(())
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
}

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
        if let Some(error) = &self.error {
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
            Event::Done(()) => {
                let value = self.line.text().trim();
                if let Err(reason) = self.check.map_or(Ok(()), |check| check(value)) {
                    self.error = Some(reason);
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

    fn draw(&self, theme: &dyn Theme) -> String {
        let mut out = String::new();
        let _ = theme.format_confirm_prompt(&mut out, self.prompt, Some(self.default));
        out
    }

    fn key(&mut self, key: Key) -> Option<Event<bool>> {
        keys::confirm(key, self.default)
    }

    fn settled(&self, theme: &dyn Theme, answer: &bool) -> String {
        let mut out = String::new();
        let _ = theme.format_confirm_prompt_selection(&mut out, self.prompt, Some(*answer));
        out
    }
}

impl Prompter for TerminalPrompter {
    fn choose(&mut self, prompt: &str, items: &[String], fuzzy: bool) -> Result<Reply<usize>> {
        let rows = self.rows_for(items.len(), fuzzy);
        self.ask(&mut Choice {
            prompt,
            items,
            list: List::new(items, fuzzy, rows),
        })
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
        let prompt = format!("{prompt} {}", messages::TEXT_HINT);
        let reply = self.ask(&mut Typed {
            prompt: &prompt,
            hidden: false,
            check: Some(&lenient),
            line: Line::default(),
            error: None,
        })?;
        Ok(match reply {
            Reply::Answer(text) if text.trim() == "<" => Reply::Back,
            Reply::Answer(text) => Reply::Answer(text.trim().to_string()),
            Reply::Back => Reply::Back,
        })
    }

    fn confirm(&mut self, prompt: &str, default: bool) -> Result<Reply<bool>> {
        self.ask(&mut YesNo { prompt, default })
    }

    fn secret(&mut self, prompt: &str) -> Result<Reply<Zeroizing<String>>> {
        self.ask(&mut Typed {
            prompt,
            hidden: true,
            check: None,
            line: Line::default(),
            error: None,
        })
    }

    fn say(&mut self, text: &str) {
        let _ = self.term.write_line(text);
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
