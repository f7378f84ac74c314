//! Polish (`pl`) wording of the text rules, by slot (see the slot list in
//! `rules/mod.rs`). Patterns are folded text: lower case, no accents; `_` is a word edge.

pub(super) static WORDS: super::Words = &[
    (
        "delivered",
        "_doreczon|_dostarczon|_osobie uprawnionej|_uprawnionemu odbiorcy",
    ),
    ("neg", "_nie_|_nieudan"),
    ("future", "_zostanie|_planowan"),
    ("locker", "paczkoma|_automac|_automat_|_paczkomacie"),
    ("post-office", "placowk|urzed pocztow"),
    (
        "pickup-point",
        "punkt odbioru|punkt obslugi|paczkopunk|_w _punkcie|_punkt _odbioru",
    ),
    ("facility", "_oddzial"),
    ("customs", "_clo_|_celn"),
    (
        "available",
        "do odbioru|czeka na odbior|gotowa do odbioru|_umieszczona _w|\
        _umieszczono _w|_umieszczony _w|_magazynowana|_czeka _w|_oczekuje _na _odbior|\
        _do _odbioru",
    ),
    ("cancelled", "_anulowan"),
    (
        "label-created",
        "_dane _przesylki|_zarejestrowan|_utworzon|\
        _przygotowana _przez _nadawce",
    ),
    ("awaiting-handover", "jeszcze _nie"),
    ("pickup-failed", "nieudany _odbior _od _nadawcy"),
    ("pickup-scheduled", "zlecenie _odbioru"),
    (
        "return-delivered",
        "doreczona _do _nadawcy|doreczenie _zwrotu",
    ),
    ("return-under-way", "_zwrot|_zwracana"),
    ("disposed", "zniszczon|utylizac"),
    ("seized", "_zajet"),
    ("lost", "_zagubion|zaginion"),
    ("delivered-damaged", "uszkodz"),
    ("damaged", "uszkodz"),
    ("stopped", "zatrzyman"),
    ("investigation", "postepowanie _wyjasniajace"),
    ("prohibited", "zakazan"),
    ("customs-payment", "_clo_|_podatek|_oplat"),
    ("customs-payment.2", "_oplac|_zaplac"),
    ("customs-hold.2", "zatrzym"),
    ("customs-cleared.2", "odprawion|_zwolnien"),
    ("refused", "_odmow"),
    ("recipient-moved", "_wyprowadzil"),
    ("address-issue", "_adres"),
    ("address-issue.2", "bledn|niepeln|nieznan"),
    ("address-issue-other", "_nieznany"),
    ("weather", "pogod"),
    ("business-closed", "_zamkni"),
    ("recipient-unavailable", "_nieobecn|nie _zastano"),
    ("no-access", "brak _dostepu"),
    ("id-check", "dowod|weryfikac"),
    ("payment-at-door", "platnos|pobranie"),
    ("payment-required", "oczekuje na platnosc"),
    ("undeliverable", "niedoreczaln"),
    ("does-not-fit", "nie _miesci"),
    ("attempt", "proba _doreczenia|nieudana|awizo"),
    // "Awizo" is the notice left after a failed delivery; with the parcel named as waiting at
    // the office ("przesyłka do odbioru w placówce") it is ready for pickup, and "powtórne
    // awizo" (Poczta Polska's second notice) a pickup reminder.
    ("attempt.not", "do odbioru|_powtorne"),
    ("not-yet-delivered", "jeszcze _nie"),
    ("not-delivered-phrase", "nie _doreczon"),
    (
        "unclaimed",
        "nieodebran|nie _zostala _odebrana|nie _zostal _odebrany|nie _odebran|\
        _termin _odbioru|_uplynal _termin",
    ),
    (
        "handed-to-partner",
        "przekazana _do _partnera|przekazana _przewoznikowi",
    ),
    ("handed-to-partner.not", "adresat|odbiorc"),
    ("sender-drop-off", "nadan"),
    ("collected-by-recipient", "odebral|odebran"),
    ("collected-by-recipient.2", "adresat|odbiorc|_klient"),
    // InPost's "Odebrana od klienta" is the courier collecting from the sender (ShipX status
    // `collected_from_sender`); "odebrana (przez klienta)" alone is the recipient's collection.
    ("collected-by-recipient.not", "_od_|kurier|nadawc"),
    ("collected-by-recipient-phrase.not", "_od_|kurier|nadawc"),
    ("collected-from-post-office-or-locker", "odebran"),
    ("pickup-reminder", "przypomnienie|_powtorne _awizo"),
    ("pickup-reminder.2", "odbior|_awizo"),
    ("delivered-neighbor", "sasiad"),
    ("delivered-mailbox", "skrzynk"),
    ("delivered-agent.2", "recepcj"),
    ("delivered-signed", "do rak _wlasnych"),
    ("delivered-partial.2", "czesciow"),
    ("delivery-arranged", "na zyczenie|umowion"),
    ("rescheduled", "przelozon"),
    ("forwarded", "przekierowan"),
    ("arrived-destination-country", "dotarl|przybyl"),
    ("arrived-destination-country.2", "kraju przeznaczenia"),
    (
        "at-local-facility",
        "oddzial doreczajacy|_placowce _doreczajacej|_oddziale _docelowym|\
        _oddzial _docelowy",
    ),
    ("arriving-soon", "wkrotce"),
    (
        "out-for-delivery",
        "w doreczeniu|wydana do doreczenia|przekazana kurierowi|\
        _wydanie _do _doreczenia|_wydano _do _doreczenia|_przekazano _do _doreczenia",
    ),
    ("departed", "wyjechal|wyslan|opuscil"),
    (
        "picked-up",
        "nadan|przyjet|_odebrana _od|_odebrano _od|_odebrany _od|\
        _odbior _od _nadawcy|_przyjeta _od|_przyjecie _od|_mamy twoja paczke|_mamy twoja przesylke",
    ),
    (
        "arrived",
        "dotarl|przybyl|_przyjeta _w_|_przyjety _w_|_przyjete _w_|_przyjecie _w_|\
        _przybycie|_przyjecie _przesylki _w|_nadejscie|_nadeszla",
    ),
    ("processed", "sortowan|przetworzon"),
    ("held", "wstrzyman"),
    ("delayed", "opozn"),
    ("exception", "_problem"),
    ("in-transit", "w drodze|transporcie|tranzycie"),
    ("notification", "powiadomien"),
    (
        "picked-up.not",
        "_przyjeta _w_|_przyjety _w_|_przyjete _w_|_przyjecie _w_|\
        _przyjecie _przesylki _w",
    ),
    (
        "collected-by-recipient-phrase",
        "_odebrana_|_odebrano _w _placowce|_odebrana _przez _adresata|\
        _odebrana _przez _odbiorce|_odebrano _w _punkcie",
    ),
    (
        "delivery-noun",
        "_doreczenie|_doreczenia|_dostarczenie|_dostarczenia",
    ),
    (
        "not-found",
        "brak _informacji|brak _danych _o _przesylce|\
        numer _przesylki _nie _zostal _znaleziony",
    ),
];
