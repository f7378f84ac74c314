//! Rules in Swedish, Danish, Norwegian, Finnish, Czech and Turkish (and their guards).

use super::*;

fn code(text: &str) -> Option<&'static str> {
    classify(text).map(|h| h.sub.map_or(h.status.code(), SubStatus::code))
}

fn status(text: &str) -> Option<Status> {
    classify(text).map(|h| h.status)
}

#[test]
fn deliveries_in_six_more_languages() {
    for (text, lang) in [
        ("Försändelsen har levererats", "sv"),
        ("Pakken er leveret", "da"),
        ("Sendingen er levert til mottaker", "no"),
        ("Lähetys on toimitettu", "fi"),
        ("Zásilka byla doručena", "cs"),
        ("Gönderi alıcıya teslim edildi", "tr"),
    ] {
        let hit = classify(text).unwrap();
        assert_eq!(hit.status, Status::Delivered, "{text}: {}", hit.rule);
        assert!(
            hit.rule.starts_with(&format!("text:{lang}:")),
            "{text}: {}",
            hit.rule
        );
    }
}

#[test]
fn negated_deliveries_are_failures_not_deliveries() {
    for text in [
        "Försändelsen kunde inte levereras",
        "Pakken kunne ikke leveres",
        "Sendingen kunne ikke leveres",
        "Lähetystä ei voitu toimittaa",
        "Zásilka nebyla doručena",
        "Zásilka nedoručena, adresát nezastižen",
        "Gönderi teslim edilemedi",
    ] {
        assert_eq!(status(text), Some(Status::AttemptFail), "{text}");
    }
}

#[test]
fn pickup_points_and_lockers_are_never_delivered() {
    for text in [
        "Paketet har levererats till ditt ombud",
        "Försändelsen har levererats till ett serviceställe",
        "Pakken er leveret til pakkeshop",
        "Lähetys on toimitettu noutopisteeseen",
        "Zásilka byla doručena na výdejní místo",
        "Gönderi şubesine teslim edildi",
    ] {
        assert_eq!(status(text), Some(Status::AvailableForPickup), "{text}");
    }
    assert_eq!(
        code("Lähetys on noudettavissa"),
        Some("available_for_pickup")
    );
    assert_eq!(
        code("Paketet kan hämtas hos ditt ombud"),
        Some("available_for_pickup.pickup_point")
    );
}

#[test]
fn future_wording_is_not_a_delivery() {
    for text in [
        "Paketet kommer att levereras i morgon",
        "Pakken forventes leveret i morgen",
        "Pakken vil bli levert i morgen",
        "Lähetys toimitetaan arviolta huomenna",
        "Gönderi yarın teslim edilecek",
        "The parcel will be delivered tomorrow",
    ] {
        assert_eq!(
            status(text),
            Some(Status::InTransit),
            "{text}: {:?}",
            classify(text).map(|h| h.rule)
        );
    }
    // A failure in the same words is still a failure, not a plan.
    for text in [
        "Paketet kunde inte levereras",
        "Pakken kunne ikke leveres",
        "Gönderi teslim edilemedi",
    ] {
        assert_eq!(status(text), Some(Status::AttemptFail), "{text}");
    }
}

#[test]
fn transit_steps_returns_and_customs() {
    for (text, want) in [
        ("Paketet är ute för leverans", "out_for_delivery"),
        ("Pakken er ude til levering", "out_for_delivery"),
        ("Lähetys on jakelussa", "out_for_delivery"),
        ("Gönderi dağıtımda", "out_for_delivery"),
        ("Sendingen er innlevert", "in_transit.picked_up"),
        ("Gönderi kabul edildi", "in_transit.picked_up"),
        (
            "Lähetys on saapunut terminaaliin",
            "in_transit.arrived_at_facility",
        ),
        ("Försändelsen är under transport", "in_transit"),
        ("Zásilka v přepravě", "in_transit"),
        (
            "Sendingen returneres til avsender",
            "return_to_sender.in_progress",
        ),
        (
            "Lähetys palautetaan lähettäjälle",
            "return_to_sender.in_progress",
        ),
        ("Paketet är i tullen", "in_transit.customs"),
        ("Gönderi gümrükte", "in_transit.customs"),
    ] {
        assert_eq!(code(text), Some(want), "{text}: {:?}", classify(text));
    }
}

#[test]
fn short_words_match_only_whole_words() {
    // `ei` (Finnish "not") inside other words, `ne`/`toll` inside longer ones: no negation.
    assert_eq!(
        status("Shipment delivered to Heilbronn"),
        Some(Status::Delivered)
    );
    assert_eq!(
        status("Paket zugestellt in Weimar"),
        Some(Status::Delivered)
    );
    assert_eq!(status("Colis livré à Tollevast"), Some(Status::Delivered));
}

/// Inflected and compound forms: Polish and Czech participles, German compounds, the two
/// Portuguese verbs for collecting (Brazil "retirar", Portugal "levantar").
#[test]
fn inflection_compounds_and_regional_verbs() {
    for (text, want) in [
        // Polish: "placed in the machine" is waiting in a locker, not delivered.
        (
            "Paczka umieszczona w automacie",
            "available_for_pickup.locker",
        ),
        (
            "Przesyłka nie została odebrana w terminie",
            "exception.unclaimed",
        ),
        (
            "Przesyłka przyjęta w sortowni",
            "in_transit.arrived_at_facility",
        ),
        ("Przesyłka odebrana od nadawcy", "in_transit.picked_up"),
        // Czech: negation is a prefix; "byla vyzvednuta" is collected by the recipient.
        (
            "Zásilka nebyla vyzvednuta v úložní době",
            "exception.unclaimed",
        ),
        (
            "Zásilka byla vyzvednuta",
            "delivered.picked_up_by_recipient",
        ),
        ("Zásilku se nepodařilo doručit", "attempt_fail"),
        (
            "Zásilka se vrací odesílateli",
            "return_to_sender.in_progress",
        ),
        // German compounds carry their head noun last.
        ("Zollfreigabe erteilt", "in_transit.customs_cleared"),
        (
            "Annahmeverweigerung durch den Empfänger",
            "exception.refused",
        ),
        (
            "Sendung zur Selbstabholung in der Filiale",
            "available_for_pickup.post_office",
        ),
        ("Zustellung heute nicht möglich", "attempt_fail"),
        // Portuguese, Brazil and Portugal.
        (
            "Objeto aguardando retirada na agência",
            "available_for_pickup.post_office",
        ),
        (
            "Disponível para levantamento no ponto de retirada",
            "available_for_pickup.pickup_point",
        ),
        ("Objeto não localizado", "exception.lost"),
        ("A entrega não pode ser efetuada", "attempt_fail"),
        ("Objeto em distribuição", "out_for_delivery"),
    ] {
        assert_eq!(
            code(text),
            Some(want),
            "{text}: {:?}",
            classify(text).map(|h| h.rule)
        );
    }
}

/// A delivery noun ("Zustellung an ...") names an option or a reason, not a completed
/// delivery: only a past participle may say `delivered`.
#[test]
fn delivery_nouns_never_say_delivered() {
    for text in [
        "Zustellung an Paketkasten",
        "Zustellung an andere anwesende Person",
        "Umieszczona w automacie Paczkomat",
        "Zásilka vložena do BalíkoBOXu",
        "Aguarda levantamento no Ponto CTT",
    ] {
        assert_ne!(status(text), Some(Status::Delivered), "{text}");
    }
    // Placed in a locker or waiting at a post office: ready for the recipient to collect.
    for (text, want) in [
        (
            "Umieszczona w automacie Paczkomat",
            "available_for_pickup.locker",
        ),
        (
            "Zásilka vložena do BalíkoBOXu",
            "available_for_pickup.locker",
        ),
        (
            "Aguarda levantamento no Ponto CTT",
            "available_for_pickup.pickup_point",
        ),
    ] {
        assert_eq!(code(text), Some(want), "{text}");
    }
    // A bare delivery noun with a place names an option: no rule decides it (the carrier's
    // table or the model does).
    for text in [
        "Zustellung an Paketkasten",
        "Zustellung an andere anwesende Person",
    ] {
        assert_eq!(code(text), None, "{text}");
    }
}

/// The language of a text among a carrier's languages, from the rule words it holds.
#[test]
fn text_language_tells_neighbouring_languages_apart() {
    let nordic = ["sv", "da", "en"];
    let swiss = ["de", "fr", "it", "en"];
    for (text, candidates, want) in [
        ("Forsendelsen er leveret", &nordic[..], Some("da")),
        ("Försändelsen har levererats", &nordic[..], Some("sv")),
        ("Zur Abholung bereit", &swiss[..], Some("de")),
        ("Prêt à être retiré", &swiss[..], Some("fr")),
        ("Pronto per il ritiro", &swiss[..], Some("it")),
        ("Arrived at the sorting center", &swiss[..], Some("en")),
        ("qwerty", &swiss[..], None),
    ] {
        assert_eq!(text_language(&fold(text), candidates), want, "{text}");
    }
}

/// "No record of this number" is `pending.not_found`; an address that cannot be found is not.
#[test]
fn unknown_numbers_are_pending_not_found() {
    for text in [
        "No tracking information available yet",
        "Tracking number not found",
        "暂无轨迹信息",
    ] {
        assert_eq!(code(text), Some("pending.not_found"), "{text}");
    }
    assert_eq!(
        code("Die angegebene Anschrift konnte nicht gefunden werden"),
        Some("exception.address_issue")
    );
    // A delivery beside "no record" wording stays a delivery.
    assert_eq!(
        status("Delivered. No record of signature"),
        Some(Status::Delivered)
    );
    assert_eq!(
        code("Parcel collected from the pickup point"),
        Some("delivered.picked_up_by_recipient")
    );
}

/// "Not yet delivered" is still on its way, not a failed attempt, in every language.
#[test]
fn not_yet_delivered_is_in_transit_in_six_more_languages() {
    for text in [
        "Försändelsen har ännu inte levererats",
        "Pakken er endnu ikke leveret",
        "Sendingen er ennå ikke levert til mottaker",
        "Lähetystä ei ole vielä toimitettu",
        "Zásilka zatím nebyla doručena",
        "Gönderi henüz teslim edilmedi",
    ] {
        assert_eq!(
            status(text),
            Some(Status::InTransit),
            "{text}: {:?}",
            classify(text).map(|h| h.rule)
        );
    }
}

/// "Could not be delivered so far" is a failed attempt, not "not yet delivered".
#[test]
fn delivery_failed_so_far_is_an_attempt_not_in_transit() {
    for text in [
        "Zásilku se zatím nepodařilo doručit",
        "Gönderi henüz teslim edilemedi",
    ] {
        assert_eq!(
            status(text),
            Some(Status::AttemptFail),
            "{text}: {:?}",
            classify(text).map(|h| h.rule)
        );
    }
}
