//! The knowledge base's own words come in Chinese too: every rule's message and advice,
//! every setup step and every troubleshooting fix has a `zh` text, with the same
//! placeholders as the English and Chinese punctuation.

use esim_hotspot::kb::Library;
use esim_hotspot::rules::placeholders;
use esim_hotspot::text::LocalizedText;

/// The Chinese text of a KB sentence, or why there is none.
fn chinese<'a>(text: &'a LocalizedText, what: &str) -> Result<&'a str, String> {
    match text {
        LocalizedText::Translated(t) => match t.zh.as_deref() {
            Some(zh) if !zh.trim().is_empty() => Ok(zh),
            _ => Err(format!("{what}: no Chinese text")),
        },
        LocalizedText::Plain(_) => Err(format!("{what}: English only")),
    }
}

fn sorted_placeholders(text: &str) -> Vec<&str> {
    let mut names: Vec<&str> = placeholders(text).collect();
    names.sort_unstable();
    names
}

/// Text outside `code` and `{placeholders}`, where Chinese punctuation belongs.
fn prose(text: &str) -> String {
    let mut out = String::new();
    let (mut in_code, mut in_placeholder) = (false, false);
    for c in text.chars() {
        match c {
            '`' => in_code = !in_code,
            '{' if !in_code => in_placeholder = true,
            '}' if in_placeholder => in_placeholder = false,
            _ if in_code || in_placeholder => {}
            _ => out.push(c),
        }
    }
    out
}

/// ASCII punctuation that Chinese text writes full-width. A dot is fine between digits
/// (12.1, 2.4 GHz); `>` is a menu path's separator, `/` and `-` belong to names (WPA2/WPA3,
/// Wi-Fi, --used).
fn half_width_punctuation(text: &str) -> Vec<char> {
    let chars: Vec<char> = prose(text).chars().collect();
    let mut found = Vec::new();
    for (i, &c) in chars.iter().enumerate() {
        let between_digits = i > 0
            && chars[i - 1].is_ascii_digit()
            && chars.get(i + 1).is_some_and(|n| n.is_ascii_digit());
        let wrong = match c {
            ',' | ';' | ':' | '?' | '!' | '(' | ')' | '"' => true,
            '.' => !between_digits,
            _ => false,
        };
        if wrong {
            found.push(c);
        }
    }
    found
}

fn check(text: &LocalizedText, what: &str, problems: &mut Vec<String>) {
    let zh = match chinese(text, what) {
        Ok(zh) => zh,
        Err(problem) => return problems.push(problem),
    };
    if sorted_placeholders(zh) != sorted_placeholders(text.en()) {
        problems.push(format!(
            "{what}: placeholders {:?} in Chinese, {:?} in English",
            sorted_placeholders(zh),
            sorted_placeholders(text.en())
        ));
    }
    if !zh.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)) {
        problems.push(format!(
            "{what}: the Chinese text has no Chinese in it: {zh}"
        ));
    }
    let punctuation = half_width_punctuation(zh);
    if !punctuation.is_empty() {
        problems.push(format!(
            "{what}: half-width punctuation {punctuation:?} in Chinese text: {zh}"
        ));
    }
}

#[test]
fn every_rule_speaks_chinese_with_the_same_placeholders() {
    let rules = Library::embedded().rules().unwrap();
    let mut problems = Vec::new();
    for rule in rules.iter() {
        check(
            &rule.message,
            &format!("{} message", rule.id),
            &mut problems,
        );
        if let Some(advice) = &rule.advice {
            check(advice, &format!("{} advice", rule.id), &mut problems);
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn every_step_and_fix_speaks_chinese() {
    let steps = Library::embedded().steps().unwrap();
    let mut problems = Vec::new();
    for guide in &steps.guides {
        check(&guide.title, &format!("{} title", guide.id), &mut problems);
        for (i, step) in guide.steps.iter().enumerate() {
            check(step, &format!("{} step {}", guide.id, i + 1), &mut problems);
        }
    }
    for trouble in &steps.troubleshooting {
        check(
            &trouble.problem,
            &format!("{} problem", trouble.id),
            &mut problems,
        );
        for (i, fix) in trouble.fixes.iter().enumerate() {
            check(fix, &format!("{} fix {}", trouble.id, i + 1), &mut problems);
        }
    }
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn the_punctuation_check_knows_numbers_from_sentences() {
    assert!(half_width_punctuation("需要 iOS 12.1 或更高版本；2.4 GHz。").is_empty());
    assert!(
        half_width_punctuation("用 `esim-hotspot check --plan x.y` 查看：{plan.name}。").is_empty()
    );
    assert_eq!(
        half_width_punctuation("热点, 套餐. (说明)"),
        [',', '.', '(', ')']
    );
}
