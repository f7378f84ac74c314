//! Health texts in German (`de`): one row per key, in the same order in every
//! language (a test checks). Written for this project.

pub(super) static TEXTS: &[(&str, &str)] = &[
    // ---- explanations: what the health verdict rests on
    ("health.delivered", "Zugestellt."),
    (
        "health.delivered_damaged",
        "Zugestellt, aber der Versanddienstleister hat einen Schaden gemeldet.",
    ),
    (
        "health.delivered_partial",
        "Nur ein Teil der Sendung wurde zugestellt.",
    ),
    ("health.cancelled", "Die Sendung wurde storniert."),
    (
        "health.returned_to_sender",
        "Das Paket ist zurück beim Absender.",
    ),
    (
        "health.lost",
        "Laut {carrier} ist das Paket verloren gegangen.",
    ),
    (
        "health.disposed_or_seized",
        "Das Paket wurde vernichtet oder beschlagnahmt und kommt nicht an.",
    ),
    (
        "health.address_issue",
        "An die angegebene Adresse kann nicht zugestellt werden.",
    ),
    (
        "health.payment_required",
        "Zölle, Steuern oder Gebühren müssen bezahlt werden, bevor das Paket freigegeben wird.",
    ),
    (
        "health.id_check",
        "Die Zustellung erfordert eine Identitäts- oder Altersprüfung, die fehlgeschlagen ist.",
    ),
    (
        "health.pickup_waiting",
        "Liegt {days} zur Abholung bereit; es wird {limit_days} aufbewahrt.",
    ),
    (
        "health.pickup_deadline_passed",
        "Wartet {days} auf Abholung, länger als die übliche Aufbewahrungsfrist ({limit_days}); es geht bald zurück.",
    ),
    (
        "health.pickup_failed",
        "Laut {carrier} konnte das Paket beim Absender nicht abgeholt werden.",
    ),
    (
        "health.awaiting_handover",
        "Das Etikett ist fertig; das Paket wurde noch nicht an den Versanddienstleister übergeben.",
    ),
    (
        "health.label_not_handed_over",
        "Das Etikett ist {dwell} alt, aber laut {carrier} wurde das Paket noch nicht übergeben; bei {percent} von {samples} früheren Paketen dauerte die Übergabe höchstens {limit}.",
    ),
    (
        "health.label_not_handed_over.prior",
        "Das Etikett ist {dwell} alt, aber laut {carrier} wurde das Paket noch nicht übergeben; normalerweise dauert die Übergabe höchstens {limit}.",
    ),
    (
        "health.customs_hold",
        "Vom Zoll zurückgehalten, wartet auf Unterlagen oder Freigabe.",
    ),
    (
        "health.carrier_exception",
        "Laut {carrier} gibt es ein Problem, das sich nicht von selbst löst ({problem}).",
    ),
    (
        "health.carrier_delay",
        "Laut {carrier} verzögert sich die Sendung.",
    ),
    (
        "health.returning_to_sender",
        "Das Paket ist auf dem Rückweg zum Absender.",
    ),
    (
        "health.attempt_failed",
        "Laut {carrier} war die Zustellung nicht möglich; meist folgt ein neuer Versuch.",
    ),
    (
        "health.tracking_ended",
        "Laut {carrier} endet die Sendungsverfolgung hier; die letzte Etappe wird meist nicht gescannt, Funkstille ist also normal.",
    ),
    (
        "health.tracking_ended.late",
        "Laut {carrier} endet die Sendungsverfolgung hier; die letzte Etappe wird meist nicht gescannt, Funkstille ist also normal, aber das Lieferfenster ist vorbei.",
    ),
    (
        "health.expired_stalled",
        "{days} ohne Update der Sendungsverfolgung; die Sendungsverfolgung ist abgelaufen.",
    ),
    (
        "health.expired_no_info",
        "{days} nach der Bestellung noch keine Daten vom Versanddienstleister; die Sendungsverfolgung ist abgelaufen.",
    ),
    (
        "health.past_window",
        "Der erwartete Liefertermin ist vorbei und das Paket ist noch unterwegs.",
    ),
    (
        "health.moving",
        "Letzte Meldung ist {dwell} her; dieser Schritt dauert üblicherweise höchstens {limit}.",
    ),
    (
        "health.awaiting_carrier_info",
        "Noch keine Daten vom Versanddienstleister.",
    ),
    (
        "health.awaiting_carrier_info.early",
        "Noch keine Daten vom Versanddienstleister; in den ersten Tagen ist das normal.",
    ),
    (
        "health.no_carrier_info",
        "Die Bestellung ist {dwell} her und der Versanddienstleister hat noch keine Daten.",
    ),
    (
        "health.not_shipped",
        "Die Bestellung ist {dwell} her und noch nicht versandt.",
    ),
    // ---- stall sentences: a head ({gap}) and the threshold it passed
    ("health.gap.scan", "{dwell} ohne Scan"),
    (
        "health.gap.delivery",
        "{dwell} nach der Übergabe noch nicht zugestellt",
    ),
    (
        "health.stall.cap_days",
        "{gap}; die feste Obergrenze ({limit_days}) ist überschritten.",
    ),
    (
        "health.stall.cap.scan",
        "{gap}; bei {percent} aller {samples} früheren Pakete, gleich welcher Versanddienstleister und welche Strecke, dauerte es bis zum nächsten Scan höchstens {limit}.",
    ),
    (
        "health.stall.cap.delivery",
        "{gap}; bei {percent} aller {samples} früheren Pakete, gleich welcher Versanddienstleister und welche Strecke, dauerte die Zustellung höchstens {limit}.",
    ),
    (
        "health.stall.window",
        "{gap}; das Ende des Lieferfensters ({percent}; {limit} nach der Übergabe) ist überschritten.",
    ),
    (
        "health.stall.promise",
        "{gap}; {percent} der Pakete mit {carrier} brauchen höchstens {ratio} der vom Shop versprochenen Laufzeit, für diese Bestellung {limit} ({samples} frühere Sendungen).",
    ),
    (
        "health.stall.hazard",
        "{gap}; {percent} der früheren Pakete mit {carrier}, die {limit_days} nach der Übergabe noch nicht zugestellt waren, kamen nie an ({samples} frühere Sendungen).",
    ),
    (
        "health.stall.hazard.destination",
        "{gap}; {percent} der früheren Pakete mit {carrier} in diese Zielregion, die {limit_days} nach der Übergabe noch nicht zugestellt waren, kamen nie an ({samples} frühere Sendungen).",
    ),
    (
        "health.stall.hazard.lane",
        "{gap}; {percent} der früheren Pakete mit {carrier} auf dieser Strecke, die {limit_days} nach der Übergabe noch nicht zugestellt waren, kamen nie an ({samples} frühere Sendungen).",
    ),
    (
        "health.stall.hazard.seller",
        "{gap}; {percent} der früheren Pakete dieses Absenders mit {carrier} auf dieser Strecke, die {limit_days} nach der Übergabe noch nicht zugestellt waren, kamen nie an ({samples} frühere Sendungen).",
    ),
    (
        "health.stall.lane.scan",
        "{gap}; bei {percent} der Pakete mit {carrier} auf dieser Strecke dauerte es bis zum nächsten Scan höchstens {limit} ({samples} frühere Sendungen).",
    ),
    (
        "health.stall.lane.delivery",
        "{gap}; bei {percent} der Pakete mit {carrier} auf dieser Strecke dauerte die Zustellung höchstens {limit} ({samples} frühere Sendungen).",
    ),
    (
        "health.stall.learned.scan",
        "{gap}; bei {percent} der Pakete mit {carrier} dauerte es bis zum nächsten Scan höchstens {limit} ({samples} frühere Sendungen).",
    ),
    (
        "health.stall.learned.delivery",
        "{gap}; bei {percent} der Pakete mit {carrier} dauerte die Zustellung höchstens {limit} ({samples} frühere Sendungen).",
    ),
    (
        "health.stall.prior.scan",
        "{gap}; bei Paketen mit {carrier} dauert es bis zum nächsten Scan normalerweise höchstens {limit} (veröffentlichte Servicezeiten).",
    ),
    (
        "health.stall.prior.delivery",
        "{gap}; bei Paketen mit {carrier} dauert die Zustellung normalerweise höchstens {limit} (veröffentlichte Servicezeiten).",
    ),
    // ---- next steps for the merchant
    (
        "health.action.offer_replacement",
        "Kontaktieren Sie den Kunden und bieten Sie Ersatz oder Erstattung an",
    ),
    (
        "health.action.ask_for_rest",
        "Fragen Sie bei {carrier} nach, wo der Rest ist",
    ),
    (
        "health.action.reship_or_refund",
        "Kontaktieren Sie den Kunden wegen Neuversand oder Erstattung",
    ),
    (
        "health.action.claim",
        "Melden Sie den Schaden bei {carrier} und schicken Sie dem Kunden Ersatz oder erstatten Sie den Betrag",
    ),
    (
        "health.action.confirm_address",
        "Bitten Sie den Kunden, die Adresse zu bestätigen",
    ),
    (
        "health.action.pay",
        "Bitten Sie den Kunden, Zoll oder Gebühren beim Versanddienstleister zu bezahlen",
    ),
    (
        "health.action.have_id",
        "Sagen Sie dem Kunden, er soll einen Ausweis bereithalten oder das Paket selbst abholen",
    ),
    (
        "health.action.collect_today",
        "Bitten Sie den Kunden, es heute abzuholen, oder vereinbaren Sie eine neue Zustellung",
    ),
    (
        "health.action.collect_by",
        "Erinnern Sie den Kunden daran, es bis {date} abzuholen",
    ),
    (
        "health.action.new_collection",
        "Buchen Sie bei {carrier} eine neue Abholung oder geben Sie das Paket selbst ab",
    ),
    (
        "health.action.hand_over",
        "Geben Sie das Paket bei {carrier} ab oder stornieren Sie das Etikett",
    ),
    (
        "health.action.customs_documents",
        "Klären Sie mit {carrier}, ob der Zoll Unterlagen braucht",
    ),
    (
        "health.action.decide_with_carrier",
        "Sprechen Sie mit {carrier} und entscheiden Sie über Rücksendung, Neuversand oder Erstattung",
    ),
    (
        "health.action.tell_delay",
        "Informieren Sie den Kunden über die Verzögerung",
    ),
    (
        "health.action.about_reshipment",
        "Kontaktieren Sie den Kunden wegen eines Neuversands oder einer Erstattung",
    ),
    (
        "health.action.be_available",
        "Sorgen Sie dafür, dass jemand es annehmen kann, oder vereinbaren Sie eine neue Zustellung",
    ),
    (
        "health.action.confirm_delivery",
        "Hat der Kunde es nicht erhalten, lassen Sie sich die Zustellung von {carrier} bestätigen",
    ),
    (
        "health.action.lost_claim",
        "Melden Sie das Paket bei {carrier} als verloren und bieten Sie dem Kunden Ersatz oder Erstattung an",
    ),
    (
        "health.action.trace",
        "Stellen Sie bei {carrier} einen Nachforschungsantrag",
    ),
    (
        "health.action.tell_late",
        "Sagen Sie dem Kunden, dass es sich verspätet, und nennen Sie den neuen voraussichtlichen Termin",
    ),
    (
        "health.action.check_number",
        "Prüfen Sie die Sendungsnummer und ob das Paket überhaupt übergeben wurde",
    ),
    (
        "health.action.check_handover",
        "Prüfen Sie, ob das Paket übergeben wurde und die Sendungsnummer stimmt",
    ),
    (
        "health.action.ship",
        "Versenden Sie die Bestellung oder sagen Sie dem Kunden, wann sie verschickt wird",
    ),
    // ---- the carrier when unknown, in the grammatical form the sentences above use
    ("health.the_carrier", "dem Versanddienstleister"),
    // ---- the problem a carrier reported ({problem}), by sub-status
    ("health.problem.damaged", "Sendung beschädigt"),
    ("health.problem.refused", "Annahme verweigert"),
    ("health.problem.unclaimed", "nicht rechtzeitig abgeholt"),
    ("health.problem.prohibited", "Inhalt nicht zugelassen"),
    ("health.problem.undeliverable", "nicht zustellbar"),
    (
        "health.problem.stopped",
        "auf Wunsch des Absenders angehalten",
    ),
    ("health.problem.other", "anderes Problem"),
    // ---- units by plural category (CLDR: one, few, many, other); `calendar_days` where a sentence also gives business days
    ("health.unit.business_hours.one", "{n} Arbeitsstunde"),
    ("health.unit.business_hours.few", "{n} Arbeitsstunden"),
    ("health.unit.business_hours.many", "{n} Arbeitsstunden"),
    ("health.unit.business_hours.other", "{n} Arbeitsstunden"),
    ("health.unit.business_days.one", "{n} Werktag"),
    ("health.unit.business_days.few", "{n} Werktage"),
    ("health.unit.business_days.many", "{n} Werktage"),
    ("health.unit.business_days.other", "{n} Werktage"),
    ("health.unit.days.one", "{n} Tag"),
    ("health.unit.days.few", "{n} Tage"),
    ("health.unit.days.many", "{n} Tage"),
    ("health.unit.days.other", "{n} Tage"),
    ("health.unit.calendar_days.one", "{n} Kalendertag"),
    ("health.unit.calendar_days.few", "{n} Kalendertage"),
    ("health.unit.calendar_days.many", "{n} Kalendertage"),
    ("health.unit.calendar_days.other", "{n} Kalendertage"),
];
