use chrono::{DateTime, Utc};

use super::*;
use crate::normalize::Normalizer;
use crate::timeline::{Shipment, ShipmentInput};

fn now() -> DateTime<Utc> {
    "2030-01-01T00:00:00Z".parse().unwrap()
}

fn ship(json: &str) -> (Shipment, Option<String>) {
    let input: ShipmentInput = serde_json::from_str(json).unwrap();
    let status = input.order_status.clone();
    (
        Shipment::from_input(input, &Normalizer::new(), now())
            .unwrap()
            .0,
        status,
    )
}

#[test]
fn report_counts_rates_percentiles_and_on_time() {
    let lines = [
        // Delivered 2 days after hand-off, before the promise.
        r#"{"id":"a","origin":{"country":"BR","region":"SP"},"destination":{"country":"BR","region":"RJ"},
            "ordered_at":"2017-05-01T10:00:00","shipped_at":"2017-05-02T10:00:00","delivered_at":"2017-05-04T10:00:00",
            "promised_by":"2017-05-10","order_status":"delivered"}"#,
        // Delivered 6 days after hand-off, after the promise: late.
        r#"{"id":"b","origin":{"country":"BR","region":"SP"},"destination":{"country":"BR","region":"RJ"},
            "ordered_at":"2017-05-01T10:00:00","shipped_at":"2017-05-02T10:00:00","delivered_at":"2017-05-08T10:00:00",
            "promised_by":"2017-05-05","order_status":"delivered"}"#,
        // Cancelled, never shipped.
        r#"{"id":"c","origin":{"country":"BR","region":"SP"},"destination":{"country":"BR","region":"MG"},
            "ordered_at":"2017-06-01T10:00:00","order_status":"canceled"}"#,
        // Open: shipped, not delivered.
        r#"{"id":"d","origin":{"country":"BR","region":"SP"},"destination":{"country":"BR","region":"RJ"},
            "ordered_at":"2017-06-01T10:00:00","shipped_at":"2017-06-02T10:00:00","order_status":"shipped"}"#,
    ];
    let mut b = ReportBuilder::new();
    for l in lines {
        let (s, st) = ship(l);
        b.add_with_order_status(&s, st.as_deref());
    }
    let r = b.finish();
    let o = &r.overall;
    assert_eq!(
        (o.shipments, o.delivered, o.cancelled, o.open),
        (4, 2, 1, 1)
    );
    assert_eq!(o.cancel_rate, 0.25);
    let on_time = o.on_time.as_ref().unwrap();
    assert_eq!((on_time.hits, on_time.n), (1, 2));
    let t = o.ship_to_delivery_days.as_ref().unwrap();
    assert_eq!((t.n, t.p50, t.p95), (2, 2.0, 6.0));
    assert_eq!(r.by_lane["BR-SP -> BR-RJ"].shipments, 3);
    assert_eq!(r.by_month["2017-06"].shipments, 2);
    assert_eq!(r.by_carrier["unknown"].shipments, 4);
    assert_eq!(r.transit_by_lane_month["BR-SP -> BR-RJ 2017-05"].n, 2);
    // The report is plain JSON.
    let back: Report = serde_json::from_str(&serde_json::to_string(&r).unwrap()).unwrap();
    assert_eq!(back, r);
}

#[test]
fn percentiles_use_nearest_rank() {
    let mut v: Vec<f32> = (1..=100).map(|x| x as f32).collect();
    let p = Percentiles::of(&mut v).unwrap();
    assert_eq!((p.p50, p.p80, p.p90, p.p95), (50.0, 80.0, 90.0, 95.0));
    assert!(Percentiles::of(&mut []).is_none());
}
