//! Finding things by the names people type, and suggesting the closest when nothing matches.

use crate::text::{normalize_name, KbString};

/// Anything a person can name: by id, by name, or by one of its aliases.
pub trait Named {
    fn id(&self) -> &str;
    fn name(&self) -> &str;
    fn aliases(&self) -> &[KbString];
    /// A word people may put in front of any of the names: a phone's maker, as in
    /// "Samsung Galaxy S24" for "Galaxy S24".
    fn qualifier(&self) -> Option<&str> {
        None
    }
    /// Whether it is still sold: a suggestion puts what is sold before what is not.
    fn is_current(&self) -> bool {
        true
    }

    fn answers_to(&self, normalized_query: &str) -> bool {
        matches(self.all_names(), self.qualifier(), normalized_query)
    }

    fn all_names(&self) -> impl Iterator<Item = &str> {
        std::iter::once(self.id())
            .chain(std::iter::once(self.name()))
            .chain(self.aliases().iter().map(KbString::as_str))
    }
}

/// Whether `wanted` (already normalized) is one of `names`, alone or after the qualifier.
pub fn matches<'a>(
    names: impl IntoIterator<Item = &'a str>,
    qualifier: Option<&str>,
    wanted: &str,
) -> bool {
    let bare = without_qualifier(qualifier, wanted);
    names
        .into_iter()
        .any(|name| normalizes_to(name, wanted) || bare.is_some_and(|b| normalizes_to(name, b)))
}

/// Whether `name` normalizes to `normalized` (see [`normalize_name`]). A name is compared as
/// it is read, without writing out its normalized form: naming a phone compares the query
/// with over a thousand names, and most differ from it at their first letter. ASCII
/// normalizes letter by letter, so an ASCII start that differs settles it; a name with other
/// characters that gets past its ASCII start is normalized whole.
fn normalizes_to(name: &str, normalized: &str) -> bool {
    let mut rest = normalized.as_bytes();
    for &byte in name.as_bytes() {
        let lower = [byte.to_ascii_lowercase()];
        let piece: &[u8] = match byte {
            b'+' => b"plus",
            _ if byte.is_ascii_alphanumeric() => &lower,
            _ if byte.is_ascii() => continue,
            _ => return normalize_name(name) == normalized,
        };
        match rest.strip_prefix(piece) {
            Some(after) => rest = after,
            None => return false,
        }
    }
    rest.is_empty()
}

/// Whether `name`, normalized, starts with `wanted` (normalized), itself or once the
/// qualifier is taken off its front. Compared as read, for the same reason as
/// [`normalizes_to`].
fn starts_with_normalized(name: &str, qualifier: Option<&str>, wanted: &str) -> bool {
    let starts = |mut bytes: AsciiNormalized<'_>, prefix: &[u8]| {
        prefix.iter().all(|&b| bytes.next() == Some(b))
    };
    let ascii = (ascii_normalized(name), qualifier.map(ascii_normalized));
    match ascii {
        (Some(bytes), None) => starts(bytes, wanted.as_bytes()),
        (Some(bytes), Some(Some(qualifier))) => {
            let mut after = bytes.clone();
            let bare = qualifier.into_iter().all(|b| after.next() == Some(b));
            starts(bytes, wanted.as_bytes()) || (bare && starts(after, wanted.as_bytes()))
        }
        _ => {
            let name = normalize_name(name);
            let bare = match qualifier.map(normalize_name) {
                Some(q) => name.strip_prefix(&q).unwrap_or(&name),
                None => &name,
            };
            name.starts_with(wanted) || bare.starts_with(wanted)
        }
    }
}

type AsciiNormalized<'a> = std::iter::FlatMap<
    std::str::Bytes<'a>,
    std::iter::Take<std::array::IntoIter<u8, 4>>,
    fn(u8) -> std::iter::Take<std::array::IntoIter<u8, 4>>,
>;

/// An ASCII name's normalized form (see [`normalize_name`]) byte by byte, without writing
/// it out; `None` for a name with other characters, which needs the whole normalization.
fn ascii_normalized(name: &str) -> Option<AsciiNormalized<'_>> {
    fn piece(byte: u8) -> std::iter::Take<std::array::IntoIter<u8, 4>> {
        let (bytes, len) = match byte {
            b'+' => (*b"plus", 4),
            _ if byte.is_ascii_alphanumeric() => ([byte.to_ascii_lowercase(), 0, 0, 0], 1),
            _ => ([0; 4], 0),
        };
        bytes.into_iter().take(len)
    }
    name.is_ascii()
        .then(|| name.bytes().flat_map(piece as fn(u8) -> _))
}

/// The query (normalized) with the qualifier taken off its front, if it starts with it and
/// leaves something. An ASCII qualifier is compared as read: naming a phone asks this of
/// every phone's maker.
fn without_qualifier<'a>(qualifier: Option<&str>, wanted: &'a str) -> Option<&'a str> {
    let qualifier = qualifier?;
    let rest = match ascii_normalized(qualifier) {
        Some(bytes) => {
            let mut taken = 0;
            for byte in bytes {
                if wanted.as_bytes().get(taken) != Some(&byte) {
                    return None;
                }
                taken += 1;
            }
            // What was taken is ASCII, so the rest starts at a character's boundary.
            wanted.get(taken..).filter(|_| taken > 0)?
        }
        None => {
            let q = normalize_name(qualifier);
            wanted.strip_prefix(q.as_str()).filter(|_| !q.is_empty())?
        }
    };
    Some(rest).filter(|rest| !rest.is_empty())
}

/// Implements `Named` from the `id`, `name` and `aliases` fields, and optionally a qualifier
/// field (an `Option<String>`).
macro_rules! named {
    ($ty:ty $(, qualified by $qualifier:ident)? $(, current when $current:ident)?) => {
        impl $crate::kb::names::Named for $ty {
            fn id(&self) -> &str {
                &self.id
            }
            fn name(&self) -> &str {
                &self.name
            }
            fn aliases(&self) -> &[$crate::text::KbString] {
                &self.aliases
            }
            $(fn qualifier(&self) -> Option<&str> {
                self.$qualifier.as_deref()
            })?
            $(fn is_current(&self) -> bool {
                self.$current()
            })?
        }
    };
}
pub(crate) use named;

named!(super::model::Carrier);
named!(super::model::Plan, current when is_current);
named!(super::model::PlanOutline, current when is_current);
named!(super::model::Device, qualified by maker);

pub fn find<'a, T: Named>(items: &'a [T], query: &str) -> Option<&'a T> {
    let wanted = normalize_name(query);
    items.iter().find(|item| item.answers_to(&wanted))
}

/// What follows the item's name at the start of a query (`"verizon unlimited ultimate"`
/// after Verizon: `"unlimitedultimate"`), normalized; its longest name that begins the query
/// and leaves something after it. `None` if no name begins it.
pub fn after_name<T: Named>(item: &T, query: &str) -> Option<String> {
    let wanted = normalize_name(query);
    item.all_names()
        .filter_map(|name| without_qualifier(Some(name), &wanted))
        .min_by_key(|rest| rest.len())
        .map(str::to_string)
}

/// The other items whose name or alias begins with what was typed: "Unlimited Premium" finds
/// its own plan, and could also mean "Unlimited Premium PL". Still-sold ones first.
pub fn also_meant<'a, T: Named>(items: &'a [T], query: &str, found: &T) -> Vec<&'a T> {
    let mut others: Vec<&T> = begun_by(items, query)
        .into_iter()
        .filter(|item| item.id() != found.id())
        .collect();
    others.sort_by_key(|item| !item.is_current());
    others
}

/// The items a name or alias of which begins with what was typed, in their order: "iphone"
/// begins every iPhone's name.
pub fn begun_by<'a, T: Named>(items: &'a [T], query: &str) -> Vec<&'a T> {
    let wanted = normalize_name(query);
    if wanted.is_empty() {
        return Vec::new();
    }
    items
        .iter()
        .filter(|item| {
            item.all_names()
                .any(|name| starts_with_normalized(name, item.qualifier(), &wanted))
        })
        .collect()
}

/// Up to three names closest to the query, best first (what is still sold before what is
/// not, among close ones), shown as "Name (id)".
pub fn closest<T: Named>(items: &[T], query: &str) -> Vec<String> {
    let wanted = normalize_name(query);
    let mut scored: Vec<(f64, bool, String)> = items
        .iter()
        .map(|item| {
            let bare = without_qualifier(item.qualifier(), &wanted);
            let best = item
                .all_names()
                .map(normalize_name)
                .flat_map(|n| {
                    let to_bare = bare.map_or(0.0, |b| similarity(b, &n));
                    [similarity(&wanted, &n), to_bare]
                })
                .fold(0.0, f64::max);
            let label = format!("{} ({})", item.name(), item.id());
            (best, item.is_current(), label)
        })
        .filter(|(score, ..)| *score >= 0.6)
        .collect();
    // Far weaker matches than the best one are noise ("tmobil" is not "AT&T").
    let best = scored.iter().map(|(score, ..)| *score).fold(0.0, f64::max);
    scored.retain(|(score, ..)| *score >= best - 0.15);
    scored.sort_by(|a, b| {
        (b.1.cmp(&a.1))
            .then_with(|| b.0.total_cmp(&a.0))
            .then_with(|| a.2.cmp(&b.2))
    });
    scored
        .into_iter()
        .take(3)
        .map(|(.., label)| label)
        .collect()
}

/// Closeness in 0..=1; a query that is part of the name ("15 pro" in "iphone 15 pro") scores
/// high, because people type the part that matters to them.
fn similarity(query: &str, candidate: &str) -> f64 {
    if query.is_empty() || candidate.is_empty() {
        return 0.0;
    }
    // A name typed from its start or its end ("15 pro" for "iPhone 15 Pro"), not a run of
    // letters that happens to sit inside another word ("tmobil" in "AT&T Mobility").
    let affix = |a: &str, b: &str| a.starts_with(b) || a.ends_with(b);
    let contained = if affix(candidate, query) || affix(query, candidate) {
        0.75
    } else {
        0.0
    };
    // The edit measures take time in the product of the lengths, and a text many times
    // longer than a name (a pasted page) is no misspelling of it.
    if query.len() > 4 * candidate.len() + 16 {
        return contained;
    }
    let edit = strsim::normalized_damerau_levenshtein(query, candidate);
    edit.max(contained)
        .max(strsim::jaro_winkler(query, candidate) - 0.2)
}

/// The single closest of `options` to a misspelt key or fact name, if any is close.
pub fn did_you_mean<'a>(word: &str, options: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    options
        .map(|o| (strsim::normalized_damerau_levenshtein(word, o), o))
        .filter(|(score, _)| *score >= 0.6)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, o)| o)
}

#[cfg(test)]
mod tests {
    /// A maker or carrier is taken off a query exactly as its normalized form would be.
    #[test]
    fn a_qualifier_is_taken_off_as_normalize_name_writes_it() {
        let qualifiers = [
            "Apple",
            "AT&T",
            "Unlimited+",
            "-",
            "",
            "三星",
            "ÉCOLE",
            "Go5G",
        ];
        let queries = [
            "apple",
            "appleiphone15",
            "attunlimited",
            "unlimitedplusx",
            "三星s24",
        ];
        for qualifier in qualifiers {
            for query in queries.iter().map(|q| normalize_name(q)) {
                let q = normalize_name(qualifier);
                let expected = query
                    .strip_prefix(q.as_str())
                    .filter(|rest| !q.is_empty() && !rest.is_empty());
                assert_eq!(
                    without_qualifier(Some(qualifier), &query),
                    expected,
                    "{qualifier:?} off {query:?}"
                );
            }
        }
    }

    #[test]
    fn a_name_is_compared_as_normalize_name_writes_it() {
        let names = [
            "T-Mobile",
            "Go5G Plus",
            "AT&T",
            "Unlimited+",
            "  spaced  out ",
            "",
            "ÉCOLE",
            "三星 S24",
            "Ｇｏ５Ｇ",
            "go5g plus",
            "A+B",
            "x",
            "ß",
            // ASCII first, then other characters: settled by the ASCII start or normalized whole.
            "Pixel ９",
            "Pixel 9",
            "pixel9",
            "Galaxy 三星",
            "Galaxy Samsung",
        ];
        for name in names {
            let normalized = normalize_name(name);
            assert!(normalizes_to(name, &normalized), "{name:?}");
            for other in names {
                let expected = normalize_name(other) == normalized;
                assert_eq!(
                    normalizes_to(other, &normalized),
                    expected,
                    "{other:?} {name:?}"
                );
            }
            let longer = format!("{normalized}x");
            assert!(!normalizes_to(name, &longer), "{name:?}");
        }
    }

    use super::*;

    /// What `starts_with_normalized` must give: every name written out normalized.
    fn starts_with_written_out(name: &str, qualifier: Option<&str>, wanted: &str) -> bool {
        let name = normalize_name(name);
        let bare = match qualifier.map(normalize_name) {
            Some(q) => name
                .strip_prefix(&q)
                .map(str::to_owned)
                .unwrap_or(name.clone()),
            None => name.clone(),
        };
        name.starts_with(wanted) || bare.starts_with(wanted)
    }

    #[test]
    fn a_prefix_is_compared_as_normalize_name_writes_the_names() {
        let names = [
            "Unlimited Premium",
            "Unlimited Premium PL",
            "Galaxy S24+",
            "三星 S24",
            "",
        ];
        let qualifiers = [
            None,
            Some("Samsung"),
            Some("Unlimited"),
            Some("三星"),
            Some(""),
        ];
        let queries = [
            "",
            "unlimited",
            "premium",
            "s24",
            "s24plus",
            "galaxys24",
            "x",
        ];
        for name in names {
            for qualifier in qualifiers {
                for wanted in queries {
                    assert_eq!(
                        starts_with_normalized(name, qualifier, wanted),
                        starts_with_written_out(name, qualifier, wanted),
                        "{name:?} {qualifier:?} {wanted:?}"
                    );
                }
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn any_prefix_is_compared_as_written_out(
            name in "[a-zA-Z0-9 +&\\-]{0,12}",
            qualifier in proptest::option::of("[a-zA-Z+ ]{0,5}"),
            wanted in "[a-z0-9]{0,6}",
        ) {
            proptest::prop_assert_eq!(
                starts_with_normalized(&name, qualifier.as_deref(), &wanted),
                starts_with_written_out(&name, qualifier.as_deref(), &wanted)
            );
        }
    }

    #[test]
    fn did_you_mean_finds_typos() {
        let keys = ["included", "hotspot", "high_speed"];
        assert_eq!(did_you_mean("hotspt", keys.into_iter()), Some("hotspot"));
        assert_eq!(did_you_mean("zzz", keys.into_iter()), None);
    }

    struct Offer {
        id: String,
        name: String,
        aliases: Vec<KbString>,
        sold: bool,
    }
    impl Offer {
        fn new(name: &str, sold: bool) -> Offer {
            let id = name.to_lowercase().replace(' ', "-");
            let aliases = Vec::new();
            let name = name.to_string();
            Offer {
                id,
                name,
                aliases,
                sold,
            }
        }
        fn sold(&self) -> bool {
            self.sold
        }
    }
    named!(Offer, current when sold);

    #[test]
    fn among_close_names_what_is_still_sold_comes_first() {
        let offers = [Offer::new("Premium", false), Offer::new("Premium PL", true)];
        // The retired plan is the closer name, but the one on sale is suggested first.
        assert!(similarity("premum", "premium") > similarity("premum", "premiumpl"));
        assert_eq!(
            closest(&offers, "premum"),
            ["Premium PL (premium-pl)", "Premium (premium)"]
        );
    }

    #[test]
    fn a_name_that_begins_others_says_what_else_it_could_mean() {
        let offers = [
            Offer::new("Unlimited Premium", true),
            Offer::new("Unlimited Premium PL", true),
            Offer::new("Unlimited Premium Old", false),
            Offer::new("Unlimited Starter", true),
        ];
        let names = |found: usize, query: &str| -> Vec<String> {
            also_meant(&offers, query, &offers[found])
                .iter()
                .map(|o| o.name.clone())
                .collect()
        };
        assert_eq!(
            names(0, "unlimited premium"),
            ["Unlimited Premium PL", "Unlimited Premium Old"]
        );
        assert!(names(3, "Unlimited Starter").is_empty());
        assert!(names(1, "").is_empty());
    }

    #[test]
    fn partial_names_are_close() {
        assert!(similarity("15pro", "iphone15pro") >= 0.6);
        assert!(similarity("verizn", "verizon") >= 0.6);
        assert!(similarity("xyz", "verizon") < 0.6);
    }

    #[test]
    fn a_pasted_page_is_compared_quickly_and_matches_nothing() {
        let page = "a".repeat(1_000_000);
        let start = std::time::Instant::now();
        assert_eq!(similarity(&page, "verizon"), 0.0);
        assert!(start.elapsed() < std::time::Duration::from_secs(1));
        assert!(similarity(&format!("verizon{page}"), "verizon") >= 0.6);
    }
}
