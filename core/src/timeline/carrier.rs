//! The shipment's carrier, resolved in one place: [`Shipment::resolve_carrier`] asks the
//! registry about a carrier text with the shipment's own countries and tracking number as
//! context. Ingest stores the answer (a registry slug, or the text as shown with its warning);
//! the setters, [`Shipment::ingest`] and [`Shipment::merge`] settle it again when that context
//! changes; and every later reader (the snapshot's carrier and display name, the lane windows
//! and health use) goes through [`Shipment::settled_carrier`], so they all read one answer
//! even when a caller changed a public field directly.

use std::borrow::Cow;

use super::Shipment;
use crate::event::Location;
use crate::registry::{self, CarrierWarning, Resolution};

/// What the registry said about the carrier text the caller gave, computed once when it was
/// settled: the text given, what the `carrier` field was set to (a registry slug, or the
/// text as shown for an unknown text or an undecided brand), its name and warning. A cache
/// of [`Shipment::resolve_carrier`]: it holds only while the field still reads what it was
/// set to and the countries and tracking number it was resolved with are unchanged (all are
/// public fields a caller may set afterwards). When the context changes, the text the caller
/// gave is resolved again, so "DHL" settled as `dhl_parcel_de` for a German lane becomes
/// "DHL" (undecided) again when the origin turns out to be the US.
///
/// A cache is a function of the shipment's other fields, so it never tells two shipments
/// apart: its `PartialEq` is always true (a shipment built by hand equals the same one built
/// by [`Shipment::from_input`]).
#[derive(Debug, Clone, Default)]
pub(crate) struct CarrierNote {
    /// The text given and the context it was resolved in.
    key: NoteKey,
    /// What the `carrier` field was set to.
    shown: String,
    /// Whether `shown` is a registry slug.
    slug: bool,
    /// Name to show people.
    name: String,
    /// Why the text is not a single carrier.
    warning: Option<CarrierWarning>,
}

impl PartialEq for CarrierNote {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

/// The inputs of a resolution: carrier text, origin and destination country, number.
#[derive(Debug, Clone, Default)]
struct NoteKey {
    text: String,
    origin: Option<String>,
    destination: Option<String>,
    tracking_number: Option<String>,
}

fn country(l: &Option<Location>) -> Option<&str> {
    l.as_ref()?.country.as_deref()
}

impl NoteKey {
    /// Whether `s` is still in the context this key was made in; compared borrowed, so a
    /// snapshot allocates nothing to check it.
    fn context_matches(&self, s: &Shipment) -> bool {
        self.origin.as_deref() == country(&s.origin)
            && self.destination.as_deref() == country(&s.destination)
            && self.tracking_number.as_deref() == s.tracking_number.as_deref()
    }

    fn of(text: &str, s: &Shipment) -> NoteKey {
        NoteKey {
            text: text.to_string(),
            origin: country(&s.origin).map(str::to_string),
            destination: country(&s.destination).map(str::to_string),
            tracking_number: s.tracking_number.clone(),
        }
    }
}

#[cfg(test)]
thread_local! {
    /// Calls of [`Shipment::resolve_carrier`] on this thread, for tests.
    static RESOLVED: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// The carrier as every stage reads it (see [`Shipment::settled_carrier`]).
enum Settled<'a> {
    /// No carrier text.
    None,
    /// A registry slug (what ingest stores for a resolved carrier).
    Slug(&'static crate::carrier::Carrier),
    /// Text that is no single carrier, with the note from its own context.
    Noted(&'a str, &'a CarrierNote),
    /// The caller's text resolved again: its context changed since it was settled, or it
    /// was set directly and never settled.
    Fresh(Resolution),
}

impl Shipment {
    /// The origin and destination countries given, in that order.
    fn countries(&self) -> Vec<&str> {
        [&self.origin, &self.destination]
            .into_iter()
            .filter_map(country)
            .collect()
    }

    /// What the registry says about `text` as this shipment's carrier: slug, name or alias
    /// in any case, and a brand decided by the shipment's countries and tracking number.
    pub(crate) fn resolve_carrier(&self, text: &str) -> Resolution {
        #[cfg(test)]
        RESOLVED.with(|n| n.set(n.get() + 1));
        let countries = self.countries();
        let ctx = registry::Context {
            countries: &countries,
            tracking_number: self.tracking_number.as_deref(),
        };
        registry::resolve(text, &ctx)
    }

    /// Resolves the carrier as given and stores the answer: the registry slug when one
    /// carrier is meant (later stages all see the slug, whatever the caller wrote), else the
    /// name to show with the reason kept in the note. Empty text leaves no carrier. Nothing is
    /// resolved for a registry slug given as such, nor for a text already settled in the
    /// present context (what every `ingest` after the first finds); a text settled in another
    /// context is resolved again from what the caller gave.
    pub(super) fn settle_carrier(&mut self) {
        let Some(text) = self.carrier.take() else {
            return;
        };
        let given = if !text.is_empty() && self.carrier_note.shown == text {
            if self.carrier_note.key.context_matches(self) {
                self.carrier = Some(text);
                return;
            }
            std::mem::take(&mut self.carrier_note.key.text)
        } else if crate::carrier::lookup(&text).is_some_and(|c| c.slug == text)
            // The generic S10 slug is resolved: the number may name its post.
            && (text != crate::carrier::S10 || self.tracking_number.is_none())
        {
            self.carrier = Some(text);
            return;
        } else {
            text
        };
        let r = self.resolve_carrier(&given);
        let shown = r.slug().map_or_else(|| r.name.clone(), str::to_string);
        self.carrier_note = CarrierNote {
            key: NoteKey::of(&given, self),
            shown: shown.clone(),
            slug: r.slug().is_some(),
            name: r.name,
            warning: r.warning,
        };
        self.carrier = (!shown.is_empty()).then_some(shown);
    }

    /// Sets the carrier text and settles it (as ingest does): a slug, name or alias in any
    /// case is stored as the registry slug.
    pub fn set_carrier(&mut self, carrier: Option<String>) {
        // New text from the caller: the note about the old one no longer applies.
        self.carrier_note = CarrierNote::default();
        self.carrier = carrier;
        self.settle_carrier();
    }

    /// Sets the tracking number; a carrier brand its number decides is settled again.
    pub fn set_tracking_number(&mut self, tracking_number: Option<String>) {
        self.tracking_number = tracking_number;
        self.settle_carrier();
    }

    /// Sets the origin; a carrier brand its country decides is settled again.
    pub fn set_origin(&mut self, origin: Option<Location>) {
        self.origin = origin;
        self.settle_carrier();
    }

    /// Sets the destination; a carrier brand its country decides is settled again.
    pub fn set_destination(&mut self, destination: Option<Location>) {
        self.destination = destination;
        self.settle_carrier();
    }

    /// The one answer about the carrier: the note from when it was settled while the field
    /// and the context are unchanged; the caller's text resolved again when the context
    /// changed (a public field set directly); otherwise a registry slug is a lookup and other
    /// text is resolved.
    fn settled(&self) -> Settled<'_> {
        let Some(text) = self.carrier.as_deref().filter(|t| !t.trim().is_empty()) else {
            return Settled::None;
        };
        let note = &self.carrier_note;
        let exact = || crate::carrier::lookup(text).filter(|c| c.slug == text);
        if note.shown == text {
            if !note.key.context_matches(self) {
                return Settled::Fresh(self.resolve_carrier(&note.key.text));
            }
            if !note.slug {
                return Settled::Noted(text, note);
            }
        }
        // A brand name must not read as one of its networks: only an exact slug is looked up.
        // The generic S10 slug not settled in this context is resolved (its number may name
        // the post).
        let settled_here = note.shown == text;
        match exact().filter(|c| {
            settled_here || c.slug != crate::carrier::S10 || self.tracking_number.is_none()
        }) {
            Some(c) => Settled::Slug(c),
            None => Settled::Fresh(self.resolve_carrier(text)),
        }
    }

    /// The carrier every stage reads (lane, windows, health, messages): the registry slug
    /// when one carrier is meant in the shipment's present context, else the text as shown.
    /// The same as the `carrier` field unless a caller changed the carrier, countries or
    /// number directly after ingest (the setters keep the field settled).
    pub fn settled_carrier(&self) -> Option<Cow<'_, str>> {
        match self.settled() {
            Settled::None => None,
            Settled::Slug(c) => Some(Cow::Borrowed(c.slug)),
            Settled::Noted(text, _) => Some(Cow::Borrowed(text)),
            Settled::Fresh(r) => Some(match r.slug() {
                Some(slug) => Cow::Borrowed(slug),
                None => Cow::Owned(r.name),
            }),
        }
    }

    /// The settled carrier (as [`Shipment::settled_carrier`]), its display name and warning.
    pub(crate) fn carrier_display(&self) -> (Option<String>, Option<String>, Vec<CarrierWarning>) {
        match self.settled() {
            Settled::None => (None, None, Vec::new()),
            Settled::Slug(c) => (
                Some(c.slug.to_string()),
                Some(c.name.to_string()),
                Vec::new(),
            ),
            Settled::Noted(text, note) => (
                Some(text.to_string()),
                Some(note.name.clone()),
                note.warning.iter().cloned().collect(),
            ),
            Settled::Fresh(r) => {
                // `name` is the registry name when one carrier is meant.
                let key = r.slug().map_or_else(|| r.name.clone(), str::to_string);
                (Some(key), Some(r.name), r.warning.into_iter().collect())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use chrono::{TimeZone, Utc};

    use crate::event::Location;
    use crate::normalize::Normalizer;
    use crate::timeline::{Shipment, ShipmentInput};

    fn ingest(json: &str) -> Shipment {
        let input: ShipmentInput = serde_json::from_str(json).unwrap();
        let now = Utc.with_ymd_and_hms(2024, 5, 1, 0, 0, 0).unwrap();
        Shipment::from_input(input, &Normalizer::new(), now)
            .unwrap()
            .0
    }

    fn germany() -> Option<Location> {
        serde_json::from_str(r#"{"country":"DE"}"#).unwrap()
    }

    #[test]
    fn an_s10_shipment_is_carried_by_the_post_its_number_names() {
        // What `identify` answers for an S10 number (`s10`, operator beside it) stored as
        // the shipment's carrier: the snapshot names the post, not "UPU S10 postal item".
        let s = ingest(r#"{"id":"S","carrier":"s10","tracking_number":"RR987654326CN"}"#);
        assert_eq!(s.carrier.as_deref(), Some("china_post"));
        let snap = s.snapshot();
        assert_eq!(snap.carrier_name.as_deref(), Some("China Post"));
        assert_eq!(s.lane().carrier.as_deref(), Some("china_post"));
        // The number set later decides as well; without one the generic entry stays.
        let mut s = ingest(r#"{"id":"S","carrier":"s10"}"#);
        assert_eq!(s.carrier.as_deref(), Some("s10"));
        s.set_tracking_number(Some("RB123456785GB".into()));
        assert_eq!(s.carrier.as_deref(), Some("royal_mail"));
        assert_eq!(s.snapshot().carrier_name.as_deref(), Some("Royal Mail"));
        // Set directly (no setter): every stage still reads the post.
        let mut s = ingest(r#"{"id":"S","carrier":"s10"}"#);
        s.tracking_number = Some("RR987654326CN".into());
        assert_eq!(s.settled_carrier().as_deref(), Some("china_post"));
    }

    #[test]
    fn countries_given_after_ingest_decide_display_and_lane_alike() {
        // "dhl" alone names a brand, not a network: kept as "DHL" with a warning.
        let mut s = ingest(r#"{"id":"D","carrier":"dhl"}"#);
        assert_eq!(s.carrier.as_deref(), Some("DHL"));
        // Changed directly: the snapshot, the lane and health's slug all read the network.
        s.origin = germany();
        s.destination = germany();
        let snap = s.snapshot();
        assert_eq!(snap.carrier.as_deref(), Some("dhl_parcel_de"));
        assert_eq!(snap.carrier_name.as_deref(), Some("DHL Paket (Germany)"));
        assert!(snap.warnings.is_empty());
        assert_eq!(s.lane().carrier.as_deref(), Some("dhl_parcel_de"));
        assert_eq!(s.settled_carrier().as_deref(), Some("dhl_parcel_de"));

        // Through the setters the field itself is settled to the slug.
        let mut s = ingest(r#"{"id":"D","carrier":"dhl"}"#);
        s.set_origin(germany());
        s.set_destination(germany());
        assert_eq!(s.carrier.as_deref(), Some("dhl_parcel_de"));
        assert_eq!(s.lane().carrier.as_deref(), Some("dhl_parcel_de"));

        // A merged record that brings the countries settles it as well.
        let mut s = ingest(r#"{"id":"D","carrier":"dhl"}"#);
        let other =
            ingest(r#"{"id":"D","origin":{"country":"DE"},"destination":{"country":"DE"}}"#);
        s.merge(other);
        assert_eq!(s.carrier.as_deref(), Some("dhl_parcel_de"));
    }

    fn resolved() -> usize {
        super::RESOLVED.with(std::cell::Cell::get)
    }

    fn us() -> Option<Location> {
        serde_json::from_str(r#"{"country":"US"}"#).unwrap()
    }

    #[test]
    fn a_settled_carrier_is_not_resolved_again_by_each_ingest() {
        let now = Utc.with_ymd_and_hms(2024, 5, 1, 0, 0, 0).unwrap();
        let n = Normalizer::new();
        // A slug given as such, an alias settled to a slug, a brand kept undecided.
        for (json, field) in [
            (r#"{"id":"A","carrier":"ups"}"#, "ups"),
            (r#"{"id":"B","carrier":"USPS"}"#, "usps"),
            (r#"{"id":"C","carrier":"dhl"}"#, "DHL"),
        ] {
            let mut s = ingest(json);
            let before = resolved();
            for _ in 0..3 {
                s.ingest(Vec::new(), &n, now);
            }
            assert_eq!(resolved(), before, "{json}: resolved again on ingest");
            assert_eq!(s.carrier.as_deref(), Some(field));
        }
    }

    #[test]
    fn a_brand_settled_for_one_lane_is_decided_again_for_another() {
        // "DHL" on a German domestic lane is DHL Paket; the same shipment turning out to
        // start in the US is no longer that network: the text given decides again.
        let mut s = ingest(r#"{"id":"D","carrier":"DHL"}"#);
        s.set_origin(germany());
        s.set_destination(germany());
        assert_eq!(s.carrier.as_deref(), Some("dhl_parcel_de"));
        s.set_origin(us());
        // What the same text decides for a US -> DE shipment from the start (an import
        // from the US is DHL Express, not the German parcel network).
        let fresh = ingest(
            r#"{"id":"D","carrier":"DHL","origin":{"country":"US"},"destination":{"country":"DE"}}"#,
        );
        assert_ne!(fresh.carrier.as_deref(), Some("dhl_parcel_de"));
        assert_eq!(s.carrier, fresh.carrier);
        assert_eq!(s.snapshot().carrier, fresh.snapshot().carrier);
        // Back to Germany: the network again.
        s.set_origin(germany());
        assert_eq!(s.carrier.as_deref(), Some("dhl_parcel_de"));
        // Changed directly, every reader re-decides the same way.
        s.origin = us();
        assert_eq!(s.settled_carrier(), fresh.settled_carrier());
        assert_eq!(s.lane().carrier, fresh.lane().carrier);
        // A slug the caller sets is the caller's: a later context change keeps it.
        s.set_carrier(Some("dhl_parcel_de".into()));
        s.set_origin(us());
        assert_eq!(s.carrier.as_deref(), Some("dhl_parcel_de"));
    }

    #[test]
    fn set_carrier_stores_the_slug_for_any_case() {
        let mut s = Shipment::new("A");
        s.set_carrier(Some("USPS".into()));
        assert_eq!(s.carrier.as_deref(), Some("usps"));
        s.set_carrier(Some(String::new()));
        assert_eq!(s.carrier, None);
    }

    #[test]
    fn the_cache_does_not_take_part_in_equality() {
        let ingested = ingest(r#"{"id":"D","carrier":"dhl"}"#);
        let by_hand = Shipment {
            carrier: Some("DHL".into()),
            ..Shipment::new("D")
        };
        assert_eq!(ingested, by_hand);
        // Fields still count.
        let other = Shipment {
            carrier: Some("Hermes".into()),
            ..Shipment::new("D")
        };
        assert_ne!(ingested, other);
    }
}
