//! A scan's time as the timeline reads it: which text (`date`, `time` or both joined), and
//! which zone hints. One place, so that a check made outside the timeline (the CLI's
//! `normalize` warns about a time `track` would reject) cannot drift from it.

use std::borrow::Cow;

use super::{EventTime, ZoneHints, parse_event_time};
use crate::error::Error;
use crate::event::{Location, RawEvent};
use crate::letters::trim;

/// Bytes of the stack buffer [`event_time_text`] joins `date` and `time` in: room for every
/// real pair (`YYYYMMDD` + `HHMMSS`, `DD.MM.YYYY` + `HH:MM:SS`); a longer pair is joined on
/// the heap.
pub const TIME_TEXT_BUF: usize = 64;

/// The text a scan's time is read from: `date` and `time` trimmed and joined by one space
/// when both are given, else whichever is given, trimmed; `None` when neither is (the
/// timeline rejects such a scan as `missing_time`).
///
/// The join is written into `buf` when it fits, so the timeline reads a split date and
/// time without an allocation.
pub fn event_time_text<'a>(
    raw: &'a RawEvent,
    buf: &'a mut [u8; TIME_TEXT_BUF],
) -> Option<Cow<'a, str>> {
    match (raw.date.as_deref(), raw.time.as_deref()) {
        (Some(d), Some(t)) => {
            let (d, t) = (trim(d), trim(t));
            Some(match join_on_stack(buf, d, t) {
                Some(text) => Cow::Borrowed(text),
                None => Cow::Owned([d, t].join(" ")),
            })
        }
        (Some(one), None) | (None, Some(one)) => Some(Cow::Borrowed(trim(one))),
        (None, None) => None,
    }
}

/// `date` and `time` joined by a space in `buf`, when they fit.
fn join_on_stack<'b>(buf: &'b mut [u8], date: &str, time: &str) -> Option<&'b str> {
    let len = date.len().checked_add(1)?.checked_add(time.len())?;
    let out = buf.get_mut(..len)?;
    let (d, rest) = out.split_at_mut(date.len());
    d.copy_from_slice(date.as_bytes());
    let (space, t) = rest.split_first_mut()?;
    *space = b' ';
    t.copy_from_slice(time.as_bytes());
    // Two `str`s and an ASCII space: valid UTF-8.
    std::str::from_utf8(out).ok()
}

impl<'a> ZoneHints<'a> {
    /// The hints the timeline reads a scan's wall-clock time with: the scan's location, its
    /// carrier (else the shipment's), and the shipment's destination.
    pub fn for_event(
        raw: &'a RawEvent,
        shipment_carrier: Option<&'a str>,
        destination: Option<&'a Location>,
    ) -> Self {
        ZoneHints {
            location: raw.location.as_deref(),
            carrier: raw.carrier.as_deref().or(shipment_carrier),
            destination,
        }
    }
}

/// Reads a scan's time as the timeline does ([`event_time_text`], zone from
/// [`ZoneHints::for_event`]): `Ok(None)` when the scan has no time (the timeline rejects it
/// as `missing_time`), the resolved time otherwise.
///
/// `shipment_carrier` and `destination` are the shipment's, when known: a scan without an
/// offset is read in the zone they suggest, as in `track`.
///
/// # Errors
/// [`Error::InvalidTime`] naming the text and why it cannot be read: exactly the scans the
/// timeline rejects as `unparseable_time`.
pub fn read_event_time(
    raw: &RawEvent,
    shipment_carrier: Option<&str>,
    destination: Option<&Location>,
) -> Result<Option<EventTime>, Error> {
    let mut buf = [0u8; TIME_TEXT_BUF];
    let Some(text) = event_time_text(raw, &mut buf) else {
        return Ok(None);
    };
    let hints = ZoneHints::for_event(raw, shipment_carrier, destination);
    parse_event_time(&text, &hints).map(Some)
}

/// Whether a scan's time can be read at all ([`read_event_time`]); no time is not an error
/// here (the timeline rejects such a scan as `missing_time`).
///
/// # Errors
/// [`Error::InvalidTime`] naming the text and why it cannot be read.
pub fn check_event_time(raw: &RawEvent, shipment_carrier: Option<&str>) -> Result<(), Error> {
    read_event_time(raw, shipment_carrier, None).map(|_| ())
}
