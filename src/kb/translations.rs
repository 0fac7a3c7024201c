//! Which texts a person reads still lack a Chinese version. Missing Chinese is a warning,
//! not an error: such a text is shown in English to a Chinese reader, which is better than
//! refusing a file.

use crate::error::Result;
use crate::text::LocalizedText;

use super::Library;

/// Where a text is, for the warning.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Untranslated {
    pub file: &'static str,
    /// The entry's id and the field: `rule "weak-hotspot-password" advice`.
    pub id: String,
    pub field: &'static str,
}

/// Every rule message and advice, setup step, troubleshooting text and activity name with
/// no `zh`.
pub fn untranslated(library: &Library) -> Result<Vec<Untranslated>> {
    let mut missing = Vec::new();
    let mut check = |file, id: &str, field, text: &LocalizedText| {
        if text.all().nth(1).is_none() {
            missing.push(Untranslated {
                file,
                id: id.to_string(),
                field,
            });
        }
    };
    for rule in library.rules()?.iter() {
        check("rules.yaml", &rule.id, "message", &rule.message);
        if let Some(advice) = &rule.advice {
            check("rules.yaml", &rule.id, "advice", advice);
        }
    }
    let steps = library.steps()?;
    for guide in &steps.guides {
        check("steps.yaml", &guide.id, "title", &guide.title);
        for step in &guide.steps {
            check("steps.yaml", &guide.id, "steps", step);
        }
    }
    for trouble in &steps.troubleshooting {
        check("steps.yaml", &trouble.id, "problem", &trouble.problem);
        for fix in &trouble.fixes {
            check("steps.yaml", &trouble.id, "fixes", fix);
        }
    }
    for activity in library.usage()? {
        check("usage.yaml", &activity.id, "name", &activity.name);
    }
    missing.dedup();
    Ok(missing)
}
