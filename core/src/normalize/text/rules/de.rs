//! German (`de`) wording of the text rules, by slot (see the slot list in
//! `rules/mod.rs`). Patterns are folded text: lower case, no accents; `_` is a word edge.

pub(super) static WORDS: super::Words = &[
    (
        "delivered",
        "zugestellt|erfolgreiche _zustellung|zustellung _erfolgreich|_geliefert|\
        ausgeliefert|empfanger _ubergeben|ubergeben _an _den _empfanger|_abgelegt|_ausgehandigt",
    ),
    ("neg", "_nicht_|_kein|_niemand|_fehlt"),
    (
        "future",
        "_wird_|_werden_|_kann_|_konnen_|_voraussichtlich|_geplant|zustellversuch",
    ),
    (
        "delivery-to",
        "zustellung in|zustellung an|zustellung _in _die|_zustellung _bei|\
        ubergabe _an|zustellung _an|an _den _paketshop|an _den _paket _shop|an _die _packstation|in _die _packstation",
    ),
    (
        "locker",
        "packstation|paketstation|abholstation|paketautomat",
    ),
    (
        "post-office",
        "postfiliale|_filiale|geschaftsstelle|_post _partner|postpartner|_postamt|\
        _postpunkt",
    ),
    (
        "pickup-point",
        "paketshop|paket shop|_paketshop|annahmestelle",
    ),
    ("facility", "_depot|paketzentrum|_lager"),
    ("customs", "_zoll|zollabfertigung|_verzollung|_verzollt"),
    (
        "available",
        "abholbereit|zur abholung|_abholen|kann _abgeholt|liegt _bereit|eingelegt|\
        hinterlegt|bereitgestellt|_bereitgehalten|selbstabholung|zur _selbstabholung|_abholbereit|\
        kann _dort _abgeholt|dort _abgeholt _werden|_abgeholt _werden _kann",
    ),
    ("available-for-pickup.not", "briefkasten"),
    ("internal-event", "korrigiert"),
    ("delivery-evidence", "_zustellfoto|_foto"),
    ("correction", "stornierung"),
    ("correction.2", "geloscht|aufgehoben|zuruckgenommen"),
    ("return-cancelled", "ruckversand|retoure|ruckfuhrung"),
    ("return-cancelled.2", "storniert|annulliert"),
    ("cancelled", "_storniert|_stornierung"),
    // DHL's and Hermes' "Wunsch" services (Wunschtag, Wunschort, WunschPaketShop, ...) are the
    // recipient's delivery preferences (dhl.de "Wunschzustellung"); one withdrawn cancels no
    // shipment.
    ("choice-cancelled", "_wunsch"),
    (
        "label-created",
        "elektronisch|sendungsdaten|auftragsdaten|_avisiert|_angekundigt",
    ),
    ("label-created.not", "_noch _nicht|_nicht_"),
    ("awaiting-handover", "noch _nicht|bisher _nicht"),
    ("awaiting-handover.not", "zugestellt"),
    (
        "pickup-failed",
        "nicht _versandfertig|abholung _nicht|abholung _fehlgeschlagen|\
        _versender _wurde _nicht _angetroffen|_versender _nicht _angetroffen",
    ),
    (
        "pickup-scheduled",
        "abholung _beauftragt|abholauftrag|abholung _geplant",
    ),
    ("return-picked-up", "retoure|rucksendung"),
    ("return-picked-up.2", "abgeholt|_angenommen"),
    (
        "return-delivered",
        "an _den _absender _zugestellt|an _den _auftraggeber _zugestellt|\
        ruckversand _zugestellt|beim _absender _angekommen",
    ),
    (
        "return-under-way",
        "ruckweg _zum|ruckfuhrung|_ruckversand|_rucksendung|_zuruck _an|\
        _zuruckgefuhrt|_zuruckgesandt|_zuruckgeschickt|_zuruckgesendet|_zuruck _zum|retoure|\
        _retourniert",
    ),
    ("return-under-way.not", "_etikett"),
    ("delivered-document", "nachricht|benachrichtigung"),
    ("disposed", "vernichtet|vernichtung|entsorgt"),
    ("seized", "beschlagnahmt"),
    ("lost", "_verlust|_verloren|nicht _auffindbar|verbleib"),
    ("delivered-damaged", "beschadigt|beschadig"),
    // "Nachverpackung" / "nachverpackt": the packaging was damaged and the carrier repacked it.
    ("damaged", "beschadigt|beschadig|nachverpack"),
    ("stopped", "sendungsstopp|sendung _anhalten|_angehalten"),
    ("investigation", "nachforschung|ermittlung|verdacht"),
    ("prohibited", "verboten|gefahrgut"),
    ("customs-payment", "abgaben|gebuhr|einfuhrabgaben"),
    (
        "customs-payment.2",
        "zu _zahlen|_bezahlen|_zahlung|_zu _entrichten",
    ),
    ("customs-payment.not", "bezahlt"),
    (
        "customs-hold.2",
        "zuruckgewiesen|festgehalten|kontrolle|verzog|_fehlend|unterlagen|\
        dokumente|abgelehnt|verweigert",
    ),
    ("customs-hold.not", "abgeschlossen|erfolgreich"),
    (
        "customs-cleared.2",
        "freigegeben|abgeschlossen|erfolgreich|freigabe|verzollt",
    ),
    (
        "recipient-request",
        "auf wunsch des empfangers|auf wunsch _des _kunden|wunsch des empfangers",
    ),
    ("forwarded-new-address", "nachgesendet|neue _adresse"),
    (
        "refused",
        "_verweigert|verweigerung|annahme _verweigert|zustellversuch nicht _angenommen",
    ),
    ("recipient-moved", "_verzogen|_umgezogen"),
    ("address-issue", "adresse|anschrift"),
    (
        "address-issue.2",
        "fehlerhaft|unvollstandig|falsch|_unbekannt|nicht _gefunden",
    ),
    // "Falsche Empfängerinformationen / Empfängerdaten": the recipient's details are wrong.
    (
        "address-issue-other",
        "empfanger _unbekannt|falsche _empfanger",
    ),
    (
        "carrier-delay",
        "_stau_|verkehrsstau|tourenabbruch|_krankheit|_defekt|sendungsvolumen|\
        nicht _mitgenommen|unterbrochen",
    ),
    // A broken payment terminal or label is not a late carrier: the reason decides.
    ("carrier-delay.not", "zahlung|_label_|etikett"),
    ("weather", "_unwetter|witterung|_wetter"),
    ("exceptional-event", "hoherer _gewalt"),
    (
        "business-closed",
        "_geschlossen|betriebsferien|_ferien|feiertag",
    ),
    (
        "recipient-unavailable",
        "nicht _angetroffen|nicht _antreffen|nicht _anwesend|niemand|nicht _erreichbar|\
        nicht _erreicht",
    ),
    ("no-access", "kein _zugang|nicht _zuganglich"),
    ("no-safe-place", "kein _ablageort|kein _sicherer"),
    ("id-check", "altersprufung|_ident|ausweis"),
    ("id-check.not", "erfolgreich"),
    (
        "payment-at-door",
        "nachnahme|bargeld|_geld|_zahlung|zahlungsschwierigkeit|zahlungsterminal",
    ),
    (
        "payment-at-door.2",
        "zustellversuch|zahlungsschwierigkeit|zahlungsterminal",
    ),
    ("payment-required", "zahlung _ausstehend"),
    ("payment-required.not", "bezahlt"),
    ("undeliverable", "unzustellbar|nicht zustellbar"),
    ("does-not-fit", "passt _nicht"),
    (
        "attempt",
        "zustellversuch|benachrichtigungskarte|abholungseinladung",
    ),
    ("attempt.not", "_weiteren"),
    ("not-yet-delivered", "_noch _nicht"),
    (
        "not-delivered-phrase",
        "konnten _nicht _zustellen|_nicht _zugestellt|nicht _geliefert",
    ),
    (
        "unclaimed",
        "nicht _abgeholt|keine _abholung|lagerfrist|nicht _behoben|\
        nicht _abgeholt _wurde|abholfrist",
    ),
    (
        "missorted",
        "falsche _tour|falsch _sortiert|fehlgeleitet|fehlsortiert|sortierfehler|\
        fehlsortier|fehlleitung",
    ),
    ("sorry-updated", "entschuldig|leider"),
    (
        "handed-to-partner",
        "ubergeben an|_an _den _zustellpartner|ubergabe an|partnerunternehmen|servicepartner",
    ),
    ("handed-to-partner.not", "empfanger|kunde"),
    ("delivery-choice", "wunsch|gewahlt"),
    ("sender-drop-off", "abgegeben|eingeliefert"),
    (
        "sender-drop-off.not",
        "empfanger|nachbar|briefkasten|ablageort|wunschort|haustur",
    ),
    ("collected-by-recipient", "abgeholt"),
    ("collected-by-recipient.2", "empfanger|kunde"),
    ("collected-by-recipient.not", "fahrer|absender"),
    ("collected-from-post-office-or-locker", "abgeholt|entnommen"),
    (
        "collected-from-post-office-or-locker.not",
        "fahrer|absender",
    ),
    (
        "delivered-personal-locker",
        "paketkasten|empfangsbox|paketbox",
    ),
    ("delivered-to-locker.not", "unterwegs"),
    ("delivered-to-post-office.not", "unterwegs"),
    ("delivered-to-pickup-point.not", "unterwegs"),
    ("delivered-to-carrier-facility.2", "_depot"),
    ("pickup-reminder", "erinnerung"),
    ("pickup-reminder.2", "abhol"),
    ("delivered-neighbor", "nachbar"),
    ("delivered-neighbor.not", "wunschnachbar"),
    ("delivered-mailbox", "briefkasten"),
    ("delivered-mailbox.not", "einladung|benachrichtigung"),
    (
        "delivered-safe-place",
        "ablageort|garten|terrasse|wunschort",
    ),
    ("delivered-front-door", "haustur|wohnungstur"),
    (
        "delivered-agent.2",
        "rezeption|hausbewohner|familienangehorig|empfangsberechtigt|\
        familienmitglied|ehegatt|ehepartner|bevollmachtigt|anwesende _person|hauspoststelle|\
        mitbewohner|_empfangsberechtigte",
    ),
    ("delivered-signed", "personlich"),
    ("delivered-partial.2", "unvollstandig|teilweise"),
    // DPD Predict names the day's one-hour slot ("Zustellung erfolgt heute zwischen 10:30 und
    // 11:30 Uhr": out for delivery, below); a slot on a later day is an arranged delivery.
    (
        "delivery-arranged",
        "auf _wunsch|wunsch|vereinbarung|_erfolgt _morgen|_morgen _zwischen|_erfolgt _am_|\
        _zustellung _am_",
    ),
    (
        "rescheduled",
        "verschoben|neuer _zustelltermin|nachsten _werktag|nachster _werktag|folgenden _werktag",
    ),
    (
        "forwarded",
        "andere adresse|umgeleitet|weitergeleitet|nachsendung",
    ),
    ("picked-up-received-by", "_ubernommen"),
    ("arrived-destination-country", "eingetroffen|angekommen"),
    ("arrived-destination-country.2", "zielland|bestimmungsland"),
    (
        "at-local-facility",
        "zustellbasis|zustelldepot|zustellstutzpunkt|\
        zustellung _vorbereitet",
    ),
    ("at-local-facility.not", "_unterwegs|_auf _dem _weg"),
    ("arriving-soon", "in kurze|bald _da"),
    (
        "out-for-delivery",
        "in zustellung|zustelltour|zustellfahrzeug|auf _tour|\
        zur zustellung _geladen|_zusteller _ubergeben|_zustellerin _ubergeben|zustellung _heute|heute _zugestellt|\
        _in _der _zustellung|_zusteller _ist _unterwegs|_zustellerin _ist _unterwegs|\
        _paketboten _ubergeben|_paketbotin _ubergeben|_im _laufe _des _tages|\
        _auf _dem _weg _zu _ihnen|_unterwegs _zu _ihnen|_erfolgt _heute|_heute _zwischen",
    ),
    (
        "out-for-delivery.not",
        "verzog|verspat|_nicht_|_morgen_|_ubermorgen",
    ),
    (
        "out-for-delivery-to-pickup-point",
        "_auf _dem _weg _zum|_auf _dem _weg _zur|_auf _dem _weg _in|_unterwegs _zum|\
        _unterwegs _zur|_wird _zur _abholung|_wird _in _die|_wird _in _den|_wird _an _die|\
        _wird _an _den",
    ),
    (
        "collected-at-pickup-place",
        "_ausgehandigt|empfanger _ubergeben|empfangerin _ubergeben|_abgeholt|_entnommen",
    ),
    (
        "collected-at-pickup-place.not",
        "_fahrer|_zusteller|_absender|_kurier|_bote",
    ),
    ("departed", "verlassen|abgang|abgefahren"),
    ("departed.not", "auftraggeber|lieferanten"),
    (
        "picked-up",
        "abgeholt|ubernommen|_angenommen|eingeliefert|verlassen|abholung",
    ),
    ("picked-up.not", "_nicht _abgeholt|nicht _angenommen"),
    (
        "arrived",
        "eingetroffen|angekommen|eingang|_eingegangen|_entladen",
    ),
    ("processed", "sortiert|bearbeitet|umgeschlagen"),
    // Back at the depot after a delivery round: the delivery did not happen (Hermes' 40xx
    // events "Die Sendung befindet sich wieder im ...", karrio's Hermes Germany event list);
    // a reason given (address, return, stop) is read by the rules before.
    (
        "back-at-depot",
        "befindet sich wieder|wieder _im _depot|zuruck _im _depot|wieder _im _verteilzentrum|\
        zuruck _ins _depot",
    ),
    (
        "back-at-depot.not",
        "zustellung|_unterwegs|_auf _dem _weg|_transport",
    ),
    // Expected but not there: a delay, unless it is "not yet" (still with the sender).
    ("not-arrived", "nicht eingetroffen|nicht angekommen"),
    ("not-arrived.not", "_noch_|_bisher"),
    ("problem-resolved", "behoben"),
    ("held", "aufbewahrt|zuruckgehalten"),
    ("delayed", "verzog|verspat|unpunktlich|zu _spat"),
    ("exception", "kontaktieren _sie|storung|problem|_fehlend"),
    (
        "in-transit",
        "hauptlauf|unterwegs|_transport|_flug|_auf _dem _weg|verteilzentrum|logistikzentrum|\
        _beladung_|_entladung_",
    ),
    ("notification", "vermessen|benachrichtig"),
    ("delivery-noun", "_zustellung"),
    (
        "delivery-planned",
        "_zustellung _erfolgt|_zustellung _ist _geplant|_zustellung _ist _fur",
    ),
    (
        "not-found",
        "sendungsnummer _unbekannt|keine _sendungsdaten|\
        keine _informationen _zu _dieser|sendungsnummer _nicht _gefunden|\
        sendung _nicht _gefunden _im _system",
    ),
];
