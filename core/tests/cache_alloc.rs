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

/// Distinct scans that fill the tables' slots: the zones table has 2,048 (timeline/memo.rs)
/// and the readings table 4,096, two per scan here (its event reading and its text's model
/// reading; thread_cache.rs).
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
    // First use, on another thread: lazily built tables shared by the process (carriers,
    // rules, the embedded model) are allocated outside the measured region, and that
    // thread's own tables go with it. This thread's tables (fixed size, allocated whole at
    // their first insert) are then allocated inside the region and counted.
    // (`join` waits for the thread's end, after its thread-locals are dropped; a scoped
    // thread's end is not awaited that far.)
    std::thread::spawn(move || {
        let normalizer = Normalizer::new();
        let events = vec![RawEvent {
            description: Some(text(0, 158).into()),
            time: Some("2024-04-26T07:50:00-04:00".into()),
            ..RawEvent::default()
        }];
        let mut s = Shipment::new("warm");
        s.set_carrier(Some("ups".into()));
        let report = s.ingest(events, &normalizer, now);
        assert_eq!(report.added, 1);
    })
    .join()
    .unwrap();
    let region = Region::new(GLOBAL);
    // Fill every table's slots, in shipments of 20 events.
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
    // The region saw this thread's tables allocated: the two key rings alone (4,096 x 273
    // and 2,048 x 256 bytes) are 1.6 MB.
    assert!(
        net >= 1_000_000,
        "only {net} bytes held: the tables were not allocated in the region"
    );
    // Twice as many distinct scans again: new keys take slots over older ones, so what the
    // tables hold stays under the bound however long the stream.
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
