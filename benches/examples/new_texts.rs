//! Normalizes `M` new texts (default 20,000) from [`tracking_core_benches::new_texts`], for
//! counting instructions per text with valgrind independently of the machine's load:
//!
//! ```sh
//! cargo build --release -p tracking-core-benches --example new_texts
//! valgrind --tool=cachegrind target/release/examples/new_texts 0      # setup only
//! valgrind --tool=cachegrind target/release/examples/new_texts 20000  # setup + 20,000 texts
//! ```
//!
//! (difference of the two totals / 20,000 = instructions per new text). Prints how many texts
//! the rules read, the model read, and were left unmapped.

use std::hint::black_box;

use tracking_core::{Normalizer, Status};

fn main() {
    let m: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(20_000);
    let texts = tracking_core_benches::new_texts(20_000);
    let n = Normalizer::new();
    let _ = n.normalize("unknown", None, Some("warm up"), None);
    let (mut rules, mut model, mut unmapped) = (0, 0, 0);
    for t in texts.iter().take(m) {
        let r = black_box(n.normalize("unknown", None, Some(black_box(t)), None));
        if r.status == Status::Unknown {
            unmapped += 1;
        } else if r.rule.as_str().starts_with("model:") {
            model += 1;
        } else {
            rules += 1;
        }
    }
    println!("{m} texts: rules {rules}, model {model}, unmapped {unmapped}");
}
