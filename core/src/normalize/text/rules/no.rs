//! Norwegian (Bokmål) (`no`) wording of the text rules, by slot (see the slot list in
//! `rules/mod.rs`). Patterns are folded text: lower case, no accents; `_` is a word edge.

pub(super) static WORDS: super::Words = &[
    ("delivered", "_er _levert|_ble _levert|_levert _til"),
    ("future", "_vil _bli|_ventes"),
    ("delivery-planned", "_leveres|_bli _levert"),
    ("post-office", "_postkontor|_post _i _butikk"),
    ("pickup-point", "_hentested|_utleveringssted"),
    ("facility", "_terminal"),
    ("customs", "_toll_|_tollen|_fortoll"),
    ("available", "klar _til _henting|_kan _hentes"),
    ("label-created", "_elektronisk _melding|_registrert"),
    (
        "return-under-way",
        "_returneres|retur _til _avsender|_sendes _i _retur",
    ),
    ("returned", "_returnert"),
    ("recipient-unavailable", "_ikke _hjemme|_ikke _tilstede"),
    ("attempt", "_leveringsforsok"),
    ("not-delivered-phrase", "kunne _ikke _leveres|ikke _levert"),
    ("handed-to-partner.not", "_mottaker|_mottakeren"),
    ("sender-drop-off", "_innlevert"),
    ("collected-by-recipient", "_hentet|_utlevert"),
    ("collected-by-recipient.2", "_mottaker|_mottakeren"),
    (
        "out-for-delivery",
        "ute _for _levering|_utkjoring|_pa _vei _til _mottaker_|_pa _vei _til _deg_",
    ),
    ("out-for-delivery-to-pickup-point", "_pa _vei _til"),
    ("departed", "har _forlatt"),
    ("picked-up", "_mottatt _av"),
    ("arrived", "_ankommet|_ankom_"),
    ("processed", "_sortert|_sortering"),
    ("in-transit", "_underveis|_pa _vei_"),
    ("not-yet-delivered", "_enna _ikke|_ikke _enna|_ikke _enda"),
];
