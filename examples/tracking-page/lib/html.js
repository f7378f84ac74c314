'use strict';
// HTML escaping and small formatting helpers shared by the page and the e-mails. Every value
// that comes from data (carrier texts, order ids, brand fields) goes through `esc`.

function esc(value) {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

/** A `YYYY-MM-DD` date as "Tue 14 May" in `locale`. */
function shortDate(ymd, locale) {
  const d = new Date(`${ymd}T12:00:00Z`);
  if (Number.isNaN(d.getTime())) return String(ymd);
  return new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' }).format(d);
}

/** "Tue 14 – Thu 16 May" for a window; one date when both ends are the same day. */
function windowRange(earliest, latest, locale) {
  if (!earliest || !latest || earliest === latest) return shortDate(earliest || latest, locale);
  return `${shortDate(earliest, locale)} – ${shortDate(latest, locale)}`;
}

/**
 * An RFC 3339 instant written in the wall-clock time of its own offset (the scan's local time),
 * e.g. "6 May 2024, 14:05" for `2024-05-06T14:05:00+02:00`, whatever the server's zone.
 */
function localTime(rfc3339, locale) {
  const m = /([+-])(\d\d):(\d\d)$|Z$/.exec(String(rfc3339 || ''));
  const instant = new Date(rfc3339);
  if (!m || Number.isNaN(instant.getTime())) return String(rfc3339 ?? '');
  const offsetMin = m[1] ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
  const wall = new Date(instant.getTime() + offsetMin * 60_000);
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(wall);
}

module.exports = { esc, shortDate, windowRange, localTime };
