//! How much data common activities use per hour, with the sources that say so
//! (`data/usage.yaml`), for "what can the rest of my hotspot data do?".

use serde::Deserialize;

use crate::kb::model::sourced_struct;
use crate::text::LocalizedText;
use crate::units::{Allowance, Known, Speed};

#[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct UsageFile {
    pub activities: Vec<Activity>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum Category {
    Video,
    Music,
    Call,
    Web,
    Other,
}

sourced_struct! {
    #[derive(Debug, Clone, Deserialize, schemars::JsonSchema)]
    #[serde(deny_unknown_fields)]
    pub struct Activity {
        pub id: String,
        /// What a person calls it, in English and, where written, Chinese.
        pub name: LocalizedText,
        #[serde(default)]
        pub category: Option<Category>,
        /// Data one hour uses, one way, as the source gives it.
        pub per_hour: Allowance,
        /// A call through a hotspot sends as much as it receives: about twice a one-way figure.
        #[serde(default)]
        pub both_directions: bool,
        #[serde(default)]
        pub min_speed: Option<Known<Speed>>,
        /// Sources give very different figures (YouTube publishes none): say so beside the hours.
        #[serde(default)]
        pub sources_disagree: bool,
        /// One of the few activities people ask about most: the short answer shows only these.
        #[serde(default)]
        pub common: bool,
        /// Notes for the knowledge base's maintainers; the program never shows them.
        #[serde(default)]
        pub notes: Option<LocalizedText>,
    }
}

impl Activity {
    /// Bytes an hour through the hotspot, both directions counted.
    pub fn hotspot_bytes_per_hour(&self) -> Option<u64> {
        let one_way = self.per_hour.bytes()?;
        Some(if self.both_directions {
            one_way.saturating_mul(2)
        } else {
            one_way
        })
    }

    pub fn needs(&self) -> Option<Speed> {
        self.min_speed.and_then(|k| k.get())
    }
}
