//! Vietnamese (`vi`) wording of the text rules, by slot (see the slot list in
//! `rules/mod.rs`). Patterns are folded text: lower case, no accents; `_` is a word edge.
//! Words from the order status names published by Vietnamese carriers: GHN (Giao Hàng Nhanh: chờ lấy
//! hàng, đang lấy hàng, đã lấy hàng, đang vận chuyển, đang giao hàng, giao hàng thành công, giao hàng
//! thất bại, chờ trả hàng, đã trả hàng), GHTK and Viettel Post (phát thành công, chuyển hoàn), and
//! Vietnam Post (VNPost: chấp nhận, đến bưu cục phát, phát thành công). Folding removes the tone
//! marks and đ, as many senders type them.
//! Checked against GHN's API order states (ready_to_pick Chờ lấy hàng, picking Đang lấy hàng,
//! picked Lấy hàng thành công, storing Nhập kho, transporting Đang trung chuyển, sorting Đang
//! phân loại, delivering Đang giao hàng, delivered Giao hàng thành công, delivery_fail Giao hàng
//! không thành công, waiting_to_return Chờ xác nhận giao lại, return Chuyển hoàn,
//! return_transporting Đang trung chuyển hàng hoàn, returned Hoàn hàng thành công, cancel Đơn
//! hủy) and the wording shops and apps show (Bàn giao cho đơn vị vận chuyển, Đơn vị vận chuyển
//! lấy hàng thành công, Đơn đã đến bưu cục giao hàng, Đã rời trung tâm phân loại, Đơn hàng đã
//! bị hủy).

pub(super) static WORDS: super::Words = &[
    (
        "delivered",
        "giao hang thanh cong|giao thanh cong|da giao hang|phat thanh cong|\
        da phat thanh cong|nguoi nhan da nhan|da nhan hang",
    ),
    (
        "delivered.not",
        "nguoi gui|nha van chuyen|don vi van chuyen",
    ),
    ("neg", "_khong_|_that bai|_chua_"),
    ("future", "_du kien|_se duoc giao|_se giao|_se phat"),
    ("locker", "tu nhan hang|tu khoa|_locker"),
    ("post-office", "_tai buu cuc|_tai buu dien"),
    (
        "pickup-point",
        "diem nhan hang|diem giao nhan|cua hang tien loi",
    ),
    ("customs", "_hai quan"),
    ("customs-cleared.2", "thong quan"),
    ("customs-hold.2", "_tam giu|_giu lai"),
    ("customs-payment", "_thue"),
    ("customs-payment.2", "thanh toan|_nop"),
    (
        "available",
        "cho nhan tai|san sang de nhan|cho khach den lay|den nhan tai|cho nguoi nhan den lay",
    ),
    ("cancelled", "_huy don|_da huy|_bi huy|_don huy"),
    (
        "label-created",
        "tao don|don hang da duoc tao|cho xac nhan|da xac nhan don",
    ),
    // "Chờ xác nhận giao lại": a delivery failed and waits to be tried again.
    ("label-created.not", "giao lai"),
    ("attempt", "cho giao lai|xac nhan giao lai"),
    ("awaiting-handover", "cho lay hang|cho ban giao"),
    ("pickup-scheduled", "dang lay hang|dang di lay"),
    (
        "pickup-failed",
        "lay hang that bai|lay hang khong thanh cong",
    ),
    (
        "return-delivered",
        "da tra hang|tra hang thanh cong|hoan hang thanh cong|da hoan hang|\
        phat hoan thanh cong|da hoan thanh cong",
    ),
    (
        "return-under-way",
        "hoan hang|chuyen hoan|tra hang|hoan tra|tra lai nguoi gui|hang hoan",
    ),
    ("lost", "that lac|_mat hang"),
    ("delivered-damaged", "hu hong|_hu hai"),
    ("damaged", "hu hong|_hu hai"),
    (
        "refused",
        "tu choi nhan|nguoi nhan tu choi|khong nhan hang|khach tu choi",
    ),
    (
        "address-issue-other",
        "sai dia chi|dia chi khong chinh xac|khong tim thay dia chi|dia chi khong ton tai|\
        thieu dia chi",
    ),
    (
        "recipient-unavailable",
        "khong lien lac duoc|vang nha|khong co nha|khong nghe may|khong nhac may|thue bao",
    ),
    (
        "not-delivered-phrase",
        "giao hang that bai|giao that bai|giao hang khong thanh cong|phat khong thanh cong|\
        phat that bai|chua phat duoc",
    ),
    ("not-yet-delivered", "chua giao|chua phat"),
    ("rescheduled", "hen giao lai|hoan giao|hen lai"),
    (
        "at-local-facility",
        "den buu cuc phat|tai buu cuc phat|buu cuc phat|kho giao hang",
    ),
    (
        "out-for-delivery",
        "dang giao hang|_dang giao|dang phat|dang di phat|giao cho buu ta|di giao",
    ),
    (
        "departed",
        "roi buu cuc|_xuat kho|roi kho|roi trung tam|_xuat khoi",
    ),
    (
        "picked-up",
        "da lay hang|lay hang thanh cong|_chap nhan buu gui|nhan tu nguoi gui|\
        da nhan buu gui|buu cuc chap nhan|da tiep nhan|ban giao cho don vi van chuyen|\
        ban giao cho nha van chuyen|ban giao cho dvvc|da giao cho don vi van chuyen",
    ),
    (
        "arrived",
        "den buu cuc|da den|_nhap kho|den kho|den trung tam|_da nhan tai",
    ),
    ("processed", "phan loai|dang xu ly"),
    ("delayed", "cham tre|_tre_|bi cham"),
    (
        "in-transit",
        "dang van chuyen|dang luan chuyen|dang trung chuyen|dang chuyen",
    ),
    ("delivery-noun", "giao hang"),
    (
        "not-found",
        "_khong tim thay don hang|_khong tim thay ma van don|_ma van don khong ton tai",
    ),
];
