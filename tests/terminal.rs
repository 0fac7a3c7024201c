//! A password never reaches the screen, and the terminal is given back as it was, whatever
//! the person types or the system sends. Each case runs the real binary in a pseudo-terminal
//! set up as a shell leaves one (echo and line mode on), so a key that is echoed shows up in
//! what the terminal displays.

#![cfg(unix)]

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use rexpect::process::WaitStatus;
use rexpect::reader::Options;
use rexpect::session::{spawn_with_options, PtySession};
use tempfile::TempDir;

const DOWN: &str = "\x1b[B";
const PASSWORD: &str = "Zq9-hunter-typed-secret";

struct Run {
    session: PtySession,
    dir: TempDir,
}

/// Starts `esim-hotspot ARGS` the way a shell would: in a terminal with echo and line mode
/// on. The wrapper writes its process id, the terminal's name and its settings before the
/// program replaces it.
fn start(args: &[&str]) -> Run {
    let dir = TempDir::new().unwrap();
    let script =
        r#"stty sane; echo $$ > "$DIR/pid"; tty > "$DIR/tty"; stty -g > "$DIR/before"; exec "$@""#;
    let mut cmd = Command::new("sh");
    cmd.arg("-c")
        .arg(script)
        .arg("sh")
        .arg(assert_cmd::cargo::cargo_bin("esim-hotspot"))
        .args(args)
        .env("DIR", dir.path())
        .env("ESIM_HOTSPOT_PROFILE", dir.path().join("profile.yaml"))
        .env("TERM", "xterm")
        .env("NO_COLOR", "1")
        .env_remove("ESIM_HOTSPOT_KB");
    let options = Options::default()
        .timeout_ms(Some(15_000))
        .strip_ansi_escape_codes(false);
    Run {
        session: spawn_with_options(cmd, options).expect("spawns in a pty"),
        dir,
    }
}

impl Run {
    fn expect(&mut self, text: &str) -> String {
        self.session
            .exp_string(text)
            .unwrap_or_else(|e| panic!("waiting for {text:?}: {e}"))
    }

    fn send(&mut self, keys: &str) {
        self.session.send(keys).unwrap();
        self.session.flush().unwrap();
    }

    fn answer(&mut self, prompt: &str, keys: &str) {
        self.expect(prompt);
        self.send(keys);
        self.send("\r");
    }

    fn file(&self, name: &str) -> String {
        let path = self.dir.path().join(name);
        for _ in 0..100 {
            if let Ok(text) = std::fs::read_to_string(&path) {
                if !text.is_empty() {
                    return text.trim().to_string();
                }
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        panic!("{} never written", path.display());
    }

    fn pid(&self) -> String {
        self.file("pid")
    }

    fn signal(&self, name: &str) {
        let status = Command::new("kill")
            .arg(format!("-{name}"))
            .arg(self.pid())
            .status()
            .unwrap();
        assert!(status.success(), "kill -{name}");
    }

    /// Waits until the process is stopped (state `T` in /proc).
    fn wait_until_stopped(&self) {
        let stat = PathBuf::from(format!("/proc/{}/stat", self.pid()));
        for _ in 0..250 {
            let text = std::fs::read_to_string(&stat).unwrap_or_default();
            if text
                .rsplit(')')
                .next()
                .unwrap_or("")
                .trim_start()
                .starts_with('T')
            {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        panic!("not stopped");
    }

    /// The terminal's settings now, as `stty -g` prints them.
    fn terminal_settings(&self) -> String {
        stty(Path::new(&self.file("tty")), &["-g"])
    }

    fn up_to_the_password_offer(&mut self) {
        self.answer("Which carrier", "Verizon");
        self.answer("Which plan", "Beyond Unlimited");
        self.answer("Which phone", "Pixel 8");
        self.answer("Is the eSIM on the phone", DOWN);
        self.answer("Which security", DOWN);
        self.expect("password's strength");
    }

    /// Everything shown until the program ends, and how it ended.
    fn finish(&mut self) -> (String, WaitStatus) {
        let rest = self.session.exp_eof().unwrap_or_default();
        (rest, self.session.process().wait().unwrap())
    }
}

fn stty(tty: &Path, args: &[&str]) -> String {
    let file = std::fs::File::open(tty).unwrap();
    let out = Command::new("stty")
        .args(args)
        .stdin(file)
        .output()
        .unwrap();
    assert!(out.status.success(), "stty {args:?}");
    String::from_utf8(out.stdout).unwrap().trim().to_string()
}

#[test]
fn y_then_enter_then_a_password_keeps_it_hidden_and_measures_it() {
    let mut run = start(&["guide"]);
    run.up_to_the_password_offer();
    // The natural way: y, Enter, then the password and Enter.
    run.send("y");
    run.send("\r");
    run.expect("Hotspot password");
    run.send(PASSWORD);
    run.send("\r");
    let shown = run.expect("Hotspot data used");
    assert!(!shown.contains(PASSWORD), "{shown}");
    run.send("\r");
    run.expect("Where will you use the hotspot");
    run.send(DOWN);
    run.send("\r");
    let report = run.expect("Show the setup steps");
    assert!(!report.contains(PASSWORD), "{report}");
    assert!(
        !report.contains("Not checked: password strength"),
        "the password was measured: {report}"
    );
    run.send("n");
    run.expect("Save these answers");
    run.send("n");
    let (rest, _) = run.finish();
    assert!(!rest.contains(PASSWORD), "{rest}");
}

#[test]
fn an_empty_password_is_asked_again_not_skipped() {
    let mut run = start(&["guide"]);
    run.up_to_the_password_offer();
    run.send("y");
    run.expect("Hotspot password");
    // The first Enter belongs to the y; the second is an empty answer.
    run.send("\r");
    run.send("\r");
    run.expect("No password typed");
    run.send(PASSWORD);
    run.send("\r");
    let shown = run.expect("Hotspot data used");
    assert!(!shown.contains(PASSWORD), "{shown}");
}

#[test]
fn suspend_and_resume_at_the_hidden_question_keeps_it_hidden() {
    let mut run = start(&["guide"]);
    run.up_to_the_password_offer();
    run.send("y");
    run.expect("Hotspot password");
    run.signal("TSTP");
    run.wait_until_stopped();
    // As a shell does when a job stops: the terminal back in its normal mode.
    let tty = PathBuf::from(run.file("tty"));
    stty(&tty, &["sane"]);
    run.signal("CONT");
    run.expect("Hotspot password");
    run.send(PASSWORD);
    run.send("\r");
    let shown = run.expect("Hotspot data used");
    assert!(!shown.contains(PASSWORD), "{shown}");
}

#[test]
fn a_suspend_puts_the_terminal_back_as_it_was() {
    let mut run = start(&["guide"]);
    run.expect("Which carrier");
    let before = run.file("before");
    run.signal("TSTP");
    run.wait_until_stopped();
    assert_eq!(run.terminal_settings(), before);
    run.signal("CONT");
    run.expect("Which carrier");
    run.send("\x03");
    let (_, status) = run.finish();
    assert!(matches!(status, WaitStatus::Exited(_, 130)), "{status:?}");
}

#[test]
fn termination_signals_give_the_terminal_back_and_exit_128_plus_the_signal() {
    for (signal, code) in [("TERM", 143), ("HUP", 129), ("QUIT", 131), ("INT", 130)] {
        let mut run = start(&["guide"]);
        run.expect("Which carrier");
        let before = run.file("before");
        let tty = PathBuf::from(run.file("tty"));
        assert_ne!(stty(&tty, &["-g"]), before, "the guide changes the mode");
        run.signal(signal);
        let (_, status) = run.finish();
        assert!(
            matches!(status, WaitStatus::Exited(_, c) if c == code),
            "SIG{signal}: {status:?}"
        );
        assert_eq!(stty(&tty, &["-g"]), before, "SIG{signal} restores");
    }
}

#[test]
fn password_stdin_at_a_terminal_prompts_and_reads_hidden() {
    let mut run = start(&[
        "check",
        "--carrier",
        "verizon",
        "--plan",
        "Beyond Unlimited",
        "--password-stdin",
    ]);
    run.expect("Hotspot password (hidden");
    run.send(PASSWORD);
    run.send("\r");
    let (rest, _) = run.finish();
    assert!(!rest.contains(PASSWORD), "{rest}");
    assert!(
        !rest.contains("Not checked: password strength"),
        "measured: {rest}"
    );
    assert_eq!(run.terminal_settings(), run.file("before"));
}

#[test]
fn a_long_paste_is_drawn_once_and_ctrl_c_after_it_is_at_once() {
    let mut run = start(&["guide"]);
    run.expect("Which carrier");
    let started = Instant::now();
    run.send(&"x".repeat(20_000));
    run.send("\x03");
    let (_, status) = run.finish();
    assert!(matches!(status, WaitStatus::Exited(_, 130)), "{status:?}");
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "took {:?}",
        started.elapsed()
    );
}
