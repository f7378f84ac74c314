//! Latvian (`lv`) wording of the text rules, by slot (see the slot list in
//! `rules/mod.rs`). Patterns are folded text: lower case, no accents; `_` is a word edge.
//! Words from Latvijas Pasts' tracking events (Sūtījums izsniegts adresātam, Sūtījums pieņemts,
//! Sūtījums nodots piegādei, Sūtījums atgriezts sūtītājam, pakomāts) and Omniva / DPD Latvia
//! (piegādāts, piegādē).

pub(super) static WORDS: super::Words = &[
    (
        "delivered",
        "_izsniegts adresatam|_izsniegts sanemejam|_piegadats_|_piegadata_|\
        _sutijums izsniegts",
    ),
    ("neg", "_neizdevas|_nav_|_neizsniegt|_nepiegadat"),
    ("future", "_tiks_|_planots|_paredzets"),
    ("locker", "_pakomat"),
    ("post-office", "_pasta nodal"),
    ("pickup-point", "_sanemsanas punkt|_izsniegsanas punkt"),
    ("customs", "_muita|_muitas"),
    (
        "customs-cleared.2",
        "_izlaists|_muitosana pabeigta|_atmuitots",
    ),
    (
        "available",
        "_gaida sanemeju|_pieejams sanemsanai|_gatavs sanemsanai|_var sanemt",
    ),
    ("label-created", "_sutijuma dati|_dati sanemti|_registrets"),
    (
        "return-delivered",
        "_atgriezts sutitajam|_izsniegts sutitajam",
    ),
    (
        "return-under-way",
        "_atgriesana|_tiek atgriezts|_atpakal sutitajam",
    ),
    ("refused", "_atteicas|_atteikums"),
    (
        "recipient-unavailable",
        "_adresats nav sastapts|_sanemejs nav sastapts|_nebija majas",
    ),
    (
        "attempt",
        "_piegades meginajums|_neizdevas piegadat|_neizdevas izsniegt",
    ),
    (
        "not-delivered-phrase",
        "_nav piegadats|_nav izsniegts|_nepiegadats",
    ),
    ("unclaimed", "_nav iznemts|_glabasanas termins beidzies"),
    ("collected-by-recipient", "_iznemts|_sanemts_"),
    (
        "collected-by-recipient.2",
        "_pakomat|_nodala|_sanemej|_adresat",
    ),
    (
        "out-for-delivery",
        "_nodots piegadei|_piegade_|_kurjers piegada|_tiek piegadats",
    ),
    ("departed", "_nosutits|_izsutits"),
    (
        "picked-up",
        "_pienemts_|_pienemts nodala|_sanemts no sutitaja",
    ),
    ("arrived", "_ieradies|_sanemts skirosanas|_sasniedzis"),
    ("processed", "_skirots|_apstradats"),
    ("in-transit", "_cela_|_parvadajuma|_tranzita"),
];
