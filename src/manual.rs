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
    let page = written().expect("a page written to memory cannot fail");
    // Each section rendered on its own starts with the same preamble; a page needs it once.
    let body = String::from_utf8_lossy(&page).replace(PREAMBLE, "");
    format!("{PREAMBLE}{body}").into_bytes()
}

/// What clap_mangen puts before each section: the apostrophe string for groff and others.
const PREAMBLE: &str = ".ie \\n(.g .ds Aq \\(aq\n.el .ds Aq '\n";

fn written() -> io::Result<Vec<u8>> {
    let command = cli::command_in(i18n::lang());
    let man = clap_mangen::Man::new(command.clone());
    let mut page = Vec::new();
    man.render_title(&mut page)?;
    man.render_name_section(&mut page)?;
    man.render_synopsis_section(&mut page)?;
    man.render_description_section(&mut page)?;
    man.render_options_section(&mut page)?;
    let examples = command.get_after_help().map(ToString::to_string);
    for (name, sub) in commands(&command, NAME) {
        page.extend_from_slice(format!(".SH \"{}\"\n", name.to_uppercase()).as_bytes());
        // `check` repeats the program's own examples, which close the page.
        let own_examples = sub.get_after_help().map(ToString::to_string) != examples;
        page.extend(command_section(sub.bin_name(&name), own_examples)?);
    }
    page.extend(examples_section(&man, ".SH EXAMPLES")?.into_bytes());
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
fn command_section(command: clap::Command, with_examples: bool) -> io::Result<Vec<u8>> {
    let with_examples = with_examples && command.get_after_help().is_some();
    let man = clap_mangen::Man::new(command);
    let mut section = Vec::new();
    man.render_synopsis_section(&mut section)?;
    man.render_description_section(&mut section)?;
    man.render_options_section(&mut section)?;
    let mut text = String::from_utf8_lossy(&section).replace(".SH ", ".SS ");
    if with_examples {
        text.push_str(&examples_section(&man, ".SS EXAMPLES")?);
    }
    Ok(text.into_bytes())
}

/// The examples after a command's help, under `heading`, line for line as the catalog lays
/// them out: roff would otherwise run them together.
fn examples_section(man: &clap_mangen::Man, heading: &str) -> io::Result<String> {
    let mut extra = Vec::new();
    man.render_extra_section(&mut extra)?;
    let text = String::from_utf8_lossy(&extra).replace(".SH EXTRA\n", &format!("{heading}\n.nf\n"));
    Ok(format!("{text}.fi\n"))
}
