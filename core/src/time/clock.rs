//! The one time policy for clocks: what a `now` or `as_of` means when it has no offset.
//!
//! - A clock with an offset (`2024-03-26T08:00:00+01:00`, `...Z`) is that instant.
//! - A run-level clock without an offset (`--now 2024-03-26T08:00`, a facade request's
//!   `now`, Python's naive `datetime`) is read as UTC: nothing says where the caller is.
//! - A shipment's own `as_of` without an offset is read in the shipment's destination zone
//!   when the destination is known (the merchant wrote it for that customer), else as UTC.
//!
//! Every entry point (CLI, facade, bindings, examples) reads clocks through these functions.

use chrono::{DateTime, Utc};

use super::{ZoneHints, parse_event_time};
use crate::error::Error;
use crate::event::Location;

/// Reads a run-level clock: RFC 3339, or a wall-clock time (any shape of
/// [`super::parse_time`]) read as UTC.
///
/// # Errors
/// [`Error::InvalidTime`] when it cannot be parsed.
pub fn parse_now(input: &str) -> Result<DateTime<Utc>, Error> {
    parse_clock(input, None)
}

/// Reads a shipment-level clock (`as_of`): with an offset as given, else in the zone of
/// `destination` when it has one, else as UTC.
///
/// # Errors
/// [`Error::InvalidTime`] when it cannot be parsed.
pub fn parse_clock(input: &str, destination: Option<&Location>) -> Result<DateTime<Utc>, Error> {
    let hints = ZoneHints {
        destination,
        ..ZoneHints::default()
    };
    Ok(parse_event_time(input, &hints)?.utc)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clocks_without_offset_follow_the_policy() {
        let utc: DateTime<Utc> = "2024-03-26T08:00:00Z".parse().unwrap();
        assert_eq!(parse_now("2024-03-26T08:00:00").unwrap(), utc);
        assert_eq!(parse_now("2024-03-26T09:00:00+01:00").unwrap(), utc);
        let berlin = Location {
            country: Some("DE".into()),
            ..Location::default()
        };
        // 09:00 in Berlin (CET, +01:00 on 26 March 2024) is 08:00 UTC.
        assert_eq!(
            parse_clock("2024-03-26T09:00:00", Some(&berlin)).unwrap(),
            utc
        );
        assert_eq!(parse_clock("2024-03-26T08:00:00", None).unwrap(), utc);
        assert!(parse_now("yesterday").is_err());
    }
}
