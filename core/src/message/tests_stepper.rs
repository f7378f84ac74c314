//! The progress stepper and its milestone labels, in the customer's language.

use super::tests::snap;
use super::*;

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
