//! Estonian (`et`) wording of the text rules, by slot (see the slot list in
//! `rules/mod.rs`). Patterns are folded text: lower case, no accents; `_` is a word edge.
//! Words from Omniva's (Eesti Post) tracking events in Estonian (Saadetis väljastatud, Saadetis
//! vastu võetud, Saadetis on pakiautomaadis, Saadetis tagastatud saatjale, Kuller toimetab) and
//! DPD Estonia (kätte toimetatud, kohale toimetatud).

pub(super) static WORDS: super::Words = &[
    (
        "delivered",
        "_valjastatud_|_katte toimetatud|_ule antud saajale|_kohale toimetatud|\
        _saadetis valjastatud",
    ),
    ("neg", "_ebaonnestus|_ei onnestunud|_ei saanud|_pole_"),
    ("future", "_toimetatakse|_planeeritud|_eeldatav|_hakkab"),
    ("locker", "_pakiautomaa"),
    ("post-office", "_postkontor|_postipunkt"),
    ("pickup-point", "_pakipunkt|_valjastuskoht"),
    ("customs", "_toll_|_tolli|_tollis"),
    ("customs-cleared.2", "_vabastatud|_tollivormistus lopetatud"),
    (
        "available",
        "_ootab kattesaamist|_ootab valjastamist|_on pakiautomaadis|_saab katte|\
        _valjastamiseks valmis",
    ),
    (
        "label-created",
        "_saadetise andmed|_andmed saadud|_registreeritud",
    ),
    (
        "return-delivered",
        "_tagastatud saatjale|_valjastatud saatjale",
    ),
    (
        "return-under-way",
        "_tagastamine|_tagastatakse|_tagasi saatjale",
    ),
    ("refused", "_keeldus|_keeldumine"),
    (
        "recipient-unavailable",
        "_saajat ei olnud|_adressaati ei leitud|_saaja ei olnud kodus",
    ),
    (
        "attempt",
        "_kattetoimetamine ebaonnestus|_kattetoimetamise katse",
    ),
    ("not-delivered-phrase", "_ei toimetatud katte|_valjastamata"),
    ("unclaimed", "_valja votmata|_hoiutahtaeg loppes"),
    ("collected-by-recipient", "_valja voetud|_katte saadud"),
    (
        "collected-by-recipient.2",
        "_pakiautomaadist|_postkontorist|_saaja",
    ),
    (
        "out-for-delivery",
        "_kuller toimetab|_kullerile ule antud|_valjaveol|_kattetoimetamisel",
    ),
    ("departed", "_saadetud_|_lahkus"),
    (
        "picked-up",
        "_vastu voetud|_saatjalt vastu voetud|_kullerile ule antud saatjalt",
    ),
    ("arrived", "_saabus|_joudis"),
    ("processed", "_sorteeritud|_toodeldud"),
    ("in-transit", "_teel_|_transiidis|_liikumas"),
];
