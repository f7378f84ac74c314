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
        "tourenabbruch|route _aborted|animal _interference|_not _enough _time|ran out of time|\
        missed _cycle|vehicle _breakdown|mechanical|capacity|high _volume|volume|transfer time|\
        missed _connection|missed _scheduled|_interrupted|_unable _to _load|_traffic|\
        missed _delivery _cycle|missed _delivery _route|_missed _route|delivery _was _missed|\
        later than _expected|later than _planned|later than _scheduled|later than _originally|\
        after _the _scheduled _time|after _the _delivery _commitment",
    ),
    // The carrier did not try: a delay on its side, not a failed attempt at the door. A
    // reason at the door (closed, nobody in) keeps the failed attempt.
    (
        "no-attempt",
        "_no _delivery _attempt|_no _attempt|_not _attempted|_unable _to _attempt|\
        _attempt _was _not _made|_could _not _attempt",
    ),
    (
        "no-attempt.not",
        "_closed|_no _one|_nobody|_not _home|_access|_refused|_address|_recipient|_receiver|\
        _customer",
    ),
    // A delay stated as the outcome ("... has delayed delivery", "This may cause a delay"),
    // whatever moved or failed to move before it.
    (
        "delay-caused",
        "_has _delayed|_have _delayed|_caused _a _delay|_cause _a _delay|_may _delay|\
        _will _delay|_delayed _due|_been _delayed|_is _delayed|_are _delayed|_was _delayed|\
        _will _be _delayed|_may _be _delayed|_delayed _delivery|_delivery _is _delayed|\
        _business _day _delay|_delay _in _delivery",
    ),
    // Expected but not there: a delay, unless it is "not yet" (still with the sender).
    (
        "not-arrived",
        "did not arrive|_not _arrived|_never _arrived|_not _received _at _the",
    ),
    ("not-arrived.not", "_yet_"),
    // Back at the depot or station after a delivery round: the delivery did not happen.
    (
        "back-at-depot",
        "back at _the _depot|back in _the _depot|back at depot|returned to _the _depot|\
        returned to depot|returned to _the _delivery _station|back at _the _delivery _station|\
        returned to _the _station",
    ),
    ("back-at-depot.not", "_out _for|_on _its _way|_en _route"),
    (
        "delay-caused.not",
        "_not _delayed|_not _be _delayed|_no _delay|_not _cause|_not _delay",
    ),
    (
        "weather",
        "weather|_storm|_snow|_flood|hurricane|natural disaster|_wildfire",
    ),
    // "Processing exception", "transit exception": the carrier names an exception in its
    // handling (before "processing" reads as a normal sorting step).
    (
        "exceptional-event",
        "exceptional event|force majeure|_processing _exception|_transit _exception|\
        _operational _exception",
    ),
    (
        "business-closed",
        "business _closed|_closed_|closed early|closed on arrival|_is _closed|\
        location closed",
    ),
    ("business-closed.not", "_manifest"),
    (
        "recipient-unavailable",
        "not _home|_nobody|_no _one|_no _body|_absent|missed you|_not _in_",
    ),
    // "Not available" is said of a recipient as often as of a service, a status, a pickup
    // point or the tracking information ("Status not available", "Service level not
    // available"): it reads as an absent recipient only with a person named.
    (
        "recipient-unavailable.2",
        "_not _available|_not _present|_unavailable|_unreachable|_not _reachable",
    ),
    (
        "recipient-unavailable.3",
        "recipient|receiver|consignee|customer|addressee|_resident|_occupant|_anyone|\
        _anybody|_someone|_somebody|_you_",
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
        out of _the _service _area|dead letter|dead parcel|illegible _label|\
        label _illegible|_unreadable _label",
    ),
    ("does-not-fit", "does not fit|doesn _t _fit|too large for"),
    ("delivery-exception", "delivery exception"),
    (
        "attempt",
        "attempt|missed you|_missed_|notice _left|left _a _notice|left _a _card|_carded|card _left|\
        _delivery _failed|_failed _delivery|returning from delivery|_unsuccessful _delivery|\
        _delivery _unsuccessful|_delivery _of _the _shipment _failed",
    ),
    (
        "attempt.not",
        "_out _for|_requested|_request|_next _business|_will _be _made|_another|\
        _additional|_new _delivery _attempt|_next _delivery _day|_attempting _to _update|\
        _attempting _to _obtain|_attempting _to _verify|_attempting _to _determine|\
        _attempting _to _get|_attempting _to _contact|_attempting _to _establish|\
        _attempting _to _locate|_attempting _to _resolve|_attempting _to _correct|\
        _attempting _to _reach",
    ),
    ("not-yet-delivered", "_yet_"),
    (
        "not-delivered-phrase",
        "_not _delivered|could not deliver|couldn _t _deliver|\
        did not deliver|were unable to deliver|could not be handed over to _the _recipient|\
        could not be handed over to _the _consignee|could not be handed over to _the _service _point|\
        could not be handed over to _the _parcel _locker|could not be handed over to _the _pickup _point",
    ),
    (
        "unclaimed",
        "did _not _collect|_not _claimed|_unclaimed|uncollected|storage period|holding period",
    ),
    // A bare "not collected" / "not picked up" is as often a failed pickup from the sender
    // ("Not collected - customer not ready") as a parcel the recipient left at a pickup
    // place: it is unclaimed only with the recipient or the place named.
    ("unclaimed.2", "not _collected|not _picked _up"),
    (
        "unclaimed.3",
        "recipient|receiver|consignee|addressee|_you_",
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
