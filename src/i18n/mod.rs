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

pub use crate::lang::Lang;

/// The catalog of a language, as written.
fn catalog(lang: Lang) -> &'static str {
    match lang {
        Lang::En => include_str!("en.ftl"),
        Lang::Zh => include_str!("zh.ftl"),
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
        let resource = FluentResource::try_new(catalog(lang).to_string())
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
