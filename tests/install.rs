//! `completions` and `man`: what a shell and `man` are given names the commands and flags
//! the program parses.

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
