//! The answers a person picks from a list: where the phone was bought, its system, its eSIM,
//! its lock, its hotspot security and the period an allowance counts over. Each is read once,
//! from the words people use for it (any case, full-width, aliases such as 国行 for `cn`), at
//! the flag, in a profile or in a rule's worked example; `unknown` there means not given.

use crate::facts::{self, Aliases};
use crate::kb::model::{Period, Platform, Region};

/// One of a fixed list of answers, each with the word that names it and the other words
/// people use for it.
pub trait Choice: Copy + PartialEq + Send + Sync + 'static {
    /// Every answer, in the order of [`Choice::WORDS`].
    const ALL: &'static [Self];
    /// The word of each answer: what the rules compare and the repeated command line writes.
    const WORDS: &'static [&'static str];
    /// Other words for some answers.
    const ALIASES: Aliases;

    fn as_str(self) -> &'static str;

    /// The answer `text` names, or `Ok(None)` for `unknown` (or nothing): not given.
    fn parse(text: &str) -> Result<Option<Self>, NotAChoice> {
        let ascii = crate::text::halfwidth(text);
        let word = facts::canonical(&ascii, Self::ALIASES)
            .trim()
            .to_lowercase();
        if word.is_empty() || word == "unknown" {
            return Ok(None);
        }
        Self::ALL
            .iter()
            .find(|choice| choice.as_str() == word)
            .map(|choice| Some(*choice))
            .ok_or_else(|| NotAChoice {
                given: text.to_string(),
                words: Self::WORDS,
            })
    }
}

/// A word that names none of a choice's answers, with the words that do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotAChoice {
    pub given: String,
    pub words: &'static [&'static str],
}

/// The eSIM's state on the phone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, strum::IntoStaticStr)]
#[strum(serialize_all = "lowercase")]
pub enum EsimState {
    /// Installed and turned on.
    Active,
    /// Installed but turned off.
    Installed,
    None,
}

/// Whether the phone is locked to a carrier.
#[derive(Debug, Clone, Copy, PartialEq, Eq, strum::IntoStaticStr)]
#[strum(serialize_all = "lowercase")]
pub enum LockState {
    Locked,
    Unlocked,
}

/// The hotspot's Wi-Fi security mode.
#[derive(Debug, Clone, Copy, PartialEq, Eq, strum::IntoStaticStr)]
#[strum(serialize_all = "kebab-case")]
pub enum Security {
    Wpa3,
    /// WPA2/WPA3 transition mode.
    Wpa2Wpa3,
    Wpa2,
    Open,
}

/// A choice's answers, its words and their aliases; each answer's word is its own (see
/// `strum::IntoStaticStr`).
macro_rules! choice {
    ($type:ty, $words:expr, $aliases:expr, [$($variant:path),* $(,)?]) => {
        impl Choice for $type {
            const ALL: &'static [Self] = &[$($variant),*];
            const WORDS: &'static [&'static str] = $words;
            const ALIASES: Aliases = $aliases;

            fn as_str(self) -> &'static str {
                self.into()
            }
        }
    };
}

choice!(
    Region,
    facts::REGIONS,
    &facts::REGION_ALIASES,
    [
        Region::Us,
        Region::Cn,
        Region::Hk,
        Region::Mo,
        Region::Other,
    ]
);

choice!(
    Platform,
    facts::PLATFORMS,
    &facts::OS_ALIASES,
    [Platform::Ios, Platform::Android,]
);

choice!(
    EsimState,
    facts::ESIM_STATES,
    &facts::ESIM_STATE_ALIASES,
    [EsimState::Active, EsimState::Installed, EsimState::None,]
);

choice!(
    LockState,
    facts::LOCK_STATES,
    &facts::LOCK_ALIASES,
    [LockState::Locked, LockState::Unlocked,]
);

choice!(
    Security,
    facts::SECURITY_MODES,
    &facts::SECURITY_ALIASES,
    [
        Security::Wpa3,
        Security::Wpa2Wpa3,
        Security::Wpa2,
        Security::Open,
    ]
);

choice!(
    Period,
    facts::PERIODS,
    &[],
    [Period::Month, Period::Day, Period::Plan]
);

#[cfg(test)]
mod tests {
    use super::*;

    fn words_match<T: Choice + std::fmt::Debug>() {
        let words: Vec<_> = T::ALL.iter().map(|c| c.as_str()).collect();
        assert_eq!(words, T::WORDS);
        for choice in T::ALL {
            assert_eq!(T::parse(choice.as_str()), Ok(Some(*choice)));
            assert_eq!(T::parse(&choice.as_str().to_uppercase()), Ok(Some(*choice)));
        }
        for (word, aliases) in T::ALIASES {
            for alias in *aliases {
                assert_eq!(T::parse(alias).unwrap().unwrap().as_str(), *word, "{alias}");
            }
        }
        assert_eq!(T::parse("unknown"), Ok(None));
        assert_eq!(T::parse(" Unknown "), Ok(None));
        assert!(T::parse("nonsense").is_err());
    }

    #[test]
    fn every_choice_reads_its_words_and_aliases() {
        words_match::<Region>();
        words_match::<Platform>();
        words_match::<EsimState>();
        words_match::<LockState>();
        words_match::<Security>();
        words_match::<Period>();
    }

    #[test]
    fn full_width_and_shown_names_are_read() {
        assert_eq!(Region::parse("ＣＮ"), Ok(Some(Region::Cn)));
        assert_eq!(Region::parse("国行"), Ok(Some(Region::Cn)));
        assert_eq!(
            Security::parse("WPA2/WPA3-Personal"),
            Ok(Some(Security::Wpa2Wpa3))
        );
    }
}
