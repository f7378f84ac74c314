//! Health texts in European Portuguese (`pt-PT`): one row per key, in the same order in every
//! language (a test checks). Written for this project in Portugal's usage (`encomenda`,
//! `morada`, `levantamento`, `contacte`, `a ser devolvida`), not adapted from `pt-BR`.

pub(super) static TEXTS: &[(&str, &str)] = &[
    // ---- explanations: what the health verdict rests on
    ("health.delivered", "Entregue."),
    (
        "health.delivered_damaged",
        "Entregue, mas a transportadora comunicou danos.",
    ),
    (
        "health.delivered_partial",
        "Só parte do envio foi entregue.",
    ),
    ("health.cancelled", "O envio foi cancelado."),
    (
        "health.returned_to_sender",
        "A encomenda foi devolvida ao remetente.",
    ),
    (
        "health.lost",
        "{carrier} declarou a encomenda como extraviada.",
    ),
    (
        "health.disposed_or_seized",
        "A encomenda foi destruída ou apreendida e não vai chegar.",
    ),
    (
        "health.address_issue",
        "A transportadora não consegue entregar na morada indicada.",
    ),
    (
        "health.payment_required",
        "É preciso pagar impostos, taxas ou tarifas antes de a encomenda ser libertada.",
    ),
    (
        "health.id_check",
        "A entrega exige uma verificação de identidade ou de idade, que falhou.",
    ),
    (
        "health.pickup_waiting",
        "Pronta para levantamento há {days}; fica guardada durante {limit_days}.",
    ),
    (
        "health.pickup_deadline_passed",
        "À espera de levantamento há {days}, para lá do prazo habitual de {limit_days}; em breve será devolvida.",
    ),
    (
        "health.pickup_failed",
        "{carrier} não conseguiu recolher a encomenda junto do remetente.",
    ),
    (
        "health.awaiting_handover",
        "A etiqueta está pronta; a encomenda ainda não foi entregue à transportadora.",
    ),
    (
        "health.label_not_handed_over",
        "A etiqueta foi criada há {dwell}, mas {carrier} não recebeu a encomenda; {percent} de {samples} encomendas anteriores são expedidas em até {limit}.",
    ),
    (
        "health.label_not_handed_over.prior",
        "A etiqueta foi criada há {dwell}, mas {carrier} não recebeu a encomenda; normalmente as encomendas são expedidas em até {limit}.",
    ),
    (
        "health.customs_hold",
        "Retida na alfândega, à espera de documentos ou de desalfandegamento.",
    ),
    (
        "health.carrier_exception",
        "{carrier} comunicou um problema que não se resolve sem intervenção ({problem}).",
    ),
    ("health.carrier_delay", "{carrier} comunicou um atraso."),
    (
        "health.returning_to_sender",
        "A encomenda está a ser devolvida ao remetente.",
    ),
    (
        "health.attempt_failed",
        "{carrier} não conseguiu entregar e normalmente volta a tentar.",
    ),
    (
        "health.tracking_ended",
        "{carrier} indicou que o seguimento termina aqui; o último troço normalmente não é registado, por isso é de esperar que não haja atualizações.",
    ),
    (
        "health.tracking_ended.late",
        "{carrier} indicou que o seguimento termina aqui; o último troço normalmente não é registado, por isso é de esperar que não haja atualizações, mas o prazo de entrega já passou.",
    ),
    (
        "health.expired_stalled",
        "Sem atualizações do seguimento há {days}; o seguimento expirou.",
    ),
    (
        "health.expired_no_info",
        "Nenhuma informação da transportadora {days} depois da encomenda; o seguimento expirou.",
    ),
    (
        "health.past_window",
        "A data de entrega prevista já passou e a encomenda continua a caminho.",
    ),
    (
        "health.moving",
        "Última atualização há {dwell}, dentro do prazo habitual para esta etapa ({limit}).",
    ),
    (
        "health.awaiting_carrier_info",
        "Ainda não há informações da transportadora.",
    ),
    (
        "health.awaiting_carrier_info.early",
        "Ainda não há informações da transportadora; é normal nos primeiros dias.",
    ),
    (
        "health.no_carrier_info",
        "Encomenda feita há {dwell} e a transportadora ainda não tem informações.",
    ),
    (
        "health.not_shipped",
        "Encomenda feita há {dwell} e ainda não enviada.",
    ),
    // ---- stall sentences: a head ({gap}) and the threshold it passed
    ("health.gap.scan", "Sem registos há {dwell}"),
    (
        "health.gap.delivery",
        "Não entregue {dwell} depois da expedição",
    ),
    (
        "health.stall.cap_days",
        "{gap}, para lá do limite máximo de {limit_days}.",
    ),
    (
        "health.stall.cap.scan",
        "{gap}; {percent} de todas as {samples} encomendas anteriores, seja qual for a transportadora ou o percurso, têm o registo seguinte em até {limit}.",
    ),
    (
        "health.stall.cap.delivery",
        "{gap}; {percent} de todas as {samples} encomendas anteriores, seja qual for a transportadora ou o percurso, são entregues em até {limit}.",
    ),
    (
        "health.stall.window",
        "{gap}, depois do fim do seu intervalo de entrega de {percent} ({limit} após a expedição).",
    ),
    (
        "health.stall.promise",
        "{gap}; {percent} das encomendas com {carrier} chegam em até {ratio} do prazo prometido pela loja, {limit} para esta encomenda ({samples} envios anteriores).",
    ),
    (
        "health.stall.hazard",
        "{gap}; {percent} das encomendas com {carrier} ainda por entregar {limit_days} após a expedição nunca chegaram ({samples} envios anteriores).",
    ),
    (
        "health.stall.hazard.destination",
        "{gap}; {percent} das encomendas com {carrier} para este destino ainda por entregar {limit_days} após a expedição nunca chegaram ({samples} envios anteriores).",
    ),
    (
        "health.stall.hazard.lane",
        "{gap}; {percent} das encomendas com {carrier} neste percurso ainda por entregar {limit_days} após a expedição nunca chegaram ({samples} envios anteriores).",
    ),
    (
        "health.stall.hazard.seller",
        "{gap}; {percent} das encomendas deste remetente com {carrier} neste percurso ainda por entregar {limit_days} após a expedição nunca chegaram ({samples} envios anteriores).",
    ),
    (
        "health.stall.lane.scan",
        "{gap}; {percent} das encomendas com {carrier} neste percurso têm o registo seguinte em até {limit} ({samples} envios anteriores).",
    ),
    (
        "health.stall.lane.delivery",
        "{gap}; {percent} das encomendas com {carrier} neste percurso são entregues em até {limit} ({samples} envios anteriores).",
    ),
    (
        "health.stall.learned.scan",
        "{gap}; {percent} das encomendas com {carrier} têm o registo seguinte em até {limit} ({samples} envios anteriores).",
    ),
    (
        "health.stall.learned.delivery",
        "{gap}; {percent} das encomendas com {carrier} são entregues em até {limit} ({samples} envios anteriores).",
    ),
    (
        "health.stall.prior.scan",
        "{gap}; as encomendas com {carrier} normalmente têm o registo seguinte em até {limit} (prazos de serviço publicados).",
    ),
    (
        "health.stall.prior.delivery",
        "{gap}; as encomendas com {carrier} normalmente são entregues em até {limit} (prazos de serviço publicados).",
    ),
    // ---- next steps for the merchant
    (
        "health.action.offer_replacement",
        "Contacte o cliente e ofereça uma substituição ou o reembolso",
    ),
    (
        "health.action.ask_for_rest",
        "Verifique com {carrier} onde está o resto",
    ),
    (
        "health.action.reship_or_refund",
        "Contacte o cliente para reenviar ou reembolsar",
    ),
    (
        "health.action.claim",
        "Abra uma reclamação com {carrier} e envie ao cliente uma substituição ou o reembolso",
    ),
    (
        "health.action.confirm_address",
        "Peça ao cliente que confirme a morada",
    ),
    (
        "health.action.pay",
        "Peça ao cliente que pague os impostos ou as taxas à transportadora",
    ),
    (
        "health.action.have_id",
        "Avise o cliente para ter um documento de identificação à mão ou levantar a encomenda pessoalmente",
    ),
    (
        "health.action.collect_today",
        "Peça ao cliente que a levante hoje, ou marque uma nova entrega",
    ),
    (
        "health.action.collect_by",
        "Lembre o cliente de a levantar até {date}",
    ),
    (
        "health.action.new_collection",
        "Marque uma nova recolha com {carrier} ou leve a encomenda a um balcão",
    ),
    (
        "health.action.hand_over",
        "Despache a encomenda com {carrier} ou cancele a etiqueta",
    ),
    (
        "health.action.customs_documents",
        "Confirme com {carrier} se a alfândega precisa de documentos",
    ),
    (
        "health.action.decide_with_carrier",
        "Contacte {carrier} e decida entre devolução, reenvio ou reembolso",
    ),
    ("health.action.tell_delay", "Informe o cliente do atraso"),
    (
        "health.action.about_reshipment",
        "Contacte o cliente sobre um reenvio ou reembolso",
    ),
    (
        "health.action.be_available",
        "Certifique-se de que alguém a pode receber, ou remarque a entrega",
    ),
    (
        "health.action.confirm_delivery",
        "Se o cliente não a recebeu, confirme a entrega com {carrier}",
    ),
    (
        "health.action.lost_claim",
        "Abra um processo de extravio com {carrier} e ofereça ao cliente uma substituição ou o reembolso",
    ),
    (
        "health.action.trace",
        "Contacte {carrier} para abrir uma investigação",
    ),
    (
        "health.action.tell_late",
        "Informe o cliente do atraso e indique a nova data prevista",
    ),
    (
        "health.action.check_number",
        "Verifique o número de seguimento e se a encomenda chegou a ser expedida",
    ),
    (
        "health.action.check_handover",
        "Verifique se a encomenda foi expedida e se o número de seguimento está correto",
    ),
    (
        "health.action.ship",
        "Envie a encomenda ou informe o cliente de quando será enviada",
    ),
    // ---- the carrier when unknown, in the grammatical form the sentences above use
    ("health.the_carrier", "a transportadora"),
    // ---- the problem a carrier reported ({problem}), by sub-status
    ("health.problem.damaged", "encomenda danificada"),
    ("health.problem.refused", "recusada pelo destinatário"),
    ("health.problem.unclaimed", "não levantada no prazo"),
    ("health.problem.prohibited", "conteúdo não permitido"),
    ("health.problem.undeliverable", "impossível de entregar"),
    (
        "health.problem.stopped",
        "interrompida a pedido do remetente",
    ),
    ("health.problem.other", "outro problema"),
    // ---- units by plural category (CLDR: one, few, many, other); `calendar_days` where a sentence also gives business days
    ("health.unit.business_hours.one", "{n} hora útil"),
    ("health.unit.business_hours.few", "{n} horas úteis"),
    ("health.unit.business_hours.many", "{n} horas úteis"),
    ("health.unit.business_hours.other", "{n} horas úteis"),
    ("health.unit.business_days.one", "{n} dia útil"),
    ("health.unit.business_days.few", "{n} dias úteis"),
    ("health.unit.business_days.many", "{n} dias úteis"),
    ("health.unit.business_days.other", "{n} dias úteis"),
    ("health.unit.days.one", "{n} dia"),
    ("health.unit.days.few", "{n} dias"),
    ("health.unit.days.many", "{n} dias"),
    ("health.unit.days.other", "{n} dias"),
    ("health.unit.calendar_days.one", "{n} dia de calendário"),
    ("health.unit.calendar_days.few", "{n} dias de calendário"),
    ("health.unit.calendar_days.many", "{n} dias de calendário"),
    ("health.unit.calendar_days.other", "{n} dias de calendário"),
];
