//! English (`en`) wording of the text rules: Events without a state, "no record", cancellations
//! and the shipper side: label created, awaiting handover, pickups from the shipper booked or
//! failed; generic notifications. Slots are listed in `rules/mod.rs`; patterns are folded text:
//! lower case, no accents; `_` is a word edge.

pub(in super::super) static WORDS: crate::normalize::text::rules::Words = &[
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
    // A delivery preference withdrawn cancels no shipment.
    (
        "choice-cancelled",
        "_delivery _preference|_preferred _delivery|_delivery _option",
    ),
    (
        "cancelled.not",
        "_request|_cdo_|appointment|_expiring|_delivery _cancel|pick up _order|pickup _order|\
        collection _order|_claim|_refund|_investigation|_flight|_will _call|_product _order|\
        _service _canceled|_service _cancelled",
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
        awaiting parcel|awaiting handover|awaiting _drop|not _yet _received _by|expected _but|\
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
        collection _order _cancel|_collection _attempt|pick up address _closed|\
        pick up address _is _closed|pickup address _closed|pickup address _is _closed|\
        pick up address _unknown|pickup address _unknown|_consignor _closed|_tried _to _pick _up",
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
    ("problem-resolved", "resolved"),
    (
        "notification",
        "notification|notified|_e _mail|_email|_sms_|text message|_signature|\
        service _changed|service _updated|_expiring|arriving early|_ahead _of _schedule|\
        _weighed|_weighing|_weigh_|_reweigh|_re _weigh|new tracking number",
    ),
    // Told where and when to collect the parcel: it is waiting there.
    (
        "notified-for-pickup.2",
        "picking up|_pick _up|_pickup|_collection|_collect_",
    ),
    (
        "notified-for-pickup.not",
        "_sender|_shipper|_courier|_driver",
    ),
    (
        "not-found",
        "number _not _found|_no _tracking _information|_no _tracking _info|\
        _no _information _available|_no _tracking _data|_no _data _available|_no _record|\
        _no _records|_not _found _in _the _system|_not _yet _in _the _system|\
        _no _scan _information|_awaiting _first _scan",
    ),
];
