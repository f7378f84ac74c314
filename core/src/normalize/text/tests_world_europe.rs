//! The rules in the Cyrillic, Greek and Central and Eastern European languages: Russian,
//! Ukrainian, Bulgarian, Greek, Romanian, Hungarian, Slovak, Croatian, Slovenian, Lithuanian,
//! Latvian and Estonian; each language's core concepts with their guards (negation, pickup
//! point or locker, future wording). Split from `tests_world` (same `check` helper).

use super::tests_world::check;

#[test]
fn russian() {
    check(
        "ru",
        &[
            ("Вручение адресату", "delivered"),
            ("Вручен", "delivered"),
            ("Не вручен", "attempt_fail"),
            (
                "Неудачная попытка вручения: временное отсутствие адресата",
                "attempt_fail",
            ),
            ("Прибыло в место вручения", "in_transit.at_local_facility"),
            (
                "Покинуло сортировочный центр",
                "in_transit.departed_facility",
            ),
            (
                "Прибыло в сортировочный центр",
                "in_transit.arrived_at_facility",
            ),
            ("Выдан на доставку", "out_for_delivery"),
            ("Принят на склад отправителя", "in_transit.picked_up"),
            ("Возврат", "return_to_sender"),
            ("Истёк срок хранения", "exception.unclaimed"),
            (
                "Готов к выдаче в пункте выдачи",
                "available_for_pickup.pickup_point",
            ),
            ("Доставлен в постамат", "available_for_pickup.locker"),
            (
                "Таможенное оформление завершено",
                "in_transit.customs_cleared",
            ),
            ("Посылка будет доставлена завтра", "in_transit"),
            ("Импорт", "in_transit.arrived_in_destination_country"),
        ],
    );
}

#[test]
fn ukrainian() {
    check(
        "uk",
        &[
            ("Відправлення отримано", "delivered"),
            ("Вручено", "delivered"),
            ("Прибув у відділення", "available_for_pickup.post_office"),
            (
                "Відправлення у поштоматі, очікує отримувача",
                "available_for_pickup.locker",
            ),
            (
                "Відправлення прямує до міста отримувача",
                "in_transit.departed_facility",
            ),
            ("Відмова отримувача", "exception.refused"),
            ("Повернуто відправнику", "return_to_sender.returned"),
            (
                "Очікує надходження від відправника",
                "info_received.awaiting_handover",
            ),
            ("Невдала спроба доставки", "attempt_fail"),
            ("Номер не знайдено", "pending.not_found"),
        ],
    );
}

#[test]
fn bulgarian() {
    check(
        "bg",
        &[
            ("Доставена", "delivered"),
            ("Пратката не е доставена", "attempt_fail"),
            (
                "Доставена в офис на Еконт",
                "available_for_pickup.post_office",
            ),
            ("Пристигнала в офис", "available_for_pickup.post_office"),
            ("Приета", "in_transit.picked_up"),
            ("В процес на доставка", "out_for_delivery"),
            ("Върната на подателя", "return_to_sender.returned"),
            ("Получателят отказва пратката", "exception.refused"),
        ],
    );
}

#[test]
fn greek() {
    check(
        "el",
        &[
            ("Παραδόθηκε", "delivered"),
            ("ΠΑΡΑΔΟΘΗΚΕ", "delivered"),
            ("Δεν παραδόθηκε", "attempt_fail"),
            ("Ανεπιτυχής επίδοση - απουσία παραλήπτη", "attempt_fail"),
            ("Σε διανομή", "out_for_delivery"),
            ("Σε μεταφορά", "in_transit"),
            ("Άφιξη στο κατάστημα", "in_transit.arrived_at_facility"),
            ("Επιστροφή στον αποστολέα", "return_to_sender"),
            (
                "Παραδόθηκε σε σημείο παραλαβής",
                "available_for_pickup.pickup_point",
            ),
            ("Θα παραδοθεί αύριο", "in_transit"),
            ("Στο τελωνείο", "in_transit.customs"),
        ],
    );
}

#[test]
fn romanian() {
    check(
        "ro",
        &[
            ("Livrat", "delivered"),
            ("Coletul a fost livrat", "delivered"),
            ("Nu a fost livrat - destinatar absent", "attempt_fail"),
            ("Livrat în easybox", "available_for_pickup.locker"),
            (
                "Coletul a fost ridicat din easybox",
                "delivered.picked_up_by_recipient",
            ),
            ("În curs de livrare", "out_for_delivery"),
            ("Preluat de la expeditor", "in_transit.picked_up"),
            ("Returnat expeditorului", "return_to_sender.returned"),
            ("Refuz la livrare", "exception.refused"),
            ("Coletul va fi livrat mâine", "in_transit"),
            ("Vămuit", "in_transit.customs_cleared"),
        ],
    );
}

#[test]
fn hungarian() {
    check(
        "hu",
        &[
            ("Kézbesítve", "delivered"),
            ("A csomag kézbesítve", "delivered"),
            (
                "Sikertelen kézbesítés: a címzett nem volt otthon",
                "attempt_fail",
            ),
            ("Átvehető a postán", "available_for_pickup.post_office"),
            ("Csomagautomatában átvehető", "available_for_pickup.locker"),
            ("Kézbesítés alatt", "out_for_delivery"),
            ("Szállítás alatt", "in_transit"),
            ("Visszaküldve a feladónak", "return_to_sender"),
            ("Vámkezelés befejeződött", "in_transit.customs_cleared"),
        ],
    );
}

#[test]
fn slovak_croatian_slovenian() {
    check(
        "sk",
        &[
            ("Zásielka doručená", "delivered"),
            ("Adresát nezastihnutý", "attempt_fail.recipient_unavailable"),
            (
                "Zásielka uložená na pošte",
                "available_for_pickup.post_office",
            ),
            (
                "Zásielka vrátená odosielateľovi",
                "return_to_sender.returned",
            ),
        ],
    );
    check(
        "hr",
        &[
            ("Pošiljka uručena primatelju", "delivered"),
            ("Pošiljka nije uručena", "attempt_fail"),
            ("Pošiljka u dostavi", "out_for_delivery"),
            (
                "Pošiljka spremna za preuzimanje u paketomatu",
                "available_for_pickup.locker",
            ),
            ("Pošiljka vraćena pošiljatelju", "return_to_sender.returned"),
        ],
    );
    check(
        "sl",
        &[
            ("Pošiljka vročena", "delivered"),
            ("Pošiljka ni bila vročena", "attempt_fail"),
            ("Pošiljka v prevozu", "in_transit"),
            (
                "Pošiljka čaka na prevzem v paketomatu",
                "available_for_pickup.locker",
            ),
        ],
    );
}

#[test]
fn baltic() {
    check(
        "lt",
        &[
            ("Siunta įteikta", "delivered"),
            (
                "Siunta paruošta atsiėmimui paštomate",
                "available_for_pickup.locker",
            ),
            ("Siunta grąžinta siuntėjui", "return_to_sender.returned"),
            ("Nepavyko įteikti", "attempt_fail"),
        ],
    );
    check(
        "lv",
        &[
            ("Sūtījums izsniegts adresātam", "delivered"),
            ("Sūtījums nodots piegādei", "out_for_delivery"),
            ("Sūtījums atgriezts sūtītājam", "return_to_sender.returned"),
        ],
    );
    check(
        "et",
        &[
            ("Saadetis väljastatud", "delivered"),
            ("Saadetis on pakiautomaadis", "available_for_pickup.locker"),
            ("Saadetis tagastatud saatjale", "return_to_sender.returned"),
        ],
    );
}
