//! Exit codes, as grep does it: the answer is in the code, errors are 2.

/// Sharing works (`yes` or `limited`), or a command that gives no verdict succeeded.
pub const SUCCESS: u8 = 0;
/// Sharing does not work (`no`).
pub const NO: u8 = 1;
/// Bad input, or a knowledge-base error.
pub const ERROR: u8 = 2;
/// The verdict is `unknown`: the report says what to find out.
pub const UNKNOWN: u8 = 3;
/// Interrupted with Ctrl-C. Other signals that end a question end with 128 + their number
/// (see `tty`).
pub const INTERRUPTED: u8 = 130;
