//! Lithuanian (`lt`) wording of the text rules, by slot (see the slot list in
//! `rules/mod.rs`). Patterns are folded text: lower case, no accents; `_` is a word edge.
//! Words from Lietuvos paštas' tracking events (Siunta įteikta, Siunta priimta, Siunta paruošta
//! atsiėmimui, Siunta grąžinta siuntėjui, paštomatas) and Omniva / DPD Lithuania (pristatyta,
//! pristatoma, siuntinys paimtas iš siuntėjo).

pub(super) static WORDS: super::Words = &[
    (
        "delivered",
        "_iteikta|_iteiktas|_pristatyta_|_pristatytas_|_siunta iteikta gavejui",
    ),
    ("neg", "_nepavyko|_neiteikt|_nepristatyt|_nera_"),
    (
        "future",
        "_bus pristatyta|_bus iteikta|_planuojama|_numatoma",
    ),
    ("delivery-to", "_pristatyta i|_pristatytas i"),
    ("locker", "_pastomat|_lpexpress terminal|_skyriaus terminal"),
    ("post-office", "_pasto skyri|_pasta_"),
    (
        "pickup-point",
        "_atsiemimo vieta|_atsiemimo punkt|_pickup taske",
    ),
    ("customs", "_muitin"),
    (
        "customs-cleared.2",
        "_isleista|_ismuitinta|_proceduros baigtos",
    ),
    (
        "available",
        "_paruosta atsiemimui|_galima atsiimti|_laukia atsiemimo|_paruosta atsiimti",
    ),
    (
        "label-created",
        "_siuntos duomenys|_duomenys gauti|_uzregistruota",
    ),
    ("return-delivered", "_grazinta siuntejui|_iteikta siuntejui"),
    ("return-under-way", "_grazinama|_grazinimas|_grazinta_"),
    ("refused", "_atsisake|_atsisakymas"),
    (
        "recipient-unavailable",
        "_gavejo nebuvo|_gavejas nerastas|_gavejo nera",
    ),
    (
        "attempt",
        "_nepavyko iteikti|_nepavyko pristatyti|_iteikimo bandymas|_pristatymo bandymas",
    ),
    ("not-delivered-phrase", "_neiteikta|_nepristatyta"),
    ("unclaimed", "_neatsiimta|_pasibaige saugojimo"),
    ("collected-by-recipient", "_atsiimta|_atsieme"),
    ("collected-by-recipient.2", "_gavej|_pastomat|_skyriuje"),
    (
        "out-for-delivery",
        "_pristatoma_|_perduota kurjeriui|_kurjeris pristato|_isvezta pristatyti",
    ),
    ("departed", "_issiusta|_isvyko"),
    (
        "picked-up",
        "_priimta_|_priimtas_|_paimta is siuntejo|_paimtas is siuntejo",
    ),
    ("arrived", "_atvyko|_pasieke|_gauta skyriuje"),
    ("processed", "_rusiuojama|_apdorota"),
    ("in-transit", "_vezama|_kelyje|_tranzit"),
];
