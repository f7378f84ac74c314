//! Dutch (`nl`) wording of the text rules, by slot (see the slot list in
//! `rules/mod.rs`). Patterns are folded text: lower case, no accents; `_` is a word edge.

pub(super) static WORDS: super::Words = &[
    ("delivered", "afgeleverd|_bezorgd_|_geleverd_|overhandigd"),
    ("neg", "_niet_|_geen_|_niemand"),
    ("future", "_wordt_|_worden_|_verwacht|_gepland"),
    ("delivery-to", "bezorging _bij|levering _bij"),
    ("locker", "pakketautomaat|pakket automaat"),
    ("post-office", "postkantoor"),
    (
        "pickup-point",
        "post nl punt|postnl punt|afhaalpunt|afhaallocatie|ophaalpunt",
    ),
    ("facility", "sorteercentrum|_depot"),
    ("customs", "_douane|inklaring|invoeraangifte|_aangifte"),
    (
        "available",
        "beschikbaar op|beschikbaar bij|beschikbaar in|af te halen|\
        kan worden opgehaald|ligt klaar|klaar om|ligt _voor _je _klaar|op te halen|kan _opgehaald|\
        kan _worden _afgehaald",
    ),
    ("internal-event", "gecorrigeerd"),
    ("internal-event.not", "_adres"),
    ("address-corrected", "_adres"),
    ("address-corrected.2", "_gecorrigeerd|_aangepast|_gewijzigd"),
    ("delivery-evidence", "_foto"),
    ("correction", "annulering"),
    ("correction.2", "verwijderd|ingetrokken"),
    ("return-cancelled", "retour"),
    ("return-cancelled.2", "geannuleerd"),
    (
        "cancelled",
        "_geannuleerd|_label _verstreken|geldigheidsduur",
    ),
    ("cancelled.not", "bezorgafspraak|afspraak"),
    ("choice-cancelled", "_voorkeur|_bezorgvoorkeur"),
    ("label-created", "_voorgemeld|_aangemeld|zendinggegevens"),
    ("label-created.not", "_nog _niet"),
    (
        "awaiting-handover",
        "nog _niet _aangenomen|nog _niet _ontvangen|niet fysiek|\
        nog _niet _aangekomen|nog _niet _aangeleverd",
    ),
    ("awaiting-handover.not", "afgeleverd|_bezorgd"),
    (
        "pickup-failed",
        "afhaalzending _niet|ophalen _mislukt|ophaalpoging|afhaalopdracht _mislukt",
    ),
    ("pickup-scheduled", "ophaalopdracht|ophaalverzoek"),
    ("return-picked-up", "retourzending|retourpakket"),
    ("return-picked-up.2", "opgehaald|ontvangen"),
    (
        "return-delivered",
        "retourzending _afgeleverd|retour _afgeleverd|\
        afgeleverd _bij _de _afzender|afgeleverd _bij _afzender|teruggeleverd",
    ),
    (
        "return-under-way",
        "_retour _afzender|retour naar|gaat _retour|_retour_|terug naar|\
        terug _gestuurd|teruggestuurd|_geretourneerd",
    ),
    ("return-under-way.not", "_label"),
    ("delivered-document", "_bericht|_melding"),
    ("disposed", "vernietigd"),
    ("seized", "_in _beslag"),
    // "Manco": a parcel missing from a sorting or delivery run; "definitief" makes it lost.
    ("lost", "_vermist|zoekgeraakt|definitief _manco"),
    ("delivered-damaged", "beschadigd"),
    ("damaged", "beschadigd"),
    ("stopped", "_onderschept|tegengehouden"),
    ("investigation", "onderzoek"),
    ("prohibited", "verboden"),
    ("customs-payment", "invoerrechten|_kosten"),
    ("customs-payment.2", "_betalen|_betaling"),
    ("customs-payment.not", "betaald"),
    (
        "customs-hold.2",
        "tegengehouden|vertraag|controle|documenten",
    ),
    ("customs-hold.not", "afgerond|_gereed"),
    ("customs-cleared.2", "vrijgegeven|afgerond|_gereed"),
    (
        "recipient-request",
        "op verzoek van _de _ontvanger|op verzoek van _ontvanger|op verzoek van _de _geadresseerde",
    ),
    (
        "forwarded-new-address",
        "doorgestuurd naar nieuw|nieuw _adres",
    ),
    ("refused", "_geweigerd|weigering"),
    ("recipient-moved", "_verhuisd"),
    ("address-issue", "_adres|_postcode"),
    ("address-issue.2", "onjuist|onvolledig|onbekend|ontbrek"),
    ("address-issue-other", "_onbekend"),
    ("carrier-delay", "_capaciteit|onderbroken"),
    // Not the bare word "weer": it is also "again" ("pakket weer terug in het proces").
    (
        "weather",
        "weersomstandigheden|_slecht _weer|_noodweer|_het _weer_|_weeralarm",
    ),
    ("exceptional-event", "overmacht"),
    (
        "business-closed",
        "_gesloten _bedrijf|bedrijf _gesloten|_gesloten_",
    ),
    ("business-closed.not", "verklaring"),
    (
        "recipient-unavailable",
        "niet _thuis|_gemist|niet _aanwezig|\
        geadresseerde _is _onbereikbaar|niemand",
    ),
    ("no-access", "onbereikbaar|geen _toegang"),
    ("no-safe-place", "geen veilige|_niet _veilig_"),
    ("id-check", "legitimatie|leeftijd|aflevercode"),
    ("id-check.not", "gelukt"),
    ("payment-at-door", "betaling|rembours"),
    ("payment-required", "verzoek tot betaling|_betaling"),
    ("payment-required.not", "betaald"),
    ("undeliverable", "onbestelbaar|kan niet bezorgd"),
    ("does-not-fit", "past _niet|paste _niet|te _groot _om"),
    ("attempt", "_gemist|nieuwe _poging|_lukte _niet"),
    ("attempt.not", "_volgt"),
    ("not-yet-delivered", "_nog _niet"),
    (
        "not-delivered-phrase",
        "niet _bezorgen|_niet _afgeleverd|niet _bezorgd",
    ),
    ("unclaimed", "bewaartermijn"),
    // "Niet opgehaald/afgehaald" is also a failed pickup from the sender (PostNL's
    // afhaalopdracht): unclaimed only with the recipient or a pickup place named.
    ("unclaimed.2", "niet _opgehaald|niet _afgehaald"),
    ("unclaimed.3", "ontvanger|_je_|_u_"),
    // "We komen je zending afhalen": the carrier collecting from the sender, not a parcel
    // ready for the recipient.
    (
        "available-for-pickup.not",
        "_om _je _zending _af|_om _uw _zending _af|_om _het _pakket _af|_geen _zending",
    ),
    ("missorted", "verkeerd _gesorteerd"),
    ("sorry-updated", "_sorry|excuses|helaas"),
    (
        "handed-to-partner",
        "overgedragen aan _post|overgedragen aan _de|wordt bezorgd door",
    ),
    ("handed-to-partner.not", "ontvanger|geadresseerde"),
    ("delivery-choice", "keuze|_voorkeur|instructie"),
    ("sender-drop-off", "ontvangen op|ingeleverd|afgegeven"),
    ("sender-drop-off.not", "ontvanger"),
    ("collected-by-recipient", "opgehaald|afgehaald"),
    ("collected-by-recipient.2", "ontvanger|geadresseerde"),
    ("collected-by-recipient.not", "koerier|afzender"),
    (
        "collected-from-post-office-or-locker",
        "afgehaald|opgehaald",
    ),
    (
        "collected-from-post-office-or-locker.not",
        "koerier|afzender|door _post _nl|\
        door _postnl",
    ),
    // "Afhalen" is what a recipient does at a pickup point; a courier "haalt op".
    ("collected-at-pickup-place", "_afgehaald"),
    (
        "collected-at-pickup-place.not",
        "koerier|afzender|door _post _nl|door _postnl",
    ),
    ("delivered-personal-locker", "pakketkluis"),
    ("delivered-to-locker.not", "onderweg"),
    ("delivered-to-post-office.not", "onderweg"),
    ("delivered-to-pickup-point.not", "onderweg"),
    ("delivered-to-carrier-facility.2", "_depot"),
    ("pickup-reminder", "herinnering"),
    ("pickup-reminder.2", "ophalen|afhalen"),
    ("delivered-neighbor", "_buren|buurman|buurvrouw"),
    ("delivered-neighbor.not", "voorkeur"),
    ("delivered-mailbox", "brievenbus"),
    ("delivered-mailbox.not", "_kaart|_bericht"),
    ("delivered-safe-place", "veilige plek|_schuur"),
    ("delivered-front-door", "voordeur"),
    ("delivered-agent.2", "receptie|huisgenoot"),
    ("delivered-signed", "persoonlijk"),
    ("delivered-partial.2", "gedeeltelijk|_manco"),
    (
        "delivery-arranged",
        "op _verzoek|bezorging _gewijzigd|gewijzigd naar|wordt bezorgd op|\
        wordt afgeleverd bij|bezorgvoorkeur|_voorkeur|_afspraak",
    ),
    ("rescheduled", "bezorgdatum"),
    ("forwarded", "doorgestuurd|ander adres|omgeleid"),
    (
        "picked-up-received-by",
        "in ontvangst|ontvangen door|is ontvangen",
    ),
    ("arrived-destination-country", "aangekomen|gearriveerd"),
    (
        "arrived-destination-country.2",
        "land van bestemming|bestemmingsland",
    ),
    (
        "at-local-facility",
        "bezorgdepot|in uw regio|in je regio|bezorgcentrum",
    ),
    ("at-local-facility.not", "_onderweg _naar"),
    ("arriving-soon", "binnenkort|bijna _bij"),
    (
        "out-for-delivery",
        "bezorger is onderweg|in bezorging|met de bezorger|distributieproces|\
        onderweg naar je|onderweg naar de ontvanger_",
    ),
    ("out-for-delivery-to-pickup-point", "onderweg _naar"),
    ("departed", "vertrokken|verzonden naar|_verlaten"),
    (
        "picked-up",
        "opgehaald|afgehaald|ontvangen|aangenomen|_geaccepteerd",
    ),
    (
        "picked-up.not",
        "_niet _opgehaald|_niet _afgehaald|niet _aangenomen|_nog _niet",
    ),
    ("arrived", "aangekomen|gearriveerd|binnengekomen"),
    ("not-arrived", "niet aangekomen|niet gearriveerd"),
    ("not-arrived.not", "_nog_"),
    ("processed", "gesorteerd|sortering"),
    ("problem-resolved", "opgelost"),
    ("held", "vastgehouden|_in _opslag"),
    // "Uitgesteld" is the carrier putting its own round off (docs/code-tables.md rule 7: a
    // carrier-side miss is a delay); a new date alone stays `rescheduled`.
    ("delayed", "te _laat|vertraag|uitgesteld|_uitstel"),
    // "Fout bij bezorging" (an error in the delivery), "niet verwerkt" (not processed): the
    // carrier names a fault in its handling.
    (
        "exception",
        "neem contact|probleem|_manco_|_afgekeurd|_fout_|niet _verwerkt",
    ),
    // "Nog niet verwerkt" (not yet processed) is a parcel the carrier has not received yet,
    // not a fault in its handling.
    ("exception.not", "_nog _niet"),
    ("in-transit", "lijndienst|onderweg|_vlucht"),
    ("notification", "gewogen|_bericht|melding"),
    (
        "not-found",
        "geen _informatie _beschikbaar|geen _gegevens _gevonden|\
        onbekend _zendingnummer|zendingnummer _niet _gevonden|zending _niet _gevonden _in",
    ),
];
