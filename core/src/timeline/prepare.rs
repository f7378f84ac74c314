//! One raw event on its way into a timeline: its time resolved (zone hints, the future
//! tolerance) and its identity computed, or the typed reason it is rejected.

use chrono::{DateTime, Utc};

use super::{EventId, identity, memo};
use crate::error::Error;
use crate::event::{Location, RawEvent, RejectReason};
use crate::time::{EventTime, ZoneHints};

/// Resolves a raw event's time and identity (`prefix` from its reading, `memo.normalize`),
/// or says why it cannot enter. Reads the event in place: the caller moves it once, into
/// the timeline or the rejected list.
pub(super) fn prepare(
    raw: &RawEvent,
    prefix: u64,
    shipment_carrier: Option<&str>,
    destination: Option<&Location>,
    memo: &mut memo::Memo<'_>,
    (now, latest): (DateTime<Utc>, DateTime<Utc>),
) -> Result<(EventId, EventTime), RejectReason> {
    // One reading of the scan's time text and zone hints, shared with `check_event_time`.
    let mut buf = [0u8; crate::time::TIME_TEXT_BUF];
    let Some(time_text) = crate::time::event_time_text(raw, &mut buf) else {
        return Err(RejectReason::MissingTime);
    };
    let hints = ZoneHints::for_event(raw, shipment_carrier, destination);
    let time = match crate::time::parse_event_time_with(&time_text, || memo.zone(&hints)) {
        Ok(t) => t,
        Err(e) => {
            let input = time_text.into_owned();
            return Err(bad_time(input, e));
        }
    };
    if time.utc > latest {
        return Err(too_late(time.utc, now));
    }
    let id = identity::identity(raw, &time, shipment_carrier, prefix);
    Ok((id, time))
}

// The rejections below are rare and build strings: kept out of line (`cold`), so the code of
// `prepare`'s common path stays small in the instruction cache.

/// The rejection of an event whose reading failed (a given status that is not canonical).
#[cold]
#[inline(never)]
pub(super) fn unreadable(e: Error) -> RejectReason {
    match e {
        Error::InvalidEvent { reason } => reason,
        other => RejectReason::InvalidStatus {
            code: other.to_string(),
        },
    }
}

/// The rejection of an event whose time text cannot be read.
#[cold]
#[inline(never)]
fn bad_time(input: String, e: Error) -> RejectReason {
    let detail = match e {
        Error::InvalidTime { reason, .. } => reason,
        other => other.to_string(),
    };
    RejectReason::UnparseableTime { input, detail }
}

/// The rejection of an event whose time lies too far after `now`.
#[cold]
#[inline(never)]
fn too_late(time: DateTime<Utc>, now: DateTime<Utc>) -> RejectReason {
    RejectReason::FutureTime {
        time: time.to_rfc3339(),
        now: now.to_rfc3339(),
    }
}
