//! Hungarian (`hu`) wording of the text rules, by slot (see the slot list in
//! `rules/mod.rs`). Patterns are folded text: lower case, no accents; `_` is a word edge.
//! Words from Hungarian carriers' public tracking events: Magyar Posta (Feladás, Szállítás alatt,
//! Kézbesítés alatt, Kézbesítve, Sikertelen kézbesítés: a címzett nem volt otthon, Átvehető a
//! postán, Visszaküldve a feladónak, Vámkezelés), GLS Hungary (A csomag kézbesítve) and Foxpost
//! (csomagautomatában átvehető, átvéve).
//! Checked against Magyar Posta's published list of 42 tracking states as its API integrations
//! carry it (A küldeményt a feladótól átvettük, ... a feladó előrejelezte, A küldemény nem
//! kézbesíthető (reason), Utánküldés új címre, Másnapi kézbesítésre előkészítve (címzett
//! kérésére), A küldemény a kézbesítőnél van, Sikeresen kézbesítve Csomagautomatából / PostaPonton
//! / háznál, Feladónak visszakézbesítve) and Foxpost's status descriptions (létrejött a
//! rendszerünkben, fel lett adva, most már átveheted, futárunk kivette, vissza lett küldve a
//! feladónak, nem megfelelő automatára lett szortolva). "Nem kézbesíthető" (cannot be delivered)
//! names a reason in brackets: the reason decides where one is known, else it is undeliverable.

pub(super) static WORDS: super::Words = &[
    (
        "delivered",
        "_kezbesitve|_kezbesitettek|_sikeres kezbesites|_atadva a cimzettnek|\
        _cimzett atvette|_kiszallitva_",
    ),
    (
        "neg",
        "_nem sikerult|_sikertelen|_nem tortent|_nem volt|_nem lehetett",
    ),
    ("future", "_varhato|_varhatoan|_tervezett|_fogjuk|_lesz_"),
    ("delivery-to", "_kezbesitve a|_kezbesitve az"),
    (
        "locker",
        "_csomagautomat|_automataba|_automataban|_foxpost automata",
    ),
    (
        "post-office",
        "_postan_|_postahivatal|_posta pont|_postapont|_postahely",
    ),
    (
        "pickup-point",
        "_atvevopont|_csomagpont|_atveteli pont|_partnerpont",
    ),
    ("facility", "_depo_|_depoban|_depoba|_raktar"),
    ("customs", "_vam_|_vamkezel|_vamhatosag"),
    (
        "customs-cleared.2",
        "_vamkezeles befejezodott|_vamkezelve|_vamkezelt|_kiadva",
    ),
    ("customs-hold.2", "_visszatartva|_feltartoztatva|_szukseges"),
    ("customs-payment", "_vamkoltseg|_vamteher|_afa_"),
    ("customs-payment.2", "_fizetes|_befizet|_megfizet"),
    (
        "available",
        "_atveheto|_atvetelre var|_felveheto|_atvetelre kesz|_atveheted",
    ),
    ("cancelled", "_torolve|_toroltek|_sztorno"),
    (
        "label-created",
        "_adatok rogzitve|_elektronikus adat|_kuldemeny adatai|_regisztralva|\
        _cimirat elkeszult|_elorejelezte|_elorejelzes|_letrejott a rendszerunkben",
    ),
    (
        "awaiting-handover",
        "_feladasra var|_atadasra var|_meg nem adta at|_atadast kovetoen",
    ),
    (
        "return-delivered",
        "_visszakezbesitve|_feladonak kezbesitve|_visszaerkezett a feladohoz",
    ),
    (
        "return-under-way",
        "_visszakuld|_visszaszallit|_feladonak visszakuldve|_visszairanyit|_vissza lett kuldve",
    ),
    ("lost", "_elveszett|_elveszett kuldemeny"),
    ("delivered-damaged", "_serult"),
    ("damaged", "_serult|_megserult|_serules"),
    ("refused", "_atvetelt megtagadta|_megtagadta|_megtagadas"),
    ("recipient-moved", "_elkoltozott"),
    (
        "address-issue-other",
        "_hianyos cim|_hibas cim|_ismeretlen cim|_cim nem talalhato|_cimzett ismeretlen",
    ),
    (
        "recipient-unavailable",
        "_nem volt otthon|_cimzett nem tartozkodott|_nem elerheto|_cimzett tavol|\
        _nincs jogosult atvevo",
    ),
    (
        "attempt",
        "_sikertelen kezbesites|_kezbesitesi kiserlet|_ertesito hagyva",
    ),
    ("attempt.not", "_atveheto"),
    (
        "not-delivered-phrase",
        "_nem kezbesitettek|_sikertelen kezbesites",
    ),
    (
        "unclaimed",
        "_nem vettek at|_nem vette at|_orzesi ido lejart|_atveteli hatarido lejart|_nem kereste|\
        _nem kerult atvetelre",
    ),
    ("collected-by-recipient", "_atvette|_atveve"),
    (
        "collected-by-recipient.2",
        "_automatabol|_postan_|_ponton|_postahivatalban",
    ),
    ("collected-by-recipient.not", "_futar|_felado"),
    ("delivered-neighbor", "_szomszed"),
    ("rescheduled", "_atutemezve|_uj kezbesitesi nap"),
    (
        "forwarded",
        "_tovabbitva uj cimre|_utankuldve|_utankuldes|_atiranyitottuk",
    ),
    (
        "at-local-facility",
        "_kezbesito postara|_kezbesito depoba|_megerkezett a kezbesito",
    ),
    (
        "out-for-delivery",
        "_kezbesites alatt|_kiszallitas alatt|_futarnal|_kezbesitesre atadva|\
        _kiszallitasra var|_ma kezbesitjuk|_kezbesitonel",
    ),
    ("departed", "_elhagyta|_tovabbitva|_elindult"),
    (
        "picked-up",
        "_feladas_|_felvetel_|_felveve|_feladva|_a futar felvette|_atveve a feladotol|\
        _feladotol atvettuk|_atadta reszunkre|_futarunk kivette|_futar kivette",
    ),
    ("arrived", "_beerkezett|_megerkezett|_erkezett"),
    ("processed", "_feldolgozva|_szortirozva|_feldolgozas"),
    ("delayed", "_kesik|_keses|_kesedelem"),
    (
        "in-transit",
        "_szallitas alatt|_uton van|_szallitas folyamatban|_tranzit",
    ),
    ("delivery-noun", "_kezbesites_|_kezbesitese"),
    // Cannot be delivered, the reason in brackets (Magyar Posta); a failed attempt says
    // "sikertelen kézbesítés" instead.
    ("undeliverable", "_nem kezbesitheto"),
    ("no-access", "_kezbesites akadalyozott"),
    (
        "recipient-request",
        "_cimzett keresere|_cimzetti rendelkezes",
    ),
    ("sender-drop-off", "_fel lett adva"),
    (
        "collected-from-post-office-or-locker",
        "_sikeresen kezbesitve csomagautomatabol|_sikeresen kezbesitve postaponton|_sikeresen kezbesitve posta ponton|\
        _sikeresen kezbesitve postahelyen",
    ),
    (
        "missorted",
        "_nem megfelelo automatara|_nem megfelelo depoba|_rossz helyre|_tevesen iranyitott",
    ),
    (
        "not-found",
        "_a kuldemeny nem talalhato|_nincs adat|_nincs informacio",
    ),
];
