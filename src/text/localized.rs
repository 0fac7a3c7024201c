//! Reading a [`LocalizedText`]: a string, or `{en, zh}`, or `[en, zh]`.
//!
//! It reads exactly what `#[serde(untagged)]` over `Plain(String)` and `Translated(Translations)`
//! read, and refuses the rest with the same words at the same place, but without what makes an
//! untagged enum slow: a copy of the value in serde's own form, and an error built and thrown
//! away for each variant that does not fit. A knowledge base holds thousands of these texts.
//!
//! The value is taken in whole first, never failing on its shape; whether it is a text is
//! decided after, so the error is raised where an untagged enum raises it.

use std::fmt;

use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;

use super::{KbString, LocalizedText, Translations};

/// What an untagged enum says when no variant fits.
const NO_VARIANT: &str = "data did not match any variant of untagged enum LocalizedText";
/// What serde says of a YAML tag (`!x`) where an untagged enum is read.
const NO_ENUM: &str = "untagged and internally tagged enums do not support enum input";

impl<'de> Deserialize<'de> for LocalizedText {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer
            .deserialize_any(TextVisitor)?
            .ok_or_else(|| de::Error::custom(NO_VARIANT))
    }
}

/// Reads any value; gives the text it is, or `None`.
struct TextVisitor;

impl<'de> Visitor<'de> for TextVisitor {
    type Value = Option<LocalizedText>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a text, or its translations")
    }

    fn visit_borrowed_str<E>(self, text: &'de str) -> Result<Self::Value, E> {
        Ok(Some(LocalizedText::Plain(KbString::read(text))))
    }

    fn visit_str<E>(self, text: &str) -> Result<Self::Value, E> {
        Ok(Some(LocalizedText::Plain(text.into())))
    }

    fn visit_string<E>(self, text: String) -> Result<Self::Value, E> {
        Ok(Some(LocalizedText::Plain(text.into())))
    }

    fn visit_char<E>(self, c: char) -> Result<Self::Value, E> {
        Ok(Some(LocalizedText::Plain(c.to_string().into())))
    }

    fn visit_bytes<E>(self, bytes: &[u8]) -> Result<Self::Value, E> {
        Ok(std::str::from_utf8(bytes)
            .ok()
            .map(|text| LocalizedText::Plain(text.into())))
    }

    fn visit_bool<E>(self, _: bool) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_i64<E>(self, _: i64) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_u64<E>(self, _: u64) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_f64<E>(self, _: f64) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_unit<E>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_none<E>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_some<D: Deserializer<'de>>(self, inner: D) -> Result<Self::Value, D::Error> {
        Loose::deserialize(inner).map(|_| None)
    }

    fn visit_newtype_struct<D: Deserializer<'de>>(self, inner: D) -> Result<Self::Value, D::Error> {
        Loose::deserialize(inner).map(|_| None)
    }

    fn visit_enum<A: de::EnumAccess<'de>>(self, _: A) -> Result<Self::Value, A::Error> {
        Err(de::Error::custom(NO_ENUM))
    }

    /// `[en]` or `[en, zh]`, as serde reads a struct written as a list.
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element::<Loose>()? {
            items.push(item);
        }
        let mut items = items.into_iter();
        let (Some(Loose::Text(en)), zh, None) = (items.next(), items.next(), items.next()) else {
            return Ok(None);
        };
        Ok(translations(en, zh))
    }

    /// `{en: …, zh: …}`: `en` once, `zh` at most once, nothing else.
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let (mut en, mut zh, mut fits) = (None, None, true);
        while let Some(key) = map.next_key::<Key>()? {
            let value = map.next_value::<Loose>()?;
            let slot = match key {
                Key::En => &mut en,
                Key::Zh => &mut zh,
                Key::Other => {
                    fits = false;
                    continue;
                }
            };
            fits &= slot.replace(value).is_none();
        }
        match (fits, en) {
            (true, Some(Loose::Text(en))) => Ok(translations(en, zh)),
            _ => Ok(None),
        }
    }
}

/// The translations, if `zh` is a text or nothing.
fn translations(en: KbString, zh: Option<Loose>) -> Option<LocalizedText> {
    let zh = match zh {
        None | Some(Loose::Null) => None,
        Some(Loose::Text(zh)) => Some(zh),
        Some(Loose::Index(_) | Loose::Other) => return None,
    };
    Some(LocalizedText::Translated(Translations { en, zh }))
}

/// A value taken in whole, kept only as far as a text needs it.
enum Loose {
    Text(KbString),
    /// A whole number, which as a key names a field by its place.
    Index(u64),
    Null,
    Other,
}

impl<'de> Deserialize<'de> for Loose {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(LooseVisitor)
    }
}

struct LooseVisitor;

impl<'de> Visitor<'de> for LooseVisitor {
    type Value = Loose;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any value")
    }

    fn visit_borrowed_str<E>(self, text: &'de str) -> Result<Loose, E> {
        Ok(Loose::Text(KbString::read(text)))
    }

    fn visit_str<E>(self, text: &str) -> Result<Loose, E> {
        Ok(Loose::Text(text.into()))
    }

    fn visit_string<E>(self, text: String) -> Result<Loose, E> {
        Ok(Loose::Text(text.into()))
    }

    fn visit_char<E>(self, c: char) -> Result<Loose, E> {
        Ok(Loose::Text(c.to_string().into()))
    }

    fn visit_bytes<E>(self, bytes: &[u8]) -> Result<Loose, E> {
        Ok(match std::str::from_utf8(bytes) {
            Ok(text) => Loose::Text(text.into()),
            Err(_) => Loose::Other,
        })
    }

    fn visit_bool<E>(self, _: bool) -> Result<Loose, E> {
        Ok(Loose::Other)
    }

    fn visit_i64<E>(self, _: i64) -> Result<Loose, E> {
        Ok(Loose::Other)
    }

    fn visit_u64<E>(self, n: u64) -> Result<Loose, E> {
        Ok(Loose::Index(n))
    }

    fn visit_f64<E>(self, _: f64) -> Result<Loose, E> {
        Ok(Loose::Other)
    }

    fn visit_unit<E>(self) -> Result<Loose, E> {
        Ok(Loose::Null)
    }

    fn visit_none<E>(self) -> Result<Loose, E> {
        Ok(Loose::Null)
    }

    /// Serde reads `Some(text)` as the text where an `Option<String>` is wanted, and as no
    /// text where a `String` is; neither occurs in YAML or JSON.
    fn visit_some<D: Deserializer<'de>>(self, inner: D) -> Result<Loose, D::Error> {
        Loose::deserialize(inner).map(|_| Loose::Other)
    }

    fn visit_newtype_struct<D: Deserializer<'de>>(self, inner: D) -> Result<Loose, D::Error> {
        Loose::deserialize(inner).map(|_| Loose::Other)
    }

    fn visit_enum<A: de::EnumAccess<'de>>(self, _: A) -> Result<Loose, A::Error> {
        Err(de::Error::custom(NO_ENUM))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Loose, A::Error> {
        while seq.next_element::<Loose>()?.is_some() {}
        Ok(Loose::Other)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Loose, A::Error> {
        while map.next_entry::<Loose, Loose>()?.is_some() {}
        Ok(Loose::Other)
    }
}

/// A key of `{en, zh}`, as serde tells a struct's fields: by name, or by place (`0: …`).
enum Key {
    En,
    Zh,
    Other,
}

impl<'de> Deserialize<'de> for Key {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Ok(match Loose::deserialize(deserializer)? {
            Loose::Text(name) if name == "en" => Key::En,
            Loose::Text(name) if name == "zh" => Key::Zh,
            Loose::Index(0) => Key::En,
            Loose::Index(1) => Key::Zh,
            _ => Key::Other,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What the derived untagged enum reads; the hand-written reader must read the same.
    mod derived {
        use super::Translations;

        #[derive(Debug, serde::Deserialize)]
        #[serde(untagged)]
        pub enum LocalizedText {
            Plain(String),
            Translated(Translations),
        }
    }
    use derived::LocalizedText as Untagged;

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Fast {
        #[allow(dead_code)]
        id: String,
        text: LocalizedText,
    }

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Reference {
        #[allow(dead_code)]
        id: String,
        text: Untagged,
    }

    fn as_text(reference: Untagged) -> LocalizedText {
        match reference {
            Untagged::Plain(text) => LocalizedText::Plain(text.into()),
            Untagged::Translated(t) => LocalizedText::Translated(t),
        }
    }

    #[test]
    fn reads_what_an_untagged_enum_reads_and_refuses_it_in_the_same_words_and_place() {
        let values = [
            "hello",
            "'5'",
            "5",
            "-5",
            "1.5",
            "true",
            "~",
            "{en: hi}",
            "{en: hi, zh: 你好}",
            "{en: hi, zh: ~}",
            "{en: hi, zh: 5}",
            "{en: hi, fr: salut}",
            "{zh: 你好}",
            "{}",
            "{en: [x]}",
            "{en: {a: b}}",
            "{en: hi, en: again}",
            "{0: hi, 1: 你好}",
            "{0: hi, 2: x}",
            "{~: hi}",
            "{[a]: hi}",
            "[hi]",
            "[hi, 你好]",
            "[hi, ~]",
            "[hi, 你好, extra]",
            "[]",
            "[[hi]]",
            "!tag hi",
            "{en: !tag hi}",
            "[!tag hi]",
            "\n  en: hi\n  zh: 你好",
            "\n  - hi\n  - [x]",
        ];
        for value in values {
            for yaml in [
                format!("id: x\ntext: {value}\n"),
                format!("text: {value}\nid: x\n"),
            ] {
                let fast = serde_yaml::from_str::<Fast>(&yaml)
                    .map(|f| f.text)
                    .map_err(|e| e.to_string());
                let reference = serde_yaml::from_str::<Reference>(&yaml)
                    .map(|r| as_text(r.text))
                    .map_err(|e| e.to_string());
                assert_eq!(fast, reference, "{yaml}");
            }
        }
        for json in [
            r#"{"id": "x", "text": "hi"}"#,
            r#"{"id": "x", "text": {"en": "hi", "zh": "你好"}}"#,
            r#"{"id": "x", "text": {"en": "hi", "zh": null}}"#,
            r#"{"id": "x", "text": ["hi", "你好"]}"#,
            r#"{"id": "x", "text": 5}"#,
            r#"{"id": "x", "text": {"en": 5}}"#,
        ] {
            let fast = serde_json::from_str::<Fast>(json)
                .map(|f| f.text)
                .map_err(|e| e.to_string());
            let reference = serde_json::from_str::<Reference>(json)
                .map(|r| as_text(r.text))
                .map_err(|e| e.to_string());
            assert_eq!(fast, reference, "{json}");
        }
    }
}
