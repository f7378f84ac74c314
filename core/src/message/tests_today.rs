//! "Out for delivery today" is judged in the delivery area's local day (finding R6).

use chrono::{DateTime, NaiveDate, Utc};

use super::*;
use crate::timeline::ShipmentInput;

fn yamato_out_for_delivery(now: &str, locale: &str) -> Snapshot {
    // One `配達中` (out for delivery) scan in Osaka, read in Japan's zone (+09:00).
    let input: ShipmentInput = serde_json::from_str(
        r#"{"id":"Y1","carrier":"yamato","destination":{"country":"JP"},
            "events":[{"description":"配達中","time":"2024-11-14 09:00",
                       "location":{"city":"Osaka","country":"JP"}}]}"#,
    )
    .unwrap();
    let now: DateTime<Utc> = now.parse().unwrap();
    crate::pipeline::Tracker::default()
        .track(input, now, locale)
        .unwrap()
}

fn headline(s: &Snapshot) -> &str {
    &s.message.as_ref().unwrap().headline
}

#[test]
fn out_for_delivery_is_today_only_on_the_scans_local_day() {
    // 19:00 in Osaka on the 14th: still the round's day.
    let s = yamato_out_for_delivery("2024-11-14T10:00:00Z", "en");
    assert_eq!(s.status, Status::OutForDelivery);
    assert_eq!(headline(&s), "Your parcel is out for delivery today");
    assert_eq!(
        s.message.as_ref().unwrap().next.as_deref(),
        Some("It should arrive today.")
    );

    // 16:00 UTC is 01:00 on the 15th in Osaka (while still the 14th in UTC): the round ended
    // without a delivery scan.
    let s = yamato_out_for_delivery("2024-11-14T16:00:00Z", "en");
    assert_eq!(s.status, Status::OutForDelivery);
    let m = s.message.as_ref().unwrap();
    assert_eq!(
        m.headline,
        "Your parcel was out for delivery on Thursday, 14 November but has not been delivered yet"
    );
    let next = m.next.as_deref().unwrap();
    assert!(!next.contains("today"), "{next}");
    // The next line agrees with the window the same snapshot shows.
    if let Some(w) = &s.window {
        assert!(w.earliest > NaiveDate::from_ymd_opt(2024, 11, 14).unwrap());
        assert!(next.starts_with("Expected"), "{next}");
    }
}

#[test]
fn the_local_day_is_the_scans_not_utcs() {
    // 23:30 in New York on the 14th is 04:30 UTC on the 15th: still "today" for the customer.
    let input: ShipmentInput = serde_json::from_str(
        r#"{"id":"U1","carrier":"ups","destination":{"country":"US","region":"NY"},
            "events":[{"code":"OF","description":"Out For Delivery Today",
                       "time":"2024-11-14T18:00:00-05:00",
                       "location":{"city":"Albany","region":"NY","country":"US"}}]}"#,
    )
    .unwrap();
    let now: DateTime<Utc> = "2024-11-15T04:30:00Z".parse().unwrap();
    let s = crate::pipeline::Tracker::default()
        .track(input, now, "en")
        .unwrap();
    assert_eq!(s.status, Status::OutForDelivery);
    assert_eq!(headline(&s), "Your parcel is out for delivery today");
}

#[test]
fn a_past_round_reads_in_every_builtin_locale_without_today() {
    let today_texts = builtin("headline.out_for_delivery").unwrap();
    for (i, locale) in BUILTIN.iter().enumerate() {
        let s = yamato_out_for_delivery("2024-11-15T03:00:00Z", locale);
        let h = headline(&s);
        assert!(!today_texts.contains(&h), "{locale}: {h}");
        assert!(h.contains("14"), "{locale} names the day: {h}");
        assert_eq!(
            h,
            MessageCatalog::new()
                .render_at(&s, locale, "2024-11-15T03:00:00Z".parse().unwrap())
                .headline,
            "{locale} [{i}]"
        );
    }
}

#[test]
fn a_stored_snapshot_rendered_without_a_clock_follows_its_window() {
    // Re-rendering a stored snapshot (no clock): the window, estimated at the snapshot's
    // clock in the destination's calendar, tells whether the round's day had passed.
    let past = yamato_out_for_delivery("2024-11-14T16:00:00Z", "en");
    let w = past.window.clone().expect("a window for an open parcel");
    assert!(w.earliest > NaiveDate::from_ymd_opt(2024, 11, 14).unwrap());
    let m = render(&past, "de");
    assert!(m.headline.starts_with("Ihr Paket war am"), "{}", m.headline);

    let same_day = yamato_out_for_delivery("2024-11-14T10:00:00Z", "de");
    assert_eq!(
        render(&same_day, "de").headline,
        "Ihr Paket wird heute zugestellt"
    );
}
