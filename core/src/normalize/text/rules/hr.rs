//! Croatian, Serbian and Bosnian (Latin script) (`hr`) wording of the text rules, by slot (see the slot list in
//! `rules/mod.rs`). Patterns are folded text: lower case, no accents; `_` is a word edge.
//! Words from Hrvatska pošta's tracking events (Pošiljka uručena primatelju, Pošiljka preuzeta,
//! Pošiljka u prijevozu, Pokušaj uručenja, Pošiljka vraćena pošiljatelju, Paketomat), Overseas
//! Express and GLS Croatia (isporučeno, u dostavi) and Pošta Srbije's Latin-script events
//! (uručeno, u prevozu, vraćeno pošiljaocu).

pub(super) static WORDS: super::Words = &[
    (
        "delivered",
        "_urucena|_uruceno|_urucen_|_isporucen|_dostavljen|_posiljka urucena primatelju",
    ),
    ("neg", "_nije_|_neuspjesn|_neuspesn|_neurucen"),
    ("future", "_bit ce|_bice_|_ocekuje|_planiran"),
    ("delivery-to", "_dostavljeno u|_dostavljena u|_isporuceno u"),
    ("locker", "_paketomat|_box now|_boxnow"),
    (
        "post-office",
        "_postanski ured|_postanskom uredu|_u posti|_na posti",
    ),
    (
        "pickup-point",
        "_paketshop|_mjesto preuzimanja|_mesto preuzimanja",
    ),
    ("customs", "_carin"),
    ("customs-cleared.2", "_ocarinjen|_carinjen|_pusten"),
    ("customs-hold.2", "_zadrzan"),
    (
        "available",
        "_spremna za preuzimanje|_spremno za preuzimanje|_ceka preuzimanje|_moze se preuzeti|\
        _za preuzimanje u",
    ),
    ("cancelled", "_otkazan|_storniran"),
    (
        "label-created",
        "_podaci o posiljci|_elektronicki podaci|_kreirana_|_najavljena",
    ),
    (
        "return-delivered",
        "_vracena posiljatelju|_vraceno posiljatelju|_vracena posiljaocu|_vraceno posiljaocu|\
        _urucena posiljatelju",
    ),
    ("return-under-way", "_povrat|_vraca se|_vracanje"),
    ("lost", "_izgubljen"),
    ("damaged", "_ostecen"),
    ("delivered-damaged", "_ostecen"),
    ("refused", "_odbio_|_odbila_|_odbijen"),
    (
        "address-issue-other",
        "_nepoznat primatelj|_nepotpuna adresa|_netocna adresa|_netacna adresa|\
        _nepoznata adresa",
    ),
    (
        "recipient-unavailable",
        "_primatelj nije bio|_primalac nije bio|_odsutan|_nije bilo nikoga",
    ),
    (
        "attempt",
        "_pokusaj urucenja|_pokusaj dostave|_neuspjesna dostava|_neuspesna dostava",
    ),
    (
        "not-delivered-phrase",
        "_nije urucen|_nije dostavljen|_nije isporucen|_neurucen",
    ),
    ("unclaimed", "_nije preuzet|_nepreuzet|_istekao rok"),
    ("collected-by-recipient", "_preuzeta_|_preuzeto_|_preuzet_"),
    (
        "collected-by-recipient.2",
        "_primatelj|_primalac|_paketomat|_u posti",
    ),
    (
        "collected-by-recipient.not",
        "_posiljatelj|_posiljalac|_posiljaoc|_kurir|_od ",
    ),
    (
        "at-local-facility",
        "_dostavnom uredu|_dostavni ured|_dostavnoj posti",
    ),
    (
        "out-for-delivery",
        "_u dostavi|_na dostavi|_predana dostavljacu|_kod dostavljaca|_dostava u tijeku|\
        _kod kurira za dostavu",
    ),
    ("departed", "_otpremljen|_napustila|_poslana_"),
    (
        "picked-up",
        "_preuzeta od posiljatelja|_zaprimljen|_primljena u|_uplacena_",
    ),
    (
        "arrived",
        "_stigla_|_stiglo_|_prispjela|_prispela|_pristigla",
    ),
    ("processed", "_obraden|_sortiran"),
    ("delayed", "_kasnjenje|_kasni_|_odgoden"),
    ("in-transit", "_u prijevozu|_u prevozu|_u tranzitu|_na putu"),
    ("delivery-noun", "_dostava_|_urucenje|_isporuka"),
];
