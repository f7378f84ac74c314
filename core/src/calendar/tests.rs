use super::*;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

#[test]
fn weekends_are_closed() {
    let c = Calendar::new("us", None).unwrap();
    assert!(c.is_business_day(d(2024, 3, 1)));
    assert!(!c.is_business_day(d(2024, 3, 2)));
    assert!(!c.is_business_day(d(2024, 3, 3)));
    assert_eq!(c.next_business_day(d(2024, 3, 1)), d(2024, 3, 4));
}
