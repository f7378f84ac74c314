//! `tracking-core-fuzz [SECONDS] [TARGET...]`: runs every target (or the named ones) for
//! SECONDS each (default 60) from its corpus, and prints how many inputs each ran. `make fuzz`
//! calls it in release mode. A failing input is printed (text and hex) before the panic;
//! add it to `fuzz/corpus/<target>/` with the fix.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

fn main() {
    let mut args = std::env::args().skip(1);
    let seconds: u64 = args.next().and_then(|s| s.parse().ok()).unwrap_or(60);
    let only: Vec<String> = args.collect();
    // A fresh seed per run explores new mutants; it is printed so a run can be repeated.
    let seed = std::env::var("FUZZ_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| {
            SystemTime::now()
                .duration_since(UNIX_EPOCH)
                .map_or(1, |d| d.as_secs())
        });
    println!("seed {seed} (set FUZZ_SEED to repeat)");
    for target in tracking_core_fuzz::TARGETS {
        if !only.is_empty() && !only.iter().any(|t| t == target.name) {
            continue;
        }
        let stats = tracking_core_fuzz::run(target, Duration::from_secs(seconds), seed);
        println!(
            "{:<10} {:>4} corpus files, {:>9} inputs, no failure",
            target.name, stats.corpus, stats.inputs
        );
    }
}
