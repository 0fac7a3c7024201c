//! Chinese where the reader asks for it (`--lang zh`, or a zh locale), English otherwise,
//! and the same JSON in both apart from the words.

mod support;

use serde_json::Value;
use support::{esim, Outcome};

/// Each command with a word its Chinese output must hold.
const COMMANDS: &[(&[&str], &str)] = &[
    (
        &[
            "check",
            "--carrier",
            "verizon",
            "--plan",
            "Unlimited Ultimate",
            "--esim",
            "active",
        ],
        "可以，但有限制",
    ),
    (
        &["cap", "ultimate", "--carrier", "verizon", "--used", "150GB"],
        "剩余",
    ),
    (&["steps", "--platform", "ios"], "遇到问题时"),
    (&["plans", "--carrier", "verizon"], "全速热点流量"),
    (&["check", "--carrier", "verizn"], "你要找的是不是"),
    (&["check", "--carrier", "verizon", "--used", "-1GB"], "负数"),
    // Plan kinds and a network not known are words of the reader's language too.
    (&["kb", "stats"], "旧套餐"),
    (&["carriers"], "未知"),
];

fn run(args: &[&str], env: &[(&str, &str)]) -> Outcome {
    let mut cmd = esim();
    for name in ["LC_ALL", "LC_MESSAGES", "LANG", "ESIM_HOTSPOT_LANG"] {
        cmd.env_remove(name);
    }
    for (name, value) in env {
        cmd.env(name, value);
    }
    let output = cmd.arg("--color").arg("never").args(args).output().unwrap();
    Outcome {
        code: output.status.code().expect("exited"),
        stdout: String::from_utf8(output.stdout).unwrap(),
        stderr: String::from_utf8(output.stderr).unwrap(),
    }
}

fn has_han(text: &str) -> bool {
    text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}

#[test]
fn every_command_speaks_chinese_when_asked_and_english_otherwise() {
    for (args, word) in COMMANDS {
        let flag = [&["--lang", "zh"], *args].concat();
        for (how, out) in [
            ("--lang zh", run(&flag, &[])),
            ("LANG=zh_CN.UTF-8", run(args, &[("LANG", "zh_CN.UTF-8")])),
            (
                "ESIM_HOTSPOT_LANG=zh",
                run(args, &[("ESIM_HOTSPOT_LANG", "zh")]),
            ),
        ] {
            let all = format!("{}{}", out.stdout, out.stderr);
            assert!(all.contains(word), "{how} {args:?}: no {word}:\n{all}");
        }
        let english = run(args, &[("LANG", "en_US.UTF-8")]);
        let all = format!("{}{}", english.stdout, english.stderr);
        assert!(!has_han(&all), "English {args:?} holds Chinese:\n{all}");
        let overridden = run(
            &[&["--lang", "en"], *args].concat(),
            &[("LANG", "zh_CN.UTF-8")],
        );
        assert!(
            !has_han(&format!("{}{}", overridden.stdout, overridden.stderr)),
            "--lang en wins over the locale"
        );
    }
}

#[test]
fn exit_codes_do_not_change_with_the_language() {
    for (args, _) in COMMANDS {
        let en = run(args, &[("LANG", "en_US.UTF-8")]);
        let zh = run(args, &[("LANG", "zh_CN.UTF-8")]);
        assert_eq!(en.code, zh.code, "{args:?}");
    }
}

/// Every key, number, boolean and enum value alike; strings may differ only where they are
/// words for a person.
fn same_but_words(en: &Value, zh: &Value, key: &str, path: &str) {
    const WORDS: &[&str] = &[
        "message",
        "advice",
        "allowance",
        "budget_note",
        "how_to_find_out",
        "title",
        "steps",
        "problem",
        "fixes",
        // Activity names: plan and carrier names, also under `name`, stay the same.
        "name",
        "best_daily_video",
    ];
    match (en, zh) {
        (Value::Object(a), Value::Object(b)) => {
            assert_eq!(
                a.keys().collect::<Vec<_>>(),
                b.keys().collect::<Vec<_>>(),
                "keys at {path}"
            );
            for (k, v) in a {
                let key = if key == "how_to_find_out" { key } else { k };
                same_but_words(v, &b[k], key, &format!("{path}.{k}"));
            }
        }
        (Value::Array(a), Value::Array(b)) => {
            assert_eq!(a.len(), b.len(), "length at {path}");
            for (i, (x, y)) in a.iter().zip(b).enumerate() {
                same_but_words(x, y, key, &format!("{path}[{i}]"));
            }
        }
        (Value::String(a), Value::String(b)) if WORDS.contains(&key) => {
            assert!(!a.is_empty() && !b.is_empty(), "{path}");
        }
        _ => assert_eq!(en, zh, "{path}"),
    }
}

#[test]
fn json_is_the_same_in_both_languages_apart_from_the_words() {
    for args in [
        &[
            "check",
            "--carrier",
            "t-mobile",
            "--plan",
            "go5g-plus",
            "--device",
            "iphone-15",
            "--esim",
            "active",
            "--used",
            "3GB",
            "--explain",
            "--format",
            "json",
        ][..],
        &[
            "cap",
            "ultimate",
            "--carrier",
            "verizon",
            "--used",
            "120GB",
            "--days-left",
            "5",
            "--format",
            "json",
        ],
        &["plans", "--carrier", "mint", "--format", "json"],
        &["steps", "--platform", "android", "--format", "json"],
    ] {
        let en: Value =
            serde_json::from_str(&run(args, &[("LANG", "en_US.UTF-8")]).stdout).unwrap();
        let zh: Value =
            serde_json::from_str(&run(args, &[("LANG", "zh_CN.UTF-8")]).stdout).unwrap();
        same_but_words(&en, &zh, "", "");
    }
}

/// A plan whose hotspot stops at the cap says so in the reader's language in the table.
#[test]
fn a_hotspot_that_stops_at_the_cap_is_said_in_chinese_in_the_table() {
    let out = run(&["--lang", "zh", "plans", "--carrier", "t-mobile"], &[]);
    let connect = out
        .stdout
        .lines()
        .find(|l| l.contains("Connect by T-Mobile"))
        .unwrap_or_else(|| panic!("{}", out.stdout));
    assert!(connect.contains("停用"), "{connect}");
    assert!(!out.stdout.contains("blocked"), "{}", out.stdout);
    let en = run(&["--lang", "en", "plans", "--carrier", "t-mobile"], &[]);
    assert!(en.stdout.contains("blocked"), "{}", en.stdout);
}

#[test]
fn a_table_with_chinese_lines_up() {
    let out = run(&["--lang", "zh", "plans", "--carrier", "verizon"], &[]);
    let widths: Vec<usize> = out
        .stdout
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('*'))
        .map(display_width)
        .collect();
    assert!(widths.len() > 3, "{}", out.stdout);
    let header = widths[0];
    assert!(
        widths.iter().all(|w| *w <= header + 2),
        "rows wider than the header: {widths:?}\n{}",
        out.stdout
    );
    // The columns start at the same display column on every row.
    let header_line = out.stdout.lines().next().unwrap();
    let col = column_of(header_line, "类型");
    for line in out
        .stdout
        .lines()
        .skip(1)
        .filter(|l| l.contains("postpaid") || l.contains("后付费"))
    {
        assert_eq!(column_of(line, "后付费"), col, "{line}");
    }
}

/// Columns a terminal gives `text`: two for each CJK character.
fn display_width(text: &str) -> usize {
    text.chars()
        .map(|c| {
            if c >= '\u{2e80}' && c != '\u{ff61}' {
                2
            } else {
                1
            }
        })
        .sum()
}

fn column_of(line: &str, word: &str) -> usize {
    let at = line
        .find(word)
        .unwrap_or_else(|| panic!("no {word} in {line}"));
    display_width(&line[..at])
}

/// In Chinese, help is Chinese through and through: each flag's help, the headings and the
/// notes on defaults and choices. What stays in Latin letters is what is typed: flags,
/// values, and the examples.
#[test]
fn every_help_page_is_in_chinese_but_what_is_typed() {
    let pages: &[&[&str]] = &[
        &[],
        &["check"],
        &["guide"],
        &["cap"],
        &["plans"],
        &["devices"],
        &["carriers"],
        &["steps"],
        &["meter"],
        &["kb"],
        &["kb", "validate"],
        &["kb", "schema"],
        &["kb", "stats"],
        &["completions"],
        &["man"],
    ];
    for page in pages {
        for flag in ["-h", "--help"] {
            let mut args = vec!["--lang", "zh"];
            args.extend_from_slice(page);
            args.push(flag);
            let out = run(&args, &[]);
            assert_eq!(out.code, 0, "{args:?}: {}", out.stderr);
            let before_examples = out.stdout.split("示例：").next().unwrap_or_default();
            for heading in [
                "Usage",
                "Options",
                "Arguments",
                "Commands",
                "default:",
                "possible",
            ] {
                assert!(
                    !before_examples.contains(heading),
                    "{args:?}:\n{}",
                    out.stdout
                );
            }
            // Three English words in a row, spaced as in a sentence, are one left untranslated.
            let word = |w: &&str| w.len() > 1 && w.chars().all(|c| c.is_ascii_lowercase());
            let english = before_examples.lines().find(|line| {
                let words: Vec<&str> = line.split(' ').collect();
                words.windows(3).any(|three| three.iter().all(word))
            });
            assert_eq!(english, None, "{args:?}:\n{}", out.stdout);
            assert!(
                before_examples.contains("用法：esim-hotspot"),
                "{}",
                out.stdout
            );
            // Wrapped by display width, where a Chinese character takes two columns: clap
            // breaks only at spaces, so a long Chinese phrase may run a little past 100.
            let widest = out.stdout.lines().map(display_width).max().unwrap_or(0);
            assert!(widest <= 110, "{args:?}: {widest} columns:\n{}", out.stdout);
        }
    }
}

/// A mistake on the command line is said in the reader's language, with clap's tip, and
/// the same exit code; in English it is clap's own message.
#[test]
fn command_line_mistakes_are_said_in_chinese() {
    let cases: &[(&[&str], &[&str])] = &[
        (
            &["check", "--carier", "att"],
            &["不认识参数“--carier”", "“--carrier”"],
        ),
        (&["chek"], &["没有“chek”这个命令", "“check”"]),
        (
            &["check", "--esim", "maybe"],
            &["不接受“maybe”", "active、installed"],
        ),
        (&["check", "--carrier"], &["后面要跟一个值"]),
        (
            &["steps", "--platform", "ios", "--device", "Pixel 8"],
            &["不能和"],
        ),
        (&["kb", "schema"], &["缺少", "<KIND>"]),
        (
            &["devices", "--esim", "maybe"],
            &["不接受“maybe”", "yes、no"],
        ),
    ];
    for (args, said) in cases {
        let mut zh = vec!["--lang", "zh"];
        zh.extend_from_slice(args);
        let out = run(&zh, &[]);
        assert_eq!(out.code, 2, "{zh:?}");
        assert!(out.stdout.is_empty(), "{zh:?}: {}", out.stdout);
        for words in *said {
            assert!(out.stderr.contains(words), "{zh:?}: {}", out.stderr);
        }
        assert!(out.stderr.contains("--help"), "{}", out.stderr);
        assert!(!out.stderr.contains("error:"), "{}", out.stderr);
        let en = run(args, &[("LANG", "en_US.UTF-8")]);
        assert_eq!(en.code, 2, "{args:?}");
        assert!(en.stderr.starts_with("error: "), "{args:?}: {}", en.stderr);
    }
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        let bytes = std::ffi::OsStr::from_bytes(b"\xff5GB");
        let out = support::esim()
            .env_remove("LANG")
            .args(["--lang", "zh", "check", "--used"])
            .arg(bytes)
            .output()
            .unwrap();
        let said = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{said}");
        assert!(said.contains("UTF-8") && said.contains("参数"), "{said}");
    }
    let by_locale = run(&["chek"], &[("LANG", "zh_CN.UTF-8")]);
    assert!(
        by_locale.stderr.contains("没有“chek”这个命令"),
        "{}",
        by_locale.stderr
    );
}

/// A hint after a Chinese sentence follows its full-width mark with no space, as Chinese
/// is written, and the names offered are listed with 、; in English a space parts the two
/// sentences and a comma the names.
#[test]
fn a_hint_follows_a_chinese_sentence_without_a_space() {
    for args in [&["cap", "Go5G Plux"][..], &["check", "--device", "pixle 8"]] {
        let mut zh = vec!["--lang", "zh"];
        zh.extend_from_slice(args);
        let out = run(&zh, &[]);
        assert_ne!(out.code, 0, "{zh:?}");
        assert!(out.stderr.contains("？"), "{zh:?}: {}", out.stderr);
        assert!(out.stderr.contains(")、"), "{zh:?}: {}", out.stderr);
        assert!(!out.stderr.contains("), "), "{zh:?}: {}", out.stderr);
        for mark in ["？ ", "。 ", "： "] {
            assert!(!out.stderr.contains(mark), "{zh:?}: {}", out.stderr);
        }
        let en = run(args, &[("LANG", "en_US.UTF-8")]);
        assert!(en.stderr.contains("? "), "{args:?}: {}", en.stderr);
        assert!(
            en.stderr.contains(", ") && !en.stderr.contains("、"),
            "{args:?}: {}",
            en.stderr
        );
    }
}

/// A label ends in a full-width colon in Chinese, which carries its own space: "运营商：T-Mobile",
/// not "运营商： T-Mobile"; in English a space follows the colon.
#[test]
fn labels_are_spaced_as_their_script_spaces_them() {
    let check = [
        "check",
        "--carrier",
        "t-mobile",
        "--plan",
        "Go5G Plus",
        "--device",
        "iPhone 15",
        "--used",
        "45GB",
    ];
    let cap = [
        "cap",
        "Essentials",
        "--carrier",
        "t-mobile",
        "--used",
        "5GB",
        "--all",
    ];
    let steps = ["steps", "--platform", "ios"];
    for args in [&check[..], &cap, &steps] {
        let mut zh = vec!["--lang", "zh"];
        zh.extend_from_slice(args);
        let out = run(&zh, &[]);
        assert!(out.stdout.contains("："), "{zh:?}: {}", out.stdout);
        assert!(!out.stdout.contains("： "), "{zh:?}: {}", out.stdout);
        let en = run(args, &[("LANG", "en_US.UTF-8")]);
        assert!(en.stdout.contains(": "), "{args:?}: {}", en.stdout);
    }
    let zh = run(&[&["--lang", "zh"][..], &check].concat(), &[]);
    assert!(zh.stdout.contains("运营商：T-Mobile"), "{}", zh.stdout);
}

#[test]
fn help_follows_the_flag_then_the_locale() {
    let zh = run(&["--lang", "zh", "--help"], &[]);
    assert!(zh.stdout.contains("个人热点共享流量"), "{}", zh.stdout);
    assert!(zh.stdout.contains("示例："), "{}", zh.stdout);
    let by_locale = run(&["cap", "--help"], &[("LANG", "zh_CN.UTF-8")]);
    assert!(by_locale.stdout.contains("示例："), "{}", by_locale.stdout);
    let en = run(&["--help"], &[("LANG", "en_US.UTF-8")]);
    assert!(en.stdout.contains("Examples:"), "{}", en.stdout);
    let equals = run(&["--lang=zh", "check", "--help"], &[]);
    assert!(equals.stdout.contains("给出结论"), "{}", equals.stdout);
}

/// The pseudo-terminal reader gives each byte as a character; a Chinese needle is matched in
/// that form.
#[cfg(unix)]
fn as_read(text: &str) -> String {
    text.bytes().map(char::from).collect()
}

#[cfg(unix)]
fn guide_in_pty(env: &[(&str, &str)]) -> (rexpect::session::PtySession, tempfile::TempDir) {
    use rexpect::reader::Options;
    let home = tempfile::TempDir::new().unwrap();
    let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("esim-hotspot"));
    cmd.arg("guide")
        .env("ESIM_HOTSPOT_PROFILE", home.path().join("profile.yaml"))
        .env("TERM", "xterm")
        .env("NO_COLOR", "1");
    for name in [
        "LC_ALL",
        "LC_MESSAGES",
        "LANG",
        "ESIM_HOTSPOT_LANG",
        "ESIM_HOTSPOT_KB",
    ] {
        cmd.env_remove(name);
    }
    for (name, value) in env {
        cmd.env(name, value);
    }
    let options = Options::default()
        .timeout_ms(Some(15_000))
        .strip_ansi_escape_codes(false);
    (
        rexpect::session::spawn_with_options(cmd, options).unwrap(),
        home,
    )
}

#[cfg(unix)]
#[test]
fn the_guide_asks_in_chinese_under_a_chinese_locale() {
    let (mut guide, _home) = guide_in_pty(&[("LANG", "zh_CN.UTF-8")]);
    guide.exp_string(&as_read("eSIM 是哪家运营商")).unwrap();
    guide.send("\u{3}").unwrap();
    guide.flush().unwrap();
    let _ = guide.exp_eof();
}

#[cfg(unix)]
#[test]
fn the_guide_switches_to_chinese_at_the_first_question_and_saves_the_choice() {
    let (mut guide, home) = guide_in_pty(&[("LANG", "en_US.UTF-8")]);
    guide.exp_string("Which carrier").unwrap();
    guide.send("中文").unwrap();
    guide.send("\r").unwrap();
    guide.flush().unwrap();
    guide.exp_string(&as_read("eSIM 是哪家运营商")).unwrap();
    guide.send("T-Mobile\r").unwrap();
    guide.flush().unwrap();
    guide.exp_string(&as_read("哪个套餐")).unwrap();
    guide.send("Go5G Plus\r").unwrap();
    guide.flush().unwrap();
    guide.exp_string(&as_read("哪款手机")).unwrap();
    guide.send("iPhone 15\r").unwrap();
    guide.flush().unwrap();
    guide.exp_string(&as_read("手机是在哪里买的")).unwrap();
    guide.send("\x1b[B\x1b[B\r").unwrap();
    guide.flush().unwrap();
    let report = guide.exp_string(&as_read("保存这些回答")).unwrap();
    assert!(report.contains(&as_read("不行")), "{report}");
    guide.send("y").unwrap();
    guide.flush().unwrap();
    let _ = guide.exp_eof();
    let saved = std::fs::read_to_string(home.path().join("profile.yaml")).unwrap();
    assert!(saved.contains("lang: zh"), "{saved}");
    // check --profile speaks the saved language.
    let out = esim()
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("ESIM_HOTSPOT_LANG")
        .env("ESIM_HOTSPOT_PROFILE", home.path().join("profile.yaml"))
        .args(["check", "--profile", "--color", "never"])
        .output()
        .unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(stdout.contains("不行"), "{stdout}");
}

#[test]
fn kb_validate_warns_on_a_text_with_no_chinese_and_still_passes() {
    let kb = tempfile::TempDir::new().unwrap();
    std::fs::write(
        kb.path().join("rules.yaml"),
        "rules:\n  - id: roaming-note\n    severity: info\n    when: {fact: roaming, is: true}\n    message: \"Roaming: check the carrier's rules.\"\n    source: https://www.example.com/roaming\n",
    )
    .unwrap();
    let out = run(&["kb", "validate", kb.path().to_str().unwrap()], &[]);
    assert_eq!(out.code, 0, "{}{}", out.stdout, out.stderr);
    assert!(
        out.stdout
            .contains("warning: rules.yaml: \"roaming-note\" message has no zh text"),
        "{}",
        out.stdout
    );
    assert!(out.stdout.contains("knowledge base OK"), "{}", out.stdout);
    let built_in = run(&["kb", "validate"], &[]);
    assert!(!built_in.stdout.contains("warning"), "{}", built_in.stdout);
}

#[cfg(unix)]
#[test]
fn a_yes_no_question_shows_its_keys_and_default_in_chinese() {
    let (mut guide, _home) = guide_in_pty(&[("LANG", "zh_CN.UTF-8")]);
    for (prompt, keys) in [
        ("eSIM 是哪家运营商", "T-Mobile\r"),
        ("哪个套餐", "Experience More\r"),
        ("哪款手机", "iPhone 14 Pro Max\r"),
        ("手机是在哪里买的", "\x1b[B\r"),
        ("eSIM 已经装到手机上了吗", "\x1b[B\r"),
        ("热点用的是哪种安全性类型", "\x1b[B\r"),
    ] {
        guide.exp_string(&as_read(prompt)).unwrap();
        guide.send(keys).unwrap();
        guide.flush().unwrap();
    }
    let shown = guide.exp_string(&as_read("(y 是 / n 否)")).unwrap();
    assert!(!shown.contains("(y/n)"), "{shown}");
    guide.send("\u{3}").unwrap();
    guide.flush().unwrap();
    let _ = guide.exp_eof();
}
