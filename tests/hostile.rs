//! Hostile input: files and arguments made to hang, crash or confuse the program. Each case
//! runs the real binary under a time limit, kills it if it runs over, and checks that it
//! ended with the expected code, said what was wrong in one line naming the file or flag,
//! never panicked, and wrote no terminal control byte.

use std::ffi::OsString;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

mod support;

use support::PINETEL;

const DEVICE: &str = "devices:
  - id: pinephone
    name: PinePhone
    platform: android
    maker: Pine
    esim: true
    source: https://www.example.com/pinephone/
    verified: 2026-11-25
";

const RULE: &str = "rules:
  - id: roaming-note
    severity: info
    when: {fact: roaming, is: true}
    message: Roaming.
    source: https://www.example.com/roaming/
";

/// What a case puts in its knowledge-base directory.
enum Content {
    Text(String),
    Bytes(Vec<u8>),
    /// A named pipe nobody writes to: opening it for reading would wait for ever.
    Fifo,
    Dir,
    Socket,
    /// A symbolic link to this path (relative to the link).
    Link(&'static str),
    /// A sparse file of this many bytes.
    Sparse(u64),
}

/// Where the one line that explains the failure is expected.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Said {
    /// One line on stderr.
    Stderr,
    /// clap's usage error: a first line `error: …`, then usage lines.
    Clap,
    /// `kb validate`'s list on stdout, its first line the problem.
    Stdout,
    /// Nothing wrong: stderr stays empty.
    Nothing,
}

struct Case {
    name: &'static str,
    files: Vec<(&'static str, Content)>,
    args: Vec<OsString>,
    /// Run with `--kb DIR` (the case's directory).
    kb: bool,
    /// A path in the case's directory put last on the command line (after `--kb`).
    last: Option<&'static str>,
    code: i32,
    said: Said,
    /// What the explaining line contains: the file or the flag.
    naming: &'static str,
    within: Duration,
}

impl Case {
    fn new(name: &'static str) -> Case {
        Case {
            name,
            files: Vec::new(),
            args: Vec::new(),
            kb: true,
            last: None,
            code: 2,
            said: Said::Stderr,
            naming: "",
            within: Duration::from_secs(10),
        }
    }

    fn file(mut self, path: &'static str, content: Content) -> Case {
        self.files.push((path, content));
        self
    }

    fn text(self, path: &'static str, text: impl Into<String>) -> Case {
        self.file(path, Content::Text(text.into()))
    }

    fn args<S: Into<OsString>>(mut self, args: impl IntoIterator<Item = S>) -> Case {
        self.args.extend(args.into_iter().map(Into::into));
        self
    }

    fn without_kb(mut self) -> Case {
        self.kb = false;
        self
    }

    fn then_path(mut self, name: &'static str) -> Case {
        self.last = Some(name);
        self
    }

    /// Fails with exit code 2 and one line naming `what`.
    fn fails(mut self, said: Said, what: &'static str) -> Case {
        self.code = 2;
        self.said = said;
        self.naming = what;
        self
    }

    fn ends(mut self, code: i32) -> Case {
        self.code = code;
        self.said = Said::Nothing;
        self
    }

    fn within(mut self, limit: Duration) -> Case {
        self.within = limit;
        self
    }
}

fn cases() -> Vec<Case> {
    let pinetel = |from: &str, to: &str| {
        assert!(PINETEL.contains(from), "{from}");
        PINETEL.replace(from, to)
    };
    let validate = ["kb", "validate"];
    let plans = ["plans"];
    vec![
        // Files that are not files.
        Case::new("a FIFO as rules.yaml")
            .file("rules.yaml", Content::Fifo)
            .args(plans)
            .fails(Said::Stderr, "rules.yaml"),
        Case::new("a FIFO as devices.yaml")
            .file("devices.yaml", Content::Fifo)
            .args(["check", "--carrier", "verizon"])
            .fails(Said::Stderr, "devices.yaml"),
        Case::new("a FIFO as a carrier file")
            .file("carriers/pinetel.yaml", Content::Fifo)
            .args(plans)
            .fails(Said::Stderr, "pinetel.yaml"),
        Case::new("a FIFO as the profile")
            .file("profile.yaml", Content::Fifo)
            .args(["check", "--profile"])
            .fails(Said::Stderr, "profile.yaml"),
        Case::new("a socket as steps.yaml")
            .file("steps.yaml", Content::Socket)
            .args(["steps"])
            .fails(Said::Stderr, "steps.yaml"),
        Case::new("a device as usage.yaml")
            .file("usage.yaml", Content::Link("/dev/zero"))
            .args(plans)
            .fails(Said::Stderr, "usage.yaml"),
        Case::new("a directory named rules.yaml")
            .file("rules.yaml", Content::Dir)
            .args(plans)
            .fails(Said::Stderr, "rules.yaml"),
        Case::new("a directory named x.yaml among the carriers")
            .file("carriers/x.yaml", Content::Dir)
            .args(plans)
            .fails(Said::Stderr, "x.yaml"),
        Case::new("a directory as the profile")
            .file("profile.yaml", Content::Dir)
            .args(["check", "--profile"])
            .fails(Said::Stderr, "profile.yaml"),
        Case::new("a dangling link as rules.yaml")
            .file("rules.yaml", Content::Link("gone.yaml"))
            .args(plans)
            .fails(Said::Stderr, "rules.yaml"),
        Case::new("a dangling link as a carrier file")
            .file("carriers/pinetel.yaml", Content::Link("gone.yaml"))
            .args(plans)
            .fails(Said::Stderr, "pinetel.yaml"),
        Case::new("a dangling link as the profile")
            .file("profile.yaml", Content::Link("gone.yaml"))
            .args(["check", "--profile"])
            .fails(Said::Stderr, "profile.yaml"),
        Case::new("a link to a good rules file is read")
            .text("real-rules.yaml", RULE)
            .file("rules.yaml", Content::Link("real-rules.yaml"))
            .args(validate)
            .ends(0),
        // Size and encoding.
        Case::new("a 100 MB rules.yaml")
            .file("rules.yaml", Content::Sparse(100 * 1024 * 1024))
            .args(plans)
            .fails(Said::Stderr, "rules.yaml"),
        Case::new("a carrier file that is not UTF-8")
            .file(
                "carriers/pinetel.yaml",
                Content::Bytes(b"id: pine\xfftel\nname: x\n".to_vec()),
            )
            .args(plans)
            .fails(Said::Stderr, "pinetel.yaml"),
        Case::new("rules.yaml in UTF-16 with a byte order mark")
            .file("rules.yaml", Content::Bytes(utf16(RULE)))
            .args(plans)
            .fails(Said::Stderr, "rules.yaml"),
        Case::new("rules.yaml in UTF-8 with a byte order mark is read")
            .text("rules.yaml", format!("\u{feff}{RULE}"))
            .args(validate)
            .ends(0),
        Case::new("devices.yaml in UTF-8 with a byte order mark, its list at the margin")
            .text(
                "devices.yaml",
                format!("\u{feff}{}", DEVICE.replace("\n  ", "\n")),
            )
            .args(validate)
            .ends(0),
        Case::new("a phone named from a list with a byte order mark")
            .text(
                "devices.yaml",
                format!("\u{feff}{}", DEVICE.replace("\n  ", "\n")),
            )
            .args(["check", "--device", "PinePhone", "--format", "json"])
            .ends(3),
        Case::new("an empty carrier file")
            .text("carriers/pinetel.yaml", "")
            .args(plans)
            .fails(Said::Stderr, "pinetel.yaml"),
        // Nesting and expansion.
        Case::new("a carrier file of 160,000 brackets")
            .text(
                "carriers/pinetel.yaml",
                format!("id: {}", "[ ".repeat(160_000)),
            )
            .args(plans)
            .fails(Said::Stderr, "pinetel.yaml:1:"),
        Case::new("4 MiB of brackets")
            .text("devices.yaml", "[".repeat(4 * 1024 * 1024 - 1))
            .args(["check", "--carrier", "verizon", "--device", "x"])
            .fails(Said::Stderr, "devices.yaml:1:"),
        Case::new("a profile of 40,000 '{a:'")
            .text("profile.yaml", "{a: ".repeat(40_000))
            .args(["check", "--profile"])
            .fails(Said::Stderr, "profile.yaml:1:"),
        Case::new("deep block nesting")
            .text("rules.yaml", format!("rules:\n{}", "- ".repeat(100_000)))
            .args(validate)
            .fails(Said::Stdout, "rules.yaml:2:"),
        Case::new("deep nesting inside one rule")
            .text(
                "rules.yaml",
                format!("{RULE}  - id: deep\n    when: {}\n", "{a: ".repeat(20_000)),
            )
            .args(validate)
            .fails(Said::Stdout, "rules.yaml:8:"),
        Case::new("4 MiB of small nested lists")
            .text(
                "devices.yaml",
                format!("- {}{}\n", "[".repeat(20), "]".repeat(20)).repeat(97_000),
            )
            .args(["check", "--carrier", "verizon", "--device", "x"])
            .fails(Said::Stderr, "devices.yaml:12501:")
            .within(Duration::from_secs(2)),
        Case::new("billion laughs")
            .text("carriers/pinetel.yaml", billion_laughs())
            .args(plans)
            .fails(Said::Stderr, "pinetel.yaml"),
        // Many rules: read once, merged in linear time.
        Case::new("1,000 rules with worked examples")
            .text("rules.yaml", many_rules(1_000, true))
            .args(validate)
            .ends(0)
            .within(Duration::from_secs(30)),
        Case::new("40,000 rules")
            .text("rules.yaml", many_rules(40_000, false))
            .args(["check", "--carrier", "verizon"])
            .ends(3),
        // Mistakes in the data.
        Case::new("a duplicate key")
            .text(
                "carriers/pinetel.yaml",
                pinetel("name: Pine Telecom\n", "name: Pine Telecom\nname: Pine\n"),
            )
            .args(plans)
            .fails(Said::Stderr, "duplicate field `name`"),
        Case::new("a duplicate rule id")
            .text("rules.yaml", format!("{RULE}{}", &RULE["rules:\n".len()..]))
            .args(validate)
            .fails(Said::Stdout, "rules.yaml:7:"),
        Case::new("two carrier files with one id")
            .text("carriers/pinetel.yaml", PINETEL)
            .text("carriers/pinetel.yml", PINETEL)
            .args(plans)
            .fails(Said::Stderr, "pinetel.yml"),
        Case::new("a list where a mapping belongs")
            .text(
                "carriers/pinetel.yaml",
                pinetel("esim:\n", "esim: [1, 2]\nx:\n"),
            )
            .args(plans)
            .fails(Said::Stderr, "pinetel.yaml:5:"),
        Case::new("included: yes")
            .text(
                "carriers/pinetel.yaml",
                pinetel("included: true", "included: yes"),
            )
            .args(plans)
            .fails(Said::Stderr, "pinetel.yaml:22:"),
        Case::new("a huge size")
            .text(
                "carriers/pinetel.yaml",
                pinetel("high_speed: 10GB", "high_speed: 99999999999999999999999GB"),
            )
            .args(plans)
            .fails(Said::Stderr, "pinetel.yaml:23:"),
        Case::new("a negative size")
            .text(
                "carriers/pinetel.yaml",
                pinetel("high_speed: 10GB", "high_speed: -5GB"),
            )
            .args(plans)
            .fails(Said::Stderr, "pinetel.yaml:23:"),
        Case::new("a NaN size")
            .text(
                "carriers/pinetel.yaml",
                pinetel("high_speed: 10GB", "high_speed: NaNGB"),
            )
            .args(plans)
            .fails(Said::Stderr, "pinetel.yaml:23:"),
        Case::new("an infinite size")
            .text(
                "carriers/pinetel.yaml",
                pinetel("high_speed: 10GB", "high_speed: infGB"),
            )
            .args(plans)
            .fails(Said::Stderr, "pinetel.yaml:23:"),
        Case::new("a rule on an unknown fact")
            .text(
                "rules.yaml",
                RULE.replace("fact: roaming", "fact: plan.hotspt"),
            )
            .args(validate)
            .fails(Said::Stdout, "rules.yaml:"),
        // Names that would forge output.
        Case::new("an escape sequence in a carrier's name")
            .text(
                "carriers/pinetel.yaml",
                pinetel("name: Pine Telecom", "name: \"Mint \\e]0;PWNED\\a\\e[2J\""),
            )
            .args(plans)
            .fails(Said::Stderr, "pinetel.yaml"),
        Case::new("a newline in a plan's name")
            .text(
                "carriers/pinetel.yaml",
                pinetel("name: Unlimited", "name: \"Unlimited\\n YES\""),
            )
            .args(validate)
            .fails(Said::Stdout, "pinetel.yaml"),
        Case::new("a line separator in an alias")
            .text(
                "carriers/pinetel.yaml",
                pinetel("aliases: [pine]", "aliases: [\"pi\\Lne\"]"),
            )
            .args(validate)
            .fails(Said::Stdout, "aliases[0]"),
        Case::new("a direction override in a device's name")
            .text(
                "devices.yaml",
                DEVICE.replace("PinePhone", "\"Pine\\u202Ephone\""),
            )
            .args(validate)
            .fails(Said::Stdout, "devices.yaml"),
        Case::new("a zero-width space in a device's maker")
            .text(
                "devices.yaml",
                DEVICE.replace("maker: Pine", "maker: \"Pi\\u200Bne\""),
            )
            .args(validate)
            .fails(Said::Stdout, "maker"),
        Case::new("an escape sequence in a rule id")
            .text(
                "rules.yaml",
                RULE.replace("id: roaming-note", "id: \"a\\e[2Jb\""),
            )
            .args(validate)
            .fails(Said::Stdout, "rules.yaml"),
        // Arguments.
        Case::new("the longest argument the system allows")
            .args(["check", "--carrier"])
            .args([OsString::from("a".repeat(128 * 1024 - 1))])
            .fails(Said::Stderr, "carrier"),
        Case::new("the longest argument as a plan")
            .args(["check", "--carrier", "verizon", "--plan"])
            .args([OsString::from("b".repeat(128 * 1024 - 1))])
            .fails(Said::Stderr, "plan"),
        Case::new("the longest argument as a device")
            .args(["check", "--carrier", "verizon", "--device"])
            .args([OsString::from("c".repeat(128 * 1024 - 1))])
            .fails(Said::Stderr, "device"),
        Case::new("the longest argument as cap's plan")
            .args(["cap"])
            .args([OsString::from("d".repeat(128 * 1024 - 1))])
            .fails(Said::Stderr, "plan"),
        Case::new("an empty carrier")
            .args(["check", "--carrier", ""])
            .fails(Said::Stderr, "carrier"),
        Case::new("an escape sequence as the carrier")
            .args(["check", "--carrier", "\x1b]0;PWNED\x07\x1b[2J"])
            .fails(Said::Stderr, "carrier"),
        Case::new("a carrier that is not UTF-8")
            .args([OsString::from("check"), "--carrier".into(), not_utf8()])
            .fails(Said::Clap, "UTF-8"),
        Case::new("an empty --kb")
            .without_kb()
            .args(["--kb", "", "plans"])
            .fails(Said::Clap, "--kb"),
        Case::new("a --kb that is a file")
            .text("file.yaml", RULE)
            .without_kb()
            .args(["plans", "--kb"])
            .then_path("file.yaml")
            .fails(Said::Stderr, "--kb"),
        Case::new("a --kb that is a dangling link")
            .file("kb", Content::Link("gone"))
            .without_kb()
            .args(["plans", "--kb"])
            .then_path("kb")
            .fails(Said::Stderr, "gone"),
        Case::new("a --kb that is not UTF-8")
            .without_kb()
            .args([OsString::from("--kb"), not_utf8(), "plans".into()])
            .fails(Said::Stderr, "--kb"),
        Case::new("an empty size")
            .args(["check", "--carrier", "verizon", "--used", ""])
            .fails(Said::Stderr, "--used"),
        Case::new("a size of 1e400GB")
            .args(["check", "--carrier", "verizon", "--used", "1e400GB"])
            .fails(Said::Stderr, "--used"),
    ]
}

#[test]
fn hostile_input_ends_quickly_with_one_clear_line() {
    let all = cases();
    assert!(all.len() >= 40, "{} cases", all.len());
    let mut failures = Vec::new();
    for case in all {
        if let Err(problem) = run(&case) {
            failures.push(format!("{}: {problem}", case.name));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

fn run(case: &Case) -> Result<(), String> {
    let dir = tempfile::tempdir().map_err(|e| e.to_string())?;
    for (path, content) in &case.files {
        make(&dir.path().join(path), content);
    }
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_esim-hotspot"));
    cmd.env_remove("ESIM_HOTSPOT_KB")
        .env_remove("NO_COLOR")
        .env("ESIM_HOTSPOT_PROFILE", dir.path().join("profile.yaml"))
        .env("ESIM_HOTSPOT_LANG", "en")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    if case.kb {
        cmd.arg("--kb").arg(dir.path());
    }
    cmd.args(&case.args);
    if let Some(name) = case.last {
        cmd.arg(dir.path().join(name));
    }
    let (code, elapsed, stdout, stderr) = run_with_limit(cmd, case.within)?;
    let out = String::from_utf8_lossy(&stdout);
    let err = String::from_utf8_lossy(&stderr);
    let shown = || format!("\n  stdout: {:.300}\n  stderr: {:.300}", out, err);
    if code != Some(case.code) {
        return Err(format!(
            "exit code {code:?}, expected {}{}",
            case.code,
            shown()
        ));
    }
    if err.contains("panicked") {
        return Err(format!("panicked{}", shown()));
    }
    for (stream, bytes) in [("stdout", &stdout), ("stderr", &stderr)] {
        if let Some(bad) = control_byte(bytes) {
            return Err(format!(
                "raw control character {bad:?} on {stream}{}",
                shown()
            ));
        }
    }
    let first = |text: &str| text.lines().next().unwrap_or("").to_string();
    let line = match case.said {
        Said::Nothing if err.is_empty() => return in_time(elapsed, case.within),
        Said::Nothing => return Err(format!("unexpected stderr{}", shown())),
        Said::Stderr if err.lines().count() == 1 && err.ends_with('\n') => first(&err),
        Said::Stderr => return Err(format!("not one line on stderr{}", shown())),
        Said::Clap if err.starts_with("error: ") => first(&err),
        Said::Clap => return Err(format!("no clap error{}", shown())),
        Said::Stdout if err.is_empty() => first(&out),
        Said::Stdout => return Err(format!("unexpected stderr{}", shown())),
    };
    if !line.contains(case.naming) {
        return Err(format!(
            "the line does not name {:?}{}",
            case.naming,
            shown()
        ));
    }
    if line.len() > 1000 {
        return Err(format!("a line of {} bytes is not a clear one", line.len()));
    }
    in_time(elapsed, case.within)
}

fn in_time(elapsed: Duration, limit: Duration) -> Result<(), String> {
    if elapsed > limit {
        return Err(format!("took {elapsed:?}, over {limit:?}"));
    }
    Ok(())
}

type Ran = (Option<i32>, Duration, Vec<u8>, Vec<u8>);

/// Runs the command, killing it if it is still running after `limit` and a margin.
fn run_with_limit(mut cmd: Command, limit: Duration) -> Result<Ran, String> {
    let start = Instant::now();
    let mut child = cmd.spawn().map_err(|e| e.to_string())?;
    let reader = |mut pipe: Box<dyn Read + Send>| {
        std::thread::spawn(move || {
            let mut bytes = Vec::new();
            let _ = pipe.read_to_end(&mut bytes);
            bytes
        })
    };
    let stdout = reader(Box::new(child.stdout.take().expect("piped")));
    let stderr = reader(Box::new(child.stderr.take().expect("piped")));
    let status = loop {
        if let Some(status) = child.try_wait().map_err(|e| e.to_string())? {
            break status;
        }
        if start.elapsed() > limit + Duration::from_secs(5) {
            let _ = child.kill();
            let _ = child.wait();
            return Err(format!("still running after {:?}: killed", start.elapsed()));
        }
        std::thread::sleep(Duration::from_millis(10));
    };
    let elapsed = start.elapsed();
    let stdout = stdout.join().map_err(|_| "stdout reader")?;
    let stderr = stderr.join().map_err(|_| "stderr reader")?;
    Ok((status.code(), elapsed, stdout, stderr))
}

/// A byte that would move the cursor, clear the screen or set the title, other than a line
/// break; and the C1 controls, as UTF-8.
fn control_byte(bytes: &[u8]) -> Option<char> {
    let text = String::from_utf8_lossy(bytes);
    text.chars()
        .find(|&c| c != '\n' && (c.is_control() || matches!(c, '\u{2028}' | '\u{2029}')))
}

fn make(path: &Path, content: &Content) {
    fs::create_dir_all(path.parent().unwrap()).unwrap();
    match content {
        Content::Text(text) => fs::write(path, text).unwrap(),
        Content::Bytes(bytes) => fs::write(path, bytes).unwrap(),
        Content::Fifo => {
            let status = Command::new("mkfifo").arg(path).status().unwrap();
            assert!(status.success(), "mkfifo");
        }
        Content::Dir => fs::create_dir(path).unwrap(),
        Content::Socket => {
            // Kept open for the test's length: the socket file stays either way.
            std::mem::forget(std::os::unix::net::UnixListener::bind(path).unwrap());
        }
        Content::Link(target) => std::os::unix::fs::symlink(PathBuf::from(target), path).unwrap(),
        Content::Sparse(len) => fs::File::create(path).unwrap().set_len(*len).unwrap(),
    }
}

fn utf16(text: &str) -> Vec<u8> {
    let mut bytes = vec![0xff, 0xfe];
    bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    bytes
}

#[cfg(unix)]
fn not_utf8() -> OsString {
    use std::os::unix::ffi::OsStringExt;
    OsString::from_vec(b"pine\xfftel".to_vec())
}

fn billion_laughs() -> String {
    let mut text = String::from(
        "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n",
    );
    let mut previous = 'a';
    for name in 'b'..='i' {
        let refs = vec![format!("*{previous}"); 9].join(",");
        text.push_str(&format!("{name}: &{name} [{refs}]\n"));
        previous = name;
    }
    text
}

/// `count` rules in one file, each with a worked example if asked.
fn many_rules(count: usize, examples: bool) -> String {
    let mut text = String::from("rules:\n");
    for i in 0..count {
        text.push_str(&format!(
            "- {{id: r{i}, severity: info, when: {{fact: roaming, is: true}}, message: m, source: http://e/{}}}\n",
            if examples {
                ", examples: [{situation: {}, fires: false}]"
            } else {
                ""
            }
        ));
    }
    text
}
