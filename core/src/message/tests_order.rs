//! Order headlines, and a row for every key the code asks for.

use chrono::{DateTime, Utc};

use super::*;
use crate::normalize::Normalizer;

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
