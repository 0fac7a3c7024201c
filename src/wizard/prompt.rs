//! The questions as a person sees them, behind a small trait so the flow can be driven by a
//! script in tests and by dialoguer on a terminal.

use console::Term;
use dialoguer::theme::ColorfulTheme;
use dialoguer::{Confirm, FuzzySelect, Input, Password, Select};
use zeroize::Zeroizing;

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

/// dialoguer on standard error, so standard output carries only the report.
pub struct TerminalPrompter {
    term: Term,
    theme: ColorfulTheme,
}

impl TerminalPrompter {
    pub fn new(color: bool) -> TerminalPrompter {
        // dialoguer colours through console, which keeps its own switch.
        console::set_colors_enabled(color);
        console::set_colors_enabled_stderr(color);
        TerminalPrompter {
            term: Term::stderr(),
            theme: ColorfulTheme::default(),
        }
    }
}

/// End of input is the person leaving; anything else is a real failure.
fn terminal_error(e: dialoguer::Error) -> Error {
    let dialoguer::Error::IO(io) = e;
    if io.kind() == std::io::ErrorKind::Interrupted {
        // console raised SIGINT too; whichever runs first leaves the cursor visible.
        let _ = Term::stderr().show_cursor();
        let _ = Term::stderr().write_line("");
        Error::Interrupted
    } else if io.kind() == std::io::ErrorKind::UnexpectedEof {
        Error::Terminal(messages::INPUT_ENDED.to_string())
    } else {
        Error::Terminal(format!("{}: {io}", messages::TERMINAL_FAILED))
    }
}

fn answer<T>(value: Option<T>) -> Reply<T> {
    match value {
        Some(v) => Reply::Answer(v),
        None => Reply::Back,
    }
}

impl Prompter for TerminalPrompter {
    fn choose(&mut self, prompt: &str, items: &[String], fuzzy: bool) -> Result<Reply<usize>> {
        let picked = if fuzzy {
            FuzzySelect::with_theme(&self.theme)
                .with_prompt(prompt)
                .items(items)
                .default(0)
                .max_length(12)
                .interact_on_opt(&self.term)
        } else {
            Select::with_theme(&self.theme)
                .with_prompt(prompt)
                .items(items)
                .default(0)
                .interact_on_opt(&self.term)
        };
        picked.map(answer).map_err(terminal_error)
    }

    fn text(
        &mut self,
        prompt: &str,
        check: &dyn Fn(&str) -> std::result::Result<(), String>,
    ) -> Result<Reply<String>> {
        let text: String = Input::with_theme(&self.theme)
            .with_prompt(format!("{prompt} {}", messages::TEXT_HINT))
            .allow_empty(true)
            .validate_with(|value: &String| -> std::result::Result<(), String> {
                let v = value.trim();
                if v.is_empty() || v == "<" {
                    Ok(())
                } else {
                    check(v)
                }
            })
            .interact_text_on(&self.term)
            .map_err(terminal_error)?;
        Ok(if text.trim() == "<" {
            Reply::Back
        } else {
            Reply::Answer(text.trim().to_string())
        })
    }

    fn confirm(&mut self, prompt: &str, default: bool) -> Result<Reply<bool>> {
        Confirm::with_theme(&self.theme)
            .with_prompt(prompt)
            .default(default)
            .interact_on_opt(&self.term)
            .map(answer)
            .map_err(terminal_error)
    }

    fn secret(&mut self, prompt: &str) -> Result<Reply<Zeroizing<String>>> {
        let secret = Password::with_theme(&self.theme)
            .with_prompt(prompt)
            .allow_empty_password(true)
            .report(false)
            .interact_on(&self.term)
            .map(Zeroizing::new)
            .map_err(terminal_error)?;
        Ok(Reply::Answer(secret))
    }

    fn say(&mut self, text: &str) {
        let _ = self.term.write_line(text);
    }
}
