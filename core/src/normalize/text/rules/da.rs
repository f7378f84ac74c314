//! Danish (`da`) wording of the text rules, by slot (see the slot list in
//! `rules/mod.rs`). Patterns are folded text: lower case, no accents; `_` is a word edge.

pub(super) static WORDS: super::Words = &[
    ("delivered", "_leveret_|_afleveret|_omdelt"),
    ("neg", "_ikke_"),
    ("future", "_vil _blive|_forventet|_forventes"),
    ("delivery-planned", "_leveres|_blive _leveret"),
    ("locker", "_pakkeboks|_pakkeautomat"),
    ("post-office", "_posthus"),
    ("pickup-point", "_pakkeshop|_udleveringssted"),
    ("facility", "_terminal"),
    // Not the bare word "told": English "the sender has told us". Danish customs wording from
    // PostNord's tracking glossary ("i tolden", "toldbehandling", "fortoldning").
    (
        "customs",
        "_tolden|_fortold|_toldbehandl|_toldklarer|_toldmyndighed|_told _og _moms",
    ),
    ("available", "klar _til _afhentning|_kan _afhentes"),
    ("label-created", "_elektronisk _besked|_registreret"),
    ("return-under-way", "_returneres|retur _til _afsender"),
    ("returned", "_returneret"),
    ("recipient-unavailable", "_ikke _hjemme"),
    ("delayed", "_forsinket|_forsinkelse"),
    ("attempt", "_leveringsforsog"),
    ("not-delivered-phrase", "kunne _ikke _leveres|ikke _leveret"),
    ("handed-to-partner.not", "_modtager|_modtageren"),
    ("sender-drop-off", "_indleveret"),
    ("collected-by-recipient", "_afhentet|_udleveret"),
    ("collected-by-recipient.2", "_modtager|_modtageren"),
    (
        "out-for-delivery",
        "ude _til _levering|_udbringning|_pa _vej _ud _til|_pa _vej _til _modtager_|\
        _pa _vej _til _dig_",
    ),
    ("out-for-delivery-to-pickup-point", "_pa _vej _til"),
    ("departed", "har _forladt|_afgaet"),
    ("picked-up", "_modtaget _af"),
    ("arrived", "_ankommet"),
    ("processed", "_sorteret|_sortering"),
    ("in-transit", "_undervejs|_pa _vej_"),
    ("not-yet-delivered", "_endnu _ikke|_ikke _endnu"),
];
