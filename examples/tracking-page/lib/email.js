'use strict';
// Notification e-mails: for a notification the library decides (shipped, out for delivery, ready
// for pickup, delayed, delivered, action required), an HTML e-mail and its text part in the shop's
// brand, with a signed link to the tracking page. Nothing is sent: a shop passes the result to its
// own mailer.
const { signToken } = require('./auth');
const { esc, windowRange } = require('./html');
const { t } = require('./labels');
const { tc } = require('./core');
const { NO_DATE_VERDICTS } = require('./view');

const EMAIL_KINDS = ['shipped', 'out_for_delivery', 'available_for_pickup', 'delay', 'delivered', 'action_required'];

/**
 * The notifications the library would send now for `order`'s parcels, first observation
 * (no previous snapshot), as `[{shipment, snapshot, notification}]`.
 */
function notificationsNow(tracker, order, now, locale) {
  const out = [];
  for (const shipment of order.shipments) {
    const snapshot = tracker.track(shipment, now, locale);
    for (const notification of tc.decide(null, snapshot, null, now)) out.push({ shipment, snapshot, notification });
  }
  return out;
}

/**
 * Renders the e-mail of kind `kind` for `order`: `{subject, html, text}`, or null when the
 * library decides no such notification for the order now.
 */
function renderEmail({ brand, tracker, order, kind, locale, now, secret, baseUrl }) {
  const hit = notificationsNow(tracker, order, now, locale).find((n) => n.notification.kind === kind);
  if (!hit) return null;
  const { snapshot, notification } = hit;
  const msg = notification.message || snapshot.message;
  const link = `${baseUrl}/t/${signToken(secret, order.id, now)}?lang=${encodeURIComponent(locale)}`;
  const showWindow = snapshot.window && !snapshot.terminal && !NO_DATE_VERDICTS.has(snapshot.health && snapshot.health.verdict);
  const when = showWindow ? `${t(locale, 'expected')}: ${windowRange(snapshot.window.earliest, snapshot.window.latest, locale)}` : null;
  const lines = [msg.headline, msg.next, msg.action, when].filter(Boolean);
  const c = brand.css;
  const subject = `${msg.headline} · ${t(locale, 'order', { id: order.id })}`;
  const html = `<!doctype html><html lang="${esc(locale)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(subject)}</title></head>
<body style="margin:0;background:#f4f4f4;font-family:${esc(brand.font)};color:${c.text}">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px 12px">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="max-width:560px;background:${c.background};border-radius:8px">
<tr><td style="padding:20px 24px;border-bottom:4px solid ${c.accent};font-size:20px;font-weight:bold">${brand.logo ? `<img src="${esc(brand.logo)}" alt="${esc(brand.name)}" height="36">` : esc(brand.name)}</td></tr>
<tr><td style="padding:24px">
<h1 style="font-size:22px;margin:0 0 12px">${esc(msg.headline)}</h1>
${msg.next ? `<p style="margin:0 0 8px;font-size:16px">${esc(msg.next)}</p>` : ''}
${msg.action ? `<p style="margin:0 0 8px;font-size:16px;font-weight:bold">${esc(msg.action)}</p>` : ''}
${when ? `<p style="margin:12px 0;font-size:16px">${esc(when)}</p>` : ''}
<p style="margin:24px 0"><a href="${esc(link)}" style="background:${c.accent};color:${c.onAccent};padding:12px 20px;border-radius:6px;text-decoration:none;display:inline-block;font-weight:bold">${esc(t(locale, 'view_order'))}</a></p>
<p style="margin:0;font-size:14px;color:#595959">${esc(t(locale, 'order', { id: order.id }))}</p>
</td></tr>
<tr><td style="padding:16px 24px;font-size:12px;color:#595959">${esc(t(locale, 'email_footer', { shop: brand.name }))}</td></tr>
</table></td></tr></table></body></html>`;
  const text = `${lines.join('\n')}\n\n${t(locale, 'view_order')}: ${link}\n\n${t(locale, 'email_footer', { shop: brand.name })}\n`;
  return { subject, html, text, kind, link, notification };
}

module.exports = { renderEmail, notificationsNow, EMAIL_KINDS };
