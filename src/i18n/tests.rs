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

/// Parsing a message at a time says every message exactly as the whole catalog does.
#[test]
fn a_message_parsed_alone_reads_as_in_the_whole_catalog() {
    for lang in Lang::ALL {
        let mut whole = FluentBundle::new_concurrent(vec![lang.code().parse().unwrap()]);
        whole.set_use_isolating(false);
        let resource = FluentResource::try_new(catalog(lang).to_string()).unwrap();
        whole.add_resource(resource).unwrap();
        for id in messages(lang).keys() {
            let Some(pattern) = whole.get_message(id).and_then(|m| m.value()) else {
                continue;
            };
            let expected = whole.format_pattern(pattern, None, &mut Vec::new());
            let alone = Catalog::new(lang).format(id, None);
            assert_eq!(alone.as_deref(), Some(&*expected), "{}: {id}", lang.code());
        }
    }
}

/// A message filled in without Fluent reads exactly as Fluent says it, and most are.
#[test]
fn a_plain_message_filled_in_reads_as_fluent_says_it() {
    for lang in Lang::ALL {
        let mut whole = FluentBundle::new_concurrent(vec![lang.code().parse().unwrap()]);
        whole.set_use_isolating(false);
        let resource = FluentResource::try_new(catalog(lang).to_string()).unwrap();
        whole.add_resource(resource).unwrap();
        let all = messages(lang);
        let mut filled = 0;
        for (id, names) in &all {
            let mut args = FluentArgs::new();
            for name in names {
                args.set(name.clone(), format!("«{name} 值»"));
            }
            let Some(text) = filled_in(lang, id, Some(&args)) else {
                continue;
            };
            filled += 1;
            let pattern = whole.get_message(id).and_then(|m| m.value()).unwrap();
            let expected = whole.format_pattern(pattern, Some(&args), &mut Vec::new());
            assert_eq!(text, expected, "{}: {id}", lang.code());
        }
        assert!(
            filled * 10 >= all.len() * 8,
            "{}: only {filled} of {} messages filled in",
            lang.code(),
            all.len()
        );
    }
}

/// A number, or an argument not given, is left to Fluent, which has its own ways with both.
#[test]
fn numbers_and_missing_arguments_are_left_to_fluent() {
    let id = "network-line";
    let mut args = FluentArgs::new();
    args.set("network", "T-Mobile");
    assert_eq!(
        filled_in(Lang::En, id, Some(&args)).as_deref(),
        Some("Network: T-Mobile")
    );
    let mut args = FluentArgs::new();
    args.set("network", 5);
    assert_eq!(filled_in(Lang::En, id, Some(&args)), None);
    assert_eq!(message_in(Lang::En, id, Some(&args)), "Network: 5");
    assert_eq!(filled_in(Lang::En, id, None), None);
    assert_eq!(message_in(Lang::En, id, None), "Network: {$network}");
}
