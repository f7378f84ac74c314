//! Thai (`th`) wording of the text rules, by slot (see the slot list in
//! `rules/mod.rs`). Patterns are folded text: lower case, no accents; `_` is a word edge.
//! Words from the status names of Thailand Post's public tracking (track.thailandpost.co.th: รับฝาก
//! accepted, ระหว่างขนส่ง in transit, ออกจากที่ทำการ left the office, อยู่ระหว่างการนำจ่าย out for
//! delivery, นำจ่ายสำเร็จ delivered, นำจ่ายไม่สำเร็จ not delivered, ส่งคืนต้นทาง returned), Kerry
//! Express and Flash Express (จัดส่งสำเร็จ, นำส่งสำเร็จ, กำลังนำส่ง). Thai has no spaces between words,
//! so words match anywhere. Folding drops tone marks and splits ำ into ํ + า (Unicode NFKC), so the
//! words below are written that way.
//! Checked against Thailand Post's published tracking status codes as integrations list them
//! (101 เตรียมการฝากส่ง preparing to post, 103 รับฝาก accepted, 201 ออกจากที่ทำการ, 202 customs,
//! 203 ส่งคืนต้นทาง, 204/205 at the outward/inward exchange office, 211 รับเข้า ณ ศูนย์คัดแยก,
//! 212/213 handed to / taken over by the airline, 216 ถึงสนามบิน, 301 อยู่ระหว่างการนำจ่าย,
//! 302 นำจ่าย ณ จุดรับสิ่งของ delivered to a pickup point, 304 recipient not reachable, 401
//! นำจ่ายไม่สำเร็จ, 402 ปิดประกาศ notice posted for collection at the office, 501 นำจ่ายสำเร็จ
//! with "ผู้รับได้รับสิ่งของเรียบร้อยแล้ว").

pub(super) static WORDS: super::Words = &[
    (
        "delivered",
        "นําจายสําเรจ|จัดสงสําเรจ|นําสงสําเรจ|สงสําเรจ|ผูรับไดรับแลว|ไดรับพัสดุแลว|ลงชือรับ|\
        ไดรับสิงของเรียบรอย",
    ),
    ("neg", "ไมสําเรจ|ไมได|ไมมี|ลมเหลว"),
    ("future", "คาดวา|กําหนดการ|จะถูก|จะนํา|จะจัดสง"),
    ("locker", "ตูรับพัสดุ|ตูลอกเกอร|ลอกเกอร"),
    ("post-office", "ทีทําการไปรษณีย"),
    ("pickup-point", "จุดรับพัสดุ|รานสะดวกซือ|จุดบริการ"),
    ("facility", "สาขา|ศูนยคัดแยก"),
    ("customs", "ศุลกากร"),
    ("customs-cleared.2", "ตรวจปลอย|ผานพิธีการ"),
    ("customs-hold.2", "กักไว|ระงับ"),
    ("customs-payment", "ภาษีอากร|อากร"),
    ("customs-payment.2", "ชําระ"),
    (
        "available",
        "รอรับ|พรอมใหรับ|มารับได|ติดตอรับ|ปิดประกาศ|นําจาย ณ จุดรับ",
    ),
    ("cancelled", "ยกเลิก|ขอถอนคืน"),
    (
        "label-created",
        "สรางรายการ|ขอมูลพัสดุ|ลงทะเบียนพัสดุ|เตรียมการฝากสง",
    ),
    ("awaiting-handover", "รอผูสง|รอเขารับ"),
    ("return-delivered", "สงคืนสําเรจ|คืนผูฝากสําเรจ|สงคืนผูฝากแลว"),
    ("return-under-way", "สงคืน|ตีกลับ|คืนตนทาง|คืนผูฝาก"),
    ("lost", "สูญหาย"),
    ("delivered-damaged", "เสียหาย|ชํารุด"),
    ("damaged", "เสียหาย|ชํารุด"),
    ("refused", "ปฏิเสธ|ไมยอมรับ"),
    ("recipient-moved", "ยายทีอยู"),
    (
        "address-issue-other",
        "ทีอยูไมถูกตอง|ทีอยูไมชัดเจน|ไมมีเลขที|ไมพบทีอยู|ไมมีผูรับตามจาหนา",
    ),
    (
        "recipient-unavailable",
        "ผูรับไมอยู|ไมมีผูรับ|ติดตอผูรับไมได|ไมมีคนรับ",
    ),
    (
        "not-delivered-phrase",
        "นําจายไมสําเรจ|จัดสงไมสําเรจ|นําสงไมสําเรจ|สงไมสําเรจ",
    ),
    ("unclaimed", "ไมมารับ|เกินกําหนดรับ|ครบกําหนดเกบรักษา"),
    (
        "at-local-facility",
        "ถึงทีทําการปลายทาง|เตรียมการนําจาย|เตรียมนําจาย|ถึงสาขาปลายทาง",
    ),
    (
        "out-for-delivery",
        "อยูระหวางการนําจาย|ระหวางนําจาย|ออกนําจาย|กําลังนําสง|กําลังจัดสง|อยูระหวางการนําสง|\
        พนักงานกําลังนําสง",
    ),
    (
        "departed",
        "ออกจากทีทําการ|ออกจากศูนย|สงออกจาก|ออกจากสาขา|สงมอบใหสายการบิน|สายการบินรับมอบ",
    ),
    (
        "picked-up",
        "รับฝาก|รับพัสดุเขาระบบ|เขารับพัสดุ|รับพัสดุแลว|รับเขาระบบ",
    ),
    (
        "arrived",
        "ถึงทีทําการ|ถึงศูนย|ถึงสาขา|เขาสูศูนย|รับเขาที|รับเขา ณ|ถึงทีแลกเปลียน|ถึงสนามบิน|\
        ถึงคลังสินคา",
    ),
    ("processed", "คัดแยก"),
    ("delayed", "ลาชา"),
    ("in-transit", "ระหวางขนสง|อยูระหวางการขนสง|กําลังขนสง"),
    ("not-found", "ไมพบขอมูล|ไมพบหมายเลข"),
];
