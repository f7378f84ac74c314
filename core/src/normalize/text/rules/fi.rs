//! Finnish (`fi`) wording of the text rules, by slot (see the slot list in
//! `rules/mod.rs`). Patterns are folded text: lower case, no accents; `_` is a word edge.

pub(super) static WORDS: super::Words = &[
    ("delivered", "_toimitettu|_luovutettu _vastaanottajalle"),
    ("neg", "_ei_|_eivat_|_epaonnistui"),
    ("future", "_arvioitu|_arviolta|_arvioidaan|_odotetaan"),
    ("delivery-planned", "_toimitetaan"),
    ("locker", "pakettiautomaat"),
    ("post-office", "_postin _toimipist"),
    ("pickup-point", "_noutopist"),
    ("facility", "_terminaali"),
    ("customs", "_tulli|_tullaus|_tullat"),
    ("customs-cleared.2", "_tullattu"),
    ("delayed", "_myohassa|_viivastyy|_viivastynyt"),
    ("unclaimed", "_ei _ole _noudettu|_noutamaton|_noutamatta"),
    ("pickup-reminder", "_muistutus"),
    ("pickup-reminder.2", "_nout"),
    ("available", "_noudettavissa|_voidaan _noutaa"),
    (
        "label-created",
        "_ennakkotied|_rekisteroity|_lahetyksen _tiedot",
    ),
    (
        "return-under-way",
        "_palautetaan|_palautuu|palautus _lahettajalle",
    ),
    ("returned", "_palautettu"),
    ("recipient-unavailable", "_ei _tavoitettu|_ei _kotona"),
    ("attempt", "_toimitusyritys|_jakeluyritys"),
    (
        "not-delivered-phrase",
        "ei _voitu _toimittaa|toimitus _epaonnistui",
    ),
    ("handed-to-partner.not", "_vastaanottaja"),
    ("sender-drop-off", "jatetty _postiin"),
    ("collected-by-recipient", "_noudettu|_luovutettu"),
    ("collected-by-recipient.2", "_vastaanottaja"),
    ("out-for-delivery", "_jakelussa|lahtenyt _jakeluun"),
    ("departed", "_lahtenyt|_lahti_"),
    ("picked-up", "_vastaanotettu|_noudettu _lahettajalta"),
    ("arrived", "_saapunut|_saapui"),
    ("processed", "_lajiteltu|_lajittel"),
    ("in-transit", "_kuljetuksessa|_matkalla"),
    (
        "not-yet-delivered",
        "_ei _viela|_ole _viela|_ei _ole _viela",
    ),
];
