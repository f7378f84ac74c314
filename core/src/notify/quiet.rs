//! Quiet hours in the recipient's zone: a notification due inside them is deferred to their
//! end (local wall-clock, DST-safe), never dropped.

use chrono::{DateTime, NaiveTime, TimeDelta, TimeZone, Utc};
use chrono_tz::Tz;
use serde::{Deserialize, Serialize};

/// A daily quiet period `[start, end)` in local time; `start > end` spans midnight.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema)]
pub struct QuietHours {
    /// Local time quiet begins (e.g. 21:00).
    pub start: NaiveTime,
    /// Local time quiet ends (e.g. 08:00).
    pub end: NaiveTime,
}

impl Default for QuietHours {
    /// 21:00 to 08:00, a common SMS courtesy window.
    fn default() -> Self {
        QuietHours {
            start: NaiveTime::from_hms_opt(21, 0, 0).unwrap_or(NaiveTime::MIN),
            end: NaiveTime::from_hms_opt(8, 0, 0).unwrap_or(NaiveTime::MIN),
        }
    }
}

impl QuietHours {
    /// Whether local time `t` is quiet.
    pub fn contains(&self, t: NaiveTime) -> bool {
        if self.start <= self.end {
            self.start <= t && t < self.end
        } else {
            t >= self.start || t < self.end
        }
    }

    /// When a notification due at `now` may go out in zone `tz` (IANA; UTC when absent or
    /// unknown), and whether that is a deferral.
    pub fn next_allowed(&self, now: DateTime<Utc>, tz: Option<&str>) -> (DateTime<Utc>, bool) {
        let zone: Tz = tz.and_then(|z| z.parse().ok()).unwrap_or(chrono_tz::UTC);
        let local = now.with_timezone(&zone);
        if !self.contains(local.time()) {
            return (now, false);
        }
        // The end of this quiet period: today's end if still ahead, else tomorrow's.
        let mut day = crate::time::local_naive(&local).date();
        if local.time() >= self.end {
            // At the end of chrono's range there is no tomorrow: send now.
            let Some(next) = crate::time::next_day(day) else {
                return (now, false);
            };
            day = next;
        }
        let wall = day.and_time(self.end);
        let at = zone
            .from_local_datetime(&wall)
            .earliest()
            .or_else(|| {
                let later = wall.checked_add_signed(TimeDelta::try_hours(1)?)?;
                zone.from_local_datetime(&later).earliest()
            })
            .map_or(now, |t| t.with_timezone(&Utc));
        (at.max(now), true)
    }
}
