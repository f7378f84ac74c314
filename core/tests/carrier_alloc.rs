//! Reading a shipment's carrier back (what every snapshot, lane and health assessment does)
//! allocates nothing when the carrier was settled at ingest, even for text that names no
//! single carrier (an ambiguous "DHL" is common). Its own test binary with a single test,
//! because the counting allocator counts every thread of the process.

use std::alloc::System;

use chrono::{TimeZone, Utc};
use stats_alloc::{INSTRUMENTED_SYSTEM, Region, StatsAlloc};
use tracking_core::normalize::Normalizer;
use tracking_core::{Shipment, ShipmentInput};

#[global_allocator]
static GLOBAL: &StatsAlloc<System> = &INSTRUMENTED_SYSTEM;

#[test]
fn a_settled_carrier_is_read_without_allocating() {
    let now = Utc.with_ymd_and_hms(2024, 5, 1, 0, 0, 0).unwrap();
    for json in [
        r#"{"id":"A","carrier":"dhl","tracking_number":"1234"}"#,
        r#"{"id":"B","carrier":"UPS","destination":{"country":"US"}}"#,
        r#"{"id":"C","carrier":"some local courier","origin":{"country":"FR"}}"#,
    ] {
        let input: ShipmentInput = serde_json::from_str(json).unwrap();
        let (s, _) = Shipment::from_input(input, &Normalizer::new(), now).unwrap();
        let region = Region::new(GLOBAL);
        let carrier = s.settled_carrier().map(|c| c.len());
        let allocations = region.change().allocations;
        assert!(carrier.is_some(), "{json}");
        assert_eq!(allocations, 0, "{json}: reading the carrier allocated");
    }
}
