//! The shipment's carrier, resolved in one place: [`Shipment::resolve_carrier`] asks the
//! registry about a carrier text with the shipment's own countries and tracking number as
//! context. Ingest stores the answer (a registry slug, or the text as shown with its warning),
//! and the snapshot reads the display name and warning back from it.

use super::Shipment;
use crate::registry::{self, CarrierWarning, Resolution};

/// What the registry said about a carrier text that names no single registry entry (an
/// unknown text, an undecided brand), computed once at ingest. A cache of
/// [`Shipment::resolve_carrier`]: it holds only while the carrier text, the countries and the
/// tracking number it was resolved with are unchanged (all are public fields a caller may
/// set afterwards), and is recomputed otherwise.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct CarrierNote {
    /// The context it was resolved in.
    key: NoteKey,
    /// Name to show people.
    name: String,
    /// Why the text is not a single carrier.
    warning: Option<CarrierWarning>,
}

/// The inputs of a resolution: carrier text, countries (origin, destination), number.
#[derive(Debug, Clone, Default, PartialEq)]
struct NoteKey {
    text: String,
    countries: Vec<String>,
    tracking_number: Option<String>,
}

impl Shipment {
    /// The origin and destination countries given, in that order.
    fn countries(&self) -> Vec<&str> {
        [&self.origin, &self.destination]
            .into_iter()
            .filter_map(|l| l.as_ref()?.country.as_deref())
            .collect()
    }

    fn note_key(&self, text: &str) -> NoteKey {
        NoteKey {
            text: text.to_string(),
            countries: self.countries().into_iter().map(str::to_string).collect(),
            tracking_number: self.tracking_number.clone(),
        }
    }

    /// What the registry says about `text` as this shipment's carrier: slug, name or alias
    /// in any case, and a brand decided by the shipment's countries and tracking number.
    pub(crate) fn resolve_carrier(&self, text: &str) -> Resolution {
        let countries = self.countries();
        let ctx = registry::Context {
            countries: &countries,
            tracking_number: self.tracking_number.as_deref(),
        };
        registry::resolve(text, &ctx)
    }

    /// Resolves the carrier as given and stores the answer: the registry slug when one
    /// carrier is meant (later stages all see the slug, whatever the caller wrote), else the
    /// name to show with the reason kept in the note. Empty text leaves no carrier.
    pub(super) fn settle_carrier(&mut self) {
        let Some(text) = self.carrier.take() else {
            return;
        };
        let r = self.resolve_carrier(&text);
        let name = match r.slug() {
            Some(slug) => slug.to_string(),
            None => {
                self.carrier_note = CarrierNote {
                    key: self.note_key(&r.name),
                    name: r.name.clone(),
                    warning: r.warning,
                };
                r.name
            }
        };
        self.carrier = (!name.is_empty()).then_some(name);
    }

    /// The carrier's display name and its warning. A slug (what ingest stores for a resolved
    /// carrier) is a lookup; other text reuses the note from ingest while its context is
    /// unchanged, and is resolved again otherwise.
    pub(crate) fn carrier_display(&self) -> (Option<String>, Vec<CarrierWarning>) {
        let Some(text) = self.carrier.as_deref().filter(|t| !t.trim().is_empty()) else {
            return (None, Vec::new());
        };
        // A brand name must not read as one of its networks: only an exact slug is looked up.
        if let Some(c) = crate::carrier::lookup(text).filter(|c| c.slug == text) {
            return (Some(c.name.to_string()), Vec::new());
        }
        let note = &self.carrier_note;
        if note.key == self.note_key(text) {
            return (
                Some(note.name.clone()),
                note.warning.iter().cloned().collect(),
            );
        }
        let r = self.resolve_carrier(text);
        (Some(r.name), r.warning.into_iter().collect())
    }
}
