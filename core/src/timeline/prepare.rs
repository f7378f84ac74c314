//! One raw event on its way into a timeline: its time resolved (zone hints, the future
//! tolerance) and its identity computed, or the typed reason it is rejected.

use chrono::{DateTime, Utc};

use super::{Event, identity, memo};
use crate::error::Error;
use crate::event::{Location, RawEvent, RejectReason};
use crate::time::ZoneHints;

/// Resolves one raw event's time and identity from its `reading` (`memo.normalize`), or says
/// why it cannot enter.
pub(super) fn prepare(
    raw: RawEvent,
    (normalized, prefix): memo::Reading,
    shipment_carrier: Option<&str>,
    destination: Option<&Location>,
    memo: &mut memo::Memo<'_>,
    (now, latest): (DateTime<Utc>, DateTime<Utc>),
) -> Result<Event, Box<(RawEvent, RejectReason)>> {
    let normalized = match normalized {
        Ok(n) => n,
        Err(e) => return Err(unreadable(raw, e)),
    };
    // One reading of the scan's time text and zone hints, shared with `check_event_time`.
    let mut buf = [0u8; crate::time::TIME_TEXT_BUF];
    let Some(time_text) = crate::time::event_time_text(&raw, &mut buf) else {
        return Err(Box::new((raw, RejectReason::MissingTime)));
    };
    let hints = ZoneHints::for_event(&raw, shipment_carrier, destination);
    let time = match crate::time::parse_event_time_with(&time_text, || memo.zone(&hints)) {
        Ok(t) => t,
        Err(e) => {
            let input = time_text.into_owned();
            return Err(bad_time(raw, input, e));
        }
    };
    if time.utc > latest {
        return Err(too_late(raw, time.utc, now));
    }
    let id = identity::identity(&raw, &time, shipment_carrier, prefix);
    Ok(Event {
        id,
        raw,
        time,
        normalized,
    })
}

// The rejections below are rare and build strings: kept out of line (`cold`), so the code of
// `prepare`'s common path stays small in the instruction cache.

/// The rejection of an event whose reading failed (a given status that is not canonical).
#[cold]
#[inline(never)]
fn unreadable(raw: RawEvent, e: Error) -> Box<(RawEvent, RejectReason)> {
    let reason = match e {
        Error::InvalidEvent { reason } => reason,
        other => RejectReason::InvalidStatus {
            code: other.to_string(),
        },
    };
    Box::new((raw, reason))
}

/// The rejection of an event whose time text cannot be read.
#[cold]
#[inline(never)]
fn bad_time(raw: RawEvent, input: String, e: Error) -> Box<(RawEvent, RejectReason)> {
    let detail = match e {
        Error::InvalidTime { reason, .. } => reason,
        other => other.to_string(),
    };
    Box::new((raw, RejectReason::UnparseableTime { input, detail }))
}

/// The rejection of an event whose time lies too far after `now`.
#[cold]
#[inline(never)]
fn too_late(
    raw: RawEvent,
    time: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Box<(RawEvent, RejectReason)> {
    Box::new((
        raw,
        RejectReason::FutureTime {
            time: time.to_rfc3339(),
            now: now.to_rfc3339(),
        },
    ))
}
