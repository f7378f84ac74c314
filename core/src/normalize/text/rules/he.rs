//! Hebrew (`he`) wording of the text rules, by slot (see the slot list in
//! `rules/mod.rs`). Patterns are folded text: lower case, no accents; `_` is a word edge.
//! Words from Israel Post's item tracking texts (הדבר נמסר לנמען delivered, הדבר נמסר לשליח לחלוקה
//! out for delivery, הדבר הגיע ליחידת הדואר וממתין לאיסוף waiting at the post office, הדבר הוחזר
//! לשולח returned) and Israeli couriers' statuses (נאסף מהשולח, בדרך, ממתין לאיסוף בנקודת מסירה).
//! Hebrew prefixes (ה, ל, ב, מ) attach to words, so words match inside a word.

pub(super) static WORDS: super::Words = &[
    (
        "delivered",
        "נמסר לנמען|נמסרה לנמען|נמסר למקבל|נמסרה למקבל|נמסר ליעדו|חולק לנמען|נמסר בהצלחה|\
        נמסרה בהצלחה",
    ),
    ("neg", "_לא_|נכשל|כשל"),
    ("future", "צפוי|צפויה|יימסר|תימסר|מתוכנן"),
    ("delivery-to", "נמסר ל|נמסרה ל"),
    ("locker", "לוקר|תא חבילות|עמדת איסוף|עמדת חבילות"),
    (
        "post-office",
        "בית הדואר|יחידת הדואר|סניף הדואר|ביחידת הדואר|בסניף הדואר",
    ),
    ("pickup-point", "נקודת איסוף|נקודת מסירה|נקודת חלוקה"),
    ("customs", "מכס"),
    ("customs-cleared.2", "שוחרר|שוחררה"),
    ("customs-hold.2", "מעוכב|עוכב"),
    ("customs-payment", "מסים|מיסים|מע מ"),
    ("customs-payment.2", "תשלום"),
    (
        "available",
        "ממתין לאיסוף|ממתינה לאיסוף|מוכן לאיסוף|מוכנה לאיסוף|ניתן לאסוף|זמין לאיסוף",
    ),
    ("cancelled", "בוטל|בוטלה"),
    (
        "label-created",
        "נוצר משלוח|נרשם במערכת|התקבלו פרטי|פרטי המשלוח התקבלו",
    ),
    ("returned", "הוחזר לשולח|הוחזרה לשולח"),
    (
        "return-under-way",
        "מוחזר|בהחזרה|החזרה לשולח|בדרך חזרה לשולח",
    ),
    ("lost", "אבד|אבדה"),
    ("damaged", "ניזוק|פגום"),
    ("refused", "סירב|סירוב"),
    (
        "address-issue-other",
        "כתובת שגויה|כתובת לא מלאה|כתובת חסרה|הכתובת לא נמצאה",
    ),
    (
        "recipient-unavailable",
        "הנמען לא נמצא|לא היה בבית|אין מענה|הנמען לא היה",
    ),
    ("attempt", "ניסיון מסירה|ניסיון חלוקה|נסיון מסירה"),
    (
        "not-delivered-phrase",
        "לא נמסר|לא נמסרה|מסירה נכשלה|חלוקה נכשלה",
    ),
    ("unclaimed", "לא נאסף|לא נאספה|לא נדרש"),
    (
        "collected-by-recipient-phrase",
        "נאסף על ידי הנמען|נאספה על ידי הנמען|נאסף מהסניף|נאסף מנקודת",
    ),
    (
        "at-local-facility",
        "ביחידת חלוקה|ליחידת חלוקה|ביחידת המסירה",
    ),
    (
        "out-for-delivery",
        "לשליח לחלוקה|נמסר לשליח|נמסר לדוור|יצא לחלוקה|בחלוקה|בדרך לנמען",
    ),
    ("departed", "יצא מ|נשלח מ|עזב את"),
    (
        "picked-up",
        "התקבל מהשולח|נאסף מהשולח|נאספה מהשולח|התקבל לטיפול|נקלט במערכת",
    ),
    ("arrived", "הגיע ל|הגיעה ל|הגיע אל"),
    ("processed", "מיון|בטיפול"),
    ("delayed", "עיכוב|מתעכב"),
    ("in-transit", "בדרך|בהעברה|במעבר"),
];
