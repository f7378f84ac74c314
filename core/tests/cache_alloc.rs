//! The per-thread caches stay within the bound the docs give
//! (`timeline::cache_bytes_per_thread`), measured as real heap: the memo of event readings,
//! the memo of scan zones and the text model's readings are filled with the longest keys they
//! keep, and the bytes allocated and not freed must stay under the bound. Its own test binary
//! with a single test, because the counting allocator counts every thread of the process.

use std::alloc::System;

use chrono::{TimeZone, Utc};
use stats_alloc::{INSTRUMENTED_SYSTEM, Region, StatsAlloc};
use tracking_core::RawEvent;
use tracking_core::event::Location;
use tracking_core::normalize::Normalizer;
use tracking_core::timeline::{Shipment, cache_bytes_per_thread};

#[global_allocator]
static GLOBAL: &StatsAlloc<System> = &INSTRUMENTED_SYSTEM;

/// Distinct scans before a table empties itself: the zones table keeps 2,048 keys
/// (timeline/memo.rs) and the readings table 4,096, two per scan here (its event reading and
/// its text's model reading; thread_cache.rs).
const ENTRIES: usize = 2048;

/// A text no rule reads (the model decides), distinct for `i`, padded to `len` bytes.
fn text(i: usize, len: usize) -> String {
    // Letters, not digits: the model folds every digit to one shape.
    let mut name = String::new();
    let mut n = i;
    loop {
        name.push(char::from(b'a' + (n % 26) as u8));
        n /= 26;
        if n == 0 {
            break;
        }
    }
    let mut t = format!("consignment moved to regional hub {name} then scanned at depot");
    while t.len() < len {
        t.push_str(" hub");
    }
    t.truncate(len);
    t
}

#[test]
fn full_caches_stay_within_the_documented_bound() {
    let normalizer = Normalizer::new();
    let now = Utc.with_ymd_and_hms(2024, 5, 1, 0, 0, 0).unwrap();
    let ingest = |from: usize, to: usize| {
        let events: Vec<RawEvent> = (from..to)
            .map(|i| RawEvent {
                // 158 bytes: under the model cache's 160-byte limit once folded, and the
                // event's key under the memo's 256 bytes of fields.
                description: Some(text(i, 158).into()),
                location: Some(std::sync::Arc::new(Location {
                    country: Some("US".into()),
                    // Distinct places: every scan's zone is a new key.
                    region: Some(format!("{}{i}", "R".repeat(200))),
                    ..Location::default()
                })),
                time: Some("2024-04-26T07:50:00-04:00".into()),
                ..RawEvent::default()
            })
            .collect();
        let mut s = Shipment::new("cache");
        s.set_carrier(Some("ups".into()));
        let report = s.ingest(events, &normalizer, now);
        assert_eq!(report.rejected.len(), 0, "{:?}", report.rejected);
        drop(s);
    };
    // First use: lazily built tables (carriers, rules, the embedded model) are allocated
    // once per process, outside the measured region.
    ingest(0, 1);
    let region = Region::new(GLOBAL);
    // Fill every table to just below the size at which it empties itself, in shipments of
    // 20 events.
    let mut from = 1;
    while from < ENTRIES {
        let to = (from + 20).min(ENTRIES);
        ingest(from, to);
        from = to;
    }
    let stats = region.change();
    let net = stats.bytes_allocated as i64 - stats.bytes_deallocated as i64;
    let bound = cache_bytes_per_thread() as i64;
    eprintln!("held by full caches: {net} bytes; documented bound {bound} bytes");
    assert!(
        net <= bound,
        "the caches hold {net} bytes, over the bound {bound}"
    );
    // The fill really reached the tables: 2,047 keys of over 150 bytes for each of three
    // kinds (event readings, text readings, zones).
    assert!(
        net >= 3 * 2_000 * 150,
        "only {net} bytes held: the caches were not filled"
    );
    // Twice as many distinct scans again: each table empties itself when full, so what it
    // holds stays under the bound however long the stream.
    while from < 3 * ENTRIES {
        let to = from + 20;
        ingest(from, to);
        from = to;
    }
    let stats = region.change();
    let net = stats.bytes_allocated as i64 - stats.bytes_deallocated as i64;
    eprintln!("after {from} distinct scans: {net} bytes");
    assert!(
        net <= bound,
        "the caches hold {net} bytes, over the bound {bound}"
    );
}
