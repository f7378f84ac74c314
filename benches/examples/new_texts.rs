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
//!
//! `new_texts time` instead times windows of 500 new texts (100,000 texts, as the
//! `normalize/text_new` bench reads them) and prints the fastest window's time per text and
//! the median window's: on a machine others are using, the fastest window is the one least
//! disturbed (a rough figure beside criterion's, not a replacement for it).

use std::hint::black_box;

use tracking_core::{Normalizer, Status};

fn main() {
    if std::env::args().nth(1).as_deref() == Some("time") {
        time();
        return;
    }
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

/// Times windows of 500 new texts; prints the fastest and the median window per text.
fn time() {
    const WINDOW: usize = 500;
    let texts = tracking_core_benches::new_texts(100_000);
    let n = Normalizer::new();
    let _ = n.normalize("unknown", None, Some("warm up"), None);
    let mut per_text = Vec::new();
    for _ in 0..4 {
        for w in texts.chunks(WINDOW) {
            let start = std::time::Instant::now();
            for t in w {
                black_box(n.normalize("unknown", None, Some(black_box(t)), None));
            }
            per_text.push(start.elapsed().as_nanos() as f64 / w.len() as f64);
        }
    }
    per_text.sort_by(f64::total_cmp);
    let min = per_text.first().copied().unwrap_or(0.0);
    let median = per_text.get(per_text.len() / 2).copied().unwrap_or(0.0);
    println!("ns per new text: fastest window {min:.0}, median window {median:.0}");
}
