//! The README's example output is what the program prints: the set-up promises it.

mod support;

use support::run;

/// Each `console` block in the README: the command after `$ `, and the output under it.
fn console_examples(readme: &str) -> Vec<(String, String)> {
    let mut examples = Vec::new();
    let mut rest = readme;
    while let Some(start) = rest.find("```console\n$ ") {
        let block = &rest[start + "```console\n$ ".len()..];
        let end = block.find("```").expect("a closed code block");
        let (command, output) = block[..end]
            .split_once('\n')
            .expect("output under the command");
        examples.push((command.to_string(), output.to_string()));
        rest = &block[end..];
    }
    examples
}

/// Ages ("1 year old", "8 months old") follow today's date; the rest must match as printed.
fn without_ages(text: &str) -> String {
    let words: Vec<&str> = text.split(' ').collect();
    let is_age = |i: usize| {
        let unit = words.get(i + 1).copied().unwrap_or("");
        let old = words.get(i + 2).copied().unwrap_or("");
        words[i].parse::<u32>().is_ok()
            && ["day", "month", "year"].iter().any(|u| unit.starts_with(u))
            && old.starts_with("old")
    };
    let mut out = Vec::with_capacity(words.len());
    let mut i = 0;
    while i < words.len() {
        if is_age(i) {
            out.push("N units".to_string());
            i += 2;
        } else {
            out.push(words[i].to_string());
            i += 1;
        }
    }
    out.join(" ")
}

#[test]
fn ages_are_set_aside_and_nothing_else() {
    assert_eq!(
        without_ages("page dated 2025-06-19, 1 year old; checked"),
        without_ages("page dated 2025-06-19, 3 years old; checked")
    );
    assert_ne!(
        without_ages("200 GB at full speed"),
        without_ages("60 GB at full speed")
    );
}

#[test]
fn the_readme_examples_print_what_the_readme_shows() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/README.md"))
        .expect("README.md is readable");
    let examples = console_examples(&readme);
    assert!(!examples.is_empty(), "the README shows at least one run");
    for (command, shown) in examples {
        let words = shell_words(&command);
        assert_eq!(words[0], "esim-hotspot", "{command}");
        let args: Vec<&str> = words[1..].iter().map(String::as_str).collect();
        let printed = run(&args).stdout;
        assert_eq!(
            without_ages(printed.trim_end()),
            without_ages(shown.trim_end()),
            "README example `{command}` no longer matches"
        );
    }
}

/// Splits a command line the way a shell would for the simple quoting the README uses.
fn shell_words(line: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut quote = None;
    for c in line.chars() {
        match (quote, c) {
            (None, '"' | '\'') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (None, ' ') => {
                if !word.is_empty() {
                    words.push(std::mem::take(&mut word));
                }
            }
            _ => word.push(c),
        }
    }
    if !word.is_empty() {
        words.push(word);
    }
    words
}
