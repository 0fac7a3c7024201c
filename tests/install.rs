//! `completions` and `man`: what a shell and `man` are given names the commands and flags
//! the program parses. And the program as a shell starts it: its libraries, and the
//! standard streams it may be given closed.

mod support;

use std::process::Command;

use support::run;

const SHELLS: [&str; 5] = ["bash", "zsh", "fish", "powershell", "elvish"];

#[test]
fn every_shell_gets_a_script_that_knows_check_and_its_flags() {
    for shell in SHELLS {
        let out = run(&["completions", shell]);
        assert_eq!(out.code, 0, "{shell}: {}", out.stderr);
        assert!(out.stdout.contains("check"), "{shell} script lacks check");
        // fish names a long flag without its dashes: `-l carrier`.
        let carrier = if shell == "fish" {
            "-l carrier"
        } else {
            "--carrier"
        };
        assert!(out.stdout.contains(carrier), "{shell} lacks --carrier");
    }
}

#[test]
fn the_bash_script_is_valid_bash() {
    let script = tempfile::NamedTempFile::new().expect("a temporary file");
    std::fs::write(script.path(), run(&["completions", "bash"]).stdout).expect("written");
    let status = Command::new("bash")
        .arg("-n")
        .arg(script.path())
        .status()
        .expect("bash runs");
    assert!(status.success(), "bash -n refuses the completion script");
}

#[test]
fn an_unknown_shell_is_bad_input() {
    assert_eq!(run(&["completions", "tcsh"]).code, 2);
}

#[test]
fn the_man_page_documents_every_command_and_its_flags() {
    for lang in ["en", "zh"] {
        let out = run(&["--lang", lang, "man"]);
        assert_eq!(out.code, 0, "{}", out.stderr);
        assert!(
            out.stdout.contains("\n.TH esim-hotspot 1"),
            "a roff page in section 1"
        );
        for command in [
            "check",
            "cap",
            "plans",
            "steps",
            "kb validate",
            "completions",
        ] {
            let heading = format!(".SH \"ESIM-HOTSPOT {}\"", command.to_uppercase());
            assert!(
                out.stdout.contains(&heading),
                "{lang}: no section for {command}"
            );
        }
        assert!(out.stdout.contains("\\-\\-carrier"), "{lang}: --carrier");
    }
}

/// The program starts without the C maths library: the one function it needed is its own
/// (see `log10` in main.rs). glibc's loader says which libraries it loads. The run checks a
/// password, which is where zxcvbn calls it.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
#[test]
fn the_program_starts_without_the_c_maths_library() {
    use std::io::Write;
    use std::process::Stdio;
    let mut child = Command::new(assert_cmd::cargo::cargo_bin("esim-hotspot"))
        .args([
            "check",
            "--carrier",
            "verizon",
            "--plan",
            "ultimate",
            "--esim",
            "active",
        ])
        .args(["--security", "wpa2", "--password-stdin", "--format", "json"])
        .env("LD_DEBUG", "libs")
        .env_remove("LD_DEBUG_OUTPUT")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"password1\n")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    let loaded = String::from_utf8_lossy(&out.stderr);
    assert!(loaded.contains("libc.so"), "{loaded}");
    assert!(!loaded.contains("libm.so"), "{loaded}");
    let report = String::from_utf8_lossy(&out.stdout);
    assert!(report.contains("weak-hotspot-password"), "{report}");
}

/// The unwinder is part of the program (see `link_the_unwinder_in` in build.rs): glibc's
/// loader, which says which libraries it loads, loads only the C library.
#[cfg(unwinder_linked_in)]
#[test]
fn the_program_starts_without_loading_the_unwinder() {
    let out = Command::new(assert_cmd::cargo::cargo_bin("esim-hotspot"))
        .args(["cap", "Go5G Plus", "--used", "10GB"])
        .env("LD_DEBUG", "libs")
        .env_remove("LD_DEBUG_OUTPUT")
        .output()
        .unwrap();
    let loaded = String::from_utf8_lossy(&out.stderr);
    assert!(loaded.contains("libc.so"), "{loaded}");
    assert!(!loaded.contains("libgcc_s"), "{loaded}");
    assert!(out.status.success());
}

/// A reader that went away before anything was written (`| head`, after the lines it wanted)
/// is no error: the program ends as if it had written everything, not killed by SIGPIPE.
#[cfg(unix)]
#[test]
fn a_reader_that_went_away_is_no_error() {
    use std::process::Stdio;
    let (reader, writer) = std::io::pipe().unwrap();
    drop(reader);
    let out = Command::new(assert_cmd::cargo::cargo_bin("esim-hotspot"))
        .args(["plans", "--format", "json"])
        .stdout(writer)
        .stderr(Stdio::piped())
        .output()
        .unwrap();
    let said = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{:?}: {said}", out.status);
    assert!(said.is_empty(), "{said}");
}

/// Started with a standard stream closed (`>&-`, `<&-`), the program behaves as if it were
/// `/dev/null`: no file it opens takes the stream's number. With standard input closed,
/// `--password-stdin` finds no password, rather than reading a knowledge-base file as one.
#[cfg(unix)]
#[test]
fn closed_standard_streams_behave_as_dev_null() {
    let dir = tempfile::TempDir::new().unwrap();
    let carriers = dir.path().join("carriers");
    std::fs::create_dir(&carriers).unwrap();
    let verizon = concat!(env!("CARGO_MANIFEST_DIR"), "/data/carriers/verizon.yaml");
    std::fs::copy(verizon, carriers.join("verizon.yaml")).unwrap();
    let bin = assert_cmd::cargo::cargo_bin("esim-hotspot");
    let password = "exec \"$0\" check --carrier verizon --plan ultimate --esim active \
        --security wpa2 --password-stdin --kb \"$1\" <&-";
    for (line, code, said) in [
        ("exec \"$0\" plans >&-", 0, ""),
        (password, 2, "standard input held no password"),
    ] {
        let out = Command::new("sh")
            .args(["-c", line])
            .arg(&bin)
            .arg(dir.path())
            .env_remove("ESIM_HOTSPOT_KB")
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(code), "{line}: {stderr}");
        assert!(stderr.contains(said), "{line}: {stderr}");
        assert_eq!(stderr.is_empty(), said.is_empty(), "{line}: {stderr}");
    }
}
