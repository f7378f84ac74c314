//! Slovenian (`sl`) wording of the text rules, by slot (see the slot list in
//! `rules/mod.rs`). Patterns are folded text: lower case, no accents; `_` is a word edge.
//! Words from Pošta Slovenije's tracking events (Pošiljka vročena, Pošiljka sprejeta, V
//! prevozu, Obvestilo o prispeli pošiljki, Pošiljka vrnjena pošiljatelju, Paketomat) and GLS
//! Slovenia (dostavljeno, v dostavi).

pub(super) static WORDS: super::Words = &[
    (
        "delivered",
        "_vrocena|_vroceno|_vrocen_|_dostavljena|_dostavljeno",
    ),
    ("neg", "_ni bila|_ni bilo|_neuspesn|_ni mogoce"),
    ("future", "_bo_|_predviden|_nacrtovan"),
    ("locker", "_paketomat"),
    ("post-office", "_na posti|_posta_"),
    (
        "pickup-point",
        "_prevzemno mesto|_prevzemnem mestu|_paketna tocka",
    ),
    ("customs", "_carin"),
    ("customs-cleared.2", "_ocarinjen|_sproscen"),
    (
        "available",
        "_caka na prevzem|_pripravljena za prevzem|_na voljo za prevzem|\
        _obvestilo o prispeli",
    ),
    ("label-created", "_podatki o posiljki|_elektronski podatki"),
    (
        "return-delivered",
        "_vrnjena posiljatelju|_vrocena posiljatelju",
    ),
    ("return-under-way", "_vracilo|_vraca|_vrnjena"),
    ("refused", "_zavrnil|_zavrnjen|_zavrnitev"),
    (
        "recipient-unavailable",
        "_naslovnik ni bil|_odsoten|_naslovnika ni",
    ),
    (
        "attempt",
        "_poskus vrocitve|_poskus dostave|_neuspesna vrocitev",
    ),
    (
        "not-delivered-phrase",
        "_ni bila vrocena|_ni bila dostavljena|_nevrocen",
    ),
    ("unclaimed", "_ni prevzeta|_neprevzet|_potekel rok"),
    ("collected-by-recipient", "_prevzeta_|_prevzeto_"),
    (
        "collected-by-recipient.2",
        "_naslovnik|_prejemnik|_paketomat|_na posti",
    ),
    (
        "out-for-delivery",
        "_v dostavi|_v vrocanju|_predana dostavljavcu|_na dostavi",
    ),
    ("departed", "_odpremljen|_odposlan"),
    (
        "picked-up",
        "_sprejeta_|_sprejem posiljke|_prevzeta od posiljatelja",
    ),
    ("arrived", "_prispela|_prispelo|_prispel_"),
    ("processed", "_obdelan|_sortiran"),
    ("in-transit", "_v prevozu|_v tranzitu|_na poti"),
    ("delivery-noun", "_vrocitev|_dostava_"),
];
