//! clap's own words in the reader's language: each flag's help, the headings, the notes on
//! defaults and choices, and the errors clap raises. In English, clap says them itself.

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, Command};

use crate::i18n::{self, Lang};
use crate::messages;
use crate::tr;

/// `command` (built, so that its help flags and `help` subcommand exist) with every word
/// clap shows in `lang`, where the catalog has it.
pub fn in_lang(command: Command, lang: Lang) -> Command {
    if lang == Lang::En {
        return command;
    }
    let mut command = command;
    command.build();
    translate(command, "")
}

/// One command and, in turn, each of its subcommands; `path` names it in catalog ids
/// (`kb-validate`), empty for the program itself.
fn translate(command: Command, path: &str) -> Command {
    let template = format!(
        "{{before-help}}{{about-with-newline}}\n{}{{usage}}\n\n{{all-args}}{{after-help}}",
        usage_heading()
    );
    let names: Vec<String> = command
        .get_subcommands()
        .map(|sub| sub.get_name().to_string())
        .collect();
    let mut command = command
        .help_template(template)
        .subcommand_help_heading(tr!("clap-commands"))
        .mut_args(|arg| translate_arg(arg, path));
    for name in names {
        let inner = match (path, name.as_str()) {
            (_, "help") => String::from("help"),
            ("", _) => name.clone(),
            _ => format!("{path}-{name}"),
        };
        let about = match name.as_str() {
            "help" => Some(String::from("clap-help-subcommand")),
            _ => Some(format!("help-{inner}")).filter(|id| i18n::has_message(id)),
        };
        command = command.mut_subcommand(&name, |sub| {
            let sub = match about {
                Some(id) => sub.about(i18n::message(&id, None)),
                None => sub,
            };
            translate(sub, &inner)
        });
    }
    command
}

/// An argument's help from the catalog (`arg-<command>-<id>`, else `arg-<id>`), under a
/// heading in the reader's language, with its default, choices and variable said in it.
fn translate_arg(arg: Arg, path: &str) -> Arg {
    let id = arg.get_id().as_str().to_string();
    let help = match id.as_str() {
        "help" => Some(tr!("clap-help")),
        "version" => Some(tr!("clap-version")),
        _ => arg_help(path, &id),
    };
    let base = help.or_else(|| arg.get_help().map(ToString::to_string));
    let details = details(&arg);
    let heading = match arg.is_positional() {
        true => tr!("clap-arguments"),
        false => tr!("clap-options"),
    };
    let arg = arg
        .help_heading(heading)
        .hide_default_value(true)
        .hide_possible_values(true)
        .hide_env(true)
        .long_help(None::<&str>);
    match (base, details.is_empty()) {
        (Some(help), true) => arg.help(help),
        (Some(help), false) => arg.help(format!("{help} {details}")),
        (None, false) => arg.help(details),
        (None, true) => arg,
    }
}

/// The catalog's help for argument `id` of the command at `path`, in the current language.
fn arg_help(path: &str, id: &str) -> Option<String> {
    arg_help_in(i18n::lang(), path, id)
}

fn arg_help_in(lang: Lang, path: &str, id: &str) -> Option<String> {
    let own = format!("arg-{path}-{id}");
    let shared = format!("arg-{id}");
    [own, shared]
        .into_iter()
        .find(|key| i18n::has_message(key))
        .map(|key| i18n::message_in(lang, &key, None))
}

/// `[默认：text] [可选：text、json]`: what clap would add after the help, in the reader's words.
fn details(arg: &Arg) -> String {
    let mut notes = Vec::new();
    let takes_value = arg.get_num_args().is_some_and(|n| n.takes_values());
    let defaults: Vec<String> = arg
        .get_default_values()
        .iter()
        .map(|v| v.to_string_lossy().into_owned())
        .collect();
    if takes_value && !defaults.is_empty() && !arg.is_hide_default_value_set() {
        notes.push(tr!("clap-default", value = defaults.join(" ")));
    }
    let choices: Vec<String> = arg
        .get_possible_values()
        .iter()
        .filter(|v| !v.is_hide_set())
        .map(|v| v.get_name().to_string())
        .collect();
    if takes_value && !choices.is_empty() && !arg.is_hide_possible_values_set() {
        notes.push(tr!("clap-choices", values = messages::list(&choices)));
    }
    if let Some(name) = arg.get_env().filter(|_| !arg.is_hide_env_set()) {
        notes.push(tr!("clap-env", name = name.to_string_lossy().into_owned()));
    }
    notes
        .iter()
        .map(|n| format!("[{n}]"))
        .collect::<Vec<_>>()
        .join(" ")
}

/// clap's error in the reader's language, or `None` where it is English or of a kind not
/// said here (clap then says it).
pub fn error_in(error: &clap::Error, lang: Lang) -> Option<String> {
    if lang == Lang::En {
        return None;
    }
    let text = |kind| match error.get(kind) {
        Some(ContextValue::String(s)) => Some(s.clone()),
        Some(ContextValue::Strings(v)) => Some(v.join(", ")),
        Some(ContextValue::StyledStr(s)) => Some(s.to_string()),
        Some(ContextValue::StyledStrs(v)) => Some(
            v.iter()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(", "),
        ),
        Some(ContextValue::Number(n)) => Some(n.to_string()),
        _ => None,
    };
    let arg = || text(ContextKind::InvalidArg).unwrap_or_default();
    let mut tips = Vec::new();
    let headline = match error.kind() {
        ErrorKind::UnknownArgument => {
            if let Some(suggested) = text(ContextKind::SuggestedArg) {
                tips.push(tr!("clap-similar-argument", suggested = suggested));
            }
            tr!("clap-unknown-argument", arg = arg())
        }
        ErrorKind::InvalidSubcommand => {
            if let Some(suggested) = text(ContextKind::SuggestedSubcommand) {
                tips.push(tr!("clap-similar-subcommand", suggested = suggested));
            }
            let name = text(ContextKind::InvalidSubcommand).unwrap_or_default();
            tr!("clap-unknown-subcommand", name = name)
        }
        ErrorKind::InvalidValue => {
            let value = text(ContextKind::InvalidValue).unwrap_or_default();
            match error.get(ContextKind::ValidValue) {
                Some(ContextValue::Strings(valid)) if !valid.is_empty() => {
                    tips.push(tr!("clap-choices", values = messages::list(valid)));
                }
                _ => {}
            }
            if let Some(suggested) = text(ContextKind::SuggestedValue) {
                tips.push(tr!("clap-similar-value", suggested = suggested));
            }
            match value.is_empty() {
                true => tr!("clap-value-required", arg = arg()),
                false => tr!("clap-invalid-value", arg = arg(), value = value),
            }
        }
        ErrorKind::ValueValidation => {
            let value = text(ContextKind::InvalidValue).unwrap_or_default();
            let reason = std::error::Error::source(error)
                .map(ToString::to_string)
                .unwrap_or_default();
            tr!(
                "clap-bad-value",
                arg = arg(),
                value = value,
                reason = reason
            )
        }
        ErrorKind::MissingRequiredArgument => tr!("clap-missing-required", args = arg()),
        ErrorKind::ArgumentConflict => {
            let other = text(ContextKind::PriorArg).unwrap_or_default();
            match other == arg() {
                true => tr!("clap-used-twice", arg = arg()),
                false => tr!("clap-conflict", arg = arg(), other = other),
            }
        }
        ErrorKind::MissingSubcommand => {
            let name = text(ContextKind::InvalidSubcommand).unwrap_or_default();
            tr!("clap-missing-subcommand", name = name)
        }
        ErrorKind::NoEquals => tr!("clap-no-equals", arg = arg()),
        ErrorKind::InvalidUtf8 => tr!("clap-not-utf8"),
        ErrorKind::TooManyValues => {
            let value = text(ContextKind::InvalidValue).unwrap_or_default();
            tr!("clap-unexpected-value", arg = arg(), value = value)
        }
        _ => return None,
    };
    let mut out = format!("{}{headline}\n", spaced(tr!("clap-error")));
    for tip in tips {
        out.push_str(&format!("\n  {}{tip}\n", spaced(tr!("clap-tip"))));
    }
    if let Some(usage) = text(ContextKind::Usage) {
        let usage = usage.trim();
        let usage = usage.strip_prefix("Usage:").unwrap_or(usage).trim_start();
        out.push_str(&format!("\n{}{usage}\n", usage_heading()));
    }
    out.push_str(&format!("\n{}\n", tr!("clap-more-info")));
    Some(out)
}

fn usage_heading() -> String {
    spaced(tr!("clap-usage"))
}

/// A heading with the space that follows it: none after a full-width colon, which has its own.
fn spaced(heading: String) -> String {
    match heading.ends_with('：') {
        true => heading,
        false => heading + " ",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each argument of `command` and its subcommands, with the path that names it.
    fn each_arg(command: &Command, path: &str, out: &mut Vec<(String, Arg)>) {
        for arg in command.get_arguments() {
            out.push((path.to_string(), arg.clone()));
        }
        for sub in command.get_subcommands() {
            let inner = match path {
                "" => sub.get_name().to_string(),
                _ => format!("{path}-{}", sub.get_name()),
            };
            each_arg(sub, &inner, out);
        }
    }

    /// The English in the catalog is each flag's own doc comment, word for word, and every
    /// flag with help has its entry, so that no flag is left in English in another language.
    #[test]
    fn every_flag_has_its_help_in_the_catalog_as_its_doc_comment_says_it() {
        let mut command = crate::cli::command_in(Lang::En);
        command.build();
        let mut args = Vec::new();
        each_arg(&command, "", &mut args);
        let mut checked = 0;
        for (path, arg) in &args {
            let id = arg.get_id().as_str();
            let input = i18n::has_message(&format!("flag-{id}"));
            if matches!(id, "help" | "version") || input {
                continue;
            }
            let own = arg.get_help().map(ToString::to_string);
            assert!(own.is_some(), "{path} --{id} has no help");
            assert_eq!(arg_help_in(Lang::En, path, id), own, "{path} --{id}");
            checked += 1;
        }
        assert!(checked > 30, "{checked}");
    }

    #[test]
    fn notes_on_defaults_and_choices_come_only_with_a_value() {
        let mut command = Command::new("x")
            .arg(
                Arg::new("sort")
                    .long("sort")
                    .value_parser(["hotspot", "carrier"])
                    .default_value("carrier"),
            )
            .arg(Arg::new("all").long("all").action(clap::ArgAction::SetTrue));
        command.build();
        let arg = |id: &str| command.get_arguments().find(|a| a.get_id() == id).unwrap();
        let notes = details(arg("sort"));
        assert!(
            notes.contains("carrier") && notes.contains("hotspot"),
            "{notes}"
        );
        assert_eq!(notes.matches('[').count(), 2, "{notes}");
        // A switch takes no value: clap says nothing of its default (false), nor does this.
        assert_eq!(details(arg("all")), "");
    }
}
