//! Thresholds used when there is no history: published service standards, carrier policies
//! and the fixed limits other tracking tools use (the published defaults of commercial trackers, e.g. an alert 30 days after hand-off).
//!
//! Sources:
//! - Onward [O6]: alert after 4 business days without pickup; 3 (domestic) / 5 (international)
//!   business days without a scan.
//! - Route [O5]: a parcel counts as lost only after 7 days (US domestic) / 20 days
//!   (international) without an update; we convert to business days (5 / 14).
//! - AfterShip [A1]: a tracking expires when no information arrives 30 days after it was added;
//!   TrackingMore: 30 days express. We use 30 calendar days for both `expired.*` sub-statuses.
//! - A label that is not handed over within 2 business days: carriers expect shipments on the
//!   label's ship date and void unused labels after a while (UPS, FedEx, USPS void/refund
//!   windows), so two business days without pickup is already a merchant problem.
//! - Pickup holding periods (calendar days), from each carrier's customer help pages:
//!   UPS Access Point 7 days; USPS post office hold 15 days; Royal Mail delivery office
//!   18 days; DHL Paket (Filiale/Packstation) 7 days; InPost Paczkomat 2 days (48 hours) before
//!   the parcel is moved or returned; others 7 days, the shortest common period.
//!
//! A whole hand-off-to-delivery leg without any scan (history with only shipped/delivered
//! times) has no published standard; its prior is our assumption (twice the scan-gap limits)
//! and is meant to be replaced by learning on the merchant's own history.

use crate::status::{Status, SubStatus};

/// Business hours in a business day (dwell times are counted in whole local days).
pub(crate) const DAY: f64 = 24.0;

/// Calendar days after registration with no carrier information: `expired.no_info` [A1].
pub(crate) const EXPIRE_NO_INFO_DAYS: i64 = 30;
/// Calendar days without any event on an active shipment: `expired.stalled` [A1].
pub(crate) const EXPIRE_STALLED_DAYS: i64 = 30;
/// Business days without carrier information before the merchant should look [O6].
pub(crate) const NO_INFO_ALERT_DAYS: f64 = 4.0;

/// Prior (stall, likely-lost) thresholds in business hours for a shipment in `status`, when
/// the timeline has scans (`whole_leg` false) or only a hand-off time (`whole_leg` true).
pub(crate) fn prior(status: Status, international: bool, whole_leg: bool) -> (f64, f64) {
    let (stall, lost) = match status {
        Status::Pending | Status::InfoReceived => (2.0, 4.0),
        Status::OutForDelivery => (1.0, 5.0),
        Status::AttemptFail => (2.0, 7.0),
        Status::ReturnToSender => {
            if international {
                (10.0, 28.0)
            } else {
                (5.0, 14.0)
            }
        }
        _ => {
            if international {
                (5.0, 14.0)
            } else {
                (3.0, 5.0)
            }
        }
    };
    let factor = if whole_leg { 2.0 } else { 1.0 };
    (stall * DAY * factor, lost * DAY * factor)
}

/// How many calendar days a carrier keeps a parcel for collection before returning it.
/// `carrier` may be a slug, name or alias in any case.
pub(crate) fn holding_days(carrier: Option<&str>, sub: Option<SubStatus>) -> i64 {
    match super::dwell::carrier_slug(carrier) {
        "ups" => 7,
        "usps" => 15,
        "royal_mail" => 18,
        "dhl_parcel_de" => 7,
        "inpost" if sub == Some(SubStatus::AvailableForPickupLocker) => 2,
        "inpost" => 7,
        _ => 7,
    }
}

/// Wordings (lower case) that end tracking early.
const PHRASES: &[&str] = &[
    "tracking updates may end here",
    "tracking may end here",
    "updates may end here",
    "no further updates",
    "no further tracking",
    "final tracking update",
    "tracking ends here",
    "end of tracking",
    "tracking information ends",
    "sendungsverfolgung endet",
    "keine weiteren sendungsinformationen",
    "keine weiteren informationen",
    "fin du suivi",
    "le suivi s'arr",
    "el seguimiento termina",
    "fin del seguimiento",
    "einde track",
    "geen verdere updates",
    "fim do rastreamento",
    "nao havera mais atualiza",
    "fine del tracciamento",
    "koniec sledzenia",
];

/// Whether a carrier text says tracking ends before delivery (a partner delivers without
/// further scans), so silence afterwards is expected. Matched case-insensitively on ASCII
/// letters; phrases from carrier feeds (DHL eCommerce 533, USPS/partner hand-offs) and their
/// usual translations.
pub(crate) fn says_tracking_ends(text: &str) -> bool {
    // One pass over the text: only positions whose first two letters start some phrase are
    // tried, so ordinary scan texts cost a few nanoseconds.
    let h = text.as_bytes();
    (0..h.len().saturating_sub(1)).any(|i| {
        let (Some(a), Some(b)) = (h.get(i), h.get(i + 1)) else {
            return false;
        };
        let pair = [a.to_ascii_lowercase(), b.to_ascii_lowercase()];
        matches!(
            &pair,
            b"tr"
                | b"up"
                | b"no"
                | b"fi"
                | b"se"
                | b"ke"
                | b"le"
                | b"el"
                | b"ei"
                | b"ge"
                | b"na"
                | b"ko"
                | b"en"
        ) && PHRASES.iter().any(|p| {
            p.as_bytes().get(..2) == Some(&pair[..])
                && h.get(i..i + p.len()).is_some_and(|w| {
                    w.iter()
                        .zip(p.as_bytes())
                        .all(|(a, b)| a.to_ascii_lowercase() == *b)
                })
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tracking_end_wordings_are_recognized_in_any_case() {
        assert!(says_tracking_ends(
            "ARRIVED AT USPS FACILITY - TRACKING UPDATES MAY END HERE, DELIVERY SHORTLY"
        ));
        assert!(says_tracking_ends("Die Sendungsverfolgung endet hier."));
        assert!(says_tracking_ends("Final tracking update"));
        assert!(!says_tracking_ends("Arrived at facility"));
        assert!(!says_tracking_ends("Tracking number created"));
        assert!(says_tracking_ends(
            "planned end of tracking: the stall detector must not fire"
        ));
        // Every phrase is reachable through the two-letter pre-filter.
        for p in PHRASES {
            assert!(says_tracking_ends(&p.to_uppercase()), "{p}");
        }
    }

    #[test]
    fn international_and_whole_leg_priors_are_longer() {
        let (d, _) = prior(Status::InTransit, false, false);
        let (i, _) = prior(Status::InTransit, true, false);
        let (w, _) = prior(Status::InTransit, false, true);
        assert_eq!(d, 3.0 * DAY);
        assert_eq!(i, 5.0 * DAY);
        assert!(w > d);
        let (s, l) = prior(Status::InfoReceived, false, false);
        assert_eq!(s, 2.0 * DAY);
        assert!(l > s);
    }
}
