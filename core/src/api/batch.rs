//! Tracking many shipments in one call, for the bindings' batch methods (Python's
//! `Tracker.track_batch`): each shipment gets its snapshot or its own error, in input order,
//! by the rules of the facade's `track` operation.

use chrono::{DateTime, Utc};

use crate::error::Error;
use crate::pipeline::Tracker;
use crate::snapshot::Snapshot;
use crate::timeline::ShipmentInput;

/// The snapshot of one shipment as the facade's `track` answers it: at the shipment's own
/// `as_of` when it has one, else at `now`.
///
/// # Errors
/// [`Error::InvalidTime`] for an `as_of` or shipment-level time that cannot be read.
pub fn track_one(
    tracker: &Tracker,
    input: ShipmentInput,
    now: DateTime<Utc>,
    locale: &str,
) -> Result<Snapshot, Error> {
    let now = input.clock(now)?;
    tracker.track(input, now, locale)
}

/// The snapshots of many shipments at one `now` (each shipment's `as_of` overrides it), one
/// result per item in input order: [`track_one`] for each shipment the binding could read,
/// and the binding's own error, unchanged, for each it could not. One bad shipment never
/// costs the others their answers, not even a bug: a panic while tracking one shipment
/// becomes that item's [`Error::Internal`].
///
/// `E` is the binding's error type (one that can hold a core [`Error`]), so a conversion
/// error the binding met while reading an item stays in that item's place.
pub fn track_batch<E: From<Error>>(
    tracker: &Tracker,
    shipments: Vec<Result<ShipmentInput, E>>,
    now: DateTime<Utc>,
    locale: &str,
) -> Vec<Result<Snapshot, E>> {
    each_item(shipments, |input| track_one(tracker, input, now, locale))
}

/// `f` on every item the binding could read, each on its own: a panic in one item is that
/// item's [`Error::Internal`], never the whole batch's.
fn each_item<T, E: From<Error>>(
    items: Vec<Result<ShipmentInput, E>>,
    f: impl Fn(ShipmentInput) -> Result<T, Error>,
) -> Vec<Result<T, E>> {
    items
        .into_iter()
        .map(|item| {
            item.and_then(|input| {
                std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| f(input)))
                    .unwrap_or_else(|payload| Err(Error::from_panic(payload.as_ref())))
                    .map_err(E::from)
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::status::Status;

    fn input(json: &str) -> Result<ShipmentInput, Error> {
        Ok(serde_json::from_str(json)?)
    }

    #[test]
    fn every_item_gets_its_answer_in_place() {
        let now: DateTime<Utc> = "2024-03-26T08:00:00Z".parse().unwrap();
        let tracker = Tracker::default();
        let items = vec![
            input(
                r#"{"id":"A","carrier":"ups","events":[{"description":"Out for delivery","time":"2024-03-26T07:10:00+01:00"}]}"#,
            ),
            input(r#"{"id":"B","as_of":"not a time"}"#),
            Err(Error::InvalidInput {
                field: "shipments[2]".into(),
                reason: "read by the binding".into(),
            }),
            input(
                r#"{"id":"D","carrier":"ups","as_of":"2024-03-20T00:00:00Z","events":[{"description":"Delivered","time":"2024-03-25T10:00:00Z"}]}"#,
            ),
        ];
        let out = track_batch(&tracker, items, now, "en");
        assert_eq!(out.len(), 4);
        let a = out[0].as_ref().unwrap();
        assert_eq!((a.id.as_str(), a.status), ("A", Status::OutForDelivery));
        assert_eq!(out[1].as_ref().unwrap_err().kind().code(), "invalid_time");
        assert!(
            matches!(&out[2], Err(Error::InvalidInput { field, .. }) if field == "shipments[2]")
        );
        // The same answer the facade's `track` gives for the shipment, `as_of` included.
        let facade = crate::api::Engine::default()
            .call(
                "track",
                r#"{"shipment":{"id":"D","carrier":"ups","as_of":"2024-03-20T00:00:00Z","events":[{"description":"Delivered","time":"2024-03-25T10:00:00Z"}]},"now":"2024-03-26T08:00:00Z"}"#,
            )
            .unwrap();
        let d = serde_json::to_value(out[3].as_ref().unwrap()).unwrap();
        assert_eq!(
            d,
            serde_json::from_str::<serde_json::Value>(&facade).unwrap()
        );
    }

    #[test]
    fn a_panic_in_one_item_is_that_items_internal_error() {
        let items: Vec<Result<ShipmentInput, Error>> = ["A", "B", "C"]
            .iter()
            .map(|id| input(&format!(r#"{{"id":"{id}"}}"#)))
            .collect();
        #[allow(clippy::panic)] // the bug this guards against
        let out = each_item(items, |s| {
            if s.id == "B" {
                panic!("bug in B");
            }
            Ok(s.id)
        });
        assert_eq!(out.len(), 3);
        assert_eq!(out[0].as_deref().ok(), Some("A"));
        assert!(
            matches!(&out[1], Err(Error::Internal { message }) if message == "panic: bug in B"),
            "{:?}",
            out[1]
        );
        assert_eq!(out[2].as_deref().ok(), Some("C"));
    }
}
