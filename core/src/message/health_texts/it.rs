//! Health texts in Italian (`it`): one row per key, in the same order in every
//! language (a test checks). Written for this project.

pub(super) static TEXTS: &[(&str, &str)] = &[
    // ---- explanations: what the health verdict rests on
    ("health.delivered", "Consegnato."),
    (
        "health.delivered_damaged",
        "Consegnato, ma il corriere ha segnalato danni.",
    ),
    (
        "health.delivered_partial",
        "È stata consegnata solo una parte della spedizione.",
    ),
    ("health.cancelled", "La spedizione è stata annullata."),
    (
        "health.returned_to_sender",
        "Il pacco è tornato al mittente.",
    ),
    ("health.lost", "{carrier} ha dichiarato il pacco smarrito."),
    (
        "health.disposed_or_seized",
        "Il pacco è stato distrutto o sequestrato e non arriverà.",
    ),
    (
        "health.address_issue",
        "Il corriere non riesce a consegnare all'indirizzo indicato.",
    ),
    (
        "health.payment_required",
        "Dazi, tasse o spese devono essere pagati prima che il pacco venga rilasciato.",
    ),
    (
        "health.id_check",
        "La consegna richiede un controllo dell'identità o dell'età, che non è riuscito.",
    ),
    (
        "health.pickup_waiting",
        "Pronto per il ritiro da {days}; viene conservato per {limit_days}.",
    ),
    (
        "health.pickup_deadline_passed",
        "In attesa di ritiro da {days}, oltre il consueto periodo di giacenza di {limit_days}; sarà presto rispedito.",
    ),
    (
        "health.pickup_failed",
        "{carrier} non è riuscito a ritirare il pacco dal mittente.",
    ),
    (
        "health.awaiting_handover",
        "L'etichetta è pronta; il pacco non è ancora stato consegnato al corriere.",
    ),
    (
        "health.label_not_handed_over",
        "L'etichetta è stata creata {dwell} fa, ma {carrier} non ha ricevuto il pacco; {percent} di {samples} pacchi precedenti viene affidato al corriere entro {limit}.",
    ),
    (
        "health.label_not_handed_over.prior",
        "L'etichetta è stata creata {dwell} fa, ma {carrier} non ha ricevuto il pacco; di solito i pacchi vengono affidati al corriere entro {limit}.",
    ),
    (
        "health.customs_hold",
        "Trattenuto in dogana, in attesa di documenti o dello sdoganamento.",
    ),
    (
        "health.carrier_exception",
        "{carrier} ha segnalato un problema che non si risolverà da solo ({problem}).",
    ),
    ("health.carrier_delay", "{carrier} ha segnalato un ritardo."),
    (
        "health.returning_to_sender",
        "Il pacco sta tornando al mittente.",
    ),
    (
        "health.attempt_failed",
        "{carrier} non è riuscito a consegnare e di solito riproverà.",
    ),
    (
        "health.tracking_ended",
        "{carrier} ha indicato che il tracciamento finisce qui; l'ultima tratta di solito non viene scansionata, quindi l'assenza di aggiornamenti è normale.",
    ),
    (
        "health.tracking_ended.late",
        "{carrier} ha indicato che il tracciamento finisce qui; l'ultima tratta di solito non viene scansionata, quindi l'assenza di aggiornamenti è normale, ma la finestra di consegna è passata.",
    ),
    (
        "health.expired_stalled",
        "Nessun aggiornamento del tracciamento da {days}; il tracciamento è scaduto.",
    ),
    (
        "health.expired_no_info",
        "Nessuna informazione dal corriere {days} dopo l'ordine; il tracciamento è scaduto.",
    ),
    (
        "health.past_window",
        "La data di consegna prevista è passata e il pacco è ancora in viaggio.",
    ),
    (
        "health.moving",
        "Ultimo aggiornamento {dwell} fa, entro il limite consueto per questa fase ({limit}).",
    ),
    (
        "health.awaiting_carrier_info",
        "Ancora nessuna informazione dal corriere.",
    ),
    (
        "health.awaiting_carrier_info.early",
        "Ancora nessuna informazione dal corriere; è normale nei primi giorni.",
    ),
    (
        "health.no_carrier_info",
        "Ordinato {dwell} fa e il corriere non ha ancora informazioni.",
    ),
    (
        "health.not_shipped",
        "Ordinato {dwell} fa e non ancora spedito.",
    ),
    // ---- stall sentences: a head ({gap}) and the threshold it passed
    ("health.gap.scan", "Nessuna scansione da {dwell}"),
    (
        "health.gap.delivery",
        "Non consegnato {dwell} dopo l'affidamento al corriere",
    ),
    (
        "health.stall.cap_days",
        "{gap}, oltre il limite massimo di {limit_days}.",
    ),
    (
        "health.stall.cap.scan",
        "{gap}; {percent} di tutti i {samples} pacchi precedenti, qualunque sia il corriere o la tratta, riceve la scansione successiva entro {limit}.",
    ),
    (
        "health.stall.cap.delivery",
        "{gap}; {percent} di tutti i {samples} pacchi precedenti, qualunque sia il corriere o la tratta, viene consegnato entro {limit}.",
    ),
    (
        "health.stall.window",
        "{gap}, oltre la fine della sua finestra di consegna (livello {percent}, {limit} dopo l'affidamento).",
    ),
    (
        "health.stall.promise",
        "{gap}; {percent} dei pacchi con {carrier} arriva entro {ratio} del tempo di consegna promesso dal negozio, cioè {limit} per questo ordine ({samples} spedizioni precedenti).",
    ),
    (
        "health.stall.hazard",
        "{gap}; {percent} dei pacchi con {carrier} ancora non consegnati {limit_days} dopo l'affidamento non è mai arrivato ({samples} spedizioni precedenti).",
    ),
    (
        "health.stall.hazard.destination",
        "{gap}; {percent} dei pacchi con {carrier} verso questa destinazione ancora non consegnati {limit_days} dopo l'affidamento non è mai arrivato ({samples} spedizioni precedenti).",
    ),
    (
        "health.stall.hazard.lane",
        "{gap}; {percent} dei pacchi con {carrier} su questa tratta ancora non consegnati {limit_days} dopo l'affidamento non è mai arrivato ({samples} spedizioni precedenti).",
    ),
    (
        "health.stall.hazard.seller",
        "{gap}; {percent} dei pacchi di questo mittente con {carrier} su questa tratta ancora non consegnati {limit_days} dopo l'affidamento non è mai arrivato ({samples} spedizioni precedenti).",
    ),
    (
        "health.stall.lane.scan",
        "{gap}; {percent} dei pacchi con {carrier} su questa tratta riceve la scansione successiva entro {limit} ({samples} spedizioni precedenti).",
    ),
    (
        "health.stall.lane.delivery",
        "{gap}; {percent} dei pacchi con {carrier} su questa tratta viene consegnato entro {limit} ({samples} spedizioni precedenti).",
    ),
    (
        "health.stall.learned.scan",
        "{gap}; {percent} dei pacchi con {carrier} riceve la scansione successiva entro {limit} ({samples} spedizioni precedenti).",
    ),
    (
        "health.stall.learned.delivery",
        "{gap}; {percent} dei pacchi con {carrier} viene consegnato entro {limit} ({samples} spedizioni precedenti).",
    ),
    (
        "health.stall.prior.scan",
        "{gap}; i pacchi con {carrier} di solito ricevono la scansione successiva entro {limit} (tempi di servizio pubblicati).",
    ),
    (
        "health.stall.prior.delivery",
        "{gap}; i pacchi con {carrier} di solito vengono consegnati entro {limit} (tempi di servizio pubblicati).",
    ),
    // ---- next steps for the merchant
    (
        "health.action.offer_replacement",
        "Contatta il cliente e offri una sostituzione o un rimborso",
    ),
    (
        "health.action.ask_for_rest",
        "Verifica con {carrier} dove si trova il resto",
    ),
    (
        "health.action.reship_or_refund",
        "Contatta il cliente per una nuova spedizione o un rimborso",
    ),
    (
        "health.action.claim",
        "Apri un reclamo con {carrier} e invia al cliente una sostituzione o un rimborso",
    ),
    (
        "health.action.confirm_address",
        "Chiedi al cliente di confermare l'indirizzo",
    ),
    (
        "health.action.pay",
        "Chiedi al cliente di pagare dazi o spese al corriere",
    ),
    (
        "health.action.have_id",
        "Di' al cliente di tenere pronto un documento d'identità o di ritirare il pacco di persona",
    ),
    (
        "health.action.collect_today",
        "Chiedi al cliente di ritirarlo oggi, oppure organizza una nuova consegna",
    ),
    (
        "health.action.collect_by",
        "Ricorda al cliente di ritirarlo entro {date}",
    ),
    (
        "health.action.new_collection",
        "Prenota un nuovo ritiro con {carrier} o consegna tu il pacco",
    ),
    (
        "health.action.hand_over",
        "Spedisci il pacco con {carrier} o annulla l'etichetta",
    ),
    (
        "health.action.customs_documents",
        "Verifica con {carrier} se la dogana ha bisogno di documenti",
    ),
    (
        "health.action.decide_with_carrier",
        "Contatta {carrier} e scegli tra reso, nuova spedizione o rimborso",
    ),
    ("health.action.tell_delay", "Informa il cliente del ritardo"),
    (
        "health.action.about_reshipment",
        "Contatta il cliente riguardo a una nuova spedizione o a un rimborso",
    ),
    (
        "health.action.be_available",
        "Assicurati che qualcuno possa riceverlo, oppure riprogramma la consegna",
    ),
    (
        "health.action.confirm_delivery",
        "Se il cliente non l'ha ricevuto, verifica la consegna con {carrier}",
    ),
    (
        "health.action.lost_claim",
        "Apri una pratica di smarrimento con {carrier} e offri al cliente una sostituzione o un rimborso",
    ),
    (
        "health.action.trace",
        "Contatta {carrier} per aprire una ricerca",
    ),
    (
        "health.action.tell_late",
        "Avvisa il cliente del ritardo e comunicagli la nuova data prevista",
    ),
    (
        "health.action.check_number",
        "Controlla il numero di tracciamento e se il pacco è stato davvero affidato al corriere",
    ),
    (
        "health.action.check_handover",
        "Controlla che il pacco sia stato affidato al corriere e che il numero di tracciamento sia giusto",
    ),
    (
        "health.action.ship",
        "Spedisci l'ordine o comunica al cliente quando partirà",
    ),
    // ---- the carrier when unknown, in the grammatical form the sentences above use
    ("health.the_carrier", "il corriere"),
    // ---- the problem a carrier reported ({problem}), by sub-status
    ("health.problem.damaged", "pacco danneggiato"),
    ("health.problem.refused", "rifiutato dal destinatario"),
    ("health.problem.unclaimed", "non ritirato in tempo"),
    ("health.problem.prohibited", "contenuto non consentito"),
    ("health.problem.undeliverable", "non recapitabile"),
    (
        "health.problem.stopped",
        "fermato su richiesta del mittente",
    ),
    ("health.problem.other", "altro problema"),
    // ---- units by plural category (CLDR: one, few, many, other); `calendar_days` where a sentence also gives business days
    ("health.unit.business_hours.one", "{n} ora lavorativa"),
    ("health.unit.business_hours.few", "{n} ore lavorative"),
    ("health.unit.business_hours.many", "{n} ore lavorative"),
    ("health.unit.business_hours.other", "{n} ore lavorative"),
    ("health.unit.business_days.one", "{n} giorno lavorativo"),
    ("health.unit.business_days.few", "{n} giorni lavorativi"),
    ("health.unit.business_days.many", "{n} giorni lavorativi"),
    ("health.unit.business_days.other", "{n} giorni lavorativi"),
    ("health.unit.days.one", "{n} giorno"),
    ("health.unit.days.few", "{n} giorni"),
    ("health.unit.days.many", "{n} giorni"),
    ("health.unit.days.other", "{n} giorni"),
    ("health.unit.calendar_days.one", "{n} giorno di calendario"),
    ("health.unit.calendar_days.few", "{n} giorni di calendario"),
    ("health.unit.calendar_days.many", "{n} giorni di calendario"),
    (
        "health.unit.calendar_days.other",
        "{n} giorni di calendario",
    ),
];
