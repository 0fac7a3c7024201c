//! Which question comes next. Pure: it reads the report the engine gave for the answers so
//! far and asks only what could still change it. No terminal here, so it is tested directly.

use std::collections::BTreeSet;

use crate::advisor::Report;
use crate::choice::{LockState, Security};
use crate::rules::Verdict;
use crate::situation::Situation;

pub use crate::input::Question;

/// What the guide needs of a question beyond its declaration in the input table: whether it
/// makes sense given the answers so far.
trait Applies {
    fn applies(self, situation: &Situation, unlisted_device: bool) -> bool;
}

impl Applies for Question {
    /// Whether the question makes sense given the answers so far.
    fn applies(self, situation: &Situation, unlisted_device: bool) -> bool {
        match self {
            Question::Plan => situation.carrier.is_some() && !situation_is_unlisted(situation),
            // Figures from a bill fill a listed plan, or stand for one the list lacks.
            Question::HotspotCap => situation.carrier.is_some(),
            Question::Device => !unlisted_device,
            Question::HasEsim => unlisted_device || situation.device.is_some(),
            Question::LockedTo => situation.lock == Some(LockState::Locked),
            Question::Password => situation.security.is_some_and(|s| s != Security::Open),
            _ => true,
        }
    }
}

fn situation_is_unlisted(situation: &Situation) -> bool {
    situation
        .carrier
        .as_deref()
        .is_some_and(crate::situation::names_an_unlisted_carrier)
}

/// The next question worth asking, or `None` when the verdict is as settled as answers can
/// make it. Once a `block` has fired nothing can undo it, so the wizard stops there.
pub fn next_question(
    report: &Report,
    situation: &Situation,
    asked: &BTreeSet<Question>,
    unlisted_device: bool,
) -> Option<Question> {
    if report.verdict == Verdict::No {
        return None;
    }
    let open: BTreeSet<&str> = report
        .missing_facts
        .iter()
        .chain(&report.not_checked)
        .map(|m| m.fact)
        .collect();
    crate::input::guide_questions()
        .into_iter()
        .find(|q| {
            !asked.contains(&q.question)
                && q.question.applies(situation, unlisted_device)
                && q.settles.iter().any(|fact| open.contains(fact))
        })
        .map(|q| q.question)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::advisor::advise;
    use crate::kb::Library;

    /// Walks the flow with fixed answers and returns the questions asked, in order.
    fn walk(answers: &[(Question, &str)]) -> (Vec<Question>, Verdict) {
        let library = Library::embedded();
        let mut situation = Situation::default();
        let mut asked = BTreeSet::new();
        let mut order = Vec::new();
        loop {
            let report = advise(&library, &situation, false).unwrap();
            let Some(q) = next_question(&report, &situation, &asked, false) else {
                return (order, report.verdict);
            };
            asked.insert(q);
            order.push(q);
            let answer = answers
                .iter()
                .find(|(aq, _)| *aq == q)
                .map(|(_, a)| a.to_string());
            apply(&mut situation, q, answer);
        }
    }

    /// A choice answered in its word, as the guide's list gives it.
    fn pick<T: crate::choice::Choice>(answer: Option<String>) -> Option<T> {
        answer.and_then(|word| T::parse(&word).unwrap())
    }

    fn apply(s: &mut Situation, q: Question, answer: Option<String>) {
        match q {
            Question::Carrier => s.carrier = answer,
            Question::Plan => s.plan = answer,
            Question::HotspotCap => {
                s.hotspot_cap = answer.map(|a| crate::units::parse_spoken_allowance(&a).unwrap())
            }
            Question::Device => s.device = answer,
            Question::HasEsim => s.has_esim = answer.map(|a| a == "true"),
            Question::BoughtIn => s.bought_in = pick(answer),
            Question::Os => s.os = pick(answer),
            Question::OsVersion => {
                s.os_version = answer.map(|a| crate::facts::Version::parse(&a).unwrap())
            }
            Question::Esim => s.esim = pick(answer),
            Question::Lock => s.lock = pick(answer),
            Question::LockedTo => s.locked_to = answer,
            Question::Security => s.security = pick(answer),
            Question::Password => {}
            Question::Used => s.used = answer.map(|a| crate::units::DataUsed::parse(&a).unwrap()),
            Question::Roaming => s.roaming = answer.map(|a| a == "true"),
        }
    }

    #[test]
    fn a_china_market_iphone_stops_at_the_block() {
        let (asked, verdict) = walk(&[
            (Question::Carrier, "t-mobile"),
            (Question::Plan, "go5g-plus"),
            (Question::Device, "iphone-15"),
            (Question::BoughtIn, "cn"),
        ]);
        assert_eq!(verdict, Verdict::No);
        assert_eq!(
            asked,
            [
                Question::Carrier,
                Question::Plan,
                Question::Device,
                Question::BoughtIn
            ]
        );
    }

    #[test]
    fn a_us_phone_is_not_asked_where_it_was_bought() {
        let (asked, verdict) = walk(&[
            (Question::Carrier, "verizon"),
            (Question::Plan, "beyond-unlimited"),
            (Question::Device, "pixel-8"),
            (Question::Esim, "active"),
            (Question::Security, "wpa3"),
            (Question::Used, "2GB"),
            (Question::Roaming, "false"),
        ]);
        assert!(!asked.contains(&Question::BoughtIn), "{asked:?}");
        assert!(
            !asked.contains(&Question::Lock),
            "an active eSIM settles the lock: {asked:?}"
        );
        assert_eq!(verdict, Verdict::Limited);
    }

    #[test]
    fn skipping_every_question_still_ends() {
        let (asked, verdict) = walk(&[]);
        assert_eq!(verdict, Verdict::Unknown);
        assert!(asked.len() <= crate::input::guide_questions().len());
        assert_eq!(asked[0], Question::Carrier);
    }

    #[test]
    fn an_unlisted_carrier_skips_the_plan() {
        let (asked, _) = walk(&[(Question::Carrier, "other")]);
        assert!(!asked.contains(&Question::Plan), "{asked:?}");
    }
}
