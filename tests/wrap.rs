//! Reports fit the terminal they are shown in: lines break between words, never inside one,
//! at 60 and at 120 columns; a pipe gets the lines whole.

#![cfg(unix)]

use std::process::Command;

use rexpect::reader::Options;
use rexpect::session::spawn_with_options;

const DONE: &str = "__report_done__";

/// What `esim-hotspot ARGS` shows in a terminal `columns` wide, line by line.
fn shown_at(columns: u16, args: &[&str]) -> Vec<String> {
    // The shell stays on after the program so that nothing it wrote is lost with the terminal.
    let script = format!(r#"stty sane cols {columns} rows 60; "$@"; echo {DONE}"#);
    let mut cmd = Command::new("sh");
    cmd.arg("-c")
        .arg(script)
        .arg("sh")
        .arg(assert_cmd::cargo::cargo_bin("esim-hotspot"))
        .args(args)
        .env("TERM", "xterm")
        .env("NO_COLOR", "1")
        .env_remove("ESIM_HOTSPOT_KB")
        .env_remove("ESIM_HOTSPOT_PROFILE");
    let options = Options::default().timeout_ms(Some(15_000));
    let mut session = spawn_with_options(cmd, options).expect("spawns in a pty");
    let shown = session.exp_string(DONE).expect("the report ends");
    // The terminal's bytes arrive one character each: put the UTF-8 back together.
    let bytes: Vec<u8> = shown.chars().map(|c| c as u8).collect();
    String::from_utf8(bytes)
        .expect("UTF-8")
        .replace('\r', "")
        .lines()
        .map(str::to_string)
        .collect()
}

fn piped(args: &[&str]) -> String {
    let out = Command::new(assert_cmd::cargo::cargo_bin("esim-hotspot"))
        .args(args)
        .env_remove("ESIM_HOTSPOT_KB")
        .output()
        .unwrap();
    String::from_utf8(out.stdout).unwrap()
}

const CHECK: &[&str] = &[
    "check",
    "--carrier",
    "boost",
    "--plan",
    "Boost $35",
    "--esim",
    "active",
    "--used",
    "2.5GB",
];

#[test]
fn a_report_wraps_between_words_at_60_and_120_columns() {
    let words: Vec<String> = piped(CHECK)
        .split_whitespace()
        .map(str::to_string)
        .collect();
    for columns in [60u16, 120] {
        let lines = shown_at(columns, CHECK);
        let wide: Vec<&String> = lines
            .iter()
            .filter(|l| l.chars().count() > usize::from(columns) && !l.contains("://"))
            .collect();
        assert!(wide.is_empty(), "{columns} columns: {wide:#?}");
        // Every word of the piped report is whole on the screen, in the same order.
        let shown: Vec<String> = lines
            .iter()
            .flat_map(|l| l.split_whitespace())
            .map(str::to_string)
            .collect();
        assert_eq!(shown, words, "{columns} columns");
    }
}

#[test]
fn a_wrapped_finding_continues_under_its_text() {
    let lines = shown_at(60, CHECK);
    let at = lines
        .iter()
        .position(|l| l.starts_with("  [limit] You have used 2.5 GB"))
        .expect("the finding is shown");
    assert!(lines[at + 1].starts_with(&" ".repeat(10)), "{lines:#?}");
    assert!(!lines[at + 1].starts_with(&" ".repeat(11)), "{lines:#?}");
}

#[test]
fn a_pipe_gets_each_line_whole() {
    let out = piped(CHECK);
    assert!(out.lines().any(|l| l.chars().count() > 120), "{out}");
}
