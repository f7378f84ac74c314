//! English (`en`) wording of the text rules: Shared slots several rules read: delivery words,
//! negation, future wording, the places a recipient collects from, carrier facilities, customs
//! and "ready for pickup". Slots are listed in `rules/mod.rs`; patterns are folded text: lower
//! case, no accents; `_` is a word edge.

pub(in super::super) static WORDS: crate::normalize::text::rules::Words = &[
    (
        "delivered",
        "_delivered|delivery _successful|successfully _delivered|\
        delivery _completed|delivery _complete_|_delivery _made",
    ),
    (
        "neg",
        "_not_|_never_|_unable|_could _n|_cannot_|_can _t_|_couldn|_failed|_no _one|\
        _nobody|_nothing_|_no _parcel|_no _package|_no _shipment|_no _item|_no _longer|\
        _no _access|_no _response|_no _answer|_no _attempt",
    ),
    (
        "future",
        "_will_|_to _be_|_should _be|_can _be|_may _be|_maybe|_might|_could _be|_must_|\
        _within|_expected|_estimated|_scheduled|_planned|_attempt|_pending|_soon",
    ),
    ("delivery-to", "delivery to|delivery at|handed over to"),
    (
        "locker",
        "locker|parcel station|parcelstation|_packstation|_pack _station",
    ),
    ("post-office", "post office|postal office|_postoffice"),
    (
        "pickup-point",
        "pickup point|pick up point|pickup location|pick up location|parcelshop|\
        parcel shop|servicepoint|service point|access point|collection point|collection location|\
        _outlet|pickup parcelshop|_agent _location",
    ),
    (
        "facility",
        "_depot|_terminal|sorting center|sorting centre|_facility|service center|\
        service centre|customer center|hold at location|_branch|_counter",
    ),
    (
        "customs",
        "_customs|_custom _s_|_clearance|_broker|_duty_|_duties|_import _charges|\
        _export _approved",
    ),
    // What the carrier will do if a delivery fails is an arrangement, not an event ("If no
    // one's home, we'll leave it with a neighbour"; "if we can't deliver, ...").
    (
        "conditional",
        "_if _no _one|_if _nobody|_if _you _re _not|_if _you _are _not|_if _not _home|\
        _if _we _can _t|_if _we _cannot|_if _we _are _unable|_if _delivery _is _not",
    ),
    (
        "available",
        "ready for pickup|ready for recipient pickup|recipient pickup|\
        ready to collect|ready to pick up|available to collect|redelivery or pickup|redelivery or collection|\
        redelivery or pick up|ready for pick up|ready for collection|ready to be collected|\
        available for pickup|available for pick up|available for collection|awaiting collection|\
        awaiting pickup|awaiting customer pickup|awaiting _the _recipient|to be collected|\
        can be collected|can be picked up|to be picked up|held for customer pickup|\
        held for pickup|held for collection|hold at location|held at|at pick up location|\
        at pickup location|at pickup point|arrival at pickup",
    ),
];
