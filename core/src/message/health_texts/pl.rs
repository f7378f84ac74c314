//! Health texts in Polish (`pl`): one row per key, in the same order in every
//! language (a test checks). Written for this project.

pub(super) static TEXTS: &[(&str, &str)] = &[
    // ---- explanations: what the health verdict rests on
    ("health.delivered", "Doręczono."),
    (
        "health.delivered_damaged",
        "Doręczono, ale przewoźnik zgłosił uszkodzenie.",
    ),
    (
        "health.delivered_partial",
        "Doręczono tylko część przesyłki.",
    ),
    ("health.cancelled", "Przesyłka została anulowana."),
    ("health.returned_to_sender", "Paczka wróciła do nadawcy."),
    ("health.lost", "Według {carrier} paczka zaginęła."),
    (
        "health.disposed_or_seized",
        "Paczka została zniszczona lub zatrzymana i nie dotrze.",
    ),
    (
        "health.address_issue",
        "Przewoźnik nie może doręczyć paczki pod podany adres.",
    ),
    (
        "health.payment_required",
        "Przed wydaniem paczki trzeba opłacić cło, podatki lub opłaty.",
    ),
    (
        "health.id_check",
        "Doręczenie wymaga sprawdzenia tożsamości lub wieku, które się nie powiodło.",
    ),
    (
        "health.pickup_waiting",
        "Paczka czeka na odbiór: {days}; okres przechowania: {limit_days}.",
    ),
    (
        "health.pickup_deadline_passed",
        "Paczka czeka na odbiór: {days}, dłużej niż zwykły okres przechowania ({limit_days}); wkrótce zostanie odesłana.",
    ),
    (
        "health.pickup_failed",
        "Według {carrier} nie udało się odebrać paczki od nadawcy.",
    ),
    (
        "health.awaiting_handover",
        "Etykieta jest gotowa; paczka nie została jeszcze przekazana przewoźnikowi.",
    ),
    (
        "health.label_not_handed_over",
        "Od utworzenia etykiety: {dwell}, a według {carrier} paczka nie została jeszcze nadana; {percent} z {samples} wcześniejszych paczek nadano w czasie nie dłuższym niż {limit}.",
    ),
    (
        "health.label_not_handed_over.prior",
        "Od utworzenia etykiety: {dwell}, a według {carrier} paczka nie została jeszcze nadana; zwykle nadanie trwa nie dłużej niż {limit}.",
    ),
    (
        "health.customs_hold",
        "Zatrzymana przez urząd celny, czeka na dokumenty lub zwolnienie.",
    ),
    (
        "health.carrier_exception",
        "Według {carrier} wystąpił problem, który sam się nie rozwiąże ({problem}).",
    ),
    (
        "health.carrier_delay",
        "Według {carrier} przesyłka jest opóźniona.",
    ),
    ("health.returning_to_sender", "Paczka wraca do nadawcy."),
    (
        "health.attempt_failed",
        "Według {carrier} doręczenie się nie udało; zwykle nastąpi kolejna próba.",
    ),
    (
        "health.tracking_ended",
        "Według {carrier} śledzenie kończy się w tym miejscu; ostatni etap zwykle nie jest skanowany, więc brak aktualizacji jest normalny.",
    ),
    (
        "health.tracking_ended.late",
        "Według {carrier} śledzenie kończy się w tym miejscu; ostatni etap zwykle nie jest skanowany, więc brak aktualizacji jest normalny, ale okno doręczenia już minęło.",
    ),
    (
        "health.expired_stalled",
        "Czas bez aktualizacji śledzenia: {days}; śledzenie wygasło.",
    ),
    (
        "health.expired_no_info",
        "Czas od zamówienia bez informacji od przewoźnika: {days}; śledzenie wygasło.",
    ),
    (
        "health.past_window",
        "Przewidywana data doręczenia minęła, a paczka jest nadal w drodze.",
    ),
    (
        "health.moving",
        "Od ostatniej aktualizacji: {dwell}, w zwykłym limicie tego etapu ({limit}).",
    ),
    (
        "health.awaiting_carrier_info",
        "Brak jeszcze informacji od przewoźnika.",
    ),
    (
        "health.awaiting_carrier_info.early",
        "Brak jeszcze informacji od przewoźnika; w pierwszych dniach to normalne.",
    ),
    (
        "health.no_carrier_info",
        "Od zamówienia: {dwell}, a przewoźnik wciąż nie ma informacji.",
    ),
    (
        "health.not_shipped",
        "Od zamówienia: {dwell}, a paczka nie została jeszcze wysłana.",
    ),
    // ---- stall sentences: a head ({gap}) and the threshold it passed
    ("health.gap.scan", "Czas bez skanu: {dwell}"),
    (
        "health.gap.delivery",
        "Czas od nadania bez doręczenia: {dwell}",
    ),
    (
        "health.stall.cap_days",
        "{gap}, ponad sztywny limit ({limit_days}).",
    ),
    (
        "health.stall.cap.scan",
        "{gap}; {percent} ze wszystkich {samples} wcześniejszych paczek, niezależnie od przewoźnika i trasy, dostało kolejny skan w czasie nie dłuższym niż {limit}.",
    ),
    (
        "health.stall.cap.delivery",
        "{gap}; {percent} ze wszystkich {samples} wcześniejszych paczek, niezależnie od przewoźnika i trasy, zostało doręczone w czasie nie dłuższym niż {limit}.",
    ),
    (
        "health.stall.window",
        "{gap}, po końcu okna doręczenia ({percent}; {limit} od nadania).",
    ),
    (
        "health.stall.promise",
        "{gap}; {percent} paczek wysłanych przez {carrier} dociera w czasie nie dłuższym niż {ratio} czasu obiecanego przez sklep, dla tego zamówienia to {limit} (liczba wcześniejszych przesyłek: {samples}).",
    ),
    (
        "health.stall.hazard",
        "{gap}; {percent} wcześniejszych paczek wysłanych przez {carrier}, niedoręczonych {limit_days} od nadania, nigdy nie dotarło (liczba wcześniejszych przesyłek: {samples}).",
    ),
    (
        "health.stall.hazard.destination",
        "{gap}; {percent} wcześniejszych paczek wysłanych przez {carrier} do tego miejsca docelowego, niedoręczonych {limit_days} od nadania, nigdy nie dotarło (liczba wcześniejszych przesyłek: {samples}).",
    ),
    (
        "health.stall.hazard.lane",
        "{gap}; {percent} wcześniejszych paczek wysłanych przez {carrier} na tej trasie, niedoręczonych {limit_days} od nadania, nigdy nie dotarło (liczba wcześniejszych przesyłek: {samples}).",
    ),
    (
        "health.stall.hazard.seller",
        "{gap}; {percent} wcześniejszych paczek tego nadawcy wysłanych przez {carrier} na tej trasie, niedoręczonych {limit_days} od nadania, nigdy nie dotarło (liczba wcześniejszych przesyłek: {samples}).",
    ),
    (
        "health.stall.lane.scan",
        "{gap}; {percent} paczek wysłanych przez {carrier} na tej trasie dostaje kolejny skan w czasie nie dłuższym niż {limit} (liczba wcześniejszych przesyłek: {samples}).",
    ),
    (
        "health.stall.lane.delivery",
        "{gap}; {percent} paczek wysłanych przez {carrier} na tej trasie jest doręczanych w czasie nie dłuższym niż {limit} (liczba wcześniejszych przesyłek: {samples}).",
    ),
    (
        "health.stall.learned.scan",
        "{gap}; {percent} paczek wysłanych przez {carrier} dostaje kolejny skan w czasie nie dłuższym niż {limit} (liczba wcześniejszych przesyłek: {samples}).",
    ),
    (
        "health.stall.learned.delivery",
        "{gap}; {percent} paczek wysłanych przez {carrier} jest doręczanych w czasie nie dłuższym niż {limit} (liczba wcześniejszych przesyłek: {samples}).",
    ),
    (
        "health.stall.prior.scan",
        "{gap}; paczki wysłane przez {carrier} zwykle dostają kolejny skan w czasie nie dłuższym niż {limit} (opublikowane terminy usług).",
    ),
    (
        "health.stall.prior.delivery",
        "{gap}; paczki wysłane przez {carrier} są zwykle doręczane w czasie nie dłuższym niż {limit} (opublikowane terminy usług).",
    ),
    // ---- next steps for the merchant
    (
        "health.action.offer_replacement",
        "Skontaktuj się z klientem i zaproponuj wymianę lub zwrot pieniędzy",
    ),
    (
        "health.action.ask_for_rest",
        "Zgłoś się do {carrier} i ustal, gdzie jest reszta",
    ),
    (
        "health.action.reship_or_refund",
        "Skontaktuj się z klientem w sprawie ponownej wysyłki lub zwrotu pieniędzy",
    ),
    (
        "health.action.claim",
        "Złóż reklamację u {carrier} i wyślij klientowi nową paczkę lub zwróć pieniądze",
    ),
    (
        "health.action.confirm_address",
        "Poproś klienta o potwierdzenie adresu",
    ),
    (
        "health.action.pay",
        "Poproś klienta o opłacenie cła lub opłat u przewoźnika",
    ),
    (
        "health.action.have_id",
        "Poproś klienta, aby przygotował dokument tożsamości lub odebrał paczkę osobiście",
    ),
    (
        "health.action.collect_today",
        "Poproś klienta o odbiór jeszcze dziś albo umów ponowne doręczenie",
    ),
    (
        "health.action.collect_by",
        "Przypomnij klientowi o odbiorze paczki (termin: {date})",
    ),
    (
        "health.action.new_collection",
        "Zamów u {carrier} nowy odbiór lub nadaj paczkę samodzielnie",
    ),
    (
        "health.action.hand_over",
        "Przekaż paczkę do {carrier} lub anuluj etykietę",
    ),
    (
        "health.action.customs_documents",
        "Sprawdź u {carrier}, czy urząd celny potrzebuje dokumentów",
    ),
    (
        "health.action.decide_with_carrier",
        "Zgłoś się do {carrier} i zdecyduj: zwrot, ponowna wysyłka lub zwrot pieniędzy",
    ),
    (
        "health.action.tell_delay",
        "Poinformuj klienta o opóźnieniu",
    ),
    (
        "health.action.about_reshipment",
        "Ustal z klientem ponowną wysyłkę lub zwrot pieniędzy",
    ),
    (
        "health.action.be_available",
        "Upewnij się, że ktoś odbierze paczkę, albo umów nowy termin doręczenia",
    ),
    (
        "health.action.confirm_delivery",
        "Jeśli klient nie otrzymał paczki, zgłoś się do {carrier} o potwierdzenie doręczenia",
    ),
    (
        "health.action.lost_claim",
        "Zgłoś zaginięcie paczki do {carrier} i zaproponuj klientowi wymianę lub zwrot pieniędzy",
    ),
    (
        "health.action.trace",
        "Zgłoś się do {carrier}, aby rozpocząć poszukiwanie paczki",
    ),
    (
        "health.action.tell_late",
        "Poinformuj klienta o opóźnieniu i podaj nową przewidywaną datę",
    ),
    (
        "health.action.check_number",
        "Sprawdź numer przesyłki i czy paczka w ogóle została nadana",
    ),
    (
        "health.action.check_handover",
        "Sprawdź, czy paczka została przekazana przewoźnikowi i czy numer przesyłki jest poprawny",
    ),
    (
        "health.action.ship",
        "Wyślij zamówienie albo poinformuj klienta, kiedy zostanie wysłane",
    ),
    // ---- the carrier when unknown, in the grammatical form the sentences above use
    ("health.the_carrier", "przewoźnika"),
    // ---- the problem a carrier reported ({problem}), by sub-status
    ("health.problem.damaged", "paczka uszkodzona"),
    ("health.problem.refused", "odmowa przyjęcia"),
    ("health.problem.unclaimed", "nieodebrana w terminie"),
    ("health.problem.prohibited", "niedozwolona zawartość"),
    ("health.problem.undeliverable", "nie można doręczyć"),
    ("health.problem.stopped", "zatrzymana na prośbę nadawcy"),
    ("health.problem.other", "inny problem"),
    // ---- units by plural category (CLDR: one, few, many, other); `calendar_days` where a sentence also gives business days
    ("health.unit.business_hours.one", "{n} godzina robocza"),
    ("health.unit.business_hours.few", "{n} godziny robocze"),
    ("health.unit.business_hours.many", "{n} godzin roboczych"),
    ("health.unit.business_hours.other", "{n} godziny roboczej"),
    ("health.unit.business_days.one", "{n} dzień roboczy"),
    ("health.unit.business_days.few", "{n} dni robocze"),
    ("health.unit.business_days.many", "{n} dni roboczych"),
    ("health.unit.business_days.other", "{n} dnia roboczego"),
    ("health.unit.days.one", "{n} dzień"),
    ("health.unit.days.few", "{n} dni"),
    ("health.unit.days.many", "{n} dni"),
    ("health.unit.days.other", "{n} dnia"),
    ("health.unit.calendar_days.one", "{n} dzień kalendarzowy"),
    ("health.unit.calendar_days.few", "{n} dni kalendarzowe"),
    ("health.unit.calendar_days.many", "{n} dni kalendarzowych"),
    ("health.unit.calendar_days.other", "{n} dnia kalendarzowego"),
];
