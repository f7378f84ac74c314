//! German, Dutch and Chinese parcel wording added in round 6, written from how the carriers'
//! public tracking pages phrase their steps (DHL Paket, Hermes, PostNL, Chinese express
//! networks), each with a counter-example the same words must not turn into.

use super::*;

fn code(text: &str) -> Option<&'static str> {
    classify(text).map(|h| h.sub.map_or(h.status.code(), SubStatus::code))
}

#[test]
fn handed_out_at_a_pickup_place_is_collected_by_the_recipient() {
    for text in [
        "Die Sendung wurde im PaketShop an den Empfänger ausgehändigt.",
        "Sendung in der Filiale ausgehändigt",
        "Zending is afgehaald bij het PostNL-punt",
        "Je pakket is afgehaald bij de pakketautomaat",
        "快件已在自提点由用户签收",
    ] {
        assert_eq!(
            code(text),
            Some("delivered.picked_up_by_recipient"),
            "{text}"
        );
    }
    // Handed to the recipient without a pickup place: a delivery, not a collection.
    assert_eq!(
        code("Die Sendung wurde dem Empfänger ausgehändigt."),
        Some("delivered")
    );
    // The courier collecting the parcel from the shop is not the recipient collecting it.
    for text in [
        "Die Sendung wurde im PaketShop an den Zusteller ausgehändigt.",
        "Zending is afgehaald bij het PostNL-punt door PostNL",
    ] {
        let hit = classify(text);
        assert_ne!(hit.map(|h| h.status), Some(Status::Delivered), "{text}");
    }
    // Not yet handed out, or the point signing for the recipient: waiting there.
    assert_ne!(
        code("Die Sendung wurde nicht ausgehändigt, sie liegt im PaketShop."),
        Some("delivered.picked_up_by_recipient")
    );
    assert_eq!(
        code("快件已到达驿站，请本人签收"),
        Some("available_for_pickup.pickup_point")
    );
    assert_eq!(
        code("快件已被驿站代收"),
        Some("available_for_pickup.pickup_point")
    );
}

#[test]
fn on_the_way_to_a_pickup_place_is_not_there_yet() {
    for text in [
        "Die Sendung wird zur Abholung in die Filiale gebracht.",
        "Die Sendung ist auf dem Weg zum PaketShop.",
        "Your parcel is on its way to the pickup point",
    ] {
        assert_eq!(
            code(text),
            Some("out_for_delivery.to_pickup_point"),
            "{text}"
        );
    }
    // Already there: waiting for the recipient.
    for text in [
        "Die Sendung wurde zur Abholung in den PaketShop gebracht.",
        "Die Sendung liegt in der Filiale zur Abholung bereit.",
    ] {
        assert_eq!(status_of(text), Some(Status::AvailableForPickup), "{text}");
    }
}

#[test]
fn german_delivery_round_and_return_wording() {
    for (text, want) in [
        (
            "Die Sendung befindet sich in der Zustellung.",
            "out_for_delivery",
        ),
        ("Der Zusteller ist unterwegs.", "out_for_delivery"),
        (
            "Das Paket wurde an den Paketboten übergeben.",
            "out_for_delivery",
        ),
        (
            "Die Abholfrist ist abgelaufen. Die Sendung wird an den Absender zurückgesendet.",
            "return_to_sender.in_progress",
        ),
        ("Die Sendung wurde retourniert.", "return_to_sender"),
        (
            "Die Sendung ist im Paketzentrum eingegangen.",
            "in_transit.arrived_at_facility",
        ),
        (
            "Für die Sendung sind Einfuhrabgaben zu entrichten.",
            "exception.payment_required",
        ),
    ] {
        let got = classify(text).map(|h| {
            if want.contains('.') {
                h.sub.map_or(h.status.code(), SubStatus::code)
            } else {
                h.status.code()
            }
        });
        assert_eq!(got, Some(want), "{text}");
    }
    // A delay in the delivery round is not the parcel on the van.
    assert_ne!(
        status_of("Es kommt zu Verzögerungen in der Zustellung."),
        Some(Status::OutForDelivery)
    );
    // Not collected by the recipient, without return wording, stays unclaimed (rule 6).
    assert_eq!(
        code("Die Sendung wurde nicht abgeholt."),
        Some("exception.unclaimed")
    );
}

fn status_of(text: &str) -> Option<Status> {
    classify(text).map(|h| h.status)
}

#[test]
fn every_measured_rule_confidence_names_a_rule() {
    for (concept, conf) in super::rules::CONCEPT_CONFIDENCE {
        assert!(
            RULES.iter().any(|r| r.concept == *concept),
            "CONCEPT_CONFIDENCE names no rule `{concept}`"
        );
        assert!((0.3..=0.95).contains(conf), "{concept}: {conf}");
    }
}

#[test]
fn chinese_warehouse_and_station_steps() {
    for (text, want) in [
        ("出库成功", "in_transit.departed_facility"),
        ("入库成功", "in_transit.arrived_at_facility"),
        ("接单成功", "info_received"),
        ("打包完成", "info_received"),
        // At a pickup station the same words mean the recipient took it out, or it waits.
        ("您的快件已从驿站出库", "delivered.picked_up_by_recipient"),
        (
            "您的快件已到驿站入库，请凭取件码取件",
            "available_for_pickup.pickup_point",
        ),
        ("快件已存放至驿站", "available_for_pickup.pickup_point"),
    ] {
        assert_eq!(code(text), Some(want), "{text}");
    }
}

#[test]
fn dutch_missing_parcel_wording() {
    assert_eq!(code("Definitief manco"), Some("exception.lost"));
    assert_eq!(status_of("Manco distributie"), Some(Status::Exception));
    assert_eq!(status_of("Zending afgekeurd"), Some(Status::Exception));
    // "manco" only as a whole word.
    assert_ne!(
        status_of("Zending is mancosorteerd"),
        Some(Status::Exception)
    );
}

#[test]
fn deposited_in_a_locker_waits_there_but_deposited_at_an_office_is_a_drop_off() {
    for text in ["Depositado en CityPaq", "Depositato nel Locker"] {
        assert_eq!(code(text), Some("available_for_pickup.locker"), "{text}");
    }
    for text in [
        "Depositado en la oficina de Correos",
        "Depositato presso l'ufficio postale",
    ] {
        assert_eq!(code(text), Some("in_transit.picked_up"), "{text}");
    }
}

#[test]
fn japanese_carrier_step_words() {
    for (text, want) in [
        ("宅配ボックスに配達しました", "delivered.locker"),
        ("荷物受付", "in_transit.picked_up"),
        ("荷物データ登録", "info_received.label_created"),
        ("お届け日時変更", "in_transit.delivery_arranged"),
        ("住所不明", "exception.address_issue"),
        ("作業店通過", "in_transit"),
    ] {
        assert_eq!(code(text), Some(want), "{text}");
    }
    // Planned, not done: never delivered.
    assert_ne!(status_of("宅配ボックスに配達予定"), Some(Status::Delivered));
}

#[test]
fn an_irregular_warehouse_step_is_an_exception_not_the_step() {
    assert_eq!(status_of("出库异常"), Some(Status::Exception));
    assert_eq!(status_of("入库异常"), Some(Status::Exception));
    assert_eq!(status_of("到达异常"), Some(Status::Exception));
    assert_eq!(code("到达分拨中心"), Some("in_transit.arrived_at_facility"));
}

/// Parcel-shop networks (GLS, DPD) word their steps "delivered in the shop, can be collected
/// there" and their delivery day "expected to be delivered in the course of the day": the first
/// waits for the recipient, the second is on today's round. (Wording as on the GLS and DPD
/// German tracking pages.)
#[test]
fn german_can_be_collected_there_and_in_the_course_of_the_day() {
    for text in [
        "Das Paket wurde im GLS PaketShop zugestellt und kann dort abgeholt werden.",
        "Ihr Paket liegt im PaketShop, wo es abgeholt werden kann.",
    ] {
        assert_eq!(
            code(text),
            Some("available_for_pickup.pickup_point"),
            "{text}"
        );
    }
    // Collected by the recipient: no longer waiting.
    assert_eq!(
        code("Die Sendung wurde im Paketshop abgeholt."),
        Some("delivered.picked_up_by_recipient")
    );
    assert_eq!(
        code("Das Paket wird voraussichtlich im Laufe des Tages zugestellt."),
        Some("out_for_delivery")
    );
    // Tomorrow in the course of the day is a plan, not today's round.
    assert_ne!(
        status_of("Das Paket wird voraussichtlich morgen im Laufe des Tages zugestellt."),
        Some(Status::OutForDelivery)
    );
}

/// Round 12 wording classes, each from held-out misses grouped by (true status, predicted
/// status, language), written in general words with a counter-example: a handling exception
/// the carrier names is an exception, not its sorting step; a handover to a pickup place or
/// the recipient that could not be made is a failed attempt, never a delivery; "return of the
/// shipment to the sender" is a return; a shipment "stopped" is stopped; Dutch "fout" /
/// "niet verwerkt" name a fault; German "nachverpackt" is damaged packaging and "falsche
/// Empfänger..." wrong recipient details; Swedish and Danish delays, Swedish incomplete
/// addresses and an unreached recipient; Spanish "retenido" (held); an unreadable address in
/// Russian.
#[test]
fn round_12_wording_classes() {
    for (text, want) in [
        ("Processing Exception", "exception"),
        ("Transit exception, contact the sender", "exception"),
        (
            "The shipment could not be handed over to the Service Point because it exceeds the maximum size",
            "attempt_fail",
        ),
        (
            "The parcel could not be handed over to the recipient",
            "attempt_fail",
        ),
        (
            "Return of shipment to sender - storage period at the pickup point expired",
            "return_to_sender.in_progress",
        ),
        ("Shipment stopped", "exception.stopped"),
        ("Fout bij bezorging zending", "exception"),
        ("Zending niet verwerkt", "exception"),
        ("Sendung wurde nachverpackt", "exception.damaged"),
        ("Falsche Empfängerdaten", "exception.address_issue"),
        ("Försändelsen är försenad", "exception.delayed"),
        ("Adressen är ofullständig", "exception.address_issue"),
        (
            "Mottagaren ej anträffad",
            "attempt_fail.recipient_unavailable",
        ),
        ("Pakken er forsinket", "exception.delayed"),
        ("Envío retenido", "exception.held_by_carrier"),
        ("Невозможно прочесть адрес", "exception.address_issue"),
    ] {
        assert_eq!(code(text), Some(want), "{text}");
    }
    // Counter-examples: ordinary processing, a handover that was made, a return label.
    assert_eq!(
        code("Processing at UPS facility"),
        Some("in_transit.processed")
    );
    assert_ne!(
        status_of("The shipment has been handed over to the Service Point"),
        Some(Status::AttemptFail)
    );
    assert_ne!(
        status_of("Return of shipment to sender label created"),
        Some(Status::ReturnToSender)
    );
    assert_ne!(status_of("Zending verwerkt"), Some(Status::Exception));
    assert_ne!(
        status_of("Zending nog niet verwerkt"),
        Some(Status::Exception),
        "not yet processed is not a fault"
    );
    assert_eq!(code("Mottagaren hemma"), None);
    assert_eq!(
        code("Retenido en aduana"),
        Some("exception.customs_hold"),
        "customs wording still decides"
    );
}

#[test]
fn round_13_on_the_way_to_the_recipient_or_a_pickup_place() {
    // Labelling rule 4: on its way to the recipient is out for delivery (PostNL, Bring,
    // PostNord); on its way to a pickup place is out for delivery to it (UPS, PostNord).
    for (text, want) in [
        ("Pakken er på vei til mottaker", "out_for_delivery"),
        ("Pakken er på vej ud til modtageren", "out_for_delivery"),
        (
            "Je pakket is onderweg naar de ontvanger",
            "out_for_delivery",
        ),
        (
            "Paketet är på väg till ditt utlämningsställe",
            "out_for_delivery.to_pickup_point",
        ),
        (
            "Your parcel is on the way to a local Access Point",
            "out_for_delivery.to_pickup_point",
        ),
        (
            "Je pakket is onderweg naar het afhaalpunt",
            "out_for_delivery.to_pickup_point",
        ),
    ] {
        assert_eq!(code(text), Some(want), "{text}");
    }
    // On the way to a country, a depot or the carrier is not the last leg.
    for text in [
        "Sendingen er på vei til mottakerlandet",
        "Forsendelsen er på vej til Danmark",
        "Je pakket is onderweg naar Nederland",
        "Your parcel is on its way to the depot",
        "On the way to the carrier",
    ] {
        assert_ne!(status_of(text), Some(Status::OutForDelivery), "{text}");
    }
}

#[test]
fn round_13_a_failed_collection_from_the_sender() {
    // Labelling rule 8, worded by the sender's side (DHL eCommerce, DHL Parcel NL, DHL Global
    // Forwarding, DHL Paket, PostNL, UPS): not a delivery attempt, not a closed business.
    for text in [
        "Unsuccessful collection attempt",
        "Pick-up address closed",
        "Pick-up address unknown",
        "Not collected - consignor closed",
        "Versender wurde nicht angetroffen",
        "Afhaalopdracht mislukt",
        "We tried to pick up the package, but it was not ready",
    ] {
        assert_eq!(code(text), Some("info_received.pickup_failed"), "{text}");
    }
    // The recipient not met, or a closed business at delivery, stay delivery failures.
    assert_eq!(
        code("Empfänger wurde nicht angetroffen"),
        Some("attempt_fail.recipient_unavailable")
    );
    assert_eq!(
        code("Business closed"),
        Some("attempt_fail.business_closed")
    );
    assert_ne!(
        status_of("Pick-up address changed at the sender's request"),
        Some(Status::InfoReceived)
    );
}
