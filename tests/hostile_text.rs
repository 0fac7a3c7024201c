//! Text from a file is data, never terminal control: a knowledge base whose names, notes,
//! sources and rule values carry escape sequences and line breaks is shown escaped on every
//! output path (or refused with an escaped error), and never prints a line of its own.

mod support;

use std::fs;

use support::{run_in, Outcome};
use tempfile::TempDir;

/// Retitles the terminal and clears the screen, if printed raw.
const ATTACK: &str = r"\e]0;PWNED\a\e[2J";

fn hostile_kb() -> TempDir {
    let dir = TempDir::new().unwrap();
    fs::create_dir_all(dir.path().join("carriers")).unwrap();
    let carrier = format!(
        r#"id: mintx
name: "Mint {ATTACK}"
aliases: ["mintx"]
network: "T-Mobile{ATTACK}"
esim:
  postpaid: unknown
  prepaid: true
  source: "https://www.example.com/{ATTACK}"
  verified: 2026-11-25
policy:
  after_cap: 256kbps
  roaming_hotspot: blocked
  notes: "policy {ATTACK}\n YES fake line"
  source: https://www.example.com/mintx/
  verified: 2026-11-25
source: https://www.example.com/mintx/plans/
verified: 2026-11-25
plans:
  - id: unlimited
    name: "Unlimited\n YES  fake line {ATTACK}"
    aliases: ["mintx unlimited"]
    kind: prepaid
    hotspot:
      included: true
      high_speed: 10GB
      after_cap: blocked
    notes: "plan notes {ATTACK}\n YES fake line"
    source: "https://www.example.com/mintx/plans/{ATTACK}"
    source_kind: carrier
    read_at: "https://copy{ATTACK}.example.com/plans/"
    verified: 2026-11-25
"#
    );
    fs::write(dir.path().join("carriers/mintx.yaml"), carrier).unwrap();
    let rules = format!(
        r#"rules:
  - id: hostile-value
    severity: info
    when: {{fact: locked_to, is: "x{ATTACK}"}}
    message: "message {ATTACK}\n YES fake line"
    advice: "advice {ATTACK}"
    source: "https://www.example.com/{ATTACK}"
"#
    );
    fs::write(dir.path().join("rules.yaml"), rules).unwrap();
    dir
}

/// No raw escape or bell byte and no line that starts with the fake text, on either stream.
fn assert_inert(what: &str, out: &Outcome) {
    for (stream, text) in [("stdout", &out.stdout), ("stderr", &out.stderr)] {
        assert!(
            !text.contains('\x1b') && !text.contains('\x07'),
            "{what}: raw control byte on {stream}:\n{text}"
        );
        assert!(
            !text.lines().any(|l| l.trim_start().starts_with("YES fake")),
            "{what}: a line of the file's own on {stream}:\n{text}"
        );
    }
    assert!(!out.stderr.contains("panicked"), "{what}: {}", out.stderr);
}

#[test]
fn every_command_shows_a_hostile_knowledge_base_escaped() {
    let kb = hostile_kb();
    let commands: &[&[&str]] = &[
        &[
            "check",
            "--carrier",
            "mintx",
            "--plan",
            "unlimited",
            "--esim",
            "active",
            "--locked-to",
            "x",
            "--explain",
        ],
        &["check", "--carrier", "mintx", "--plan", "mintx unlimited"],
        &["plans", "--carrier", "mintx"],
        &["plans"],
        &["cap", "unlimited", "--carrier", "mintx", "--used", "3GB"],
        &["kb", "stats"],
        &["kb", "validate"],
        &["check", "--carrier", "mintz"],
    ];
    for args in commands {
        let mut with_color = vec!["--color", "never"];
        with_color.extend_from_slice(args);
        let out = run_in(kb.path(), &with_color);
        assert_inert(&args.join(" "), &out);
    }
}

#[test]
fn the_escaper_shows_what_was_there() {
    let kb = hostile_kb();
    let out = run_in(
        kb.path(),
        &[
            "--color",
            "never",
            "check",
            "--carrier",
            "mintx",
            "--plan",
            "unlimited",
            "--esim",
            "active",
        ],
    );
    let all = format!("{}{}", out.stdout, out.stderr);
    assert!(
        all.contains(r"\u{1b}]0;PWNED\u{7}"),
        "escaped, not dropped: {all}"
    );
}

/// A name carrying control characters is refused when the file loads, so the guide never
/// lists it; the refusal itself shows the name escaped.
#[cfg(unix)]
#[test]
fn the_guide_refuses_a_hostile_carrier_and_shows_it_escaped() {
    use rexpect::reader::Options;
    use rexpect::session::spawn_with_options;

    let kb = hostile_kb();
    let home = TempDir::new().unwrap();
    // The shell keeps the terminal open after the guide ends, so nothing it wrote is lost.
    let mut cmd = std::process::Command::new("sh");
    cmd.arg("-c")
        .arg(r#""$0" --kb "$1" guide; echo "exit=$?"; sleep 0.2"#)
        .arg(assert_cmd::cargo::cargo_bin("esim-hotspot"))
        .arg(kb.path())
        .env("ESIM_HOTSPOT_PROFILE", home.path().join("profile.yaml"))
        .env("TERM", "xterm")
        .env("NO_COLOR", "1");
    let options = Options::default()
        .timeout_ms(Some(15_000))
        .strip_ansi_escape_codes(false);
    let mut session = spawn_with_options(cmd, options).unwrap();
    let seen = session
        .exp_string("exit=")
        .unwrap_or_else(|e| panic!("the guide did not end: {e}"));
    let code = session
        .exp_regex(r"\d+")
        .map(|(_, code)| code)
        .unwrap_or_default();
    assert!(seen.contains("mintx"), "the file is named: {seen:?}");
    assert!(
        seen.contains("\\u{1b}"),
        "the name is shown escaped: {seen:?}"
    );
    assert!(!seen.contains("\x1b]0;PWNED"), "{seen:?}");
    assert!(!seen.contains("\x1b[2J"), "{seen:?}");
    assert!(!seen.contains("\n YES"), "{seen:?}");
    assert_eq!(code, "2", "{seen:?}");
}

/// A page read in a copy names the copy's host: from a file, it is data too.
#[test]
fn the_host_of_a_copy_a_page_was_read_in_is_shown_escaped() {
    let dir = TempDir::new().unwrap();
    fs::create_dir_all(dir.path().join("carriers")).unwrap();
    let carrier = format!(
        r#"id: copyx
name: Copy X
network: T-Mobile
esim: {{postpaid: unknown, prepaid: true, source: "https://www.example.com/", verified: 2026-11-25}}
policy: {{after_cap: 256kbps, roaming_hotspot: blocked, source: "https://www.example.com/", verified: 2026-11-25}}
source: https://www.example.com/plans/
verified: 2026-11-25
plans:
  - id: unlimited
    name: Unlimited
    kind: prepaid
    hotspot: {{included: true, high_speed: 10GB, after_cap: blocked}}
    source: https://www.example.com/plans/
    source_kind: carrier
    read_at: "https://copy{ATTACK}.example.com/plans/"
    verified: 2026-11-25
"#
    );
    fs::write(dir.path().join("carriers/copyx.yaml"), carrier).unwrap();
    for args in [
        &["check", "--carrier", "copyx", "--plan", "unlimited"][..],
        &["cap", "unlimited", "--carrier", "copyx"][..],
    ] {
        let mut all = vec!["--color", "never"];
        all.extend_from_slice(args);
        let out = run_in(dir.path(), &all);
        assert!(
            out.stdout.contains("read in a copy kept on copy"),
            "{}",
            out.stdout
        );
        assert!(
            !out.stdout.contains(['\u{1b}', '\u{7}']),
            "{args:?}: {}",
            out.stdout
        );
    }
}
