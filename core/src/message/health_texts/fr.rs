//! Health texts in French (`fr`): one row per key, in the same order in every
//! language (a test checks). Written for this project.

pub(super) static TEXTS: &[(&str, &str)] = &[
    // ---- explanations: what the health verdict rests on
    ("health.delivered", "Livré."),
    (
        "health.delivered_damaged",
        "Livré, mais le transporteur a signalé des dommages.",
    ),
    (
        "health.delivered_partial",
        "Seule une partie de l'envoi a été livrée.",
    ),
    ("health.cancelled", "L'envoi a été annulé."),
    (
        "health.returned_to_sender",
        "Le colis est revenu chez l'expéditeur.",
    ),
    ("health.lost", "{carrier} a déclaré le colis perdu."),
    (
        "health.disposed_or_seized",
        "Le colis a été détruit ou saisi et n'arrivera pas.",
    ),
    (
        "health.address_issue",
        "Le transporteur ne peut pas livrer à l'adresse indiquée.",
    ),
    (
        "health.payment_required",
        "Des droits, taxes ou frais doivent être payés avant que le colis soit remis.",
    ),
    (
        "health.id_check",
        "La livraison exige un contrôle d'identité ou d'âge, qui a échoué.",
    ),
    (
        "health.pickup_waiting",
        "Prêt à être retiré depuis {days}\u{202f}; il est conservé {limit_days}.",
    ),
    (
        "health.pickup_deadline_passed",
        "En attente de retrait depuis {days}, au-delà de la durée de conservation habituelle de {limit_days}\u{202f}; il sera bientôt renvoyé.",
    ),
    (
        "health.pickup_failed",
        "{carrier} n'a pas pu récupérer le colis chez l'expéditeur.",
    ),
    (
        "health.awaiting_handover",
        "L'étiquette est prête\u{202f}; le colis n'a pas encore été remis au transporteur.",
    ),
    (
        "health.label_not_handed_over",
        "Une étiquette a été créée il y a {dwell} mais {carrier} n'a pas reçu le colis\u{202f}; {percent} des {samples} colis précédents sont remis en {limit} au plus.",
    ),
    (
        "health.label_not_handed_over.prior",
        "Une étiquette a été créée il y a {dwell} mais {carrier} n'a pas reçu le colis\u{202f}; les colis sont normalement remis en {limit} au plus.",
    ),
    (
        "health.customs_hold",
        "Retenu par la douane, en attente de documents ou de dédouanement.",
    ),
    (
        "health.carrier_exception",
        "{carrier} a signalé un problème qui ne se résoudra pas tout seul ({problem}).",
    ),
    ("health.carrier_delay", "{carrier} a signalé un retard."),
    (
        "health.returning_to_sender",
        "Le colis est en cours de retour vers l'expéditeur.",
    ),
    (
        "health.attempt_failed",
        "{carrier} n'a pas pu livrer et réessaiera en général.",
    ),
    (
        "health.tracking_ended",
        "{carrier} a indiqué que le suivi s'arrête ici\u{202f}; la dernière étape n'est généralement pas scannée, l'absence de nouvelles est donc normale.",
    ),
    (
        "health.tracking_ended.late",
        "{carrier} a indiqué que le suivi s'arrête ici\u{202f}; la dernière étape n'est généralement pas scannée, l'absence de nouvelles est donc normale, mais la fenêtre de livraison est dépassée.",
    ),
    (
        "health.expired_stalled",
        "Aucune mise à jour du suivi depuis {days}\u{202f}; le suivi a expiré.",
    ),
    (
        "health.expired_no_info",
        "Aucune information du transporteur {days} après la commande\u{202f}; le suivi a expiré.",
    ),
    (
        "health.past_window",
        "La date de livraison prévue est passée et le colis est toujours en route.",
    ),
    (
        "health.moving",
        "Dernière mise à jour il y a {dwell}, dans la limite habituelle de {limit} pour cette étape.",
    ),
    (
        "health.awaiting_carrier_info",
        "Pas encore d'information du transporteur.",
    ),
    (
        "health.awaiting_carrier_info.early",
        "Pas encore d'information du transporteur\u{202f}; c'est normal les premiers jours.",
    ),
    (
        "health.no_carrier_info",
        "Commandé il y a {dwell} et le transporteur n'a toujours aucune information.",
    ),
    (
        "health.not_shipped",
        "Commandé il y a {dwell} et pas encore expédié.",
    ),
    // ---- stall sentences: a head ({gap}) and the threshold it passed
    ("health.gap.scan", "Aucun scan depuis {dwell}"),
    (
        "health.gap.delivery",
        "Pas livré {dwell} après la remise au transporteur",
    ),
    (
        "health.stall.cap_days",
        "{gap}, au-delà de la limite stricte de {limit_days}.",
    ),
    (
        "health.stall.cap.scan",
        "{gap}\u{202f}; {percent} des {samples} colis précédents, tous transporteurs et trajets confondus, ont leur scan suivant en {limit} au plus.",
    ),
    (
        "health.stall.cap.delivery",
        "{gap}\u{202f}; {percent} des {samples} colis précédents, tous transporteurs et trajets confondus, sont livrés en {limit} au plus.",
    ),
    (
        "health.stall.window",
        "{gap}, après la fin de sa fenêtre de livraison à {percent} ({limit} après la remise).",
    ),
    (
        "health.stall.promise",
        "{gap}\u{202f}; {percent} des colis confiés à {carrier} arrivent en {ratio} au plus du délai promis par la boutique, soit {limit} pour cette commande ({samples} envois précédents).",
    ),
    (
        "health.stall.hazard",
        "{gap}\u{202f}; {percent} des colis confiés à {carrier} encore non livrés {limit_days} après la remise ne sont jamais arrivés ({samples} envois précédents).",
    ),
    (
        "health.stall.hazard.destination",
        "{gap}\u{202f}; {percent} des colis confiés à {carrier} vers cette destination encore non livrés {limit_days} après la remise ne sont jamais arrivés ({samples} envois précédents).",
    ),
    (
        "health.stall.hazard.lane",
        "{gap}\u{202f}; {percent} des colis confiés à {carrier} sur ce trajet encore non livrés {limit_days} après la remise ne sont jamais arrivés ({samples} envois précédents).",
    ),
    (
        "health.stall.hazard.seller",
        "{gap}\u{202f}; {percent} des colis de cet expéditeur confiés à {carrier} sur ce trajet encore non livrés {limit_days} après la remise ne sont jamais arrivés ({samples} envois précédents).",
    ),
    (
        "health.stall.lane.scan",
        "{gap}\u{202f}; {percent} des colis confiés à {carrier} sur ce trajet ont leur scan suivant en {limit} au plus ({samples} envois précédents).",
    ),
    (
        "health.stall.lane.delivery",
        "{gap}\u{202f}; {percent} des colis confiés à {carrier} sur ce trajet sont livrés en {limit} au plus ({samples} envois précédents).",
    ),
    (
        "health.stall.learned.scan",
        "{gap}\u{202f}; {percent} des colis confiés à {carrier} ont leur scan suivant en {limit} au plus ({samples} envois précédents).",
    ),
    (
        "health.stall.learned.delivery",
        "{gap}\u{202f}; {percent} des colis confiés à {carrier} sont livrés en {limit} au plus ({samples} envois précédents).",
    ),
    (
        "health.stall.prior.scan",
        "{gap}\u{202f}; les colis confiés à {carrier} ont normalement leur scan suivant en {limit} au plus (délais de service publiés).",
    ),
    (
        "health.stall.prior.delivery",
        "{gap}\u{202f}; les colis confiés à {carrier} sont normalement livrés en {limit} au plus (délais de service publiés).",
    ),
    // ---- next steps for the merchant
    (
        "health.action.offer_replacement",
        "Contactez le client et proposez un remplacement ou un remboursement",
    ),
    (
        "health.action.ask_for_rest",
        "Demandez à {carrier} où se trouve le reste",
    ),
    (
        "health.action.reship_or_refund",
        "Contactez le client pour renvoyer la commande ou le rembourser",
    ),
    (
        "health.action.claim",
        "Adressez une réclamation à {carrier} et envoyez au client un remplacement ou un remboursement",
    ),
    (
        "health.action.confirm_address",
        "Demandez au client de confirmer l'adresse",
    ),
    (
        "health.action.pay",
        "Demandez au client de payer les droits ou frais au transporteur",
    ),
    (
        "health.action.have_id",
        "Dites au client de préparer une pièce d'identité ou de retirer le colis en personne",
    ),
    (
        "health.action.collect_today",
        "Demandez au client de le retirer aujourd'hui, ou organisez une nouvelle livraison",
    ),
    (
        "health.action.collect_by",
        "Rappelez au client de le retirer avant le {date}",
    ),
    (
        "health.action.new_collection",
        "Demandez un nouvel enlèvement à {carrier} ou déposez le colis vous-même",
    ),
    (
        "health.action.hand_over",
        "Remettez le colis à {carrier} ou annulez l'étiquette",
    ),
    (
        "health.action.customs_documents",
        "Vérifiez avec {carrier} si la douane a besoin de documents",
    ),
    (
        "health.action.decide_with_carrier",
        "Contactez {carrier} et choisissez entre retour, nouvel envoi ou remboursement",
    ),
    ("health.action.tell_delay", "Informez le client du retard"),
    (
        "health.action.about_reshipment",
        "Contactez le client au sujet d'un nouvel envoi ou d'un remboursement",
    ),
    (
        "health.action.be_available",
        "Assurez-vous que quelqu'un puisse le réceptionner, ou reprogrammez la livraison",
    ),
    (
        "health.action.confirm_delivery",
        "Si le client ne l'a pas reçu, demandez à {carrier} de confirmer la livraison",
    ),
    (
        "health.action.lost_claim",
        "Déclarez la perte du colis à {carrier} et proposez au client un remplacement ou un remboursement",
    ),
    (
        "health.action.trace",
        "Contactez {carrier} pour ouvrir une enquête",
    ),
    (
        "health.action.tell_late",
        "Prévenez le client du retard et donnez-lui la nouvelle date prévue",
    ),
    (
        "health.action.check_number",
        "Vérifiez le numéro de suivi et si le colis a bien été remis",
    ),
    (
        "health.action.check_handover",
        "Vérifiez que le colis a été remis au transporteur et que le numéro de suivi est correct",
    ),
    (
        "health.action.ship",
        "Expédiez la commande ou indiquez au client quand elle partira",
    ),
    // ---- the carrier when unknown, in the grammatical form the sentences above use
    ("health.the_carrier", "votre transporteur"),
    // ---- the problem a carrier reported ({problem}), by sub-status
    ("health.problem.damaged", "colis endommagé"),
    ("health.problem.refused", "refusé par le destinataire"),
    ("health.problem.unclaimed", "non retiré à temps"),
    ("health.problem.prohibited", "contenu non autorisé"),
    ("health.problem.undeliverable", "impossible à livrer"),
    (
        "health.problem.stopped",
        "arrêté à la demande de l'expéditeur",
    ),
    ("health.problem.other", "autre problème"),
    // ---- units by plural category (CLDR: one, few, many, other); `calendar_days` where a sentence also gives business days
    ("health.unit.business_hours.one", "{n} heure ouvrée"),
    ("health.unit.business_hours.few", "{n} heures ouvrées"),
    ("health.unit.business_hours.many", "{n} heures ouvrées"),
    ("health.unit.business_hours.other", "{n} heures ouvrées"),
    ("health.unit.business_days.one", "{n} jour ouvré"),
    ("health.unit.business_days.few", "{n} jours ouvrés"),
    ("health.unit.business_days.many", "{n} jours ouvrés"),
    ("health.unit.business_days.other", "{n} jours ouvrés"),
    ("health.unit.days.one", "{n} jour"),
    ("health.unit.days.few", "{n} jours"),
    ("health.unit.days.many", "{n} jours"),
    ("health.unit.days.other", "{n} jours"),
    ("health.unit.calendar_days.one", "{n} jour calendaire"),
    ("health.unit.calendar_days.few", "{n} jours calendaires"),
    ("health.unit.calendar_days.many", "{n} jours calendaires"),
    ("health.unit.calendar_days.other", "{n} jours calendaires"),
];
