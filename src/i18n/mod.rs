//! The words a person reads, in their language: one Fluent catalog a language
//! (`en.ftl`, `zh.ftl` beside this file), compiled into the binary. The build reads most
//! messages into pieces that are put together as they are said; the others are parsed by
//! Fluent, each the first time it is needed.
//!
//! The language is chosen once, at start: `--lang`, else `ESIM_HOTSPOT_LANG`, else the locale
//! (`LC_ALL`, `LC_MESSAGES`, `LANG`; any `zh` locale is Chinese), else English.

use std::sync::{Mutex, OnceLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::resolver::errors::ReferenceKind;
use fluent_bundle::resolver::ResolverError;
use fluent_bundle::{FluentArgs, FluentError, FluentResource};

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

/// Where each message of a catalog is: its id, the byte range of its lines and, for a message
/// made of text, arguments and selectors on them, its pieces; in id order (made by the build
/// from the catalogs).
mod index {
    use super::{Entry, Piece};
    include!(concat!(env!("OUT_DIR"), "/catalogs.rs"));
}

type Entry = (&'static str, usize, usize, Option<&'static [Piece]>);

/// A piece of a message the build has read.
#[derive(Debug)]
enum Piece {
    Text(&'static str),
    /// An argument, put in as given.
    Arg(&'static str),
    /// A selector on an argument: each variant's key and pieces, and which one is the default.
    Select(
        &'static str,
        &'static [(&'static str, &'static [Piece])],
        usize,
    ),
}

fn index(lang: Lang) -> &'static [Entry] {
    match lang {
        Lang::En => index::EN,
        Lang::Zh => index::ZH,
    }
}

/// Where message `id` is in `lang`'s index, if the catalog has it.
fn position(lang: Lang, id: &str) -> Option<usize> {
    index(lang).binary_search_by_key(&id, |entry| entry.0).ok()
}

/// A language's catalog, parsed a message at a time as messages are asked for: a command
/// says a few dozen of its four hundred messages, and parsing the whole catalog cost more
/// than the rest of a `check`.
struct Catalog {
    lang: Lang,
    /// Whether each entry of the index is in the bundle yet.
    parsed: Vec<bool>,
    bundle: FluentBundle<FluentResource>,
}

static CATALOGS: [OnceLock<Mutex<Catalog>>; 2] = [OnceLock::new(), OnceLock::new()];

impl Catalog {
    fn new(lang: Lang) -> Catalog {
        let id = lang.code().parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        // Isolation marks around arguments would reach the terminal as invisible characters.
        bundle.set_use_isolating(false);
        Catalog {
            lang,
            parsed: vec![false; index(lang).len()],
            bundle,
        }
    }

    /// Parses entry `id` into the bundle; false if it is there already or the catalog lacks it.
    fn load(&mut self, id: &str) -> bool {
        let Some(at) = position(self.lang, id) else {
            return false;
        };
        if std::mem::replace(&mut self.parsed[at], true) {
            return false;
        }
        let (_, start, end, _) = index(self.lang)[at];
        let source = catalog(self.lang)[start..end].to_string();
        // The catalogs are part of the binary and a test parses both, so a failure here is a
        // build that should never have passed; what did parse is still used.
        let resource = FluentResource::try_new(source).unwrap_or_else(|(partial, _)| partial);
        let _ = self.bundle.add_resource(resource);
        true
    }

    /// Message `id` with `args` put in, parsing it and the messages it refers to first.
    fn format(&mut self, id: &str, args: Option<&FluentArgs>) -> Option<String> {
        self.load(id);
        loop {
            let pattern = self.bundle.get_message(id)?.value()?;
            let mut errors = Vec::new();
            let text = self
                .bundle
                .format_pattern(pattern, args, &mut errors)
                .into_owned();
            // A message refers to another (`{ value-example }`): parse that one, and again.
            let referred: Vec<String> = errors.iter().filter_map(referred_entry).collect();
            if !referred.iter().any(|entry| self.load(entry)) {
                return Some(text);
            }
        }
    }
}

/// The entry a formatting error asks for, when it is one not parsed yet.
fn referred_entry(error: &FluentError) -> Option<String> {
    match error {
        FluentError::ResolverError(ResolverError::Reference(kind)) => match kind {
            ReferenceKind::Message { id, .. } => Some(id.clone()),
            ReferenceKind::Term { id, .. } => Some(format!("-{id}")),
            _ => None,
        },
        _ => None,
    }
}

/// Message `id` in the current language, with `args` put in; English where the current
/// language lacks it, and the id itself where English does too.
pub fn message(id: &str, args: Option<&FluentArgs>) -> String {
    message_in(lang(), id, args)
}

pub fn message_in(lang: Lang, id: &str, args: Option<&FluentArgs>) -> String {
    for lang in [lang, Lang::En] {
        if let Some(text) = filled_in(lang, id, args) {
            return text;
        }
        let catalog = CATALOGS[lang as usize].get_or_init(|| Mutex::new(Catalog::new(lang)));
        // A thread that panicked while formatting left the catalog whole: at worst an entry
        // parsed and not yet used.
        let mut catalog = catalog.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(text) = catalog.format(id, args) {
            return text;
        }
    }
    id.to_string()
}

/// Message `id` of `lang` put together without Fluent, from the pieces the build read, where
/// every argument it uses is given. Most messages are such, and parsing each one the first
/// time it was said cost a tenth of a quick answer. `None` leaves it to Fluent, which says
/// what is wrong with a missing argument.
fn filled_in(lang: Lang, id: &str, args: Option<&FluentArgs>) -> Option<String> {
    let pieces = index(lang)[position(lang, id)?].3?;
    let mut text = String::new();
    put_together(pieces, args, lang, &mut text)?;
    Some(text)
}

fn put_together(
    pieces: &[Piece],
    args: Option<&FluentArgs>,
    lang: Lang,
    text: &mut String,
) -> Option<()> {
    for piece in pieces {
        match piece {
            Piece::Text(part) => text.push_str(part),
            Piece::Arg(name) => match args?.get(*name)? {
                fluent_bundle::FluentValue::String(value) => text.push_str(value),
                // As Fluent writes a number it is given (no formatter is set).
                fluent_bundle::FluentValue::Number(number) => text.push_str(&number.as_string()),
                _ => return None,
            },
            Piece::Select(name, variants, default) => {
                let selector = args?.get(*name)?;
                let chosen = variants
                    .iter()
                    .find(|(key, _)| selects(key, selector, lang))
                    .unwrap_or(&variants[*default]);
                put_together(chosen.1, args, lang, text)?;
            }
        }
    }
    Some(())
}

/// Whether a variant's `key` matches the value selected on, as Fluent matches them: text by
/// equality, a number by a key of the same number or of its plural form in `lang`.
fn selects(key: &str, selector: &fluent_bundle::FluentValue, lang: Lang) -> bool {
    use fluent_bundle::types::{FluentNumber, FluentNumberOptions};
    use fluent_bundle::FluentValue;
    let number_key = key.bytes().all(|b| b.is_ascii_digit());
    match selector {
        FluentValue::String(value) => !number_key && key == value.as_ref(),
        FluentValue::Number(number) if number_key => {
            key.parse()
                .ok()
                .map(|n| FluentNumber::new(n, FluentNumberOptions::default()))
                == Some(number.clone())
        }
        FluentValue::Number(number) => plural_form(number, lang) == Some(key),
        _ => false,
    }
}

/// The plural form of `number` in `lang` (`one`, `other`…), by the rules Fluent uses.
fn plural_form(number: &fluent_bundle::types::FluentNumber, lang: Lang) -> Option<&'static str> {
    use intl_pluralrules::{operands::PluralOperands, PluralCategory, PluralRuleType, PluralRules};
    let id: unic_langid::LanguageIdentifier = lang.code().parse().ok()?;
    let rules = PluralRules::create(id, PluralRuleType::CARDINAL).ok()?;
    let form = match rules.select(PluralOperands::from(number)).ok()? {
        PluralCategory::ZERO => "zero",
        PluralCategory::ONE => "one",
        PluralCategory::TWO => "two",
        PluralCategory::FEW => "few",
        PluralCategory::MANY => "many",
        PluralCategory::OTHER => "other",
    };
    Some(form)
}

/// Whether the catalogs hold message `id` (every language holds the same ones).
pub fn has_message(id: &str) -> bool {
    position(Lang::En, id).is_some()
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
