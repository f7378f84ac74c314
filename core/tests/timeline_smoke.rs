//! End-to-end smoke test of the foundation: JSON shipment in, snapshot out.

use chrono::{TimeZone, Utc};
use tracking_core::Normalizer;
use tracking_core::status::Status;
use tracking_core::timeline::{Shipment, ShipmentInput};

#[test]
fn delivered_shipment_with_duplicates_and_a_bad_event() {
    let json = r#"{"id":"A1","carrier":"ups","destination":{"country":"US","region":"NY"},
      "events":[
        {"code":"MP","description":"Shipper created a label","time":"2024-04-22T10:00:00-04:00"},
        {"description":"Out For Delivery Today","time":"2024-04-26 07:50","location":{"city":"Brooklyn","region":"NY","country":"US"}},
        {"description":"Delivered","time":"2024-04-26 14:02","location":{"city":"Brooklyn","region":"NY","country":"US"}},
        {"description":"Out For Delivery Today","time":"2024-04-26 07:50","location":{"city":"Brooklyn","region":"NY","country":"US"}},
        {"description":"Arrived at Facility","time":"2024-04-24T03:00:00Z"},
        {"time":"2024-04-24T03:00:00Z"},
        {"description":"Departed","time":"not a time"}
      ]}"#;
    let input: ShipmentInput = serde_json::from_str(json).unwrap();
    let now = Utc.with_ymd_and_hms(2024, 4, 27, 0, 0, 0).unwrap();
    let (shipment, report) = Shipment::from_input(input, &Normalizer::new(), now).unwrap();
    assert_eq!(report.added, 4);
    assert_eq!(report.duplicates, 1);
    assert_eq!(report.rejected.len(), 2);
    let snap = shipment.snapshot();
    assert_eq!(snap.status, Status::Delivered);
    assert!(snap.terminal);
    assert_eq!(
        snap.delivered_at.unwrap().to_rfc3339(),
        "2024-04-26T18:02:00+00:00"
    );
}
