//! Text a person reads: translatable KB strings, and escaping of text from a user's own files.

use std::borrow::Cow;
use std::fmt::Write as _;

use serde::Deserialize;

use crate::lang::Lang;

pub mod kb_string;
mod localized;

pub use kb_string::KbString;

/// A sentence from the knowledge base: plain English, or one entry a language.
#[derive(Debug, Clone, PartialEq, Eq, schemars::JsonSchema)]
// For the schema: it is read as an untagged enum of the two, by a faster hand (`localized`).
#[serde(untagged)]
pub enum LocalizedText {
    Plain(KbString),
    Translated(Translations),
}

#[derive(Debug, Clone, PartialEq, Eq, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Translations {
    pub en: KbString,
    #[serde(default)]
    pub zh: Option<KbString>,
}

impl LocalizedText {
    /// The English text, which every entry has.
    pub fn en(&self) -> &str {
        match self {
            LocalizedText::Plain(text) => text,
            LocalizedText::Translated(t) => &t.en,
        }
    }

    /// The text in `lang` where there is one, else the English; with the language it is in.
    pub fn in_lang(&self, lang: Lang) -> (&str, Lang) {
        match (self, lang) {
            (LocalizedText::Translated(Translations { zh: Some(zh), .. }), Lang::Zh) => {
                (zh, Lang::Zh)
            }
            _ => (self.en(), Lang::En),
        }
    }

    /// Every version of the text.
    pub fn all(&self) -> impl Iterator<Item = &str> {
        let zh = match self {
            LocalizedText::Translated(t) => t.zh.as_deref(),
            LocalizedText::Plain(_) => None,
        };
        std::iter::once(self.en()).chain(zh)
    }
}

/// Escapes what could rewrite a terminal or fake a line of the report: control characters
/// (a line break among them: text from a file is shown on one line), line and paragraph
/// separators, bidirectional overrides that make text read differently from what it is, and
/// zero-width characters that hide in names (fd's `sanitize` does much the same). Every
/// string that came from a file goes through here on its way to a terminal.
pub fn sanitize(text: &str) -> Cow<'_, str> {
    // Printable ASCII, most of what is shown, is safe as it is, and tested a byte at a time.
    if text.bytes().all(|b| matches!(b, b' '..=b'~')) || !text.chars().any(is_unsafe) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if is_unsafe(c) {
            let _ = write!(out, "\\u{{{:x}}}", c as u32);
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// Characters that are not plain visible text: see [`sanitize`]. `kb validate` refuses them
/// in names and ids.
pub fn is_unsafe(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{202a}'..='\u{202e}'
                | '\u{2066}'..='\u{2069}'
                | '\u{200b}'..='\u{200f}'
                | '\u{2028}'
                | '\u{2029}'
                | '\u{2060}'
                | '\u{061c}'
                | '\u{feff}'
        )
}

/// Words are compared without case, spaces or punctuation; `+` reads as "plus" so that
/// `Go5G+` and `Go5G Plus` meet, and `&` disappears so that `AT&T` is `att`.
pub fn normalize_name(name: &str) -> String {
    let name = plain_spelling(name);
    let mut out = String::with_capacity(name.len());
    for c in name.chars() {
        if c == '+' {
            out.push_str("plus");
        } else if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        }
    }
    out
}

/// Full-width letters, digits and signs (what a Chinese or Japanese input method types:
/// "１５ＧＢ") as their ASCII forms, and the ideographic space and full stop ("17。4") as
/// a space and a dot. Everything else is left alone.
pub fn halfwidth(text: &str) -> std::borrow::Cow<'_, str> {
    if text.is_ascii() {
        return std::borrow::Cow::Borrowed(text);
    }
    text.chars()
        .map(|c| match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            '\u{3000}' => ' ',
            '\u{3002}' => '.',
            _ => c,
        })
        .collect::<String>()
        .into()
}

/// Brand names as Chinese speakers write them (simplified and traditional), so that
/// 三星 S24 finds the Galaxy S24 and 小米14 the Xiaomi 14. 苹果 reads as "iPhone", the
/// way 苹果15 means the iPhone 15.
const BRANDS_IN_CHINESE: &[(&str, &str)] = &[
    ("苹果手机", "iphone"),
    ("蘋果手機", "iphone"),
    ("苹果", "iphone"),
    ("蘋果", "iphone"),
    ("三星", "samsung"),
    ("谷歌", "google"),
    ("小米", "xiaomi"),
    ("红米", "redmi"),
    ("紅米", "redmi"),
    ("华为", "huawei"),
    ("華為", "huawei"),
    ("一加", "oneplus"),
    ("摩托罗拉", "motorola"),
    ("摩托羅拉", "motorola"),
    ("欧珀", "oppo"),
    ("歐珀", "oppo"),
    ("维沃", "vivo"),
    ("維沃", "vivo"),
];

/// Text as a name it may spell: full-width forms as ASCII, brands written in Chinese in Latin
/// letters. Name matching and the guide's search both read what people type through it.
pub fn plain_spelling(text: &str) -> std::borrow::Cow<'_, str> {
    if text.is_ascii() {
        return std::borrow::Cow::Borrowed(text);
    }
    std::borrow::Cow::Owned(latin_brand_names(&halfwidth(text)).into_owned())
}

fn latin_brand_names(name: &str) -> std::borrow::Cow<'_, str> {
    if name.is_ascii() {
        return std::borrow::Cow::Borrowed(name);
    }
    let mut out = name.to_string();
    for (chinese, latin) in BRANDS_IN_CHINESE {
        out = out.replace(chinese, latin);
    }
    std::borrow::Cow::Owned(out)
}

/// A word as it is typed in a shell: as it is when it holds only letters, digits and `-_.+`,
/// else in single quotes (a quote inside written `'\''`), so that a command shown to be run
/// again or to list more reads back as the same word.
pub fn shell_quote(value: &str) -> String {
    if value
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || "-_.+".contains(c))
    {
        value.to_string()
    } else {
        format!("'{}'", value.replace('\'', r"'\''"))
    }
}

/// Two sentences as one text: a space between them after Latin punctuation, none after
/// full-width punctuation (`。`, `？`, `：`), which carries its own spacing in Chinese.
pub fn sentences(first: &str, second: &str) -> String {
    format!("{first}{}{second}", gap_after(first))
}

/// The space that follows `text` before more: none after full-width punctuation.
pub fn gap_after(text: &str) -> &'static str {
    let full_width = text
        .chars()
        .next_back()
        .is_some_and(|c| matches!(c, '\u{3000}'..='\u{303f}' | '\u{ff00}'..='\u{ffef}'));
    match full_width {
        true => "",
        false => " ",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_is_quoted_for_the_shell_where_it_needs_it() {
        assert_eq!(shell_quote("go5g-plus"), "go5g-plus");
        assert_eq!(shell_quote("Go5G Plus"), "'Go5G Plus'");
        assert_eq!(shell_quote("at&t"), "'at&t'");
        assert_eq!(shell_quote("it's"), r"'it'\''s'");
        assert_eq!(shell_quote("华为"), "'华为'");
    }

    #[test]
    fn sentences_are_spaced_as_their_script_spaces_them() {
        assert_eq!(
            sentences("No plan.", "Give --carrier."),
            "No plan. Give --carrier."
        );
        assert_eq!(
            sentences("没有这个套餐？", "请提供 --carrier。"),
            "没有这个套餐？请提供 --carrier。"
        );
        assert_eq!(sentences("没有。", "x"), "没有。x");
    }

    #[test]
    fn control_and_bidi_characters_are_escaped() {
        assert_eq!(sanitize("ok\x1b[31mred"), "ok\\u{1b}[31mred");
        assert_eq!(sanitize("a\u{202e}b"), "a\\u{202e}b");
        assert_eq!(sanitize("line\n YES 中文"), "line\\u{a} YES 中文");
        assert_eq!(sanitize("a\u{2028}b\u{200b}c"), "a\\u{2028}b\\u{200b}c");
        assert_eq!(sanitize("Pine Telecom 中文"), "Pine Telecom 中文");
    }

    #[test]
    fn full_width_input_reads_as_ascii() {
        assert_eq!(halfwidth("１．５ＧＢ"), "1.5GB");
        assert_eq!(halfwidth("17。4"), "17.4");
        assert_eq!(halfwidth("中文 ok"), "中文 ok");
    }

    #[test]
    fn names_meet_across_spelling() {
        assert_eq!(normalize_name("T-Mobile"), normalize_name("tmobile"));
        assert_eq!(normalize_name("AT&T"), "att");
        assert_eq!(normalize_name("Go5G Plus"), normalize_name("go5g+"));
        assert_eq!(normalize_name("go5g-plus"), "go5gplus");
        assert_eq!(normalize_name("小米 14"), "xiaomi14");
        assert_eq!(normalize_name("ｉＰｈｏｎｅ　１５"), "iphone15");
        assert_eq!(
            normalize_name("蘋果15 Pro"),
            normalize_name("iPhone 15 Pro")
        );
    }

    #[test]
    fn text_is_plain_or_translated() {
        let plain: LocalizedText = serde_yaml::from_str("hello").unwrap();
        assert_eq!(plain.en(), "hello");
        let both: LocalizedText = serde_yaml::from_str("{en: hello, zh: 你好}").unwrap();
        assert_eq!(both.en(), "hello");
    }
}
