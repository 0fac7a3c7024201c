//! JSON Schemas of the knowledge-base files, generated from the same types that read them,
//! so an editor's YAML support can check a file as it is typed.

use std::borrow::Cow;

use schemars::generate::SchemaSettings;
use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};

use super::date::{Date, SourceDate};
use super::model::{Carrier, DeviceList, Tri};
use crate::rules::condition::{Condition, RawCondition};
use crate::rules::{RawRule, Rule, RuleFile};
use crate::steps::StepsFile;
use crate::units::{Allowance, Known, Speed};
use crate::usage::UsageFile;

/// The kinds of file a knowledge base has, each with its own schema.
pub const KINDS: [&str; 5] = ["carrier", "devices", "rules", "usage", "steps"];

/// The schema for one kind of file, as pretty JSON.
pub fn schema(kind: &str) -> Option<String> {
    let generator = SchemaSettings::draft07().into_generator();
    let schema = match kind {
        "carrier" => generator.into_root_schema_for::<Carrier>(),
        "devices" => generator.into_root_schema_for::<DeviceList>(),
        "rules" => generator.into_root_schema_for::<RuleFile>(),
        "usage" => generator.into_root_schema_for::<UsageFile>(),
        "steps" => generator.into_root_schema_for::<StepsFile>(),
        _ => return None,
    };
    let mut text = serde_json::to_string_pretty(&schema).ok()?;
    text.push('\n');
    Some(text)
}

const SIZE_PATTERN: &str =
    r"^\s*([0-9]+(\.[0-9]+)?\s*([KMGT]B|[kmgt]b|[KMGT]b|bytes?|B)|unlimited|none|unknown)\s*$";
const SPEED_PATTERN: &str =
    r"^\s*([0-9]+(\.[0-9]+)?\s*([KMG]bps|[kmg]bps|[KMG]bit/s)|blocked|unknown)\s*$";

macro_rules! string_schema {
    ($ty:ty, $name:literal, $schema:expr) => {
        impl JsonSchema for $ty {
            fn schema_name() -> Cow<'static, str> {
                $name.into()
            }
            fn json_schema(_: &mut SchemaGenerator) -> Schema {
                $schema
            }
        }
    };
}

string_schema!(
    Tri,
    "TrueFalseOrUnknown",
    json_schema!({ "description": "true, false or unknown", "anyOf": [{ "type": "boolean" }, { "const": "unknown" }] })
);
string_schema!(
    Allowance,
    "DataSize",
    json_schema!({ "description": "a data size like 15GB, 500MB, unlimited or none", "type": "string", "pattern": SIZE_PATTERN })
);
string_schema!(
    Known<Allowance>,
    "DataSizeOrUnknown",
    json_schema!({ "description": "a data size like 15GB, unlimited, none, or unknown", "type": "string", "pattern": SIZE_PATTERN })
);
string_schema!(
    Speed,
    "Speed",
    json_schema!({ "description": "a speed like 600kbps or 6Mbps", "type": "string", "pattern": SPEED_PATTERN })
);
string_schema!(
    Known<Speed>,
    "SpeedOrUnknown",
    json_schema!({ "description": "a speed like 600kbps or 3Mbps, blocked, or unknown", "type": "string", "pattern": SPEED_PATTERN })
);
string_schema!(
    Date,
    "Date",
    json_schema!({ "description": "a date like 2026-11-25", "type": "string", "pattern": r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$" })
);
string_schema!(
    SourceDate,
    "PageDate",
    json_schema!({
        "description": "the date the page carries: 2025-06-19, 2025-06, 2025, or unknown",
        "anyOf": [
            { "type": "string", "pattern": r"^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$" },
            { "type": "integer" },
            { "const": "unknown" }
        ]
    })
);

impl JsonSchema for Rule {
    fn schema_name() -> Cow<'static, str> {
        "Rule".into()
    }
    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        RawRule::json_schema(generator)
    }
}

impl JsonSchema for Condition {
    fn schema_name() -> Cow<'static, str> {
        "Condition".into()
    }
    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        RawCondition::json_schema(generator)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_has_a_schema() {
        for kind in KINDS {
            let text = schema(kind).unwrap();
            let value: serde_json::Value = serde_json::from_str(&text).unwrap();
            assert!(value.get("properties").is_some(), "{kind}");
        }
        assert!(schema("nonsense").is_none());
    }
}
