//! The completion scripts and the manual page, generated from the command line the program
//! parses with (`cli::command_in`), so they name every flag exactly as `--help` does.

use std::io;

use clap_complete::Shell;

use crate::cli;
use crate::i18n;

const NAME: &str = "esim-hotspot";

/// A completion script for `shell`.
pub fn completions(shell: Shell) -> Vec<u8> {
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut cli::command_in(i18n::lang()), NAME, &mut script);
    script
}

/// One roff page for the whole program: its own synopsis and options, then a section for
/// each command with that command's options (no page refers to another that is not there),
/// then the examples and exit codes.
pub fn page() -> Vec<u8> {
    written().expect("a page written to memory cannot fail")
}

fn written() -> io::Result<Vec<u8>> {
    let command = cli::command_in(i18n::lang());
    let man = clap_mangen::Man::new(command.clone());
    let mut page = Vec::new();
    man.render_title(&mut page)?;
    man.render_name_section(&mut page)?;
    man.render_synopsis_section(&mut page)?;
    man.render_description_section(&mut page)?;
    man.render_options_section(&mut page)?;
    for (name, sub) in commands(&command, NAME) {
        page.extend_from_slice(format!(".SH \"{}\"\n", name.to_uppercase()).as_bytes());
        page.extend(command_section(sub.bin_name(&name))?);
    }
    man.render_extra_section(&mut page)?;
    man.render_version_section(&mut page)?;
    Ok(page)
}

/// The commands that run something, each with its full name (`esim-hotspot kb validate`):
/// a command made of commands (`kb`) gives its own.
fn commands(parent: &clap::Command, prefix: &str) -> Vec<(String, clap::Command)> {
    parent
        .get_subcommands()
        .filter(|sub| !sub.is_hide_set() && sub.get_name() != "help")
        .flat_map(|sub| {
            let name = format!("{prefix} {}", sub.get_name());
            if sub.has_subcommands() {
                commands(sub, &name)
            } else {
                vec![(name, sub.clone())]
            }
        })
        .collect()
}

/// One command's synopsis, description, options and examples, as subsections.
fn command_section(command: clap::Command) -> io::Result<Vec<u8>> {
    let has_examples = command.get_after_help().is_some();
    let man = clap_mangen::Man::new(command);
    let mut section = Vec::new();
    man.render_synopsis_section(&mut section)?;
    man.render_description_section(&mut section)?;
    man.render_options_section(&mut section)?;
    if has_examples {
        man.render_extra_section(&mut section)?;
    }
    let text = String::from_utf8_lossy(&section)
        .replace(".SH EXTRA\n", ".SS EXAMPLES\n")
        .replace(".SH ", ".SS ");
    Ok(text.into_bytes())
}
