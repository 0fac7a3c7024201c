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
        let dir = base.join(format!("esim-hotspot-fuzz-{}", std::process::id()));
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
