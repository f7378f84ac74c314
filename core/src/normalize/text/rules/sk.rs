//! Slovak (`sk`) wording of the text rules, by slot (see the slot list in
//! `rules/mod.rs`). Patterns are folded text: lower case, no accents; `_` is a word edge.
//! Words from Slovenská pošta's tracking events (Podaj zásielky, Zásielka doručená, Zásielka
//! uložená na pošte, Adresát nezastihnutý, Zásielka vrátená odosielateľovi) and Packeta / SPS
//! tracking in Slovak (pripravená na vyzdvihnutie, v preprave, doručovanie). Czech wording is in
//! `cs.rs`; these are the Slovak forms it lacks.

pub(super) static WORDS: super::Words = &[
    (
        "delivered",
        "_dorucena|_dorucene_|_doruceny_|_zasielka dorucena|_dorucenie zasielky adresatovi",
    ),
    ("neg", "_nebola|_nebolo|_nepodarilo|_nie je|_nedoruc"),
    ("future", "_bude_|_budu_|_predpoklad|_planovan"),
    ("locker", "_z box|_balikobox"),
    ("post-office", "_na poste|_na postu"),
    (
        "pickup-point",
        "_vydajne miesto|_vydajnom mieste|_odberne miesto|_odbernom mieste",
    ),
    ("customs", "_colne|_colny|_colnic|_clo_"),
    ("customs-cleared.2", "_preclen|_prepustena"),
    ("customs-hold.2", "_zadrzan"),
    (
        "available",
        "_ulozena na|_pripravena na vyzdvihnutie|_pripravena na odber|_na vyzdvihnutie|\
        _caka na vyzdvihnutie",
    ),
    ("cancelled", "_zrusen|_stornovan"),
    (
        "label-created",
        "_elektronicke udaje|_udaje o zasielke|_prijate udaje|_podaci harok",
    ),
    (
        "return-delivered",
        "_vratena odosielatelovi|_dorucena odosielatelovi|_vratene odosielatelovi",
    ),
    (
        "return-under-way",
        "_vratenie|_vracia|_spatna zasielka|_vratena_",
    ),
    ("lost", "_stratena|_strateny"),
    ("damaged", "_poskoden"),
    ("delivered-damaged", "_poskoden"),
    ("refused", "_odmietnut|_odmietol|_odmietla"),
    (
        "address-issue-other",
        "_neznamy adresat|_nespravna adresa|_neuplna adresa|_adresat neznamy",
    ),
    (
        "recipient-unavailable",
        "_nezastihnut|_adresat nezastihnut|_nepritomn",
    ),
    ("attempt", "_pokus o dorucenie|_neuspesne dorucenie"),
    (
        "not-delivered-phrase",
        "_nedorucen|_nebola dorucena|_nepodarilo sa dorucit",
    ),
    (
        "unclaimed",
        "_nevyzdvihnut|_nebola vyzdvihnuta|_uplynutie odbernej lehoty|_odberna lehota",
    ),
    ("collected-by-recipient", "_vyzdvihnut|_prevzat|_vydana_"),
    ("collected-by-recipient.2", "_adresat|_prijemc"),
    ("sender-drop-off", "_podaj_|_podana_|_podanie zasielky"),
    (
        "at-local-facility",
        "_dodacej poste|_dodacia posta|_priprava na dorucenie",
    ),
    (
        "out-for-delivery",
        "_v dorucovani|_na dorucenie|_dorucovanie_|_odovzdana kurierovi na dorucenie|\
        _kurier dorucuje",
    ),
    ("departed", "_odoslan|_expedovan"),
    (
        "picked-up",
        "_prevzata od odosielatela|_prevzatie od odosielatela|_prevzata kurierom|\
        _prevzata na prepravu",
    ),
    ("arrived", "_dorazila|_prijata na|_prijata v|_prisla_"),
    ("processed", "_spracovan|_triedenie"),
    ("delayed", "_oneskoren|_meskan"),
    ("in-transit", "_v preprave|_prepravuje"),
    ("delivery-noun", "_dorucenie|_dorucit"),
];
