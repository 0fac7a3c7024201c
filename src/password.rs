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

/// Reads one line from `reader` straight into a zeroizing buffer, without the line ending.
pub fn read_line(reader: &mut impl std::io::BufRead) -> std::io::Result<Zeroizing<String>> {
    let mut line = Zeroizing::new(String::new());
    reader.read_line(&mut line)?;
    while line.ends_with('\n') || line.ends_with('\r') {
        line.pop();
    }
    Ok(line)
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
    }
}
