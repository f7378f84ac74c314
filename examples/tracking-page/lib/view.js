'use strict';
// The tracking page: lookup form, order page (one card per parcel), and the error pages. Parcel
// words come from the library's snapshot (message, milestone, window, health); the page adds only
// its own labels (labels.js) and the shop's brand.
const { esc, windowRange, localTime } = require('./html');
const { LOCALES, NAMES, t } = require('./labels');
const { css } = require('./style');

const HISTORY_SHOWN = 5;
// Health verdicts under which a delivery date would mislead: the page says so instead.
const NO_DATE_VERDICTS = new Set(['stalled', 'likely_lost']);
const LATE_VERDICTS = new Set(['delayed', 'stalled', 'likely_lost']);

function langSwitch(ctx) {
  const items = LOCALES.map((l) => {
    const url = `${ctx.path}${ctx.path.includes('?') ? '&' : '?'}lang=${encodeURIComponent(l)}`;
    const current = l === ctx.locale ? ' aria-current="true"' : '';
    return `<li><a href="${esc(url)}" lang="${esc(l)}" hreflang="${esc(l)}"${current}>${esc(NAMES[l])}</a></li>`;
  });
  return `<nav aria-label="${esc(t(ctx.locale, 'language'))}"><ul class="langs">${items.join('')}</ul></nav>`;
}

function layout(ctx, title, body) {
  const { brand, locale } = ctx;
  const logo = brand.logo ? `<img src="${esc(brand.logo)}" alt="">` : '';
  const support = brand.support_url
    ? `<a href="${esc(brand.support_url)}">${esc(t(locale, 'contact_support'))}</a>`
    : brand.support_email
      ? `<a href="mailto:${esc(brand.support_email)}">${esc(brand.support_email)}</a>`
      : '';
  return `<!doctype html>
<html lang="${esc(locale)}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer"><meta name="robots" content="noindex">
<title>${esc(title)} · ${esc(brand.name)}</title><style>${css(brand)}</style></head>
<body><a class="skip" href="#main">${esc(title)}</a>
<header><a class="shop" href="/?lang=${esc(locale)}">${logo}<span>${esc(brand.name)}</span></a>${langSwitch(ctx)}</header>
<main id="main">${body}</main>
<footer>${esc(brand.name)}${support ? ` · ${support}` : ''}</footer>
</body></html>`;
}

function lookupForm(ctx, { error = null, order = '' } = {}) {
  const l = ctx.locale;
  const err = error ? `<p class="error" role="alert">${esc(error)}</p>` : '';
  const body = `<h1>${esc(t(l, 'title'))}</h1>${err}
<p>${esc(t(l, 'intro'))}</p>
<form class="lookup" method="post" action="/lookup">
<input type="hidden" name="lang" value="${esc(l)}">
<label for="order">${esc(t(l, 'order_number'))}</label>
<input id="order" name="order" autocomplete="off" required value="${esc(order)}">
<label for="secret">${esc(t(l, 'email_or_postcode'))}</label>
<input id="secret" name="email" autocomplete="email" required>
<button type="submit">${esc(t(l, 'track'))}</button>
</form>
<h2 style="margin-top:2rem">${esc(t(l, 'by_number'))}</h2>
<form class="lookup" method="get" action="/">
<input type="hidden" name="lang" value="${esc(l)}">
<label for="tracking">${esc(t(l, 'tracking_number'))}</label>
<input id="tracking" name="tracking" autocomplete="off" required>
<button type="submit">${esc(t(l, 'track'))}</button>
</form>`;
  return layout(ctx, t(l, 'title'), body);
}

function stepper(parcel, l) {
  const items = parcel.steps.map((s) => {
    const attrs = s.state === 'current' ? ' class="done" aria-current="step"' : s.state === 'done' ? ' class="done"' : '';
    return `<li${attrs}><span>${esc(s.label)}</span></li>`;
  });
  const now = parcel.steps.find((s) => s.state === 'current');
  // On narrow screens the six labels do not fit: the bar stays, and the current step is written
  // out below it (the list keeps every label for screen readers).
  const caption = now ? `<p class="step-now" aria-hidden="true">${esc(now.label)}</p>` : '';
  return `<ol class="stepper" aria-label="${esc(t(l, 'progress'))}">${items.join('')}</ol>${caption}`;
}

function history(events, l) {
  const latest = [...events].reverse();
  if (!latest.length) return `<p>${esc(t(l, 'no_updates'))}</p>`;
  const item = (e) => {
    const place = e.location ? [e.location.city, e.location.country].filter(Boolean).join(', ') : '';
    return `<li><time datetime="${esc(e.time)}">${esc(localTime(e.time, l))}</time>${esc(e.description || '')}${place ? ` · ${esc(place)}` : ''}</li>`;
  };
  const first = latest.slice(0, HISTORY_SHOWN).map(item).join('');
  const rest = latest.slice(HISTORY_SHOWN).map(item).join('');
  const more = rest
    ? `<details><summary>${esc(t(l, 'show_more'))} (${latest.length})</summary><ol class="history">${rest}</ol></details>`
    : '';
  return `<ol class="history">${first}</ol>${more}`;
}

function helpLinks(ctx, late) {
  const { brand, locale: l } = ctx;
  const links = [];
  if (brand.support_url) links.push(`<a href="${esc(brand.support_url)}">${esc(t(l, 'contact_support'))}</a>`);
  else if (brand.support_email) links.push(`<a href="mailto:${esc(brand.support_email)}">${esc(t(l, 'contact_support'))}</a>`);
  if (!late && brand.returns_url) links.push(`<a href="${esc(brand.returns_url)}">${esc(t(l, 'returns'))}</a>`);
  return links;
}

function parcelCard(ctx, parcel, index, total) {
  const l = ctx.locale;
  const s = parcel.snapshot;
  const verdict = s.health && s.health.verdict;
  const late = LATE_VERDICTS.has(verdict);
  const heading = total > 1 ? `<h2>${esc(t(l, 'parcel_of', { n: index + 1, total }))}</h2>` : '';
  const msg = s.message || {};
  let when = '';
  if (!s.terminal && NO_DATE_VERDICTS.has(verdict)) {
    when = `<p class="nodate">${esc(t(l, 'no_date'))}</p>`;
  } else if (!s.terminal && s.window && s.status !== 'available_for_pickup') {
    when = `<p class="window"><span>${esc(t(l, 'expected'))}</span><strong>${esc(windowRange(s.window.earliest, s.window.latest, l))}</strong></p>`;
  }
  const help = helpLinks(ctx, late);
  const lateBox = late
    ? `<div class="late" role="status"><strong>${esc(t(l, 'running_late'))}</strong>${help.length ? `<p>${help[0]}</p>` : ''}</div>`
    : '';
  const facts = [];
  if (parcel.carrierName) facts.push(`<dt>${esc(t(l, 'carrier'))}</dt><dd>${esc(parcel.carrierName)}</dd>`);
  if (parcel.trackingNumber) {
    const link = parcel.carrierUrl ? ` · <a href="${esc(parcel.carrierUrl)}" rel="noopener noreferrer">${esc(t(l, 'carrier_link'))}</a>` : '';
    facts.push(`<dt>${esc(t(l, 'tracking_number'))}</dt><dd>${esc(parcel.trackingNumber)}${link}</dd>`);
  }
  if (parcel.pickup) facts.push(`<dt>${esc(t(l, 'pickup_point'))}</dt><dd>${esc(parcel.pickup)}</dd>`);
  return `<section class="parcel" aria-label="${esc(total > 1 ? t(l, 'parcel_of', { n: index + 1, total }) : msg.headline || '')}">
${heading}<p class="headline">${esc(msg.headline || '')}</p>
${msg.next ? `<p class="next">${esc(msg.next)}</p>` : ''}${msg.action ? `<p class="action">${esc(msg.action)}</p>` : ''}
${lateBox}${when}${stepper(parcel, l)}
<dl class="facts">${facts.join('')}</dl>
<h3>${esc(t(l, 'history'))}</h3>${history(s.events || [], l)}
</section>`;
}

function recommendations(ctx) {
  const recs = ctx.brand.recommendations || [];
  if (!recs.length) return '';
  const items = recs.slice(0, 6).map((r) => {
    const img = r.image ? `<img src="${esc(r.image)}" alt="" loading="lazy">` : '';
    return `<li><a href="${esc(r.url || '#')}">${img}<span>${esc(r.title || '')}</span></a></li>`;
  });
  return `<section aria-labelledby="recs"><h2 id="recs">${esc(t(ctx.locale, 'recommended'))}</h2><ul class="recs">${items.join('')}</ul></section>`;
}

/** The order page. `showOrder` false hides the order's identity (tracking-number lookups). */
function orderPage(ctx, { orderId, parcels, showOrder }) {
  const l = ctx.locale;
  const title = showOrder ? t(l, 'order', { id: orderId }) : t(l, 'title');
  const cards = parcels.map((p, i) => parcelCard(ctx, p, i, parcels.length)).join('');
  const help = helpLinks(ctx, false);
  const helpBox = help.length ? `<section class="help" aria-label="${esc(t(l, 'need_help'))}"><strong>${esc(t(l, 'need_help'))}</strong>${help.join('')}</section>` : '';
  return layout(ctx, title, `<h1>${esc(title)}</h1>${cards}${helpBox}${recommendations(ctx)}`);
}

module.exports = { lookupForm, orderPage, layout, NO_DATE_VERDICTS };
