//! The guided advisor: from device to verdict, asking only what can still change the answer.
//! It is a second front door to the same `Situation` that `check` builds from flags.

pub mod flow;
mod keys;
pub mod prompt;

use std::collections::BTreeSet;
use std::io::IsTerminal;

use crate::advisor::{self, Report};
use crate::error::{Error, Result};
use crate::facts::Version;
use crate::i18n::Lang;
use crate::kb::Library;
use crate::messages;
use crate::password;
use crate::situation::{Situation, OTHER_CARRIER};
use crate::text::sanitize;
use crate::units;
use flow::{next_question, Question};
use prompt::{Prompter, Reply};

/// How the guide ended.
#[derive(Debug)]
pub enum Outcome {
    /// It reached a report.
    Finished(Box<(Report, Situation)>),
    /// The person stepped back out of the first question.
    Left,
}

/// The guide needs a person at a terminal on both ends.
pub fn require_terminal() -> Result<()> {
    if std::io::stdin().is_terminal() && std::io::stderr().is_terminal() {
        Ok(())
    } else {
        Err(Error::Terminal(messages::needs_terminal().to_string()))
    }
}

/// Asks until the verdict is settled, with Esc stepping back one question.
pub fn run(library: &Library, prompter: &mut dyn Prompter) -> Result<Outcome> {
    let mut situation = Situation::default();
    let mut asked = BTreeSet::new();
    let mut unlisted_device = false;
    let mut history: Vec<(Situation, BTreeSet<Question>, bool)> = Vec::new();
    loop {
        let report = advisor::advise(library, &situation, false)?;
        let Some(question) = next_question(&report, &situation, &asked, unlisted_device) else {
            return Ok(Outcome::Finished(Box::new((report, situation))));
        };
        let before = (situation.clone(), asked.clone(), unlisted_device);
        match ask(
            library,
            prompter,
            question,
            &report,
            &mut situation,
            &mut unlisted_device,
        )? {
            Reply::Answer(()) => {
                asked.insert(question);
                history.push(before);
            }
            Reply::Back => match history.pop() {
                Some((s, a, u)) => {
                    situation = s;
                    asked = a;
                    unlisted_device = u;
                }
                None => return Ok(Outcome::Left),
            },
        }
    }
}

/// A choice list with "I don't know" first, so Enter never assumes an answer.
fn choose_code<C: Copy>(
    prompter: &mut dyn Prompter,
    prompt: &str,
    options: &[(C, String)],
) -> Result<Reply<Option<C>>> {
    let items: Vec<String> = std::iter::once(messages::dont_know())
        .chain(options.iter().map(|(_, label)| label.clone()))
        .collect();
    Ok(match prompter.choose(prompt, &items, false)? {
        Reply::Back => Reply::Back,
        Reply::Answer(0) => Reply::Answer(None),
        Reply::Answer(i) => Reply::Answer(Some(options[i - 1].0)),
    })
}

fn ask(
    library: &Library,
    prompter: &mut dyn Prompter,
    question: Question,
    report: &Report,
    s: &mut Situation,
    unlisted_device: &mut bool,
) -> Result<Reply<()>> {
    fn set<T>(reply: Reply<Option<T>>, field: &mut Option<T>) -> Reply<()> {
        match reply {
            Reply::Back => Reply::Back,
            Reply::Answer(value) => {
                *field = value;
                Reply::Answer(())
            }
        }
    }
    Ok(match question {
        Question::Carrier => loop {
            match ask_carrier(library, prompter)? {
                CarrierReply::SwitchLanguage => s.lang = Some(switch_language()),
                CarrierReply::Back => break Reply::Back,
                CarrierReply::Carrier(id) => {
                    s.carrier = Some(id);
                    break Reply::Answer(());
                }
            }
        },
        Question::Plan => set(ask_plan(library, prompter, s)?, &mut s.plan),
        Question::HotspotCap => set(
            ask_typed(
                prompter,
                &messages::q_hotspot_cap(),
                units::parse_spoken_allowance,
            )?,
            &mut s.hotspot_cap,
        ),
        Question::Device => match ask_device(library, prompter)? {
            Reply::Back => Reply::Back,
            Reply::Answer(device) => {
                *unlisted_device = device.is_none();
                s.device = device;
                Reply::Answer(())
            }
        },
        Question::HasEsim => set(
            choose_code(prompter, &messages::q_has_esim(), &messages::a_has_esim())?,
            &mut s.has_esim,
        ),
        Question::BoughtIn => set(
            choose_code(prompter, &messages::q_bought_in(), &messages::a_bought_in())?,
            &mut s.bought_in,
        ),
        Question::Os => set(
            choose_code(prompter, &messages::q_os(), &messages::a_os())?,
            &mut s.os,
        ),
        Question::OsVersion => set(
            ask_typed(prompter, &messages::q_os_version(), Version::parse)?,
            &mut s.os_version,
        ),
        Question::Esim => set(
            choose_code(prompter, &messages::q_esim(), &messages::a_esim())?,
            &mut s.esim,
        ),
        Question::Lock => set(
            choose_code(prompter, &messages::q_lock(), &messages::a_lock())?,
            &mut s.lock,
        ),
        Question::LockedTo => set(
            ask_text(prompter, &messages::q_locked_to(), &|_| Ok(()))?,
            &mut s.locked_to,
        ),
        Question::Security => set(
            choose_code(prompter, &messages::q_security(), &messages::a_security())?,
            &mut s.security,
        ),
        Question::Password => ask_password(prompter, s)?,
        Question::Used => {
            // A daily travel allowance is counted today, not over a billing cycle.
            let period = report.plan.as_ref().map(|p| p.hotspot.period);
            let shares = report
                .plan
                .as_ref()
                .is_some_and(|p| p.hotspot.shares_plan_data == Some(true));
            set(
                ask_typed(
                    prompter,
                    &messages::used_question(period, shares),
                    units::DataUsed::parse,
                )?,
                &mut s.used,
            )
        }
        Question::Roaming => set(
            choose_code(prompter, &messages::q_roaming(), &messages::a_roaming())?,
            &mut s.roaming,
        ),
    })
}

fn ask_text(
    prompter: &mut dyn Prompter,
    prompt: &str,
    check: &dyn Fn(&str) -> std::result::Result<(), String>,
) -> Result<Reply<Option<String>>> {
    Ok(match prompter.text(prompt, check)? {
        Reply::Back => Reply::Back,
        Reply::Answer(t) if t.is_empty() => Reply::Answer(None),
        Reply::Answer(t) => Reply::Answer(Some(t)),
    })
}

/// Free text read as a `T` by `parse`; a text that does not read is asked again with the
/// reason. The value is the one read when the answer was checked, not read a second time.
fn ask_typed<T, E: std::fmt::Display>(
    prompter: &mut dyn Prompter,
    prompt: &str,
    parse: fn(&str) -> std::result::Result<T, E>,
) -> Result<Reply<Option<T>>> {
    let read = std::cell::RefCell::new(None);
    let check = |text: &str| match parse(text) {
        Ok(value) => {
            *read.borrow_mut() = Some(value);
            Ok(())
        }
        Err(e) => Err(e.to_string()),
    };
    Ok(match prompter.text(prompt, &check)? {
        Reply::Back => Reply::Back,
        Reply::Answer(_) => Reply::Answer(read.into_inner()),
    })
}

/// An answer to the first question: a carrier, or a switch to the other language.
enum CarrierReply {
    Carrier(String),
    SwitchLanguage,
    Back,
}

/// Carriers by name, with "not listed" first (Enter does not pick a carrier for you) and the
/// other language second, so a person who reads Chinese can switch at the first question.
fn ask_carrier(library: &Library, prompter: &mut dyn Prompter) -> Result<CarrierReply> {
    let mut names = library.carrier_names()?;
    names.sort_by_key(|n| n.name.to_lowercase());
    let items: Vec<String> = [messages::not_listed(), messages::lang_switch()]
        .into_iter()
        .chain(names.iter().map(|n| sanitize(&n.name).into_owned()))
        .collect();
    Ok(
        match prompter.choose(&messages::q_carrier(), &items, true)? {
            Reply::Back => CarrierReply::Back,
            Reply::Answer(0) => CarrierReply::Carrier(OTHER_CARRIER.to_string()),
            Reply::Answer(1) => CarrierReply::SwitchLanguage,
            Reply::Answer(i) => CarrierReply::Carrier(names[i - 2].id.to_string()),
        },
    )
}

/// Speaks the other language from now on, and says which.
fn switch_language() -> Lang {
    let lang = match crate::i18n::lang() {
        Lang::En => Lang::Zh,
        Lang::Zh => Lang::En,
    };
    crate::i18n::set_lang(lang);
    lang
}

fn ask_plan(
    library: &Library,
    prompter: &mut dyn Prompter,
    s: &Situation,
) -> Result<Reply<Option<String>>> {
    let Some(carrier) = s
        .carrier
        .as_deref()
        .map(|c| library.carrier(c))
        .transpose()?
        .flatten()
    else {
        return Ok(Reply::Answer(None));
    };
    let items: Vec<String> = std::iter::once(messages::dont_know().to_string())
        .chain(carrier.plans.iter().map(|p| {
            let summary = advisor::summarize_plan(p, Some(&carrier));
            let item = messages::plan_item(&p.name, &crate::render::plans::brief(&summary.hotspot));
            sanitize(&item).into_owned()
        }))
        .collect();
    Ok(match prompter.choose(&messages::q_plan(), &items, true)? {
        Reply::Back => Reply::Back,
        Reply::Answer(0) => Reply::Answer(None),
        Reply::Answer(i) => Reply::Answer(Some(carrier.plans[i - 1].id.to_string())),
    })
}

fn ask_device(library: &Library, prompter: &mut dyn Prompter) -> Result<Reply<Option<String>>> {
    let names = library.device_names()?;
    let items: Vec<String> = std::iter::once(messages::not_listed().to_string())
        .chain(names.iter().map(|n| sanitize(&n.full_name()).into_owned()))
        .collect();
    Ok(
        match prompter.choose(&messages::q_device(), &items, true)? {
            Reply::Back => Reply::Back,
            Reply::Answer(0) => Reply::Answer(None),
            Reply::Answer(i) => Reply::Answer(Some(names[i - 1].id.to_string())),
        },
    )
}

/// The password goes from the hidden prompt into a zeroizing buffer, is measured, and is
/// dropped; only the measurements stay in the situation. Esc at the hidden question goes back
/// to the offer, where `n` skips the check.
fn ask_password(prompter: &mut dyn Prompter, s: &mut Situation) -> Result<Reply<()>> {
    loop {
        match prompter.confirm(&messages::q_password_check(), false)? {
            Reply::Back => return Ok(Reply::Back),
            Reply::Answer(false) => return Ok(Reply::Answer(())),
            Reply::Answer(true) => {}
        }
        match prompter.secret(&messages::q_password())? {
            Reply::Back => continue,
            Reply::Answer(secret) if secret.is_empty() => {
                prompter.say(&messages::password_skipped());
                return Ok(Reply::Answer(()));
            }
            Reply::Answer(secret) => {
                s.password = Some(password::check(&secret));
                return Ok(Reply::Answer(()));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::Verdict;
    use std::collections::VecDeque;

    /// Answers from a script: a choice by the text of its item, or Enter (the default).
    struct Scripted {
        replies: VecDeque<&'static str>,
        prompts: Vec<String>,
    }

    impl Scripted {
        fn new(replies: &[&'static str]) -> Scripted {
            Scripted {
                replies: replies.iter().copied().collect(),
                prompts: Vec::new(),
            }
        }

        fn next(&mut self, prompt: &str) -> &'static str {
            self.prompts.push(prompt.to_string());
            self.replies.pop_front().unwrap_or("")
        }
    }

    impl Prompter for Scripted {
        fn choose(&mut self, prompt: &str, items: &[String], _: bool) -> Result<Reply<usize>> {
            Ok(match self.next(prompt) {
                "ESC" => Reply::Back,
                "" => Reply::Answer(0),
                want => Reply::Answer(
                    items
                        .iter()
                        .position(|i| i.starts_with(want))
                        .unwrap_or_else(|| panic!("no item {want} in {items:?}")),
                ),
            })
        }
        fn text(
            &mut self,
            prompt: &str,
            check: &dyn Fn(&str) -> std::result::Result<(), String>,
        ) -> Result<Reply<String>> {
            Ok(match self.next(prompt) {
                "<" => Reply::Back,
                t => {
                    assert!(t.is_empty() || check(t).is_ok(), "{t} should be valid");
                    Reply::Answer(t.to_string())
                }
            })
        }
        fn confirm(&mut self, prompt: &str, default: bool) -> Result<Reply<bool>> {
            Ok(match self.next(prompt) {
                "ESC" => Reply::Back,
                "" => Reply::Answer(default),
                t => Reply::Answer(t == "y"),
            })
        }
        fn secret(&mut self, prompt: &str) -> Result<Reply<zeroize::Zeroizing<String>>> {
            Ok(Reply::Answer(zeroize::Zeroizing::new(
                self.next(prompt).to_string(),
            )))
        }
        fn say(&mut self, _: &str) {}
    }

    fn finish(replies: &[&'static str]) -> (Report, Situation, Vec<String>) {
        let mut script = Scripted::new(replies);
        match run(&Library::embedded(), &mut script).unwrap() {
            Outcome::Finished(done) => (done.0, done.1, script.prompts),
            Outcome::Left => panic!("left the guide"),
        }
    }

    #[test]
    fn enter_at_every_question_reaches_a_verdict() {
        let (report, _, prompts) = finish(&[]);
        assert_eq!(report.verdict, Verdict::Unknown);
        assert!(!prompts.is_empty());
    }

    #[test]
    fn a_full_path_to_limited() {
        let (report, situation, _) = finish(&[
            "Verizon",
            "Beyond Unlimited",
            "Google Pixel 8",
            "Installed and turned on",
            "WPA3",
            "y",
            "correct-horse-battery-staple-1987!",
            "2GB",
            "In the United States",
        ]);
        assert_eq!(report.verdict, Verdict::Limited);
        assert_eq!(situation.plan.as_deref(), Some("beyond-unlimited"));
        let password = situation.password.expect("measured");
        assert_eq!(password.score, 4);
        assert!(report
            .findings
            .iter()
            .all(|f| f.rule != "weak-hotspot-password"));
    }

    #[test]
    fn a_daily_allowance_asks_for_todays_use() {
        let (_, _, daily) = finish(&["Airalo", "Airalo Unlimited"]);
        let (_, _, monthly) = finish(&["Verizon", "Beyond Unlimited"]);
        let used = |prompts: &[String]| {
            prompts
                .iter()
                .find(|p| p.contains("data used so far"))
                .cloned()
                .unwrap_or_else(|| panic!("no data question in {prompts:?}"))
        };
        assert!(used(&daily).contains("today"), "{daily:?}");
        assert!(used(&monthly).contains("billing cycle"), "{monthly:?}");
        // Airalo's hotspot comes out of the pack's data: every byte used counts.
        assert!(used(&daily).starts_with("Mobile data used"), "{daily:?}");
        assert!(
            used(&monthly).starts_with("Hotspot data used"),
            "{monthly:?}"
        );
    }

    #[test]
    fn a_china_market_iphone_is_a_short_path_to_no() {
        let (report, _, prompts) =
            finish(&["T-Mobile", "Go5G Plus", "Apple iPhone 15", "Mainland China"]);
        assert_eq!(report.verdict, Verdict::No);
        assert_eq!(prompts.len(), 4, "{prompts:?}");
    }

    #[test]
    fn an_unlisted_carrier_or_plan_is_answered_from_the_allowance_on_the_bill() {
        let not_listed: &'static str = Box::leak(messages::not_listed().into_boxed_str());
        let (report, situation, prompts) = finish(&[not_listed, "15GB"]);
        assert_eq!(prompts[1], messages::q_hotspot_cap(), "{prompts:?}");
        assert_eq!(
            situation.hotspot_cap,
            Some(units::Allowance::Bytes(15_000_000_000))
        );
        let plan = report.plan.expect("a plan from the figures");
        assert_eq!(plan.hotspot.high_speed_bytes, Some(15_000_000_000));
        // A listed carrier, its plan not known: the bill's figure still answers.
        let (report, _, prompts) = finish(&["Verizon", "", "15GB"]);
        assert_eq!(prompts[2], messages::q_hotspot_cap(), "{prompts:?}");
        assert_eq!(report.plan.expect("a plan").id, "your-plan");
    }

    #[test]
    fn an_unlisted_phone_is_asked_whether_it_has_esim() {
        let (report, situation, prompts) = finish(&[
            "Verizon",
            "Unlimited Ultimate",
            Box::leak(messages::not_listed().into_boxed_str()),
            Box::leak(messages::a_has_esim()[1].1.clone().into_boxed_str()),
        ]);
        assert_eq!(prompts[3], messages::q_has_esim());
        assert_eq!(situation.has_esim, Some(false));
        assert_eq!(report.verdict, Verdict::No);
    }

    #[test]
    fn escape_goes_back_one_question() {
        let (report, situation, prompts) = finish(&[
            "Verizon",
            "ESC",
            "T-Mobile",
            "Go5G Plus",
            "Apple iPhone 15",
            "Mainland China",
        ]);
        assert_eq!(situation.carrier.as_deref(), Some("t-mobile"));
        assert_eq!(prompts[1], messages::q_plan());
        assert_eq!(prompts[2], messages::q_carrier(), "back at the carrier");
        assert_eq!(report.verdict, Verdict::No);
    }

    #[test]
    fn the_first_question_switches_the_language() {
        let (_, situation, prompts) = finish(&["中文", "Verizon", "Unlimited Ultimate"]);
        crate::i18n::set_lang(Lang::En);
        assert_eq!(situation.lang, Some(Lang::Zh));
        assert_eq!(situation.carrier.as_deref(), Some("verizon"));
        assert!(prompts[0].starts_with("Which carrier"), "{prompts:?}");
        assert!(
            prompts[1].contains("运营商"),
            "asked again in Chinese: {prompts:?}"
        );
        assert!(prompts[2].contains("套餐"), "{prompts:?}");
    }

    #[test]
    fn an_unknown_allowance_is_asked_for_and_enter_still_reaches_a_verdict() {
        let (report, situation, prompts) = finish(&["AT&T", "AT&T Unlimited Starter SL", "15GB"]);
        assert!(prompts[2].contains("app or bill"), "{prompts:?}");
        assert_eq!(
            situation.hotspot_cap,
            Some(units::Allowance::Bytes(15_000_000_000))
        );
        let plan = report.plan.expect("a plan");
        assert_eq!(plan.hotspot.high_speed_bytes, Some(15_000_000_000));
        let (_, skipped, _) = finish(&["AT&T", "AT&T Unlimited Starter SL"]);
        assert_eq!(skipped.hotspot_cap, None);
        let (_, _, known) = finish(&["Verizon", "Beyond Unlimited"]);
        assert!(
            !known.iter().any(|p| p.contains("app or bill")),
            "{known:?}"
        );
    }

    #[test]
    fn escape_at_the_first_question_leaves() {
        let mut script = Scripted::new(&["ESC"]);
        assert!(matches!(
            run(&Library::embedded(), &mut script).unwrap(),
            Outcome::Left
        ));
    }
}
