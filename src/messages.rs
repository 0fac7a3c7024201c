//! Every sentence the program itself says, in one place, so that a translation is one file.
//! (The knowledge base carries its own text, with `{en, zh}` maps where translated.)

use crate::choice::{EsimState, LockState, Security};
use crate::error::{NameHint, NameKind};
use crate::facts::{Fact, FactValue, Phrase};
use crate::i18n::{message_in, Lang};
use crate::kb::model::{HotspotAllowance, Period, Platform, Region, Tri};
use crate::rules::condition::Truth;
use crate::rules::Verdict;
use crate::text::{sanitize, sentences, LocalizedText};
use crate::tr;
use crate::units::{Allowance, Known, Speed};

pub fn findings() -> String {
    tr!("findings")
}
pub fn source() -> String {
    tr!("source")
}
pub fn to_decide() -> String {
    tr!("to-decide")
}
pub fn not_checked() -> String {
    tr!("not-checked")
}
/// The keys that answer a yes/no question, as its prompt shows them.
pub fn y_n_keys() -> String {
    tr!("y-n-keys")
}
pub fn ask_the_seller(facts: &str) -> String {
    tr!("ask-the-seller", facts = facts)
}
pub fn not_checked_hint_guide() -> String {
    tr!("not-checked-hint-guide")
}
pub fn not_checked_hint() -> String {
    tr!("not-checked-hint")
}

/// A rule's text with the facts it names put in, in the language of the text: a Chinese text
/// gets Chinese words for its facts, an English one (also where no Chinese is written yet)
/// English words.
pub fn finding_text(text: &LocalizedText, values: &[(&'static str, Fact)]) -> String {
    let (template, lang) = text.in_lang(crate::i18n::lang());
    let mut out = String::with_capacity(template.len() + 64);
    let mut rest = template;
    // Each `{name}` the text holds is put in words once; a fact the text does not name is not.
    while let Some((before, name, after)) = placeholder(rest) {
        out.push_str(before);
        match values.iter().find(|(fact, _)| *fact == name) {
            Some((_, fact)) => out.push_str(&fact_in_words(fact, lang)),
            None => {
                out.push('{');
                out.push_str(name);
                out.push('}');
            }
        }
        rest = after;
    }
    out.push_str(rest);
    // A phrase put first ("your plan includes …") starts the sentence.
    capitalized(out)
}

/// The text before the first `{name}` in `text`, the name, and the text after it.
fn placeholder(text: &str) -> Option<(&str, &str, &str)> {
    let open = text.find('{')?;
    let close = open + text[open..].find('}')?;
    Some((&text[..open], &text[open + 1..close], &text[close + 1..]))
}

fn fact_in_words(fact: &Fact, lang: Lang) -> String {
    match fact {
        Fact::Known(FactValue::Phrase(phrase)) => phrase_in(phrase, lang),
        Fact::Known(value) => value.to_string(),
        Fact::Missing { .. } => message_in(lang, "unknown", None),
    }
}

/// The text with its first letter a capital, for a phrase that starts a sentence or a title.
/// Scripts without case, such as Chinese, are left as they are.
fn capitalized(mut text: String) -> String {
    match text.chars().next() {
        Some(first) if first.is_ascii() => {
            text[..1].make_ascii_uppercase();
            text
        }
        Some(first) if !first.is_uppercase() => {
            let upper: String = first.to_uppercase().collect();
            text.replace_range(..first.len_utf8(), &upper);
            text
        }
        _ => text,
    }
}

fn phrase_in(phrase: &Phrase, lang: Lang) -> String {
    let period_words = |id: &str, period: Period| {
        let mut args = crate::i18n::Args::new();
        args.set("period", period_key(period));
        message_in(lang, id, Some(&args))
    };
    match phrase {
        Phrase::Per(period) => period_words("per-period", *period),
        Phrase::ThisPeriod(period) => period_words("this-period", *period),
        Phrase::UntilReset(period) => period_words("until-reset", *period),
        Phrase::AfterCap {
            speed,
            general,
            better,
        } => {
            let note = if *general {
                message_in(lang, "general-after-cap", None)
            } else {
                String::new()
            };
            format!("{speed}{}{note}", better_in(better.as_ref(), lang))
        }
        Phrase::UnlistedPhone => message_in(lang, "unlisted-phone", None),
        Phrase::UnlistedPlan => message_in(lang, "unlisted-plan", None),
        Phrase::UnlistedCarrier => message_in(lang, "unlisted-carrier", None),
        Phrase::Carries(names) if names.is_empty() => {
            message_in(lang, "nothing-listed-works", None)
        }
        Phrase::Carries(names) => {
            let names: Vec<&str> = names.iter().map(|n| n.in_lang(lang).0).collect();
            names.join(&message_in(lang, "list-separator", None))
        }
    }
}

/// The text chosen in the language the program speaks now. Defined here, not beside the
/// type, so that the knowledge base's types never look up a language.
impl LocalizedText {
    pub fn current(&self) -> &str {
        self.in_lang(crate::i18n::lang()).0
    }
}

/// A remark after something, in the language's brackets: " (postpaid)" or "（后付费）".
pub fn paren(text: &str) -> String {
    tr!("paren", text = text)
}

/// Between the parts of a remark: "; " or "；".
pub fn detail_separator() -> String {
    tr!("detail-separator")
}

/// What follows a label: ": text" or "：text".
pub fn after_label(text: &str) -> String {
    tr!("after-label", text = text)
}

/// The end of a sentence, with the space another sentence needs after it: ". " or "。".
pub fn full_stop() -> String {
    tr!("full-stop")
}

/// Items in a list, with the language's separator ("a, b" or "a、b").
pub fn list(items: &[impl AsRef<str>]) -> String {
    let items: Vec<&str> = items.iter().map(AsRef::as_ref).collect();
    items.join(&tr!("list-separator"))
}

/// What to do or ask to settle a fact: its question's words.
pub fn how_to_find_out(question: &str) -> String {
    crate::i18n::message(&format!("ask-{question}"), None)
}

/// A fact's name as a person says it.
/// What a person calls a fact, from the label the fact table gives it.
pub fn fact_label(fact: &str) -> String {
    match crate::facts::spec(fact) {
        Some(spec) => crate::i18n::message(&format!("fact-{}", spec.label), None),
        None => fact.to_string(),
    }
}
pub fn trace() -> String {
    tr!("trace")
}
pub fn not_given() -> String {
    tr!("not-given")
}
pub fn repeat() -> String {
    tr!("repeat")
}
pub fn carrier() -> String {
    tr!("carrier")
}

pub fn network_line(network: &str) -> String {
    tr!("network-line", network = network)
}

pub fn on_network(network: &str) -> String {
    tr!("on-network", network = network)
}
pub fn plan() -> String {
    tr!("plan")
}
pub fn device() -> String {
    tr!("device")
}
pub fn hotspot() -> String {
    tr!("hotspot")
}
pub fn plan_facts() -> String {
    tr!("plan-facts")
}
pub fn device_facts() -> String {
    tr!("device-facts")
}
pub fn undated() -> String {
    tr!("undated")
}
pub fn kb_valid() -> String {
    tr!("kb-valid")
}

pub fn no_budget() -> String {
    tr!("no-budget")
}
pub fn notes() -> String {
    tr!("notes")
}
pub fn add_on() -> String {
    tr!("add-on")
}
pub fn works() -> String {
    tr!("works")
}
pub fn too_slow() -> String {
    tr!("too-slow")
}
pub fn needs() -> String {
    tr!("needs")
}
pub fn nothing_listed_works() -> String {
    tr!("nothing-listed-works")
}
pub fn used_of(used: &str, total: &str) -> String {
    tr!("used-of", used = used, total = total)
}
pub fn bytes_left(left: &str) -> String {
    tr!("bytes-left", left = left)
}
pub fn all_used() -> String {
    tr!("all-used")
}
pub fn over_by(over: &str) -> String {
    tr!("over-by", over = over)
}
pub fn resets_on(day: crate::kb::date::Date) -> String {
    tr!("resets-on", date = short_date(day))
}
/// A day as people write it on a bill: "Dec 12", "12月12日".
pub fn short_date(day: crate::kb::date::Date) -> String {
    tr!(
        "short-date",
        month = i64::from(day.month()),
        day = i64::from(day.day())
    )
}
pub fn about(figure: &str) -> String {
    tr!("about", figure = figure)
}
pub fn more_with_all() -> String {
    tr!("more-with-all")
}
pub fn via(via: crate::steps::Via) -> String {
    tr!("via", via = via.as_str())
}
pub fn steps_heading_for(device: &str, platform: crate::steps::StepPlatform) -> String {
    tr!(
        "steps-heading-for",
        device = device,
        platform = platform_name(platform)
    )
}
pub fn travel_roaming(seller: &str) -> String {
    tr!("travel-roaming", seller = seller)
}
/// "Your plan", as a title rather than a phrase inside a sentence.
pub fn your_plan() -> String {
    capitalized(tr!("unlisted-plan"))
}
pub fn your_plan_at(carrier: &str) -> String {
    tr!("your-plan-at", carrier = carrier)
}
/// Data used given in GiB, said back as carriers count it.
pub fn binary_used(bytes: u64) -> String {
    tr!(
        "binary-used",
        binary = format!("{:.2}", bytes as f64 / f64::from(1u32 << 30))
            .trim_end_matches('0')
            .trim_end_matches('.')
            .to_string(),
        decimal = crate::units::format_bytes(bytes)
    )
}
pub fn also_meant(found: &str, others: &str) -> String {
    tr!("also-meant", found = found, others = others)
}
pub fn no_longer_sold() -> String {
    tr!("no-longer-sold")
}
pub fn your_figures_source() -> String {
    tr!("your-figures-source")
}
pub fn which_connection() -> String {
    tr!("which-connection")
}
pub fn left() -> String {
    tr!("left")
}
pub fn at_full_speed() -> String {
    tr!("at-full-speed")
}
pub fn unlimited_left() -> String {
    tr!("unlimited-left")
}
pub fn nothing_left() -> String {
    tr!("nothing-left")
}
pub fn carries() -> String {
    tr!("carries")
}
pub fn both_ways() -> String {
    tr!("both-ways")
}
pub fn sources_disagree() -> String {
    tr!("sources-disagree")
}
pub fn usage_figures_note() -> String {
    tr!("usage-figures-note")
}
pub fn no_plans_match() -> String {
    tr!("no-plans-match")
}
pub fn carrier_table_header() -> [String; 5] {
    [
        tr!("carrier-table-name"),
        tr!("carrier-table-id"),
        tr!("carrier-table-network"),
        tr!("carrier-table-kinds"),
        tr!("carrier-table-known"),
    ]
}

/// A kind of plan by its word in the files (`prepaid`), in the reader's language.
pub fn plan_kind_word(kind: &str) -> String {
    tr!("plan-kind", kind = kind)
}

pub fn device_table_header() -> [String; 5] {
    [
        tr!("device-table-phone"),
        tr!("device-table-us"),
        tr!("device-table-cn"),
        tr!("device-table-hk"),
        tr!("device-table-mo"),
    ]
}
pub fn no_devices_match() -> String {
    tr!("no-devices-match")
}
pub fn devices_note() -> String {
    tr!("devices-note")
}
pub fn plan_table_header() -> [String; 7] {
    [
        tr!("plan-table-carrier"),
        tr!("plan-table-plan"),
        tr!("plan-table-kind"),
        tr!("plan-table-full-speed"),
        tr!("plan-table-then"),
        tr!("plan-table-esim"),
        tr!("plan-table-verified"),
    ]
}
pub fn not_included() -> String {
    tr!("not-included")
}
pub fn unlimited() -> String {
    tr!("unlimited")
}
pub fn unlimited_speed_unknown() -> String {
    tr!("unlimited-speed-unknown")
}
pub const NOTHING_FOLLOWS: &str = "-";
pub const CARRIERS_RULE_MARK: &str = " *";
pub fn carriers_rule_brief() -> String {
    tr!("carriers-rule-brief")
}
pub fn included_amount_unknown() -> String {
    tr!("included-amount-unknown")
}
pub fn reduced_speed_only() -> String {
    tr!("reduced-speed-only")
}

pub fn always_at(speed: &str) -> String {
    tr!("always-at", speed = speed)
}

pub fn allowance_brief(high_speed: &str, period: Period, then: &str) -> String {
    tr!(
        "allowance-brief",
        high_speed = high_speed,
        period = period_key(period),
        then = then
    )
}
/// As [`allowance_brief`], where the speed after the allowance is not known.
pub fn allowance_brief_speed_unknown(high_speed: &str, period: Period) -> String {
    tr!(
        "allowance-brief-speed-unknown",
        high_speed = high_speed,
        period = period_key(period)
    )
}
pub fn carriers_rule_note() -> String {
    tr!("carriers-rule-note")
}

pub fn unlimited_up_to(cap: Speed) -> String {
    tr!("unlimited-up-to", cap = cap.to_string())
}
pub fn none() -> String {
    tr!("none")
}
pub fn unknown() -> String {
    tr!("unknown")
}
/// A label, painted, with the space that follows it: "Carrier: ", but "运营商：", as a
/// full-width colon carries its own space.
pub fn label(text: String, paint: impl Fn(&str) -> colored::ColoredString) -> String {
    format!("{}{}", paint(&text), crate::text::gap_after(&text))
}

/// A label as [`label`] gives it, unpainted.
pub fn plain_label(text: String) -> String {
    label(text, |text| colored::Colorize::normal(text))
}

/// A plan whose hotspot terms are all unknown, in a list of plans to choose from.
pub fn hotspot_unknown() -> String {
    tr!("hotspot-unknown")
}
/// A speed in a table cell: "600 kbps", or that hotspot stops.
pub fn speed(speed: Speed) -> String {
    match speed {
        Speed::Blocked => tr!("speed-blocked"),
        speed => speed.to_string(),
    }
}
pub fn yes() -> String {
    tr!("yes")
}
pub fn no() -> String {
    tr!("no")
}

pub fn included_word(included: Option<bool>) -> String {
    match included {
        Some(true) => tr!("hotspot-included"),
        Some(false) => tr!("no-hotspot"),
        None => tr!("hotspot-not-confirmed"),
    }
}

pub fn shares_words(shares: Tri) -> Option<String> {
    match shares {
        Tri::True => Some(tr!("shares-plan-data")),
        Tri::False => Some(tr!("own-allowance")),
        Tri::Unknown => None,
    }
}

pub fn speed_cap(speed: Speed) -> String {
    tr!("speed-cap", speed = speed.to_string())
}

pub fn max_devices(n: u32) -> String {
    tr!("max-devices", n = n)
}

pub fn at_speed_heading(speed: Speed) -> String {
    tr!("at-speed-heading", speed = speed.to_string())
}

pub fn budget_heading(used: u64, period: Period) -> String {
    tr!(
        "budget-heading",
        used = crate::units::format_bytes(used),
        period = period_key(period)
    )
}

pub fn resets_daily() -> String {
    tr!("resets-daily")
}

pub fn daily_budget(daily: &str, days: u32) -> String {
    tr!("daily-budget", daily = daily, days = days)
}

pub fn runs_out(day: &str) -> String {
    tr!("runs-out", day = day)
}

pub fn lasts_until(reset: &str) -> String {
    tr!("lasts-until", reset = reset)
}

pub fn best_video(name: &str) -> String {
    tr!("best-video", name = name)
}

pub fn hours(h: f64) -> String {
    if h >= 100.0 {
        tr!("hours", h = format!("{h:.0}"))
    } else if h >= 1.0 {
        tr!("hours", h = format!("{h:.1}"))
    } else {
        tr!("minutes", m = format!("{:.0}", h * 60.0))
    }
}

pub const PROFILE_HEADER: &str =
    "# esim-hotspot profile: your answers, used by `esim-hotspot check --profile`.\n# It never holds a password. Edit or delete it freely.\n";
pub fn input_ended() -> String {
    tr!("input-ended")
}
pub fn terminal_failed() -> String {
    tr!("terminal-failed")
}
pub fn text_hint() -> String {
    tr!("text-hint")
}
/// The hint for a text question that starts on the answer typed before.
pub fn text_hint_kept() -> String {
    tr!("text-hint-kept")
}
pub fn needs_terminal() -> String {
    tr!("needs-terminal")
}
pub fn left_guide() -> String {
    tr!("left-guide")
}
pub fn dont_know() -> String {
    tr!("dont-know")
}
pub fn q_hotspot_cap() -> String {
    tr!("q-hotspot-cap")
}
pub fn lang_switch() -> String {
    tr!("lang-switch")
}
pub fn not_listed() -> String {
    tr!("not-listed")
}
pub fn q_carrier() -> String {
    tr!("q-carrier")
}
pub fn q_plan() -> String {
    tr!("q-plan")
}
pub fn q_device() -> String {
    tr!("q-device")
}
pub fn q_has_esim() -> String {
    tr!("q-has-esim")
}
pub fn a_has_esim() -> Vec<(bool, String)> {
    vec![
        (true, tr!("a-has-esim-true")),
        (false, tr!("a-has-esim-false")),
    ]
}
pub fn q_bought_in() -> String {
    tr!("q-bought-in")
}
pub fn a_bought_in() -> Vec<(Region, String)> {
    vec![
        (Region::Us, tr!("a-bought-in-us")),
        (Region::Cn, tr!("a-bought-in-cn")),
        (Region::Hk, tr!("a-bought-in-hk")),
        (Region::Mo, tr!("a-bought-in-mo")),
        (Region::Other, tr!("a-bought-in-other")),
    ]
}
pub fn q_os() -> String {
    tr!("q-os")
}
pub fn a_os() -> Vec<(Platform, String)> {
    vec![
        (Platform::Ios, tr!("a-os-ios")),
        (Platform::Android, tr!("a-os-android")),
    ]
}
pub fn q_os_version() -> String {
    tr!("q-os-version")
}
pub fn q_esim() -> String {
    tr!("q-esim")
}
pub fn a_esim() -> Vec<(EsimState, String)> {
    vec![
        (EsimState::Active, tr!("a-esim-active")),
        (EsimState::Installed, tr!("a-esim-installed")),
        (EsimState::None, tr!("a-esim-none")),
    ]
}
pub fn q_lock() -> String {
    tr!("q-lock")
}
pub fn a_lock() -> Vec<(LockState, String)> {
    vec![
        (LockState::Unlocked, tr!("a-lock-unlocked")),
        (LockState::Locked, tr!("a-lock-locked")),
    ]
}
pub fn q_locked_to() -> String {
    tr!("q-locked-to")
}
pub fn q_security() -> String {
    tr!("q-security")
}
pub fn a_security() -> Vec<(Security, String)> {
    vec![
        (Security::Wpa3, tr!("a-security-wpa3")),
        (Security::Wpa2Wpa3, tr!("a-security-wpa2-wpa3")),
        (Security::Wpa2, tr!("a-security-wpa2")),
        (Security::Open, tr!("a-security-open")),
    ]
}
pub fn q_password_check() -> String {
    tr!("q-password-check")
}
pub fn q_password() -> String {
    tr!("q-password")
}
pub fn no_password_typed() -> String {
    tr!("no-password-typed")
}
pub fn password_skipped() -> String {
    tr!("password-skipped")
}
/// A line over the longest answer kept (`wizard::keys::MAX_LINE_BYTES`).
pub fn too_long_answer(hidden: bool) -> String {
    tr!(
        "too-long-answer",
        hidden = if hidden { "yes" } else { "no" }
    )
}
pub fn q_password_stdin() -> String {
    tr!("q-password-stdin")
}
/// Where hotspot comes out of the plan's own data, all mobile data used counts.
pub fn used_question(period: Option<Period>, shares_plan_data: bool) -> String {
    tr!(
        "used-question",
        period = period_key(period.unwrap_or(Period::Month)),
        shares = if shares_plan_data { "yes" } else { "no" }
    )
}
pub fn q_roaming() -> String {
    tr!("q-roaming")
}
pub fn a_roaming() -> Vec<(bool, String)> {
    vec![
        (false, tr!("a-roaming-false")),
        (true, tr!("a-roaming-true")),
    ]
}
pub fn q_save_profile() -> String {
    tr!("q-save-profile")
}
pub fn size_example() -> String {
    tr!("size-example")
}

pub fn interrupted() -> String {
    tr!("interrupted")
}
pub fn page_dated() -> String {
    tr!("page-dated")
}

pub fn read_value(value: &str) -> String {
    tr!("read-value", value = value)
}

pub fn years_old(years: i64) -> String {
    tr!("years-old", years = years)
}

/// "no carrier called "verizn"; did you mean Verizon (verizon)? …"
pub fn unknown_name(kind: NameKind, given: &str, closest: &str, hint: &NameHint) -> String {
    let kind = name_kind(kind);
    let text = if closest.is_empty() {
        tr!("unknown-name", kind = kind, given = given)
    } else {
        tr!(
            "unknown-name-closest",
            kind = kind,
            given = given,
            closest = closest
        )
    };
    with_hint(text, hint)
}

pub fn ambiguous_name(kind: NameKind, given: &str, candidates: &str, hint: &NameHint) -> String {
    let text = tr!(
        "ambiguous-name",
        kind = name_kind(kind),
        given = given,
        candidates = candidates
    );
    with_hint(text, hint)
}

/// `--interface wlan1`: which interfaces there are, and the closest.
pub fn unknown_interface(given: &str, closest: Option<&str>, known: &str) -> String {
    match closest {
        Some(closest) => tr!(
            "unknown-interface-closest",
            given = given,
            closest = closest,
            known = known
        ),
        None => tr!("unknown-interface", given = given, known = known),
    }
}

fn name_kind(kind: NameKind) -> String {
    match kind {
        NameKind::Carrier => tr!("name-kind-carrier"),
        NameKind::Plan => tr!("name-kind-plan"),
        NameKind::Device => tr!("name-kind-device"),
    }
}

fn with_hint(text: String, hint: &NameHint) -> String {
    let hint = match hint {
        NameHint::None => return text,
        NameHint::UnlistedDevice => tr!("hint-unlisted-device"),
        NameHint::UnlistedCarrier => tr!("hint-unlisted-carrier"),
        NameHint::PlanNeedsCarrier => tr!("hint-plan-needs-carrier"),
        NameHint::ChooseCarrier => tr!("hint-choose-carrier"),
        NameHint::PlansOf(carrier) => tr!("hint-plans-of", carrier = sanitize(carrier)),
        NameHint::NewestOf {
            shown,
            count,
            query,
        } => tr!(
            "hint-newest-of",
            shown = *shown,
            count = *count,
            query = crate::text::shell_quote(&sanitize(query))
        ),
    };
    sentences(&text, &hint)
}

/// What went wrong, in the reader's language; text from a file or the command line is
/// escaped, and a long name shortened.
impl std::fmt::Display for crate::error::Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            crate::error::Error::Usage(usage) => f.write_str(&sanitize(&usage.to_string())),
            crate::error::Error::Terminal(message) => f.write_str(&sanitize(message)),
            crate::error::Error::UnknownName {
                kind,
                given,
                closest,
                hint,
            } => {
                let closest = list(closest);
                let closest = sanitize(&closest);
                f.write_str(&unknown_name(
                    *kind,
                    &sanitize(&shorten(given)),
                    &closest,
                    hint,
                ))
            }
            crate::error::Error::Ambiguous {
                kind,
                given,
                candidates,
                hint,
            } => f.write_str(&ambiguous_name(
                *kind,
                &sanitize(&shorten(given)),
                &sanitize(&list(candidates)),
                hint,
            )),
            crate::error::Error::UnknownInterface {
                given,
                closest,
                known,
            } => f.write_str(&unknown_interface(
                &sanitize(&shorten(given)),
                closest.as_deref().map(sanitize).as_deref(),
                &sanitize(&list(known)),
            )),
            crate::error::Error::NoInterface => f.write_str(&tr!("no-interface")),
            crate::error::Error::Kb(e) => write!(f, "{e}"),
            crate::error::Error::Interrupted => f.write_str(&interrupted()),
            crate::error::Error::Io { path, source } => {
                write!(f, "{}: {source}", sanitize(&path.display().to_string()))
            }
        }
    }
}

/// A flag or input that does not make sense, and what to give instead.
impl std::fmt::Display for crate::error::UsageError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use crate::error::UsageError as E;
        let text = match self {
            E::Flag { flag, cause } => tr!("flag-error", flag = *flag, error = cause.to_string()),
            E::CapNeedsAPlan { carrier: None } => tr!("cap-needs-a-plan"),
            E::CapNeedsAPlan {
                carrier: Some((id, name)),
            } => tr!(
                "cap-needs-one-of-its-plans",
                carrier = sanitize(name),
                id = sanitize(id)
            ),
            E::NoDaysLeft => tr!("no-days-left"),
            E::NoCycleAround(today) => tr!("no-cycle-around", today = today.to_string()),
            E::NoKbDir(dir) => tr!("no-kb-dir", dir = dir.display().to_string()),
            E::NotAKbDir(dir) => tr!("not-a-kb-dir", dir = dir.display().to_string()),
            E::NoProfileDir => tr!("no-profile-dir"),
            E::NoProfile(path) => tr!("no-profile", path = path.display().to_string()),
            E::ProfileNotWritten(error) => tr!("profile-not-written", error = error.clone()),
            E::PasswordStdinTooLong => tr!("password-stdin-too-long"),
            E::PasswordStdinNotUtf8 => tr!("password-stdin-not-utf8"),
            E::EmptyPasswordStdin => tr!("empty-password-stdin"),
            E::NoSchema(kind) => format!("no schema for \"{kind}\""),
        };
        f.write_str(&text)
    }
}

impl std::fmt::Display for crate::error::FlagCause {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            crate::error::FlagCause::Value(error) => write!(f, "{error}"),
            crate::error::FlagCause::Version(error) => write!(f, "{error}"),
            crate::error::FlagCause::Choice(error) => write!(f, "{error}"),
            crate::error::FlagCause::NotADayOfMonth(day) => {
                f.write_str(&not_a_day_of_month(&day.to_string()))
            }
        }
    }
}

fn shorten(given: &str) -> std::borrow::Cow<'_, str> {
    const KEEP: usize = 60;
    match given.char_indices().nth(KEEP) {
        Some((end, _)) if given.chars().count() > KEEP + 20 => {
            std::borrow::Cow::Owned(shortened(&given[..end], given.chars().count()))
        }
        _ => std::borrow::Cow::Borrowed(given),
    }
}

/// A plan named with its carrier, and the flag that picks that carrier where it helps:
/// "Unlimited from Mint (--carrier mint)".
pub fn plan_of(plan: &str, carrier: &str, id: Option<&str>) -> String {
    let named = tr!("plan-of", plan = plan, carrier = carrier);
    match id {
        Some(id) => format!("{named} (--carrier {id})"),
        None => named,
    }
}

/// The start of a long input, with its length: `aaaa… (131071 characters)`.
pub fn shortened(start: &str, length: usize) -> String {
    tr!("shortened-input", start = start, length = length)
}

pub fn profile_saved(path: &str) -> String {
    tr!("profile-saved", path = path)
}

pub fn plan_item(name: &str, allowance: &str) -> String {
    format!("{name} — {allowance}")
}

pub fn troubleshooting() -> String {
    tr!("troubleshooting")
}
pub fn checked() -> String {
    tr!("checked")
}

pub fn platform_name(platform: crate::steps::StepPlatform) -> String {
    match platform {
        crate::steps::StepPlatform::Ios => tr!("platform-ios"),
        crate::steps::StepPlatform::Android => tr!("platform-android"),
        crate::steps::StepPlatform::Samsung => tr!("platform-samsung"),
    }
}

pub fn steps_heading(platform: crate::steps::StepPlatform) -> String {
    tr!("steps-heading", platform = platform_name(platform))
}

pub fn offer_steps(platform: crate::steps::StepPlatform) -> String {
    tr!("offer-steps", platform = platform_name(platform))
}

pub fn stale_mark() -> String {
    tr!("stale-mark")
}

pub fn stale(verified: &str, days: i64) -> String {
    tr!("stale", verified = verified, months = days / 30)
}

// Input that does not parse: each says what works.
pub const SIZE_HINT: &str = "write it like 15GB, 500MB or 1.5GB";
pub const SPEED_HINT: &str = "write it like 600kbps or 3Mbps";

impl std::fmt::Display for crate::units::ValueError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use crate::units::{Quantity, ValueError as E};
        let what = |q: &Quantity| match q {
            Quantity::Size => "size",
            Quantity::Speed => "speed",
        };
        let text = match self {
            E::Empty(q) => tr!("value-empty", what = what(q)),
            E::Negative(input, q) => tr!("value-negative", input = input.as_str(), what = what(q)),
            E::NoNumber(input, q) => tr!("value-no-number", input = input.as_str(), what = what(q)),
            E::NoUnit(input, q) => tr!("value-no-unit", input = input.as_str(), what = what(q)),
            E::UnknownUnit(input, q) => {
                tr!("value-unknown-unit", input = input.as_str(), what = what(q))
            }
            E::TooLarge(input, q) => tr!("value-too-large", input = input.as_str(), what = what(q)),
            E::BelowOne(input, q) => tr!("value-below-one", input = input.as_str(), what = what(q)),
            E::Bool(value, q) => tr!("value-bool", value = value.to_string(), what = what(q)),
            E::CommaInNumber {
                input,
                quantity,
                meant,
            } => {
                use crate::units::CommaMeant;
                let (input, what) = (input.as_str(), what(quantity));
                match meant {
                    CommaMeant::Decimal(decimal) => tr!(
                        "value-decimal-comma",
                        input = input,
                        what = what,
                        decimal = decimal.as_str()
                    ),
                    CommaMeant::Thousands(thousands) => tr!(
                        "value-thousands-comma",
                        input = input,
                        what = what,
                        thousands = thousands.as_str()
                    ),
                    CommaMeant::Either { thousands, decimal } => tr!(
                        "value-thousands-or-decimal-comma",
                        input = input,
                        what = what,
                        thousands = thousands.as_str(),
                        decimal = decimal.as_str()
                    ),
                }
            }
            E::LeftNotUsed(input) => tr!("value-left-not-used", input = input.as_str()),
            E::SizeMeant { input, digits } => {
                tr!(
                    "value-size-meant",
                    input = input.as_str(),
                    digits = digits.as_str()
                )
            }
        };
        f.write_str(&text)
    }
}
impl std::fmt::Display for crate::kb::date::DateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use crate::kb::date::DateError as E;
        let text = match self {
            E::NotADate(input) => tr!("not-a-date", input = input.as_str()),
            E::NotAFullDate(input) => tr!("not-a-full-date", input = input.as_str()),
            E::NoSuchDay {
                text,
                year,
                month,
                day,
            } => tr!(
                "no-such-day",
                input = text.as_str(),
                month = format!("{year}-{month:02}"),
                day = *day
            ),
        };
        f.write_str(&text)
    }
}

impl std::fmt::Display for crate::facts::NotAVersion {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&tr!("not-a-version", input = self.0.as_str()))
    }
}

pub fn not_a_whole_number(input: &str) -> String {
    tr!("not-a-whole-number", input = input)
}
pub fn number_too_large(input: &str, max: u64) -> String {
    tr!("number-too-large", input = input, max = max.to_string())
}
pub fn not_seconds(input: &str) -> String {
    tr!("not-seconds", input = input)
}
pub fn not_a_day_of_month(input: &str) -> String {
    tr!("not-a-day-of-month", input = input)
}
/// An after-cap speed in a finding, marked when it is the carrier's general rule.
pub fn after_cap_said(speed: Speed, general: bool) -> String {
    format!("{speed}{}", general_after_cap(general))
}

fn general_after_cap(general: bool) -> String {
    if general {
        tr!("general-after-cap")
    } else {
        String::new()
    }
}

/// "15 GB at full speed per month, then 600 kbps", or what is known of it. `general_after_cap`
/// marks an after-cap speed taken from the carrier's general rule, not the plan's own terms.
pub fn allowance_in_words(
    hotspot: &HotspotAllowance,
    after_cap: Option<Speed>,
    general_after_cap: bool,
) -> String {
    let general = self::general_after_cap(general_after_cap);
    let then = match after_cap {
        Some(Speed::Blocked) => tr!("then-stops", until = until_reset(hotspot.period)),
        Some(speed) => {
            let better = better_in(hotspot.after_cap_better.as_ref(), crate::i18n::lang());
            tr!("then-speed", speed = format!("{speed}{better}"))
        }
        None => tr!("then-unknown"),
    };
    let then = match after_cap {
        Some(_) => format!("{then}{general}"),
        None => then,
    };
    match (hotspot.included, hotspot.full_speed()) {
        (Tri::False, _) => tr!("allowance-not-included"),
        (_, Known::Known(Allowance::Unlimited)) => match hotspot.speed_cap {
            None => tr!("allowance-unlimited"),
            Some(Known::Known(cap)) => tr!("allowance-unlimited-up-to", cap = cap.to_string()),
            Some(Known::Unknown) => tr!("allowance-unlimited-held"),
        },
        (_, Known::Known(Allowance::Bytes(0))) => match after_cap {
            Some(Speed::Kbps(k)) => {
                tr!("allowance-none-always", speed = Speed::Kbps(k).to_string())
            }
            _ => tr!("allowance-none"),
        },
        (_, Known::Known(Allowance::Bytes(b))) => tr!(
            "allowance-amount",
            amount = Allowance::Bytes(b).to_string(),
            period = period_key(hotspot.period),
            then = then
        ),
        (Tri::Unknown, Known::Unknown) => tr!("allowance-unknown"),
        (Tri::True, Known::Unknown) => tr!("allowance-amount-unknown"),
    }
}

/// " (6 Mbps on 5G Ultra Wideband)": the faster after-cap speed beside the lower one.
fn better_in(better: Option<&crate::kb::model::BetterSpeed>, lang: Lang) -> String {
    let Some(better) = better else {
        return String::new();
    };
    let mut args = crate::i18n::Args::new();
    args.set("speed", better.speed.to_string());
    args.set("on", sanitize(&better.on));
    message_in(lang, "better-speed-on", Some(&args))
}

/// "a month", for "15 GB of hotspot data a month".
pub fn per_period(period: Period) -> String {
    tr!("per-period", period = period_key(period))
}

/// The key a message selects its words by.
fn period_key(period: Period) -> &'static str {
    match period {
        Period::Month => "month",
        Period::Day => "day",
        Period::Plan => "plan",
    }
}

pub fn this_period(period: Period) -> String {
    tr!("this-period", period = period_key(period))
}

pub fn until_reset(period: Period) -> String {
    tr!("until-reset", period = period_key(period))
}

pub fn verdict_line(verdict: Verdict) -> String {
    match verdict {
        Verdict::Yes => tr!("verdict-yes"),
        Verdict::Limited => tr!("verdict-limited"),
        Verdict::No => tr!("verdict-no"),
        Verdict::Unknown => tr!("verdict-unknown"),
    }
}

/// The verdict in one word, for the badge.
pub fn verdict_word(verdict: Verdict) -> String {
    match verdict {
        Verdict::Yes => tr!("verdict-word-yes"),
        Verdict::Limited => tr!("verdict-word-limited"),
        Verdict::No => tr!("verdict-word-no"),
        Verdict::Unknown => tr!("verdict-word-unknown"),
    }
}

pub fn severity_word(severity: crate::rules::Severity) -> String {
    match severity {
        crate::rules::Severity::Block => tr!("severity-block"),
        crate::rules::Severity::Limit => tr!("severity-limit"),
        crate::rules::Severity::Warn => tr!("severity-warn"),
        crate::rules::Severity::Info => tr!("severity-info"),
    }
}

pub fn plan_kind(kind: crate::kb::model::PlanKind) -> String {
    plan_kind_word(kind.as_str())
}

pub fn rule_result(truth: Truth) -> String {
    match truth {
        Truth::True => tr!("rule-fired"),
        Truth::False => tr!("rule-not-fired"),
        Truth::Unknown => tr!("rule-could-fire"),
    }
}

/// A trace step's test in words: "all of", "plan.kind is not travel".
pub fn step_test(test: &crate::rules::condition::StepTest) -> String {
    use crate::rules::condition::StepTest;
    match test {
        StepTest::All => tr!("step-all"),
        StepTest::Any => tr!("step-any"),
        StepTest::Not => tr!("step-not"),
        StepTest::Fact { fact, op, value } => tr!(
            "step-test",
            fact = *fact,
            op = *op,
            value = value.clone().unwrap_or_default()
        ),
    }
}

pub fn truth_word(truth: Truth) -> String {
    match truth {
        Truth::True => tr!("truth-true"),
        Truth::False => tr!("truth-false"),
        Truth::Unknown => tr!("truth-unknown"),
    }
}

/// How far a source can be trusted. A page read in a copy kept on another site keeps its kind
/// (the carrier's words are still the carrier's) but says where it was read.
pub fn source_strength(kind: &str, copy_host: Option<&str>) -> String {
    match (kind, copy_host) {
        ("carrier", None) => tr!("source-carrier"),
        ("vendor", None) => tr!("source-vendor"),
        ("carrier", Some(host)) => tr!("source-carrier-copy", host = host),
        ("vendor", Some(host)) => tr!("source-vendor-copy", host = host),
        ("press", None) => tr!("source-press"),
        ("press", Some(host)) => tr!("source-press-copy", host = host),
        ("forum", None) => tr!("source-forum"),
        ("forum", Some(host)) => tr!("source-forum-copy", host = host),
        _ => tr!("source-unknown-kind"),
    }
}

/// A text a person reads with no Chinese yet: a warning, not a problem.
pub fn untranslated(missing: &crate::kb::translations::Untranslated) -> String {
    tr!(
        "untranslated",
        file = missing.file,
        id = missing.id.as_str(),
        field = missing.field
    )
}

pub fn problems_found(count: usize) -> String {
    tr!("problems-found", count = count)
}

/// A problem in a knowledge-base file, where it is: `file:line:column: problem`. Text from
/// the file is escaped.
impl std::fmt::Display for crate::error::KbError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", sanitize(&self.file))?;
        if let (Some(line), Some(column)) = (self.line, self.column) {
            write!(f, ":{line}:{column}")?;
        }
        write!(f, ": {}", sanitize(&self.problem.to_string()))
    }
}

// Problems in a knowledge-base file, in English for the person writing it.
mod kb;
/// A word that names none of a choice's answers, said with the words that do.
impl std::fmt::Display for crate::choice::NotAChoice {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::tr!(
            "not-one-of",
            input = self.given.as_str(),
            words = list(self.words)
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_phrase_that_starts_a_sentence_gets_its_capital() {
        assert_eq!(capitalized("your plan".into()), "Your plan");
        assert_eq!(capitalized("équipe".into()), "Équipe");
        assert_eq!(capitalized("T-Mobile".into()), "T-Mobile");
        assert_eq!(capitalized("你的套餐".into()), "你的套餐");
        assert_eq!(capitalized(String::new()), "");
    }

    #[test]
    fn a_finding_puts_in_the_facts_it_names_and_keeps_what_it_does_not() {
        let text = LocalizedText::Plain("{carrier} on {network}; {unknown} and {carrier}".into());
        let values = [
            ("carrier", Fact::Known(FactValue::Text("mint".into()))),
            ("plan.name", Fact::Known(FactValue::Text("15GB".into()))),
        ];
        assert_eq!(
            finding_text(&text, &values),
            "Mint on {network}; {unknown} and mint"
        );
    }

    #[test]
    fn every_kind_of_plan_has_its_own_words_in_every_language() {
        use crate::kb::model::PlanKind;
        let kinds = [
            PlanKind::Postpaid,
            PlanKind::Prepaid,
            PlanKind::Legacy,
            PlanKind::Travel,
        ];
        for lang in crate::i18n::Lang::ALL {
            crate::i18n::set_lang(lang);
            let mut words: Vec<String> = kinds.iter().map(|k| plan_kind(*k)).collect();
            words.sort();
            words.dedup();
            assert_eq!(words.len(), kinds.len(), "{lang:?}: {words:?}");
        }
        crate::i18n::set_lang(crate::i18n::Lang::En);
    }

    #[test]
    fn every_fact_has_a_name_a_person_reads() {
        for lang in crate::i18n::Lang::ALL {
            for fact in crate::facts::FACTS {
                let id = format!("fact-{}", fact.label);
                let label = crate::i18n::message_in(lang, &id, None);
                assert_ne!(label, id, "{lang:?}: {} has no words", fact.name);
                assert!(!label.contains(['.', '_']), "{lang:?}: {label}");
            }
        }
    }

    #[test]
    fn a_flag_error_names_the_flag_then_what_to_write() {
        use crate::error::{Error, FlagCause};
        let day = Error::flag("cycle-day", FlagCause::NotADayOfMonth(32));
        assert_eq!(
            day.to_string(),
            "--cycle-day: \"32\" is not a day of the month (write 1 to 31)"
        );
        let choice = Error::flag(
            "os",
            crate::choice::NotAChoice {
                given: "windows".into(),
                words: crate::facts::PLATFORMS,
            },
        );
        assert_eq!(
            choice.to_string(),
            "--os: \"windows\" is not one of ios, android (or unknown)"
        );
    }

    #[test]
    fn a_day_the_calendar_lacks_is_named_with_its_month() {
        let error = crate::kb::date::Date::parse("2026-02-29").unwrap_err();
        assert_eq!(
            error.to_string(),
            "\"2026-02-29\" is not a real date: 2026-02 has no day 29"
        );
    }

    fn hotspot(high_speed: Known<Allowance>, speed_cap: Option<Known<Speed>>) -> HotspotAllowance {
        HotspotAllowance {
            included: Tri::True,
            high_speed,
            after_cap: Known::Unknown,
            shares_plan_data: Tri::Unknown,
            max_devices: None,
            period: Period::Month,
            speed_cap,
            after_cap_better: None,
        }
    }

    #[test]
    fn unlimited_is_full_speed_only_when_no_top_speed_is_in_doubt() {
        let unlimited = Known::Known(Allowance::Unlimited);
        assert_eq!(
            allowance_in_words(&hotspot(unlimited, None), None, false),
            "unlimited at full speed"
        );
        let in_doubt = allowance_in_words(&hotspot(unlimited, Some(Known::Unknown)), None, false);
        assert!(!in_doubt.contains("full speed"), "{in_doubt}");
        let capped = hotspot(unlimited, Some(Known::Known(Speed::Kbps(5000))));
        assert_eq!(
            allowance_in_words(&capped, None, false),
            "unlimited, at up to 5 Mbps"
        );
    }

    #[test]
    fn a_carriers_general_after_cap_speed_is_marked_as_such() {
        let plan = hotspot(Known::Known(Allowance::Bytes(60_000_000_000)), None);
        let own = allowance_in_words(&plan, Some(Speed::Kbps(128)), false);
        let general = allowance_in_words(&plan, Some(Speed::Kbps(128)), true);
        assert_eq!(own, "60 GB at full speed per month, then 128 kbps");
        assert!(
            general.starts_with(&own) && general.contains("not confirmed"),
            "{general}"
        );
    }
}
