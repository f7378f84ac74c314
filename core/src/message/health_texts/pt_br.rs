//! Health texts in Portuguese (Brazil) (`pt-BR`): one row per key, in the same order in every
//! language (a test checks). Written for this project.

pub(super) static TEXTS: &[(&str, &str)] = &[
    // ---- explanations: what the health verdict rests on
    ("health.delivered", "Entregue."),
    (
        "health.delivered_damaged",
        "Entregue, mas a transportadora informou avarias.",
    ),
    (
        "health.delivered_partial",
        "Apenas parte do envio foi entregue.",
    ),
    ("health.cancelled", "O envio foi cancelado."),
    ("health.returned_to_sender", "O pacote voltou ao remetente."),
    (
        "health.lost",
        "{carrier} declarou o pacote como extraviado.",
    ),
    (
        "health.disposed_or_seized",
        "O pacote foi destruído ou apreendido e não chegará.",
    ),
    (
        "health.address_issue",
        "A transportadora não consegue entregar no endereço informado.",
    ),
    (
        "health.payment_required",
        "Impostos, taxas ou tarifas precisam ser pagos antes da liberação do pacote.",
    ),
    (
        "health.id_check",
        "A entrega exige uma verificação de identidade ou idade, que falhou.",
    ),
    (
        "health.pickup_waiting",
        "Pronto para retirada há {days}; fica guardado por {limit_days}.",
    ),
    (
        "health.pickup_deadline_passed",
        "Aguardando retirada há {days}, além do prazo habitual de {limit_days}; logo será devolvido.",
    ),
    (
        "health.pickup_failed",
        "{carrier} não conseguiu coletar o pacote com o remetente.",
    ),
    (
        "health.awaiting_handover",
        "A etiqueta está pronta; o pacote ainda não foi entregue à transportadora.",
    ),
    (
        "health.label_not_handed_over",
        "A etiqueta foi criada há {dwell}, mas {carrier} não recebeu o pacote; {percent} de {samples} pacotes anteriores são postados em até {limit}.",
    ),
    (
        "health.label_not_handed_over.prior",
        "A etiqueta foi criada há {dwell}, mas {carrier} não recebeu o pacote; normalmente os pacotes são postados em até {limit}.",
    ),
    (
        "health.customs_hold",
        "Retido na alfândega, aguardando documentos ou liberação.",
    ),
    (
        "health.carrier_exception",
        "{carrier} informou um problema que não será resolvido sem intervenção ({problem}).",
    ),
    ("health.carrier_delay", "{carrier} informou um atraso."),
    (
        "health.returning_to_sender",
        "O pacote está voltando para o remetente.",
    ),
    (
        "health.attempt_failed",
        "{carrier} não conseguiu entregar e normalmente tentará de novo.",
    ),
    (
        "health.tracking_ended",
        "{carrier} informou que o rastreamento termina aqui; o último trecho normalmente não é escaneado, então a falta de atualizações é esperada.",
    ),
    (
        "health.tracking_ended.late",
        "{carrier} informou que o rastreamento termina aqui; o último trecho normalmente não é escaneado, então a falta de atualizações é esperada, mas a janela de entrega já passou.",
    ),
    (
        "health.expired_stalled",
        "Sem atualização de rastreamento há {days}; o rastreamento expirou.",
    ),
    (
        "health.expired_no_info",
        "Nenhuma informação da transportadora {days} após o pedido; o rastreamento expirou.",
    ),
    (
        "health.past_window",
        "A data de entrega prevista já passou e o pacote ainda está a caminho.",
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
        "Ainda não há informações da transportadora; isso é normal nos primeiros dias.",
    ),
    (
        "health.no_carrier_info",
        "Pedido feito há {dwell} e a transportadora ainda não tem informações.",
    ),
    (
        "health.not_shipped",
        "Pedido feito há {dwell} e ainda não enviado.",
    ),
    // ---- stall sentences: a head ({gap}) and the threshold it passed
    ("health.gap.scan", "Sem leitura há {dwell}"),
    (
        "health.gap.delivery",
        "Não entregue {dwell} após a postagem",
    ),
    (
        "health.stall.cap_days",
        "{gap}, além do limite máximo de {limit_days}.",
    ),
    (
        "health.stall.cap.scan",
        "{gap}; {percent} de todos os {samples} pacotes anteriores, seja qual for a transportadora ou a rota, recebem a leitura seguinte em até {limit}.",
    ),
    (
        "health.stall.cap.delivery",
        "{gap}; {percent} de todos os {samples} pacotes anteriores, seja qual for a transportadora ou a rota, são entregues em até {limit}.",
    ),
    (
        "health.stall.window",
        "{gap}, depois do fim da sua janela de entrega de {percent} ({limit} após a postagem).",
    ),
    (
        "health.stall.promise",
        "{gap}; {percent} dos pacotes com {carrier} chegam em até {ratio} do prazo prometido pela loja, {limit} para este pedido ({samples} envios anteriores).",
    ),
    (
        "health.stall.hazard",
        "{gap}; {percent} dos pacotes com {carrier} ainda não entregues {limit_days} após a postagem nunca chegaram ({samples} envios anteriores).",
    ),
    (
        "health.stall.hazard.destination",
        "{gap}; {percent} dos pacotes com {carrier} para este destino ainda não entregues {limit_days} após a postagem nunca chegaram ({samples} envios anteriores).",
    ),
    (
        "health.stall.hazard.lane",
        "{gap}; {percent} dos pacotes com {carrier} nesta rota ainda não entregues {limit_days} após a postagem nunca chegaram ({samples} envios anteriores).",
    ),
    (
        "health.stall.hazard.seller",
        "{gap}; {percent} dos pacotes deste remetente com {carrier} nesta rota ainda não entregues {limit_days} após a postagem nunca chegaram ({samples} envios anteriores).",
    ),
    (
        "health.stall.lane.scan",
        "{gap}; {percent} dos pacotes com {carrier} nesta rota recebem a leitura seguinte em até {limit} ({samples} envios anteriores).",
    ),
    (
        "health.stall.lane.delivery",
        "{gap}; {percent} dos pacotes com {carrier} nesta rota são entregues em até {limit} ({samples} envios anteriores).",
    ),
    (
        "health.stall.learned.scan",
        "{gap}; {percent} dos pacotes com {carrier} recebem a leitura seguinte em até {limit} ({samples} envios anteriores).",
    ),
    (
        "health.stall.learned.delivery",
        "{gap}; {percent} dos pacotes com {carrier} são entregues em até {limit} ({samples} envios anteriores).",
    ),
    (
        "health.stall.prior.scan",
        "{gap}; os pacotes com {carrier} normalmente recebem a leitura seguinte em até {limit} (prazos de serviço publicados).",
    ),
    (
        "health.stall.prior.delivery",
        "{gap}; os pacotes com {carrier} normalmente são entregues em até {limit} (prazos de serviço publicados).",
    ),
    // ---- next steps for the merchant
    (
        "health.action.offer_replacement",
        "Entre em contato com o cliente e ofereça uma reposição ou reembolso",
    ),
    (
        "health.action.ask_for_rest",
        "Verifique com {carrier} onde está o restante",
    ),
    (
        "health.action.reship_or_refund",
        "Entre em contato com o cliente para reenviar ou reembolsar",
    ),
    (
        "health.action.claim",
        "Abra uma reclamação com {carrier} e envie ao cliente uma reposição ou reembolso",
    ),
    (
        "health.action.confirm_address",
        "Peça ao cliente para confirmar o endereço",
    ),
    (
        "health.action.pay",
        "Peça ao cliente para pagar os impostos ou taxas à transportadora",
    ),
    (
        "health.action.have_id",
        "Avise o cliente para ter um documento em mãos ou retirar o pacote pessoalmente",
    ),
    (
        "health.action.collect_today",
        "Peça ao cliente para retirá-lo hoje, ou agende uma nova entrega",
    ),
    (
        "health.action.collect_by",
        "Lembre o cliente de retirá-lo até {date}",
    ),
    (
        "health.action.new_collection",
        "Agende uma nova coleta com {carrier} ou leve o pacote até uma agência",
    ),
    (
        "health.action.hand_over",
        "Despache o pacote com {carrier} ou cancele a etiqueta",
    ),
    (
        "health.action.customs_documents",
        "Verifique com {carrier} se a alfândega precisa de documentos",
    ),
    (
        "health.action.decide_with_carrier",
        "Entre em contato com {carrier} e decida entre devolução, reenvio ou reembolso",
    ),
    ("health.action.tell_delay", "Avise o cliente sobre o atraso"),
    (
        "health.action.about_reshipment",
        "Entre em contato com o cliente sobre um reenvio ou reembolso",
    ),
    (
        "health.action.be_available",
        "Garanta que alguém possa recebê-lo, ou reagende a entrega",
    ),
    (
        "health.action.confirm_delivery",
        "Se o cliente não recebeu, confirme a entrega com {carrier}",
    ),
    (
        "health.action.lost_claim",
        "Abra uma reclamação de extravio com {carrier} e ofereça ao cliente uma reposição ou reembolso",
    ),
    (
        "health.action.trace",
        "Entre em contato com {carrier} para abrir uma investigação",
    ),
    (
        "health.action.tell_late",
        "Avise o cliente do atraso e informe a nova data prevista",
    ),
    (
        "health.action.check_number",
        "Confira o código de rastreamento e se o pacote chegou a ser postado",
    ),
    (
        "health.action.check_handover",
        "Confira se o pacote foi postado e se o código de rastreamento está correto",
    ),
    (
        "health.action.ship",
        "Envie o pedido ou avise o cliente quando ele será enviado",
    ),
    // ---- the carrier when unknown, in the grammatical form the sentences above use
    ("health.the_carrier", "a transportadora"),
    // ---- the problem a carrier reported ({problem}), by sub-status
    ("health.problem.damaged", "pacote avariado"),
    ("health.problem.refused", "recusado pelo destinatário"),
    ("health.problem.unclaimed", "não retirado no prazo"),
    ("health.problem.prohibited", "conteúdo não permitido"),
    ("health.problem.undeliverable", "não pode ser entregue"),
    (
        "health.problem.stopped",
        "interrompido a pedido do remetente",
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
    ("health.unit.calendar_days.one", "{n} dia corrido"),
    ("health.unit.calendar_days.few", "{n} dias corridos"),
    ("health.unit.calendar_days.many", "{n} dias corridos"),
    ("health.unit.calendar_days.other", "{n} dias corridos"),
];
