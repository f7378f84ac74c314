//! Which bound a stall threshold came from: the typed `basis` of [`super::Evidence`]. The
//! verdict's reason and the sentence that explains it are chosen by matching this enum,
//! never its name.

use serde::{Deserialize, Serialize};

/// The bound a stall threshold came from (the lowest that applied). Serialized as its
/// snake_case code (`"lane"`, `"hazard"`, ...), [`StallBasis::code`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum StallBasis {
    /// The learned dwell quantile of the carrier, state and lane.
    Lane,
    /// The learned dwell quantile of the carrier and state, all lanes.
    Carrier,
    /// The learned dwell quantile of the state, all carriers.
    Status,
    /// The shop's promised transit scaled by the learned ratio of transit to promise.
    Promise,
    /// The shipment's own delivery window.
    Window,
    /// The learned hazard of loss (`HazardModel`).
    Hazard,
    /// A cap: the hard cap in calendar days, or the pooled quantile of every past gap of the
    /// same kind and state.
    Cap,
    /// A published prior (nothing learned applies).
    Prior,
}

impl StallBasis {
    /// Every basis.
    pub const ALL: &'static [StallBasis] = &[
        StallBasis::Lane,
        StallBasis::Carrier,
        StallBasis::Status,
        StallBasis::Promise,
        StallBasis::Window,
        StallBasis::Hazard,
        StallBasis::Cap,
        StallBasis::Prior,
    ];

    /// The stable snake_case code (`lane`), as serialized.
    pub const fn code(self) -> &'static str {
        match self {
            StallBasis::Lane => "lane",
            StallBasis::Carrier => "carrier",
            StallBasis::Status => "status",
            StallBasis::Promise => "promise",
            StallBasis::Window => "window",
            StallBasis::Hazard => "hazard",
            StallBasis::Cap => "cap",
            StallBasis::Prior => "prior",
        }
    }
}

impl std::fmt::Display for StallBasis {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_and_serialize_as_themselves() {
        let mut seen = std::collections::HashSet::new();
        for &b in StallBasis::ALL {
            assert!(seen.insert(b.code()), "{b:?}");
            let json = serde_json::to_string(&b).unwrap();
            assert_eq!(json, format!("\"{}\"", b.code()));
            assert_eq!(serde_json::from_str::<StallBasis>(&json).unwrap(), b);
            assert_eq!(b.to_string(), b.code());
        }
        assert!(serde_json::from_str::<StallBasis>("\"teleported\"").is_err());
    }
}
