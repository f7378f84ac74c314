//! Shared input generators for the criterion benches in `benches/`: one deterministic random
//! source and the places and lanes they draw from, so every bench builds inputs the same way.

use chrono::{DateTime, Duration, Utc};
use serde_json::json;
use tracking_core::estimate::{CompletedShipment, Lane, Place, WindowQuery};
use tracking_core::{Location, RawEvent};

/// A cheap deterministic generator (xorshift64), so runs are comparable.
pub struct Rng(pub u64);

impl Rng {
    /// The next pseudo-random number.
    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

/// A location with a country and a region code.
pub fn place(country: &str, region: &str) -> Option<Location> {
    Some(Location {
        country: Some(country.into()),
        region: Some(region.into()),
        ..Location::default()
    })
}

/// Brazil's 27 federative units (ISO 3166-2:BR codes).
pub const BR_STATES: [&str; 27] = [
    "AC", "AL", "AM", "AP", "BA", "CE", "DF", "ES", "GO", "MA", "MG", "MS", "MT", "PA", "PB", "PE",
    "PI", "PR", "RJ", "RN", "RO", "RR", "RS", "SC", "SE", "SP", "TO",
];

/// The 20 events of the timeline bench: they mix the shapes real feeds send: RFC 3339 with
/// offsets, UPS date + time without offset (zone from the scan location), DHL
/// `DD.MM.YYYY HH:MM` (zone from the carrier), text to normalize, given canonical statuses, one
/// re-sent copy and one bad time. (All 20 deserialize; the bench checks the count.)
pub fn timeline_events() -> Vec<RawEvent> {
    let mut v = Vec::new();
    let loc = |city: &str, region: &str| json!({"city": city, "region": region, "country": "US"});
    v.push(json!({"code": "MP", "description": "Shipper created a label, UPS has not received the package yet.",
        "date": "20240422", "time": "100000", "location": loc("Secaucus", "NJ")}));
    v.push(json!({"status": "in_transit", "substatus": "picked_up", "code": "OR", "description": "Origin Scan",
        "date": "20240422", "time": "183000", "location": loc("Secaucus", "NJ")}));
    for (i, city) in [
        "Newark",
        "Philadelphia",
        "Harrisburg",
        "Pittsburgh",
        "Columbus",
        "Indianapolis",
    ]
    .iter()
    .enumerate()
    {
        v.push(json!({"code": "AR", "description": "Arrived at Facility",
            "time": format!("2024-04-{:02}T{:02}:10:00-04:00", 23 + i / 3, 2 + 7 * (i % 3)),
            "location": loc(city, "PA")}));
        v.push(
            json!({"code": "DP", "description": "Departed from Facility",
            "time": format!("2024-04-{:02}T{:02}:40:00-04:00", 23 + i / 3, 4 + 7 * (i % 3)),
            "location": loc(city, "PA")}),
        );
    }
    v.push(json!({"description": "Die Sendung wurde im Ziel-Paketzentrum bearbeitet.", "carrier": "dhl_parcel_de",
        "time": "26.04.2024 05:12"}));
    v.push(json!({"status": "unknown", "substatus": "informational", "description": "Delivery preference updated",
        "time": "2024-04-26T06:00:00-04:00"}));
    v.push(json!({"code": "OT", "description": "Out For Delivery Today", "date": "20240426", "time": "74700",
        "location": loc("Chicago", "IL")}));
    v.push(json!({"code": "OT", "description": "Out For Delivery Today", "date": "20240426", "time": "074700",
        "location": loc("Chicago", "IL")}));
    v.push(
        json!({"status": "delivered", "substatus": "front_door", "description": "Delivered",
        "date": "20240426", "time": "140200", "location": loc("Chicago", "IL")}),
    );
    v.push(json!({"description": "Arrived at Facility", "time": "not a time"}));
    v.into_iter()
        .filter_map(|e| serde_json::from_value(e).ok())
        .collect()
}

/// `events` with `round` appended to every text (`Arrived at Facility 17`): texts no earlier
/// round has sent as received. They differ from earlier rounds only in a number, as a feed's
/// numbered facility texts do, so the per-thread memo shares their readings (a digit run keys
/// as one `0`); [`fresh_wording`] gives texts whose reading must be computed.
pub fn fresh_texts(events: &[RawEvent], round: u64) -> Vec<RawEvent> {
    with_suffix(events, &round.to_string())
}

/// `events` with a word made of letters from `round` appended to every text (`Arrived at
/// Facility qb`): wording no earlier round has sent even after folding, so every reading is
/// computed (folding, rules and the text model): the first time a feed sends a wording.
pub fn fresh_wording(events: &[RawEvent], round: u64) -> Vec<RawEvent> {
    let mut word = String::from("q");
    let mut n = round;
    loop {
        // Base 26 in letters: distinct rounds give distinct words, never digits.
        word.push(char::from(b'a' + (n % 26) as u8));
        n /= 26;
        if n == 0 {
            break;
        }
    }
    with_suffix(events, &word)
}

/// `events` with ` suffix` appended to every text.
fn with_suffix(events: &[RawEvent], suffix: &str) -> Vec<RawEvent> {
    events
        .iter()
        .map(|e| {
            let mut e = e.clone();
            if let Some(d) = &e.description {
                e.description = Some(format!("{d} {suffix}").into());
            }
            e
        })
        .collect()
}

/// The same events, each with a given canonical status: measures the timeline alone
/// (time resolution, identity, ordering, fold, snapshot) without the text classifier.
pub fn given_timeline_events() -> Vec<RawEvent> {
    timeline_events()
        .into_iter()
        .map(|mut e| {
            if e.status.is_none() {
                e.status = Some("in_transit".into());
            }
            e
        })
        .collect()
}

/// The training texts of the embedded text model (table, folded text, label, whether a rule
/// reads it), one JSON object a line.
const MODEL_TEXTS: &str = include_str!("../../tools/text-model/texts.jsonl");

/// `n` texts a carrier feed could send once each: 3 to 7 words drawn from the training texts
/// no rule reads (the vocabulary the learned model answers, a dozen languages), with a
/// reference number or a date in about half of them. Distinct texts far beyond the per-thread
/// reading cache, and words drawn from the whole vocabulary, so the model's weight rows come
/// from all over its tables rather than from a few hot cache lines.
pub fn new_texts(n: usize) -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    for line in MODEL_TEXTS.lines() {
        let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        if v.get("ruled").and_then(serde_json::Value::as_bool) != Some(false) {
            continue;
        }
        if let Some(t) = v.get("folded").and_then(serde_json::Value::as_str) {
            words.extend(t.split(' ').filter(|w| w.len() > 1).map(str::to_string));
        }
    }
    words.sort_unstable();
    words.dedup();
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    (0..n)
        .map(|_| {
            let k = 3 + (rng.next_u64() % 5) as usize;
            let mut t: Vec<String> = (0..k)
                .map(|_| {
                    let i = (rng.next_u64() % words.len().max(1) as u64) as usize;
                    words.get(i).cloned().unwrap_or_default()
                })
                .collect();
            match rng.next_u64() % 4 {
                0 => t.push(format!("{}", rng.next_u64() % 1_000_000)),
                1 => t.push(format!(
                    "{:02}.{:02}.2026",
                    1 + rng.next_u64() % 28,
                    1 + rng.next_u64() % 12
                )),
                _ => {}
            }
            t.join(" ")
        })
        .collect()
}

/// The 20-scan shipment of the `facade` bench (and `examples/facade_profile.rs`) as JSON: the
/// request `Engine::call("track")` reads and the input `Tracker::track` is given.
pub fn facade_shipment() -> serde_json::Value {
    let events: Vec<serde_json::Value> = (0..20)
        .map(|i| {
            json!({
                "status": if i == 19 { "out_for_delivery" } else { "in_transit" },
                "description": format!("Scan {i}"),
                "time": format!("2024-04-{:02}T{:02}:00:00Z", 10 + i / 4, 6 + (i % 4) * 3),
                "location": {"city": "Memphis", "region": "TN", "country": "US"},
            })
        })
        .collect();
    json!({"id": "B1", "carrier": "UPS", "service": "ground",
        "origin": {"country": "US", "region": "CA"}, "destination": {"country": "US", "region": "NY"},
        "events": events})
}

/// The `identify` bench's 34 mixed inputs: every shape the table knows (valid, messy, wrong
/// check digit, junk), written here, not read from the development data.
pub const IDENTIFY_MIXED: &[&str] = &[
    "1Z879E930346834440",
    "1z 879 e93 03 4683 444 0",
    "1Z879E930346834443",
    "K2479825491",
    "9400111206206407628746",
    "420 11213 92 6129098349792366623 8",
    "4201028200009261290113185417468510",
    "9101 1234 5678 9000 0000 13",
    "7905-3531-2317",
    "1001921334250001000300779017972697",
    "9622001560001234567100794808390594",
    "0414 4176 0228 964",
    "3318810025",
    "78045768393",
    "JJD0099999999",
    "GM2951173225174494",
    "12345678901234",
    "TBA123456789012",
    "4002847016405018",
    "D576002440000001718010",
    "008182709980000020033350276C",
    "0998-0000-0200-34d",
    "LX17635036",
    "1LS7119013618127-1",
    "C11031500001879",
    "320595463938",
    "RB123456785GB",
    "RB123456785TW",
    "SP029692510000920746",
    "JD0002242617644732",
    "YT2229521272164446",
    "Tracking #: 1Z879E930346834440",
    "hello world",
    "",
];

/// The lanes of the `estimate_window` bench (and `examples/estimate_profile.rs`): the 27 x 27
/// Brazilian state lanes with no carrier, 3 US carriers with a service on 4 x 5 state lanes,
/// and `dhl_parcel_de` within Germany to 4 states: 793 lanes.
pub fn estimate_lanes() -> Vec<Lane> {
    let br = |r: &str| Place::new(Some("BR"), Some(r));
    let us = |r: &str| Place::new(Some("US"), Some(r));
    let mut out = Vec::new();
    for o in BR_STATES {
        for d in BR_STATES {
            out.push(Lane::new(None, None, br(o), br(d)));
        }
    }
    for (c, s) in [
        ("ups", "ground"),
        ("usps", "priority"),
        ("fedex", "home_delivery"),
    ] {
        for o in ["CA", "TX", "NY", "IL"] {
            for d in ["CA", "TX", "NY", "FL", "WA"] {
                out.push(Lane::new(Some(c), Some(s), us(o), us(d)));
            }
        }
    }
    for d in ["BY", "BE", "NW", "HH"] {
        let o = Place::new(Some("DE"), None);
        out.push(Lane::new(
            Some("dhl_parcel_de"),
            None,
            o,
            Place::new(Some("DE"), Some(d)),
        ));
    }
    out
}

/// `n` completed shipments on `lanes` (drawn at random, seeded), ordered evenly over the two
/// years from 1 January 2022, handed over 0-71 hours after the order and delivered 1-15 days
/// after hand-off: the history the `estimate_window` bench learns. Empty when `lanes` is.
pub fn estimate_history(n: usize, lanes: &[Lane]) -> Vec<CompletedShipment> {
    // 2022-01-01T00:00:00Z; two years are 63,072,000 seconds.
    let start = DateTime::<Utc>::UNIX_EPOCH + Duration::seconds(1_640_995_200);
    let mut r = Rng(0x9e37_79b9_7f4a_7c15);
    let count = lanes.len() as u64;
    (0..n)
        .map_while(|i| {
            let pick = r.next_u64().checked_rem(count)?;
            let lane = lanes.get(usize::try_from(pick).ok()?)?.clone();
            let ordered = start + Duration::seconds((i as i64 * 63_072_000) / n as i64);
            let shipped = ordered + Duration::hours((r.next_u64() % 72) as i64);
            let delivered = shipped + Duration::hours(24 + (r.next_u64() % (14 * 24)) as i64);
            Some(CompletedShipment {
                lane,
                ordered_at: Some(ordered),
                shipped_at: Some(shipped),
                delivered_at: delivered,
                carrier_estimate: None,
                promised_by: None,
                order_id: None,
            })
        })
        .collect()
}

/// The moment the `estimate_window` bench asks at: 10 January 2024, 15:00 UTC, nine days
/// after the two years of [`estimate_history`] end.
pub fn estimate_now() -> DateTime<Utc> {
    DateTime::<Utc>::UNIX_EPOCH + Duration::seconds(1_704_898_800)
}

/// One question per lane, asked at `now`: ordered 30 hours before, and every other one
/// handed over 20 hours before (so promise and in-flight windows alternate).
pub fn estimate_queries(lanes: &[Lane], now: DateTime<Utc>) -> Vec<WindowQuery> {
    lanes
        .iter()
        .enumerate()
        .map(|(i, l)| WindowQuery {
            lane: l.clone(),
            ordered_at: Some(now - Duration::hours(30)),
            shipped_at: (i % 2 == 0).then(|| now - Duration::hours(20)),
            ..WindowQuery::default()
        })
        .collect()
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn the_generator_is_deterministic_and_moves() {
        let (mut a, mut b) = (Rng(7), Rng(7));
        let xs: Vec<u64> = (0..4).map(|_| a.next_u64()).collect();
        let ys: Vec<u64> = (0..4).map(|_| b.next_u64()).collect();
        assert_eq!(xs, ys);
        assert!(xs.windows(2).all(|w| w[0] != w[1]));
    }

    #[test]
    fn the_estimate_inputs_are_the_benchs() {
        let lanes = estimate_lanes();
        assert_eq!(lanes.len(), 27 * 27 + 3 * 4 * 5 + 4);
        let h = estimate_history(5_000, &lanes);
        assert_eq!(h.len(), 5_000);
        assert_eq!(
            h,
            estimate_history(5_000, &lanes),
            "seeded, so runs compare"
        );
        let start = DateTime::<Utc>::UNIX_EPOCH + Duration::seconds(1_640_995_200);
        let end = start + Duration::days(730);
        let mut last = start;
        for s in &h {
            let (ordered, shipped) = (s.ordered_at.unwrap(), s.shipped_at.unwrap());
            assert!(
                ordered >= last && ordered < end,
                "even over two years: {ordered}"
            );
            last = ordered;
            assert!(shipped - ordered < Duration::hours(72));
            let transit = s.delivered_at - shipped;
            assert!(transit >= Duration::days(1) && transit < Duration::days(15));
            assert!(lanes.contains(&s.lane));
        }
        assert!(estimate_history(10, &[]).is_empty());
        assert!(estimate_now() > end);
        let q = estimate_queries(&lanes, estimate_now());
        assert_eq!(q.len(), lanes.len());
        let handed_over = q.iter().filter(|q| q.shipped_at.is_some()).count();
        assert_eq!(handed_over, lanes.len().div_ceil(2));
    }
}
