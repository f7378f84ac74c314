//! English (`en`) wording of the text rules: Returns (completed and under way) and terminal
//! trouble: disposed, seized, lost, damaged, stopped, investigations, prohibited goods; customs
//! duties, holds and clearance. Slots are listed in `rules/mod.rs`; patterns are folded text:
//! lower case, no accents; `_` is a word edge.

pub(in super::super) static WORDS: crate::normalize::text::rules::Words = &[
    ("return-picked-up", "_return _shipment|_return _parcel"),
    ("return-picked-up.2", "picked up|collected"),
    (
        "return-delivered",
        "delivered back|returns _delivered|\
        delivered _to _the _business _sender|delivered to _original _sender|\
        delivered to _the _sender|delivered to _sender|delivered at _the _sender|\
        delivered to _shipper|delivered at _shipper|delivered to _the _shipper|\
        delivered at _the _shipper|_back _with _the _sender|return _delivered|\
        return _received _by",
    ),
    (
        "return-under-way",
        "return to sender|return _to _the _sender|returning|will be returned|\
        being returned|to be returned|way back to _the _sender|way back to _sender|\
        way back to _the _shipper|return _initiated|return _requested|\
        _sent _back _to _the _sender|_sent _back _to _sender|return shipment to|\
        return _in _progress|out for return|_return _facility|_return _process|\
        _return _processed|_return _dispatched|_return _arrived|requested return|will return|return _the _package|\
        return _the _parcel|forward _expired|forwarding _expired|_recall|_return _to _shipper|\
        _return _to _origin|route to _the _sender|_returns _process|_return _failed|_return _delivery|attempted _return|\
        _return _attempt|_return _of _shipment _to|_return _of _the _shipment _to|\
        _return _of _the _parcel _to|_return _of _parcel _to|_return _of _the _package _to",
    ),
    ("return-under-way.not", "_label|return _link"),
    (
        "returned",
        "returned to _sender|returned to _the _sender|returned to _shipper|\
        returned to _consignor|returned to _the _consignor|returned to _origin|\
        returned _to _the _shipper|_returned_",
    ),
    (
        "returned.not",
        "_inventory|_to _the _facility|_to _the _depot|_to _depot|_to _the _delivery _station|\
        _to _the _station",
    ),
    (
        "delivered-document",
        "_pod_|proof of delivery|_message|_notification|_email|_e _mail|\
        _sms_|_invoice",
    ),
    ("disposed", "_destroyed|_disposed|_disposal|_abandoned"),
    ("seized", "_seized|confiscat"),
    (
        "lost",
        "_lost_|reported _missing|package _missing|parcel _missing|shipment _missing|\
        whereabouts|cannot be located|could not be located|unable to locate",
    ),
    ("delivered-damaged", "damaged|_damage_|_torn|_broken"),
    ("damaged", "damaged|_damage_|_torn|_broken|shortage"),
    (
        "stopped",
        "intercept|_stopped _at _the _request|sender _requested|shipper _requested|\
        requested this package be held|_stop _request|_shipment _stopped|_parcel _stopped|\
        _package _stopped",
    ),
    ("stopped.not", "_return"),
    (
        "investigation",
        "investigation|trace _initiated|being researched",
    ),
    // An investigation or claim that ends tells the shipper, not where the parcel is.
    (
        "investigation-closed.2",
        "_closed|_canceled|_cancelled|_concluded|_completed",
    ),
    (
        "claim",
        "_claim _paid|_claim _payment|_claim _voided|_claim _was _canceled|\
        _claim _was _cancelled|_claim _has _been|_claim _closed|_refund _has _been|\
        _refund _was|_closing _the _claim",
    ),
    (
        "prohibited",
        "prohibited|not permitted|dangerous goods|hazardous material|\
        restricted _item|rejected by _carrier|rejected by _the _carrier",
    ),
    ("prohibited.not", "weather"),
    (
        "customs-payment",
        "_duty|_duties|_tax|_taxes|_charges|_fees",
    ),
    (
        "customs-payment.2",
        "_due_|_payable|_unpaid|_to _be _paid|must _be _paid|\
        awaiting _payment|pay now|outstanding|_until|_payment _required",
    ),
    (
        "customs-payment.not",
        "_received|_has _been _paid|_were _paid|_was _paid",
    ),
    (
        "customs-hold.2",
        "_held|_hold|_delay|inspection|_exam|document|paperwork|_information|\
        _not _possible|not _yet _released|not _released|pending _release|_reject|refused|\
        _required|contact|_query|_problem|_issue|screen|_retained|_detained|_failed|_failure",
    ),
    // "We will notify you if additional information is needed": a condition, not a hold.
    (
        "customs-hold.not",
        "_completed|_cleared|_released _by|_if _additional|_if _further|_if _more|\
        _preparing|_reviewing",
    ),
    (
        "customs-hold-other",
        "held for exam|_pending _release|not _yet _released _by|\
        _clearance _delay|_incomplete _documentation|_missing _documents|_incorrect _declaration",
    ),
    (
        "customs-cleared.2",
        "_cleared|_released|_release_|_completed|_complete_|_out _of|\
        _approved",
    ),
    ("cleared", "_cleared _and|_cleared_"),
];
