//! The languages the program speaks, as plain values: a situation or a text can name one
//! without knowing any of its words (those are in `i18n`).

/// A language the program speaks.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    serde::Serialize,
    serde::Deserialize,
    schemars::JsonSchema,
)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    En,
    Zh,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Zh];

    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Zh => "zh",
        }
    }

    /// A language as people write it: `en`, `zh`, `zh-CN`, `zh_TW.UTF-8`, `中文`, `chinese`.
    pub fn parse(text: &str) -> Option<Lang> {
        let text = text.trim().to_lowercase();
        let base = text.split(['-', '_', '.', '@']).next().unwrap_or_default();
        match base {
            "en" | "english" | "英文" | "英语" => Some(Lang::En),
            "zh" | "cn" | "chinese" | "中文" | "汉语" | "简体中文" => Some(Lang::Zh),
            _ => None,
        }
    }

    /// The locale's language: the first of `LC_ALL`, `LC_MESSAGES` and `LANG` that is set and
    /// not empty, as POSIX orders them. Any `zh` locale is Chinese; anything else English.
    pub fn from_locale(var: impl Fn(&str) -> Option<String>) -> Lang {
        ["LC_ALL", "LC_MESSAGES", "LANG"]
            .iter()
            .filter_map(|name| var(name))
            .find(|value| !value.is_empty())
            .and_then(|value| Lang::parse(&value))
            .unwrap_or(Lang::En)
    }
}
