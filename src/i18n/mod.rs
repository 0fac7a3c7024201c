//! The words a person reads, in their language: one Fluent catalog a language
//! (`en.ftl`, `zh.ftl` beside this file), compiled into the binary. Only the catalog of the
//! language in use is parsed, the first time a message is needed.
//!
//! The language is chosen once, at start: `--lang`, else `ESIM_HOTSPOT_LANG`, else the locale
//! (`LC_ALL`, `LC_MESSAGES`, `LANG`; any `zh` locale is Chinese), else English.

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};

pub use fluent_bundle::FluentArgs as Args;

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

    fn catalog(self) -> &'static str {
        match self {
            Lang::En => include_str!("en.ftl"),
            Lang::Zh => include_str!("zh.ftl"),
        }
    }
}

thread_local! {
    /// The language of the thread that speaks: the program's main thread. Kept per thread so
    /// that tests running side by side can each speak their own.
    static CURRENT: std::cell::Cell<Lang> = const { std::cell::Cell::new(Lang::En) };
}

/// Chooses the language every later message (on this thread) is in.
pub fn set_lang(lang: Lang) {
    CURRENT.with(|current| current.set(lang));
}

pub fn lang() -> Lang {
    CURRENT.with(std::cell::Cell::get)
}

static BUNDLES: [OnceLock<FluentBundle<FluentResource>>; 2] = [OnceLock::new(), OnceLock::new()];

fn bundle(lang: Lang) -> &'static FluentBundle<FluentResource> {
    BUNDLES[lang as usize].get_or_init(|| {
        // The catalogs are part of the binary and a test parses both, so a failure here is a
        // build that should never have passed; the messages that did parse are still used.
        let resource = FluentResource::try_new(lang.catalog().to_string())
            .unwrap_or_else(|(partial, _)| partial);
        let id = lang.code().parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        // Isolation marks around arguments would reach the terminal as invisible characters.
        bundle.set_use_isolating(false);
        let _ = bundle.add_resource(resource);
        bundle
    })
}

/// Message `id` in the current language, with `args` put in; English where the current
/// language lacks it, and the id itself where English does too.
pub fn message(id: &str, args: Option<&FluentArgs>) -> String {
    message_in(lang(), id, args)
}

pub fn message_in(lang: Lang, id: &str, args: Option<&FluentArgs>) -> String {
    for lang in [lang, Lang::En] {
        let bundle = bundle(lang);
        if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
            let mut errors = Vec::new();
            return bundle
                .format_pattern(pattern, args, &mut errors)
                .into_owned();
        }
    }
    id.to_string()
}

/// `tr!("id")` or `tr!("id", name = value, …)`: a message in the current language.
#[macro_export]
macro_rules! tr {
    ($id:expr) => {
        $crate::i18n::message($id, None)
    };
    ($id:expr, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = $crate::i18n::Args::new();
        $(args.set(stringify!($name), $value);)+
        $crate::i18n::message($id, Some(&args))
    }};
}

#[cfg(test)]
mod tests;
