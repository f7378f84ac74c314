//! Rust examples of tracking-core; run with `cargo run -p tracking-core-examples`.

fn main() {
    let normalizer = tracking_core::Normalizer::new();
    let n = normalizer.normalize("ups", Some("KB"), Some("Delivered"), Some("en"));
    println!("{} ({}, rule {})", n.status, n.confidence, n.rule);
}
