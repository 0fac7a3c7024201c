//! `steps`: numbered setup steps, then troubleshooting; or the same as JSON.

use std::fmt::Write as _;

use colored::Colorize;
use serde_json::json;

use crate::messages;
use crate::steps::{Guide, StepPlatform, Trouble};
use crate::text::sanitize;

/// Whose steps these are, where the person said.
#[derive(Debug, Default)]
pub struct Subject<'a> {
    pub device: Option<&'a str>,
    /// The seller's name, where it sells travel eSIMs.
    pub travel_seller: Option<&'a str>,
}

pub fn text(platform: StepPlatform, guides: &[&Guide], troubles: &[&Trouble]) -> String {
    text_for(platform, &Subject::default(), guides, troubles)
}

pub fn text_for(
    platform: StepPlatform,
    subject: &Subject,
    guides: &[&Guide],
    troubles: &[&Trouble],
) -> String {
    let mut out = String::new();
    let heading = match subject.device {
        Some(device) => messages::steps_heading_for(&sanitize(device), platform),
        None => messages::steps_heading(platform),
    };
    let _ = writeln!(out, "{}", heading.bold());
    if let Some(seller) = subject.travel_seller {
        let _ = writeln!(out, "{}", messages::travel_roaming(&sanitize(seller)));
    }
    for guide in guides {
        let _ = writeln!(out, "\n{}", sanitize(guide.title.current()).bold());
        for (i, step) in guide.steps.iter().enumerate() {
            let _ = writeln!(out, "  {:>2}. {}", i + 1, sanitize(step.current()));
        }
        let _ = writeln!(
            out,
            "      {}{}{}",
            messages::label(messages::source(), |l| l.dimmed()),
            sanitize(&guide.source).dimmed(),
            messages::paren(&format!("{} {}", messages::checked(), guide.verified))
        );
    }
    if !troubles.is_empty() {
        let _ = writeln!(out, "\n{}", messages::troubleshooting().bold());
        for trouble in troubles {
            let _ = writeln!(out, "\n  {}", sanitize(trouble.problem.current()).bold());
            for fix in &trouble.fixes {
                let _ = writeln!(out, "    - {}", sanitize(fix.current()));
            }
            let _ = writeln!(
                out,
                "      {}{}",
                messages::label(messages::source(), |l| l.dimmed()),
                sanitize(&trouble.source).dimmed()
            );
        }
    }
    out
}

pub fn json(platform: StepPlatform, guides: &[&Guide], troubles: &[&Trouble]) -> String {
    let value = json!({
        "platform": platform.as_str(),
        "guides": guides.iter().map(|g| json!({
            "id": g.id,
            "via": g.via.as_str(),
            "title": g.title.current(),
            "steps": g.steps.iter().map(|s| s.current()).collect::<Vec<_>>(),
            "source": g.source,
            "verified": g.verified.to_string(),
        })).collect::<Vec<_>>(),
        "troubleshooting": troubles.iter().map(|t| json!({
            "id": t.id,
            "problem": t.problem.current(),
            "fixes": t.fixes.iter().map(|f| f.current()).collect::<Vec<_>>(),
            "source": t.source,
            "verified": t.verified.to_string(),
        })).collect::<Vec<_>>(),
    });
    super::json::finish(&value)
}
