//! Health texts in Spanish (`es`): one row per key, in the same order in every
//! language (a test checks). Written for this project.

pub(super) static TEXTS: &[(&str, &str)] = &[
    // ---- explanations: what the health verdict rests on
    ("health.delivered", "Entregado."),
    (
        "health.delivered_damaged",
        "Entregado, pero el transportista informó de daños.",
    ),
    (
        "health.delivered_partial",
        "Solo se entregó una parte del envío.",
    ),
    ("health.cancelled", "El envío fue cancelado."),
    (
        "health.returned_to_sender",
        "El paquete ha vuelto al remitente.",
    ),
    ("health.lost", "{carrier} declaró el paquete como perdido."),
    (
        "health.disposed_or_seized",
        "El paquete fue destruido o incautado y no llegará.",
    ),
    (
        "health.address_issue",
        "El transportista no puede entregar en la dirección indicada.",
    ),
    (
        "health.payment_required",
        "Hay que pagar aranceles, impuestos o tasas antes de que se libere el paquete.",
    ),
    (
        "health.id_check",
        "La entrega requiere una comprobación de identidad o de edad que no se superó.",
    ),
    (
        "health.pickup_waiting",
        "Listo para recoger desde hace {days}; se guarda {limit_days}.",
    ),
    (
        "health.pickup_deadline_passed",
        "Esperando a ser recogido desde hace {days}, más allá del plazo habitual de {limit_days}; pronto será devuelto.",
    ),
    (
        "health.pickup_failed",
        "{carrier} no pudo recoger el paquete del remitente.",
    ),
    (
        "health.awaiting_handover",
        "La etiqueta está lista; el paquete aún no se ha entregado al transportista.",
    ),
    (
        "health.label_not_handed_over",
        "Se creó una etiqueta hace {dwell}, pero {carrier} no ha recibido el paquete; el {percent} de {samples} paquetes anteriores se entregan al transportista en {limit} como máximo.",
    ),
    (
        "health.label_not_handed_over.prior",
        "Se creó una etiqueta hace {dwell}, pero {carrier} no ha recibido el paquete; normalmente los paquetes se entregan al transportista en {limit} como máximo.",
    ),
    (
        "health.customs_hold",
        "Retenido en aduana, a la espera de documentos o del despacho.",
    ),
    (
        "health.carrier_exception",
        "{carrier} informó de un problema que no se resolverá por sí solo ({problem}).",
    ),
    ("health.carrier_delay", "{carrier} informó de un retraso."),
    (
        "health.returning_to_sender",
        "El paquete está volviendo al remitente.",
    ),
    (
        "health.attempt_failed",
        "{carrier} no pudo entregar y normalmente lo intentará de nuevo.",
    ),
    (
        "health.tracking_ended",
        "{carrier} indicó que el seguimiento termina aquí; el último tramo no suele escanearse, así que es normal no tener noticias.",
    ),
    (
        "health.tracking_ended.late",
        "{carrier} indicó que el seguimiento termina aquí; el último tramo no suele escanearse, así que es normal no tener noticias, pero la ventana de entrega ya pasó.",
    ),
    (
        "health.expired_stalled",
        "Sin actualizaciones de seguimiento desde hace {days}; el seguimiento ha caducado.",
    ),
    (
        "health.expired_no_info",
        "Ninguna información del transportista {days} después del pedido; el seguimiento ha caducado.",
    ),
    (
        "health.past_window",
        "La fecha de entrega prevista ya pasó y el paquete sigue en camino.",
    ),
    (
        "health.moving",
        "Última actualización hace {dwell}, dentro de lo habitual para esta etapa ({limit}).",
    ),
    (
        "health.awaiting_carrier_info",
        "Aún no hay información del transportista.",
    ),
    (
        "health.awaiting_carrier_info.early",
        "Aún no hay información del transportista; es normal en los primeros días.",
    ),
    (
        "health.no_carrier_info",
        "Pedido hace {dwell} y el transportista aún no tiene información.",
    ),
    (
        "health.not_shipped",
        "Pedido hace {dwell} y aún sin enviar.",
    ),
    // ---- stall sentences: a head ({gap}) and the threshold it passed
    ("health.gap.scan", "Sin escaneos desde hace {dwell}"),
    (
        "health.gap.delivery",
        "Sin entregar {dwell} después de la entrega al transportista",
    ),
    (
        "health.stall.cap_days",
        "{gap}, más allá del límite fijo de {limit_days}.",
    ),
    (
        "health.stall.cap.scan",
        "{gap}; el {percent} de los {samples} paquetes anteriores, sea cual sea el transportista o la ruta, recibe el siguiente escaneo en {limit} como máximo.",
    ),
    (
        "health.stall.cap.delivery",
        "{gap}; el {percent} de los {samples} paquetes anteriores, sea cual sea el transportista o la ruta, se entrega en {limit} como máximo.",
    ),
    (
        "health.stall.window",
        "{gap}, después del final de su ventana de entrega al {percent} ({limit} tras la entrega al transportista).",
    ),
    (
        "health.stall.promise",
        "{gap}; el {percent} de los paquetes con {carrier} llega en como máximo el {ratio} del plazo prometido por la tienda, {limit} para este pedido ({samples} envíos anteriores).",
    ),
    (
        "health.stall.hazard",
        "{gap}; el {percent} de los paquetes con {carrier} aún sin entregar {limit_days} tras la entrega al transportista nunca llegó ({samples} envíos anteriores).",
    ),
    (
        "health.stall.hazard.destination",
        "{gap}; el {percent} de los paquetes con {carrier} a este destino aún sin entregar {limit_days} tras la entrega al transportista nunca llegó ({samples} envíos anteriores).",
    ),
    (
        "health.stall.hazard.lane",
        "{gap}; el {percent} de los paquetes con {carrier} en esta ruta aún sin entregar {limit_days} tras la entrega al transportista nunca llegó ({samples} envíos anteriores).",
    ),
    (
        "health.stall.hazard.seller",
        "{gap}; el {percent} de los paquetes de este remitente con {carrier} en esta ruta aún sin entregar {limit_days} tras la entrega al transportista nunca llegó ({samples} envíos anteriores).",
    ),
    (
        "health.stall.lane.scan",
        "{gap}; el {percent} de los paquetes con {carrier} en esta ruta recibe el siguiente escaneo en {limit} como máximo ({samples} envíos anteriores).",
    ),
    (
        "health.stall.lane.delivery",
        "{gap}; el {percent} de los paquetes con {carrier} en esta ruta se entrega en {limit} como máximo ({samples} envíos anteriores).",
    ),
    (
        "health.stall.learned.scan",
        "{gap}; el {percent} de los paquetes con {carrier} recibe el siguiente escaneo en {limit} como máximo ({samples} envíos anteriores).",
    ),
    (
        "health.stall.learned.delivery",
        "{gap}; el {percent} de los paquetes con {carrier} se entrega en {limit} como máximo ({samples} envíos anteriores).",
    ),
    (
        "health.stall.prior.scan",
        "{gap}; los paquetes con {carrier} suelen recibir el siguiente escaneo en {limit} como máximo (plazos de servicio publicados).",
    ),
    (
        "health.stall.prior.delivery",
        "{gap}; los paquetes con {carrier} suelen entregarse en {limit} como máximo (plazos de servicio publicados).",
    ),
    // ---- next steps for the merchant
    (
        "health.action.offer_replacement",
        "Contacta con el cliente y ofrece un reemplazo o un reembolso",
    ),
    (
        "health.action.ask_for_rest",
        "Pregunta a {carrier} dónde está el resto",
    ),
    (
        "health.action.reship_or_refund",
        "Contacta con el cliente para reenviar o reembolsar",
    ),
    (
        "health.action.claim",
        "Presenta una reclamación a {carrier} y envía al cliente un reemplazo o un reembolso",
    ),
    (
        "health.action.confirm_address",
        "Pide al cliente que confirme la dirección",
    ),
    (
        "health.action.pay",
        "Pide al cliente que pague los aranceles o tasas al transportista",
    ),
    (
        "health.action.have_id",
        "Dile al cliente que tenga a mano su documento de identidad o recoja el paquete en persona",
    ),
    (
        "health.action.collect_today",
        "Pide al cliente que lo recoja hoy, o programa una nueva entrega",
    ),
    (
        "health.action.collect_by",
        "Recuerda al cliente que lo recoja antes del {date}",
    ),
    (
        "health.action.new_collection",
        "Reserva una nueva recogida con {carrier} o lleva tú el paquete",
    ),
    (
        "health.action.hand_over",
        "Entrega el paquete a {carrier} o anula la etiqueta",
    ),
    (
        "health.action.customs_documents",
        "Consulta con {carrier} si la aduana necesita documentos",
    ),
    (
        "health.action.decide_with_carrier",
        "Contacta con {carrier} y decide entre devolución, reenvío o reembolso",
    ),
    ("health.action.tell_delay", "Informa al cliente del retraso"),
    (
        "health.action.about_reshipment",
        "Contacta con el cliente sobre un reenvío o un reembolso",
    ),
    (
        "health.action.be_available",
        "Asegúrate de que alguien pueda recibirlo, o reprograma la entrega",
    ),
    (
        "health.action.confirm_delivery",
        "Si el cliente no lo ha recibido, pide a {carrier} que confirme la entrega",
    ),
    (
        "health.action.lost_claim",
        "Reclama la pérdida del paquete a {carrier} y ofrece al cliente un reemplazo o un reembolso",
    ),
    (
        "health.action.trace",
        "Contacta con {carrier} para abrir una investigación",
    ),
    (
        "health.action.tell_late",
        "Avisa al cliente del retraso y dale la nueva fecha prevista",
    ),
    (
        "health.action.check_number",
        "Comprueba el número de seguimiento y si el paquete llegó a entregarse al transportista",
    ),
    (
        "health.action.check_handover",
        "Comprueba que el paquete se entregó al transportista y que el número de seguimiento es correcto",
    ),
    (
        "health.action.ship",
        "Envía el pedido o dile al cliente cuándo se enviará",
    ),
    // ---- the carrier when unknown, in the grammatical form the sentences above use
    ("health.the_carrier", "su transportista"),
    // ---- the problem a carrier reported ({problem}), by sub-status
    ("health.problem.damaged", "paquete dañado"),
    ("health.problem.refused", "rechazado por el destinatario"),
    ("health.problem.unclaimed", "no recogido a tiempo"),
    ("health.problem.prohibited", "contenido no permitido"),
    ("health.problem.undeliverable", "no se puede entregar"),
    (
        "health.problem.stopped",
        "detenido a petición del remitente",
    ),
    ("health.problem.other", "otro problema"),
    // ---- units by plural category (CLDR: one, few, many, other); `calendar_days` where a sentence also gives business days
    ("health.unit.business_hours.one", "{n} hora hábil"),
    ("health.unit.business_hours.few", "{n} horas hábiles"),
    ("health.unit.business_hours.many", "{n} horas hábiles"),
    ("health.unit.business_hours.other", "{n} horas hábiles"),
    ("health.unit.business_days.one", "{n} día hábil"),
    ("health.unit.business_days.few", "{n} días hábiles"),
    ("health.unit.business_days.many", "{n} días hábiles"),
    ("health.unit.business_days.other", "{n} días hábiles"),
    ("health.unit.days.one", "{n} día"),
    ("health.unit.days.few", "{n} días"),
    ("health.unit.days.many", "{n} días"),
    ("health.unit.days.other", "{n} días"),
    ("health.unit.calendar_days.one", "{n} día natural"),
    ("health.unit.calendar_days.few", "{n} días naturales"),
    ("health.unit.calendar_days.many", "{n} días naturales"),
    ("health.unit.calendar_days.other", "{n} días naturales"),
];
