//! English (`en`) wording of the text rules: Failed deliveries with a reason, generic attempts,
//! "not delivered", unclaimed parcels, missorts, delays, holds and exceptions. Slots are listed
//! in `rules/mod.rs`; patterns are folded text: lower case, no accents; `_` is a word edge.

pub(in super::super) static WORDS: crate::normalize::text::rules::Words = &[
    (
        "recipient-request",
        "recipient requested|recipient s request|request of _the _recipient|requested by _the _recipient|consignee requested|consignee s request|request of _the _consignee|customer s request|request of _the _customer",
    ),
    (
        "forwarded-new-address",
        "forwarded to _a _new _address|forwarded to _the _new _address|\
        new address",
    ),
    (
        "refused",
        "_refused|_refusal|_declined|rejected by _the _recipient|\
        not accepted when delivery|_rejected_",
    ),
    (
        "recipient-moved",
        "_moved_|_has _moved|moved away|relocated",
    ),
    ("recipient-moved.not", "_moved _to|_has _been _moved _to"),
    ("address-corrected", "_address"),
    ("address-corrected.2", "_corrected|_updated|_changed"),
    ("address-issue", "_address|_addressee"),
    (
        "address-issue.2",
        "incorrect|incomplete|insufficient|_wrong|invalid|illegible|_bad_|\
        not found|_unknown|does not exist|_needed|unable to locate|cannot locate|_vacant|\
        phone number|complete _address|_not _be _found",
    ),
    (
        "address-issue-other",
        "_undeliverable _as _addressed|name _is _incorrect|room number|\
        apartment number|suite number|_vacant|recipient _unknown|addressee _unknown|\
        unknown _recipient",
    ),
    (
        "carrier-delay",
        "tourenabbruch|route _aborted|_not _enough _time|ran out of time|\
        missed _cycle|vehicle _breakdown|mechanical|capacity|high _volume|volume|transfer time|\
        missed _connection|missed _scheduled|_interrupted|_unable _to _load|_traffic",
    ),
    (
        "weather",
        "weather|_storm|_snow|_flood|hurricane|natural disaster|_wildfire",
    ),
    ("exceptional-event", "exceptional event|force majeure"),
    (
        "business-closed",
        "business _closed|_closed_|closed early|closed on arrival|_is _closed|\
        location closed",
    ),
    ("business-closed.not", "_manifest"),
    (
        "recipient-unavailable",
        "not _home|_not _available|_not _present|_unavailable|_nobody|\
        _no _one|_no _body|_absent|missed you|_not _in_|_unreachable|_not _reachable",
    ),
    (
        "no-access",
        "no access|security access|access required|access denied|inaccessible|\
        could not access|unable to access|_gate_|_gated_|_gates_|_receptacle|_blocked",
    ),
    (
        "no-safe-place",
        "no safe place|no safe location|no secure location|no secure place",
    ),
    (
        "id-check",
        "photo _id|_id _check|_id _required|_id _verification|valid _id_|_id _card|_id _document|\
        identification|_identity|age _verification|age _check|adult _signature|\
        _legitimation|verification _failed|_verification _unsuccessful",
    ),
    ("id-check.not", "_successful"),
    ("payment-at-door", "payment|_cash|_cod_|_money"),
    ("payment-at-door.2", "attempt"),
    (
        "payment-required",
        "awaiting _payment|payment _required|held for _cod|_cod _payment|\
        fees _are _paid|_charges _due",
    ),
    ("payment-required.not", "_received"),
    (
        "undeliverable",
        "undeliverable|cannot be delivered|can not be delivered|\
        unable to deliver|not deliverable|_not _serve|outside _the _service _area|\
        out of _the _service _area|dead letter|dead parcel",
    ),
    ("does-not-fit", "does not fit|doesn _t _fit|too large for"),
    ("delivery-exception", "delivery exception"),
    (
        "attempt",
        "attempt|missed you|_missed_|notice _left|_carded|card _left|\
        _delivery _failed|_failed _delivery|returning from delivery|_unsuccessful _delivery|\
        _delivery _unsuccessful|_delivery _of _the _shipment _failed",
    ),
    (
        "attempt.not",
        "_out _for|_requested|_request|_next _business|_will _be _made|_another|\
        _additional",
    ),
    ("not-yet-delivered", "_yet_"),
    (
        "not-delivered-phrase",
        "_not _delivered|could not deliver|couldn _t _deliver|\
        did not deliver|were unable to deliver",
    ),
    (
        "unclaimed",
        "not _collected|not _picked _up|did _not _collect|_not _claimed|_unclaimed|\
        uncollected|storage period|holding period",
    ),
    (
        "missorted",
        "missort|misrout|mis _sort|missent|_miscode|sorted incorrectly|\
        incorrectly sorted|wrong _route|_mis _shipped|_misshipped|_misdirected|_mis _directed",
    ),
    ("sorry-updated", "_sorry|_apologi"),
    (
        "held",
        "on hold|_held_|_hold _for|awaiting instructions|in storage|being kept",
    ),
    ("delayed", "delay|_late_|behind schedule|too _late"),
    (
        "exception",
        "exception|_problem|_issue|irregular|_failure|contact _customer _service|\
        contact _us",
    ),
];
