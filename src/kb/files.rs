//! Reading a person's files: only regular files (a link to one is fine), never more than the
//! size limit. A FIFO, a device or a socket in place of a file would block the program or
//! feed it without end, so it is refused by what it is before it is opened, and again, by
//! the opened handle, in case it was swapped in between.

use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

use super::parse::MAX_FILE_BYTES;
use super::problem::{FileKind, Problem};
use super::source::SourceFile;
use crate::error::{Error, Result};

/// Whether `path` names something. A link that leads nowhere is an error, not an absence:
/// a file the person meant to use must not be skipped in silence.
pub(crate) fn exists(path: &Path) -> Result<bool> {
    match fs::symlink_metadata(path) {
        Ok(link) if link.file_type().is_symlink() => match fs::metadata(path) {
            Ok(_) => Ok(true),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Err(dangling(path)),
            Err(source) => Err(io_error(path, source)),
        },
        Ok(_) => Ok(true),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(false),
        Err(source) => Err(io_error(path, source)),
    }
}

/// Reads a person's file, refusing anything but a regular file, and one over the size limit
/// before reading it: the YAML parser holds the whole file, and many times its size, in
/// memory while it works.
pub(crate) fn read_file(path: &Path) -> Result<SourceFile> {
    let (file, len) = open_file(path)?;
    // Room for the whole file from the start: a list of several MiB read into a growing
    // buffer is copied each time it doubles.
    let mut bytes = Vec::with_capacity(len as usize + 1);
    // The length is checked again while reading, in case the file grew after the check.
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|source| io_error(path, source))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(too_big(path));
    }
    let mut text = String::from_utf8(bytes).map_err(|e| {
        Error::kb(
            path.display().to_string(),
            None,
            Problem::NotUtf8 {
                byte: e.utf8_error().valid_up_to(),
            },
        )
    })?;
    if text.starts_with(BYTE_ORDER_MARK) {
        // In place: a copy of a list of several MiB costs as much again.
        text.drain(..BYTE_ORDER_MARK.len_utf8());
    }
    Ok(SourceFile {
        path: path.display().to_string(),
        text: text.into(),
    })
}

/// The `.yaml` and `.yml` entries of a directory, in name order; none if it is absent.
pub(crate) fn yaml_files(dir: &Path) -> Result<Vec<PathBuf>> {
    if !exists(dir)? {
        return Ok(Vec::new());
    }
    let entries = fs::read_dir(dir).map_err(|source| io_error(dir, source))?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "yaml" || e == "yml"))
        .collect();
    files.sort();
    Ok(files)
}

/// What editors on Windows put before a UTF-8 file's text. The YAML parser counts it as a
/// column of the first line, so that a list at the left margin under `devices:` reads as a
/// second document: it is left out.
pub(crate) const BYTE_ORDER_MARK: char = '\u{feff}';

/// Opens a person's file to read, with its length, refusing what `read_file` refuses before
/// reading: anything but a regular file, and one over the size limit.
pub(crate) fn open_file(path: &Path) -> Result<(fs::File, u64)> {
    check_readable(path)?;
    let file = open_without_blocking(path).map_err(|source| io_error(path, source))?;
    let meta = file.metadata().map_err(|source| io_error(path, source))?;
    require_regular(path, &meta)?;
    if meta.len() > MAX_FILE_BYTES {
        return Err(too_big(path));
    }
    Ok((file, meta.len()))
}

/// Refuses, without opening it, a path that `read_file` would refuse for what it is or for
/// its size: a list read only when a question needs it is still checked when named.
pub(crate) fn check_readable(path: &Path) -> Result<()> {
    if !exists(path)? {
        return Err(io_error(
            path,
            std::io::Error::from(std::io::ErrorKind::NotFound),
        ));
    }
    let meta = fs::metadata(path).map_err(|source| io_error(path, source))?;
    require_regular(path, &meta)?;
    if meta.len() > MAX_FILE_BYTES {
        return Err(too_big(path));
    }
    Ok(())
}

fn require_regular(path: &Path, meta: &fs::Metadata) -> Result<()> {
    if meta.is_file() {
        return Ok(());
    }
    Err(Error::kb(
        path.display().to_string(),
        None,
        Problem::NotARegularFile(kind_of(&meta.file_type())),
    ))
}

/// What a path that is not a regular file is, as `ls` tells them apart.
fn kind_of(kind: &fs::FileType) -> FileKind {
    if kind.is_dir() {
        return FileKind::Directory;
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if kind.is_fifo() {
            return FileKind::NamedPipe;
        }
        if kind.is_socket() {
            return FileKind::Socket;
        }
        if kind.is_block_device() || kind.is_char_device() {
            return FileKind::Device;
        }
    }
    FileKind::Other
}

/// Opening a FIFO for reading waits for a writer; with `O_NONBLOCK` it returns at once, and
/// the handle's own metadata then shows what it is.
#[cfg(unix)]
fn open_without_blocking(path: &Path) -> std::io::Result<fs::File> {
    use std::os::unix::fs::OpenOptionsExt;
    fs::OpenOptions::new()
        .read(true)
        .custom_flags(rustix::fs::OFlags::NONBLOCK.bits() as i32)
        .open(path)
}

#[cfg(not(unix))]
fn open_without_blocking(path: &Path) -> std::io::Result<fs::File> {
    fs::File::open(path)
}

fn dangling(path: &Path) -> Error {
    let target = fs::read_link(path)
        .map(|t| t.display().to_string())
        .unwrap_or_default();
    Error::kb(
        path.display().to_string(),
        None,
        Problem::DanglingLink { target },
    )
}

fn too_big(path: &Path) -> Error {
    Error::kb(
        path.display().to_string(),
        None,
        Problem::TooBig {
            mib: MAX_FILE_BYTES / (1024 * 1024),
        },
    )
}

pub(crate) fn io_error(path: &Path, source: std::io::Error) -> Error {
    Error::Io {
        path: path.to_path_buf(),
        source,
    }
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    #[test]
    fn a_fifo_is_refused_without_waiting_for_a_writer() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("rules.yaml");
        rustix::fs::mkfifoat(rustix::fs::CWD, &path, rustix::fs::Mode::RUSR).unwrap();
        let err = read_file(&path).unwrap_err().to_string();
        assert!(err.contains("rules.yaml") && err.contains("FIFO"), "{err}");
    }

    #[test]
    fn a_dangling_link_is_an_error_not_an_absence() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("rules.yaml");
        std::os::unix::fs::symlink(dir.path().join("gone.yaml"), &path).unwrap();
        let err = exists(&path).unwrap_err().to_string();
        assert!(
            err.contains("rules.yaml") && err.contains("gone.yaml"),
            "{err}"
        );
    }

    #[test]
    fn a_link_to_a_file_is_read() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("real.yaml");
        fs::write(&target, "rules: []\n").unwrap();
        let path = dir.path().join("rules.yaml");
        std::os::unix::fs::symlink(&target, &path).unwrap();
        assert_eq!(read_file(&path).unwrap().text, "rules: []\n");
    }
}
