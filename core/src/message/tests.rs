use chrono::{DateTime, NaiveDate, Utc};

use super::*;
use crate::estimate::{DeliveryWindow, WindowSource};
use crate::event::{Location, RawEvent};
use crate::normalize::Normalizer;
use crate::timeline::{Shipment, ShipmentInput};

fn snap(events: Vec<(&str, &str, Option<&str>, Option<&str>)>) -> Snapshot {
    let input = ShipmentInput {
        id: "m1".into(),
        carrier: Some("ups".into()),
        events: events
            .into_iter()
            .map(|(time, status, sub, city)| RawEvent {
                time: Some(time.into()),
                status: Some(status.into()),
                substatus: sub.map(Into::into),
                description: Some("x".into()),
                location: city.map(|c| {
                    Location {
                        city: Some(c.into()),
                        country: Some("DE".into()),
                        ..Location::default()
                    }
                    .into()
                }),
                ..RawEvent::default()
            })
            .collect(),
        ..ShipmentInput::default()
    };
    let now: DateTime<Utc> = "2030-01-01T00:00:00Z".parse().unwrap();
    Shipment::from_input(input, &Normalizer::new(), now)
        .unwrap()
        .0
        .snapshot()
}

fn window() -> DeliveryWindow {
    DeliveryWindow {
        earliest: NaiveDate::from_ymd_opt(2024, 3, 26).unwrap(),
        latest: NaiveDate::from_ymd_opt(2024, 3, 28).unwrap(),
        most_likely: NaiveDate::from_ymd_opt(2024, 3, 27).unwrap(),
        confidence: 0.9,
        source: WindowSource::Prior,
        basis: "test".into(),
        surge: None,
    }
}

#[test]
fn every_builtin_text_parses_and_matches_the_english_placeholders() {
    for (key, row) in rows() {
        let allowed = placeholders(key).unwrap();
        for (i, text) in row.iter().enumerate() {
            assert!(!text.trim().is_empty(), "{key} [{i}] empty");
            for seg in parse(text).unwrap() {
                if let Segment::Field(f) = seg {
                    assert!(allowed.contains(&f), "{key} [{i}] uses {{{f}}}");
                }
            }
        }
        let en = parse(row[0]).unwrap();
        let n = en.iter().filter(|s| matches!(s, Segment::Field(_))).count();
        for text in row {
            let m = parse(text)
                .unwrap()
                .iter()
                .filter(|s| matches!(s, Segment::Field(_)))
                .count();
            assert_eq!(n, m, "{key}: `{text}` drops a value");
        }
    }
}

#[test]
fn in_transit_with_window_in_several_languages() {
    let mut s = snap(vec![
        (
            "2024-03-22T10:00:00Z",
            "in_transit",
            Some("picked_up"),
            None,
        ),
        (
            "2024-03-23T10:00:00Z",
            "in_transit",
            Some("arrived_at_facility"),
            None,
        ),
    ]);
    s.window = Some(window());
    let en = render(&s, "en-GB");
    assert_eq!(en.headline, "Your parcel is on its way");
    assert_eq!(
        en.next.as_deref(),
        Some("Expected between Tuesday, 26 March and Thursday, 28 March.")
    );
    assert_eq!(en.locale, "en");
    let de = render(&s, "de-AT");
    assert_eq!(de.locale, "de");
    assert_eq!(
        de.next.as_deref(),
        Some("Voraussichtlich zwischen Dienstag, 26. März und Donnerstag, 28. März.")
    );
    let pt = render(&s, "pt-PT");
    assert_eq!(pt.locale, "pt-BR");
    assert!(pt.next.unwrap().contains("terça-feira, 26 de março"));
    assert_eq!(render(&s, "sv-SE").locale, "en");
}

#[test]
fn a_surge_widened_window_says_why_in_every_language_without_numbers() {
    let mut s = snap(vec![(
        "2024-03-22T10:00:00Z",
        "in_transit",
        Some("picked_up"),
        None,
    )]);
    let mut w = window();
    w.surge = Some(crate::estimate::WindowSurge {
        ratio: 2.4,
        factor: 1.5,
    });
    s.window = Some(w);
    let en = render(&s, "en");
    assert_eq!(
        en.next.as_deref(),
        Some(
            "Expected between Tuesday, 26 March and Thursday, 28 March \
             (a busy time: many orders are on their way)."
        )
    );
    let mut seen = std::collections::HashSet::new();
    for tag in crate::message::BUILTIN {
        let m = render(&s, tag);
        let next = m.next.unwrap();
        // The dates as ever, a reason beside them, and no figure of the shop's volume.
        assert!(next.contains("26") && next.contains("28"), "{tag}: {next}");
        assert!(
            !next.contains("2.4") && !next.contains("1.5"),
            "{tag}: {next}"
        );
        assert!(
            seen.insert(next.clone()),
            "{tag} repeats another language: {next}"
        );
    }
    // One day: its own sentence.
    let mut one = s.clone();
    if let Some(w) = one.window.as_mut() {
        w.earliest = w.latest;
        w.most_likely = w.latest;
    }
    assert_eq!(
        render(&one, "de").next.as_deref(),
        Some(
            "Voraussichtlich am Donnerstag, 28. März (gerade sind besonders viele Bestellungen unterwegs)."
        )
    );
}

#[test]
fn pickup_attempt_and_action_texts() {
    let s = snap(vec![(
        "2024-03-25T10:00:00+01:00",
        "available_for_pickup",
        Some("pickup_point"),
        Some("Kiosk Müller, Berlin"),
    )]);
    let m = render(&s, "en");
    assert_eq!(
        m.headline,
        "Your parcel is ready to collect at Kiosk Müller, Berlin"
    );
    // UPS holds 7 days: Monday 25 March + 7 = Monday 1 April.
    assert_eq!(
        m.action.as_deref(),
        Some("Please collect it by Monday, 1 April.")
    );

    let s = snap(vec![(
        "2024-03-25T10:00:00Z",
        "attempt_fail",
        Some("recipient_unavailable"),
        None,
    )]);
    let m = render(&s, "fr");
    assert_eq!(
        m.headline,
        "Votre colis n'a pas pu être livré : personne n'était présent"
    );
    assert!(m.action.is_some());
    let s = snap(vec![(
        "2024-03-25T10:00:00Z",
        "exception",
        Some("payment_required"),
        None,
    )]);
    assert!(render(&s, "pl").action.unwrap().starts_with("Opłać"));
    let s = snap(vec![(
        "2024-03-25T10:00:00Z",
        "delivered",
        Some("neighbor"),
        None,
    )]);
    let m = render(&s, "nl");
    assert_eq!(m.headline, "Je pakket is bij de buren afgegeven");
    assert_eq!(m.next, None);
    assert_eq!(m.action, None);
}

#[test]
fn overrides_win_and_bad_placeholders_fail_at_override_time() {
    let mut c = MessageCatalog::new();
    assert!(
        c.override_template("de", "headline.delivered", "Da ist es: {nope}")
            .is_err()
    );
    assert!(c.override_template("de", "no.such.key", "x").is_err());
    assert!(
        c.override_template("de", "headline.delivered", "unclosed {carrier")
            .is_err()
    );
    c.override_template("de", "headline.delivered", "{carrier} hat geliefert!")
        .unwrap();
    c.override_template("sv", "headline.delivered", "Ditt paket har levererats")
        .unwrap();
    let s = snap(vec![("2024-03-25T10:00:00Z", "delivered", None, None)]);
    assert_eq!(
        c.render(&s, "de-CH").headline,
        "UPS hat geliefert!",
        "{{carrier}} is the display name"
    );
    let sv = c.render(&s, "sv");
    assert_eq!(sv.locale, "sv");
    assert_eq!(sv.headline, "Ditt paket har levererats");
    // Keys without a Swedish override fall back to English.
    let json = serde_json::to_string(&c).unwrap();
    let back: MessageCatalog = serde_json::from_str(&json).unwrap();
    assert_eq!(back, c);
    assert!(
        serde_json::from_str::<MessageCatalog>(
            r#"[{"locale":"de","key":"headline.delivered","template":"{bad}"}]"#
        )
        .is_err()
    );
}

#[test]
fn every_status_gets_a_headline_in_every_language() {
    for &st in crate::Status::ALL {
        let mut subs: Vec<Option<&str>> = vec![None];
        subs.extend(
            st.substatuses()
                .map(|s| s.code().split_once('.').map(|x| x.1)),
        );
        for sub in subs {
            if matches!(st, crate::Status::Expired) {
                continue; // derived only; the pipeline sets it
            }
            let s = snap(vec![("2024-03-25T10:00:00Z", st.code(), sub, None)]);
            for lang in BUILTIN {
                let m = render(&s, lang);
                assert!(!m.headline.is_empty(), "{st} {sub:?} {lang}");
                assert!(!m.headline.contains('{'), "{}", m.headline);
            }
        }
    }
}

fn stepper_summary(s: &Snapshot, locale: &str) -> Vec<(String, StepState)> {
    stepper(s, locale)
        .into_iter()
        .map(|st| (st.label, st.state))
        .collect()
}

#[test]
fn stepper_shows_the_pickup_side_state_at_its_step_in_the_customers_language() {
    let s = snap(vec![
        (
            "2024-03-25T10:00:00Z",
            "in_transit",
            Some("in_transit.picked_up"),
            None,
        ),
        ("2024-03-26T08:00:00Z", "in_transit", None, Some("Köln")),
        (
            "2024-03-27T09:00:00Z",
            "available_for_pickup",
            Some("available_for_pickup.locker"),
            Some("Köln"),
        ),
    ]);
    let steps = stepper_summary(&s, "de-AT");
    let labels: Vec<&str> = steps.iter().map(|(l, _)| l.as_str()).collect();
    assert_eq!(
        labels,
        [
            "Bestellt",
            "In Bearbeitung",
            "Versandt",
            "Unterwegs",
            "Abholbereit",
            "Zugestellt"
        ]
    );
    let states: Vec<StepState> = steps.iter().map(|(_, st)| *st).collect();
    use StepState::{Current, Done, Upcoming};
    assert_eq!(states, [Done, Done, Done, Done, Current, Upcoming]);
}

#[test]
fn stepper_of_a_delivered_parcel_has_every_step_reached() {
    let s = snap(vec![
        (
            "2024-03-25T10:00:00Z",
            "in_transit",
            Some("in_transit.picked_up"),
            None,
        ),
        ("2024-03-27T09:00:00Z", "delivered", None, None),
    ]);
    let steps = stepper(&s, "pl");
    assert_eq!(steps.len(), 6);
    assert!(steps[..5].iter().all(|st| st.state == StepState::Done));
    assert_eq!(
        (steps[5].label.as_str(), steps[5].state),
        ("Doręczone", StepState::Current)
    );
}

#[test]
fn stepper_of_a_parcel_without_scans_starts_at_ordered() {
    let s = snap(vec![]);
    let states: Vec<StepState> = stepper(&s, "xx").iter().map(|st| st.state).collect();
    assert_eq!(states[0], StepState::Current);
    assert!(states[1..].iter().all(|st| *st == StepState::Upcoming));
    assert_eq!(
        stepper(&s, "xx")[0].label,
        "Ordered",
        "unknown locales fall back to English"
    );
}

#[test]
fn every_milestone_has_a_label_in_every_builtin_locale_and_labels_can_be_overridden() {
    use crate::milestone::Milestone::*;
    let all = [
        Ordered,
        Processing,
        Shipped,
        InTransit,
        OutForDelivery,
        ReadyForPickup,
        Delivered,
        Issue,
        Returning,
        Cancelled,
    ];
    let catalog = MessageCatalog::new();
    for m in all {
        for locale in BUILTIN {
            let label = catalog.milestone_label(m, locale);
            assert!(
                !label.is_empty() && !label.starts_with("milestone."),
                "{m:?} {locale}"
            );
        }
    }
    let mut custom = MessageCatalog::new();
    custom
        .override_template("en", "milestone.shipped", "On its way")
        .unwrap();
    assert_eq!(custom.milestone_label(Shipped, "en-GB"), "On its way");
}

/// Every key the code asks for has a row (so a text in each of the 8 locales): order
/// headlines of every order status, labels of every milestone.
#[test]
fn every_key_the_code_uses_exists_in_every_locale() {
    for &status in crate::order::OrderStatus::ALL {
        let key = order_texts::headline_key(status);
        assert!(builtin(key).is_some(), "{key} missing");
        assert!(key.ends_with(status.code()), "{key}");
    }
    for &m in crate::milestone::Milestone::ALL {
        assert!(builtin(stepper::label_key(m)).is_some(), "{m:?}");
    }
    let keys: Vec<&str> = keys().collect();
    let mut unique = keys.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(unique.len(), keys.len(), "a key is defined twice");
}

#[test]
fn order_headlines_in_several_languages_and_overridable() {
    let input = |statuses: &[&str]| {
        let shipments: Vec<String> = statuses
            .iter()
            .enumerate()
            .map(|(i, st)| {
                format!(
                    r#"{{"id":"p{i}","carrier":"ups","events":[{{"time":"2024-03-0{}T10:00:00Z","status":"{st}"}}]}}"#,
                    i + 1
                )
            })
            .collect();
        let json = format!(r#"{{"id":"o1","shipments":[{}]}}"#, shipments.join(","));
        let input: crate::order::OrderInput = serde_json::from_str(&json).unwrap();
        let now = DateTime::parse_from_rfc3339("2024-03-10T00:00:00Z")
            .unwrap()
            .with_timezone(&Utc);
        crate::order::Order::from_input(input, &Normalizer::new(), now)
            .unwrap()
            .0
            .snapshot()
    };
    let partly = input(&["delivered", "in_transit"]);
    assert_eq!(partly.status, crate::order::OrderStatus::PartiallyDelivered);
    assert_eq!(order_headline(&partly, "en"), "Parcels delivered: 1 of 2");
    assert_eq!(
        order_headline(&partly, "de-AT"),
        "Zugestellte Pakete: 1 von 2"
    );
    assert_eq!(order_headline(&partly, "pl"), "Doręczone paczki: 1 z 2");
    let moving = input(&["in_transit", "in_transit"]);
    assert_eq!(
        order_headline(&moving, "fr"),
        "Votre commande a été expédiée"
    );
    assert_eq!(order_headline(&moving, "sv"), "Your order has been shipped");
    let mut c = MessageCatalog::new();
    c.override_template(
        "nl",
        "order.partially_delivered",
        "{delivered}/{parcels} binnen",
    )
    .unwrap();
    assert_eq!(c.order_headline(&partly, "nl-BE"), "1/2 binnen");
    assert!(
        c.override_template("en", "order.delivered", "{latest}")
            .is_err()
    );
}

mod health_words {
    use super::*;
    use crate::health::{HealthText, HealthTextKey as K, TextArgs};

    fn text(key: K, args: TextArgs) -> HealthText {
        let mut t = HealthText::new(key);
        t.args = args;
        t
    }

    fn placeholder_set(template: &str) -> std::collections::BTreeSet<String> {
        super::super::parse(template)
            .unwrap()
            .into_iter()
            .filter_map(|s| match s {
                super::super::Segment::Field(f) => Some(f),
                super::super::Segment::Text(_) => None,
            })
            .collect()
    }

    #[test]
    fn every_health_key_and_unit_has_a_text_in_every_language_with_the_same_placeholders() {
        let mut keys: Vec<String> = K::ALL.iter().map(|k| k.code().to_string()).collect();
        keys.push("health.the_carrier".into());
        for &s in crate::status::SubStatus::ALL {
            let key = super::super::health::problem_key(s).to_string();
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
        for key in super::super::keys().filter(|k| k.starts_with("health.")) {
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
}
