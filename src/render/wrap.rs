//! Reports wrapped to the terminal at word boundaries (between characters in Chinese), each
//! continuation lined up under the text it continues. A pipe gets lines as they are.

use textwrap::core::display_width;
use textwrap::{Options, WordSeparator, WordSplitter};

/// Narrower than this, a hanging indent leaves too little room: wrap flush left instead.
const MIN_TEXT_WIDTH: usize = 20;

/// `text` with each line longer than `width` columns broken at its word boundaries;
/// unchanged when `width` is `None` (not a terminal).
pub fn wrap(text: &str, width: Option<u16>) -> String {
    let Some(width) = width.map(usize::from) else {
        return text.to_string();
    };
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    for line in text.split_inclusive('\n') {
        let (body, end) = match line.strip_suffix('\n') {
            Some(body) => (body, "\n"),
            None => (line, ""),
        };
        if display_width(body) <= width {
            out.push_str(line);
            continue;
        }
        let hang = " ".repeat(hanging_indent(body));
        let hang = if width.saturating_sub(hang.len()) < MIN_TEXT_WIDTH {
            String::new()
        } else {
            hang
        };
        // Only Chinese needs breaks between characters; elsewhere a break at a hyphen would
        // cut a web address in two. A word longer than the line (an address) stays whole.
        let separator = if body.chars().any(is_wide) {
            WordSeparator::UnicodeBreakProperties
        } else {
            WordSeparator::AsciiSpace
        };
        let options = Options::new(width)
            .subsequent_indent(&hang)
            .word_separator(separator)
            .word_splitter(WordSplitter::NoHyphenation)
            .break_words(false);
        out.push_str(&textwrap::wrap(body, options).join("\n"));
        out.push_str(end);
    }
    out
}

/// Where a line's text starts: after its indent and a leading marker (`→ `, `- `, `3. `,
/// `[limit] `), so that wrapped lines read as one item.
fn hanging_indent(line: &str) -> usize {
    let text = line.trim_start_matches(' ');
    let indent = line.len() - text.len();
    let plain = console::strip_ansi_codes(text);
    let marker = if let Some(rest) = plain.strip_prefix('[') {
        rest.find("] ").map(|end| end + 3)
    } else if plain.starts_with("→ ") || plain.starts_with("- ") || plain.starts_with("• ") {
        Some(2)
    } else {
        let digits = plain.chars().take_while(char::is_ascii_digit).count();
        (digits > 0 && plain[digits..].starts_with(". ")).then_some(digits + 2)
    };
    indent + marker.unwrap_or(0)
}

/// CJK ideographs and full-width punctuation: text written without spaces between words.
fn is_wide(c: char) -> bool {
    matches!(c, '\u{2e80}'..='\u{9fff}' | '\u{f900}'..='\u{faff}' | '\u{ff00}'..='\u{ffef}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pipe_gets_the_lines_as_they_are() {
        let long = "word ".repeat(100);
        assert_eq!(wrap(&long, None), long);
    }

    #[test]
    fn lines_break_between_words_and_hang_under_their_marker() {
        let line = "  [limit] You have used 2.5 GB, all of the 2 GB of full-speed hotspot data: until the next billing cycle, hotspot is slowed.\n";
        let wrapped = wrap(line, Some(60));
        for l in wrapped.lines() {
            assert!(display_width(l) <= 60, "{l:?}");
        }
        let lines: Vec<&str> = wrapped.lines().collect();
        assert!(lines.len() > 1);
        assert!(lines[1].starts_with(&" ".repeat(10)), "{wrapped}");
        assert!(!lines[1].starts_with(&" ".repeat(11)), "{wrapped}");
        // No word is cut: every word of the line is whole in the output.
        for word in line.split_whitespace() {
            assert!(wrapped.split_whitespace().any(|w| w == word), "{word}");
        }
        assert!(wrapped.ends_with('\n'));
    }

    #[test]
    fn colour_codes_take_no_room_and_chinese_breaks_between_characters() {
        let tag = "\u{1b}[1;33m[limit]\u{1b}[0m";
        assert_eq!(hanging_indent(&format!("  {tag} text")), 10);
        let zh = "  → 向运营商询问热点在用完额度后降到什么速度，以及是否会完全停止；如果需要尽快恢复全速，可以问问有没有加购包。";
        let wrapped = wrap(zh, Some(40));
        for l in wrapped.lines() {
            assert!(display_width(l) <= 40, "{l:?}");
            assert!(l.starts_with("  "), "{l:?}");
        }
        assert!(wrapped.lines().count() > 2);
    }

    #[test]
    fn a_web_address_is_never_cut() {
        let url =
            "https://espanol.boostmobile.com/support/faq/plans-services/mobile-hotspot-add-on.html";
        let line = format!("Plan facts: {url} (the carrier's own page)");
        let wrapped = wrap(&line, Some(40));
        assert!(wrapped.lines().any(|l| l == url), "{wrapped}");
    }

    #[test]
    fn numbered_steps_hang_under_their_text() {
        assert_eq!(hanging_indent("  12. Open Settings"), 6);
        assert_eq!(hanging_indent("plain text"), 0);
    }
}
