//! A rule's condition: tests on named facts, joined by `all`, `any` and `not`.
//!
//! Evaluation is three-valued (Kleene): a test on a missing fact is `Unknown`, `all` is false
//! as soon as one part is false, `any` is true as soon as one part is true. So "unknown" means
//! exactly "some value of the missing facts, with the known ones, could make this hold".

use std::borrow::Cow;
use std::collections::BTreeSet;
use std::fmt;
use std::ops::Deref;

use serde::de::{self, Deserializer};
use serde::Deserialize;
use serde_yaml::Value;

use crate::facts::{self, Fact, FactSpec, FactType, FactValue, Facts, Version};
use crate::kb::model::BoolHint;
use crate::kb::names::did_you_mean;
use crate::kb::problem::Problem;
use crate::text::KbString;
use crate::units;

#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Truth {
    True,
    False,
    Unknown,
}

impl Truth {
    fn not(self) -> Truth {
        match self {
            Truth::True => Truth::False,
            Truth::False => Truth::True,
            Truth::Unknown => Truth::Unknown,
        }
    }
}

#[derive(Debug, Clone)]
pub enum Condition {
    All(Parts),
    Any(Parts),
    Not(Nested),
    Test(Test),
}

/// A group's parts. The built-in rules' lie in the program (`built_in.rs`), built with it;
/// a file's are read into memory.
pub type Parts = Cow<'static, [Condition]>;

/// The condition a `not` turns around, in the program or read, as [`Parts`] are.
#[derive(Clone)]
pub enum Nested {
    Built(&'static Condition),
    Read(Box<Condition>),
}

/// The condition itself, wherever it lies, as a `Cow` shows.
impl fmt::Debug for Nested {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&**self, f)
    }
}

impl Deref for Nested {
    type Target = Condition;

    fn deref(&self) -> &Condition {
        match self {
            Nested::Built(condition) => condition,
            Nested::Read(condition) => condition,
        }
    }
}

#[derive(Debug, Clone)]
pub struct Test {
    pub fact: &'static FactSpec,
    pub op: Op,
}

#[derive(Debug, Clone)]
pub enum Op {
    Is(FactValue),
    IsNot(FactValue),
    OneOf(Cow<'static, [FactValue]>),
    LessThan(FactValue),
    AtMost(FactValue),
    GreaterThan(FactValue),
    AtLeast(FactValue),
    Present(bool),
}

/// One line of a rule's trace: a test, the value it read, and what it came to.
#[derive(Debug, Clone, serde::Serialize)]
pub struct TraceStep {
    pub depth: usize,
    pub test: StepTest,
    /// The fact's value as read, or `null` when it was missing.
    pub read: Option<String>,
    pub result: Truth,
}

/// What a trace step tested, in the rules file's own terms; words come when it is shown.
#[derive(Debug, Clone, PartialEq)]
pub enum StepTest {
    All,
    Any,
    Not,
    /// A test on a fact: the rules file's keyword (`is`, `one_of`, `present`...) and the value
    /// it compares with, if any.
    Fact {
        fact: &'static str,
        op: &'static str,
        value: Option<String>,
    },
}

impl StepTest {
    pub fn is_group(&self) -> bool {
        !matches!(self, StepTest::Fact { .. })
    }
}

/// In JSON, as the rules file writes it: `all`, `plan.kind is_not travel`.
impl serde::Serialize for StepTest {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.to_string())
    }
}

impl fmt::Display for StepTest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StepTest::All => f.write_str("all"),
            StepTest::Any => f.write_str("any"),
            StepTest::Not => f.write_str("not"),
            StepTest::Fact {
                fact,
                op,
                value: Some(value),
            } => write!(f, "{fact} {op} {value}"),
            StepTest::Fact {
                fact,
                op,
                value: None,
            } => write!(f, "{fact} {op}"),
        }
    }
}

/// What evaluating a condition leaves behind besides its truth.
#[derive(Debug, Default)]
pub struct Evaluation {
    /// Whether to keep the steps: only `--explain` shows them, and writing out each value
    /// read is as much work as the tests themselves.
    tracing: bool,
    /// Each test and group in order, when tracing; else empty.
    pub steps: Vec<TraceStep>,
    /// Facts whose absence left some test unknown.
    pub missing: BTreeSet<&'static str>,
}

impl Evaluation {
    /// An evaluation that keeps every step, for `--explain`.
    pub fn traced() -> Evaluation {
        Evaluation {
            tracing: true,
            ..Evaluation::default()
        }
    }
}

impl Condition {
    pub fn evaluate(&self, facts: &Facts, out: &mut Evaluation) -> Truth {
        self.evaluate_at(facts, out, 0)
    }

    fn evaluate_at(&self, facts: &Facts, out: &mut Evaluation, depth: usize) -> Truth {
        match self {
            Condition::Test(test) => test.evaluate(facts, out, depth),
            Condition::Not(inner) => {
                let at = open_group(out, depth, StepTest::Not);
                let result = inner.evaluate_at(facts, out, depth + 1).not();
                close_group(out, at, result)
            }
            // Kleene logic: one false part settles `all`, one true part settles `any`.
            Condition::All(parts) => {
                self.evaluate_group(parts, StepTest::All, Truth::False, facts, out, depth)
            }
            Condition::Any(parts) => {
                self.evaluate_group(parts, StepTest::Any, Truth::True, facts, out, depth)
            }
        }
    }

    /// Evaluates every part (each leaves its trace), then: `settles` if any part is it, else
    /// unknown if any part is unknown, else the opposite of `settles`.
    fn evaluate_group(
        &self,
        parts: &[Condition],
        label: StepTest,
        settles: Truth,
        facts: &Facts,
        out: &mut Evaluation,
        depth: usize,
    ) -> Truth {
        let at = open_group(out, depth, label);
        let (mut settled, mut unknown) = (false, false);
        for part in parts {
            match part.evaluate_at(facts, out, depth + 1) {
                result if result == settles => settled = true,
                Truth::Unknown => unknown = true,
                _ => {}
            }
        }
        let result = if settled {
            settles
        } else if unknown {
            Truth::Unknown
        } else {
            settles.not()
        };
        close_group(out, at, result)
    }

    /// Whether a test reads any of the facts named.
    pub fn reads_any(&self, names: &[&str]) -> bool {
        match self {
            Condition::Test(t) => names.contains(&t.fact.name),
            Condition::Not(inner) => inner.reads_any(names),
            Condition::All(parts) | Condition::Any(parts) => {
                parts.iter().any(|p| p.reads_any(names))
            }
        }
    }

    /// Every fact the condition reads.
    pub fn facts(&self, into: &mut BTreeSet<&'static str>) {
        match self {
            Condition::Test(t) => {
                into.insert(t.fact.name);
            }
            Condition::Not(inner) => inner.facts(into),
            Condition::All(parts) | Condition::Any(parts) => {
                parts.iter().for_each(|p| p.facts(into))
            }
        }
    }
}

/// A group's step, put before its parts' steps; its result is known once they are done.
fn open_group(out: &mut Evaluation, depth: usize, label: StepTest) -> Option<usize> {
    if !out.tracing {
        return None;
    }
    out.steps.push(TraceStep {
        depth,
        test: label,
        read: None,
        result: Truth::Unknown,
    });
    Some(out.steps.len() - 1)
}

fn close_group(out: &mut Evaluation, at: Option<usize>, result: Truth) -> Truth {
    if let Some(at) = at {
        out.steps[at].result = result;
    }
    result
}

impl Test {
    fn evaluate(&self, facts: &Facts, out: &mut Evaluation, depth: usize) -> Truth {
        // Read where it lies: a hundred tests read the facts on every `check`.
        let name = self.fact.name;
        let fact = facts.find(name);
        let result = match (&self.op, fact) {
            (Op::Present(want), Some(Fact::Known(_))) => truth(*want),
            (Op::Present(want), _) => truth(!*want),
            (_, Some(Fact::Missing { because })) => {
                out.missing.extend(because.iter().copied());
                Truth::Unknown
            }
            // Nobody set it: missing, settled by itself.
            (_, None) => {
                out.missing.insert(name);
                Truth::Unknown
            }
            (op, Some(Fact::Known(value))) => truth(op.holds(value)),
        };
        if !out.tracing {
            return result;
        }
        out.steps.push(TraceStep {
            depth,
            test: self.step(),
            read: match fact {
                Some(Fact::Known(v)) => Some(v.to_string()),
                _ => None,
            },
            result,
        });
        result
    }
}

fn truth(b: bool) -> Truth {
    if b {
        Truth::True
    } else {
        Truth::False
    }
}

impl Op {
    fn holds(&self, value: &FactValue) -> bool {
        match self {
            Op::Is(v) => value == v,
            Op::IsNot(v) => value != v,
            Op::OneOf(vs) => vs.contains(value),
            Op::LessThan(v) => compare(value, v).is_some_and(|o| o.is_lt()),
            Op::AtMost(v) => compare(value, v).is_some_and(|o| o.is_le()),
            Op::GreaterThan(v) => compare(value, v).is_some_and(|o| o.is_gt()),
            Op::AtLeast(v) => compare(value, v).is_some_and(|o| o.is_ge()),
            Op::Present(_) => unreachable!("presence is decided before values are read"),
        }
    }
}

fn compare(a: &FactValue, b: &FactValue) -> Option<std::cmp::Ordering> {
    match (a, b) {
        (FactValue::Version(x), FactValue::Version(y)) => Some(x.cmp(y)),
        _ => a.magnitude()?.partial_cmp(&b.magnitude()?),
    }
}

impl Test {
    /// The test as a trace step: the fact, the rules file's keyword and the value.
    fn step(&self) -> StepTest {
        let (op, value) = match &self.op {
            Op::Is(v) => ("is", Some(v.to_string())),
            Op::IsNot(v) => ("is_not", Some(v.to_string())),
            Op::OneOf(vs) => {
                let words: Vec<String> = vs.iter().map(ToString::to_string).collect();
                ("one_of", Some(words.join(", ")))
            }
            Op::LessThan(v) => ("less_than", Some(v.to_string())),
            Op::AtMost(v) => ("at_most", Some(v.to_string())),
            Op::GreaterThan(v) => ("greater_than", Some(v.to_string())),
            Op::AtLeast(v) => ("at_least", Some(v.to_string())),
            Op::Present(true) => ("present", None),
            Op::Present(false) => ("missing", None),
        };
        StepTest::Fact {
            fact: self.fact.name,
            op,
            value,
        }
    }
}

/// A rule's `fact:` is one of the declared facts: editors offer them and flag a typo.
fn fact_name_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
    let names: Vec<&str> = crate::facts::FACTS.iter().map(|f| f.name).collect();
    schemars::json_schema!({ "type": ["string", "null"], "enum": names })
}

/// The condition as written in YAML; checked and turned into a `Condition` on load. Each
/// comparison's value is boxed: a condition holds at most one, and every `check` reads some
/// hundred conditions, moved by value as they are read.
#[derive(Debug, Default, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields, default)]
pub(crate) struct RawCondition {
    all: Option<Vec<Condition>>,
    any: Option<Vec<Condition>>,
    not: Option<Box<Condition>>,
    #[schemars(schema_with = "fact_name_schema")]
    fact: Option<KbString>,
    #[schemars(with = "Option<serde_json::Value>")]
    is: Option<Box<Value>>,
    #[schemars(with = "Option<serde_json::Value>")]
    is_not: Option<Box<Value>>,
    #[schemars(with = "Option<Vec<serde_json::Value>>")]
    one_of: Option<Vec<Value>>,
    #[schemars(with = "Option<serde_json::Value>")]
    less_than: Option<Box<Value>>,
    #[schemars(with = "Option<serde_json::Value>")]
    at_most: Option<Box<Value>>,
    #[schemars(with = "Option<serde_json::Value>")]
    greater_than: Option<Box<Value>>,
    #[schemars(with = "Option<serde_json::Value>")]
    at_least: Option<Box<Value>>,
    present: Option<bool>,
    missing: Option<bool>,
}

impl<'de> Deserialize<'de> for Condition {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        RawCondition::deserialize(deserializer)?
            .into_condition()
            .map_err(de::Error::custom)
    }
}

impl RawCondition {
    fn into_condition(self) -> Result<Condition, Problem> {
        let groups = [self.all.is_some(), self.any.is_some(), self.not.is_some()];
        let group_count = groups.iter().filter(|g| **g).count();
        if group_count > 0 {
            if group_count > 1 || self.fact.is_some() {
                return Err(Problem::OneKindOfCondition);
            }
            return Ok(match (self.all, self.any, self.not) {
                (Some(parts), _, _) => Condition::All(non_empty(parts, "all")?.into()),
                (_, Some(parts), _) => Condition::Any(non_empty(parts, "any")?.into()),
                (_, _, Some(inner)) => Condition::Not(Nested::Read(inner)),
                _ => unreachable!("one group was counted"),
            });
        }
        let Some(name) = self.fact else {
            return Err(Problem::ConditionNeedsFact);
        };
        let spec = facts::spec(&name).ok_or_else(|| unknown_fact(&name))?;
        let ty = spec.ty;
        let value = |v: &Value| {
            fact_value(ty, v).map_err(|problem| Problem::InFact {
                name: name.to_string(),
                problem: Box::new(problem),
            })
        };
        let ordered = |v: &Value| {
            if ty.is_ordered() {
                value(v)
            } else {
                Err(Problem::NoOrder {
                    name: name.to_string(),
                    ty,
                })
            }
        };
        let mut ops = Vec::new();
        if let Some(v) = self.is {
            ops.push(Op::Is(value(&v)?));
        }
        if let Some(v) = self.is_not {
            ops.push(Op::IsNot(value(&v)?));
        }
        if let Some(vs) = self.one_of {
            ops.push(Op::OneOf(
                vs.iter().map(value).collect::<Result<Vec<_>, _>>()?.into(),
            ));
        }
        if let Some(v) = self.less_than {
            ops.push(Op::LessThan(ordered(&v)?));
        }
        if let Some(v) = self.at_most {
            ops.push(Op::AtMost(ordered(&v)?));
        }
        if let Some(v) = self.greater_than {
            ops.push(Op::GreaterThan(ordered(&v)?));
        }
        if let Some(v) = self.at_least {
            ops.push(Op::AtLeast(ordered(&v)?));
        }
        if let Some(p) = self.present {
            ops.push(Op::Present(p));
        }
        if let Some(m) = self.missing {
            ops.push(Op::Present(!m));
        }
        match ops.len() {
            1 => Ok(Condition::Test(Test {
                fact: spec,
                op: ops.pop().expect("one op"),
            })),
            0 => Err(Problem::NothingToCompare { name: name.into() }),
            _ => Err(Problem::SeveralComparisons { name: name.into() }),
        }
    }
}

fn non_empty(parts: Vec<Condition>, group: &'static str) -> Result<Vec<Condition>, Problem> {
    if parts.is_empty() {
        Err(Problem::EmptyGroup { group })
    } else {
        Ok(parts)
    }
}

fn unknown_fact(name: &str) -> Problem {
    let names = facts::FACTS.iter().map(|f| f.name);
    Problem::UnknownFact {
        name: name.to_string(),
        closest: did_you_mean(name, names).map(str::to_string),
    }
}

/// Reads a value written in a rule as the fact's own type, so `is: yes` on a true/false fact
/// and `less_than: 15 G` on a size are load errors, not tests that never hold.
pub fn fact_value(ty: FactType, value: &Value) -> Result<FactValue, Problem> {
    let text = match value {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    };
    let wrong = || Problem::Expected(ty);
    match ty {
        FactType::Bool => match value {
            Value::Bool(b) => Ok(FactValue::Bool(*b)),
            Value::String(s) => Err(Problem::NotTrueOrFalse {
                word: s.clone(),
                hint: BoolHint::of(s),
            }),
            _ => Err(wrong()),
        },
        FactType::Choice(words) => {
            let word = text.ok_or_else(wrong)?;
            if words.contains(&word.as_str()) {
                Ok(FactValue::Text(word.into()))
            } else {
                Err(Problem::NotOneOf { word, ty })
            }
        }
        FactType::Size => units::parse_allowance(&text.ok_or_else(wrong)?)
            .map(FactValue::Size)
            .map_err(Problem::from),
        FactType::Speed => units::parse_speed(&text.ok_or_else(wrong)?)
            .map(FactValue::Speed)
            .map_err(Problem::from),
        FactType::Version => Version::parse(&text.ok_or_else(wrong)?)
            .map(FactValue::Version)
            .map_err(Problem::from),
        FactType::Number => match value {
            Value::Number(n) => n.as_f64().map(FactValue::Number).ok_or_else(wrong),
            _ => Err(wrong()),
        },
        FactType::Name => text.map(|t| FactValue::Text(t.into())).ok_or_else(wrong),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::units::Allowance;

    fn condition(yaml: &str) -> Condition {
        serde_yaml::from_str(yaml).unwrap()
    }

    fn load_error(yaml: &str) -> String {
        serde_yaml::from_str::<Condition>(yaml)
            .unwrap_err()
            .to_string()
    }

    fn run(c: &Condition, facts: &Facts) -> (Truth, Evaluation) {
        let mut out = Evaluation::traced();
        (c.evaluate(facts, &mut out), out)
    }

    #[test]
    fn missing_fact_is_unknown_not_false() {
        let c = condition("{fact: roaming, is: true}");
        let (truth, eval) = run(&c, &Facts::default());
        assert_eq!(truth, Truth::Unknown);
        assert!(eval.missing.contains("roaming"));
        let (negated, _) = run(
            &condition("{not: {fact: roaming, is: true}}"),
            &Facts::default(),
        );
        assert_eq!(negated, Truth::Unknown);
    }

    #[test]
    fn kleene_all_and_any() {
        let mut facts = Facts::default();
        facts.known("roaming", FactValue::Bool(false));
        let all = condition("{all: [{fact: roaming, is: true}, {fact: security, is: open}]}");
        assert_eq!(
            run(&all, &facts).0,
            Truth::False,
            "one false part settles `all`"
        );
        let any = condition("{any: [{fact: roaming, is: false}, {fact: security, is: open}]}");
        assert_eq!(
            run(&any, &facts).0,
            Truth::True,
            "one true part settles `any`"
        );
        let open = condition("{any: [{fact: roaming, is: true}, {fact: security, is: open}]}");
        assert_eq!(run(&open, &facts).0, Truth::Unknown);
    }

    #[test]
    fn comparisons_on_sizes_and_versions() {
        let mut facts = Facts::default();
        facts.known("plan.hotspot.left", FactValue::Size(Allowance::Bytes(0)));
        facts.known(
            "os_version",
            FactValue::Version(Version::parse("17.4").unwrap()),
        );
        let used_up = condition("{fact: plan.hotspot.left, at_most: 0GB}");
        assert_eq!(run(&used_up, &facts).0, Truth::True);
        let old = condition("{fact: os_version, less_than: '17.10'}");
        assert_eq!(run(&old, &facts).0, Truth::True);
        facts.known("plan.hotspot.left", FactValue::Size(Allowance::Unlimited));
        assert_eq!(run(&used_up, &facts).0, Truth::False);
    }

    #[test]
    fn presence_is_always_known() {
        let (truth, _) = run(&condition("{fact: used, missing: true}"), &Facts::default());
        assert_eq!(truth, Truth::True);
    }

    #[test]
    fn trace_records_value_read() {
        let mut facts = Facts::default();
        facts.known("security", FactValue::Text("wpa2".into()));
        let c = condition("{all: [{fact: security, is: open}, {fact: roaming, is: true}]}");
        let (_, eval) = run(&c, &facts);
        assert_eq!(eval.steps.len(), 3);
        assert_eq!(eval.steps[1].read.as_deref(), Some("wpa2"));
        assert_eq!(eval.steps[1].result, Truth::False);
        assert_eq!(eval.steps[2].read, None);
        assert_eq!(eval.steps[0].result, Truth::False);
    }

    #[test]
    fn without_a_trace_the_answer_and_the_missing_facts_are_the_same() {
        let mut facts = Facts::default();
        facts.known("security", FactValue::Text("wpa2".into()));
        let c = condition(
            "{any: [{all: [{fact: security, is: open}, {fact: roaming, is: true}]}, {not: {fact: used, present: true}}, {fact: lock, is: locked}]}",
        );
        let (traced_truth, traced) = run(&c, &facts);
        let mut plain = Evaluation::default();
        assert_eq!(c.evaluate(&facts, &mut plain), traced_truth);
        assert_eq!(plain.missing, traced.missing);
        assert!(plain.steps.is_empty());
    }

    #[test]
    fn load_errors_say_what_to_write() {
        assert!(load_error("{fact: hotspt, is: true}").contains("unknown fact `hotspt`"));
        assert!(load_error("{fact: plan.hotspot.includd, is: true}")
            .contains("did you mean `plan.hotspot.included`?"));
        assert!(load_error("{fact: roaming, is: yes}").contains("(write true)"));
        assert!(load_error("{fact: security, is: wep}").contains("one of wpa3"));
        assert!(load_error("{fact: security, less_than: open}").contains("no order"));
        assert!(load_error("{fact: used, at_most: 15 G}").contains("15GB"));
        assert!(load_error("{fact: used}").contains("says nothing"));
        assert!(load_error("{fact: used, is: 1GB, at_most: 2GB}").contains("several"));
        assert!(load_error("{all: []}").contains("at least one"));
    }
}
