//! `tracking_number::identify` against its budget: at most 1 µs per number.
//!
//! The inputs cover every shape the table knows (valid, messy, wrong check digit, junk);
//! they are written here, not read from the development data.

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use tracking_core::tracking_number::{find_in_text, identify};

use tracking_core_benches::IDENTIFY_MIXED as NUMBERS;

/// Issue 16 formats: Europe, Latin America, Asia (12-digit numbers meet the most formats).
const WORLD: &[&str] = &[
    "00340433836442636597",
    "201298452277",
    "JJD000390016890406943",
    "00359007738060313786",
    "09133131530724",
    "444413758703",
    "3SOVAC7567398",
    "SF1234567890123",
    "LP00123456789012",
    "RR123456785HK",
    "EE123456785BR",
    "6A12345678901",
];

/// Issue 16, third round: GLS, Bring, 4PX, Yanwen, bpost, GLS Track-ID, DPD Poland, STO.
const WORLD3: &[&str] = &[
    "468530123450",
    "00370701234567890125",
    "4PX300184920194",
    "UG123456789YP",
    "323212345678901234567890",
    "XHAX4HDA",
    "1000727398456U",
    "77123456789012",
];

fn bench(c: &mut Criterion) {
    let mut g = c.benchmark_group("identify");
    g.throughput(Throughput::Elements(NUMBERS.len() as u64));
    g.bench_function("mixed_34_numbers", |b| {
        b.iter(|| {
            for n in NUMBERS {
                black_box(identify(black_box(n)));
            }
        })
    });
    g.finish();
    let mut g = c.benchmark_group("identify_world");
    g.throughput(Throughput::Elements(WORLD.len() as u64));
    g.bench_function("mixed_12_numbers", |b| {
        b.iter(|| {
            for n in WORLD {
                black_box(identify(black_box(n)));
            }
        })
    });
    g.finish();
    let mut g = c.benchmark_group("identify_world3");
    g.throughput(Throughput::Elements(WORLD3.len() as u64));
    g.bench_function("mixed_8_numbers", |b| {
        b.iter(|| {
            for n in WORLD3 {
                black_box(identify(black_box(n)));
            }
        })
    });
    g.finish();
    let mut g = c.benchmark_group("identify_one");
    for n in [
        "1Z879E930346834440",
        "9400111206206407628746",
        "12345678901234",
        "201298452277",
        "00340433836442636597",
        "468530123450",
        "00370701234567890125",
        "1020304050607080123459",
        "4711301234567893",
        "hello world",
    ] {
        g.bench_function(n, |b| b.iter(|| black_box(identify(black_box(n)))));
    }
    g.finish();
    let email = "Hi! Your order #112-4567890-1234567 shipped with UPS: 1Z879E930346834440.\n\
                 USPS tracking 9400 1112 0620 6407 6287 46. Call 555-123-4567 for help.";
    c.bench_function("find_in_text/email", |b| {
        b.iter(|| black_box(find_in_text(black_box(email))))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
