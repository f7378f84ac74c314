//! Wording checked against carriers' public status lists and recorded tracking histories
//! (the sources are named in each language file's header), and the general guards that came
//! with it: "received by" the carrier's own courier or counter is a pickup, not a delivery.

use super::*;

use super::tests_world::check;

/// Never read as delivered, whoever decides.
fn never_delivered(texts: &[&str]) {
    for text in texts {
        let hit = classify(text);
        assert_ne!(
            hit.map(|h| h.status),
            Some(Status::Delivered),
            "{text}: {:?}",
            hit.map(|h| h.rule)
        );
    }
}

#[test]
fn indonesian_received_by_the_carrier_is_a_pickup() {
    // The carrier's own courier (SiCepat's "Sigesit", J&T's "Sprinter"), counter or agent
    // taking the parcel is a pickup; a named person or the recipient is a delivery.
    check(
        "id",
        &[
            ("Paket telah diterima oleh kurir", "in_transit.picked_up"),
            (
                "PAKET DITERIMA OLEH [SIGESIT - ANDI]",
                "in_transit.picked_up",
            ),
            ("Paket diterima oleh Sprinter Budi", "in_transit.picked_up"),
            (
                "Paket telah diterima oleh konter agen",
                "in_transit.picked_up",
            ),
            ("Paket di terima oleh driver", "in_transit.picked_up"),
            ("PAKET DITERIMA OLEH [NELA - KELUARGA SERUMAH]", "delivered"),
            ("Paket telah diterima oleh penerima", "delivered"),
            ("Diterima oleh Yang Bersangkutan", "delivered"),
        ],
    );
    never_delivered(&[
        "Paket telah diterima oleh kurir pick up",
        "Diterima oleh petugas loket",
        "Paket diterima oleh mitra ekspedisi",
    ]);
}

#[test]
fn indonesian_courier_scans() {
    // SiCepat-style histories as aggregators return them: carried by the courier, received
    // at / left a facility, pickup requested and failed.
    check(
        "id",
        &[
            ("PAKET DIBAWA [SIGESIT - MAMAN]", "out_for_delivery"),
            (
                "PAKET TELAH DI TERIMA DI KUNINGAN [KUNINGAN JALAKSANA]",
                "in_transit.arrived_at_facility",
            ),
            (
                "PAKET KELUAR DARI CIREBON [CIREBON SORTATION]",
                "in_transit.departed_facility",
            ),
            (
                "TERIMA PERMINTAAN PICK UP DARI [SHOPEE]",
                "info_received.pickup_scheduled",
            ),
            (
                "PAKET GAGAL DI PICK UP OLEH [SIGESIT]. KET: SELLER TUTUP",
                "info_received.pickup_failed",
            ),
            (
                "Paket telah di pick up oleh sprinter",
                "in_transit.picked_up",
            ),
        ],
    );
}

#[test]
fn arabic_handed_to_the_courier_is_a_pickup() {
    check(
        "ar",
        &[
            ("تم تسليمها للمندوب", "in_transit.picked_up"),
            ("تم تسليم الشحنة لشركة الشحن", "in_transit.picked_up"),
            ("تم الاستلام من المتجر", "in_transit.picked_up"),
            ("تم التسليم", "delivered"),
            ("تم توصيل الشحنة بنجاح", "delivered"),
            ("ملغى", "cancelled"),
            ("تم إلغاء الشحنة", "cancelled"),
        ],
    );
    never_delivered(&["تم تسليمها للمندوب", "تم تسليم الطلب لشركة التوصيل"]);
}

#[test]
fn greek_courier_steps() {
    // ELTA, ACS, Geniki Taxydromiki and SpeedEx step names; a bare "ΠΑΡΑΔΟΣΗ" is Geniki's
    // delivered step, "σε παράδοση" is still on the way.
    check(
        "el",
        &[
            ("Αποστολή παραδόθηκε", "delivered"),
            ("Αποστολή βρίσκεται σε στάδιο μεταφοράς", "in_transit"),
            ("Δημιουργία ΣΥ.ΔΕ.ΤΑ.", "info_received.label_created"),
            ("Η αποστολή παρελήφθη", "in_transit.picked_up"),
            ("Η αποστολή βρίσκεται σε διακίνηση", "in_transit"),
            ("ΠΑΡΑΔΟΣΗ", "delivered"),
            ("ΜΕΤΑΦΟΡΑ", "in_transit"),
            ("ΠΑΡΑΛΑΒΗ", "in_transit.picked_up"),
            ("Σε παράδοση", "out_for_delivery"),
            ("Ανεπιτυχής παράδοση", "attempt_fail"),
        ],
    );
    never_delivered(&["Σε παράδοση", "Προς παράδοση", "Εκκρεμεί παράδοση"]);
}

#[test]
fn hungarian_posta_and_foxpost_states() {
    // Magyar Posta's states: "nem kézbesíthető (reason)" follows the reason, else it cannot be
    // delivered; collected at a locker or PostaPont is delivered, arriving there is not.
    check(
        "hu",
        &[
            ("A küldeményt a feladótól átvettük", "in_transit.picked_up"),
            (
                "A küldeményt a feladó előrejelezte, az átadást követően megkezdjük a feldolgozást",
                "info_received",
            ),
            (
                "A küldemény nem kézbesíthető (elköltözött)",
                "exception.recipient_moved",
            ),
            (
                "A küldemény nem kézbesíthető (átvételt megtagadta)",
                "exception.refused",
            ),
            (
                "A küldemény nem kézbesíthető (sérülés miatt)",
                "exception.damaged",
            ),
            (
                "A küldemény nem kézbesíthető (nincs jogosult átvevő)",
                "attempt_fail.recipient_unavailable",
            ),
            (
                "A küldemény nem kézbesíthető (megőrzésre továbbítva)",
                "exception.undeliverable",
            ),
            (
                "Utánküldés új címre (megrendelés alapján)",
                "in_transit.forwarded",
            ),
            (
                "Másnapi kézbesítésre előkészítve (címzett kérésére)",
                "in_transit.delivery_arranged",
            ),
            ("A küldemény a kézbesítőnél van", "out_for_delivery"),
            (
                "Sikeresen kézbesítve Csomagautomatából",
                "delivered.picked_up_by_recipient",
            ),
            (
                "Sikeresen kézbesítve PostaPonton",
                "delivered.picked_up_by_recipient",
            ),
            ("Sikeresen kézbesítve háznál", "delivered"),
            (
                "A küldemény Csomagautomatából átvehető",
                "available_for_pickup.locker",
            ),
            ("Feladónak visszakézbesítve", "return_to_sender.returned"),
            (
                "Csomagod megérkezett az általad választott automatába, most már átveheted!",
                "available_for_pickup.locker",
            ),
            (
                "Csomagodat futárunk kivette a csomagautomatából.",
                "in_transit.picked_up",
            ),
            (
                "A csomag nem megfelelő automatára lett szortolva.",
                "exception.missorted",
            ),
            (
                "Csomagot a címzett nem vette át, a csomag vissza lett küldve a feladónak.",
                "return_to_sender",
            ),
        ],
    );
    never_delivered(&["A küldemény postán átvehető", "Sikertelen kézbesítés"]);
}

#[test]
fn ukrainian_nova_poshta_and_ukrposhta_states() {
    check(
        "uk",
        &[
            (
                "Відправник самостійно створив цю накладну, але ще не надав до відправки",
                "info_received",
            ),
            ("Прибув на відділення", "available_for_pickup.post_office"),
            (
                "Прибув на відділення (завантажено в Поштомат)",
                "available_for_pickup.locker",
            ),
            ("Відправлення у відділенні", "available_for_pickup"),
            ("Відправлення отримано", "delivered"),
            ("Відправлення вручено", "delivered"),
            (
                "Відправлення вручено відправнику",
                "return_to_sender.returned",
            ),
            ("Припинено зберігання", "exception.unclaimed"),
            (
                "Дата доставки перенесена Одержувачем",
                "in_transit.delivery_arranged",
            ),
            (
                "Надходження на сортувальний центр",
                "in_transit.arrived_at_facility",
            ),
            (
                "Відправлення перенаправлене до іншого відділення",
                "in_transit.forwarded",
            ),
            ("На шляху до одержувача", "out_for_delivery"),
            (
                "Невдала спроба доставки через відсутність Одержувача на адресі",
                "attempt_fail.recipient_unavailable",
            ),
            ("Прийом скасовано", "cancelled"),
        ],
    );
    never_delivered(&[
        "Прибув на відділення",
        "Відправлення не вручено під час доставки",
    ]);
}

#[test]
fn thai_post_status_codes() {
    check(
        "th",
        &[
            ("เตรียมการฝากส่ง", "info_received.label_created"),
            ("รับฝาก", "in_transit.picked_up"),
            ("ส่งมอบให้สายการบิน", "in_transit.departed_facility"),
            ("ถึงสนามบิน", "in_transit.arrived_at_facility"),
            ("อยู่ระหว่างการนำจ่าย", "out_for_delivery"),
            ("นำจ่าย ณ จุดรับสิ่งของ", "available_for_pickup"),
            ("ปิดประกาศ ณ ที่ทำการรับฝาก", "available_for_pickup"),
            ("นำจ่ายไม่สำเร็จ", "attempt_fail"),
            ("นำจ่ายสำเร็จ", "delivered"),
            ("ผู้รับได้รับสิ่งของเรียบร้อยแล้ว", "delivered"),
            ("ผู้ฝากส่งขอถอนคืน/ยกเลิก", "cancelled"),
        ],
    );
    never_delivered(&["นำจ่าย ณ จุดรับสิ่งของ", "ปิดประกาศ ณ ที่ทำการรับฝาก"]);
}

#[test]
fn vietnamese_ghn_states_and_shop_wording() {
    check(
        "vi",
        &[
            ("Chờ lấy hàng", "info_received"),
            ("Lấy hàng thành công", "in_transit.picked_up"),
            ("Nhập kho", "in_transit.arrived_at_facility"),
            ("Đang giao hàng", "out_for_delivery"),
            ("Giao hàng thành công", "delivered"),
            ("Giao hàng không thành công", "attempt_fail"),
            ("Chờ xác nhận giao lại", "attempt_fail"),
            ("Đang trung chuyển hàng hoàn", "return_to_sender"),
            ("Hoàn hàng thành công", "return_to_sender.returned"),
            ("Đơn hủy", "cancelled"),
            ("Đơn hàng đã bị hủy", "cancelled"),
            ("Bàn giao cho đơn vị vận chuyển", "in_transit.picked_up"),
        ],
    );
    never_delivered(&[
        "Đã giao cho đơn vị vận chuyển",
        "Bàn giao cho đơn vị vận chuyển",
    ]);
}

#[test]
fn korean_cj_scan_names() {
    check(
        "ko",
        &[
            ("배송준비", "info_received"),
            ("집화처리", "in_transit.picked_up"),
            ("행낭포장", "in_transit.processed"),
            ("간선상차", "in_transit.departed_facility"),
            ("간선하차", "in_transit.arrived_at_facility"),
            ("배송출발", "out_for_delivery"),
            ("배송완료", "delivered"),
            (
                "보내시는 고객님으로부터 상품을 인수받았습니다",
                "in_transit.picked_up",
            ),
            ("고객님의 상품을 배송할 예정입니다.", "out_for_delivery"),
        ],
    );
}

#[test]
fn russian_warehouse_stages_lockers_and_held_for_collection() {
    // CDEK's order statuses and Russian Post's operation names (core/tables/carriers/cdek.tsv,
    // russian_post.tsv): a parcel back on a warehouse shelf is not a return to the sender, one
    // "held for collection" (до востребования) or placed in a locker waits for the recipient.
    check(
        "ru",
        &[
            ("Принят на склад доставки", "in_transit.at_local_facility"),
            (
                "Ожидает курьерской доставки",
                "in_transit.at_local_facility",
            ),
            ("Возвращен на склад доставки", "attempt_fail"),
            ("Заложен в постамат", "available_for_pickup.locker"),
            ("Прибыло в почтомат", "available_for_pickup.locker"),
            (
                "Истекает срок хранения в почтомате",
                "available_for_pickup.reminder",
            ),
            ("Присвоение идентификатора", "info_received.label_created"),
            (
                "Передано транзитному перевозчику",
                "in_transit.handed_to_partner",
            ),
            (
                "Доставка отложена по просьбе адресата",
                "in_transit.delivery_arranged",
            ),
            ("Возврат", "return_to_sender.in_progress"),
        ],
    );
    never_delivered(&[
        "Принят на склад до востребования",
        "Заложен в постамат",
        "Не вручен",
        "Возвращен на склад отправителя",
    ]);
    for text in [
        "Возвращен на склад отправителя",
        "Возвращен на склад транзита",
    ] {
        assert_ne!(
            classify(text).map(|h| h.status),
            Some(Status::ReturnToSender),
            "{text}"
        );
    }
}
