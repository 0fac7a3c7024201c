//! The terminal while esim-hotspot asks something, and its return on every way out.
//!
//! Asking needs the terminal in a mode of its own: the guide turns echo and line buffering off
//! (its key reader switches to raw mode only while it waits for a key, so a password typed
//! ahead in between would otherwise show), and a password read from a terminal turns echo
//! off. Whatever ends or pauses the process must not leave that mode behind, nor let a resume
//! bring echo back under a hidden question:
//! - Ctrl-C, SIGTERM, SIGHUP and SIGQUIT put the terminal back as it was and exit with
//!   128 + the signal's number;
//! - Ctrl-Z or SIGTSTP put it back and stop; on SIGCONT (`fg`) the asking mode returns and the
//!   question is drawn again.

/// How a terminal is set while a question is open.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// No echo and no line buffering: the guide reads each key itself.
    Keys,
    /// No echo, lines as usual: one hidden line, such as a password.
    HiddenLine,
}

#[cfg(unix)]
mod unix {
    use std::io::Write;
    use std::sync::{Mutex, MutexGuard, Once};

    use rustix::termios::{tcgetattr, tcsetattr, LocalModes, OptionalActions, Termios};
    use signal_hook::consts::{SIGCONT, SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGTSTP};
    use signal_hook::iterator::Signals;
    use signal_hook::low_level;

    use super::Mode;

    /// The settings from before asking, and the asking mode to return to after a resume.
    struct Modes {
        before: Termios,
        asking: Termios,
    }

    static MODES: Mutex<Option<Modes>> = Mutex::new(None);
    /// The question as last drawn, to draw again after a resume. Held while drawing, so a
    /// redraw never interleaves with one.
    static SCREEN: Mutex<String> = Mutex::new(String::new());
    static WATCH: Once = Once::new();

    fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
        mutex
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    pub fn enter(mode: Mode) {
        watch_signals();
        let stdin = std::io::stdin();
        let mut modes = lock(&MODES);
        let before = match &*modes {
            Some(modes) => modes.before.clone(),
            None => match tcgetattr(&stdin) {
                Ok(before) => before,
                Err(_) => return,
            },
        };
        let mut asking = before.clone();
        asking.local_modes -= match mode {
            Mode::Keys => LocalModes::ECHO | LocalModes::ICANON,
            Mode::HiddenLine => LocalModes::ECHO,
        };
        if tcsetattr(&stdin, OptionalActions::Now, &asking).is_ok() {
            *modes = Some(Modes { before, asking });
        }
    }

    pub fn leave() {
        if let Some(modes) = lock(&MODES).take() {
            let _ = tcsetattr(std::io::stdin(), OptionalActions::Now, &modes.before);
        }
        lock(&SCREEN).clear();
    }

    /// Draws through `draw` and remembers `text` as what is on screen.
    pub fn drawing<R>(text: &str, draw: impl FnOnce() -> R) -> R {
        let mut screen = lock(&SCREEN);
        screen.clear();
        screen.push_str(text);
        draw()
    }

    /// Ctrl-Z read as a key (raw mode takes it as a byte): stop as the signal would. The
    /// signal goes to the process, so the watching thread takes it.
    pub fn suspend() {
        // SAFETY: kill and getpid have no memory-safety preconditions.
        unsafe {
            libc::kill(libc::getpid(), SIGTSTP);
        }
    }

    /// Whether more typed (or pasted) keys are already waiting.
    pub fn input_pending() -> bool {
        use rustix::event::{poll, PollFd, PollFlags, Timespec};
        let stdin = std::io::stdin();
        let mut fds = [PollFd::new(&stdin, PollFlags::IN)];
        let now = Timespec {
            tv_sec: 0,
            tv_nsec: 0,
        };
        matches!(poll(&mut fds, Some(&now)), Ok(n) if n > 0)
    }

    /// Puts the terminal back as it was before asking; `true` if it was changed.
    fn put_back() -> bool {
        let modes = lock(&MODES);
        let Some(modes) = &*modes else {
            return false;
        };
        let _ = tcsetattr(std::io::stdin(), OptionalActions::Now, &modes.before);
        let _ = console::Term::stderr().show_cursor();
        true
    }

    fn resume() {
        {
            let modes = lock(&MODES);
            let Some(modes) = &*modes else {
                return;
            };
            let _ = tcsetattr(std::io::stdin(), OptionalActions::Now, &modes.asking);
        }
        let screen = lock(&SCREEN);
        if !screen.is_empty() {
            let mut stderr = std::io::stderr().lock();
            let _ = write!(stderr, "\r\x1b[K{screen}");
            let _ = stderr.flush();
        }
    }

    /// One thread takes the signals that must not leave the terminal in the asking mode.
    /// The thread that asks blocks them: a signal handled there would cut its wait for a key
    /// short, and the key reader reports any such interruption as Ctrl-C.
    fn watch_signals() {
        WATCH.call_once(|| {
            let watched = [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGTSTP, SIGCONT];
            let Ok(mut signals) = Signals::new(watched) else {
                return;
            };
            std::thread::spawn(move || {
                for signal in signals.forever() {
                    match signal {
                        SIGTSTP => {
                            put_back();
                            let _ = low_level::emulate_default_handler(SIGTSTP);
                        }
                        SIGCONT => resume(),
                        other => {
                            if put_back() {
                                let _ = writeln!(std::io::stderr());
                            }
                            std::process::exit(128 + other);
                        }
                    }
                }
            });
            block_in_this_thread(&watched);
        });
    }

    fn block_in_this_thread(signals: &[i32]) {
        // SAFETY: the set is initialised by sigemptyset before use, and pthread_sigmask only
        // reads it.
        unsafe {
            let mut set: libc::sigset_t = std::mem::zeroed();
            libc::sigemptyset(&mut set);
            for &signal in signals {
                libc::sigaddset(&mut set, signal);
            }
            libc::pthread_sigmask(libc::SIG_BLOCK, &set, std::ptr::null_mut());
        }
    }
}

#[cfg(unix)]
pub use unix::{drawing, enter, input_pending, leave, suspend};

#[cfg(not(unix))]
mod other {
    use super::Mode;

    pub fn enter(_: Mode) {
        static WATCH: std::sync::Once = std::sync::Once::new();
        WATCH.call_once(|| {
            let _ = ctrlc::set_handler(|| {
                let _ = console::Term::stderr().show_cursor();
                std::process::exit(i32::from(crate::exit::INTERRUPTED));
            });
        });
    }

    pub fn leave() {}

    pub fn drawing<R>(_: &str, draw: impl FnOnce() -> R) -> R {
        draw()
    }

    pub fn suspend() {}

    pub fn input_pending() -> bool {
        false
    }
}

#[cfg(not(unix))]
pub use other::{drawing, enter, input_pending, leave, suspend};

/// Ctrl-C, SIGTERM and SIGHUP ask a command that runs until stopped (`meter`) to end: the
/// flag turns true, and the command finishes its line and prints its total instead of dying
/// mid-line. A second signal while it ends stops the program at once.
pub fn stop_on_signals() -> &'static std::sync::atomic::AtomicBool {
    static STOP: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);
    static WATCH: std::sync::Once = std::sync::Once::new();
    WATCH.call_once(|| {
        #[cfg(unix)]
        for signal in [
            signal_hook::consts::SIGINT,
            signal_hook::consts::SIGTERM,
            signal_hook::consts::SIGHUP,
        ] {
            // The first signal sets the flag; one that finds it set already ends the program.
            let _ = signal_hook::flag::register_conditional_shutdown(signal, 128 + signal, &STOP);
            let _ = signal_hook::flag::register(signal, &STOP);
        }
        #[cfg(not(unix))]
        let _ = ctrlc::set_handler(|| {
            if STOP.swap(true, std::sync::atomic::Ordering::SeqCst) {
                std::process::exit(i32::from(crate::exit::INTERRUPTED));
            }
        });
    });
    &STOP
}

/// The asking mode for as long as it lives.
pub struct Asking(());

impl Asking {
    pub fn new(mode: Mode) -> Asking {
        enter(mode);
        Asking(())
    }
}

impl Drop for Asking {
    fn drop(&mut self) {
        leave();
    }
}
