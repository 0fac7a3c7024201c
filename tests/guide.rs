//! The guide end to end, through a pseudo-terminal: the real binary, real keys.

use std::process::Command;

use rexpect::process::WaitStatus;
use rexpect::reader::Options;
use rexpect::session::{spawn_with_options, PtySession};
use tempfile::TempDir;

const DOWN: &str = "\x1b[B";
const ESC: &str = "\x1b";

struct Guide {
    session: PtySession,
    _home: TempDir,
}

fn guide() -> Guide {
    let home = TempDir::new().unwrap();
    let mut cmd = Command::new(assert_cmd::cargo::cargo_bin("esim-hotspot"));
    cmd.arg("guide")
        .env("ESIM_HOTSPOT_PROFILE", home.path().join("profile.yaml"))
        .env("TERM", "xterm")
        .env_remove("ESIM_HOTSPOT_KB")
        .env("NO_COLOR", "1");
    let options = Options::default()
        .timeout_ms(Some(15_000))
        .strip_ansi_escape_codes(false);
    Guide {
        session: spawn_with_options(cmd, options).expect("spawns in a pty"),
        _home: home,
    }
}

impl Guide {
    fn expect(&mut self, text: &str) -> String {
        self.session
            .exp_string(text)
            .unwrap_or_else(|e| panic!("waiting for {text:?}: {e}"))
    }

    /// Types `keys` at the prompt that shows `prompt`, then Enter.
    fn answer(&mut self, prompt: &str, keys: &str) {
        self.expect(prompt);
        self.session.send(keys).unwrap();
        self.session.send("\r").unwrap();
        self.session.flush().unwrap();
    }

    /// A Verizon Beyond Unlimited line on a Pixel 8, up to the offer to check the password.
    fn answer_up_to_the_password_check(&mut self) {
        self.answer("Which carrier", "Verizon");
        self.answer("Which plan", "Beyond Unlimited");
        self.answer("Which phone", "Pixel 8");
        self.answer("Is the eSIM on the phone", DOWN);
        self.answer("Which security", DOWN);
    }

    /// Presses Ctrl-`key` and returns everything the guide writes until it exits.
    fn press_control_until_exit(&mut self, key: char) -> String {
        self.session.send_control(key).unwrap();
        self.session.exp_eof().unwrap_or_default()
    }

    fn exit_code(&mut self) -> i32 {
        let _ = self.session.exp_eof();
        match self.session.process().wait().unwrap() {
            WaitStatus::Exited(_, code) => code,
            other => panic!("did not exit: {other:?}"),
        }
    }
}

#[test]
fn a_full_path_to_a_limited_verdict() {
    let mut g = guide();
    g.answer_up_to_the_password_check();
    g.answer("password's strength", "n");
    g.answer("Hotspot data used", "2GB");
    g.answer("Where will you use the hotspot", DOWN);
    let report = g.expect("Show ");
    g.session.send("n").unwrap();
    g.session.flush().unwrap();
    g.expect("Save these answers");
    assert!(report.contains("LIMITED"), "{report}");
    assert!(
        !report.contains("\x1b[32m") && !report.contains("\x1b[33m"),
        "NO_COLOR turns off the prompts' colours too"
    );
    assert!(
        report.contains("esim-hotspot check --carrier verizon --plan beyond-unlimited"),
        "{report}"
    );
    g.session.send("n").unwrap();
    g.session.flush().unwrap();
    assert_eq!(g.exit_code(), 0);
}

#[test]
fn a_china_market_iphone_is_a_short_path_to_no() {
    let mut g = guide();
    g.answer("Which carrier", "T-Mobile");
    g.answer("Which plan", "Go5G Plus");
    g.answer("Which phone", "iPhone 15");
    g.answer("Where was the phone bought", &DOWN.repeat(2));
    let report = g.expect("Save these answers");
    assert!(report.contains("NO"), "{report}");
    assert!(report.contains("has no eSIM"), "{report}");
    assert!(
        !report.contains("Is the eSIM on the phone"),
        "no more questions after a block"
    );
    g.session.send("n").unwrap();
    g.session.flush().unwrap();
    assert_eq!(g.exit_code(), 1);
}

#[test]
fn enter_through_every_question_reaches_a_verdict() {
    let mut g = guide();
    // Enter until the save offer appears; the number of questions is the flow's business.
    let seen = enter_until_the_save_offer(&mut g);
    assert!(seen.contains("UNKNOWN"), "{seen}");
    g.session.send("n").unwrap();
    g.session.flush().unwrap();
    assert_eq!(g.exit_code(), 3);
}

/// Enter at every question until the offer to save, as a person who knows nothing more;
/// everything shown on the way.
fn enter_until_the_save_offer(g: &mut Guide) -> String {
    let mut seen = String::new();
    for _ in 0..20 {
        // Output arrives as bytes; the prompt's own marks are not ASCII, so match its start.
        // A prompt starts its line; a question mark inside the report ("…from? Give
        // --carrier") is not one.
        match g
            .session
            .exp_regex(r"(?:^|[\r\n]|\x1b\[2K|\x1b\[\?25l)\? (Save these answers|[A-Z])")
        {
            Ok((before, prompt)) => {
                seen.push_str(&before);
                seen.push_str(&prompt);
                if prompt.contains("Save these answers") {
                    return seen;
                }
                g.session.send("\r").unwrap();
                g.session.flush().unwrap();
            }
            Err(e) => panic!("no prompt: {e}\n{seen}"),
        }
    }
    panic!("no offer to save:\n{seen}")
}

#[test]
fn a_carrier_not_listed_is_answered_from_the_allowance_typed() {
    let mut g = guide();
    g.answer("Which carrier", "Not listed");
    g.answer("hotspot allowance", "15GB");
    let seen = enter_until_the_save_offer(&mut g);
    let shown = screen(&seen, 200, 100);
    assert!(
        shown.contains("Plan: Your plan (from your figures)"),
        "{shown}"
    );
    assert!(shown.contains("15 GB at full speed per month"), "{shown}");
    assert!(shown.contains("--hotspot-cap 15GB"), "{shown}");
    // The guide has asked what it could: it does not send the person back to itself.
    assert!(shown.contains("Not checked:"), "{shown}");
    assert!(!shown.contains("esim-hotspot guide"), "{shown}");
    g.session.send("n").unwrap();
    g.session.flush().unwrap();
    assert_eq!(g.exit_code(), 3);
}

#[test]
fn escape_goes_back_and_at_the_first_question_leaves() {
    let mut g = guide();
    g.answer("Which carrier", "Verizon");
    g.expect("Which plan");
    g.session.send(ESC).unwrap();
    g.session.flush().unwrap();
    g.expect("Which carrier");
    g.session.send(ESC).unwrap();
    g.session.flush().unwrap();
    g.expect("Left the guide");
    assert_eq!(g.exit_code(), 130);
}

#[test]
fn ctrl_c_restores_the_cursor_and_exits_130() {
    let mut g = guide();
    g.expect("Which carrier");
    let rest = g.press_control_until_exit('c');
    assert!(rest.contains("\x1b[?25h"), "cursor shown again: {rest:?}");
    assert_eq!(g.exit_code(), 130);
}

#[test]
fn not_a_terminal_says_to_use_check() {
    let out = assert_cmd::Command::cargo_bin("esim-hotspot")
        .unwrap()
        .write_stdin("")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("esim-hotspot check"), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "one line: {stderr}");
}

#[test]
fn ctrl_d_at_a_list_ends_the_guide_with_exit_2() {
    let mut g = guide();
    g.expect("Which carrier");
    let rest = g.press_control_until_exit('d');
    assert!(rest.contains("input ended"), "{rest:?}");
    assert!(rest.contains("\x1b[?25h"), "cursor shown again: {rest:?}");
    assert_eq!(g.exit_code(), 2);
}

#[test]
fn ctrl_d_at_a_hidden_password_ends_the_guide_and_prints_nothing_typed() {
    let mut g = guide();
    g.answer_up_to_the_password_check();
    // y answers at once; an Enter after it would answer the password question.
    g.expect("password's strength");
    g.session.send("y").unwrap();
    g.session.flush().unwrap();
    g.expect("Hotspot password");
    g.session.send("Xq7-secret-typed").unwrap();
    g.session.flush().unwrap();
    let rest = g.press_control_until_exit('d');
    assert!(rest.contains("input ended"), "{rest:?}");
    assert!(!rest.contains("secret-typed"), "{rest:?}");
    assert_eq!(g.exit_code(), 2);
}

#[test]
fn a_size_that_does_not_parse_is_asked_again() {
    let mut g = guide();
    g.answer_up_to_the_password_check();
    g.answer("password's strength", "n");
    g.answer("Hotspot data used", "-1GB");
    g.expect("GB");
    g.answer("Hotspot data used", "1.5GB");
    g.answer("Where will you use the hotspot", DOWN);
    let report = g.expect("Show ");
    g.session.send("n").unwrap();
    g.session.flush().unwrap();
    g.expect("Save these answers");
    assert!(report.contains("LIMITED"), "{report}");
    g.session.send("n").unwrap();
    g.session.flush().unwrap();
    assert_eq!(g.exit_code(), 0);
}

/// What a terminal of this size shows after `output` (the reader hands each byte as a char).
fn screen(output: &str, rows: u16, cols: u16) -> String {
    let bytes: Vec<u8> = output.chars().map(|c| c as u8).collect();
    let mut parser = vt100::Parser::new(rows, cols, 0);
    parser.process(&bytes);
    parser.screen().contents()
}

#[test]
fn escape_wipes_the_answer_it_takes_back() {
    let mut g = guide();
    let mut seen = String::new();
    let mut upto = |g: &mut Guide, text: &str| {
        seen += &g.expect(text);
        seen += text;
    };
    upto(&mut g, "Which carrier");
    g.session.send("Verizon\r").unwrap();
    g.session.flush().unwrap();
    upto(&mut g, "Which plan");
    g.session.send("Beyond\r").unwrap();
    g.session.flush().unwrap();
    upto(&mut g, "Which phone");
    g.session.send(ESC).unwrap();
    g.session.flush().unwrap();
    upto(&mut g, "Which plan");
    // Let the list finish drawing (down to the answer given before, selected) before
    // reading the screen.
    upto(&mut g, "15 GB a month, then 600 kbps");
    let shown = screen(&seen, 24, 80);
    assert!(shown.contains("Verizon"), "{shown}");
    assert!(
        !shown.contains("· Beyond Unlimited"),
        "the plan taken back is wiped:\n{shown}"
    );
    g.session.send("\x03").unwrap();
    g.session.flush().unwrap();
}

#[test]
fn a_question_asked_again_after_escape_starts_on_the_answer_given() {
    let mut g = guide();
    g.answer("Which carrier", "Verizon");
    g.answer("Which plan", "Beyond Unlimited");
    g.expect("Which phone");
    g.session.send(ESC).unwrap();
    g.session.flush().unwrap();
    g.expect("Which plan");
    // Enter alone takes the answer given before, not the list's first item.
    g.session.send("\r").unwrap();
    g.session.flush().unwrap();
    let summary = g.expect("Which phone");
    let shown = screen(&summary, 24, 80);
    assert!(shown.contains("Beyond Unlimited"), "{shown}");
    g.session.send("\x03").unwrap();
    g.session.flush().unwrap();
}

#[test]
fn a_text_question_asked_again_after_escape_starts_on_the_text_typed() {
    let mut g = guide();
    g.answer("Which carrier", "Not listed");
    g.answer("hotspot allowance", "15GB");
    g.expect("Which phone");
    g.session.send(ESC).unwrap();
    g.session.flush().unwrap();
    let asked = g.expect("Ctrl-U clears it");
    assert!(screen(&asked, 24, 100).contains("15GB"), "{asked}");
    // Enter alone keeps what was typed.
    g.session.send("\r").unwrap();
    g.session.flush().unwrap();
    let seen = enter_until_the_save_offer(&mut g);
    let shown = screen(&seen, 200, 100);
    assert!(shown.contains("15 GB at full speed per month"), "{shown}");
    g.session.send("\x03").unwrap();
    g.session.flush().unwrap();
}
