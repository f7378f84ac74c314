//! English (`en`) wording of the text rules: On the move: picked up, arrived (country,
//! facility, local delivery facility), out for delivery, departed, processed, in transit. Slots
//! are listed in `rules/mod.rs`; patterns are folded text: lower case, no accents; `_` is a
//! word edge.

pub(in super::super) static WORDS: crate::normalize::text::rules::Words = &[
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
        "_on _its _way _to|_on _the _way _to|_en _route _to",
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
        "_shipper s|notification|_notified|_e _mail|_email|_sms_|_left _a_|_left _at_|\
        _left _with_",
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
        _not _yet _picked|_can _accept|_cannot _accept|_unable _to _accept|_accepted _the _request",
    ),
    (
        "arrived",
        "arrived|arrival|_arrive|received at|received in|_reached|_unloaded",
    ),
    ("processed", "processed|processing|_sorted|_sorting"),
    (
        "in-transit",
        "transit|enroute|on the way|_scan_|warehouse|linehaul|line haul|\
        _in _facility|on its way|en route|_transport|_moving|_plane|_flight|_shipped",
    ),
];
