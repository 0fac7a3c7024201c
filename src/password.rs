//! Hotspot password strength. The password itself lives only in a zeroizing buffer for the
//! moment it is measured: it is never printed, stored, logged or put into JSON. Only the
//! measurements go on.

use zeroize::Zeroizing;

/// What is kept of a password: measurements, never the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PasswordCheck {
    /// zxcvbn's score, 0 (guessed at once) to 4 (very hard to guess).
    pub score: u8,
    /// Length in characters.
    pub length: usize,
    /// WPA2 passphrases are printable ASCII; other characters may not work on every device.
    pub printable_ascii: bool,
    /// zxcvbn's warning and suggestions, which describe patterns, not the text itself.
    pub feedback: Vec<String>,
}

pub fn check(password: &Zeroizing<String>) -> PasswordCheck {
    let entropy = zxcvbn::zxcvbn(password.as_str(), &[]);
    let mut feedback = Vec::new();
    if let Some(f) = entropy.feedback() {
        if let Some(w) = f.warning() {
            feedback.push(w.to_string());
        }
        feedback.extend(f.suggestions().iter().map(ToString::to_string));
    }
    PasswordCheck {
        score: u8::from(entropy.score()),
        length: password.chars().count(),
        printable_ascii: password.chars().all(|c| (' '..='~').contains(&c)),
        feedback,
    }
}

/// The longest password read, in bytes. A Wi-Fi passphrase has at most 63 characters; the
/// limit is far above that, and keeps a runaway input from filling memory.
pub const MAX_PASSWORD_BYTES: usize = 1024;

/// Why a password could not be read.
#[derive(Debug)]
pub enum ReadError {
    TooLong,
    NotUtf8,
    Io(std::io::Error),
}

/// Reads one line from `input`, byte by byte, into one zeroizing buffer that is as large as it
/// will ever be from the start, so no copy is left behind by a move. `input` should be
/// unbuffered: a buffered reader keeps its own copy of what it read. Stops at the line end or
/// the end of input; refuses a line over [`MAX_PASSWORD_BYTES`] without reading further.
pub fn read_line(input: &mut impl std::io::Read) -> Result<Zeroizing<String>, ReadError> {
    let mut line = Zeroizing::new(Vec::with_capacity(MAX_PASSWORD_BYTES + 1));
    let mut byte = Zeroizing::new([0u8; 1]);
    loop {
        match input.read(&mut byte[..]) {
            Ok(0) => break,
            Ok(_) if byte[0] == b'\n' => break,
            Ok(_) if line.len() == MAX_PASSWORD_BYTES => return Err(ReadError::TooLong),
            Ok(_) => line.push(byte[0]),
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(ReadError::Io(e)),
        }
    }
    if line.last() == Some(&b'\r') {
        line.pop();
    }
    // Taking the vector out of its wrapper moves no bytes; on failure they are wiped.
    match String::from_utf8(std::mem::take(&mut *line)) {
        Ok(text) => Ok(Zeroizing::new(text)),
        Err(not_text) => {
            drop(Zeroizing::new(not_text.into_bytes()));
            Err(ReadError::NotUtf8)
        }
    }
}

/// Standard input without the buffer `std::io::stdin()` keeps, which would hold a copy of
/// the password after it is read.
pub struct UnbufferedStdin;

#[cfg(unix)]
impl std::io::Read for UnbufferedStdin {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        use std::os::fd::AsFd;
        let stdin = std::io::stdin();
        Ok(rustix::io::read(stdin.as_fd(), buf)?)
    }
}

#[cfg(not(unix))]
impl std::io::Read for UnbufferedStdin {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        std::io::stdin().read(buf)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weak_and_strong() {
        let weak = check(&Zeroizing::new("password".to_string()));
        assert!(weak.score <= 1);
        assert_eq!(weak.length, 8);
        let strong = check(&Zeroizing::new(
            "correct-horse-battery-staple-1987!".to_string(),
        ));
        assert_eq!(strong.score, 4);
        assert!(strong.printable_ascii);
        let accented = check(&Zeroizing::new("mot de passe été".to_string()));
        assert!(!accented.printable_ascii);
    }

    #[test]
    fn a_read_line_drops_only_the_line_ending() {
        let mut input = std::io::Cursor::new(b"  secret pass \r\nnext".to_vec());
        assert_eq!(read_line(&mut input).unwrap().as_str(), "  secret pass ");
        let mut last = std::io::Cursor::new(b"no line end".to_vec());
        assert_eq!(read_line(&mut last).unwrap().as_str(), "no line end");
    }

    #[test]
    fn a_line_over_the_limit_is_refused_without_reading_on() {
        let mut exactly = std::io::Cursor::new(vec![b'a'; MAX_PASSWORD_BYTES]);
        assert_eq!(read_line(&mut exactly).unwrap().len(), MAX_PASSWORD_BYTES);
        let mut over = std::io::Cursor::new(vec![b'a'; 10 * MAX_PASSWORD_BYTES]);
        assert!(matches!(read_line(&mut over), Err(ReadError::TooLong)));
        assert_eq!(
            over.position() as usize,
            MAX_PASSWORD_BYTES + 1,
            "reads one byte past the limit, no more"
        );
        let mut binary = std::io::Cursor::new(vec![0xff, 0xfe, b'\n']);
        assert!(matches!(read_line(&mut binary), Err(ReadError::NotUtf8)));
    }
}
