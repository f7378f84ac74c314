//! Turkish (`tr`) wording of the text rules, by slot (see the slot list in
//! `rules/mod.rs`). Patterns are folded text: lower case, no accents; `_` is a word edge.

pub(super) static WORDS: super::Words = &[
    (
        "delivered",
        "teslim _edildi|teslim _edilmistir|_aliciya _teslim",
    ),
    ("neg", "_edilemedi|_yapilamadi|_degil_|_basarisiz"),
    ("future", "_edilecek|_tahmini|_planlanan"),
    ("delivery-planned", "teslim _edilecek"),
    ("locker", "_kargomat"),
    ("post-office", "_ptt _sube"),
    ("pickup-point", "teslim _noktas|_kargo _noktas"),
    ("facility", "_subesi|_subede|_subeye|_subesinde"),
    ("customs", "_gumruk"),
    ("customs-payment", "_vergi|_vergisi|_harc_|_harci"),
    ("customs-payment.2", "_odeme|_odemesi|_odenmesi|_odenecek"),
    (
        "available",
        "teslim _alinabilir|teslim _almaya _hazir|_alinmayi _bekliyor",
    ),
    ("refused", "kabul _etmedi|_reddetti|_reddedildi"),
    ("unclaimed", "teslim _alinmadi"),
    (
        "label-created",
        "kaydi _olusturuldu|_bilgisi _alindi|_bilgileri _alindi|_gonderi olusturuldu|_siparis olusturuldu",
    ),
    ("return-under-way", "_iade_|_iadesi|_gondericiye _iade"),
    (
        "recipient-unavailable",
        "_adreste _yok|_adreste _bulunamadi|_alici _bulunamadi",
    ),
    ("attempt", "teslimat _denemesi"),
    (
        "not-delivered-phrase",
        "teslim _edilemedi|teslim _edilmedi|teslim _edilmemis|_teslimat gerceklestirilemedi|_dagitim basarisiz|_teslimat basarisiz",
    ),
    ("handed-to-partner.not", "_alici"),
    ("collected-by-recipient", "teslim _aldi"),
    ("collected-by-recipient.2", "_alici"),
    (
        "delivered-to-carrier-facility.2",
        "_subesine|_subeye|_subesinde|_subede",
    ),
    (
        "out-for-delivery",
        "_dagitimda|_dagitima _cikar|_kuryeye _verildi|_dagitim _surecinde",
    ),
    ("departed", "_cikis _yapti|_yola _cikti|_cikti_"),
    ("picked-up", "_kabul _edildi|_gonderi _kabul"),
    ("arrived", "_ulasti|_varis_|_geldi_"),
    ("processed", "_islendi|_islem _gordu"),
    ("in-transit", "_yolda_|_transfer _merkez|_aktarma"),
    // "henüz teslim edilmedi" (not delivered yet) only: "henüz teslim edilemedi" (could not be
    // delivered yet) reports a failed attempt.
    (
        "not-yet-delivered",
        "_henuz _teslim _edilmedi|_henuz _teslim _edilmemis",
    ),
    (
        "return-delivered",
        "_iade edildi|_gondericiye teslim edildi",
    ),
    (
        "at-local-facility",
        "_varis subesi|_varis subesine|_teslimat subesine|_dagitim subesine",
    ),
    ("cancelled", "_iptal"),
    ("not-found", "_kayit bulunamadi|_gonderi bulunamadi"),
];
