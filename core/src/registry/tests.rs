//! Carrier name resolution: known names, brands settled by context, accent-insensitive
//! matching, S10 posts, unknown text with suggestions, warnings, the carrier list.

use super::*;

fn plain(text: &str) -> Resolution {
    resolve(text, &Context::default())
}

#[test]
fn known_names_resolve_without_warning() {
    let r = plain("ups");
    assert_eq!(
        (r.slug(), r.basis, r.name.as_str()),
        (Some("ups"), Basis::Slug, "UPS")
    );
    let r = plain("  Royal-Mail ");
    assert_eq!((r.slug(), r.basis), (Some("royal_mail"), Basis::Name));
    assert!(r.warning.is_none());
    // A slug that folds like a brand is still the slug.
    assert_eq!(plain("dhl_ecommerce").slug(), Some("dhl_ecommerce"));
    assert_eq!(plain("DHL Paket").slug(), Some("dhl_parcel_de"));
}

#[test]
fn brands_are_decided_by_context_or_shown_by_brand_name() {
    let de = Context {
        countries: &["de", "DE"],
        ..Context::default()
    };
    assert_eq!(resolve("DHL", &de).slug(), Some("dhl_parcel_de"));
    assert_eq!(resolve("Hermes", &de).slug(), Some("hermes_de"));
    let gb = Context {
        countries: &["GB"],
        ..Context::default()
    };
    assert_eq!(resolve("hermes", &gb).slug(), Some("evri"));
    // International: the country does not decide.
    let intl = Context {
        countries: &["DE", "US"],
        ..Context::default()
    };
    let r = resolve("dhl", &intl);
    assert_eq!(
        (r.slug(), r.name.as_str(), r.basis),
        (None, "DHL", Basis::Brand)
    );
    let w = r.warning.unwrap();
    assert_eq!(w.kind, WarningKind::AmbiguousCarrier);
    assert!(w.candidates.iter().any(|c| c == "dhl_express"));
    // The tracking number decides over the country: a 10-digit DHL Express waybill.
    let by_number = Context {
        countries: &["DE", "DE"],
        tracking_number: Some("1234567891"),
    };
    let r = resolve("dhl", &by_number);
    assert_eq!(
        (r.slug(), r.basis),
        (Some("dhl_express"), Basis::TrackingNumber)
    );
    let piece = Context {
        tracking_number: Some("JJD0123456789"),
        ..Context::default()
    };
    assert_eq!(resolve("DHL", &piece).slug(), Some("dhl_express"));
    // A catch-all pattern does not decide: any 14 digits.
    let weak = Context {
        tracking_number: Some("12345678901234"),
        ..Context::default()
    };
    assert_eq!(resolve("DHL", &weak).basis, Basis::Brand);
}

#[test]
fn names_match_without_accents_or_case() {
    // The alias is "Correos España"; people type it without the tilde.
    for text in [
        "correos espana",
        "CORREOS ESPAÑA",
        "Correos  España!",
        "correos-españa",
    ] {
        let r = plain(text);
        assert_eq!(
            (r.slug(), r.basis),
            (Some("correos"), Basis::Name),
            "{text}"
        );
        assert!(r.warning.is_none(), "{text}");
    }
    assert_eq!(plain("ceska posta").slug(), Some("ceska_posta"));
    assert_eq!(plain("La Poste du Benin").slug(), Some("la_poste_du_benin"));
    assert_eq!(plain("turkiye post").slug(), Some("ptt"));
    // Folding is the core's one name folding: the index and the lookup agree on it.
    assert_eq!(fold("Česká pošta"), "ceskaposta");
    assert_eq!(fold("4-72 Servicios"), "472servicios");
}

#[test]
fn s10_takes_the_post_its_number_names() {
    let cn = Context {
        tracking_number: Some("RR987654326CN"),
        ..Context::default()
    };
    let r = resolve("s10", &cn);
    assert_eq!(
        (r.slug(), r.name.as_str(), r.basis),
        (Some("china_post"), "China Post", Basis::TrackingNumber)
    );
    assert!(r.warning.is_none());
    // The generic entry's names do the same.
    let gb = Context {
        tracking_number: Some("RB123456785GB"),
        ..Context::default()
    };
    assert_eq!(resolve("UPU", &gb).slug(), Some("royal_mail"));
    // Without a number, or with a number whose check digit is wrong, it stays `s10`.
    assert_eq!(plain("s10").slug(), Some("s10"));
    let bad = Context {
        tracking_number: Some("RR987654321CN"),
        ..Context::default()
    };
    assert_eq!(resolve("s10", &bad).slug(), Some("s10"));
    // A named carrier is never replaced by the number's post.
    assert_eq!(resolve("ups", &cn).slug(), Some("ups"));
}

#[test]
fn unknown_text_is_accepted_and_reported_with_suggestions() {
    let r = plain("Colisimo");
    assert_eq!((r.slug(), r.basis), (None, Basis::Unknown));
    assert_eq!(r.name, "Colisimo");
    let w = r.warning.unwrap();
    assert_eq!(w.kind.code(), "unknown_carrier");
    assert_eq!(w.did_you_mean, vec!["colissimo"]);
    assert!(
        w.message.contains("did you mean `colissimo`"),
        "{}",
        w.message
    );
    // Far from everything: no suggestion, still a warning.
    let r = plain("Acme Rocket Couriers");
    assert!(r.warning.unwrap().did_you_mean.is_empty());
    // Too short to guess from.
    assert!(plain("zz").warning.unwrap().did_you_mean.is_empty());
    assert_eq!(plain("  ").basis, Basis::Missing);
}

#[test]
fn aggregator_vocabularies_are_known_names() {
    for text in ["aftership", "EasyPost", "17TRACK", "shopify"] {
        let r = plain(text);
        assert_eq!((r.slug(), r.basis), (None, Basis::Vocabulary), "{text}");
        assert!(r.warning.is_none(), "{text}");
        assert_eq!(r.name, text);
    }
}

#[test]
fn warnings_serialize_with_snake_case_kinds() {
    let json = serde_json::to_value(plain("fedx")).unwrap();
    assert_eq!(json["carrier"], serde_json::Value::Null);
    assert_eq!(json["basis"], "unknown");
    assert_eq!(json["warning"]["kind"], "unknown_carrier");
    assert_eq!(json["warning"]["did_you_mean"][0], "fedex");
    let json = serde_json::to_value(plain("usps")).unwrap();
    assert_eq!(json["carrier"], "usps");
    assert!(json.get("warning").is_none());
}

#[test]
fn carrier_list_reports_coverage() {
    let list = carriers();
    assert_eq!(list.len(), CARRIERS.len());
    let ups = list.iter().find(|c| c.slug == "ups").unwrap();
    assert!(ups.code_table && ups.tracking_number_formats);
    // Every brand member is a registry slug.
    for b in BRANDS {
        for m in b.members.iter().chain(b.home.iter().map(|(_, s)| s)) {
            assert!(carrier::lookup(m).is_some(), "{m}");
        }
    }
}

#[test]
fn national_carriers_resolve_as_customers_type_them() {
    // Names in Latin and local script, abbreviations and the older brand names that shops
    // and tracking e-mails use (issue tn).
    for (text, slug) in [
        ("Nova Poshta", "nova_poshta"),
        ("Нова Пошта", "nova_poshta"),
        ("Укрпошта", "ukrposhta"),
        ("Meest Express", "meest"),
        ("Почта России", "russian_post"),
        ("СДЭК", "cdek"),
        ("cdek", "cdek"),
        ("Boxberry", "boxberry"),
        ("한진택배", "hanjin"),
        ("Lotte Global Logistics", "lotte_global"),
        ("CJ대한통운", "cj_logistics"),
        ("Zásilkovna", "packeta"),
        ("zasilkovna", "packeta"),
        ("PPL CZ", "ppl"),
        ("Česká pošta", "ceska_posta"),
        ("MPL", "magyar_posta"),
        ("Fan Courier", "fan_courier"),
        ("Sameday", "sameday"),
        ("Urgent Cargus", "cargus"),
        ("Posta Romana", "posta_romana"),
        ("ΕΛΤΑ", "elta_hellenic_post"),
        ("ACS Courier", "acs_courier"),
        ("Yurtici Kargo", "yurtici"),
        ("Yurtiçi Kargo", "yurtici"),
        ("Aras Kargo", "aras"),
        ("MNG Kargo", "mng"),
        ("PTT Kargo", "ptt"),
        ("Estafeta", "estafeta"),
        ("SEPOMEX", "correos_de_mexico"),
        ("Andreani", "andreani"),
        ("OCA", "oca"),
        ("Correo Argentino", "correo_argentino"),
        ("JNE", "jne"),
        ("J&T Express", "jt_express"),
        ("SiCepat", "sicepat"),
        ("Pos Indonesia", "pos_indonesia"),
        ("VNPost", "vietnam_post"),
        ("Bưu điện Việt Nam", "vietnam_post"),
        ("Viettel Post", "viettel_post"),
        ("GHN", "ghn"),
        ("البريد المصري", "egypt_post"),
        ("SMSA Express", "smsa"),
        ("ไปรษณีย์ไทย", "thailand_post"),
        ("Kerry Express", "kerry_express"),
        ("Flash Express", "flash_express"),
        ("Ninja Van", "ninja_van"),
        ("LBC Express", "lbc"),
        ("Pos Laju", "pos_malaysia"),
        ("Blue Dart", "blue_dart"),
        ("中華郵政", "chunghwa_post"),
        ("京东物流", "jd_logistics"),
        ("Спиди", "speedy"),
        ("Еконт", "econt"),
        ("Hrvatska posta", "hrvatska_posta"),
        ("Posta Slovenije", "posta_slovenije"),
        ("Omniva", "omniva"),
        ("SPX Express", "shopee_express"),
    ] {
        let r = plain(text);
        assert_eq!(r.slug(), Some(slug), "{text}");
        assert!(r.warning.is_none(), "{text}");
    }
    // Near-misses of them are suggested, national posts included.
    let typo = plain("Nova Poshat");
    assert_eq!(typo.warning.unwrap().did_you_mean, vec!["nova_poshta"]);
    let typo = plain("Ukrposta");
    assert_eq!(typo.warning.unwrap().did_you_mean, vec!["ukrposhta"]);
    let typo = plain("Bangladesh Postt");
    assert_eq!(
        typo.warning.unwrap().did_you_mean,
        vec!["bangladesh_post_office"]
    );
    // The carriers with their own entries are listed (docs/carriers.md).
    let list = carriers();
    for slug in ["nova_poshta", "cdek", "packeta", "chunghwa_post", "econt"] {
        assert!(list.iter().any(|c| c.slug == slug), "{slug}");
    }
}
