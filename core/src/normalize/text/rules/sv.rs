//! Swedish (`sv`) wording of the text rules, by slot (see the slot list in
//! `rules/mod.rs`). Patterns are folded text: lower case, no accents; `_` is a word edge.

pub(super) static WORDS: super::Words = &[
    (
        "delivered",
        "_levererad|_levererats|_utdelad|har _delats _ut",
    ),
    ("neg", "_inte_|_ej_"),
    ("future", "_kommer _att|_beraknas|_planerad"),
    // Present passive of a planned delivery ("levereras i morgon"), read with `future`.
    ("delivery-planned", "_levereras|_delas _ut"),
    ("locker", "_paketbox|_paketskap"),
    ("post-office", "_postombud"),
    (
        "pickup-point",
        "_ombud_|_ombudet|_paketombud|_utlamningsstalle|_servicestalle",
    ),
    ("facility", "_terminal"),
    ("customs", "_tull_|_tullen|_fortull|_tullklar"),
    (
        "available",
        "_kan _hamtas|redo _att _hamtas|klar _att _hamtas|_att _hamta_",
    ),
    (
        "label-created",
        "_elektronisk _information|_forhandsavis|_registrerad",
    ),
    ("return-under-way", "_returneras|retur _till _avsandar"),
    ("returned", "_returnerad_|_returnerats"),
    // "Mottagaren ej anträffad": the recipient was not reached at the door.
    (
        "recipient-unavailable",
        "_inte _hemma|_ej _antraffad|_inte _antraffad",
    ),
    ("address-issue", "_adress_|_adressen|_adressuppgift"),
    ("address-issue.2", "_ofullstandig|_felaktig|_okand"),
    ("delayed", "_forsenad|_forsenat|_forsening"),
    ("attempt", "_leveransforsok|_utdelningsforsok"),
    (
        "not-delivered-phrase",
        "kunde _inte _levereras|inte _levererad",
    ),
    ("handed-to-partner.not", "_mottagare|_mottagaren"),
    ("sender-drop-off", "_inlamnad|_inlamnat|lamnats _in"),
    ("collected-by-recipient", "_hamtad|_hamtats|_utlamnad"),
    ("collected-by-recipient.2", "_mottagare|_mottagaren"),
    (
        "out-for-delivery",
        "ute _for _leverans|ute _for _utdelning|_utkorning|_pa _vag _till _mottagaren_|\
        _pa _vag _till _dig_",
    ),
    ("out-for-delivery-to-pickup-point", "_pa _vag _till"),
    ("departed", "har _lamnat|_avgatt"),
    ("arrived", "_ankommit|_anlant"),
    ("processed", "_sorterad|_sortering"),
    ("in-transit", "under _transport|_pa _vag_"),
    ("not-yet-delivered", "_annu _inte|_inte _annu|_annu _ej"),
];
