//! English (`en`) wording of the text rules, by slot (see the slot list in
//! `rules/mod.rs`). Patterns are folded text: lower case, no accents; `_` is a word edge.

pub(super) static WORDS: super::Words = &[
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
    (
        "internal-event",
        "internal event|_not _ready _for _collection|status not updated|\
        _not _updated",
    ),
    (
        "delivery-evidence",
        "_photo|signature image|_proof _of _delivery",
    ),
    ("correction", "cancellation"),
    ("correction.2", "_removed|_reversed|_withdrawn|_deleted"),
    ("return-cancelled", "return"),
    ("return-cancelled.2", "_cancel"),
    ("return-cancelled.not", "label|link"),
    (
        "cancelled",
        "_cancel|_canceled|_cancelled|_voided|_void_|label _expired|\
        label link expired|label _has _expired",
    ),
    (
        "cancelled.not",
        "_request|_cdo_|appointment|_expiring|_delivery _cancel|pick up _order|pickup _order|\
        collection _order",
    ),
    (
        "label-created",
        "label _created|label _printed|label _was _created|created a label|\
        shipping label|shipment information _sent|shipment information received|\
        shipping information received|shipment info|shipping info|electronic _shipping|\
        electronic _shipment|electronically|electronical|billing information|shipment data|\
        _data _uploaded|_data _submitted|_data _received|manifest _received|_preadvice|\
        _pre _advice|order processed|_ready _for _ups|label _purchased|label _generated|\
        label _bought|label _issued|_manifest _acknowledg|_registered _in _network|data _was _entered|\
        _shipment _created|_order _created|_awaiting _despatch|_awaiting _dispatch|\
        _expecting _your _parcel",
    ),
    ("label-created.not", "_not _yet"),
    (
        "awaiting-handover",
        "not _yet _arrived|not _yet _received|not yet handed|awaiting _item|\
        awaiting parcel|awaiting handover|awaiting _drop|not _yet _received _by|expected, _but|\
        _expected _but _not|sender _preparing|sender _despatching|sender _dispatching|sender _is _preparing",
    ),
    ("awaiting-handover.not", "_processed|_sorted|_delivered"),
    (
        "pre-transit",
        "_pre _transit|_pretransit|_information _received|_info _received",
    ),
    (
        "pickup-failed",
        "pickup _attempt|pick up _attempt|pickup _failed|collection _failed|\
        failed _collection|pickup _missed|could not be collected from|_not _ready _for _pickup|\
        _nothing _picked _up|_nothing _was _picked _up|_no _shipment _s _picked _up|\
        _no _shipments _picked _up|_no _parcels _picked _up|pick up _order _cancel|pickup _order _cancel|\
        collection _order _cancel",
    ),
    (
        "pickup-scheduled",
        "pickup _scheduled|scheduled _for _pickup|pickup _requested|will _be _picked _up|\
        collection _requested|collection _booked|enroute to pickup|en route to pickup|\
        pickup order|approaching pick|_out _for _parcel _collection|out for collection|\
        vehicle _dispatched|provided _by _the _sender _for _collection|pickup _request _received|\
        _pick _up _booked|_pickup _booked|_planned _pickup|_pickup _planned|_collection _arranged",
    ),
    (
        "pickup-scheduled.not",
        "recipient|receiver|customer _pickup|arrival _at|arrived _at",
    ),
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
        _return _attempt",
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
        "_inventory|_to _the _facility|_to _the _depot",
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
    ("delivered-damaged", "damaged|_torn|_broken"),
    ("damaged", "damaged|_damage_|_torn|_broken|shortage"),
    (
        "stopped",
        "intercept|_stopped _at _the _request|sender _requested|shipper _requested|\
        requested this package be held|_stop _request",
    ),
    ("stopped.not", "_return"),
    (
        "investigation",
        "investigation|trace _initiated|being researched",
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
    ("customs-hold.not", "_completed|_cleared|_released _by"),
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
        "awaiting instructions|waiting for instructions|_held_|on hold",
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
    (
        "picked-up-received-by",
        "received by|_received _from _the _shipper",
    ),
    (
        "picked-up-received-by.not",
        "_facility|_hub|_center|_centre",
    ),
    (
        "arrived-destination-country",
        "arrived|arrival|_arrived _in|_reached",
    ),
    (
        "arrived-destination-country.2",
        "destination country|country of destination|\
        destination _region",
    ),
    ("arrived-in-place", "_arrived _in_|_arrival _in_"),
    (
        "arrived-in-place.not",
        "_region|_area|_facility|_hub|_depot|_city|_your",
    ),
    ("at-local-facility-words", "_local"),
    (
        "at-local-facility-words.2",
        "_facility|_depot|_station|_office|_hub",
    ),
    (
        "at-local-facility",
        "arrived at _the _post office|arrived at post office|\
        delivery station|delivery depot|delivery centre|delivery center|delivery facility|\
        delivery base|local _fedex _facility|local facility|local depot|local post office|\
        in your region|in your area|preparing for delivery|prepared for delivery|\
        ready for delivery|sorted for delivery|sorted at delivery|sorted at _the _delivery|\
        scheduled for delivery|available for delivery|delivery location",
    ),
    (
        "at-local-facility.not",
        "_on _its _way _to|_en _route _to|_heading _to|_towards",
    ),
    (
        "out-for-delivery-to-pickup-point",
        "on its way to _the _pickup|en route to _the _pickup|\
        on the way to _the _pickup|on its way to _the _parcel",
    ),
    (
        "arriving-soon",
        "arriving soon|nearby|few stops away|stops away|_driver _is _close|\
        customer contacted|_is _next _stop|_almost _there",
    ),
    (
        "out-for-delivery",
        "out for delivery|onboard for delivery|on board for delivery|\
        vehicle for delivery|loaded on delivery vehicle|loaded on _the _delivery vehicle|\
        loaded onto _the _delivery|loaded for delivery|with delivery courier|\
        with _the _delivery _courier|with courier|with _the _courier|out for distribution|\
        in delivery|on its way to you|en route to you|driver is on|courier is on|\
        on _the _delivery _vehicle|redispatched|second delivery|loaded into _the _delivery|loaded into delivery|\
        with _your _courier|_delivering _courier|loaded _to _the _van|loaded _into _the _van|\
        loaded _onto _the _van|handed out to _the _courier|handed out to courier",
    ),
    // With the courier only on a later day ("will be with your courier tomorrow") is not out
    // for delivery now. Narrower than `future`, whose "expected"/"attempt" words fill real
    // out-for-delivery texts ("out for delivery, expected today").
    (
        "out-for-delivery.not",
        "_return|_will _be _with|_will _be _handed|_will _be _loaded|_tomorrow|\
        _next _working _day|_next _business _day",
    ),
    (
        "departed",
        "departed|_depart|departure|_left_|has left|_leaving|_dispatched|despatched|\
        _sent _to|sent from|_outbound",
    ),
    (
        "departed.not",
        "_shipper s|notification|_notified|_e _mail|_email|_sms_",
    ),
    (
        "picked-up",
        "picked up|pickup scan|pick up scan|pickup by|_accepted|_accept_|acceptance|\
        we have your package|has received|in possession|_posting|_posted|_collected|\
        _pickup _successful|_pickup _done|_collection _made|_successful _pickup|_pickup _completed",
    ),
    (
        "picked-up.not",
        "_not _picked|_not _accepted|_not _been _picked|_not _collected|\
        _not _yet _picked",
    ),
    (
        "arrived",
        "arrived|arrival|_arrive|received at|received in|_reached|_unloaded",
    ),
    ("processed", "processed|processing|_sorted|_sorting"),
    ("problem-resolved", "resolved"),
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
    (
        "in-transit",
        "transit|enroute|on the way|_scan_|warehouse|linehaul|line haul|\
        _in _facility|on its way|en route|_transport|_moving|_plane|_flight|_shipped",
    ),
    (
        "notification",
        "notification|notified|_e _mail|_email|_sms_|text message|_signature|\
        service _changed|service _updated|_expiring|arriving early|_ahead _of _schedule|weigh|\
        new tracking number",
    ),
    (
        "not-found",
        "number _not _found|_no _tracking _information|_no _tracking _info|\
        _no _information _available|_no _tracking _data|_no _data _available|_no _record|\
        _no _records|_not _found _in _the _system|_not _yet _in _the _system|\
        _no _scan _information|_awaiting _first _scan",
    ),
];
