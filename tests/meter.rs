//! `meter` run for real, on the loopback interface: its JSON lines, its errors, and its end
//! on a signal.

mod support;

use serde_json::Value;
use support::{esim, run};

/// The loopback interface's name here, if this machine has the usual one.
fn loopback() -> Option<&'static str> {
    let name = if cfg!(target_os = "linux") {
        "lo"
    } else if cfg!(unix) {
        "lo0"
    } else {
        return None;
    };
    // CI runs on Linux, which always has `lo`: there the test never skips.
    let present = cfg!(target_os = "linux")
        || std::process::Command::new("ifconfig")
            .arg(name)
            .output()
            .is_ok_and(|o| o.status.success());
    present.then_some(name)
}

/// `meter` on the loopback for `seconds`, as JSON lines, with `extra` flags; `None` where this
/// machine has no loopback known.
fn meter_json(seconds: &str, extra: &[&str]) -> Option<Vec<Value>> {
    let Some(lo) = loopback() else {
        eprintln!("no loopback interface known here: skipped");
        return None;
    };
    let mut args = vec![
        "meter",
        "--interface",
        lo,
        "--duration",
        seconds,
        "--format",
        "json",
    ];
    args.extend_from_slice(extra);
    let out = run(&args);
    assert_eq!(out.code, 0, "{}", out.stderr);
    Some(json_lines(&out.stdout))
}

fn json_lines(stdout: &str) -> Vec<Value> {
    stdout
        .lines()
        .map(|line| serde_json::from_str(line).unwrap_or_else(|e| panic!("{e}: {line}")))
        .collect()
}

#[test]
fn two_seconds_on_the_loopback_give_one_json_object_a_second() {
    let Some(lo) = loopback() else {
        eprintln!("no loopback interface known here: skipped");
        return;
    };
    let out = run(&[
        "meter",
        "--interface",
        lo,
        "--duration",
        "2",
        "--format",
        "json",
    ]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let lines = json_lines(&out.stdout);
    let kinds: Vec<&str> = lines.iter().map(|l| l["kind"].as_str().unwrap()).collect();
    assert_eq!(
        kinds,
        ["start", "sample", "sample", "total"],
        "{}",
        out.stdout
    );
    assert_eq!(lines[0]["interface"], lo);
    assert_eq!(lines[0]["chosen"], "asked");
    assert_eq!(lines[0]["network"], "loopback");
    let mut last = (0, 0);
    for sample in &lines[1..3] {
        for key in [
            "rx_bytes",
            "tx_bytes",
            "rate_bps",
            "remaining_bytes",
            "runs_out_at",
        ] {
            assert!(sample.get(key).is_some(), "{key} missing: {sample}");
        }
        let rx = sample["rx_bytes"]
            .as_u64()
            .expect("a count, never negative");
        let tx = sample["tx_bytes"]
            .as_u64()
            .expect("a count, never negative");
        assert!(rx >= last.0 && tx >= last.1, "counts only grow: {sample}");
        assert!(sample["rate_bps"].is_u64());
        assert!(
            sample["remaining_bytes"].is_null(),
            "no plan, nothing known"
        );
        assert!(sample["runs_out_at"].is_null());
        last = (rx, tx);
    }
    let total = &lines[3];
    assert!(total["rx_bytes"].as_u64().unwrap() >= last.0);
    assert_eq!(
        total["total_bytes"].as_u64(),
        Some(total["rx_bytes"].as_u64().unwrap() + total["tx_bytes"].as_u64().unwrap())
    );
}

#[test]
fn with_a_plan_what_is_left_shrinks_and_runs_out_at_a_time() {
    let Some(lines) = meter_json(
        "1",
        &[
            "--carrier",
            "verizon",
            "--plan",
            "beyond-unlimited",
            "--used",
            "14GB",
            "--cycle-day",
            "16",
        ],
    ) else {
        return;
    };
    let start = &lines[0];
    assert_eq!(start["allowance_bytes"], 15_000_000_000u64);
    assert_eq!(start["remaining_bytes"], 1_000_000_000u64);
    assert!(start["reset_at"].as_str().unwrap().ends_with('Z'));
    let sample = &lines[1];
    let moved = sample["rx_bytes"].as_u64().unwrap() + sample["tx_bytes"].as_u64().unwrap();
    assert_eq!(
        sample["remaining_bytes"].as_u64(),
        Some(1_000_000_000u64.saturating_sub(moved))
    );
    match sample["runs_out_at"].as_str() {
        // RFC 3339, to the second, in UTC.
        Some(at) => assert!(at.len() == 20 && at.ends_with('Z'), "{at}"),
        None => assert_eq!(
            sample["rate_1min_bps"], 0,
            "only nothing moving never runs out"
        ),
    }
}

#[test]
fn plain_text_is_one_ascii_line_a_second_and_a_total() {
    let Some(lo) = loopback() else {
        eprintln!("no loopback interface known here: skipped");
        return;
    };
    let out = run(&["meter", "--interface", lo, "--duration", "2"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(!out.stdout.contains('\r') && !out.stdout.contains('\x07'));
    let readings: Vec<&str> = out.stdout.lines().filter(|l| l.contains(" | ")).collect();
    assert_eq!(readings.len(), 2, "{}", out.stdout);
    assert!(readings.iter().all(|l| l.is_ascii()), "{}", out.stdout);
    assert!(out.stdout.contains("Metering lo"), "{}", out.stdout);
    assert!(out
        .stdout
        .trim_end()
        .lines()
        .last()
        .unwrap()
        .starts_with("Total: "));
}

#[test]
fn a_duration_that_is_not_a_positive_whole_number_is_refused() {
    for bad in ["0", "-5", "soon", "1.5", ""] {
        let out = run(&["meter", "--duration", bad]);
        assert_eq!(out.code, 2, "--duration {bad:?}");
        assert!(
            out.stderr.contains("is not a number of seconds"),
            "--duration {bad:?}: {}",
            out.stderr
        );
        assert!(out.stdout.is_empty(), "nothing metered");
    }
}

#[test]
fn an_unknown_interface_lists_those_there_are() {
    let out = run(&[
        "meter",
        "--interface",
        "no-such-interface0",
        "--duration",
        "1",
    ]);
    assert_eq!(out.code, 2);
    assert!(
        out.stderr
            .contains("no network interface called \"no-such-interface0\""),
        "{}",
        out.stderr
    );
    if let Some(lo) = loopback() {
        assert!(out.stderr.contains(lo), "{}", out.stderr);
    }
}

#[test]
fn your_own_figures_are_enough_to_meter_against() {
    let Some(lines) = meter_json("1", &["--hotspot-cap", "15GB", "--used", "3GB"]) else {
        return;
    };
    let start = &lines[0];
    assert_eq!(start["allowance_bytes"], 15_000_000_000u64);
    assert_eq!(start["remaining_bytes"], 12_000_000_000u64);
    let neither = run(&["meter", "--carrier", "verizon", "--duration", "1"]);
    assert_eq!(neither.code, 2);
    assert!(
        neither.stderr.contains("--hotspot-cap"),
        "{}",
        neither.stderr
    );
}

#[cfg(unix)]
#[test]
fn ctrl_c_ends_the_meter_with_its_total() {
    use std::io::Read;
    use std::process::Stdio;
    use std::time::{Duration, Instant};

    let Some(lo) = loopback() else {
        eprintln!("no loopback interface known here: skipped");
        return;
    };
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_esim-hotspot"))
        .args(["meter", "--interface", lo, "--format", "json"])
        .env_remove("ESIM_HOTSPOT_KB")
        .stdout(Stdio::piped())
        .spawn()
        .expect("binary runs");
    std::thread::sleep(Duration::from_millis(1_500));
    // SAFETY: kill has no memory-safety preconditions; the pid is our own child's.
    unsafe {
        libc::kill(child.id() as libc::pid_t, libc::SIGINT);
    }
    let started = Instant::now();
    let status = child.wait().expect("the meter ends");
    assert!(started.elapsed() < Duration::from_secs(2), "ends at once");
    assert_eq!(status.code(), Some(0), "a stop asked for is a success");
    let mut stdout = String::new();
    child
        .stdout
        .take()
        .unwrap()
        .read_to_string(&mut stdout)
        .unwrap();
    let lines = json_lines(&stdout);
    assert_eq!(lines.last().unwrap()["kind"], "total", "{stdout}");
    assert!(lines.iter().any(|l| l["kind"] == "sample"), "{stdout}");
}

/// Sends bytes through the loopback for `seconds`, so that there is something to meter.
fn loopback_traffic(seconds: u64) -> std::thread::JoinHandle<()> {
    use std::io::{Read, Write};
    use std::net::{TcpListener, TcpStream};
    use std::time::{Duration, Instant};

    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let address = listener.local_addr().unwrap();
    std::thread::spawn(move || {
        let sink = std::thread::spawn(move || {
            let (mut stream, _) = listener.accept().unwrap();
            let mut buffer = [0u8; 65_536];
            while stream.read(&mut buffer).is_ok_and(|n| n > 0) {}
        });
        let mut stream = TcpStream::connect(address).unwrap();
        let end = Instant::now() + Duration::from_secs(seconds);
        while Instant::now() < end {
            let _ = stream.write_all(&[7u8; 100_000]);
            std::thread::sleep(Duration::from_millis(20));
        }
        drop(stream);
        let _ = sink.join();
    })
}

fn profile_with(dir: &std::path::Path, text: &str) -> std::path::PathBuf {
    let path = dir.join("profile.yaml");
    std::fs::write(&path, text).unwrap();
    path
}

#[test]
fn with_the_profile_the_total_is_added_to_its_data_used_unless_told_not_to() {
    let Some(lo) = loopback() else {
        eprintln!("no loopback interface known here: skipped");
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let path = profile_with(
        dir.path(),
        "carrier: verizon\nplan: beyond-unlimited\nused: 2GB\nos: ios\n",
    );
    let traffic = loopback_traffic(3);
    let out = esim()
        .env("ESIM_HOTSPOT_PROFILE", &path)
        .args([
            "meter",
            "--profile",
            "--interface",
            lo,
            "--duration",
            "2",
            "--format",
            "json",
        ])
        .output()
        .unwrap();
    traffic.join().unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let lines = json_lines(&String::from_utf8(out.stdout).unwrap());
    assert_eq!(
        lines[0]["remaining_bytes"], 13_000_000_000u64,
        "from the profile's plan"
    );
    let total = lines.iter().find(|l| l["kind"] == "total").unwrap()["total_bytes"]
        .as_u64()
        .unwrap();
    assert!(total > 0, "the loopback carried bytes");
    let saved = lines.last().unwrap();
    assert_eq!(saved["kind"], "profile");
    assert_eq!(saved["used_bytes"].as_u64(), Some(2_000_000_000 + total));
    let text = std::fs::read_to_string(&path).unwrap();
    let profile: serde_yaml::Value = serde_yaml::from_str(&text).unwrap();
    let used = profile["used"].as_str().unwrap();
    assert_eq!(
        esim_hotspot::units::parse_bytes(used),
        Ok(2_000_000_000 + total),
        "exact: {used}"
    );
    assert_eq!(profile["os"].as_str(), Some("ios"), "the rest is kept");

    let before = std::fs::read_to_string(&path).unwrap();
    let traffic = loopback_traffic(2);
    let out = esim()
        .env("ESIM_HOTSPOT_PROFILE", &path)
        .args([
            "meter",
            "--profile",
            "--no-save",
            "--interface",
            lo,
            "--duration",
            "1",
        ])
        .output()
        .unwrap();
    traffic.join().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(
        std::fs::read_to_string(&path).unwrap(),
        before,
        "--no-save never writes"
    );
}

#[test]
fn the_profile_must_be_there_to_start_from_it() {
    let dir = tempfile::tempdir().unwrap();
    let out = esim()
        .env("ESIM_HOTSPOT_PROFILE", dir.path().join("none.yaml"))
        .args(["meter", "--profile", "--duration", "1"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no profile at"));
}

/// On a terminal the reading is one line redrawn in place with a bar, and Ctrl-C typed there
/// clears it and prints the total.
#[cfg(target_os = "linux")]
#[test]
fn on_a_terminal_one_line_is_redrawn_until_ctrl_c() {
    use rexpect::process::WaitStatus;
    use rexpect::reader::Options;
    use rexpect::session::spawn_with_options;

    let mut cmd = std::process::Command::new("sh");
    cmd.arg("-c")
        .arg(r#"stty sane; exec "$@""#)
        .arg("sh")
        .arg(env!("CARGO_BIN_EXE_esim-hotspot"))
        .args(["meter", "--interface", "lo", "--carrier", "verizon"])
        .args(["--plan", "beyond-unlimited", "--used", "1GB"])
        .env("TERM", "xterm")
        .env_remove("NO_COLOR")
        .env_remove("ESIM_HOTSPOT_KB");
    let options = Options::default()
        .timeout_ms(Some(15_000))
        .strip_ansi_escape_codes(false);
    let mut session = spawn_with_options(cmd, options).expect("spawns in a pty");
    session
        .exp_string("\r\x1b[K")
        .expect("a line drawn in place");
    // The reader takes each byte as a character: "░" is E2 96 91 in UTF-8.
    session
        .exp_string("\u{e2}\u{96}\u{91}")
        .expect("a bar of blocks");
    session
        .exp_string("of 15 GB")
        .expect("what is used of the allowance");
    session.send("\x03").unwrap();
    session.flush().unwrap();
    session.exp_string("Total: ").expect("the total at the end");
    let status = session.process().wait().unwrap();
    assert!(matches!(status, WaitStatus::Exited(_, 0)), "{status:?}");
}
