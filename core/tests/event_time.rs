//! A scan's time is read in one place: `time::read_event_time` (and `check_event_time`, which
//! the CLI's `normalize` warns with) must give what the timeline gives for the same scan on
//! the same shipment: the same text (date and time joined, trimmed), the same zone hints
//! (scan location, scan or shipment carrier, shipment destination), the same rejections.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // test code

use chrono::{DateTime, TimeZone, Utc};
use serde_json::{Value, json};
use tracking_core::event::{Location, RejectReason};
use tracking_core::time::{TzSource, check_event_time, read_event_time};
use tracking_core::timeline::Shipment;
use tracking_core::{Normalizer, RawEvent};

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2024, 5, 10, 12, 0, 0).unwrap()
}

fn place(country: &str, region: Option<&str>) -> Location {
    serde_json::from_value(json!({"country": country, "region": region})).unwrap()
}

/// What the timeline made of `event` on a shipment with `carrier` and `destination`: the
/// instant and where its zone came from, or why it was rejected.
fn timeline_reads(
    event: &RawEvent,
    carrier: Option<&str>,
    destination: Option<&Location>,
) -> Result<(DateTime<Utc>, TzSource), RejectReason> {
    let mut s = Shipment::new("S1");
    s.carrier = carrier.map(str::to_string);
    s.destination = destination.cloned();
    let report = s.ingest(vec![event.clone()], &Normalizer::new(), now());
    match (s.events.first(), report.rejected.first()) {
        (Some(e), None) => Ok((e.time.utc, e.time.source)),
        (None, Some(r)) => Err(r.error.clone()),
        other => panic!("one event, one outcome: {other:?}"),
    }
}

fn scan(fields: Value) -> RawEvent {
    let mut v = json!({"status": "in_transit"});
    if let (Some(obj), Value::Object(extra)) = (v.as_object_mut(), fields) {
        obj.extend(extra);
    }
    serde_json::from_value(v).unwrap()
}

#[test]
fn the_time_check_reads_every_scan_as_the_timeline_does() {
    let ny = place("US", Some("NY"));
    let padded_time = format!("{}07:50:00{}", " ".repeat(40), " ".repeat(40));
    let long_time = format!("07:50:00 {}", "x".repeat(70));
    let cases: Vec<(RawEvent, Option<&str>, Option<&Location>)> = vec![
        // UPS's split date and time, padded and with the leading zero dropped.
        (
            scan(json!({"date": " 20240426 ", "time": "74700 "})),
            None,
            None,
        ),
        // A wall-clock time read in the scan location's zone.
        (
            scan(
                json!({"time": "2024-04-26 07:50", "location": {"country": "US", "region": "CA"}}),
            ),
            Some("postnl"),
            Some(&ny),
        ),
        // No location: the shipment's carrier's zone, then the destination's.
        (
            scan(json!({"time": "2024-04-26 07:50"})),
            Some("postnl"),
            Some(&ny),
        ),
        (scan(json!({"time": "2024-04-26 07:50"})), None, Some(&ny)),
        // The scan's own carrier wins over the shipment's.
        (
            scan(json!({"time": "2024-04-26 07:50", "carrier": "ups"})),
            Some("postnl"),
            None,
        ),
        // A date alone, day first.
        (scan(json!({"date": "26.04.2024"})), None, None),
        // Padding beyond the stack buffer's size, trimmed before the join.
        (
            scan(json!({"date": "2024-04-26", "time": padded_time})),
            Some("postnl"),
            None,
        ),
        // A pair too long for the stack buffer: joined on the heap (and unreadable).
        (
            scan(json!({"date": "2024-04-26", "time": long_time})),
            Some("postnl"),
            None,
        ),
        // Times that cannot be read.
        (
            scan(json!({"date": "2024-13-45", "time": "99:00"})),
            None,
            None,
        ),
        (scan(json!({"time": "gisteren"})), None, None),
        (
            scan(json!({"date": "20240431", "time": "120000"})),
            None,
            None,
        ),
    ];
    for (event, carrier, destination) in cases {
        let timeline = timeline_reads(&event, carrier, destination);
        let read = read_event_time(&event, carrier, destination);
        let check = check_event_time(&event, carrier);
        match (&timeline, &read) {
            (Ok((utc, source)), Ok(Some(t))) => {
                assert_eq!((t.utc, t.source), (*utc, *source), "{event:?}");
            }
            (Err(RejectReason::UnparseableTime { .. }), Err(_)) => {
                assert!(
                    check.is_err(),
                    "{event:?}: the check let through a bad time"
                );
            }
            other => panic!("{event:?}: timeline and time check disagree: {other:?}"),
        }
        if timeline.is_ok() && destination.is_none() {
            assert!(check.is_ok(), "{event:?}");
        }
    }
}

#[test]
fn zone_hints_decide_the_instant_in_the_time_check() {
    let event = scan(json!({"time": "2024-04-26 07:50"}));
    let ny = place("US", Some("NY"));
    // PostNL's zone (Amsterdam, UTC+2 in April) before the destination's (New York).
    let t = read_event_time(&event, Some("postnl"), Some(&ny))
        .unwrap()
        .unwrap();
    assert_eq!(t.utc, Utc.with_ymd_and_hms(2024, 4, 26, 5, 50, 0).unwrap());
    assert_eq!(t.source, TzSource::CarrierDefault);
    let t = read_event_time(&event, None, Some(&ny)).unwrap().unwrap();
    assert_eq!(t.utc, Utc.with_ymd_and_hms(2024, 4, 26, 11, 50, 0).unwrap());
    assert_eq!(t.source, TzSource::ShipmentDestination);
    // No time at all is the timeline's `missing_time`, not a time error.
    let none = scan(json!({}));
    assert!(read_event_time(&none, None, None).unwrap().is_none());
    assert!(check_event_time(&none, None).is_ok());
    assert_eq!(
        timeline_reads(&none, None, None),
        Err(RejectReason::MissingTime)
    );
}
