use std::collections::{BTreeMap, BTreeSet};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement};
use fluent_syntax::parser::parse;

use super::*;

/// Each message id with the names of the arguments it uses.
fn messages(lang: Lang) -> BTreeMap<String, BTreeSet<String>> {
    let resource = parse(catalog(lang))
        .unwrap_or_else(|(_, errors)| panic!("{}.ftl does not parse: {errors:?}", lang.code()));
    let mut out = BTreeMap::new();
    for entry in resource.body {
        if let Entry::Message(message) = entry {
            let mut args = BTreeSet::new();
            if let Some(pattern) = &message.value {
                collect_args(pattern, &mut args);
            }
            out.insert(message.id.name.to_string(), args);
        }
    }
    out
}

fn collect_args(pattern: &Pattern<&str>, args: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            collect_expression(expression, args);
        }
    }
}

fn collect_expression(expression: &Expression<&str>, args: &mut BTreeSet<String>) {
    match expression {
        Expression::Inline(inline) => collect_inline(inline, args),
        Expression::Select { selector, variants } => {
            collect_inline(selector, args);
            for variant in variants {
                collect_args(&variant.value, args);
            }
        }
    }
}

fn collect_inline(inline: &InlineExpression<&str>, args: &mut BTreeSet<String>) {
    match inline {
        InlineExpression::VariableReference { id } => {
            args.insert(id.name.to_string());
        }
        InlineExpression::Placeable { expression } => collect_expression(expression, args),
        _ => {}
    }
}

#[test]
fn every_message_is_in_every_language_with_the_same_arguments() {
    let english = messages(Lang::En);
    assert!(!english.is_empty());
    for lang in Lang::ALL {
        let other = messages(lang);
        let missing: Vec<_> = english
            .keys()
            .filter(|id| !other.contains_key(*id))
            .collect();
        let extra: Vec<_> = other
            .keys()
            .filter(|id| !english.contains_key(*id))
            .collect();
        assert!(missing.is_empty(), "{}.ftl lacks {missing:?}", lang.code());
        assert!(
            extra.is_empty(),
            "{}.ftl has unknown {extra:?}",
            lang.code()
        );
        for (id, args) in &english {
            assert_eq!(
                &other[id],
                args,
                "{}.ftl: {id} takes other arguments",
                lang.code()
            );
        }
    }
}

#[test]
fn a_missing_message_falls_back_to_english_then_to_its_id() {
    assert_eq!(
        message_in(Lang::Zh, "no-such-message", None),
        "no-such-message"
    );
    assert_eq!(message_in(Lang::En, "lang-name", None), "English");
    assert_eq!(message_in(Lang::Zh, "lang-name", None), "中文");
}

#[test]
fn languages_are_read_as_people_write_them() {
    for text in [
        "zh",
        "zh-CN",
        "zh_CN.UTF-8",
        "zh_TW",
        "ZH",
        "中文",
        "chinese",
    ] {
        assert_eq!(Lang::parse(text), Some(Lang::Zh), "{text}");
    }
    for text in ["en", "en_US.UTF-8", "English"] {
        assert_eq!(Lang::parse(text), Some(Lang::En), "{text}");
    }
    assert_eq!(Lang::parse("fr_FR"), None);
}

#[test]
fn the_locale_follows_posix_precedence() {
    let env = |pairs: &'static [(&'static str, &'static str)]| {
        move |name: &str| {
            pairs
                .iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| v.to_string())
        }
    };
    assert_eq!(Lang::from_locale(env(&[("LANG", "zh_CN.UTF-8")])), Lang::Zh);
    assert_eq!(
        Lang::from_locale(env(&[("LC_ALL", "en_US.UTF-8"), ("LANG", "zh_CN.UTF-8")])),
        Lang::En
    );
    assert_eq!(
        Lang::from_locale(env(&[
            ("LC_ALL", ""),
            ("LC_MESSAGES", "zh_HK"),
            ("LANG", "C")
        ])),
        Lang::Zh
    );
    assert_eq!(Lang::from_locale(env(&[("LANG", "C")])), Lang::En);
    assert_eq!(Lang::from_locale(env(&[])), Lang::En);
}

/// A language's whole catalog in one bundle, as Fluent reads it, to hold other readings to.
fn whole_catalog(lang: Lang) -> FluentBundle<FluentResource> {
    let mut whole = FluentBundle::new_concurrent(vec![lang.code().parse().unwrap()]);
    whole.set_use_isolating(false);
    let resource = FluentResource::try_new(catalog(lang).to_string()).unwrap();
    whole.add_resource(resource).unwrap();
    whole
}

/// Message `id` as the whole catalog says it; `None` for a message with no value.
fn fluent_says(
    whole: &FluentBundle<FluentResource>,
    id: &str,
    args: Option<&FluentArgs>,
) -> Option<String> {
    let pattern = whole.get_message(id)?.value()?;
    Some(
        whole
            .format_pattern(pattern, args, &mut Vec::new())
            .into_owned(),
    )
}

/// Parsing a message at a time says every message exactly as the whole catalog does.
#[test]
fn a_message_parsed_alone_reads_as_in_the_whole_catalog() {
    for lang in Lang::ALL {
        let whole = whole_catalog(lang);
        for id in messages(lang).keys() {
            let Some(expected) = fluent_says(&whole, id, None) else {
                continue;
            };
            let alone = Catalog::new(lang).format(id, None);
            assert_eq!(alone, Some(expected), "{}: {id}", lang.code());
        }
    }
}

/// The arguments a message's pieces use, those of the messages it refers to included.
fn piece_args(pieces: &[Piece], into: &mut BTreeSet<String>) {
    for piece in pieces {
        match piece {
            Piece::Text(_) => {}
            Piece::Arg(name) => {
                into.insert(name.to_string());
            }
            Piece::Select(name, variants, _) => {
                into.insert(name.to_string());
                for (_, variant) in variants.iter() {
                    piece_args(variant, into);
                }
            }
        }
    }
}

/// The values to try for each argument a message's pieces select on: each variant's key.
fn selected_values(pieces: &[Piece], into: &mut BTreeMap<&'static str, Vec<&'static str>>) {
    for piece in pieces {
        if let Piece::Select(name, variants, _) = piece {
            let keys = into.entry(name).or_default();
            keys.extend(variants.iter().map(|(key, _)| *key));
            for (_, variant) in variants.iter() {
                selected_values(variant, into);
            }
        }
    }
}

/// A message put together without Fluent reads exactly as Fluent says it, with every variant
/// of its selectors, with a value no variant names and with numbers; and most messages are
/// put together so.
#[test]
fn a_message_put_together_reads_as_fluent_says_it() {
    for lang in Lang::ALL {
        let whole = whole_catalog(lang);
        let all = messages(lang);
        let mut put_together = 0;
        let mut selector_variants = 0;
        for &(id, _, _, pieces) in index(lang) {
            let Some(pieces) = pieces else {
                continue;
            };
            if id.starts_with('-') {
                continue;
            }
            put_together += 1;
            let mut selected = BTreeMap::new();
            selected_values(pieces, &mut selected);
            let mut names = BTreeSet::new();
            piece_args(pieces, &mut names);
            // One argument's values at a time, the others a text no variant names.
            let mut trials: Vec<(&str, &str)> = vec![("", "")];
            for (name, keys) in &selected {
                trials.extend(keys.iter().map(|key| (*name, *key)));
                selector_variants += keys.len();
            }
            for (chosen, value) in trials {
                let mut args = FluentArgs::new();
                for name in &names {
                    match name.as_str() == chosen {
                        true => args.set(name.clone(), value.to_string()),
                        false => args.set(name.clone(), format!("«{name} 值»")),
                    }
                }
                let text = filled_in(lang, id, Some(&args))
                    .unwrap_or_else(|| panic!("{}: {id} not put together", lang.code()));
                assert_eq!(
                    Some(text),
                    fluent_says(&whole, id, Some(&args)),
                    "{}: {id} with {chosen} = {value}",
                    lang.code()
                );
            }
            // Every argument the same number.
            for number in [0.0, 1.0, -1.0, 2.0, 5.0, 12.0, 100.0, 2.5, 1.5, 1234567.0] {
                let mut args = FluentArgs::new();
                for name in &names {
                    args.set(name.clone(), number);
                }
                let Some(text) = filled_in(lang, id, Some(&args)) else {
                    continue;
                };
                assert_eq!(
                    Some(text),
                    fluent_says(&whole, id, Some(&args)),
                    "{}: {id} with {number}",
                    lang.code()
                );
            }
        }
        assert!(
            put_together * 10 >= all.len() * 9,
            "{}: only {put_together} of {} messages put together",
            lang.code(),
            all.len()
        );
        assert!(
            selector_variants > 50,
            "{}: {selector_variants}",
            lang.code()
        );
    }
}

/// A number is written, and its plural form picked, as Fluent does; an argument not given is
/// left to Fluent.
#[test]
fn numbers_read_as_fluent_reads_them_and_a_missing_argument_is_left_to_it() {
    let id = "network-line";
    let mut args = FluentArgs::new();
    args.set("network", "T-Mobile");
    assert_eq!(
        filled_in(Lang::En, id, Some(&args)).as_deref(),
        Some("Network: T-Mobile")
    );
    let mut args = FluentArgs::new();
    args.set("network", 5);
    assert_eq!(
        filled_in(Lang::En, id, Some(&args)).as_deref(),
        Some("Network: 5")
    );
    // A number selected on takes its plural form, as Fluent picks it.
    for (count, said) in [(1, "1 problem found"), (2, "2 problems found")] {
        let mut args = FluentArgs::new();
        args.set("count", count);
        let filled = filled_in(Lang::En, "problems-found", Some(&args));
        assert_eq!(filled.as_deref(), Some(said));
    }
    assert_eq!(filled_in(Lang::En, id, None), None);
    assert_eq!(message_in(Lang::En, id, None), "Network: {$network}");
}
