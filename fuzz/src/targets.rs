//! The fuzz targets, one per entry point. Each panics (through `assert!`) when an invariant
//! breaks; an `Err` from the library is a correct answer to bad input, not a failure.

use std::sync::OnceLock;

use chrono::{DateTime, Datelike, NaiveDate, NaiveTime, TimeZone, Utc};
use tracking_core::calendar::Calendar;
use tracking_core::estimate::TransitModel;
use tracking_core::event::Location;
use tracking_core::health::DwellModel;
use tracking_core::message::MessageCatalog;
use tracking_core::notify::{NotificationPolicy, QuietHours, decide};
use tracking_core::order::{Order, OrderInput};
use tracking_core::pipeline::Tracker;
use tracking_core::time::{MAX_YEAR, MIN_YEAR, ZoneHints, parse_event_time, parse_time};
use tracking_core::timeline::{Shipment, ShipmentInput, parse_date};
use tracking_core::{Normalizer, RawEvent, tracking_number};

use crate::Target;

/// Every target, in the order `make fuzz` runs them.
pub const TARGETS: &[Target] = &[
    Target {
        name: "time",
        run: time,
    },
    Target {
        name: "normalize",
        run: normalize,
    },
    Target {
        name: "identify",
        run: identify,
    },
    Target {
        name: "track",
        run: track,
    },
    Target {
        name: "model",
        run: model,
    },
    Target {
        name: "calendar",
        run: calendar,
    },
    Target {
        name: "notify",
        run: notify,
    },
];

fn normalizer() -> &'static Normalizer {
    static N: OnceLock<Normalizer> = OnceLock::new();
    N.get_or_init(Normalizer::new)
}

fn tracker() -> &'static Tracker {
    static T: OnceLock<Tracker> = OnceLock::new();
    T.get_or_init(Tracker::default)
}

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2024, 6, 1, 12, 0, 0)
        .single()
        .unwrap_or(DateTime::<Utc>::UNIX_EPOCH)
}

const COUNTRIES: &[&str] = &[
    "US", "DE", "GB", "FR", "JP", "CN", "BR", "AU", "IN", "SG", "CA", "MX", "RU", "NZ", "LR", "xx",
];

fn text(data: &[u8]) -> Option<&str> {
    std::str::from_utf8(data).ok()
}

/// Every instant the library renders must read back to the same instant, within range.
fn assert_round_trip(rendered: &str, utc: DateTime<Utc>) {
    match parse_time(rendered) {
        Ok(tracking_core::time::ParsedTime::WithOffset(t)) => {
            assert_eq!(t.with_timezone(&Utc), utc, "{rendered} does not read back");
        }
        other => panic!("rendered time {rendered} does not parse: {other:?}"),
    }
}

/// Time parsing: the first line is the timestamp, the second an optional country for the
/// zone hint.
fn time(data: &[u8]) {
    let Some(s) = text(data) else { return };
    let (stamp, country) = s.split_once('\n').unwrap_or((s, ""));
    let loc = Location {
        country: Some(country.trim().to_string()),
        ..Location::default()
    };
    let hints = ZoneHints {
        location: Some(&loc),
        carrier: None,
        destination: None,
    };
    let _ = parse_date(stamp);
    if let Ok(t) = parse_event_time(stamp, &hints) {
        // Wall-clock times shifted by a zone may leave the range by at most a day.
        let y = t.utc.year();
        assert!(
            (MIN_YEAR - 1..=MAX_YEAR + 1).contains(&y),
            "{stamp}: year {y}"
        );
        assert_round_trip(&t.to_rfc3339(), t.utc);
    }
}

/// Normalization of one event (JSON object) with an optional carrier on the first line.
fn normalize(data: &[u8]) {
    let Some(s) = text(data) else { return };
    let (carrier, json) = s.split_once('\n').unwrap_or(("", s));
    let Ok(ev) = serde_json::from_str::<RawEvent>(json) else {
        return;
    };
    let carrier = Some(carrier.trim()).filter(|c| !c.is_empty());
    if let Ok(n) = normalizer().normalize_event(&ev, carrier) {
        assert!((0.0..=1.0).contains(&n.confidence), "{}", n.confidence);
        assert_ne!(
            n.status,
            tracking_core::Status::Expired,
            "expired read from input"
        );
    }
}

/// Tracking-number identification and search in free text.
fn identify(data: &[u8]) {
    let s = String::from_utf8_lossy(data);
    let id = tracking_number::identify(&s);
    for c in &id.candidates {
        assert!((0.0..=1.0).contains(&c.confidence), "{}", c.confidence);
    }
    let _ = tracking_number::find_in_text(&s);
}

/// Ingest, snapshot and the full pipeline on one shipment (JSON), plus an order holding it
/// twice.
fn track(data: &[u8]) {
    let Some(s) = text(data) else { return };
    let Ok(input) = serde_json::from_str::<ShipmentInput>(s) else {
        return;
    };
    let n_events = input.events.len();
    if let Ok((shipment, report)) = Shipment::from_input(input.clone(), normalizer(), now()) {
        assert_eq!(
            report.added + report.duplicates + report.rejected.len(),
            n_events,
            "an event was lost"
        );
        assert!(
            shipment
                .events
                .windows(2)
                .all(|w| w[0].time.utc <= w[1].time.utc)
        );
        let snap = shipment.snapshot();
        for (view, event) in snap.events.iter().zip(&shipment.events) {
            assert_round_trip(&view.time, event.time.utc);
        }
        // The same shipment twice in one order is one parcel.
        let order = Order::new("o", vec![shipment.clone(), shipment]);
        assert_eq!(order.shipments.len(), 1);
        let _ = serde_json::to_string(&order.snapshot());
    }
    for at in [now(), DateTime::<Utc>::MAX_UTC, DateTime::<Utc>::MIN_UTC] {
        if let Ok(snap) = tracker().track(input.clone(), at, "de") {
            assert!(serde_json::to_string(&snap).is_ok());
        }
    }
    let order = OrderInput {
        id: "o".into(),
        shipments: vec![input.clone(), input],
    };
    let _ = Order::from_input(order, normalizer(), now());
}

/// Loading a (hand-edited) model, then using it.
fn model(data: &[u8]) {
    let Some(s) = text(data) else { return };
    let transit = TransitModel::from_json(s).ok();
    let dwell = DwellModel::from_json(s).ok();
    if transit.is_none() && dwell.is_none() {
        return;
    }
    let t = Tracker::new(transit, dwell.as_ref(), MessageCatalog::default());
    let input: Result<ShipmentInput, _> = serde_json::from_str(
        r#"{"id":"m","carrier":"ups","origin":{"country":"US","region":"CA"},
            "destination":{"country":"US","region":"NY"},"ordered_at":"2024-05-27T10:00:00Z",
            "promised_by":"2024-06-03",
            "events":[{"time":"2024-05-28T09:00:00Z","status":"in_transit"}]}"#,
    );
    if let Ok(input) = input {
        for at in [now(), DateTime::<Utc>::MAX_UTC] {
            let _ = t.track(input.clone(), at, "en");
        }
    }
}

fn int(data: &[u8], at: usize) -> i64 {
    let mut b = [0u8; 8];
    for (i, slot) in b.iter_mut().enumerate() {
        *slot = data.get(at + i).copied().unwrap_or(0);
    }
    i64::from_le_bytes(b)
}

/// Business calendars: a country, a date, a count and an instant from the bytes.
fn calendar(data: &[u8]) {
    let cc = COUNTRIES
        .get(usize::from(data.first().copied().unwrap_or(0)) % COUNTRIES.len())
        .copied()
        .unwrap_or("US");
    let Ok(cal) = Calendar::new(cc, None) else {
        return;
    };
    let raw_days = int(data, 1);
    // Mostly plausible dates, sometimes anything chrono can hold.
    let days = if raw_days % 4 == 0 {
        raw_days % 100_000_000
    } else {
        raw_days % 200_000
    };
    let Some(date) = NaiveDate::from_num_days_from_ce_opt(
        i32::try_from(days.rem_euclid(3_000_000) + 600_000).unwrap_or(700_000),
    ) else {
        return;
    };
    let n = i32::try_from(int(data, 9) % 20_000).unwrap_or(0);
    let e = cal.add_business_days(date, n);
    let (first, last) = Calendar::span();
    if (first..=last).contains(&date) && e > first && e < last && cal.is_business_day(date) {
        assert_eq!(
            cal.business_days_between(date, e),
            i64::from(n),
            "{cc} {date} {n}"
        );
    }
    let _ = cal.holidays(date.year());
    let secs = int(data, 17);
    if let Some(t) = DateTime::<Utc>::from_timestamp(secs % 8_000_000_000_000, 0) {
        let d = cal.local_date(t);
        let _ = cal.ship_date(
            t,
            NaiveTime::from_hms_opt(14, 0, 0).unwrap_or(NaiveTime::MIN),
        );
        let _ = cal.is_business_day(d);
        let _ = cal.business_hours_between(t, now());
    }
}

/// Notification decisions: a shipment (JSON) tracked at two moments, with quiet hours and a
/// zone from the first line.
fn notify(data: &[u8]) {
    let Some(s) = text(data) else { return };
    let (head, json) = s.split_once('\n').unwrap_or(("", s));
    let Ok(input) = serde_json::from_str::<ShipmentInput>(json) else {
        return;
    };
    let mut parts = head.split_whitespace();
    let hm = |p: Option<&str>| {
        p.and_then(|p| NaiveTime::parse_from_str(p, "%H:%M").ok())
            .unwrap_or(NaiveTime::MIN)
    };
    let start = hm(parts.next());
    let end = hm(parts.next());
    let policy = NotificationPolicy {
        quiet_hours: Some(QuietHours { start, end }),
        timezone: parts.next().map(str::to_string),
        ..NotificationPolicy::default()
    };
    let mut previous = None;
    for at in [now(), DateTime::<Utc>::MAX_UTC, DateTime::<Utc>::MIN_UTC] {
        let Ok(snap) = tracker().track(input.clone(), at, "fr") else {
            continue;
        };
        for n in decide(previous.as_ref(), &snap, &policy, at) {
            let _ = serde_json::to_string(&n);
        }
        previous = Some(snap);
    }
}
