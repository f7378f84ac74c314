//! Romanian (`ro`) wording of the text rules, by slot (see the slot list in
//! `rules/mod.rs`). Patterns are folded text: lower case, no accents; `_` is a word edge.
//! Words from the AWB statuses of Romanian carriers' public tracking pages: Poșta Română (trimitere
//! predată destinatarului, în curs de livrare, returnată), FAN Courier (livrat, în livrare, preluat
//! de la expeditor, destinatar absent, refuz la livrare) and Sameday (livrat în easybox, coletul a
//! fost ridicat din easybox).

pub(super) static WORDS: super::Words = &[
    (
        "delivered",
        "_livrat_|_livrata|_livrate_|_livrare efectuata|_livrare reusita|\
        _predat destinatarului|_predata destinatarului|_inmanat destinatarului|\
        _inmanata destinatarului",
    ),
    (
        "neg",
        "_nu a fost|_nu s a|_nelivrat|_nereusit|_esuat|_esuata|_nu este",
    ),
    ("future", "_va fi|_vor fi|_estimat|_programat"),
    (
        "delivery-to",
        "_livrat in|_livrata in|_livrat la|_livrata la",
    ),
    ("locker", "_easybox|_locker|_automat de colete|_fanbox"),
    ("post-office", "_oficiul postal|_oficiu postal|_la posta"),
    (
        "pickup-point",
        "_punct de ridicare|_punct de livrare|_punctul de ridicare|_pickup point|_parcel shop|_parcelshop|_punct de colectare",
    ),
    ("facility", "_depozit|_sediul curierului|_agentie|_agentie"),
    ("customs", "_vama|_vamal|_vamala|_vamuit|_vamuita"),
    (
        "customs-cleared.2",
        "_vamuit|_vamuita|_eliberat|_eliberata|_finalizat",
    ),
    (
        "customs-hold.2",
        "_retinut|_retinuta|_blocat|_documente|_lipsa documente",
    ),
    ("customs-payment", "_taxe vamale|_taxa vamala"),
    ("customs-payment.2", "_plata_|_achit|_platit"),
    (
        "available",
        "_disponibil pentru ridicare|_disponibila pentru ridicare|_poate fi ridicat|\
        _poate fi ridicata|_asteapta ridicarea|_gata de ridicare|_in asteptarea ridicarii|_depozitat in|_depozitata in|_stocat in|_stocata in",
    ),
    ("cancelled", "_anulat|_anulata|_anulare"),
    (
        "label-created",
        "_awb generat|_awb creat|_expeditie inregistrata|_comanda inregistrata|_date primite|_date introduse|_introdus in sistem|_introduse in sistem|_inregistrat in sistem",
    ),
    (
        "awaiting-handover",
        "_asteapta predarea|_in asteptarea preluarii",
    ),
    (
        "return-delivered",
        "_returnat expeditorului|_returnata expeditorului|_livrat expeditorului|\
        _predat expeditorului|_returnat la expeditor|_returnata la expeditor|_livrat inapoi la expeditor",
    ),
    (
        "return-under-way",
        "_retur_|_returnat|_returnare|_returnata|_in curs de returnare",
    ),
    ("lost", "_pierdut|_pierduta"),
    ("delivered-damaged", "_deteriorat|_avariat"),
    ("damaged", "_deteriorat|_avariat"),
    ("refused", "_refuzat|_refuz la livrare|_refuza|_refuz_"),
    ("recipient-moved", "_mutat de la adresa|_s a mutat"),
    (
        "address-issue-other",
        "_adresa gresita|_adresa incompleta|_adresa incorecta|_adresa nu a fost gasita|\
        _adresa inexistenta",
    ),
    (
        "recipient-unavailable",
        "_destinatar absent|_destinatarul absent|_destinatar lipsa|_nu raspunde|\
        _destinatarul nu a fost gasit|_destinatar plecat|_destinatarul plecat|_lipsa destinatar",
    ),
    (
        "attempt",
        "_incercare de livrare|_livrare esuata|_tentativa de livrare",
    ),
    (
        "not-delivered-phrase",
        "_nelivrat|_nelivrata|_nu a fost livrat|_nu a fost livrata|_livrare nereusita",
    ),
    (
        "unclaimed",
        "_neridicat|_neridicata|_nu a fost ridicat|_nu a fost ridicata|_termen de pastrare|_termenul de depozitare|_termen de depozitare|_termen de stocare",
    ),
    ("collected-by-recipient", "_ridicat|_ridicata"),
    (
        "collected-by-recipient.2",
        "_destinatar_|_destinatarul|_easybox|_din locker",
    ),
    (
        "collected-by-recipient.not",
        "_expeditor|_de la expeditor|_curier",
    ),
    ("delivered-neighbor", "_vecin"),
    ("delivered-agent.2", "_receptie|_portar"),
    ("rescheduled", "_reprogramat|_reprogramata|_amanat"),
    ("forwarded", "_redirectionat|_redirectionata"),
    (
        "at-local-facility",
        "_depozitul de destinatie|_sosit in depozitul de livrare|\
        _oficiul postal de destinatie",
    ),
    (
        "out-for-delivery",
        "_in curs de livrare|_in livrare|_predat curierului|_predata curierului|\
        _curierul a plecat|_la curier pentru livrare|_in tranzit catre destinatar|_programat pentru livrare azi|_programat pentru livrare astazi|_livrare azi|_se livreaza",
    ),
    (
        "departed",
        "_a plecat din|_plecat din|_expediat|_expediata|_a parasit",
    ),
    (
        "picked-up",
        "_preluat de la expeditor|_preluata de la expeditor|_preluat de curier|\
        _preluata de curier|_ridicat de la expeditor|_primit de la expeditor|\
        _trimitere depusa|_depus la|_predat de expeditor|_predata de expeditor|_predat de client",
    ),
    (
        "arrived",
        "_sosit|_sosita|_ajuns in|_ajunsa in|_intrat in depozit|_primit in depozit",
    ),
    ("processed", "_sortat|_sortata|_procesat|_procesata"),
    ("delayed", "_intarziat|_intarziere"),
    (
        "in-transit",
        "_in tranzit|_in curs de transport|_in drum spre",
    ),
    ("delivery-noun", "_livrarea_|_livrare_"),
    (
        "business-closed",
        "_receptie inchisa|_receptia inchisa|_sediu inchis|_firma inchisa",
    ),
    ("disposed", "_distrus|_distrusa|_casat"),
    (
        "investigation",
        "_in investigatie|_in curs de investigare|_in cercetare",
    ),
    (
        "missorted",
        "_directionat gresit|_rutat gresit|_sortat gresit",
    ),
    (
        "collected-at-pickup-place",
        "_ridicat din|_ridicata din|_ridicat de destinatar|_ridicata de destinatar",
    ),
    (
        "not-found",
        "_awb inexistent|_awb ul nu a fost gasit|_nu exista informatii",
    ),
];
