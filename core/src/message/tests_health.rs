//! Health explanations and next steps: every key in every language, natural sentences
//! (plurals, numbers, dates), overrides.

use chrono::{DateTime, NaiveDate, Utc};

use super::*;
use crate::health::{HealthText, HealthTextKey as K, TextArgs};
use crate::normalize::Normalizer;
use crate::timeline::{Shipment, ShipmentInput};

fn text(key: K, args: TextArgs) -> HealthText {
    let mut t = HealthText::new(key);
    t.args = args;
    t
}

fn placeholder_set(template: &str) -> std::collections::BTreeSet<String> {
    super::parse(template)
        .unwrap()
        .into_iter()
        .filter_map(|s| match s {
            super::Segment::Field(f) => Some(f),
            super::Segment::Text(_) => None,
        })
        .collect()
}

#[test]
fn every_health_key_and_unit_has_a_text_in_every_language_with_the_same_placeholders() {
    let mut keys: Vec<String> = K::ALL.iter().map(|k| k.code().to_string()).collect();
    keys.push("health.the_carrier".into());
    for &s in crate::status::SubStatus::ALL {
        let key = super::health::problem_key(s).to_string();
        if !keys.contains(&key) {
            keys.push(key);
        }
    }
    for unit in ["days", "calendar_days", "business_days", "business_hours"] {
        for cat in ["one", "few", "many", "other"] {
            keys.push(format!("health.unit.{unit}.{cat}"));
        }
    }
    for key in &keys {
        let row = builtin(key).unwrap_or_else(|| panic!("no text for {key}"));
        let en = placeholder_set(row[0]);
        for (i, t) in row.iter().enumerate() {
            assert!(!t.trim().is_empty(), "{key} [{}]", BUILTIN[i]);
            assert_eq!(placeholder_set(t), en, "{key} [{}]: {t}", BUILTIN[i]);
        }
    }
    // Every `health.*` row is one of those (no orphan texts).
    for key in super::keys().filter(|k| k.starts_with("health.")) {
        assert!(keys.iter().any(|k| k == key), "orphan {key}");
    }
}

#[test]
fn health_sentences_read_naturally_with_plurals_numbers_and_dates() {
    let c = MessageCatalog::new();
    let wait = |days, hold| {
        text(
            K::PickupWaiting,
            TextArgs {
                days: Some(days),
                limit_days: Some(hold),
                ..TextArgs::default()
            },
        )
    };
    let moving = |dwell, limit| {
        text(
            K::Moving,
            TextArgs {
                dwell_hours: Some(dwell),
                limit_hours: Some(limit),
                ..TextArgs::default()
            },
        )
    };
    let stall = text(
        K::StallLaneScan,
        TextArgs {
            carrier: Some("UPS".into()),
            dwell_hours: Some(96.0),
            limit_hours: Some(48.0),
            percent: Some(95),
            samples: Some(1234),
            ..TextArgs::default()
        },
    );
    let lost = HealthText::carrier(K::Lost, None);
    let by = text(
        K::ActionCollectBy,
        TextArgs {
            date: NaiveDate::from_ymd_opt(2024, 3, 25),
            ..TextArgs::default()
        },
    );
    let cases = [
        (
            &wait(1, 5),
            "en",
            "Ready for collection for 1 day; it is held 5 days.",
        ),
        (
            &wait(2, 5),
            "pl",
            "Paczka czeka na odbiór: 2 dni; okres przechowania: 5 dni.",
        ),
        (
            &wait(1, 22),
            "pl",
            "Paczka czeka na odbiór: 1 dzień; okres przechowania: 22 dni.",
        ),
        // Polish: 2-4 take the "few" form, 5+ the "many" form, fractions the "other" form.
        (
            &moving(48.0, 120.0),
            "pl",
            "Od ostatniej aktualizacji: 2 dni robocze, w zwykłym limicie tego etapu (5 dni roboczych).",
        ),
        (
            &moving(60.0, 22.0 * 24.0),
            "pl",
            "Od ostatniej aktualizacji: 2,5 dnia roboczego, w zwykłym limicie tego etapu (22 dni robocze).",
        ),
        (
            &moving(60.0, 12.0),
            "de-AT",
            "Letzte Meldung ist 2,5 Werktage her; dieser Schritt dauert üblicherweise höchstens 12 Arbeitsstunden.",
        ),
        // French: 1.5 is singular, a whole day too.
        (
            &moving(36.0, 24.0),
            "fr",
            "Dernière mise à jour il y a 1,5 jour ouvré, dans la limite habituelle de 1 jour ouvré pour cette étape.",
        ),
        (
            &stall,
            "en",
            "No scan for 4 business days; 95% of parcels with UPS on this lane get their next scan within 2 business days (1,234 past shipments).",
        ),
        (
            &stall,
            "fr",
            "Aucun scan depuis 4 jours ouvrés\u{202f}; 95\u{202f}% des colis confiés à UPS sur ce trajet ont leur scan suivant en 2 jours ouvrés au plus (1\u{202f}234 envois précédents).",
        ),
        // An unknown carrier is "the carrier" in the grammatical form the sentence needs,
        // and a sentence starting with it is capitalised.
        (
            &lost,
            "de",
            "Laut dem Versanddienstleister ist das Paket verloren gegangen.",
        ),
        (
            &HealthText::carrier(K::AttemptFailed, None),
            "en",
            "The carrier could not deliver and will usually try again.",
        ),
        (
            &HealthText::carrier(K::ActionClaim, None),
            "es",
            "Presenta una reclamación a su transportista y envía al cliente un reemplazo o un reembolso",
        ),
        (
            &by,
            "pl",
            "Przypomnij klientowi o odbiorze paczki (termin: poniedziałek, 25 marca)",
        ),
        (
            &by,
            "it",
            "Ricorda al cliente di ritirarlo entro lunedì 25 marzo",
        ),
    ];
    for (text, locale, want) in cases {
        assert_eq!(c.health_text(text, locale), want, "{locale}");
    }
}

#[test]
fn health_texts_can_be_overridden_and_snapshots_explain_in_their_locale() {
    let mut c = MessageCatalog::new();
    c.override_template("en", "health.moving", "Fine: {dwell} since the last scan")
        .unwrap();
    let t = {
        let mut t = HealthText::new(K::Moving);
        t.args.dwell_hours = Some(5.0);
        t
    };
    assert_eq!(
        c.health_text(&t, "en-GB"),
        "Fine: 5 business hours since the last scan"
    );
    assert!(
        c.override_template("en", "health.moving", "{days}")
            .is_err(),
        "a placeholder the key does not offer"
    );

    let input: ShipmentInput = serde_json::from_str(
        r#"{"id":"h","carrier":"ups","events":[{"status":"exception",
        "substatus":"exception.customs_hold","description":"Customs",
        "time":"2024-03-04T10:00:00Z"}]}"#,
    )
    .unwrap();
    let now: DateTime<Utc> = "2024-03-04T12:00:00Z".parse().unwrap();
    let tracker = crate::pipeline::Tracker::default();
    let (s, _) = Shipment::from_input(input, &Normalizer::new(), now).unwrap();
    let de = tracker.snapshot(&s, now, "de").health.unwrap();
    assert_eq!(
        de.explanation.as_deref(),
        Some("Vom Zoll zurückgehalten, wartet auf Unterlagen oder Freigabe.")
    );
    assert_eq!(
        de.action.as_deref(),
        Some("Klären Sie mit UPS, ob der Zoll Unterlagen braucht")
    );
    let en = tracker.assess(&s, now);
    assert_eq!(
        en.action.as_deref(),
        Some("Check with UPS whether customs need documents")
    );
    assert_eq!(en.text, de.text);
}
