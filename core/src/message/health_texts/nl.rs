//! Health texts in Dutch (`nl`): one row per key, in the same order in every
//! language (a test checks). Written for this project.

pub(super) static TEXTS: &[(&str, &str)] = &[
    // ---- explanations: what the health verdict rests on
    ("health.delivered", "Bezorgd."),
    (
        "health.delivered_damaged",
        "Bezorgd, maar de vervoerder heeft schade gemeld.",
    ),
    (
        "health.delivered_partial",
        "Slechts een deel van de zending is bezorgd.",
    ),
    ("health.cancelled", "De zending is geannuleerd."),
    (
        "health.returned_to_sender",
        "Het pakket is terug bij de afzender.",
    ),
    (
        "health.lost",
        "{carrier} heeft het pakket als verloren gemeld.",
    ),
    (
        "health.disposed_or_seized",
        "Het pakket is vernietigd of in beslag genomen en komt niet aan.",
    ),
    (
        "health.address_issue",
        "De vervoerder kan niet bezorgen op het opgegeven adres.",
    ),
    (
        "health.payment_required",
        "Invoerrechten, belastingen of kosten moeten worden betaald voordat het pakket wordt vrijgegeven.",
    ),
    (
        "health.id_check",
        "Voor de bezorging is een identiteits- of leeftijdscontrole nodig, en die is mislukt.",
    ),
    (
        "health.pickup_waiting",
        "Ligt al {days} klaar om op te halen; het wordt {limit_days} bewaard.",
    ),
    (
        "health.pickup_deadline_passed",
        "Wacht al {days} op ophalen, langer dan de gebruikelijke bewaartermijn van {limit_days}; het wordt binnenkort teruggestuurd.",
    ),
    (
        "health.pickup_failed",
        "{carrier} kon het pakket niet ophalen bij de afzender.",
    ),
    (
        "health.awaiting_handover",
        "Het label is klaar; het pakket is nog niet aan de vervoerder overgedragen.",
    ),
    (
        "health.label_not_handed_over",
        "Er is {dwell} geleden een label aangemaakt, maar {carrier} heeft het pakket niet ontvangen; {percent} van {samples} eerdere pakketten wordt binnen {limit} overgedragen.",
    ),
    (
        "health.label_not_handed_over.prior",
        "Er is {dwell} geleden een label aangemaakt, maar {carrier} heeft het pakket niet ontvangen; pakketten worden normaal binnen {limit} overgedragen.",
    ),
    (
        "health.customs_hold",
        "Tegengehouden door de douane, wacht op documenten of vrijgave.",
    ),
    (
        "health.carrier_exception",
        "{carrier} heeft een probleem gemeld dat niet vanzelf wordt opgelost ({problem}).",
    ),
    (
        "health.carrier_delay",
        "{carrier} heeft een vertraging gemeld.",
    ),
    (
        "health.returning_to_sender",
        "Het pakket is onderweg terug naar de afzender.",
    ),
    (
        "health.attempt_failed",
        "{carrier} kon niet bezorgen en probeert het meestal opnieuw.",
    ),
    (
        "health.tracking_ended",
        "{carrier} gaf aan dat de tracking hier stopt; de laatste etappe wordt meestal niet gescand, dus stilte is normaal.",
    ),
    (
        "health.tracking_ended.late",
        "{carrier} gaf aan dat de tracking hier stopt; de laatste etappe wordt meestal niet gescand, dus stilte is normaal, maar het levervenster is voorbij.",
    ),
    (
        "health.expired_stalled",
        "Al {days} geen tracking-update; de tracking is verlopen.",
    ),
    (
        "health.expired_no_info",
        "{days} na de bestelling nog niets van de vervoerder; de tracking is verlopen.",
    ),
    (
        "health.past_window",
        "De verwachte bezorgdatum is voorbij en het pakket is nog onderweg.",
    ),
    (
        "health.moving",
        "Laatste update {dwell} geleden, binnen de gebruikelijke {limit} voor deze stap.",
    ),
    (
        "health.awaiting_carrier_info",
        "Nog geen informatie van de vervoerder.",
    ),
    (
        "health.awaiting_carrier_info.early",
        "Nog geen informatie van de vervoerder; dat is normaal in de eerste dagen.",
    ),
    (
        "health.no_carrier_info",
        "{dwell} geleden besteld en de vervoerder heeft nog steeds geen informatie.",
    ),
    (
        "health.not_shipped",
        "{dwell} geleden besteld en nog niet verzonden.",
    ),
    // ---- stall sentences: a head ({gap}) and the threshold it passed
    ("health.gap.scan", "Al {dwell} geen scan"),
    (
        "health.gap.delivery",
        "{dwell} na overdracht nog niet bezorgd",
    ),
    (
        "health.stall.cap_days",
        "{gap}, voorbij de harde grens van {limit_days}.",
    ),
    (
        "health.stall.cap.scan",
        "{gap}; {percent} van alle {samples} eerdere pakketten, ongeacht vervoerder of route, krijgt binnen {limit} de volgende scan.",
    ),
    (
        "health.stall.cap.delivery",
        "{gap}; {percent} van alle {samples} eerdere pakketten, ongeacht vervoerder of route, wordt binnen {limit} bezorgd.",
    ),
    (
        "health.stall.window",
        "{gap}, voorbij het einde van het {percent}-levervenster ({limit} na overdracht).",
    ),
    (
        "health.stall.promise",
        "{gap}; {percent} van de pakketten met {carrier} komt aan binnen {ratio} van de door de winkel beloofde levertijd, {limit} voor deze bestelling ({samples} eerdere zendingen).",
    ),
    (
        "health.stall.hazard",
        "{gap}; {percent} van de eerdere pakketten met {carrier} die {limit_days} na overdracht nog niet bezorgd waren, kwam nooit aan ({samples} eerdere zendingen).",
    ),
    (
        "health.stall.hazard.destination",
        "{gap}; {percent} van de eerdere pakketten met {carrier} naar deze bestemming die {limit_days} na overdracht nog niet bezorgd waren, kwam nooit aan ({samples} eerdere zendingen).",
    ),
    (
        "health.stall.hazard.lane",
        "{gap}; {percent} van de eerdere pakketten met {carrier} op deze route die {limit_days} na overdracht nog niet bezorgd waren, kwam nooit aan ({samples} eerdere zendingen).",
    ),
    (
        "health.stall.hazard.seller",
        "{gap}; {percent} van de eerdere pakketten van deze afzender met {carrier} op deze route die {limit_days} na overdracht nog niet bezorgd waren, kwam nooit aan ({samples} eerdere zendingen).",
    ),
    (
        "health.stall.lane.scan",
        "{gap}; {percent} van de pakketten met {carrier} op deze route krijgt binnen {limit} de volgende scan ({samples} eerdere zendingen).",
    ),
    (
        "health.stall.lane.delivery",
        "{gap}; {percent} van de pakketten met {carrier} op deze route wordt binnen {limit} bezorgd ({samples} eerdere zendingen).",
    ),
    (
        "health.stall.learned.scan",
        "{gap}; {percent} van de pakketten met {carrier} krijgt binnen {limit} de volgende scan ({samples} eerdere zendingen).",
    ),
    (
        "health.stall.learned.delivery",
        "{gap}; {percent} van de pakketten met {carrier} wordt binnen {limit} bezorgd ({samples} eerdere zendingen).",
    ),
    (
        "health.stall.prior.scan",
        "{gap}; pakketten met {carrier} krijgen normaal binnen {limit} de volgende scan (gepubliceerde servicetermijnen).",
    ),
    (
        "health.stall.prior.delivery",
        "{gap}; pakketten met {carrier} worden normaal binnen {limit} bezorgd (gepubliceerde servicetermijnen).",
    ),
    // ---- next steps for the merchant
    (
        "health.action.offer_replacement",
        "Neem contact op met de klant en bied vervanging of terugbetaling aan",
    ),
    (
        "health.action.ask_for_rest",
        "Vraag {carrier} waar de rest is",
    ),
    (
        "health.action.reship_or_refund",
        "Neem contact op met de klant om opnieuw te verzenden of terug te betalen",
    ),
    (
        "health.action.claim",
        "Dien een claim in bij {carrier} en stuur de klant vervanging of een terugbetaling",
    ),
    (
        "health.action.confirm_address",
        "Vraag de klant het adres te bevestigen",
    ),
    (
        "health.action.pay",
        "Vraag de klant de invoerrechten of kosten bij de vervoerder te betalen",
    ),
    (
        "health.action.have_id",
        "Laat de klant een identiteitsbewijs klaarhouden of het pakket zelf ophalen",
    ),
    (
        "health.action.collect_today",
        "Vraag de klant het vandaag op te halen, of regel een nieuwe bezorging",
    ),
    (
        "health.action.collect_by",
        "Herinner de klant eraan het vóór {date} op te halen",
    ),
    (
        "health.action.new_collection",
        "Boek een nieuwe ophaling bij {carrier} of lever het pakket zelf af",
    ),
    (
        "health.action.hand_over",
        "Geef het pakket af bij {carrier} of annuleer het label",
    ),
    (
        "health.action.customs_documents",
        "Vraag bij {carrier} na of de douane documenten nodig heeft",
    ),
    (
        "health.action.decide_with_carrier",
        "Neem contact op met {carrier} en kies voor retour, opnieuw verzenden of terugbetaling",
    ),
    (
        "health.action.tell_delay",
        "Laat de klant weten dat er vertraging is",
    ),
    (
        "health.action.about_reshipment",
        "Neem contact op met de klant over opnieuw verzenden of terugbetalen",
    ),
    (
        "health.action.be_available",
        "Zorg dat iemand het kan aannemen, of maak een nieuwe bezorgafspraak",
    ),
    (
        "health.action.confirm_delivery",
        "Als de klant het niet heeft ontvangen, vraag {carrier} de bezorging te bevestigen",
    ),
    (
        "health.action.lost_claim",
        "Dien bij {carrier} een claim in voor een verloren pakket en bied de klant vervanging of terugbetaling aan",
    ),
    (
        "health.action.trace",
        "Neem contact op met {carrier} om een onderzoek te starten",
    ),
    (
        "health.action.tell_late",
        "Laat de klant weten dat het te laat is en geef de nieuwe verwachte datum",
    ),
    (
        "health.action.check_number",
        "Controleer het trackingnummer en of het pakket ooit is overgedragen",
    ),
    (
        "health.action.check_handover",
        "Controleer of het pakket aan de vervoerder is overgedragen en het trackingnummer klopt",
    ),
    (
        "health.action.ship",
        "Verzend de bestelling of laat de klant weten wanneer die wordt verzonden",
    ),
    // ---- the carrier when unknown, in the grammatical form the sentences above use
    ("health.the_carrier", "de vervoerder"),
    // ---- the problem a carrier reported ({problem}), by sub-status
    ("health.problem.damaged", "pakket beschadigd"),
    ("health.problem.refused", "geweigerd door de ontvanger"),
    ("health.problem.unclaimed", "niet op tijd opgehaald"),
    ("health.problem.prohibited", "inhoud niet toegestaan"),
    ("health.problem.undeliverable", "onbestelbaar"),
    (
        "health.problem.stopped",
        "tegengehouden op verzoek van de afzender",
    ),
    ("health.problem.other", "ander probleem"),
    // ---- units by plural category (CLDR: one, few, many, other); `calendar_days` where a sentence also gives business days
    ("health.unit.business_hours.one", "{n} werkuur"),
    ("health.unit.business_hours.few", "{n} werkuren"),
    ("health.unit.business_hours.many", "{n} werkuren"),
    ("health.unit.business_hours.other", "{n} werkuren"),
    ("health.unit.business_days.one", "{n} werkdag"),
    ("health.unit.business_days.few", "{n} werkdagen"),
    ("health.unit.business_days.many", "{n} werkdagen"),
    ("health.unit.business_days.other", "{n} werkdagen"),
    ("health.unit.days.one", "{n} dag"),
    ("health.unit.days.few", "{n} dagen"),
    ("health.unit.days.many", "{n} dagen"),
    ("health.unit.days.other", "{n} dagen"),
    ("health.unit.calendar_days.one", "{n} kalenderdag"),
    ("health.unit.calendar_days.few", "{n} kalenderdagen"),
    ("health.unit.calendar_days.many", "{n} kalenderdagen"),
    ("health.unit.calendar_days.other", "{n} kalenderdagen"),
];
