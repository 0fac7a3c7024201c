//! The scratch knowledge base the fuzz targets write each input into.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// The files of a knowledge-base directory, one of which each input becomes.
pub const FILES: [&str; 5] = [
    "carriers/fuzztel.yaml",
    "devices.yaml",
    "rules.yaml",
    "usage.yaml",
    "steps.yaml",
];

const PREFIX: &str = "esim-hotspot-fuzz-";

/// The directories of earlier runs, which end without a chance to clean up: those whose
/// process is gone (known where /proc lists the running processes).
fn remove_left_behind(base: &Path) {
    let proc = Path::new("/proc");
    let Ok(entries) = std::fs::read_dir(base) else {
        return;
    };
    if !proc.join("self").exists() {
        return;
    }
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(pid) = name.to_str().and_then(|n| n.strip_prefix(PREFIX)) else {
            continue;
        };
        if pid.parse::<u32>().is_ok() && !proc.join(pid).exists() {
            let _ = std::fs::remove_dir_all(entry.path());
        }
    }
}

/// One directory for the whole run, in memory where the system has a RAM disk.
fn kb_dir() -> &'static Path {
    static DIR: OnceLock<PathBuf> = OnceLock::new();
    DIR.get_or_init(|| {
        let shm = Path::new("/dev/shm");
        let base = if shm.is_dir() {
            shm.to_path_buf()
        } else {
            std::env::temp_dir()
        };
        remove_left_behind(&base);
        let dir = base.join(format!("{PREFIX}{}", std::process::id()));
        std::fs::create_dir_all(dir.join("carriers")).expect("a scratch directory");
        dir
    })
}

/// Lays out the directory with one file: the first byte of `data` chooses which, the rest
/// is its content. Returns the directory and the file's name.
pub fn write_kb_file(data: &[u8]) -> Option<(&'static Path, &'static str)> {
    let (&choice, content) = data.split_first()?;
    let dir = kb_dir();
    for file in FILES {
        let _ = std::fs::remove_file(dir.join(file));
    }
    let file = FILES[usize::from(choice) % FILES.len()];
    std::fs::write(dir.join(file), content).expect("the scratch file is written");
    Some((dir, file))
}
