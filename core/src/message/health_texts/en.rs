//! Health texts in English (`en`): one row per key, in the same order in every
//! language (a test checks). Written for this project.

pub(super) static TEXTS: &[(&str, &str)] = &[
    // ---- explanations: what the health verdict rests on
    ("health.delivered", "Delivered."),
    (
        "health.delivered_damaged",
        "Delivered, but the carrier reported damage.",
    ),
    (
        "health.delivered_partial",
        "Only part of the shipment was delivered.",
    ),
    ("health.cancelled", "The shipment was cancelled."),
    (
        "health.returned_to_sender",
        "The parcel is back with the sender.",
    ),
    ("health.lost", "{carrier} reported the parcel lost."),
    (
        "health.disposed_or_seized",
        "The parcel was destroyed or seized and will not arrive.",
    ),
    (
        "health.address_issue",
        "The carrier cannot deliver to the address as given.",
    ),
    (
        "health.payment_required",
        "Duties, taxes or fees must be paid before the parcel is released.",
    ),
    (
        "health.id_check",
        "Delivery needs an identity or age check that failed.",
    ),
    (
        "health.pickup_waiting",
        "Ready for collection for {days}; it is held {limit_days}.",
    ),
    (
        "health.pickup_deadline_passed",
        "Waiting for collection for {days}, beyond the usual holding period of {limit_days}; it will be returned soon.",
    ),
    (
        "health.pickup_failed",
        "{carrier} could not collect the parcel from the sender.",
    ),
    (
        "health.awaiting_handover",
        "The label is ready; the parcel has not been handed to the carrier yet.",
    ),
    (
        "health.label_not_handed_over",
        "A label was created {dwell} ago but {carrier} has not received the parcel; {percent} of {samples} past parcels are handed over within {limit}.",
    ),
    (
        "health.label_not_handed_over.prior",
        "A label was created {dwell} ago but {carrier} has not received the parcel; parcels are normally handed over within {limit}.",
    ),
    (
        "health.customs_hold",
        "Held by customs, waiting for documents or release.",
    ),
    (
        "health.carrier_exception",
        "{carrier} reported a problem it will not solve on its own ({problem}).",
    ),
    ("health.carrier_delay", "{carrier} reported a delay."),
    (
        "health.returning_to_sender",
        "The parcel is on its way back to the sender.",
    ),
    (
        "health.attempt_failed",
        "{carrier} could not deliver and will usually try again.",
    ),
    (
        "health.tracking_ended",
        "{carrier} said tracking ends here; the last leg is usually not scanned, so silence is expected.",
    ),
    (
        "health.tracking_ended.late",
        "{carrier} said tracking ends here; the last leg is usually not scanned, so silence is expected, but the delivery window has passed.",
    ),
    (
        "health.expired_stalled",
        "No tracking update for {days}; tracking has expired.",
    ),
    (
        "health.expired_no_info",
        "Nothing from the carrier {days} after the order; tracking has expired.",
    ),
    (
        "health.past_window",
        "The expected delivery date has passed and the parcel is still on its way.",
    ),
    (
        "health.moving",
        "Last update {dwell} ago, within the usual {limit} for this step.",
    ),
    (
        "health.awaiting_carrier_info",
        "No information from the carrier yet.",
    ),
    (
        "health.awaiting_carrier_info.early",
        "No information from the carrier yet; that is normal in the first days.",
    ),
    (
        "health.no_carrier_info",
        "Ordered {dwell} ago and the carrier still has no information.",
    ),
    (
        "health.not_shipped",
        "Ordered {dwell} ago and not shipped yet.",
    ),
    // ---- stall sentences: a head ({gap}) and the threshold it passed
    ("health.gap.scan", "No scan for {dwell}"),
    (
        "health.gap.delivery",
        "Not delivered {dwell} after hand-off",
    ),
    (
        "health.stall.cap_days",
        "{gap}, past the hard limit of {limit_days}.",
    ),
    (
        "health.stall.cap.scan",
        "{gap}; {percent} of all {samples} past parcels, whatever the carrier or lane, get their next scan within {limit}.",
    ),
    (
        "health.stall.cap.delivery",
        "{gap}; {percent} of all {samples} past parcels, whatever the carrier or lane, are delivered within {limit}.",
    ),
    (
        "health.stall.window",
        "{gap}, past the end of its {percent} delivery window ({limit} after hand-off).",
    ),
    (
        "health.stall.promise",
        "{gap}; {percent} of parcels with {carrier} arrive within {ratio} of the transit time the shop promised, {limit} for this order ({samples} past shipments).",
    ),
    (
        "health.stall.hazard",
        "{gap}; {percent} of past parcels with {carrier} still undelivered {limit_days} after hand-off never arrived ({samples} past shipments).",
    ),
    (
        "health.stall.hazard.destination",
        "{gap}; {percent} of past parcels with {carrier} to this destination still undelivered {limit_days} after hand-off never arrived ({samples} past shipments).",
    ),
    (
        "health.stall.hazard.lane",
        "{gap}; {percent} of past parcels with {carrier} on this lane still undelivered {limit_days} after hand-off never arrived ({samples} past shipments).",
    ),
    (
        "health.stall.hazard.seller",
        "{gap}; {percent} of past parcels from this sender with {carrier} on this lane still undelivered {limit_days} after hand-off never arrived ({samples} past shipments).",
    ),
    (
        "health.stall.lane.scan",
        "{gap}; {percent} of parcels with {carrier} on this lane get their next scan within {limit} ({samples} past shipments).",
    ),
    (
        "health.stall.lane.delivery",
        "{gap}; {percent} of parcels with {carrier} on this lane are delivered within {limit} ({samples} past shipments).",
    ),
    (
        "health.stall.learned.scan",
        "{gap}; {percent} of parcels with {carrier} get their next scan within {limit} ({samples} past shipments).",
    ),
    (
        "health.stall.learned.delivery",
        "{gap}; {percent} of parcels with {carrier} are delivered within {limit} ({samples} past shipments).",
    ),
    (
        "health.stall.prior.scan",
        "{gap}; parcels with {carrier} normally get their next scan within {limit} (published service limits).",
    ),
    (
        "health.stall.prior.delivery",
        "{gap}; parcels with {carrier} are normally delivered within {limit} (published service limits).",
    ),
    // ---- next steps for the merchant
    (
        "health.action.offer_replacement",
        "Contact the customer and offer a replacement or refund",
    ),
    (
        "health.action.ask_for_rest",
        "Ask {carrier} where the rest is",
    ),
    (
        "health.action.reship_or_refund",
        "Contact the customer to reship or refund",
    ),
    (
        "health.action.claim",
        "File a claim with {carrier} and send the customer a replacement or refund",
    ),
    (
        "health.action.confirm_address",
        "Ask the customer to confirm the address",
    ),
    (
        "health.action.pay",
        "Ask the customer to pay the duties or fees with the carrier",
    ),
    (
        "health.action.have_id",
        "Tell the customer to have ID ready or collect the parcel in person",
    ),
    (
        "health.action.collect_today",
        "Ask the customer to collect it today, or arrange a redelivery",
    ),
    (
        "health.action.collect_by",
        "Remind the customer to collect it by {date}",
    ),
    (
        "health.action.new_collection",
        "Book a new collection with {carrier} or drop the parcel off",
    ),
    (
        "health.action.hand_over",
        "Hand the parcel to {carrier} or void the label",
    ),
    (
        "health.action.customs_documents",
        "Check with {carrier} whether customs need documents",
    ),
    (
        "health.action.decide_with_carrier",
        "Contact {carrier} and decide on a return, reship or refund",
    ),
    (
        "health.action.tell_delay",
        "Tell the customer about the delay",
    ),
    (
        "health.action.about_reshipment",
        "Contact the customer about a reshipment or refund",
    ),
    (
        "health.action.be_available",
        "Make sure someone can receive it, or rearrange delivery",
    ),
    (
        "health.action.confirm_delivery",
        "If the customer has not received it, ask {carrier} to confirm delivery",
    ),
    (
        "health.action.lost_claim",
        "File a lost-parcel claim with {carrier} and offer the customer a replacement or refund",
    ),
    ("health.action.trace", "Contact {carrier} to open a trace"),
    (
        "health.action.tell_late",
        "Tell the customer it is late and give them the new expected date",
    ),
    (
        "health.action.check_number",
        "Check the tracking number and whether the parcel was ever handed over",
    ),
    (
        "health.action.check_handover",
        "Check that the parcel was handed to the carrier and the tracking number is right",
    ),
    (
        "health.action.ship",
        "Ship the order or tell the customer when it will ship",
    ),
    // ---- the carrier when unknown, in the grammatical form the sentences above use
    ("health.the_carrier", "the carrier"),
    // ---- the problem a carrier reported ({problem}), by sub-status
    ("health.problem.damaged", "parcel damaged"),
    ("health.problem.refused", "refused by the recipient"),
    ("health.problem.unclaimed", "not collected in time"),
    ("health.problem.prohibited", "contents not allowed"),
    ("health.problem.undeliverable", "cannot be delivered"),
    ("health.problem.stopped", "stopped at the sender's request"),
    ("health.problem.other", "another problem"),
    // ---- units by plural category (CLDR: one, few, many, other); `calendar_days` where a sentence also gives business days
    ("health.unit.business_hours.one", "{n} business hour"),
    ("health.unit.business_hours.few", "{n} business hours"),
    ("health.unit.business_hours.many", "{n} business hours"),
    ("health.unit.business_hours.other", "{n} business hours"),
    ("health.unit.business_days.one", "{n} business day"),
    ("health.unit.business_days.few", "{n} business days"),
    ("health.unit.business_days.many", "{n} business days"),
    ("health.unit.business_days.other", "{n} business days"),
    ("health.unit.days.one", "{n} day"),
    ("health.unit.days.few", "{n} days"),
    ("health.unit.days.many", "{n} days"),
    ("health.unit.days.other", "{n} days"),
    ("health.unit.calendar_days.one", "{n} calendar day"),
    ("health.unit.calendar_days.few", "{n} calendar days"),
    ("health.unit.calendar_days.many", "{n} calendar days"),
    ("health.unit.calendar_days.other", "{n} calendar days"),
];
