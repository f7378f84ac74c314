//! Czech (`cs`) wording of the text rules, by slot (see the slot list in
//! `rules/mod.rs`). Patterns are folded text: lower case, no accents; `_` is a word edge.

pub(super) static WORDS: super::Words = &[
    (
        "delivered",
        "_doruceno|_dorucena|_doruceny|_dodana_|_dodano_|_dodani _zasilky",
    ),
    (
        "neg",
        "_nelze|_nebyl|_nepodarilo|_nedoruc|_nebyla|_nebylo|_nebyly|_neni_",
    ),
    ("future", "_bude_|_budou_|_predpoklad"),
    ("locker", "_alzabox|_z _box|_balikobox|baliko _box|_boxu_"),
    ("post-office", "_na _poste|_na _pobocce|_pobocka|_pobocku"),
    (
        "pickup-point",
        "_vydejni _mist|_vydejnim _miste|_balikovn|_vydejn",
    ),
    ("facility", "_depo_|_depu_"),
    ("customs", "_celni|_clo_|_celnic"),
    (
        "available",
        "_k _vyzvednuti|_ulozena|_ulozen_|_vlozena _do|_vlozeno _do|\
        _pripravena _k _vyzvednuti|_pripravena _k _vydeji",
    ),
    (
        "label-created",
        "_elektronicka _data|_obdrzena _data|_udaje _o _zasilce|\
        _obdrzeny _udaje|_udaje _k _zasilce",
    ),
    (
        "return-under-way",
        "_vracen|_vraceni|zpet _odesilatel|_se _vraci|_na ceste zpet|_zpet k odesilateli",
    ),
    (
        "returned",
        "_vracena _odesilateli|byla _vracena|bylo _vraceno",
    ),
    ("recipient-unavailable", "_nezastizen"),
    ("attempt", "_pokus _o _doruc"),
    (
        "not-delivered-phrase",
        "_nedoruceno|_nedorucena|nebyla _dorucena|nepodarilo _dorucit|\
        _nelze _dorucit|_nedorucen",
    ),
    ("handed-to-partner.not", "_adresat|_adresatovi|_prijemc"),
    ("sender-drop-off", "_podana|_podan_|_podani_"),
    ("collected-by-recipient", "_vyzvednut|_vydana|_vydano"),
    ("collected-by-recipient.2", "_adresat|_adresatovi|_prijemc"),
    (
        "out-for-delivery",
        "_v _dorucovani|_k _doruceni|_dorucovani _zasilky|_dorucovani_|_se dorucuje|_dorucujeme|_je dorucovana",
    ),
    ("departed", "_odeslan|_vypraven"),
    (
        "picked-up",
        "_prevzata _od|_prevzeti _od|_prevzata _prepravcem|_prevzeti _zasilky|\
        _prevzeti _do _prepravy|_prevzata _do _prepravy|_podani _zasilky|_zasilka _podana",
    ),
    (
        "arrived",
        "_dorazil|_dorazila|_prijata _na|_prijata _v_|_prijeti _zasilky",
    ),
    ("processed", "_zpracovan|_vytriden"),
    ("in-transit", "_v _preprave|_prepravovan"),
    (
        "unclaimed",
        "nebyla _vyzvednuta|nebylo _vyzvednuto|_nevyzvednut|_ulozni _dob",
    ),
    (
        "collected-by-recipient-phrase",
        "byla _vyzvednuta|bylo _vyzvednuto|\
        byla _prevzata _adresatem|_prevzal _adresat",
    ),
    ("refused", "_odmitl|_odmitnut|_odmitla|_odmitnuti"),
    (
        "at-local-facility",
        "_priprava _zasilky _k _doruceni|_pripravena _k _doruceni",
    ),
    ("delivery-noun", "_doruceni|_dorucit"),
    (
        "not-yet-delivered",
        "_zatim _nebyl|_dosud _nebyl|_jeste _nebyl|_zatim _nedoruc|_dosud _nedoruc|_jeste _nedoruc",
    ),
    ("cancelled", "_storno|_stornovana|_zrusena"),
    (
        "return-delivered",
        "_vracena do e shopu|_vraceno do e shopu|_vracena do obchodu",
    ),
    ("not-found", "_zasilka nebyla nalezena|_nenalezena"),
];
