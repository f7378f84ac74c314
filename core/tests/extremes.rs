//! Reproducers of the panics, hang and wrong answers found by the outside probe (issue 18):
//! instants and day counts at the ends of chrono's range, through every public entry point
//! that does date arithmetic. Each must return (a value or a typed error), never panic.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use chrono::{DateTime, NaiveDate, NaiveTime, TimeZone, Utc};
use serde_json::json;
use tracking_core::calendar::Calendar;
use tracking_core::event::RejectReason;
use tracking_core::notify::QuietHours;
use tracking_core::timeline::{Shipment, ShipmentInput};
use tracking_core::{Normalizer, RawEvent};

fn extremes() -> [DateTime<Utc>; 4] {
    [
        DateTime::<Utc>::MAX_UTC,
        DateTime::<Utc>::MIN_UTC,
        Utc.with_ymd_and_hms(1970, 1, 1, 0, 0, 0).unwrap(),
        Utc.with_ymd_and_hms(2200, 12, 31, 23, 59, 59).unwrap(),
    ]
}

fn shipment_json(event_time: &str) -> ShipmentInput {
    serde_json::from_value(json!({
        "id": "s1",
        "carrier": "ups",
        "destination": {"country": "US", "region": "NY"},
        "ordered_at": "2024-05-01T10:00:00Z",
        "promised_by": "2024-05-08",
        "events": [
            {"time": "2024-05-02T09:00:00Z", "code": "OR", "description": "Origin scan",
             "location": {"country": "US", "city": "Louisville"}},
            {"time": event_time, "code": "AR", "description": "Arrived at facility",
             "location": {"country": "US", "region": "NY"}},
            {"time": "2024-05-04T08:00:00Z", "code": "IP", "description": "Available for pickup at access point",
             "location": {"country": "US", "region": "NY"}}
        ]
    }))
    .unwrap()
}

#[test]
fn the_full_pipeline_survives_extreme_nows() {
    for now in extremes() {
        for locale in ["en", "de", "ja"] {
            // Ok or a typed error; the point is that it returns.
            let _ =
                tracking_core::pipeline::track(shipment_json("2024-05-03T09:00:00Z"), now, locale);
        }
    }
}

#[test]
fn ingest_with_now_at_the_end_of_time_does_not_panic() {
    // `now + 26h` overflowed.
    let mut s = Shipment::new("s");
    let ev: RawEvent =
        serde_json::from_value(json!({"time": "2024-05-03T09:00:00Z", "status": "in_transit"}))
            .unwrap();
    let report = s.ingest([ev], &Normalizer::new(), DateTime::<Utc>::MAX_UTC);
    assert_eq!(report.added, 1);
}

#[test]
fn scan_times_outside_the_supported_years_are_rejected_with_a_reason() {
    for bad in [
        "+262143-12-31T23:59:59Z",
        "-262143-01-01T00:00:00Z",
        "0000-01-01T00:00:00Z",
        "9999-12-31T23:59:59+14:00",
        "1969-07-20T20:17:00Z",
    ] {
        let now = Utc.with_ymd_and_hms(2024, 6, 1, 0, 0, 0).unwrap();
        let (s, report) =
            Shipment::from_input(shipment_json(bad), &Normalizer::new(), now).unwrap();
        assert_eq!(report.added, 2, "{bad}");
        assert_eq!(report.rejected.len(), 1, "{bad}");
        assert!(
            matches!(
                s.rejected.first().map(|r| &r.error),
                Some(RejectReason::UnparseableTime { .. })
            ),
            "{bad}: {:?}",
            s.rejected
        );
    }
}

#[test]
fn calendars_survive_extreme_dates_and_years() {
    let cal = Calendar::new("JP", None).unwrap();
    for t in extremes() {
        let d = cal.local_date(t);
        let _ = cal.ship_date(t, NaiveTime::from_hms_opt(15, 0, 0).unwrap());
        let _ = cal.add_business_days(d, i32::MAX);
        let _ = cal.add_business_days(d, i32::MIN);
        let _ = cal.next_business_day(d);
        let _ = cal.previous_business_day(d);
        let _ = cal.business_hours_between(t, DateTime::<Utc>::MAX_UTC);
    }
    for year in [i32::MIN, -262_144, 0, 262_143, i32::MAX] {
        let _ = cal.holidays(year);
        let _ = cal.is_complete(year);
    }
    for cc in ["US", "DE", "CN", "GB", "BR", "AU", "IN", "SG"] {
        let cal = Calendar::new(cc, None).unwrap();
        assert!(cal.holidays(i32::MAX).is_empty());
        let _ = cal.business_days_between(NaiveDate::MIN, NaiveDate::MAX);
        assert!(!cal.holidays(2024).is_empty(), "{cc}");
    }
}

#[test]
fn quiet_hours_survive_the_end_of_time() {
    let q = QuietHours {
        start: NaiveTime::from_hms_opt(21, 0, 0).unwrap(),
        end: NaiveTime::from_hms_opt(8, 0, 0).unwrap(),
    };
    for t in extremes() {
        for zone in [None, Some("Pacific/Kiritimati"), Some("Pacific/Pago_Pago")] {
            let (at, _) = q.next_allowed(t, zone);
            assert!(at >= t);
        }
    }
}

#[test]
fn many_distinct_scans_ingest_in_one_pass() {
    // A linear search per event made this quadratic. 20k distinct scans plus the same 20k
    // re-sent: every one is accounted for, and the timeline is sorted.
    let base = Utc.with_ymd_and_hms(2024, 1, 1, 0, 0, 0).unwrap();
    let events: Vec<RawEvent> = (0..20_000)
        .map(|i| {
            serde_json::from_value(json!({
                "id": format!("e{i}"),
                "time": format!("2024-01-{:02}T{:02}:{:02}:00Z", 1 + i % 28, i / 60 % 24, i % 60),
                "status": "in_transit",
            }))
            .unwrap()
        })
        .collect();
    let mut s = Shipment::new("big");
    let n = Normalizer::new();
    let now = base + chrono::TimeDelta::try_days(60).unwrap();
    let first = s.ingest(events.clone(), &n, now);
    let again = s.ingest(events.into_iter().rev(), &n, now);
    assert_eq!((first.added, first.duplicates), (20_000, 0));
    assert_eq!((again.added, again.duplicates), (0, 20_000));
    assert_eq!(s.events.len(), 20_000);
    assert!(s.events.windows(2).all(|w| w[0].time.utc <= w[1].time.utc));
}

#[test]
fn long_business_day_walks_skip_whole_years_and_stay_exact() {
    for cc in ["US", "CN", "JP", "DE"] {
        let cal = Calendar::new(cc, None).unwrap();
        let d = cal.roll_forward(NaiveDate::from_ymd_opt(2024, 3, 15).unwrap());
        for n in [1, 250, 366, 367, 5_000, -5_000, -367, -1] {
            let e = cal.add_business_days(d, n);
            assert_eq!(cal.business_days_between(d, e), i64::from(n), "{cc} {n}");
        }
        // Beyond the span the walk saturates instead of running to the end of time.
        let (first, last) = Calendar::span();
        assert!(cal.add_business_days(d, i32::MAX) <= last);
        assert!(cal.add_business_days(d, i32::MIN) >= first);
    }
}
