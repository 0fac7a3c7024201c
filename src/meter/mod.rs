//! `meter`: the hotspot data this laptop uses, live. The arithmetic is in [`pace`], the
//! counters behind a trait in [`counters`], the choice of interface in [`interface`].

pub mod counters;
pub mod interface;
pub mod pace;
