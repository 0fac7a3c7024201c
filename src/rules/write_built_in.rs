//! Writes the built-in rules as Rust: `src/rules/built_in.rs`, so that they lie in the
//! program, built with it, and a `check` reads none of them from text. Every `check` reads
//! every rule; read from the build's values through serde, the rules were a sixth of what a
//! `check` ran, and most of its allocations.
//!
//! The test below writes the file from `data/rules.yaml`, read as `kb validate` reads it, and
//! fails when what it wrote differs from what was there, as rust-analyzer's source generation
//! does: run `cargo test` once more and it passes. Until then the build sees that the file is
//! stale (`check_built_in_rules` in `src/build.rs`) and the program reads `rules.yaml` instead.

use std::fmt::Write as _;

use super::condition::{Condition, Op};
use super::Rule;
use crate::facts::{FactValue, FACTS};
use crate::text::LocalizedText;
use crate::units::{Allowance, Speed};

/// What comes before the rules: what the file is, and the helpers they are written with.
const PREAMBLE: &str = r#"//! The built-in rules, `data/rules.yaml`, as Rust. Written by `cargo test`
//! (`src/rules/write_built_in.rs`) from the file and the facts it reads; do not edit.

use std::borrow::Cow;

use super::condition::{Condition, Nested, Op::*, Test};
use super::{Rule, Severity::*};
use crate::facts::{FactValue, FactValue::*, Version, FACTS};
use crate::text::{KbString, LocalizedText, Translations};
use crate::units::{Allowance, Speed};

const fn text(text: &'static str) -> KbString {
    KbString::from_static(text)
}

const fn translated(en: &'static str, zh: Option<KbString>) -> LocalizedText {
    LocalizedText::Translated(Translations { en: text(en), zh })
}
"#;

/// The first line of the file, which the build reads to tell whether the file is current.
fn hash_line(hash: &str) -> String {
    format!("// source hash: {hash}\n")
}

/// The whole file: the hash of what it was written from, then the rules.
fn rust_of(rules: &[Rule], hash: &str) -> String {
    let mut out = hash_line(hash);
    out.push_str(PREAMBLE);
    out.push_str("\npub(crate) static RULES: &[Rule] = &[\n");
    for rule in rules {
        write_rule(rule, &mut out);
    }
    out.push_str("];\n");
    out
}

fn write_rule(rule: &Rule, out: &mut String) {
    let indent = " ".repeat(8);
    out.push_str("    Rule {\n");
    writeln!(out, "{indent}id: text({:?}),", rule.id.as_str()).unwrap();
    writeln!(out, "{indent}severity: {:?},", rule.severity).unwrap();
    write!(out, "{indent}when: ").unwrap();
    write_condition(&rule.when, 2, out);
    out.push_str(",\n");
    writeln!(out, "{indent}message: {},", text(&rule.message)).unwrap();
    let advice = rule.advice.as_ref().map(|a| format!("Some({})", text(a)));
    writeln!(
        out,
        "{indent}advice: {},",
        advice.as_deref().unwrap_or("None")
    )
    .unwrap();
    let source = rule
        .source
        .as_ref()
        .map(|s| format!("Some(text({:?}))", s.as_str()));
    writeln!(
        out,
        "{indent}source: {},",
        source.as_deref().unwrap_or("None")
    )
    .unwrap();
    writeln!(out, "{indent}examples: Vec::new(),").unwrap();
    out.push_str("    },\n");
}

/// A condition, its groups one part a line, each `depth` levels of four spaces in.
fn write_condition(condition: &Condition, depth: usize, out: &mut String) {
    let indent = "    ".repeat(depth + 1);
    let group = |name: &str, parts: &[Condition], out: &mut String| {
        writeln!(out, "Condition::{name}(Cow::Borrowed(&[").unwrap();
        for part in parts {
            out.push_str(&indent);
            write_condition(part, depth + 1, out);
            out.push_str(",\n");
        }
        write!(out, "{}]))", "    ".repeat(depth)).unwrap();
    };
    match condition {
        Condition::All(parts) => group("All", parts, out),
        Condition::Any(parts) => group("Any", parts, out),
        Condition::Not(inner) => {
            out.push_str("Condition::Not(Nested::Built(&");
            write_condition(inner, depth, out);
            out.push_str("))");
        }
        Condition::Test(test) => {
            let at = FACTS
                .iter()
                .position(|spec| std::ptr::eq(spec, test.fact))
                .expect("a rule's fact is one of FACTS");
            write!(
                out,
                "Condition::Test(Test {{ fact: &FACTS[{at}], op: {} }}) /* {} */",
                op(&test.op),
                test.fact.name
            )
            .unwrap();
        }
    }
}

fn op(op: &Op) -> String {
    match op {
        Op::Is(v) => format!("Is({})", value(v)),
        Op::IsNot(v) => format!("IsNot({})", value(v)),
        Op::OneOf(vs) => {
            let values: Vec<String> = vs.iter().map(value).collect();
            format!("OneOf(Cow::Borrowed(&[{}]))", values.join(", "))
        }
        Op::LessThan(v) => format!("LessThan({})", value(v)),
        Op::AtMost(v) => format!("AtMost({})", value(v)),
        Op::GreaterThan(v) => format!("GreaterThan({})", value(v)),
        Op::AtLeast(v) => format!("AtLeast({})", value(v)),
        Op::Present(want) => format!("Present({want})"),
    }
}

fn value(value: &FactValue) -> String {
    match value {
        FactValue::Bool(b) => format!("Bool({b})"),
        FactValue::Text(text) => format!("Text(text({:?}))", text.as_str()),
        FactValue::Size(Allowance::Bytes(n)) => format!("Size(Allowance::Bytes({n}))"),
        FactValue::Size(Allowance::Unlimited) => "Size(Allowance::Unlimited)".into(),
        FactValue::Speed(Speed::Kbps(n)) => format!("Speed(Speed::Kbps({n}))"),
        FactValue::Speed(Speed::Blocked) => "Speed(Speed::Blocked)".into(),
        FactValue::Version(version) => {
            format!(
                "FactValue::Version(Version(Cow::Borrowed(&{:?})))",
                version.0
            )
        }
        FactValue::Number(n) => format!("Number({n:?})"),
        // A rule's value is read as its fact's type, and no fact a rule can test is a phrase.
        FactValue::Phrase(phrase) => panic!("a rule compares with a phrase: {phrase:?}"),
    }
}

fn text(text: &LocalizedText) -> String {
    match text {
        LocalizedText::Plain(text) => {
            format!("LocalizedText::Plain(text({:?}))", text.as_str())
        }
        LocalizedText::Translated(t) => {
            let zh =
                t.zh.as_ref()
                    .map(|zh| format!("Some(text({:?}))", zh.as_str()));
            format!(
                "translated({:?}, {})",
                t.en.as_str(),
                zh.as_deref().unwrap_or("None")
            )
        }
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::kb::Library;

    /// The file is what the rules as written make of it; where it is not, it is written again
    /// and the test fails once, to be run again.
    #[test]
    fn the_built_in_rules_as_rust_are_current() {
        let rules = Library::embedded().rules_with_examples().unwrap();
        let written = rust_of(&rules, env!("ESIM_HOTSPOT_RULES_HASH"));
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/rules/built_in.rs");
        let there = std::fs::read_to_string(&path).unwrap_or_default();
        if there != written {
            std::fs::write(&path, written).unwrap();
            panic!(
                "src/rules/built_in.rs was not what data/rules.yaml makes of it, and has been \
                 written again: run the tests once more"
            );
        }
    }

    /// The rules a `check` uses are those `kb validate` reads, but for their examples.
    #[cfg(not(stale_built_in_rules))]
    #[test]
    fn the_built_in_rules_are_the_rules_as_written() {
        let mut written = Library::embedded().rules_with_examples().unwrap();
        written.iter_mut().for_each(|rule| rule.examples.clear());
        let built = super::super::built_in::RULES;
        assert_eq!(format!("{built:#?}"), format!("{written:#?}"));
    }
}
