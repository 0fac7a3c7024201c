//! The timing loop of `.ci/bench`: runs each command and a process that does nothing in
//! turn, so that whatever else the machine does slows both alike, and prints each command's
//! median time and its ratio to the do-nothing process's median.
//!
//! Usage: bench-pairs RUNS HELLO -- COMMAND ARGS... [-- COMMAND ARGS...]...

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Runs discarded before timing: the first runs pay for cold caches.
const WARMUP: usize = 10;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let runs: usize = args[0].parse().expect("RUNS is a whole number");
    let hello = vec![args[1].clone()];
    let commands: Vec<Vec<String>> = args[3..]
        .split(|arg| arg == "--")
        .map(<[String]>::to_vec)
        .collect();
    for command in &commands {
        refuse_a_usage_error(command);
    }

    let mut hello_times = Vec::new();
    let mut times = vec![Vec::new(); commands.len()];
    for run in 0..WARMUP + runs {
        for (command, times) in commands.iter().zip(&mut times) {
            let (h, c) = (time(&hello), time(command));
            if run >= WARMUP {
                hello_times.push(h);
                times.push(c);
            }
        }
    }

    let hello_median = median(&mut hello_times);
    println!("{runs} pairs per command; medians:");
    println!("{:>9}            fn main() {{}}", micros(hello_median));
    for (command, times) in commands.iter().zip(&mut times) {
        let median = median(times);
        let ratio = median.as_secs_f64() / hello_median.as_secs_f64();
        println!("{:>9}  {ratio:>5.2}×    {}", micros(median), shown(command));
    }
}

/// Exit codes 1 and 3 are verdicts; 2 means the benchmark's own command line is wrong.
fn refuse_a_usage_error(command: &[String]) {
    let output = Command::new(&command[0])
        .args(&command[1..])
        .output()
        .expect("the command starts");
    if output.status.code() == Some(2) {
        panic!(
            "`{}` is refused:\n{}",
            shown(command),
            String::from_utf8_lossy(&output.stderr)
        );
    }
}

fn time(command: &[String]) -> Duration {
    let start = Instant::now();
    Command::new(&command[0])
        .args(&command[1..])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .expect("the command runs");
    start.elapsed()
}

fn median(times: &mut [Duration]) -> Duration {
    times.sort();
    times[times.len() / 2]
}

fn micros(time: Duration) -> String {
    format!("{} µs", time.as_micros())
}

/// The command as typed, program name first without its directory.
fn shown(command: &[String]) -> String {
    let program = command[0].rsplit('/').next().unwrap_or(&command[0]);
    let args = command[1..].iter().map(|arg| {
        if arg.contains(' ') {
            format!("\"{arg}\"")
        } else {
            arg.clone()
        }
    });
    std::iter::once(program.to_string())
        .chain(args)
        .collect::<Vec<_>>()
        .join(" ")
}
