//! Fuzz targets for every entry point of tracking-core, and a small mutational driver that
//! runs them on the stable toolchain (no sanitizer runtime or nightly needed).
//!
//! Each target takes arbitrary bytes, feeds them to one entry point and checks the
//! invariants that must hold for *any* input: no panic, no hang, every event accounted for,
//! every rendered instant valid RFC 3339. The driver ([`run`]) starts from the checked-in
//! corpus (`fuzz/corpus/<target>/`, which holds every reproducer of issue 18) and mutates it
//! for a set time. `make fuzz` runs every target for minutes; `cargo test` replays the corpus
//! and fuzzes each target for a few seconds.

// A fuzz target reports a broken invariant by panicking: that is its whole job.
#![allow(clippy::panic, clippy::indexing_slicing)]

mod mutate;
mod targets;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

pub use mutate::Mutator;
pub use targets::TARGETS;

/// A fuzz target: a name (its corpus folder) and the function that exercises it.
pub struct Target {
    /// Name, and folder under `fuzz/corpus/`.
    pub name: &'static str,
    /// Runs one input; panics when an invariant breaks.
    pub run: fn(&[u8]),
}

/// What one fuzzing run did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Stats {
    /// Corpus files replayed.
    pub corpus: usize,
    /// Inputs run in total (corpus and mutants).
    pub inputs: u64,
}

/// The corpus folder of `target`.
pub fn corpus_dir(target: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("corpus")
        .join(target)
}

/// The corpus files of `target`, sorted by name.
pub fn corpus(target: &str) -> Vec<Vec<u8>> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(corpus_dir(target))
        .map(|d| d.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    files.sort();
    files.iter().filter_map(|p| std::fs::read(p).ok()).collect()
}

/// Replays the corpus of `target`, then runs mutants of it until `budget` has passed.
/// Deterministic for a given `seed` (the number of mutants depends on the machine's speed).
/// A panic propagates with the offending input printed to stderr first (hex and lossy text).
pub fn run(target: &Target, budget: Duration, seed: u64) -> Stats {
    let seeds = corpus(target.name);
    let mut stats = Stats {
        corpus: seeds.len(),
        inputs: 0,
    };
    for input in &seeds {
        guarded(target, input);
        stats.inputs += 1;
    }
    let mut m = Mutator::new(seed, seeds);
    let start = Instant::now();
    while start.elapsed() < budget {
        let input = m.next_input();
        guarded(target, &input);
        stats.inputs += 1;
    }
    stats
}

fn guarded(target: &Target, input: &[u8]) {
    let outcome = std::panic::catch_unwind(|| (target.run)(input));
    if let Err(panic) = outcome {
        eprintln!(
            "fuzz target `{}` failed on input ({} bytes):\n  text: {:?}\n  hex:  {}",
            target.name,
            input.len(),
            String::from_utf8_lossy(input),
            input.iter().map(|b| format!("{b:02x}")).collect::<String>()
        );
        std::panic::resume_unwind(panic);
    }
}
