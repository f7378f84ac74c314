//! English (`en`) wording of the text rules: Partner hand-overs, the recipient's choices,
//! sender drop-off, collection by the recipient, delivered to a pickup place (waiting there) or
//! to the door with where and how; arranged, rescheduled and forwarded deliveries. Slots are
//! listed in `rules/mod.rs`; patterns are folded text: lower case, no accents; `_` is a word
//! edge.

pub(in super::super) static WORDS: crate::normalize::text::rules::Words = &[
    (
        "handed-to-partner",
        "handed over to|handed to|transferred to|tendered to|\
        delivery partner|partner carrier|local carrier|postal operator|accepted by usps|\
        accepted by _the _post|sent to _the _post _office _for _delivery|\
        sent back to _the _post _office|shipping partner _received|agent for final delivery|\
        sub _contractor|subcontractor|interline|_handoff _to|handed over for final delivery",
    ),
    (
        "handed-to-partner.not",
        "recipient|receiver|customer|consignee|addressee|exception|\
        _problem|_delay",
    ),
    (
        "delivery-choice",
        "instruction|_choice|_chosen|_selected|_we _deliver|_preferred",
    ),
    (
        "delivery-choice.not",
        "awaiting instructions|waiting for instructions|_held_|on hold|_for _instructions",
    ),
    (
        "sender-drop-off",
        "handed in|dropped off|drop off|_deposited|_by _the _sender|\
        _by _shipper",
    ),
    (
        "sender-drop-off.not",
        "recipient|receiver|_collect|mailbox|letterbox",
    ),
    ("collected-by-recipient", "picked up|collected"),
    (
        "collected-by-recipient.2",
        "recipient|receiver|customer|consignee|addressee|buyer|\
        _purchaser",
    ),
    (
        "collected-by-recipient.not",
        "courier|driver|sender|shipper|can _be",
    ),
    (
        "collected-by-recipient-phrase",
        "customer pickup _completed|collected at|_you _collected|_was _collected _from|\
        _been _collected _from|\
        collected from _the _parcel|picked up from _the _parcel|collected from _the _pickup|\
        picked up from _the _pickup|collected from _pickup|picked up from _pickup|retrieved from|\
        collected from _the _locker|picked up from _the _locker|\
        collected from _the _post _office|picked up from _the _post _office",
    ),
    (
        "collected-by-recipient-phrase.not",
        "courier|driver|sender|shipper|can _be",
    ),
    (
        "collected-from-post-office-or-locker",
        "picked up|collected",
    ),
    (
        "collected-from-post-office-or-locker.not",
        "courier|driver|sender|shipper",
    ),
    (
        "delivered-personal-locker",
        "parcel box|personal locker|home locker|_cbu_",
    ),
    ("delivered-to-locker.not", "out for|on its way|en route"),
    (
        "delivered-to-post-office.not",
        "out for|on its way|en route|_by _local _post",
    ),
    (
        "delivered-to-pickup-point.not",
        "out for|on its way|en route",
    ),
    (
        "delivered-to-carrier-facility.2",
        "_depot|_terminal|_cfs_|freight station|\
        service center|service centre",
    ),
    (
        "delivered-to-carrier-facility.not",
        "_agent _for|_for _final",
    ),
    ("pickup-reminder", "reminder"),
    ("pickup-reminder.2", "pickup|pick up|collect|redelivery"),
    (
        "held-for-pickup",
        "held for customer pickup|held for pickup|held for collection|\
        being held for|hold for collection",
    ),
    (
        "held-for-pickup.not",
        "_requested|_request|_requests|_confirmed",
    ),
    (
        "available-for-pickup.not",
        "_requested|_request|_requests|_confirmed",
    ),
    ("delivered-neighbor", "neighbo"),
    ("delivered-neighbor.not", "preferred|courier|picked up at"),
    (
        "delivered-mailbox",
        "mailbox|letterbox|letter box|postbox|post box|_po _box",
    ),
    ("delivered-mailbox.not", "_notice|_card_"),
    (
        "delivered-safe-place",
        "back door|rear door|side door|_garage|_patio|_garden|_terrace|\
        _carport|_shed|safe place|safeplace|safe location|preferred location|\
        other location at address",
    ),
    (
        "delivered-front-door",
        "front door|frontdoor|_porch|doorstep",
    ),
    (
        "delivered-agent.2",
        "_agent|reception|front desk|concierge|doorman|family member|\
        household|mailroom|security desk",
    ),
    (
        "delivered-signed",
        "_signed|_sign _by|signature _obtained|left with _individual|\
        met customer|in person",
    ),
    ("delivered-signed.not", "_signed _up|_sign _up"),
    ("delivered-partial.2", "_partial|_partially|_in _part_"),
    ("delivered.not", "_agent _for|_for _final"),
    ("hold-requested", "_hold|_held"),
    (
        "hold-requested.2",
        "_requested|_request|_requests|_confirmed",
    ),
    ("hold-requested.not", "instructions|sender|shipper"),
    (
        "delivery-arranged",
        "change requested|receiver requests|recipient requested|\
        customer requested|recipient _has _requested|requested by _the _recipient|\
        requested by _the _receiver|at _the _request _of _the _recipient|\
        additional attempt requested|delivery _requested|delivery _confirmed|_decision|\
        service _upgraded|updated the delivery information|customer s request|\
        recipient s request|at _your _request|change completed|change confirmed|\
        changes _to _the _delivery|agreed delivery|delivery appointment|_appointment|\
        cdo requested|preferred|_preference|_delivery _arranged|_redelivery|_arranged _with",
    ),
    (
        "rescheduled",
        "updated delivery|delivery date _changed|delivery date _updated|\
        new delivery date|rescheduled|_reschedule|delivery time _updated|postponed|\
        expected delivery|estimated delivery|held until|next working day|next business day",
    ),
    (
        "forwarded",
        "forwarded|redirected|rerouted|_re _routed|different address|\
        location _changed",
    ),
];
