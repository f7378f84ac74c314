//! Czech (`cs`) wording of the text rules, by slot (see the slot list in
//! `rules/mod.rs`). Patterns are folded text: lower case, no accents; `_` is a word edge.

pub(super) static WORDS: super::Words = &[
    ("delivered", "_doruceno|_dorucena|_doruceny"),
    ("neg", "_nelze|_nebyl|_nepodarilo|_nedoruc"),
    ("future", "_bude_|_budou_|_predpoklad"),
    ("locker", "_alzabox|_z _box|_balikobox"),
    ("post-office", "_na _poste|_na _pobocce|_pobocka|_pobocku"),
    ("pickup-point", "_vydejni _mist|_vydejnim _miste"),
    ("facility", "_depo_|_depu_"),
    ("customs", "_celni|_clo_|_celnic"),
    ("available", "_k _vyzvednuti|_ulozena|_ulozen_"),
    (
        "label-created",
        "_elektronicka _data|_obdrzena _data|_udaje _o _zasilce",
    ),
    ("return-under-way", "_vracen|_vraceni|zpet _odesilatel"),
    ("returned", "_vracena _odesilateli"),
    ("recipient-unavailable", "_nezastizen"),
    ("attempt", "_pokus _o _doruc"),
    (
        "not-delivered-phrase",
        "_nedoruceno|_nedorucena|nebyla _dorucena",
    ),
    ("handed-to-partner.not", "_adresat|_adresatovi|_prijemc"),
    ("sender-drop-off", "_podana|_podan_|_podani_"),
    ("collected-by-recipient", "_vyzvednut|_vydana|_vydano"),
    ("collected-by-recipient.2", "_adresat|_adresatovi|_prijemc"),
    ("out-for-delivery", "_v _dorucovani|_k _doruceni"),
    ("departed", "_odeslan|_vypraven"),
    (
        "picked-up",
        "_prevzata _od|_prevzeti _od|_prevzata _prepravcem",
    ),
    ("arrived", "_dorazil|_dorazila|_prijata _na"),
    ("processed", "_zpracovan|_vytriden"),
    ("in-transit", "_v _preprave|_prepravovan"),
];
