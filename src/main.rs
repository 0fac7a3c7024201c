// On Linux with glibc the program starts at its own `main` (see `start` below).
#![cfg_attr(all(target_os = "linux", target_env = "gnu"), no_main)]

use clap::FromArgMatches;
use esim_hotspot::{cli, error::Error, exit, i18n, run};

/// Small blocks from size classes rather than the C library's free lists (see `allocator`).
#[global_allocator]
static ALLOCATOR: esim_hotspot::allocator::SizeClasses =
    esim_hotspot::allocator::SizeClasses::new();

/// The whole program: its exit status.
fn advise() -> u8 {
    let args: Vec<_> = cli::typed_args(std::env::args_os()).collect();
    // A first look at the language, so that --help and clap's own errors speak it; `run`
    // settles it from the parsed flags.
    let lang = cli::lang_asked(args.iter().cloned(), |name| std::env::var(name).ok());
    i18n::set_lang(lang);
    // The quick tree parses; what it cannot is said by the whole tree, in the reader's language.
    let parsed = cli::parsing_command(&args)
        .try_get_matches_from(&args)
        .or_else(|_| cli::command_in(lang).try_get_matches_from(args));
    let mut matches = match parsed {
        Ok(matches) => matches,
        Err(e) => match cli::own_error(&e) {
            Some(error) => {
                eprintln!("esim-hotspot: {error}");
                return error.exit_code();
            }
            None => match esim_hotspot::cli_words::error_in(&e, lang) {
                Some(said) => {
                    eprint!("{said}");
                    return exit_code_of(&e);
                }
                None => e.exit(),
            },
        },
    };
    let cli = cli::Cli::from_arg_matches_mut(&mut matches).unwrap_or_else(|e| e.exit());
    match run(cli) {
        Ok(code) => code,
        Err(Error::Interrupted) => exit::INTERRUPTED,
        Err(error) => {
            eprintln!("esim-hotspot: {error}");
            error.exit_code()
        }
    }
}

#[cfg(not(all(target_os = "linux", target_env = "gnu")))]
fn main() -> std::process::ExitCode {
    std::process::ExitCode::from(advise())
}

/// Rust's own start-up, before `main`, also readies a message for a stack overflow: it reads
/// `/proc/self/maps` to find the main thread's stack and sets up a signal stack: 0.1 to 0.2 ms
/// of every answer, and 20 of a quick one's 67 system calls. A plain `fn main` cannot do without
/// it, so on Linux with glibc (where the standard library reads the arguments by itself) the
/// program starts here and does the rest of that start-up: standard streams that are
/// closed are opened on `/dev/null`, a reader that went away (SIGPIPE) is an error to handle
/// rather than the end, a panic ends with 101, and what is written is flushed. Only the
/// overflow message is lost: a stack overflow still ends the program, with SIGSEGV. The
/// parsers limit nesting (see `kb::nesting`), which is what could run that deep.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
mod start {
    use std::io::Write;

    #[no_mangle]
    extern "C" fn main(_argc: libc::c_int, _argv: *const *const libc::c_char) -> libc::c_int {
        open_closed_standard_streams();
        // SAFETY: called before any other thread exists; SIG_IGN is a valid disposition.
        unsafe { libc::signal(libc::SIGPIPE, libc::SIG_IGN) };
        let status = std::panic::catch_unwind(super::advise).unwrap_or(101);
        let _ = std::io::stdout().flush();
        libc::c_int::from(status)
    }

    /// A stream the program was started without is opened on `/dev/null`, so that no file
    /// the program opens takes its number and receives what was meant for it.
    fn open_closed_standard_streams() {
        let mut streams = [0, 1, 2].map(|fd| libc::pollfd {
            fd,
            events: 0,
            revents: 0,
        });
        // SAFETY: `streams` is a valid array of three pollfd for the call's duration.
        if unsafe { libc::poll(streams.as_mut_ptr(), 3, 0) } < 0 {
            return;
        }
        for stream in streams.iter().filter(|s| s.revents & libc::POLLNVAL != 0) {
            let flags = if stream.fd == 0 {
                libc::O_RDONLY
            } else {
                libc::O_WRONLY
            };
            // SAFETY: the path is a NUL-terminated string; the descriptor it returns is the
            // lowest free one, the closed stream's, and is kept open on purpose.
            unsafe { libc::open(c"/dev/null".as_ptr(), flags) };
        }
    }
}

/// The code clap would exit with for `error`: 2 for a mistake, 0 for help and the version.
fn exit_code_of(error: &clap::Error) -> u8 {
    u8::try_from(error.exit_code()).unwrap_or(exit::ERROR)
}

/// zxcvbn calls one function of the C maths library, `log10`, for a figure this program never
/// shows; that call alone made the dynamic loader open and link the library at every start,
/// about a seventh of what starting costs. The program gives the function itself, from the
/// Rust port of the same C code, so the library is not loaded. A test checks it is not.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
#[no_mangle]
pub extern "C" fn log10(x: f64) -> f64 {
    libm::log10(x)
}
