//! The ordered text rules, with each language's words in a file of its own.
//!
//! A rule (below, in order: the first that holds wins) names a concept, the canonical status it
//! gives, groups of slots that must all match and slots that must not. A slot is a named list
//! of words (`"delivered"`, `"neg"`, `"cancelled.not"`); each language file (`de.rs`, `nl.rs`,
//! ..., English in parts by concept under `en/`) gives its own words for the slots it knows, so
//! a language is added by adding a file and listing it in [`LANGUAGES`], and a language's
//! wording is read and reviewed in one place.
//! A group written `"neg+future"` is the union of its slots.
//!
//! Shared slots, used by several rules: `delivered` (past, positive delivery words, guarded by
//! `neg` and `future`), `neg` (negations: ne ... pas, nicht, niet, 未 ...), `future` (planned,
//! expected or conditional wording: not yet delivered), `conditional` (what the carrier will
//! do if a delivery fails: no event), `delivery-to` ("delivery to ..." as a
//! noun: with a pickup place the parcel now waits there), `locker`, `post-office`,
//! `pickup-point` (places a recipient collects from), `facility`, `customs`, `available`
//! (ready for pickup). Other slots belong to the rule of the same name (`<concept>`,
//! `<concept>.2` for its second group, `<concept>.not` for the words it refuses).
//!
//! Words are written folded, as the text is matched: lower case, no accents, `ß` -> `ss`,
//! CamelCase split (`zuruck`, `livre`). Alternatives are separated by `|`; `_` is a word edge.
//! Order matters: negations, returns, failures and "delivered to a pickup point" come before
//! plain "delivered", and specific before generic. The words follow the carriers' published
//! wording and the labelling rules of docs/statuses.md.

use super::Spec;

mod ar;
mod bg;
mod cs;
mod da;
mod de;
mod el;
mod en;
mod es;
mod et;
mod fi;
mod fr;
mod he;
mod hr;
mod hu;
mod id;
mod it;
mod ja;
mod ko;
mod lt;
mod lv;
mod nl;
mod no;
mod pl;
mod pt;
mod ro;
mod ru;
mod sk;
mod sl;
mod sv;
mod th;
mod tr;
mod uk;
mod vi;
mod zh;

/// One language's words: `(slot, alternatives)` pairs.
pub(crate) type Words = &'static [(&'static str, &'static str)];

/// Every language with its words; the tag is the one rule names carry (`text:de:delivered`).
/// English comes in parts by concept (`en/`), listed one after the other.
pub(crate) static LANGUAGES: &[(&str, Words)] = &[
    ("en", en::shared::WORDS),
    ("en", en::shipper::WORDS),
    ("en", en::returns_trouble::WORDS),
    ("en", en::failures::WORDS),
    ("en", en::delivery::WORDS),
    ("en", en::movement::WORDS),
    ("de", de::WORDS),
    ("nl", nl::WORDS),
    ("fr", fr::WORDS),
    ("es", es::WORDS),
    ("it", it::WORDS),
    ("pt", pt::WORDS),
    ("pl", pl::WORDS),
    ("sv", sv::WORDS),
    ("da", da::WORDS),
    ("no", no::WORDS),
    ("fi", fi::WORDS),
    ("cs", cs::WORDS),
    ("tr", tr::WORDS),
    ("zh", zh::WORDS),
    ("ja", ja::WORDS),
    ("ko", ko::WORDS),
    ("th", th::WORDS),
    ("vi", vi::WORDS),
    ("id", id::WORDS),
    ("ru", ru::WORDS),
    ("uk", uk::WORDS),
    ("bg", bg::WORDS),
    ("el", el::WORDS),
    ("ro", ro::WORDS),
    ("hu", hu::WORDS),
    ("sk", sk::WORDS),
    ("hr", hr::WORDS),
    ("sl", sl::WORDS),
    ("lt", lt::WORDS),
    ("lv", lv::WORDS),
    ("et", et::WORDS),
    ("ar", ar::WORDS),
    ("he", he::WORDS),
];

/// How often all rules were right (3,927 of 4,334 texts), the value each status in `CONFIDENCE`
/// is shrunk towards, and the confidence of a status no rule gave when it was measured.
pub(crate) const ALL_RULES_CONFIDENCE: f32 = 0.91;

/// Confidence of a rule's reading, by the status the rule gives: how often the rules giving
/// that status were right on every labelled text they read (built-in table rows and the
/// development file, text only, no carrier), shrunk towards the accuracy of all rules (91%)
/// by a prior worth 20 texts and kept at most 0.95 (a rule never claims more than a code
/// table). Measured by `tools/text-rules/calibrate.py` on 7 December 2026 (round 8 rules);
/// re-run it after changing rules. The status a rule gives decides how often it is right (a
/// failed attempt is often a reason code or an option; a delivery word past the guards was
/// always right). Judged out of fold (each carrier fold's confidences fitted on the other
/// folds) with `CONCEPT_CONFIDENCE` below, readings shown at 0.9-1.0 were right 92% of the
/// time, at 0.8-0.9 89%, at 0.7-0.8 85%, at 0.6-0.7 64%; on the sealed carriers 100% at
/// 0.9-1.0 and 93% at 0.8-0.9 (docs/normalization.md).
pub(crate) static CONFIDENCE: &[(&str, f32)] = &[
    ("attempt_fail", 0.81), // 293/364 right; per fold: 0.90 0.72 0.86 0.84 0.81
    ("available_for_pickup", 0.89), // 168/190 right; per fold: 1.00 0.75 0.96 0.96 0.85
    ("cancelled", 0.89),    // 44/50 right; per fold: 1.00 0.80 0.82 0.93 1.00
    ("delivered", 0.95),    // 301/301 right; per fold: 1.00 1.00 1.00 1.00 1.00
    ("exception", 0.91),    // 1085/1187 right; per fold: 0.95 0.90 0.92 0.96 0.92
    ("in_transit", 0.89),   // 1347/1508 right; per fold: 0.94 0.87 0.88 0.90 0.91
    ("info_received", 0.93), // 181/195 right; per fold: 1.00 0.90 0.88 0.95 0.94
    ("out_for_delivery", 0.94), // 114/120 right; per fold: 1.00 0.89 1.00 0.96 1.00
    ("pending", 0.91),      // 2/2 right; per fold:   -  1.00   -    -  1.00
    ("return_to_sender", 0.94), // 325/344 right; per fold: 1.00 0.92 0.98 0.90 0.98
    ("unknown", 0.92),      // 67/73 right; per fold: 0.89 0.84 1.00 1.00 0.89
];

/// Confidence of the rules whose own accuracy differs from their status's figure in
/// `CONFIDENCE` by at least 0.05 over at least 20 texts, shrunk towards that figure by a prior
/// worth 20 texts (`tools/text-rules/calibrate.py`, same texts and date). A negated delivery
/// is a reason code or an option as often as a failed attempt; a customs release or a
/// destination-country arrival almost never misleads. Out of fold this lowers the Brier
/// score of the rules' confidence (docs/normalization.md).
pub(crate) static CONCEPT_CONFIDENCE: &[(&str, f32)] = &[
    ("arrived", 0.94),                     // 156/164 right, in_transit 0.89
    ("arrived-destination-country", 0.95), // 21/21 right, in_transit 0.89
    ("carrier-delay", 0.85),               // 54/65 right, exception 0.91
    ("customs-cleared", 0.95),             // 62/63 right, in_transit 0.89
    ("held", 0.84),                        // 34/42 right, exception 0.91
    ("in-transit", 0.84),                  // 147/177 right, in_transit 0.89
    ("not-delivered", 0.64),               // 17/32 right, attempt_fail 0.81
    ("recipient-moved", 0.84),             // 17/22 right, exception 0.91
    ("unclaimed", 0.83),                   // 24/31 right, exception 0.91
    ("undeliverable", 0.86),               // 29/35 right, exception 0.91
];

macro_rules! strong {
    ($concept:literal => $to:literal, [$($g:expr),+ $(,)?] $(, not $none:expr)?) => {
        Spec { concept: $concept, to: $to, all: &[$($g),+], none: strong!(@none $($none)?), strong: true }
    };
    (@none) => { "" };
    (@none $none:expr) => { $none };
}

macro_rules! weak {
    ($concept:literal => $to:literal, [$($g:expr),+ $(,)?] $(, not $none:expr)?) => {
        Spec { concept: $concept, to: $to, all: &[$($g),+], none: strong!(@none $($none)?), strong: false }
    };
}

/// The ordered rules. The first one that holds decides.
pub(crate) static RULES: &[Spec] = &[
    // --- Events that carry no state, or correct an earlier one (docs/statuses.md, labelling rule 6) ---
    strong!("internal-event" => "unknown.informational", ["internal-event"], not "internal-event.not"),
    weak!("delivery-evidence" => "unknown.informational", ["delivery-evidence"], not "delivered"),
    strong!("correction" => "unknown.informational", ["correction", "correction.2"]),
    strong!("return-cancelled" => "unknown.informational", ["return-cancelled", "return-cancelled.2"], not "return-cancelled.not"),
    // A claim paid or voided, an investigation closed: news for the shipper, not a step of
    // the parcel (before "cancelled": "the claim was canceled" cancels no shipment).
    strong!("claim" => "unknown.informational", ["claim"]),
    strong!("investigation-closed" => "unknown.informational", ["investigation", "investigation-closed.2"]),
    strong!("choice-cancelled" => "unknown.informational", ["choice-cancelled", "cancelled"]),
    // --- The carrier has no record of the number (yet): docs/statuses.md, pending.not_found ---
    // Weak and guarded: "no record" wording also appears beside a delivery ("Delivered. No
    // record of signature"), and a table's code must win over it.
    weak!("not-found" => "pending.not_found", ["not-found"], not "delivered"),
    // --- Cancellation ---
    strong!("cancelled" => "cancelled", ["cancelled"], not "cancelled.not"),
    // --- Shipper side: data, handover, collection from the shipper ---
    strong!("label-created" => "info_received.label_created", ["label-created"], not "label-created.not"),
    strong!("awaiting-handover" => "info_received.awaiting_handover", ["awaiting-handover"], not "awaiting-handover.not"),
    strong!("pre-transit" => "info_received", ["pre-transit"]),
    strong!("pickup-failed" => "info_received.pickup_failed", ["pickup-failed"]),
    strong!("pickup-scheduled" => "info_received.pickup_scheduled", ["pickup-scheduled"], not "pickup-scheduled.not"),
    // --- Returns: completed, then under way (docs/statuses.md, labelling rule 8) ---
    strong!("return-picked-up" => "in_transit.picked_up", ["return-picked-up", "return-picked-up.2"], not "neg"),
    strong!("return-delivered" => "return_to_sender.returned", ["return-delivered"]),
    strong!("return-under-way" => "return_to_sender.in_progress", ["return-under-way"], not "return-under-way.not"),
    strong!("returned" => "return_to_sender", ["returned"], not "returned.not"),
    weak!("delivered-document" => "unknown.informational", ["delivered-document", "delivered"]),
    // --- Terminal trouble ---
    strong!("disposed" => "exception.disposed", ["disposed"]),
    strong!("seized" => "exception.seized", ["seized"]),
    strong!("lost" => "exception.lost", ["lost"]),
    strong!("delivered-damaged" => "delivered.damaged", ["delivered-damaged", "delivered"], not "neg+future"),
    strong!("damaged" => "exception.damaged", ["damaged"]),
    strong!("stopped" => "exception.stopped", ["stopped"], not "stopped.not"),
    strong!("investigation" => "exception.investigation", ["investigation"]),
    strong!("prohibited" => "exception.prohibited", ["prohibited"], not "prohibited.not"),
    // --- Customs: documents or release first, duties, cleared, normal processing ---
    strong!("customs-payment" => "exception.payment_required", ["customs-payment", "customs-payment.2"], not "customs-payment.not"),
    strong!("customs-hold" => "exception.customs_hold", ["customs", "customs-hold.2"], not "customs-hold.not"),
    strong!("customs-hold-other" => "exception.customs_hold", ["customs-hold-other"]),
    strong!("customs-cleared" => "in_transit.customs_cleared", ["customs", "customs-cleared.2"], not "neg"),
    weak!("cleared" => "in_transit.customs_cleared", ["cleared"], not "neg"),
    strong!("customs" => "in_transit.customs", ["customs"]),
    // --- Failed deliveries with a reason, then generic attempts (docs/statuses.md, labelling rule 3) ---
    strong!("forwarded-new-address" => "in_transit.forwarded", ["forwarded-new-address"]),
    strong!("refused" => "exception.refused", ["refused"]),
    strong!("recipient-moved" => "exception.recipient_moved", ["recipient-moved"], not "recipient-moved.not"),
    // Not delivered because the recipient asked for another day or place: their choice, not a
    // failure. A delivery made at their request ("delivered to the neighbour at the recipient's
    // request") is a delivery: without a negation, delivered wording lets the later rules decide.
    strong!("recipient-request" => "in_transit.delivery_arranged", ["recipient-request", "neg"]),
    strong!("recipient-request" => "in_transit.delivery_arranged", ["recipient-request"], not "delivered"),
    weak!("address-corrected" => "in_transit", ["address-corrected", "address-corrected.2"], not "neg"),
    strong!("address-issue" => "exception.address_issue", ["address-issue", "address-issue.2"]),
    strong!("address-issue-other" => "exception.address_issue", ["address-issue-other"]),
    strong!("carrier-delay" => "exception.delayed", ["carrier-delay"], not "carrier-delay.not"),
    strong!("weather" => "exception.weather", ["weather"]),
    strong!("exceptional-event" => "exception", ["exceptional-event"]),
    strong!("no-attempt" => "exception.delayed", ["no-attempt"], not "no-attempt.not"),
    strong!("delay-caused" => "exception.delayed", ["delay-caused"], not "delivered+delay-caused.not"),
    strong!("not-arrived" => "exception.delayed", ["not-arrived"], not "not-arrived.not"),
    strong!("business-closed" => "attempt_fail.business_closed", ["business-closed"], not "business-closed.not"),
    strong!("recipient-unavailable" => "attempt_fail.recipient_unavailable", ["recipient-unavailable"], not "conditional"),
    strong!("recipient-unavailable" => "attempt_fail.recipient_unavailable", ["recipient-unavailable.2", "recipient-unavailable.3"], not "conditional"),
    strong!("no-access" => "attempt_fail.no_access", ["no-access"]),
    strong!("no-safe-place" => "attempt_fail.no_safe_place", ["no-safe-place"]),
    strong!("id-check" => "attempt_fail.id_check_failed", ["id-check"], not "id-check.not"),
    strong!("payment-at-door" => "attempt_fail.payment_required", ["payment-at-door", "neg+payment-at-door.2"]),
    strong!("payment-required" => "exception.payment_required", ["payment-required"], not "payment-required.not"),
    strong!("undeliverable" => "exception.undeliverable", ["undeliverable"]),
    strong!("does-not-fit" => "attempt_fail", ["does-not-fit"]),
    strong!("delivery-exception" => "attempt_fail", ["delivery-exception"]),
    strong!("back-at-depot" => "attempt_fail", ["back-at-depot"], not "back-at-depot.not"),
    strong!("attempt" => "attempt_fail", ["attempt"], not "attempt.not"),
    strong!("not-yet-delivered" => "in_transit", ["not-yet-delivered", "delivered+not-delivered-phrase"]),
    strong!("not-delivered" => "attempt_fail", ["neg", "delivered"], not "conditional"),
    strong!("not-delivered-phrase" => "attempt_fail", ["not-delivered-phrase"]),
    // The delivery noun with a negation ("Zustellung nicht möglich", "entrega não efetuada").
    strong!("delivery-not-made" => "attempt_fail", ["delivery-noun", "neg"]),
    // --- Unclaimed at a pickup point (without return wording, rule 6) ---
    strong!("unclaimed" => "exception.unclaimed", ["unclaimed"]),
    strong!("unclaimed" => "exception.unclaimed", ["unclaimed.2", "unclaimed.3+pickup-point+post-office+locker"]),
    // --- Delays and holds ---
    strong!("missorted" => "exception.missorted", ["missorted"]),
    strong!("sorry-updated" => "exception.delayed", ["sorry-updated"]),
    // Handed over to a pickup point or locker is waiting there (rule 2), read below.
    strong!("handed-to-partner" => "in_transit.handed_to_partner", ["handed-to-partner"], not "handed-to-partner.not+pickup-point+locker"),
    // Held by the carrier until someone gives instructions is a hold, not the recipient's choice.
    strong!("delivery-choice" => "in_transit.delivery_arranged", ["delivery-choice"], not "delivered+delivery-choice.not"),
    // --- Collected by the recipient; delivered to a pickup point (rule 2); sender drop-off (rule 3) ---
    strong!("sender-drop-off" => "in_transit.picked_up", ["sender-drop-off"], not "sender-drop-off.not"),
    strong!("collected-by-recipient" => "delivered.picked_up_by_recipient", ["collected-by-recipient", "collected-by-recipient.2"], not "neg+future+collected-by-recipient.not"),
    strong!("collected-by-recipient-phrase" => "delivered.picked_up_by_recipient", ["collected-by-recipient-phrase"], not "neg+future+collected-by-recipient-phrase.not"),
    strong!("collected-from-post-office-or-locker" => "delivered.picked_up_by_recipient", ["collected-from-post-office-or-locker", "post-office+locker"], not "neg+future+collected-from-post-office-or-locker.not"),
    // Handed out at a pickup place ("im PaketShop an den Empfänger ausgehändigt"): the
    // recipient collected it, before "delivered ... PaketShop" reads as waiting there.
    strong!("collected-at-pickup-place" => "delivered.picked_up_by_recipient", ["collected-at-pickup-place", "pickup-point+post-office+locker"], not "neg+future+collected-at-pickup-place.not"),
    // On the way to a pickup place ("wird zur Abholung in die Filiale gebracht"): not there
    // yet, so before the rules that read a pickup place as "waiting there".
    strong!("out-for-delivery-to-pickup-point" => "out_for_delivery.to_pickup_point", ["out-for-delivery-to-pickup-point", "pickup-point+post-office+locker"], not "neg+out-for-delivery-to-pickup-point.not"),
    strong!("delivered-personal-locker" => "delivered.locker", ["delivered-personal-locker", "delivered"], not "neg+future"),
    strong!("delivered-to-locker" => "available_for_pickup.locker", ["delivered+delivery-to", "locker"], not "neg+future+delivered-to-locker.not"),
    strong!("delivered-to-post-office" => "available_for_pickup.post_office", ["delivered+delivery-to", "post-office"], not "neg+future+delivered-to-post-office.not"),
    strong!("delivered-to-pickup-point" => "available_for_pickup.pickup_point", ["delivered+delivery-to", "pickup-point"], not "neg+future+delivered-to-pickup-point.not"),
    strong!("delivered-to-carrier-facility" => "available_for_pickup.carrier_facility", ["delivered", "delivered-to-carrier-facility.2"], not "neg+future+delivered-to-carrier-facility.not"),
    strong!("at-locker" => "available_for_pickup.locker", ["available", "locker"], not "neg"),
    strong!("at-post-office" => "available_for_pickup.post_office", ["available", "post-office"], not "neg"),
    strong!("at-pickup-point" => "available_for_pickup.pickup_point", ["available", "pickup-point"], not "neg"),
    strong!("at-carrier-facility" => "available_for_pickup.carrier_facility", ["available", "facility"], not "neg"),
    strong!("pickup-reminder" => "available_for_pickup.reminder", ["pickup-reminder", "pickup-reminder.2"]),
    strong!("notified-for-pickup" => "available_for_pickup", ["notification", "notified-for-pickup.2"], not "neg+future+notified-for-pickup.not"),
    strong!("held-for-pickup" => "available_for_pickup.carrier_facility", ["held-for-pickup"], not "held-for-pickup.not"),
    strong!("available-for-pickup" => "available_for_pickup", ["available"], not "available-for-pickup.not"),
    // --- Delivered, with where and how (guarded by negation and future wording) ---
    strong!("delivered-neighbor" => "delivered.neighbor", ["delivered-neighbor"], not "neg+future+delivered-neighbor.not"),
    strong!("delivered-mailbox" => "delivered.mailbox", ["delivered-mailbox"], not "neg+future+delivered-mailbox.not"),
    strong!("delivered-safe-place" => "delivered.safe_place", ["delivered-safe-place"], not "neg+future"),
    strong!("delivered-front-door" => "delivered.front_door", ["delivered-front-door"], not "neg+future"),
    strong!("delivered-agent" => "delivered.agent", ["delivered", "delivered-agent.2"], not "neg+future"),
    strong!("delivered-signed" => "delivered.signed", ["delivered-signed"], not "neg+future+delivered-signed.not"),
    strong!("delivered-partial" => "delivered.partial", ["delivered", "delivered-partial.2"], not "neg+future"),
    strong!("delivered" => "delivered", ["delivered"], not "neg+future+delivered.not"),
    // --- Arranged, rescheduled, forwarded ---
    strong!("hold-requested" => "in_transit.delivery_arranged", ["hold-requested", "hold-requested.2"], not "hold-requested.not"),
    strong!("delivery-arranged" => "in_transit.delivery_arranged", ["delivery-arranged"]),
    strong!("rescheduled" => "in_transit.rescheduled", ["rescheduled"]),
    strong!("forwarded" => "in_transit.forwarded", ["forwarded"]),
    // --- On the move ---
    strong!("picked-up-received-by" => "in_transit.picked_up", ["picked-up-received-by"], not "picked-up-received-by.not"),
    strong!("arrived-destination-country" => "in_transit.arrived_in_destination_country", ["arrived-destination-country", "arrived-destination-country.2"]),
    weak!("arrived-in-place" => "in_transit.arrived_in_destination_country", ["arrived-in-place"], not "arrived-in-place.not"),
    strong!("at-local-facility-words" => "in_transit.at_local_facility", ["at-local-facility-words", "at-local-facility-words.2"], not "neg"),
    strong!("at-local-facility" => "in_transit.at_local_facility", ["at-local-facility"], not "at-local-facility.not"),
    strong!("arriving-soon" => "out_for_delivery.arriving_soon", ["arriving-soon"]),
    strong!("out-for-delivery" => "out_for_delivery", ["out-for-delivery"], not "out-for-delivery.not"),
    strong!("departed" => "in_transit.departed_facility", ["departed"], not "departed.not"),
    strong!("picked-up" => "in_transit.picked_up", ["picked-up"], not "picked-up.not"),
    strong!("arrived" => "in_transit.arrived_at_facility", ["arrived"], not "arrived.not"),
    strong!("processed" => "in_transit.processed", ["processed"], not "neg"),
    weak!("problem-resolved" => "in_transit", ["problem-resolved"]),
    weak!("held" => "exception.held_by_carrier", ["held"]),
    weak!("delayed" => "exception.delayed", ["delayed"]),
    weak!("exception" => "exception", ["exception"], not "exception.not"),
    weak!("delivery-planned" => "in_transit", ["delivered+delivery-planned", "future"], not "neg"),
    weak!("in-transit" => "in_transit", ["in-transit"]),
    weak!("notification" => "unknown.informational", ["notification"]),
];
