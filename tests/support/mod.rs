//! A small harness: run the real binary on a situation and read what it said.

#![allow(dead_code)]

use std::path::Path;

use assert_cmd::Command;
use esim_hotspot::kb::model::{Carrier, Plan};
use esim_hotspot::kb::Library;
use serde_json::Value;

pub struct Outcome {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Outcome {
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("stdout is not JSON ({e}):\n{}", self.stdout))
    }

    /// The finding of the rule `id`, if it fired.
    pub fn finding(&self, id: &str) -> Option<Value> {
        self.json()["findings"]
            .as_array()
            .expect("findings is an array")
            .iter()
            .find(|f| f["rule"] == id)
            .cloned()
    }

    pub fn fired(&self) -> Vec<String> {
        self.json()["findings"]
            .as_array()
            .expect("findings is an array")
            .iter()
            .map(|f| f["rule"].as_str().expect("rule id").to_string())
            .collect()
    }
}

/// The binary, with nothing from the caller's environment that changes its output.
pub fn esim() -> Command {
    let mut cmd = Command::cargo_bin("esim-hotspot").expect("binary builds");
    cmd.env_remove("ESIM_HOTSPOT_KB").env_remove("NO_COLOR");
    cmd
}

pub fn run(args: &[&str]) -> Outcome {
    run_with(esim(), args)
}

pub fn run_in(kb: &Path, args: &[&str]) -> Outcome {
    let mut cmd = esim();
    cmd.arg("--kb").arg(kb);
    run_with(cmd, args)
}

fn run_with(mut cmd: Command, args: &[&str]) -> Outcome {
    let output = cmd.args(args).output().expect("binary runs");
    Outcome {
        code: output.status.code().expect("exited, not killed"),
        stdout: String::from_utf8(output.stdout).expect("UTF-8 stdout"),
        stderr: String::from_utf8(output.stderr).expect("UTF-8 stderr"),
    }
}

/// `check` with JSON output.
pub fn check_json(args: &[&str]) -> Outcome {
    let mut all = vec!["check", "--format", "json"];
    all.extend_from_slice(args);
    run(&all)
}

/// A carrier and plan from the built-in knowledge base, for expected values.
pub fn kb_plan(carrier: &str, plan: &str) -> (Carrier, Plan) {
    let library = Library::embedded();
    let carrier = library.carrier(carrier).unwrap().expect("carrier in KB");
    let plan = carrier
        .plans
        .iter()
        .find(|p| p.id == plan)
        .expect("plan in KB")
        .clone();
    (carrier, plan)
}

/// A small carrier for tests that lay a knowledge base of their own over the built-in one.
pub const PINETEL: &str = r#"id: pinetel
name: Pine Telecom
aliases: [pine]
network: T-Mobile
esim:
  postpaid: unknown
  prepaid: true
  source: https://www.example.com/pinetel/
  verified: 2026-11-25
policy:
  after_cap: 256kbps
  roaming_hotspot: blocked
  source: https://www.example.com/pinetel/
  verified: 2026-11-25
source: https://www.example.com/pinetel/plans/
verified: 2026-11-25
plans:
  - id: unlimited
    name: Unlimited
    kind: prepaid
    hotspot:
      included: true
      high_speed: 10GB
      after_cap: blocked
    source: https://www.example.com/pinetel/plans/
    verified: 2026-11-25
"#;
