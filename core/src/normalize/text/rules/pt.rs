//! Portuguese (`pt`) wording of the text rules, by slot (see the slot list in
//! `rules/mod.rs`). Patterns are folded text: lower case, no accents; `_` is a word edge.

pub(super) static WORDS: super::Words = &[
    ("delivered", "_entregue"),
    ("neg", "_nao_"),
    ("future", "_sera_|_aguardando|_aguarda_|_aguardam"),
    ("locker", "_armario"),
    ("post-office", "agencia _dos _correios|_agencia"),
    (
        "pickup-point",
        "ponto de retirada|ponto de coleta|ponto de recolha|ponto de levantamento|_ponto _ctt|_pontos _ctt|_ponto _pickup",
    ),
    ("facility", "_unidade"),
    (
        "customs",
        "alfandega|desembaraco|_aduaneir|_fiscalizacao _aduaneira|\
        _importacao _do _objeto",
    ),
    (
        "available",
        "disponivel para retirada|aguardando retirada|_aguarda _retirada|\
        _aguarda _levantamento|_aguardando _levantamento|disponivel para _levantamento|\
        pronto para _retirada|pronto para _levantamento|_para _levantamento|_para _retirada",
    ),
    ("delivery-evidence", "_foto"),
    ("cancelled", "_cancelad"),
    ("label-created", "_etiqueta _emitida|_etiqueta _gerada"),
    ("awaiting-handover", "ainda _nao"),
    ("return-delivered", "entregue _ao _remetente"),
    (
        "return-under-way",
        "_devolucao|_em _devolucao|_devolvido _ao|_entrega _ao _remetente",
    ),
    ("returned", "_devolvido"),
    ("disposed", "destruid"),
    ("seized", "apreendid"),
    ("lost", "_extraviad|nao _localizad|_roubad|_furtad"),
    ("delivered-damaged", "danificad|avariad"),
    ("damaged", "danificad|avariad"),
    ("stopped", "interceptad|_bloquead"),
    ("investigation", "investigacao"),
    ("prohibited", "proibid"),
    (
        "customs-payment",
        "_impostos|_taxas|_direitos|_tributo|_icms",
    ),
    ("customs-payment.2", "_pagar|_pagamento|_aguarda _pagamento"),
    ("customs-payment.not", "pago_"),
    (
        "customs-hold.2",
        "retid|_nao _foi _autorizad|_ausente|_incorret",
    ),
    (
        "customs-cleared.2",
        "desembaracad|liberad|finalizad|concluid",
    ),
    (
        "recipient-request",
        "a pedido do destinatario|solicitacao do destinatario",
    ),
    ("forwarded-new-address", "novo _endereco"),
    ("refused", "_recusad|_recusou|_recusa"),
    ("recipient-moved", "_mudou"),
    ("address-issue", "endereco|_morada"),
    (
        "address-issue.2",
        "incorret|incomplet|desconhecid|insuficiente|inexistente|errad",
    ),
    ("address-issue-other", "_desconhecido|mal _enderecad"),
    // Whole words: "_clima" alone read English "climate controlled".
    ("weather", "_tempo _ruim|_clima_|_climaticas|_climaticos"),
    ("business-closed", "_fechad"),
    ("recipient-unavailable", "_ausente"),
    ("no-access", "sem acesso"),
    ("payment-at-door", "pagamento"),
    ("payment-required", "aguardando pagamento"),
    ("undeliverable", "nao pode ser entregue"),
    ("attempt", "tentativa"),
    ("not-yet-delivered", "ainda _nao"),
    ("not-delivered-phrase", "nao _entregue"),
    (
        "unclaimed",
        "nao _retirad|nao _reclamad|nao _retirou|nao _levantad|nao _foi _retirad|\
        nao _foi _levantad|prazo _de _retirada|prazo _de _levantamento",
    ),
    ("handed-to-partner", "entregue a _transportadora"),
    ("handed-to-partner.not", "destinatario"),
    ("sender-drop-off", "postad"),
    ("collected-by-recipient", "retirad|_levantad"),
    ("collected-by-recipient.2", "destinatario"),
    ("collected-from-post-office-or-locker", "retirad"),
    ("pickup-reminder", "lembrete"),
    ("pickup-reminder.2", "retir"),
    ("delivered-neighbor", "vizinho"),
    ("delivered-mailbox", "caixa de correio"),
    ("delivered-agent.2", "portaria|porteiro"),
    ("delivered-signed", "em maos"),
    ("delivered-partial.2", "parcial"),
    ("delivery-arranged", "agendad|a pedido"),
    ("rescheduled", "reagendad|adiad"),
    ("forwarded", "redirecionad"),
    ("arrived-destination-country", "chegou|chegada"),
    ("arrived-destination-country.2", "pais de destino"),
    (
        "at-local-facility",
        "unidade de distribuicao|centro de distribuicao",
    ),
    (
        "out-for-delivery",
        "saiu para entrega|rota de entrega|_em _distribuicao|\
        _saiu _para _distribuicao|_em _rota _de _entrega|_com _o _carteiro",
    ),
    ("departed", "partiu|_saiu|_encaminhad"),
    (
        "picked-up",
        "aceito|postado|coletad|_aceite_|_objeto _postado|_recebido _do _remetente",
    ),
    (
        "arrived",
        "chegou|chegada|_recebido _na _unidade|_recebido _no _centro|\
        _recebido _na _agencia",
    ),
    ("processed", "processad|triad"),
    ("problem-resolved", "resolvido"),
    ("held", "retid"),
    ("delayed", "_atras"),
    ("exception", "_problema"),
    ("in-transit", "transito|a caminho"),
    (
        "collected-by-recipient-phrase",
        "_levantado _pelo _destinatario|\
        _retirado _pelo _destinatario",
    ),
    ("missorted", "mal _encaminhad"),
    ("delivery-noun", "_entrega_"),
    (
        "not-found",
        "sem _informacoes|nenhuma _informacao|codigo _de _rastreamento _nao|\
        objeto _nao _encontrado _no _sistema",
    ),
];
