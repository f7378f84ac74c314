use chrono::{DateTime, Duration, NaiveDate, Utc};

use super::*;
use crate::event::{Location, RawEvent};
use crate::message::{DEFAULT_LOCALE, localized_health};
use crate::normalize::Normalizer;
use crate::timeline::{Shipment, ShipmentInput};

/// The explanation and action in the default locale, rendered by the message layer.
fn words(h: &Health) -> (String, Option<String>) {
    let h = localized_health(h.clone(), DEFAULT_LOCALE);
    (h.explanation.unwrap_or_default(), h.action)
}

fn t(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
}

fn loc(cc: &str) -> Option<Location> {
    Some(Location {
        country: Some(cc.into()),
        ..Location::default()
    })
}

fn ev(time: &str, status: &str, sub: Option<&str>, text: &str) -> RawEvent {
    RawEvent {
        time: Some(time.into()),
        status: Some(status.into()),
        substatus: sub.map(Into::into),
        description: Some(text.into()),
        ..RawEvent::default()
    }
}

fn ship(carrier: &str, events: Vec<RawEvent>) -> Shipment {
    let input = ShipmentInput {
        id: "s1".into(),
        carrier: Some(carrier.into()),
        tracking_number: Some("1Z999".into()),
        origin: loc("US"),
        destination: loc("US"),
        events,
        ..ShipmentInput::default()
    };
    Shipment::from_input(input, &Normalizer::new(), t("2030-01-01T00:00:00Z"))
        .unwrap()
        .0
}

#[test]
fn transit_scan_silence_grows_from_on_track_to_stalled_to_lost() {
    // Monday 2024-03-04 arrival scan, US domestic: prior 3 business days stall, 5 lost.
    let s = ship(
        "ups",
        vec![
            ev(
                "2024-03-01T10:00:00Z",
                "in_transit",
                Some("picked_up"),
                "Picked up",
            ),
            ev(
                "2024-03-04T10:00:00Z",
                "in_transit",
                Some("arrived_at_facility"),
                "Arrival Scan",
            ),
        ],
    );
    let h = assess(&s, t("2024-03-06T10:00:00Z"), None);
    assert_eq!(h.verdict, Verdict::OnTrack);
    let h = assess(&s, t("2024-03-08T12:00:00Z"), None);
    assert_eq!(h.verdict, Verdict::Stalled, "{h:?}");
    assert_eq!(h.reason, "no_scan");
    assert_eq!(h.since, Some(t("2024-03-04T10:00:00Z")));
    let (explanation, action) = words(&h);
    assert!(explanation.contains("UPS"), "{explanation}");
    assert!(action.unwrap().contains("trace"));
    let key = h
        .text
        .as_ref()
        .and_then(|t| t.action.as_ref())
        .map(|a| a.key);
    assert_eq!(key, Some(HealthTextKey::ActionTrace));
    // Alone, the assessor gives the words as data and says so: nothing rendered yet.
    assert_eq!(
        (h.explanation.as_deref(), h.action.as_deref()),
        (None, None)
    );
    let h = assess(&s, t("2024-03-13T12:00:00Z"), None);
    assert_eq!(h.verdict, Verdict::LikelyLost, "{h:?}");
}

#[test]
fn weekends_do_not_count_toward_a_stall() {
    // Friday evening scan; Monday morning is less than one business day later.
    let s = ship(
        "ups",
        vec![ev("2024-03-08T20:00:00Z", "in_transit", None, "Departed")],
    );
    let h = assess(&s, t("2024-03-11T14:00:00Z"), None);
    assert_eq!(h.verdict, Verdict::OnTrack);
    let e = h.evidence.unwrap();
    assert!(e.dwell_hours < 24.0, "{}", e.dwell_hours);
}

#[test]
fn tracking_end_wording_never_raises_a_stall() {
    let s = ship(
        "dhl_ecommerce",
        vec![
            ev("2024-03-01T10:00:00Z", "in_transit", None, "Processed"),
            ev(
                "2024-03-02T10:00:00Z",
                "in_transit",
                None,
                "ARRIVED AT USPS FACILITY - TRACKING UPDATES MAY END HERE, DELIVERY SHORTLY",
            ),
        ],
    );
    let h = assess(&s, t("2024-03-20T10:00:00Z"), None);
    assert_eq!(h.verdict, Verdict::OnTrack, "{h:?}");
    assert_eq!(h.reason, "tracking_ended_early");
    // The same scan as a carrier code, read by the normalizer's table.
    let coded = ship(
        "dhl_ecommerce",
        vec![RawEvent {
            code: Some("533".into()),
            time: Some("2024-03-02T10:00:00Z".into()),
            ..RawEvent::default()
        }],
    );
    let h = assess(&coded, t("2024-03-20T10:00:00Z"), None);
    assert_ne!(h.verdict, Verdict::Stalled, "{h:?}");
    assert_ne!(h.verdict, Verdict::LikelyLost, "{h:?}");
}

#[test]
fn customer_and_merchant_actions() {
    let addr = ship(
        "ups",
        vec![ev(
            "2024-03-04T10:00:00Z",
            "exception",
            Some("address_issue"),
            "Bad address",
        )],
    );
    let h = assess(&addr, t("2024-03-04T12:00:00Z"), None);
    assert_eq!(h.verdict, Verdict::NeedsCustomerAction);
    assert!(words(&h).1.unwrap().contains("address"));

    let label = ship(
        "ups",
        vec![ev(
            "2024-03-04T10:00:00Z",
            "info_received",
            Some("label_created"),
            "Label created",
        )],
    );
    assert_eq!(
        assess(&label, t("2024-03-05T10:00:00Z"), None).verdict,
        Verdict::OnTrack
    );
    let h = assess(&label, t("2024-03-07T11:00:00Z"), None);
    assert_eq!(h.verdict, Verdict::NeedsMerchantAction);
    assert_eq!(h.reason, "label_not_handed_over");

    let pickup = ship(
        "ups",
        vec![ev(
            "2024-03-04T10:00:00Z",
            "available_for_pickup",
            None,
            "At Access Point",
        )],
    );
    let h = assess(&pickup, t("2024-03-06T10:00:00Z"), None);
    assert_eq!(h.reason, "pickup_waiting");
    let h = assess(&pickup, t("2024-03-12T10:00:00Z"), None);
    assert_eq!(h.reason, "pickup_deadline_passed");

    let back = ship(
        "ups",
        vec![ev(
            "2024-03-04T10:00:00Z",
            "return_to_sender",
            Some("returned"),
            "Returned",
        )],
    );
    assert_eq!(
        assess(&back, t("2024-03-05T10:00:00Z"), None).verdict,
        Verdict::NeedsMerchantAction
    );
    let done = ship(
        "ups",
        vec![ev("2024-03-04T10:00:00Z", "delivered", None, "Delivered")],
    );
    assert_eq!(
        assess(&done, t("2024-04-05T10:00:00Z"), None).verdict,
        Verdict::Delivered
    );
}

#[test]
fn expiry_is_reported_as_a_reason() {
    let mut s = ship("ups", vec![]);
    s.ordered_at = Some(t("2024-03-01T10:00:00Z"));
    assert_eq!(
        assess(&s, t("2024-03-02T10:00:00Z"), None).reason,
        "awaiting_carrier_info"
    );
    assert_eq!(
        assess(&s, t("2024-04-05T10:00:00Z"), None).reason,
        "expired.no_info"
    );
    // An order without a tracking number is not expired but not shipped.
    let mut order = Shipment::new("o1");
    order.ordered_at = Some(t("2024-03-01T10:00:00Z"));
    let h = assess(&order, t("2024-04-05T10:00:00Z"), None);
    assert_eq!(h.reason, "not_shipped");
    assert_eq!(h.verdict, Verdict::NeedsMerchantAction);
    let s = ship(
        "ups",
        vec![ev("2024-03-04T10:00:00Z", "in_transit", None, "Departed")],
    );
    let h = assess(&s, t("2024-04-10T10:00:00Z"), None);
    assert_eq!(h.reason, "expired.stalled");
    assert_eq!(h.verdict, Verdict::LikelyLost);
}

#[test]
fn past_promise_is_delayed() {
    let mut s = ship(
        "ups",
        vec![ev("2024-03-04T10:00:00Z", "in_transit", None, "Departed")],
    );
    s.promised_by = NaiveDate::from_ymd_opt(2024, 3, 4);
    let h = assess(&s, t("2024-03-05T18:00:00Z"), None);
    assert_eq!(h.verdict, Verdict::Delayed);
    assert_eq!(h.reason, "past_window");
}

fn history(n: usize, hours: impl Fn(usize) -> i64) -> Vec<Shipment> {
    (0..n)
        .map(|i| {
            let mut s = Shipment::new(format!("h{i}"));
            s.origin = loc("US");
            s.destination = loc("US");
            // Mondays 2024-01-01 + k weeks, at 09:00 UTC (well inside the day).
            let start = t("2024-01-01T09:00:00Z") + Duration::weeks((i % 40) as i64);
            s.given_shipped_at = Some(start);
            s.given_delivered_at = Some(start + Duration::hours(hours(i)));
            s
        })
        .collect()
}

#[test]
fn learned_quantiles_set_the_threshold_and_round_trip_as_json() {
    // Deliveries 4 business hours .. 100 business hours after Monday hand-off.
    let hist = history(200, |i| 4 + (i % 100) as i64);
    let model = DwellModel::learn(&hist);
    let json = serde_json::to_string(&model).unwrap();
    let back = DwellModel::from_json(&json).unwrap();
    assert_eq!(back, model);
    let mut bad = model.clone();
    bad.version = 99;
    assert!(DwellModel::from_json(&serde_json::to_string(&bad).unwrap()).is_err());

    let mut s = Shipment::new("x");
    s.origin = loc("US");
    s.destination = loc("US");
    s.given_shipped_at = Some(t("2024-06-03T09:00:00Z"));
    // 3 business days after hand-off: below the ~99 h q95... just.
    let h = assess(&s, t("2024-06-06T08:00:00Z"), Some(&model));
    assert_eq!(h.verdict, Verdict::OnTrack, "{h:?}");
    let e = h.evidence.unwrap();
    assert_eq!(e.basis, StallBasis::Lane);
    assert!((94.0..=103.0).contains(&e.stall_hours), "{}", e.stall_hours);
    let h = assess(&s, t("2024-06-07T20:00:00Z"), Some(&model));
    assert_eq!(h.verdict, Verdict::Stalled, "{h:?}");
    assert!(words(&h).0.contains("95%"), "{:?}", words(&h));
    // Without history the whole-leg prior applies instead.
    assert_eq!(
        assess(&s, t("2024-06-07T12:00:00Z"), None)
            .evidence
            .unwrap()
            .basis,
        StallBasis::Prior
    );
}

#[test]
fn the_threshold_is_calibrated_on_its_own_history() {
    // A skewed dwell distribution: at the 95% level, about 5% of the very shipments it was
    // learned from cross it.
    let hist = history(1000, |i| {
        6 + ((i * 7919) % 97) as i64 * ((i % 3) as i64 + 1)
    });
    let model = DwellModel::learn(&hist);
    let assessor = Assessor::new(Some(&model), HealthOptions::default());
    let flagged = hist
        .iter()
        .filter(|h| {
            let mut s = (*h).clone();
            let end = s.given_delivered_at.take().unwrap();
            assessor
                .assess(&s, end - Duration::minutes(1), None)
                .verdict
                == Verdict::Stalled
        })
        .count();
    assert!((20..=70).contains(&flagged), "{flagged} of 1000 flagged");
}

/// `n` hand-offs on Mondays 09:00 UTC to `dest`, delivered `hours(i)` later.
fn lane_history(n: usize, dest: &str, hours: impl Fn(usize) -> i64) -> Vec<Shipment> {
    let mut v = history(n, hours);
    for (i, s) in v.iter_mut().enumerate() {
        s.id = format!("{dest}{i}");
        s.destination = loc(dest);
    }
    v
}

#[test]
fn the_hard_cap_flags_a_leg_its_slow_lane_still_excuses() {
    // A slow lane: deliveries 10 to 41 days after hand-off, so its 95% dwell bound lies past
    // 30 calendar days; the hard cap (30 days by default) still flags on day 31.
    let model = DwellModel::learn(&history(300, |i| 240 + (i % 100) as i64 * 7));
    let mut s = Shipment::new("x");
    s.origin = loc("US");
    s.destination = loc("US");
    s.given_shipped_at = Some(t("2024-06-03T09:00:00Z"));
    let day = |d: i64| t("2024-06-03T10:00:00Z") + Duration::days(d);
    let on = Assessor::new(Some(&model), HealthOptions::default());
    let off = Assessor::new(
        Some(&model),
        HealthOptions {
            cap_days: None,
            ..HealthOptions::default()
        },
    );
    assert_eq!(on.assess(&s, day(29), None).verdict, Verdict::OnTrack);
    let h = on.assess(&s, day(31), None);
    assert_eq!(h.verdict, Verdict::Stalled, "{h:?}");
    assert_eq!(h.evidence.as_ref().unwrap().basis, StallBasis::Cap);
    assert!(
        words(&h)
            .0
            .contains("past the hard limit of 30 calendar days"),
        "{:?}",
        words(&h)
    );
    let h = off.assess(&s, day(31), None);
    assert_eq!(h.verdict, Verdict::OnTrack, "{h:?}");
    assert_eq!(h.evidence.unwrap().basis, StallBasis::Lane);
}

#[test]
fn the_learned_global_cap_bounds_a_lane_slower_than_all_others() {
    // 950 fast parcels to the US, 50 slow ones to Canada: the pooled 90% quantile (about
    // 4 business days) is far below the Canadian lane's own 95% bound (about 16 days).
    let mut hist = lane_history(950, "US", |i| 4 + (i % 90) as i64);
    hist.extend(lane_history(50, "CA", |i| 300 + (i % 50) as i64 * 2));
    let model = DwellModel::learn(&hist);
    let mut s = Shipment::new("x");
    s.origin = loc("US");
    s.destination = loc("CA");
    s.given_shipped_at = Some(t("2024-06-03T09:00:00Z"));
    let at = t("2024-06-12T09:00:00Z");
    let lane_only = Assessor::new(Some(&model), HealthOptions::default());
    let h = lane_only.assess(&s, at, None);
    assert_eq!(h.verdict, Verdict::OnTrack, "{h:?}");
    let capped = Assessor::new(
        Some(&model),
        HealthOptions {
            cap_level: Some(0.9),
            ..HealthOptions::default()
        },
    );
    let h = capped.assess(&s, at, None);
    assert_eq!(h.verdict, Verdict::Stalled, "{h:?}");
    let e = h.evidence.clone().unwrap();
    assert_eq!((e.basis, e.level), (StallBasis::Cap, Some(0.9)));
    assert!(
        words(&h).0.contains("whatever the carrier or lane"),
        "{:?}",
        words(&h)
    );
    // Out-of-range levels are refused by the shared validation.
    let bad = HealthOptions {
        cap_level: Some(1.0),
        ..HealthOptions::default()
    };
    assert!(bad.validate().is_err());
}

/// A dwell model saved by version 1 (carrier slug and `BR-SP>BR-RJ` lane text per entry)
/// loads as version 2 (one lane key per entry) and finds the same entries.
#[test]
fn a_version_1_dwell_model_loads_and_keys_by_the_shared_lane() {
    let entry = |scope: &str, carrier: &str, lane: &str, q95: f64| {
        serde_json::json!({
            "scope": scope, "kind": "handoff_to_delivery", "carrier": carrier,
            "status": "in_transit", "lane": lane, "n": 50,
            "hours": [q95 / 3.0, q95 / 2.0, q95 * 0.8, q95, q95 * 1.2, q95 * 1.5],
        })
    };
    let v1 = serde_json::json!({
        "version": 1, "levels": [0.5, 0.8, 0.9, 0.95, 0.975, 0.99], "min_samples": 30,
        "entries": [
            entry("lane", "ups", "US-ca>US-NY", 40.0),
            entry("lane", "unknown", "BR>BR-RJ", 70.0),
            entry("carrier", "ups", "", 80.0),
            entry("status", "", "", 120.0),
        ],
    });
    let model = DwellModel::from_json(&v1.to_string()).unwrap();
    assert_eq!(model.version, DWELL_MODEL_VERSION);
    let keys: Vec<String> = model.entries.iter().map(|e| e.lane.key()).collect();
    assert_eq!(keys[0], "c=ups|s=?|d=US-NY|o=US-CA");
    assert_eq!(keys[1], "c=?|s=?|d=BR-RJ|o=BR");
    let saved: serde_json::Value = serde_json::to_value(&model).unwrap();
    assert_eq!(saved["version"], DWELL_MODEL_VERSION);
    assert_eq!(saved["entries"][0]["lane"], "c=ups|s=?|d=US-NY|o=US-CA");
    assert_eq!(saved["entries"][2]["lane"], "c=ups");
    assert_eq!(saved["entries"][3]["lane"], "*");
    assert!(saved["entries"][0].get("carrier").is_none());
    assert_eq!(DwellModel::from_json(&saved.to_string()).unwrap(), model);

    let basis = |carrier: Option<&str>, o: (&str, &str), d: (&str, &str)| {
        let mut s = Shipment::new("x");
        s.carrier = carrier.map(Into::into);
        let place = |(c, r): (&str, &str)| Location {
            country: Some(c.into()),
            region: Some(r.into()).filter(|r: &String| !r.is_empty()),
            ..Location::default()
        };
        s.origin = Some(place(o));
        s.destination = Some(place(d));
        s.given_shipped_at = Some(t("2024-06-03T09:00:00Z"));
        let h = assess(&s, t("2024-06-04T09:00:00Z"), Some(&model));
        h.evidence.unwrap().basis
    };
    assert_eq!(
        basis(Some("UPS"), ("us", "CA"), ("US", "ny")),
        StallBasis::Lane
    );
    assert_eq!(
        basis(Some("ups"), ("US", "CA"), ("US", "TX")),
        StallBasis::Carrier
    );
    assert_eq!(basis(None, ("BR", ""), ("BR", "RJ")), StallBasis::Lane);
    assert_eq!(
        basis(Some("fedex"), ("US", "CA"), ("US", "NY")),
        StallBasis::Status
    );
}

#[test]
fn a_verdict_without_typed_words_keeps_the_words_it_came_with() {
    // As written before the words were typed (or rebuilt by a binding from rendered text).
    let old: Health = serde_json::from_str(
        r#"{"verdict":"stalled","reason":"no_scan","since":null,
            "explanation":"No scan for 3 business days.","action":"Ask UPS for a trace"}"#,
    )
    .unwrap();
    assert_eq!(old.text, None);
    let shown = localized_health(old.clone(), "de");
    assert_eq!(shown, old, "no default sentence replaces the stored words");
    // A verdict with typed words is rendered from them, replacing what it held.
    let mut typed = assess(
        &ship(
            "ups",
            vec![ev(
                "2024-03-04T10:00:00Z",
                "in_transit",
                None,
                "Arrival Scan",
            )],
        ),
        t("2024-03-08T12:00:00Z"),
        None,
    );
    typed.explanation = Some("stale".into());
    let json = serde_json::to_string(&typed).unwrap();
    let back: Health = serde_json::from_str(&json).unwrap();
    let de = localized_health(back, "de").explanation.unwrap();
    assert!(de.contains("UPS") && de != "stale", "{de}");
}

#[test]
fn the_window_floor_ignores_surges_unless_asked() {
    let surged = crate::estimate::TransitModel::default();
    assert!(
        surged.options.surge,
        "the customer's window widens in a surge by default"
    );
    let floor = Assessor::new(None, HealthOptions::default()).with_transit(surged.clone());
    assert_eq!(floor.transit().map(|t| t.options.surge), Some(false));
    let asked = HealthOptions {
        window_surge: true,
        ..HealthOptions::default()
    };
    let floor = Assessor::new(None, asked).with_transit(surged.clone());
    assert_eq!(floor.transit().map(|t| t.options.surge), Some(true));
    // A model whose windows ignore surges stays so.
    let mut plain = surged;
    plain.options.surge = false;
    let floor = Assessor::new(
        None,
        HealthOptions {
            window_surge: true,
            ..HealthOptions::default()
        },
    )
    .with_transit(plain);
    assert_eq!(floor.transit().map(|t| t.options.surge), Some(false));
}
