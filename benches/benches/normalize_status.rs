//! Normalization budgets (README, benchmark table): a code-table hit <= 100 ns per event, the
//! text fallback <= 1 us per event, including the learned model (`normalize/text_model`).

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use tracking_core::Normalizer;

/// Table hits: code only, and code with the carrier's own text for it (no text check needed).
const TABLE: &[(&str, &str, Option<&str>)] = &[
    ("aftership", "InTransit_003", None),
    ("easypost", "out_for_delivery", Some("Out for delivery")),
    ("shipengine", "DELIVERED_TO_NEIGHBOUR", None),
    ("17track", "Exception_Returning", Some("Returning")),
    ("shopify", "READY_FOR_PICKUP", None),
    ("karrio", "consignee_not_home", None),
];

/// Text-only events in several languages, unknown carrier and no code.
const TEXT: &[&str] = &[
    "Delivered to UPS Access Point, awaiting customer pickup",
    "Die Sendung wurde an den Nachbarn zugestellt.",
    "Zending is niet afgeleverd, geadresseerde is onbereikbaar",
    "Votre colis est en cours de livraison.",
    "The shipment has arrived in the destination country",
    "快件离开 【上海浦东康桥店】，已在发往 【上海浦江中转场】 的路上",
    "Die Sendung wird an den Absender zurückgeschickt",
    "Shipment Delayed In Transit Recovery Actions Underway",
];

/// Texts no rule reads: the learned model decides (features, int8 weights, softmax).
const MODEL: &[&str] = &[
    "Consignment moved to hub",
    "Your parcel is with our local team",
    "Parcel scanned at Birmingham hub",
    "Zending in sorteercentrum",
];

fn bench(c: &mut Criterion) {
    let n = Normalizer::new();
    // Parse tables and compile rules outside the measurement.
    let _ = n.normalize("ups", Some("x"), Some("warm up"), None);
    c.bench_function("normalize/table_hit", |b| {
        let mut events = TABLE.iter().cycle();
        b.iter(|| {
            let (carrier, code, text) = events.next().copied().unwrap_or(("ups", "x", None));
            black_box(n.normalize(black_box(carrier), Some(code), text, None))
        })
    });
    c.bench_function("normalize/text_fallback", |b| {
        let mut texts = TEXT.iter().cycle();
        b.iter(|| {
            let text = texts.next().copied().unwrap_or_default();
            black_box(n.normalize(black_box("unknown"), None, Some(text), None))
        })
    });
    // Repeated texts (a carrier feed): after the first reading the model's answer comes from
    // the per-thread cache.
    c.bench_function("normalize/text_model", |b| {
        let mut texts = MODEL.iter().cycle();
        b.iter(|| {
            let text = texts.next().copied().unwrap_or_default();
            black_box(n.normalize(black_box("unknown"), None, Some(text), None))
        })
    });
    // New texts, as a feed sends them: 100,000 distinct texts of 3 to 7 words drawn from
    // the model's whole vocabulary (with numbers and dates), so neither the reading cache
    // nor the CPU's caches hold their features' weight rows from an earlier iteration.
    // The iterator is made once, outside the routine: criterion calls the routine again for
    // every warm-up round and sample, and a sample that started again at the first text would
    // read texts the cache still holds from the previous one.
    let new = tracking_core_benches::new_texts(100_000);
    let mut texts = new.iter().cycle();
    c.bench_function("normalize/text_new", |b| {
        b.iter(|| {
            let text = texts.next().map(String::as_str).unwrap_or_default();
            black_box(n.normalize(black_box("unknown"), None, Some(text), None))
        })
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
