//! Keys typed while the guide is busy drawing must neither show on screen nor wait for Enter.
//!
//! The key reader switches the terminal to raw mode only while it waits for a key; in between,
//! a terminal in its normal mode echoes what is typed (a password typed ahead would show) and
//! holds it until Enter (a `y` typed ahead would never arrive). So for as long as the guide runs,
//! echo and line buffering are off. Ctrl-C still raises its signal, and output is untouched.

#[cfg(unix)]
mod unix {
    use std::sync::Mutex;

    use rustix::termios::{tcgetattr, tcsetattr, LocalModes, OptionalActions, Termios};

    /// The terminal's settings from before the guide, for whichever way out comes first.
    static SAVED: Mutex<Option<Termios>> = Mutex::new(None);

    pub fn quiet() {
        let stdin = std::io::stdin();
        let Ok(before) = tcgetattr(&stdin) else {
            return;
        };
        let mut quiet = before.clone();
        quiet.local_modes -= LocalModes::ECHO | LocalModes::ICANON;
        if tcsetattr(&stdin, OptionalActions::Now, &quiet).is_ok() {
            if let Ok(mut saved) = SAVED.lock() {
                saved.get_or_insert(before);
            }
        }
    }

    pub fn restore() {
        let before = SAVED.lock().ok().and_then(|mut saved| saved.take());
        if let Some(before) = before {
            let _ = tcsetattr(std::io::stdin(), OptionalActions::Now, &before);
        }
    }
}

#[cfg(unix)]
pub use unix::{quiet, restore};

#[cfg(not(unix))]
pub fn quiet() {}

#[cfg(not(unix))]
pub fn restore() {}

/// Quiet keys for as long as it lives.
pub struct QuietKeys(());

impl QuietKeys {
    pub fn new() -> QuietKeys {
        quiet();
        QuietKeys(())
    }
}

impl Drop for QuietKeys {
    fn drop(&mut self) {
        restore();
    }
}
