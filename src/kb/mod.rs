//! The knowledge base: the files compiled into the binary, with a user's directory on top.
//!
//! Loading is lazy: naming one carrier parses that carrier's file (found through a small index
//! of ids and aliases built with the binary), plus the devices and rules when they are needed.

mod built;
pub mod date;
mod entries;
pub(crate) mod files;
pub mod model;
pub mod names;
mod nesting;
mod parse;
pub mod problem;
pub mod schema;
mod source;
pub mod stats;
pub mod translations;
pub(crate) mod validate;

use serde::de::value::{BorrowedStrDeserializer, MapDeserializer};
use serde::Deserialize;
use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use crate::error::{Error, Result, UsageError};
use crate::rules::{Rule, RuleFile};
use crate::steps::{Guide, StepPlatform, StepsFile, Trouble};
use crate::text::{normalize_name, KbString};
use crate::usage::{Activity, UsageFile};
use built::BuiltValue;
use entries::{Entries, Look};
use model::{Carrier, Device, DeviceList, Plan};

pub(crate) use files::read_file;
use files::yaml_files;
pub use parse::{parse as parse_file, MAX_FILE_BYTES};
pub use source::{SourceFile, Text};

/// A file compiled into the binary.
#[derive(Debug)]
pub struct EmbeddedFile {
    pub path: &'static str,
    pub text: &'static str,
}

/// How many entries some lists hold, merged as answers merge them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ListSizes {
    pub rules: usize,
    pub activities: usize,
    pub guides: usize,
}

/// A built-in carrier file and the names it answers to, known without parsing it.
#[derive(Debug)]
pub struct EmbeddedCarrier {
    pub id: &'static str,
    pub name: &'static str,
    pub aliases: &'static [&'static str],
    /// The names of its plans.
    pub plans: &'static [EmbeddedPlan],
    /// The file's values as the build read them, for answers, without its plans' notes.
    pub values: BuiltValue,
    /// Each plan's notes as JSON, with the plan's place among its plans: read only where
    /// shown (see [`model::Plan::notes`]).
    pub plan_notes: &'static [(usize, &'static str)],
    /// The file as written, for validation and error positions.
    pub file: EmbeddedFile,
}

/// A built-in plan's names, known without parsing its carrier's file.
#[derive(Debug)]
pub struct EmbeddedPlan {
    pub id: &'static str,
    pub name: &'static str,
    pub aliases: &'static [&'static str],
}

/// One built-in device, its names, and its own entry as JSON, so that naming a phone parses
/// only it.
#[derive(Debug)]
pub struct EmbeddedDevice {
    pub id: &'static str,
    pub name: &'static str,
    pub aliases: &'static [&'static str],
    /// The maker, which people often put before the name; empty if the entry has none.
    pub maker: &'static str,
    /// Where this device's entry lies in the built-in devices' JSON.
    pub json: std::ops::Range<usize>,
}

impl EmbeddedDevice {
    /// This device's entry as compact JSON.
    fn json(&self) -> &'static str {
        &embedded::DEVICES_JSON[self.json.clone()]
    }
}

/// A long built-in text that an answer reads a piece of at most: a file as written (which
/// only `kb validate`, a fallback's error and the tests read) or the devices' JSON (one
/// phone's entry). On Linux these are kept in a section of their own: placed among the
/// constants every answer reads, their 1 MB spread those few over 2.5 MB, and the kernel
/// maps 64 KB around each one touched.
macro_rules! source_text {
    ($path:literal) => {{
        #[cfg_attr(target_os = "linux", link_section = ".esim_hotspot.sources")]
        static TEXT: [u8; include_bytes!($path).len()] = *include_bytes!($path);
        match std::str::from_utf8(&TEXT) {
            Ok(text) => text,
            Err(_) => panic!("a built-in file is not UTF-8"),
        }
    }};
}

mod embedded {
    use super::built::built_str;
    use super::{BuiltValue, EmbeddedCarrier, EmbeddedDevice, EmbeddedFile, EmbeddedPlan};
    include!(concat!(env!("OUT_DIR"), "/embedded.rs"));
}

impl From<&EmbeddedFile> for SourceFile {
    fn from(file: &EmbeddedFile) -> Self {
        SourceFile {
            path: file.path.to_string(),
            text: Text::BuiltIn(file.text),
        }
    }
}

/// The knowledge base a command works with.
#[derive(Debug, Default)]
pub struct Library {
    overlay: Option<Overlay>,
    /// A user's carrier files that did not load, kept for `kb validate` to list.
    broken_carriers: Vec<String>,
}

/// A user's directory: each file is parsed when a question first needs it, and then kept:
/// `kb validate` asks once for each worked example.
#[derive(Debug)]
struct Overlay {
    /// The carrier files. Naming a carrier reads its own file alone (a carrier's file name is
    /// its id); listing the carriers reads them all.
    carrier_files: Vec<PathBuf>,
    /// `devices.yaml`, then each file of `devices/` in name order: a list too large for one
    /// file is split into several. Read when a question first needs a device.
    device_paths: Vec<PathBuf>,
    rules: Option<SourceFile>,
    usage: Option<SourceFile>,
    steps: Option<SourceFile>,
    parsed: Parsed,
}

/// The user's list files, each parsed at most once.
#[derive(Debug, Default)]
struct Parsed {
    /// Every carrier file, once something needed them all.
    carriers: OnceLock<Vec<(SourceFile, Carrier)>>,
    /// Every carrier file's names, once a name not known from the file names was asked for:
    /// the carriers themselves are let go, as only the one named is wanted.
    carrier_names: OnceLock<Vec<(SourceFile, PathBuf, IndexedName)>>,
    /// The devices of every file, merged by id, each with its file's place among them.
    devices: OnceLock<Vec<(usize, Device)>>,
    /// The device files' entries and names, read through once to find one device without
    /// parsing them all; `None` if one is not written in the shape that allows it.
    device_entries: OnceLock<Option<Entries>>,
    rules: OnceLock<Vec<Rule>>,
    usage: OnceLock<Vec<Activity>>,
}

/// The value in `cell`, loading it the first time; a load that fails is not kept, so it is
/// reported again if asked again.
fn once<T>(cell: &OnceLock<T>, load: impl FnOnce() -> Result<T>) -> Result<&T> {
    if let Some(value) = cell.get() {
        return Ok(value);
    }
    let value = load()?;
    Ok(cell.get_or_init(|| value))
}

impl Library {
    /// The built-in knowledge base alone.
    pub fn embedded() -> Library {
        Library::default()
    }

    /// The built-in knowledge base with `dir` laid on top, if given.
    pub fn open(dir: Option<&Path>) -> Result<Library> {
        Library::open_with(dir, false)
    }

    /// As `open`, but a user's carrier file that does not load is set aside, with every problem
    /// in it, for `kb validate` to list alongside the rest.
    pub fn open_to_validate(dir: Option<&Path>) -> Result<Library> {
        Library::open_with(dir, true)
    }

    fn open_with(dir: Option<&Path>, keep_going: bool) -> Result<Library> {
        let Some(dir) = dir else {
            return Ok(Library::embedded());
        };
        // A link to nowhere is said as such, as for any file.
        files::exists(dir)?;
        let meta = fs::metadata(dir).map_err(|source| match source.kind() {
            std::io::ErrorKind::NotFound => Error::Usage(UsageError::NoKbDir(dir.to_path_buf())),
            _ => Error::Io {
                path: dir.to_path_buf(),
                source,
            },
        })?;
        if !meta.is_dir() {
            return Err(UsageError::NotAKbDir(dir.to_path_buf()).into());
        }
        let optional = |name: &str| -> Result<Option<SourceFile>> {
            let path = dir.join(name);
            if files::exists(&path)? {
                read_file(&path).map(Some)
            } else {
                Ok(None)
            }
        };
        let device_paths: Vec<PathBuf> = files::exists(&dir.join("devices.yaml"))?
            .then(|| dir.join("devices.yaml"))
            .into_iter()
            .chain(yaml_files(&dir.join("devices"))?)
            .collect();
        for path in &device_paths {
            files::check_readable(path)?;
        }
        let overlay = Overlay {
            carrier_files: yaml_files(&dir.join("carriers"))?,
            device_paths,
            rules: optional("rules.yaml")?,
            usage: optional("usage.yaml")?,
            steps: optional("steps.yaml")?,
            parsed: Parsed::default(),
        };
        let broken_carriers = match keep_going {
            true => overlay.load_carriers_to_validate()?,
            false => Vec::new(),
        };
        Ok(Library {
            overlay: Some(overlay),
            broken_carriers,
        })
    }

    /// The carrier a person named, parsing only its file.
    pub fn carrier(&self, query: &str) -> Result<Option<Carrier>> {
        let wanted = normalize_name(query);
        let built_in = built_in_carrier(&wanted);
        if let Some(overlay) = &self.overlay {
            // The user's carrier of that name, or one that replaces the built-in one.
            if let Some(carrier) = overlay.carrier(&wanted, built_in.map(|e| e.id))? {
                return Ok(Some(carrier));
            }
        }
        built_in.map(load_embedded_carrier).transpose()
    }

    /// The built-in carrier `query` names, outlined: each plan's names alone, and the
    /// carrier to read with one plan once it is found (see [`CarrierOutline`]). `None` where
    /// a person's knowledge base is laid over (their carrier may replace it), where no built-in
    /// carrier has the name, and where the build could not read the carrier's file: then
    /// [`Library::carrier`] reads the carrier whole, as it always does.
    pub fn carrier_outline(&self, query: &str) -> Option<CarrierOutline> {
        if self.overlay.is_some() {
            return None;
        }
        let entry = built_in_carrier(&normalize_name(query))?;
        let BuiltValue::Map(fields) = entry.values else {
            return None;
        };
        let plan_values = match fields.iter().find(|(key, _)| *key == "plans") {
            Some((_, BuiltValue::List(plans))) => *plans,
            _ => return None,
        };
        let plans = plan_values
            .iter()
            .map(|plan| model::PlanOutline::deserialize(*plan))
            .collect::<std::result::Result<_, _>>()
            .ok()?;
        Some(CarrierOutline {
            entry,
            fields,
            plan_values,
            plans,
        })
    }

    /// The id of the carrier `query` names. A built-in carrier's comes from the index, without
    /// reading the carrier; with a person's carriers laid over, the carrier is read as
    /// [`Library::carrier`] finds it, since theirs may replace it or take its name.
    pub fn carrier_id(&self, query: &str) -> Result<Option<KbString>> {
        if self.overlay.is_some() {
            return Ok(self.carrier(query)?.map(|c| c.id));
        }
        Ok(built_in_carrier(&normalize_name(query)).map(|e| KbString::from_static(e.id)))
    }

    /// Every carrier, built-in and the user's, in id order.
    pub fn carriers(&self) -> Result<Vec<Carrier>> {
        Ok(self
            .carriers_with_files()?
            .into_iter()
            .map(|(_, carrier)| carrier)
            .collect())
    }

    /// Every carrier with a plan that answers to `query`, in id order. Of the built-in
    /// carriers, only those parse whose plans' names (known from the index) include it.
    pub fn carriers_with_plan(&self, query: &str) -> Result<Vec<Carrier>> {
        let wanted = normalize_name(query);
        let mine = self.user_carriers()?;
        let replaced: HashSet<&str> = mine.iter().map(|(_, c)| c.id.as_str()).collect();
        let mut found = Vec::new();
        for entry in embedded::CARRIERS {
            // A file the build could not read has no index: it is parsed, to say why.
            let may_have_it = entry.values == BuiltValue::Null
                || entry
                    .plans
                    .iter()
                    .any(|p| answers_to(p.id, p.name, p.aliases, "", &wanted));
            if may_have_it && !replaced.contains(entry.id) {
                found.push(load_embedded_carrier(entry)?);
            }
        }
        let has_it = |c: &&Carrier| names::find(&c.plans, query).is_some();
        found.extend(mine.iter().map(|(_, c)| c).filter(has_it).cloned());
        found.sort_by(|a, b| a.id.cmp(&b.id));
        Ok(found)
    }

    /// Every carrier with the file it is written in, for reports that point into the files.
    pub fn carriers_with_files(&self) -> Result<Vec<(SourceFile, Carrier)>> {
        self.each_carrier(
            |entry, _| load_embedded_carrier(entry),
            Carrier::clone,
            |c| &c.id,
        )
    }

    /// Each carrier's id and sources, and its plans', with its file, for `kb stats` and
    /// `--max-age`: as `carriers_with_files` gives them, but the built-in files are read for
    /// those alone.
    pub fn carrier_sources(&self) -> Result<Vec<(SourceFile, model::CarrierSources)>> {
        self.each_carrier(
            |entry, file| parse::parse_built(entry.values, file),
            |c| c.into(),
            |c: &model::CarrierSources| &c.id,
        )
    }

    /// Every carrier with its file, in id order: a built-in one as `read` reads it, unless
    /// one of the user's has its id and replaces it, as `from_user` gives it.
    fn each_carrier<T>(
        &self,
        read: impl Fn(&EmbeddedCarrier, &SourceFile) -> Result<T>,
        from_user: impl Fn(&Carrier) -> T,
        id: impl Fn(&T) -> &str,
    ) -> Result<Vec<(SourceFile, T)>> {
        let mine = self.user_carriers()?;
        let replaced: HashSet<&str> = mine.iter().map(|(_, c)| c.id.as_str()).collect();
        let mut all = Vec::new();
        for entry in embedded::CARRIERS
            .iter()
            .filter(|e| !replaced.contains(e.id))
        {
            let file = SourceFile::from(&entry.file);
            let carrier = read(entry, &file)?;
            all.push((file, carrier));
        }
        all.extend(mine.iter().map(|(file, c)| (file.clone(), from_user(c))));
        all.sort_by(|a, b| id(&a.1).cmp(id(&b.1)));
        Ok(all)
    }

    /// Every device with the file it is written in.
    pub fn devices_with_files(&self) -> Result<Vec<(SourceFile, Device)>> {
        let built_in = SourceFile::from(&embedded::DEVICES);
        let mut all: Vec<(SourceFile, Device)> = built_in_devices()?
            .into_iter()
            .map(|d| (built_in.clone(), d))
            .collect();
        if let Some(overlay) = &self.overlay {
            let files = overlay.device_files();
            let mine: Vec<(SourceFile, Device)> = self
                .user_devices()?
                .iter()
                .map(|(file, d)| (files[*file].clone(), d.clone()))
                .collect();
            let ids: HashSet<&str> = mine.iter().map(|(_, d)| d.id.as_str()).collect();
            all.retain(|(_, d)| !ids.contains(d.id.as_str()));
            all.extend(mine);
        }
        Ok(all)
    }

    /// Each device's id and sources with its file, for `kb stats` and `--max-age`. The
    /// built-in ones come from the list of ids and sources the build made; with the user's
    /// devices laid over them, all are read whole, as `devices_with_files` reads them.
    pub fn device_sources(&self) -> Result<Vec<(SourceFile, model::DeviceSources)>> {
        if self
            .overlay
            .as_ref()
            .is_some_and(|o| !o.device_paths.is_empty())
        {
            let all = self.devices_with_files()?;
            return Ok(all.iter().map(|(f, d)| (f.clone(), d.into())).collect());
        }
        let written = SourceFile::from(&embedded::DEVICES);
        let list: model::DeviceSourcesList =
            parse::parse_built(embedded::DEVICE_SOURCES_BUILT, &written)?;
        Ok(list
            .devices
            .into_iter()
            .map(|d| (written.clone(), d))
            .collect())
    }

    pub fn devices(&self) -> Result<Vec<Device>> {
        let mut devices = built_in_devices()?;
        let mine = self
            .user_devices()?
            .iter()
            .map(|(_, d)| d.clone())
            .collect();
        merge_by_id(&mut devices, mine, |d| &d.id);
        Ok(devices)
    }

    /// The device a person named, parsing only its entry: a user's device first, then a
    /// built-in one, unless the user's entry of the same id replaces it.
    pub fn device(&self, query: &str) -> Result<Option<Device>> {
        let wanted = normalize_name(query);
        let mine = |look: Look<'_>, is_it: &dyn Fn(&Device) -> bool| match &self.overlay {
            Some(overlay) => overlay.device(look, is_it),
            None => Ok(None),
        };
        let named = |d: &Device| names::Named::answers_to(d, &wanted);
        if let Some(device) = mine(Look::Name(&wanted), &named)? {
            return Ok(Some(device));
        }
        let Some(entry) = embedded::DEVICE_INDEX
            .iter()
            .find(|e| answers_to(e.id, e.name, e.aliases, e.maker, &wanted))
        else {
            return Ok(None);
        };
        if let Some(replacement) = mine(Look::Id(entry.id), &|d| d.id == entry.id)? {
            return Ok(Some(replacement));
        }
        parse::parse_embedded(entry.json(), &SourceFile::from(&embedded::DEVICES)).map(Some)
    }

    /// The names of every device, for suggestions, without parsing the built-in file.
    pub fn device_names(&self) -> Result<Vec<IndexedName>> {
        let built_in = embedded::DEVICE_INDEX
            .iter()
            .map(|e| IndexedName::of_index(e.id, e.name, e.aliases, e.maker));
        let mine = self.user_devices()?.iter().map(|(_, d)| d);
        Ok(IndexedName::merged(built_in, mine))
    }

    /// The rules as `check` needs them: the built-in ones without their worked examples.
    pub fn rules(&self) -> Result<Cow<'static, [Rule]>> {
        let built_in = built_in_rules()?;
        match self.overlay.as_ref().and_then(|o| o.rules.as_ref()) {
            Some(_) => Ok(self.with_user_rules(built_in.into_owned())?.into()),
            None => Ok(built_in),
        }
    }

    /// The rules with every worked example, for the tests and `kb validate`.
    pub fn rules_with_examples(&self) -> Result<Vec<Rule>> {
        self.with_user_rules(load_rules(&SourceFile::from(&embedded::RULES))?)
    }

    fn with_user_rules(&self, mut rules: Vec<Rule>) -> Result<Vec<Rule>> {
        if let Some(overlay) = &self.overlay {
            if let Some(user) = &overlay.rules {
                let mine = once(&overlay.parsed.rules, || load_rules(user))?;
                merge_by_id(&mut rules, mine.clone(), |r| &r.id);
            }
        }
        Ok(rules)
    }

    /// The user's devices, each with its file's place in the overlay's list; none if there
    /// are no device files.
    fn user_devices(&self) -> Result<&[(usize, Device)]> {
        self.overlay.as_ref().map_or(Ok(&[]), Overlay::all_devices)
    }

    /// Data used per hour of common activities.
    pub fn usage(&self) -> Result<Vec<Activity>> {
        let written = SourceFile::from(&embedded::USAGE);
        let mut activities =
            parse::parse_built::<UsageFile>(embedded::USAGE_BUILT, &written)?.activities;
        if let Some(overlay) = &self.overlay {
            if let Some(user) = &overlay.usage {
                let mine = once(&overlay.parsed.usage, || load_usage(user))?;
                merge_by_id(&mut activities, mine.clone(), |a| &a.id);
            }
        }
        Ok(activities)
    }

    /// How many rules, activities and setup guides there are, for `kb stats`. A built-in
    /// list is counted from its entries' ids alone; with a user's file on top, the merged
    /// list is read whole, as an answer reads it.
    pub fn list_sizes(&self) -> Result<ListSizes> {
        let overlay = self.overlay.as_ref();
        Ok(ListSizes {
            rules: match overlay.and_then(|o| o.rules.as_ref()) {
                Some(_) => self.rules()?.len(),
                None => built_in_rules()?.len(),
            },
            activities: match overlay.and_then(|o| o.usage.as_ref()) {
                Some(_) => self.usage()?.len(),
                None => count_entries(embedded::USAGE_BUILT, &embedded::USAGE)?,
            },
            guides: match overlay.and_then(|o| o.steps.as_ref()) {
                Some(_) => self.steps()?.guides.len(),
                // A piece left null stands for a file that does not parse: read it to say so.
                None if embedded::STEP_GUIDES
                    .iter()
                    .any(|(_, values)| *values == BuiltValue::Null) =>
                {
                    built_in_steps(None)?.guides.len()
                }
                None => embedded::STEP_GUIDES.len(),
            },
        })
    }

    /// Setup steps and troubleshooting; a user's file replaces guides and entries by id.
    pub fn steps(&self) -> Result<StepsFile> {
        self.steps_for(None)
    }

    /// The setup guides and troubleshooting entries: all of them, or, where `platform` is
    /// given, at least those for it (as `steps::select` picks them). Only the built-in
    /// entries for that platform are read; with a user's steps file on top, all are.
    pub fn steps_for(&self, platform: Option<StepPlatform>) -> Result<StepsFile> {
        let user = self.overlay.as_ref().and_then(|o| o.steps.as_ref());
        let mut steps = built_in_steps(platform.filter(|_| user.is_none()))?;
        if let Some(user) = user {
            let extra = load_steps(user)?;
            merge_by_id(&mut steps.guides, extra.guides, |g| &g.id);
            merge_by_id(&mut steps.troubleshooting, extra.troubleshooting, |t| &t.id);
        }
        Ok(steps)
    }

    /// The names of every carrier, for suggestions, without parsing the built-in files.
    pub fn carrier_names(&self) -> Result<Vec<IndexedName>> {
        let built_in = embedded::CARRIERS
            .iter()
            .map(|e| IndexedName::of_index(e.id, e.name, e.aliases, ""));
        let Some(overlay) = &self.overlay else {
            return Ok(IndexedName::merged(
                built_in,
                std::iter::empty::<&Carrier>(),
            ));
        };
        // Carriers already parsed give their names; otherwise only the names are kept.
        Ok(match overlay.parsed.carriers.get() {
            Some(all) => IndexedName::merged(built_in, all.iter().map(|(_, c)| c)),
            None => {
                IndexedName::merged(built_in, overlay.carrier_names()?.iter().map(|(_, _, c)| c))
            }
        })
    }

    /// Every carrier file of the user's, parsed; none without a directory.
    fn user_carriers(&self) -> Result<&[(SourceFile, Carrier)]> {
        match &self.overlay {
            Some(overlay) => overlay.all_carriers(),
            None => Ok(&[]),
        }
    }

    /// Forgets the user's carrier and device files parsed so far; a later question reads
    /// them again.
    pub fn let_go_of_parsed_files(&mut self) {
        if let Some(overlay) = &mut self.overlay {
            overlay.let_go_of_parsed();
        }
    }

    /// Every problem in every file this library reads, each as `file:line:col: message`.
    pub fn validate_all(&self) -> Vec<String> {
        let mut problems = self.broken_carriers.clone();
        let checks = embedded::CARRIERS
            .iter()
            .map(|entry| validate_embedded_carrier(entry).map(drop))
            .chain([self
                .carriers()
                .and_then(|all| validate::unique_carrier_names(&all))]);
        problems.extend(checks.filter_map(|r| r.err()).map(|e| e.to_string()));
        let overlay = self.overlay.as_ref();
        // The device files are read one at a time, and each let go once checked.
        let device_files = overlay
            .map_or(&[][..], |o| o.device_paths.as_slice())
            .iter()
            .map(|path| read_file(path));
        let kept = |file: Option<&SourceFile>| file.cloned().map(Ok).into_iter();
        let lists: [(_, Box<dyn Iterator<Item = Result<SourceFile>>>, _); 3] = [
            (
                &embedded::DEVICES,
                Box::new(device_files),
                ListKind::Devices,
            ),
            (
                &embedded::RULES,
                Box::new(kept(overlay.and_then(|o| o.rules.as_ref()))),
                ListKind::Rules,
            ),
            (
                &embedded::USAGE,
                Box::new(kept(overlay.and_then(|o| o.usage.as_ref()))),
                ListKind::Usage,
            ),
        ];
        for (built_in, user, kind) in lists {
            for file in std::iter::once(Ok(SourceFile::from(built_in))).chain(user) {
                let file = match file {
                    Ok(file) => file,
                    Err(unreadable) => {
                        problems.push(unreadable.to_string());
                        continue;
                    }
                };
                if let Err(first) = kind.load(&file) {
                    let all = kind.every_problem(&file, first);
                    problems.extend(all.iter().map(ToString::to_string));
                }
            }
        }
        let steps = std::iter::once(SourceFile::from(&embedded::STEPS))
            .chain(overlay.and_then(|o| o.steps.clone()));
        for file in steps {
            if let Err(first) = load_steps(&file) {
                let all = parse::every_problem_in_sections(&file, first, |key, lines| match key {
                    "guides" => parse::entry_problems::<Guide>(&file, key, lines),
                    "troubleshooting" => parse::entry_problems::<Trouble>(&file, key, lines),
                    _ => Vec::new(),
                });
                problems.extend(all.iter().map(ToString::to_string));
            }
        }
        dedup_problems(problems)
    }
}

impl Overlay {
    /// The user's carrier that answers to `wanted`, or that replaces the `built_in` one a
    /// person named (it has the same id). Only the files that could be it are read: a file
    /// named for the name asked, or for the built-in carrier's id. Any other name (an alias of
    /// the user's own carrier, or a typo) needs every file.
    fn carrier(&self, wanted: &str, built_in: Option<&str>) -> Result<Option<Carrier>> {
        let could_be = |path: &&PathBuf| {
            let stem = path
                .file_stem()
                .map(|s| s.to_string_lossy())
                .unwrap_or_default();
            normalize_name(&stem) == wanted || built_in == Some(&*stem)
        };
        let candidates: Vec<&PathBuf> = self.carrier_files.iter().filter(could_be).collect();
        match (&candidates[..], self.parsed.carriers.get()) {
            ([path], None) => {
                let (_, carrier) = load_user_carrier(path)?;
                let replaces = built_in == Some(carrier.id.as_str());
                Ok((replaces || names::Named::answers_to(&carrier, wanted)).then_some(carrier))
            }
            ([], None) if built_in.is_some() => Ok(None),
            (_, Some(all)) => {
                let found = named_or_replacing(all, |(_, c)| c, wanted, built_in);
                Ok(found.map(|(_, c)| c.clone()))
            }
            (_, None) => {
                let all = self.carrier_names()?;
                match named_or_replacing(all, |(_, _, c)| c, wanted, built_in) {
                    Some((_, path, _)) => load_user_carrier(path).map(|(_, c)| Some(c)),
                    None => Ok(None),
                }
            }
        }
    }

    /// The user's device that `is_it`, as the merged list gives it. Unless the list is
    /// already parsed, only the entries whose text could hold what is looked for are parsed,
    /// and checked each on its own; `kb validate` checks the list as a whole.
    fn device(&self, look: Look<'_>, is_it: &dyn Fn(&Device) -> bool) -> Result<Option<Device>> {
        if self.parsed.devices.get().is_none() {
            let entries = once(&self.parsed.device_entries, || {
                Entries::read(
                    &self.device_paths,
                    "devices",
                    &["id", "name", "aliases", "maker"],
                )
            })?;
            let found = entries
                .as_ref()
                .and_then(|entries| entries.find(look, |d: &Device| &d.id, is_it));
            // A device's own checks do not depend on its file's text, which only places a
            // problem: one that fails them is reported by reading the whole list, at its line.
            let passes = |file: usize, device: &Device| {
                let unread = SourceFile {
                    path: self.device_paths[file].display().to_string(),
                    text: Text::BuiltIn(""),
                };
                validate::device(&unread, device).is_ok()
            };
            match found {
                Some(None) => return Ok(None),
                Some(Some((file, device))) if passes(file, &device) => return Ok(Some(device)),
                _ => {}
            }
        }
        let all = self.all_devices()?;
        Ok(all.iter().find(|(_, d)| is_it(d)).map(|(_, d)| d.clone()))
    }

    /// The device files, their texts set aside: one is read again only to place a problem.
    fn device_files(&self) -> Vec<SourceFile> {
        self.device_paths
            .iter()
            .map(|path| SourceFile::set_aside(path))
            .collect()
    }

    /// The devices of every file, merged by id, each with its file's place among them.
    fn all_devices(&self) -> Result<&[(usize, Device)]> {
        once(&self.parsed.devices, || {
            let mut all = Vec::new();
            for (n, path) in self.device_paths.iter().enumerate() {
                let mine = load_devices(&read_file(path)?)?
                    .into_iter()
                    .map(|d| (n, d))
                    .collect();
                merge_by_id(&mut all, mine, |(_, d)| &d.id);
            }
            Ok(all)
        })
        .map(Vec::as_slice)
    }

    /// Forgets every carrier and device file parsed so far (they are read again if asked for)
    /// and hands the memory they held back to the system.
    fn let_go_of_parsed(&mut self) {
        self.parsed.carriers.take();
        self.parsed.carrier_names.take();
        self.parsed.devices.take();
        self.parsed.device_entries.take();
        give_back_free_memory();
    }

    /// Every carrier file's names. Each file is parsed and checked as [`Self::all_carriers`]
    /// does, so a name asked for meets the same problems, but only its names are kept.
    fn carrier_names(&self) -> Result<&[(SourceFile, PathBuf, IndexedName)]> {
        once(&self.parsed.carrier_names, || {
            let names = self
                .carrier_files
                .iter()
                .map(|path| {
                    let (file, carrier) = load_user_carrier(path)?;
                    Ok((file, path.clone(), IndexedName::of(&carrier)))
                })
                .collect::<Result<Vec<_>>>()?;
            validate::unique_carriers(names.iter().map(|(f, _, c)| (f, c.id.as_str())))?;
            Ok(names)
        })
        .map(Vec::as_slice)
    }

    /// Every carrier file, parsed and checked, and no two with one id.
    fn all_carriers(&self) -> Result<&[(SourceFile, Carrier)]> {
        once(&self.parsed.carriers, || {
            let carriers = self
                .carrier_files
                .iter()
                .map(|path| load_user_carrier(path))
                .collect::<Result<Vec<_>>>()?;
            validate::unique_carriers(carriers.iter().map(|(f, c)| (f, c.id.as_str())))?;
            Ok(carriers)
        })
        .map(Vec::as_slice)
    }

    /// Parses every carrier file for `kb validate`: those that load are kept, and every
    /// problem of those that do not is given back.
    fn load_carriers_to_validate(&self) -> Result<Vec<String>> {
        let mut carriers = Vec::new();
        let mut broken = Vec::new();
        for path in &self.carrier_files {
            let file = read_file(path)?;
            let loaded = parse::parse::<Carrier>(&file)
                .and_then(|c| validate::carrier(&file, &c).map(|()| c));
            match loaded {
                Ok(carrier) => carriers.push((SourceFile::set_aside(path), carrier)),
                Err(first) => {
                    let problems = carrier_problems(&file, first);
                    broken.extend(problems.iter().map(ToString::to_string));
                }
            }
        }
        validate::unique_carriers(carriers.iter().map(|(f, c)| (f, c.id.as_str())))?;
        let _ = self.parsed.carriers.set(carriers);
        Ok(broken)
    }
}

/// The list files, each checked entry by entry when it does not load whole.
#[derive(Clone, Copy)]
enum ListKind {
    Devices,
    Rules,
    Usage,
}

impl ListKind {
    fn load(self, file: &SourceFile) -> Result<()> {
        match self {
            ListKind::Devices => load_devices(file).map(drop),
            ListKind::Rules => load_rules(file).map(drop),
            ListKind::Usage => load_usage(file).map(drop),
        }
    }

    fn every_problem(self, file: &SourceFile, first: Error) -> Vec<Error> {
        match self {
            ListKind::Devices => parse::every_problem::<Device>(file, "devices", first),
            ListKind::Rules => parse::every_problem::<Rule>(file, "rules", first),
            ListKind::Usage => parse::every_problem::<Activity>(file, "activities", first),
        }
    }
}

/// A problem in a file is reported once, whichever check met it.
fn dedup_problems(problems: Vec<String>) -> Vec<String> {
    let mut seen = std::collections::HashSet::new();
    problems
        .into_iter()
        .filter(|p| seen.insert(p.clone()))
        .collect()
}

/// The built-in carrier one of whose names is `wanted` (normalized), from the index.
fn built_in_carrier(wanted: &str) -> Option<&'static EmbeddedCarrier> {
    embedded::CARRIERS
        .iter()
        .find(|e| answers_to(e.id, e.name, e.aliases, "", wanted))
}

fn answers_to(id: &str, name: &str, aliases: &[&str], qualifier: &str, wanted: &str) -> bool {
    let names = std::iter::once(id)
        .chain(std::iter::once(name))
        .chain(aliases.iter().copied());
    names::matches(names, Some(qualifier).filter(|q| !q.is_empty()), wanted)
}

/// A built-in carrier with its plans outlined. Naming a plan of a carrier (`check --carrier
/// t-mobile --plan "Go5G Plus"`) needs only the plans' names to find it, and that plan whole:
/// reading all sixteen of T-Mobile's was a tenth of such a `check`.
pub struct CarrierOutline {
    entry: &'static EmbeddedCarrier,
    fields: &'static [(&'static str, BuiltValue)],
    plan_values: &'static [BuiltValue],
    /// Each plan's names, in the file's order.
    pub plans: Vec<model::PlanOutline>,
}

impl CarrierOutline {
    /// The carrier's names, as the index knows them.
    pub fn names(&self) -> IndexedName {
        IndexedName::of_index(self.entry.id, self.entry.name, self.entry.aliases, "")
    }

    /// The carrier read with only its plan at `at` among [`CarrierOutline::plans`], and that
    /// plan, each as the whole carrier would give them; `None` if the carrier does not read
    /// so, and is to be read whole (and say what is wrong with it).
    pub fn read_with_plan(&self, at: usize) -> Option<(Carrier, Plan)> {
        let one = BuiltValue::List(self.plan_values.get(at..=at)?);
        let fields = self.fields.iter().map(|&(key, value)| {
            let value = if key == "plans" { one } else { value };
            (BorrowedStrDeserializer::new(key), value)
        });
        let read: std::result::Result<Carrier, serde::de::value::Error> =
            Carrier::deserialize(MapDeserializer::new(fields));
        let mut carrier = read.ok()?;
        let mut plan = carrier.plans.pop()?;
        let notes = self.entry.plan_notes.iter().find(|(place, _)| *place == at);
        plan.built_in_notes = notes.map(|&(_, json)| json);
        Some((carrier, plan))
    }
}

/// An entry's names, as an index knows them, without the entry itself.
#[derive(Debug, Clone)]
pub struct IndexedName {
    pub id: KbString,
    pub name: KbString,
    pub aliases: Vec<KbString>,
    /// A phone's maker, which may come before its name.
    pub qualifier: Option<String>,
}

impl IndexedName {
    fn of_index(
        id: &'static str,
        name: &'static str,
        aliases: &[&'static str],
        qualifier: &str,
    ) -> IndexedName {
        IndexedName {
            id: KbString::from_static(id),
            name: KbString::from_static(name),
            aliases: aliases.iter().copied().map(KbString::from_static).collect(),
            qualifier: Some(qualifier.to_string()).filter(|q| !q.is_empty()),
        }
    }

    /// Built-in names, with a user's entries replacing those of the same id.
    fn merged<'a, T: names::Named + 'a>(
        built_in: impl Iterator<Item = IndexedName>,
        user: impl Iterator<Item = &'a T> + Clone,
    ) -> Vec<IndexedName> {
        let replaced: HashSet<&str> = user.clone().map(|u| u.id()).collect();
        let mut names: Vec<IndexedName> = built_in
            .filter(|n| !replaced.contains(n.id.as_str()))
            .collect();
        names.extend(user.map(IndexedName::of));
        names
    }

    /// The names of an entry at hand.
    fn of(entry: &impl names::Named) -> IndexedName {
        IndexedName {
            id: entry.id().into(),
            name: entry.name().into(),
            aliases: entry.aliases().to_vec(),
            qualifier: entry.qualifier().map(str::to_string),
        }
    }
}

impl IndexedName {
    /// The name with the maker in front (see [`with_maker`]).
    pub fn full_name(&self) -> String {
        with_maker(&self.name, self.qualifier.as_deref())
    }
}

/// A phone's name with its maker in front, as people say it ("Samsung Galaxy S24"), unless
/// the name already starts with it ("Xiaomi 14").
pub fn with_maker(name: &str, maker: Option<&str>) -> String {
    match maker {
        Some(maker) if !name.to_lowercase().starts_with(&maker.to_lowercase()) => {
            format!("{maker} {name}")
        }
        _ => name.to_string(),
    }
}

names::named!(IndexedName, qualified by qualifier);

/// The user's carrier among `all` that answers to `wanted`, else the one with the id of the
/// `built_in` carrier a person named, which it replaces.
fn named_or_replacing<'a, E, T: names::Named + 'a>(
    all: &'a [E],
    names_of: impl Fn(&'a E) -> &'a T,
    wanted: &str,
    built_in: Option<&str>,
) -> Option<&'a E> {
    let named = all.iter().find(|e| names_of(e).answers_to(wanted));
    named.or_else(|| all.iter().find(|e| Some(names_of(e).id()) == built_in))
}

/// Every problem in a carrier file that does not load: its `esim:` and `policy:` blocks and
/// each plan, each parsed on its own.
fn carrier_problems(file: &SourceFile, first: Error) -> Vec<Error> {
    let mut problems = parse::block_problems::<model::EsimAvailability>(file, "esim");
    problems.extend(parse::block_problems::<model::CarrierPolicy>(
        file, "policy",
    ));
    let all_lines = 0..file.text.lines().count();
    problems.extend(parse::entry_problems::<model::Plan>(
        file, "plans", all_lines,
    ));
    parse::with_first(first, problems)
}

/// A carrier file of the user's, parsed and checked; its text is let go.
fn load_user_carrier(path: &Path) -> Result<(SourceFile, Carrier)> {
    let file = read_file(path)?;
    let carrier: Carrier = parse::parse(&file)?;
    validate::carrier(&file, &carrier)?;
    Ok((SourceFile::set_aside(path), carrier))
}

/// A built-in carrier, each plan with its notes' JSON to read when shown.
fn load_embedded_carrier(entry: &EmbeddedCarrier) -> Result<Carrier> {
    let mut carrier: Carrier = parse::parse_built(entry.values, &SourceFile::from(&entry.file))?;
    for &(place, json) in entry.plan_notes {
        if let Some(plan) = carrier.plans.get_mut(place) {
            plan.built_in_notes = Some(json);
        }
    }
    Ok(carrier)
}

/// The file as written, with every check, for `kb validate`.
fn validate_embedded_carrier(entry: &EmbeddedCarrier) -> Result<Carrier> {
    let file = SourceFile::from(&entry.file);
    let carrier: Carrier = parse::parse(&file)?;
    validate::carrier(&file, &carrier)?;
    Ok(carrier)
}

/// The built-in guides and troubleshooting entries for `platform` (every one for `None`),
/// each read from the values the build made of it alone.
fn built_in_steps(platform: Option<StepPlatform>) -> Result<StepsFile> {
    let wanted = |platforms: &[&str]| {
        platform.is_none_or(|p| platforms.is_empty() || platforms.contains(&p.as_str()))
    };
    fn read<T: serde::de::DeserializeOwned>(
        pieces: &[(&[&str], BuiltValue)],
        wanted: impl Fn(&[&str]) -> bool,
    ) -> Option<Vec<T>> {
        pieces
            .iter()
            .filter(|(platforms, _)| wanted(platforms))
            .map(|(_, values)| T::deserialize(*values).ok())
            .collect()
    }
    match (
        read(embedded::STEP_GUIDES, wanted),
        read(embedded::STEP_TROUBLES, wanted),
    ) {
        (Some(guides), Some(troubleshooting)) => Ok(StepsFile {
            guides,
            troubleshooting,
        }),
        // Made from a file the build parsed, a piece should always read; if one does not,
        // the file as written is read, so that its problem is given with its line.
        _ => parse::parse(&SourceFile::from(&embedded::STEPS)),
    }
}

/// How many entries a built-in list file holds (its `rules` or `activities`), read without
/// the rest of each entry.
fn count_entries(values: BuiltValue, written: &EmbeddedFile) -> Result<usize> {
    #[derive(serde::Deserialize, Default)]
    #[serde(default)]
    struct Lists {
        rules: Vec<serde::de::IgnoredAny>,
        activities: Vec<serde::de::IgnoredAny>,
    }
    let lists: Lists = parse::parse_built(values, &SourceFile::from(written))?;
    Ok(lists.rules.len() + lists.activities.len())
}

/// The built-in devices, from the JSON the build made of them (`kb validate` and the tests
/// check the file as written).
fn built_in_devices() -> Result<Vec<Device>> {
    let written = SourceFile::from(&embedded::DEVICES);
    let list: DeviceList = parse::parse_embedded(embedded::DEVICES_JSON, &written)?;
    Ok(list.devices)
}

fn load_devices(file: &SourceFile) -> Result<Vec<Device>> {
    let list: DeviceList = parse::parse(file)?;
    validate::devices(file, &list.devices)?;
    Ok(list.devices)
}

fn load_usage(file: &SourceFile) -> Result<Vec<Activity>> {
    let usage: UsageFile = parse::parse(file)?;
    validate::usage(file, &usage.activities)?;
    Ok(usage.activities)
}

fn load_steps(file: &SourceFile) -> Result<StepsFile> {
    let steps: StepsFile = parse::parse(file)?;
    validate::steps(file, &steps)?;
    Ok(steps)
}

/// The built-in rules, compiled into Rust (`src/rules/write_built_in.rs`): a `check` reads
/// every rule, and they lie in the program, built with it.
#[cfg(not(stale_built_in_rules))]
fn built_in_rules() -> Result<Cow<'static, [Rule]>> {
    Ok(Cow::Borrowed(crate::rules::built_in::RULES))
}

/// While `data/rules.yaml` is newer than its Rust (a rule being written), the rules are read
/// from the file as written, so that what is built always answers by the file.
#[cfg(stale_built_in_rules)]
fn built_in_rules() -> Result<Cow<'static, [Rule]>> {
    load_rules(&SourceFile::from(&embedded::RULES)).map(Cow::Owned)
}

fn load_rules(file: &SourceFile) -> Result<Vec<Rule>> {
    let rules: RuleFile = parse::parse(file)?;
    validate::rules(file, &rules.rules)?;
    Ok(rules.rules)
}

/// An item whose id is known replaces the old one in place; a new id is added at the end.
/// Positions are looked up by id, so a long list merges in linear time.
fn merge_by_id<T>(base: &mut Vec<T>, extra: Vec<T>, id: impl Fn(&T) -> &str) {
    let mut at: HashMap<String, usize> = base
        .iter()
        .enumerate()
        .map(|(i, item)| (id(item).to_string(), i))
        .collect();
    for item in extra {
        match at.get(id(&item)) {
            Some(&i) => base[i] = item,
            None => {
                at.insert(id(&item).to_string(), base.len());
                base.push(item);
            }
        }
    }
}

/// Returns the heap's free pages to the system. glibc keeps freed memory for later allocations;
/// where the next large user is a different kind of object, the pages would only add to the peak.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
fn give_back_free_memory() {
    // SAFETY: malloc_trim only walks glibc's own free lists; it has no preconditions.
    unsafe {
        libc::malloc_trim(0);
    }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn give_back_free_memory() {}

#[cfg(test)]
mod tests {
    use super::*;

    /// The build leaves out of the program's copy of the activities only the notes it never
    /// shows (the carriers: `tests/knowledge_base.rs`).
    #[test]
    fn the_built_in_activities_differ_from_their_file_only_by_notes_never_shown() {
        let mut written = load_usage(&SourceFile::from(&embedded::USAGE)).unwrap();
        assert!(written.iter().any(|a| a.notes.is_some()));
        for activity in &mut written {
            activity.notes = None;
        }
        let copy = Library::embedded().usage().unwrap();
        assert_eq!(format!("{copy:?}"), format!("{written:?}"));
    }

    /// A carrier's id from the index is the id of the carrier read, by any of its names, and
    /// a name no carrier has has none.
    #[test]
    fn a_carriers_id_is_found_without_reading_it() {
        let library = Library::embedded();
        for entry in embedded::CARRIERS {
            for name in [entry.id, entry.name].iter().chain(entry.aliases) {
                let read = library.carrier(name).unwrap().map(|c| c.id);
                assert_eq!(library.carrier_id(name).unwrap(), read, "{name}");
                assert!(read.is_some(), "{name}");
            }
        }
        assert_eq!(library.carrier_id("no such carrier").unwrap(), None);
    }

    /// Every built-in file's values read as the build wrote them. Were one not to, answers
    /// would still be right, from the file as written, but would parse its YAML each time.
    #[test]
    fn the_built_in_values_read_without_the_files_as_written() {
        use serde::Deserialize;
        for entry in embedded::CARRIERS {
            let carrier = Carrier::deserialize(entry.values).unwrap();
            assert_eq!(carrier.id, entry.id);
            model::CarrierSources::deserialize(entry.values).unwrap();
        }
        assert!(
            UsageFile::deserialize(embedded::USAGE_BUILT)
                .unwrap()
                .activities
                .len()
                > 10
        );
        let sources =
            model::DeviceSourcesList::deserialize(embedded::DEVICE_SOURCES_BUILT).unwrap();
        assert_eq!(sources.devices.len(), embedded::DEVICE_INDEX.len());
        for (_, values) in embedded::STEP_GUIDES {
            Guide::deserialize(*values).unwrap();
        }
        for (_, values) in embedded::STEP_TROUBLES {
            Trouble::deserialize(*values).unwrap();
        }
    }

    /// Answers read the values the build made; `kb validate` reads the files as written.
    #[test]
    fn the_built_in_files_read_the_same_as_built_and_as_written() {
        let written = |file: &EmbeddedFile| SourceFile::from(file);
        let library = Library::embedded();
        assert_eq!(
            format!("{:?}", built_in_devices().unwrap()),
            format!("{:?}", load_devices(&written(&embedded::DEVICES)).unwrap())
        );
        assert_eq!(
            format!("{:?}", library.steps().unwrap()),
            format!("{:?}", load_steps(&written(&embedded::STEPS)).unwrap())
        );
        for entry in embedded::DEVICE_INDEX {
            let device = library.device(entry.id).unwrap().unwrap();
            assert_eq!(device.id, entry.id);
        }
    }

    /// Naming a device in a person's list parses only the entries that could be it; it must
    /// find what parsing the whole list finds, however the list is written.
    #[test]
    fn a_device_in_a_users_list_is_found_as_the_whole_list_finds_it() {
        let written = embedded::DEVICES.text;
        let value: serde_yaml::Value = serde_yaml::from_str(written).unwrap();
        let renamed = written
            .replace("- id: ", "- id: my-")
            .replace("\n  name: ", "\n  name: My ");
        let (head, rest) = written.split_once('\n').unwrap();
        let indented: Vec<String> = rest.lines().map(|line| format!("  {line}")).collect();
        let indented = format!("{head}\n{}", indented.join("\n"));
        let lists = [
            written.to_string(),
            serde_yaml::to_string(&value).unwrap(),
            renamed.clone(),
            indented,
            // Two files, the second renaming some of the first's devices.
            format!("{renamed}\n"),
        ];
        let mut queries = vec![
            "Nokia 3310".to_string(),
            "my".to_string(),
            "iphone".to_string(),
        ];
        // Every fifth device, which is enough to meet each way a name is written.
        for device in built_in_devices().unwrap().into_iter().step_by(5) {
            let maker = device.maker.clone().unwrap_or_default();
            let alias = device.aliases.first().unwrap_or(&device.id);
            queries.extend([
                device.id.to_string(),
                alias.to_string(),
                device.name.to_string(),
                format!("{maker} {}", device.name),
                format!("My {}", device.name),
                format!("{maker} My {}", device.name),
            ]);
        }
        for (n, list) in lists.iter().enumerate() {
            let dir = tempfile::tempdir().unwrap();
            fs::write(dir.path().join("devices.yaml"), list).unwrap();
            if n == 4 {
                fs::create_dir(dir.path().join("devices")).unwrap();
                let second = lists[0].replace("name: iPhone", "name: Their iPhone");
                fs::write(dir.path().join("devices/later.yaml"), second).unwrap();
            }
            let quick = Library::open(Some(dir.path())).unwrap();
            let whole = Library::open(Some(dir.path())).unwrap();
            whole.user_devices().unwrap();
            for query in &queries {
                assert_eq!(
                    format!("{:?}", quick.device(query).unwrap()),
                    format!("{:?}", whole.device(query).unwrap()),
                    "list {n}, {query}"
                );
            }
            let entries = quick.overlay.as_ref().unwrap().parsed.device_entries.get();
            assert!(matches!(entries, Some(Some(_))), "list {n} was split");
        }
    }

    /// One way of writing a value in YAML, for the property below.
    fn written(value: &str, style: u8, indent: &str) -> String {
        match style % 5 {
            1 => format!("'{}'", value.replace('\'', "''")),
            2 => format!("\"{value}\""),
            3 => format!("{value} # said so"),
            4 => match value.split_once(' ') {
                Some((first, rest)) => format!("{first}\n{indent}    {rest}"),
                None => value.to_string(),
            },
            _ => value.to_string(),
        }
    }

    /// A device entry with its keys in the given order, each value written its own way.
    fn entry(
        device: &(String, String, Option<String>, Vec<String>),
        styles: &[u8],
        indent: &str,
        order: usize,
    ) -> String {
        let (id, name, maker, aliases) = device;
        let style = |n: usize| styles[n % styles.len()];
        let aliases = match style(4) % 2 {
            0 => format!(
                "[{}]",
                aliases
                    .iter()
                    .map(|a| written(a, style(5) % 3, indent))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            _ => aliases
                .iter()
                .enumerate()
                .map(|(n, a)| {
                    format!(
                        "\n{indent}  - {}",
                        written(a, style(6 + n), &format!("{indent}  "))
                    )
                })
                .collect(),
        };
        let mut keys = vec![
            format!("id: {id}"),
            format!("name: {}", written(name, style(1), indent)),
            format!("aliases: {aliases}"),
            "platform: android".to_string(),
            "esim: true".to_string(),
            format!(
                "notes: Not the {} nor {id}.",
                written(name, style(2), indent)
            ),
            format!("source: https://example.com/phones\n{indent}    ?page=2"),
            "verified: 2026-11-25".to_string(),
        ];
        if let Some(maker) = maker {
            keys.push(format!("maker: {}", written(maker, style(3), indent)));
        }
        let turn = order % keys.len();
        keys.rotate_left(turn);
        let body = keys.join(&format!("\n{indent}  "));
        format!("{indent}- {body}\n")
    }

    fn device_strategy(
    ) -> impl proptest::strategy::Strategy<Value = (String, String, Option<String>, Vec<String>)>
    {
        use proptest::prelude::*;
        let word = prop::sample::select(vec![
            "Pixel", "pixel", "Galaxy", "iPhone", "Moto", "小米", "Phone+",
        ]);
        let number = prop::sample::select(vec!["8", "8a", "15", "S24", "X", "15 Pro"]);
        let name = (word.clone(), number.clone()).prop_map(|(w, n)| format!("{w} {n}"));
        let id = prop::sample::select(vec!["pixel-8", "galaxy", "iphone-15", "a", "b", "moto-x"]);
        let maker = prop::option::of(prop::sample::select(vec![
            "Google", "Apple", "Pixel", "Moto",
        ]));
        (id, name.clone(), maker, prop::collection::vec(name, 0..3)).prop_map(
            |(id, name, maker, aliases)| (id.to_string(), name, maker.map(str::to_string), aliases),
        )
    }

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(128))]

        /// However a person's device list is written, naming a device finds what parsing the
        /// whole list finds, whenever the whole list loads.
        #[test]
        fn a_device_is_found_as_the_whole_list_finds_it_however_it_is_written(
            first in proptest::collection::vec(device_strategy(), 1..5),
            second in proptest::collection::vec(device_strategy(), 0..3),
            styles in proptest::collection::vec(0u8..10, 8..12),
            order in 0usize..9,
            indented in proptest::bool::ANY,
        ) {
            // One id once in each file; a later file may take an id of the first again.
            let mut first = first;
            let mut second = second;
            for list in [&mut first, &mut second] {
                let mut seen = HashSet::new();
                list.retain(|(id, ..)| seen.insert(id.clone()));
            }
            let indent = if indented { "  " } else { "" };
            let list = |devices: &[(String, String, Option<String>, Vec<String>)]| {
                let entries: String = devices.iter().enumerate()
                    .map(|(n, d)| entry(d, &styles[n % 3..], indent, order + n))
                    .collect();
                format!("devices:\n{entries}")
            };
            let dir = tempfile::tempdir().unwrap();
            fs::write(dir.path().join("devices.yaml"), list(&first)).unwrap();
            if !second.is_empty() {
                fs::create_dir(dir.path().join("devices")).unwrap();
                fs::write(dir.path().join("devices/more.yaml"), list(&second)).unwrap();
            }
            let whole = Library::open(Some(dir.path())).unwrap();
            if whole.user_devices().is_err() {
                return Ok(());
            }
            let quick = Library::open(Some(dir.path())).unwrap();
            for (id, name, maker, aliases) in first.iter().chain(&second) {
                let maker = maker.clone().unwrap_or_default();
                let queries = [id.clone(), name.clone(), format!("{maker} {name}"), format!("{maker}{name}")]
                    .into_iter()
                    .chain(aliases.iter().map(|a| format!("{maker} {a}")))
                    .chain(aliases.iter().cloned());
                for query in queries {
                    proptest::prop_assert_eq!(
                        format!("{:?}", quick.device(&query)),
                        format!("{:?}", whole.device(&query)),
                        "{} in\n{}", query, fs::read_to_string(dir.path().join("devices.yaml")).unwrap()
                    );
                }
            }
        }
    }

    /// A list that gives one name to thousands of devices is read whole, and refused, as
    /// fast as any list that size: the lookup does not weigh every one against the others.
    #[test]
    fn a_name_given_to_thousands_of_devices_is_refused_quickly() {
        let entry = |n: usize| {
            format!("- id: phone-{n}\n  name: Same\n  platform: ios\n  esim: true\n  source: https://example.com/\n  verified: 2026-11-25\n")
        };
        let list: String = std::iter::once("devices:\n".to_string())
            .chain((0..3000).map(entry))
            .collect();
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("devices.yaml"), list).unwrap();
        let library = Library::open(Some(dir.path())).unwrap();
        let started = std::time::Instant::now();
        let error = library.device("Same").unwrap_err().to_string();
        assert!(error.contains("also leads to"), "{error}");
        assert!(
            started.elapsed() < std::time::Duration::from_secs(20),
            "{:?}",
            started.elapsed()
        );
    }

    /// `kb stats` counts the lists without reading their entries; the counts are the
    /// lists' lengths, with and without a user's list merged in by id.
    #[test]
    fn list_sizes_are_the_lengths_of_the_lists() {
        let lengths = |library: &Library| ListSizes {
            rules: library.rules().unwrap().len(),
            activities: library.usage().unwrap().len(),
            guides: library.steps().unwrap().guides.len(),
        };
        let built_in = Library::embedded();
        assert_eq!(built_in.list_sizes().unwrap(), lengths(&built_in));
        let dir = tempfile::tempdir().unwrap();
        let activity = |id: &str| {
            format!(
                "  - id: {id}\n    name: Gaming\n    category: web\n    per_hour: 40MB\n    source: https://example.com/usage\n    verified: 2026-11-25\n"
            )
        };
        let usage = format!(
            "activities:\n{}{}",
            activity("email"),
            activity("cloud-gaming-x")
        );
        fs::write(dir.path().join("usage.yaml"), usage).unwrap();
        let mine = Library::open(Some(dir.path())).unwrap();
        let sizes = mine.list_sizes().unwrap();
        assert_eq!(sizes, lengths(&mine));
        assert_eq!(sizes.activities, lengths(&built_in).activities + 1);
    }

    /// The index names each built-in plan as its carrier's file does.
    #[test]
    fn the_plan_index_names_every_plan_as_written() {
        for entry in embedded::CARRIERS {
            let carrier = load_embedded_carrier(entry).unwrap();
            let indexed: Vec<(&str, &str, Vec<&str>)> = entry
                .plans
                .iter()
                .map(|p| (p.id, p.name, p.aliases.to_vec()))
                .collect();
            let written: Vec<(&str, &str, Vec<&str>)> = carrier
                .plans
                .iter()
                .map(|p| {
                    let aliases = p.aliases.iter().map(KbString::as_str).collect();
                    (p.id.as_str(), p.name.as_str(), aliases)
                })
                .collect();
            assert_eq!(indexed, written, "{}", entry.id);
        }
    }

    #[test]
    fn merging_replaces_in_place_and_adds_new_ids_at_the_end() {
        let mut base: Vec<(String, u32)> = vec![("a".into(), 1), ("b".into(), 1)];
        let extra = vec![("c".into(), 2), ("a".into(), 2), ("c".into(), 3)];
        merge_by_id(&mut base, extra, |(id, _)| id);
        assert_eq!(
            base,
            [("a".into(), 2), ("b".into(), 1), ("c".into(), 3)]
                .into_iter()
                .collect::<Vec<(String, u32)>>()
        );
    }
}
