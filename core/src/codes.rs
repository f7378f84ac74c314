//! Reading stable codes back: `FromStr` for the enums whose `code()` is their wire form
//! (milestone, health verdict, notification kind, order status), so bindings and callers
//! parse codes in one way.

/// Implements `FromStr` (error: [`crate::Error::InvalidInput`] naming `$field`) for a type
/// with `ALL` and `code()`.
macro_rules! from_code {
    ($ty:ty, $field:literal) => {
        impl std::str::FromStr for $ty {
            type Err = crate::error::Error;

            fn from_str(s: &str) -> Result<Self, Self::Err> {
                <$ty>::ALL
                    .iter()
                    .copied()
                    .find(|v| v.code() == s)
                    .ok_or_else(|| crate::error::Error::InvalidInput {
                        field: $field.into(),
                        reason: format!("unknown {} code `{s}`", $field),
                    })
            }
        }
    };
}

from_code!(crate::milestone::Milestone, "milestone");
from_code!(crate::health::Verdict, "verdict");
from_code!(crate::notify::NotificationKind, "notification_kind");
from_code!(crate::order::OrderStatus, "order_status");

#[cfg(test)]
mod tests {
    use crate::health::Verdict;
    use crate::milestone::Milestone;
    use crate::notify::NotificationKind;
    use crate::order::OrderStatus;

    /// Every code parses back to its value and matches the serde form.
    #[test]
    fn codes_round_trip_and_match_json() {
        fn check<T>(all: &[T])
        where
            T: Copy + PartialEq + std::fmt::Debug + serde::Serialize + std::str::FromStr,
            T: HasCode,
        {
            for &v in all {
                assert_eq!(v.code().parse::<T>().ok(), Some(v));
                assert_eq!(serde_json::to_value(v).unwrap(), v.code());
            }
        }
        check(Milestone::ALL);
        check(Verdict::ALL);
        check(&NotificationKind::ALL);
        check(OrderStatus::ALL);
        assert!("teleported".parse::<Milestone>().is_err());
    }

    trait HasCode {
        fn code(self) -> &'static str;
    }
    impl HasCode for Milestone {
        fn code(self) -> &'static str {
            Milestone::code(self)
        }
    }
    impl HasCode for Verdict {
        fn code(self) -> &'static str {
            Verdict::code(self)
        }
    }
    impl HasCode for NotificationKind {
        fn code(self) -> &'static str {
            NotificationKind::code(self)
        }
    }
    impl HasCode for OrderStatus {
        fn code(self) -> &'static str {
            OrderStatus::code(self)
        }
    }
}
