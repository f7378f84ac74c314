//! Stable codes, in one place: the enums whose `code()` is their wire form get their text
//! traits from their `ALL` list and `code()` through [`code_traits!`], so every code type
//! prints, parses, (de)serializes and describes itself (JSON Schema) the same way, and an
//! unknown code is always reported as "unknown {noun} `x`".

/// Implements text traits for a type with `ALL` (every value) and `const fn code(self)`.
/// Each part is opt-in, for types that keep a trait of their own (`Status` also parses its
/// labels):
/// - `display`: `Display` writes the code;
/// - `from_str(field, noun)`: `FromStr` finds the code in `ALL`, else
///   [`crate::Error::InvalidInput`] naming `field`: "unknown {noun} `x`";
/// - `serialize`: serialized as the code;
/// - `deserialize(noun)`: read through `FromStr`, else the serde error "unknown {noun} `x`";
/// - `schema(description)`: JSON Schema, a string enum of the codes named after the type.
macro_rules! code_traits {
    ($ty:ident: $($part:ident $(($($arg:tt)*))?),+ $(,)?) => {
        $( $crate::codes::code_traits!(@$part $ty $(, $($arg)*)?); )+
    };
    (@display $ty:ident) => {
        impl std::fmt::Display for $ty {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.code())
            }
        }
    };
    (@from_str $ty:ident, $field:literal, $noun:literal) => {
        impl std::str::FromStr for $ty {
            type Err = $crate::error::Error;

            fn from_str(s: &str) -> Result<Self, Self::Err> {
                <$ty>::ALL
                    .iter()
                    .copied()
                    .find(|v| v.code() == s)
                    .ok_or_else(|| $crate::error::Error::InvalidInput {
                        field: $field.into(),
                        reason: format!(concat!("unknown ", $noun, " `{}`"), s),
                    })
            }
        }
    };
    (@serialize $ty:ident) => {
        impl serde::Serialize for $ty {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.code())
            }
        }
    };
    (@deserialize $ty:ident, $noun:literal) => {
        impl<'de> serde::Deserialize<'de> for $ty {
            fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let s = <std::borrow::Cow<'de, str> as serde::Deserialize>::deserialize(d)?;
                s.parse().map_err(|_| {
                    serde::de::Error::custom(format!(concat!("unknown ", $noun, " `{}`"), s))
                })
            }
        }
    };
    (@schema $ty:ident, $description:literal) => {
        impl schemars::JsonSchema for $ty {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                stringify!($ty).into()
            }
            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                let codes: Vec<&str> = <$ty>::ALL.iter().map(|v| v.code()).collect();
                schemars::json_schema!({
                    "type": "string",
                    "description": $description,
                    "enum": codes,
                })
            }
        }
    };
}
pub(crate) use code_traits;

use crate::error::ErrorKind;
use crate::health::{HealthReason, HealthTextKey, Verdict};
use crate::milestone::Milestone;
use crate::notify::NotificationKind;
use crate::order::OrderStatus;
use crate::status::{Status, SubStatus};

code_traits!(Status: display, serialize, deserialize("status"),
    schema("A canonical status code (docs/statuses.md)."));
code_traits!(SubStatus: display, serialize, deserialize("sub-status"),
    schema("A canonical sub-status code: `<status>.<detail>`."));
// `ErrorKind` parses names as well as codes (its own `FromStr`).
code_traits!(ErrorKind: display, serialize, schema("The stable code of an error kind."));
code_traits!(HealthReason: display, from_str("reason", "health reason"), serialize,
    deserialize("health reason"),
    schema("Why a shipment got its health verdict (a stable code)."));
code_traits!(HealthTextKey: display, from_str("key", "health text key"), serialize,
    deserialize("health text key"),
    schema("A health sentence of the message catalogue (a stable key)."));
// Serialized by serde's derive (snake_case names equal to the codes; the tests check it).
code_traits!(Milestone: from_str("milestone", "milestone code"));
code_traits!(Verdict: from_str("verdict", "verdict code"));
code_traits!(NotificationKind: from_str("notification_kind", "notification_kind code"));
code_traits!(OrderStatus: from_str("order_status", "order_status code"));

#[cfg(test)]
mod tests {
    use super::*;

    /// Every code parses back to its value, prints as itself and is its JSON form, both ways.
    #[test]
    fn codes_round_trip_and_match_json() {
        macro_rules! check {
            ($($ty:ty),*) => {$(
                for &v in <$ty>::ALL.iter() {
                    assert_eq!(v.code().parse::<$ty>().ok(), Some(v));
                    assert_eq!(serde_json::to_value(v).unwrap(), v.code());
                    let back: $ty = serde_json::from_value(v.code().into()).unwrap();
                    assert_eq!(back, v);
                }
            )*};
        }
        check!(Status, SubStatus, HealthReason, HealthTextKey);
        check!(Milestone, Verdict, NotificationKind, OrderStatus);
        for &k in ErrorKind::ALL {
            assert_eq!(k.to_string(), k.code());
            assert_eq!(serde_json::to_value(k).unwrap(), k.code());
        }
        assert_eq!(HealthReason::PastWindow.to_string(), "past_window");
    }

    /// An unknown code names what was expected, in parsing and in JSON.
    #[test]
    fn unknown_codes_keep_their_nouns() {
        let parse = |e: crate::Error| e.to_string();
        let json = |e: serde_json::Error| e.to_string();
        let cases = [
            (
                parse("x".parse::<HealthReason>().unwrap_err()),
                "unknown health reason `x`",
            ),
            (
                parse("x".parse::<HealthTextKey>().unwrap_err()),
                "unknown health text key `x`",
            ),
            (
                parse("x".parse::<Milestone>().unwrap_err()),
                "unknown milestone code `x`",
            ),
            (
                json(serde_json::from_str::<Status>(r#""x""#).unwrap_err()),
                "unknown status `x`",
            ),
            (
                json(serde_json::from_str::<SubStatus>(r#""x""#).unwrap_err()),
                "unknown sub-status `x`",
            ),
            (
                json(serde_json::from_str::<HealthReason>(r#""x""#).unwrap_err()),
                "unknown health reason `x`",
            ),
        ];
        for (got, want) in cases {
            assert!(got.contains(want), "{got:?} lacks {want:?}");
        }
    }
}
