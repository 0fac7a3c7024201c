//! A saved situation (never a password), so `check` can be repeated without retyping it.
//! Writes are atomic: a temporary file in the same directory, then a rename and a sync of the
//! directory, so a crash or a kill mid-write leaves the old profile whole. A profile that is a
//! link is written through: the file it leads to is replaced, and the link stays.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use crate::error::{Error, Result, UsageError};
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

/// A temporary file older than this, left by a save that was killed, is removed by the next.
const STALE_AFTER: Duration = Duration::from_secs(60);

pub fn save(path: &Path, situation: &Situation) -> Result<()> {
    // A profile that does not parse may hold something the person wants: refuse to replace it.
    let existed = load(path)?.is_some();
    // Through a link, to the file it leads to: replacing the link would cut it.
    let target = if existed {
        fs::canonicalize(path).map_err(|source| Error::Io {
            path: path.to_path_buf(),
            source,
        })?
    } else {
        path.to_path_buf()
    };
    let io = |source| Error::Io {
        path: target.clone(),
        source,
    };
    let dir = target
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    fs::create_dir_all(dir).map_err(io)?;
    let text = serde_yaml::to_string(situation)
        .map_err(|e| UsageError::ProfileNotWritten(e.to_string()))?;
    let prefix = temp_prefix(&target);
    remove_stale(dir, &prefix);
    let mut temp = tempfile::Builder::new()
        .prefix(&prefix)
        .tempfile_in(dir)
        .map_err(io)?;
    if let Ok(meta) = fs::metadata(&target) {
        // The replacement keeps who may read the file.
        fs::set_permissions(temp.path(), meta.permissions()).map_err(io)?;
    }
    temp.write_all(crate::messages::PROFILE_HEADER.as_bytes())
        .and_then(|()| temp.write_all(text.as_bytes()))
        .and_then(|()| temp.as_file().sync_all())
        .map_err(io)?;
    temp.persist(&target).map_err(|e| io(e.error))?;
    sync_dir(dir).map_err(io)
}

/// `.profile.yaml.tmp-`: hidden, and recognisable as this file's temporary copy.
fn temp_prefix(target: &Path) -> String {
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    format!(".{name}.tmp-")
}

/// Removes temporary copies of the profile that a killed save left behind. One younger than
/// a minute may belong to a save still under way, and is left alone.
fn remove_stale(dir: &Path, prefix: &str) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    let now = SystemTime::now();
    for entry in entries.flatten() {
        let ours = entry.file_name().to_string_lossy().starts_with(prefix);
        let stale = entry
            .metadata()
            .ok()
            .filter(|m| m.is_file())
            .and_then(|m| m.modified().ok())
            .and_then(|modified| now.duration_since(modified).ok())
            .is_some_and(|age| age > STALE_AFTER);
        if ours && stale {
            // Best effort: a copy that cannot be removed harms nothing but space.
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// Makes the rename itself durable: without it a crash can bring back the old profile, or
/// none.
#[cfg(unix)]
fn sync_dir(dir: &Path) -> std::io::Result<()> {
    match fs::File::open(dir).and_then(|d| d.sync_all()) {
        // Some file systems cannot sync a directory; the rename is still atomic there.
        Err(e)
            if matches!(
                e.kind(),
                std::io::ErrorKind::InvalidInput | std::io::ErrorKind::Unsupported
            ) =>
        {
            Ok(())
        }
        other => other,
    }
}

#[cfg(not(unix))]
fn sync_dir(_dir: &Path) -> std::io::Result<()> {
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
            used: Some(crate::units::DataUsed::parse("2GB").unwrap()),
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

    #[cfg(unix)]
    #[test]
    fn a_linked_profile_is_written_through_and_stays_a_link() {
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("dotfiles/esim.yaml");
        fs::create_dir_all(real.parent().unwrap()).unwrap();
        fs::write(&real, "carrier: att\n").unwrap();
        let link = dir.path().join("config/profile.yaml");
        fs::create_dir_all(link.parent().unwrap()).unwrap();
        std::os::unix::fs::symlink(&real, &link).unwrap();
        let situation = Situation {
            carrier: Some("verizon".into()),
            ..Situation::default()
        };
        save(&link, &situation).unwrap();
        assert!(fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink());
        assert!(fs::read_to_string(&real).unwrap().contains("verizon"));
        let stray: Vec<_> = fs::read_dir(link.parent().unwrap()).unwrap().collect();
        assert_eq!(stray.len(), 1, "nothing but the link in its directory");
    }

    #[test]
    fn a_stale_temporary_copy_is_removed_by_the_next_save() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("profile.yaml");
        let left = dir.path().join(".profile.yaml.tmp-killed");
        let fresh = dir.path().join(".profile.yaml.tmp-running");
        let other = dir.path().join("notes.txt");
        for file in [&left, &fresh, &other] {
            fs::write(file, "half").unwrap();
        }
        let long_ago = SystemTime::now() - Duration::from_secs(3600);
        for file in [&left, &other] {
            fs::File::options()
                .write(true)
                .open(file)
                .unwrap()
                .set_modified(long_ago)
                .unwrap();
        }
        save(&path, &Situation::default()).unwrap();
        assert!(!left.exists(), "a killed save's copy is removed");
        assert!(fresh.exists(), "a save under way keeps its copy");
        assert!(other.exists(), "other files are not touched");
        let names: Vec<String> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names.len(), 3, "{names:?}");
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
