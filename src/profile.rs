//! A saved situation (never a password), so `check` can be repeated without retyping it.
//! Writes are atomic: a temporary file in the same directory, then a rename, so a crash or a
//! kill mid-write leaves the old profile whole.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};
use crate::kb::parse_file;
use crate::situation::Situation;

/// `ESIM_HOTSPOT_PROFILE`, else `profile.yaml` in the platform's config directory
/// (e.g. `~/.config/esim-hotspot/profile.yaml`).
pub fn default_path() -> Option<PathBuf> {
    if let Some(path) = std::env::var_os("ESIM_HOTSPOT_PROFILE") {
        return Some(PathBuf::from(path));
    }
    directories::ProjectDirs::from("", "", "esim-hotspot")
        .map(|dirs| dirs.config_dir().join("profile.yaml"))
}

/// The saved situation, if there is one. One that does not parse is an error naming its
/// path, line and column: it is never silently ignored or replaced.
pub fn load(path: &Path) -> Result<Option<Situation>> {
    if !crate::kb::files::exists(path)? {
        return Ok(None);
    }
    // The same size limit as any YAML this program reads.
    let file = crate::kb::read_file(path)?;
    parse_file(&file).map(Some)
}

pub fn save(path: &Path, situation: &Situation) -> Result<()> {
    // A profile that does not parse may hold something the person wants: refuse to replace it.
    load(path)?;
    let io = |source| Error::Io {
        path: path.to_path_buf(),
        source,
    };
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    fs::create_dir_all(dir).map_err(io)?;
    let text = serde_yaml::to_string(situation)
        .map_err(|e| Error::usage(crate::messages::kb::profile_not_written(&e.to_string())))?;
    let mut temp = tempfile::NamedTempFile::new_in(dir).map_err(io)?;
    temp.write_all(crate::messages::PROFILE_HEADER.as_bytes())
        .and_then(|()| temp.write_all(text.as_bytes()))
        .and_then(|()| temp.as_file().sync_all())
        .map_err(io)?;
    temp.persist(path).map_err(|e| io(e.error))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn saves_and_loads_without_the_password() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("nested/profile.yaml");
        let situation = Situation {
            carrier: Some("verizon".into()),
            used: Some("2GB".into()),
            password: Some(crate::password::check(&zeroize::Zeroizing::new(
                "hunter2hunter2".into(),
            ))),
            ..Situation::default()
        };
        save(&path, &situation).unwrap();
        let text = fs::read_to_string(&path).unwrap();
        assert!(
            !text.contains("hunter2") && !text.contains("password:"),
            "{text}"
        );
        let loaded = load(&path).unwrap().unwrap();
        assert_eq!(loaded.carrier.as_deref(), Some("verizon"));
        assert_eq!(loaded.password, None);
    }

    #[test]
    fn a_broken_profile_is_reported_and_never_replaced() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("profile.yaml");
        fs::write(&path, "carrier: [unclosed\n").unwrap();
        let err = save(&path, &Situation::default()).unwrap_err().to_string();
        assert!(err.contains("profile.yaml:"), "{err}");
        assert_eq!(fs::read_to_string(&path).unwrap(), "carrier: [unclosed\n");
    }
}
