'use strict';
// The tracking page's HTTP handler (node:http, no framework):
//   GET  /                       lookup form; ?order=&email= (or &postcode=) looks up an order,
//                                ?tracking= a single parcel (no order details shown)
//   POST /lookup                 form fields order + email or postcode
//   GET  /t/<token>              the order behind a signed link (e-mails carry these)
//   GET  /emails/<order>/<kind>  preview of a notification e-mail (only with emailPreviews)
//   GET  /healthz                liveness for a load balancer
// Lookups are rate-limited per client address. A failed lookup gives the same page whether the
// order exists or not.
const { signToken, verifyToken, RateLimiter } = require('./auth');
const { negotiate, supported, t } = require('./labels');
const { lookupForm, orderPage } = require('./view');
const { parcelViews } = require('./parcels');
const { renderEmail, EMAIL_KINDS } = require('./email');

const MAX_BODY = 8 * 1024;
const SECURITY_HEADERS = {
  'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data: https:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-store',
};

function send(res, status, body, type = 'text/html; charset=utf-8', extra = {}) {
  res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body), ...SECURITY_HEADERS, ...extra });
  res.end(body);
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks = [];
    req.on('data', (c) => {
      size += c.length;
      if (size > MAX_BODY) {
        reject(new Error('body too large'));
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * Creates the request handler. `options`: store, tracker, brand, secret, now (a function giving
 * the clock; fixed for demos and tests), emailPreviews, limiter.
 */
function createApp(options) {
  const { store, tracker, brand, secret } = options;
  const clock = options.now || (() => new Date());
  const limiter = options.limiter || new RateLimiter();

  const ctxFor = (req, url) => {
    const locale = supported(url.searchParams.get('lang')) || negotiate(req.headers['accept-language']);
    const keep = new URLSearchParams(url.searchParams);
    keep.delete('lang');
    const qs = keep.toString();
    return { brand, locale, path: url.pathname + (qs ? `?${qs}` : '') };
  };

  const showOrder = (res, ctx, order) => {
    const parcels = parcelViews(tracker, order.shipments, clock(), ctx.locale);
    send(res, 200, orderPage(ctx, { orderId: order.id, parcels, showOrder: true }));
  };

  const redirectToOrder = (res, ctx, order) => {
    const token = signToken(secret, order.id, clock());
    res.writeHead(303, { location: `/t/${token}?lang=${encodeURIComponent(ctx.locale)}`, ...SECURITY_HEADERS });
    res.end();
  };

  // Both failures (no such order, wrong e-mail or postcode) give this same response.
  const notFound = (res, ctx, order) => send(res, 404, lookupForm({ ...ctx, path: '/' }, { error: t(ctx.locale, 'not_found'), order }));

  const lookup = (req, res, ctx, fields) => {
    if (!limiter.allow(req.socket.remoteAddress || 'unknown')) {
      return send(res, 429, lookupForm(ctx, { error: t(ctx.locale, 'too_many') }), undefined, { 'retry-after': '60' });
    }
    const secretField = fields.get('email') || fields.get('postcode') || '';
    const order = store.lookup(fields.get('order'), secretField);
    return order ? redirectToOrder(res, ctx, order) : notFound(res, ctx, fields.get('order') || '');
  };

  const byTrackingNumber = (req, res, ctx, number) => {
    if (!limiter.allow(req.socket.remoteAddress || 'unknown')) {
      return send(res, 429, lookupForm(ctx, { error: t(ctx.locale, 'too_many') }), undefined, { 'retry-after': '60' });
    }
    const found = store.parcel(number);
    if (!found) return send(res, 404, lookupForm({ ...ctx, path: '/' }, { error: t(ctx.locale, 'parcel_not_found') }));
    const parcels = parcelViews(tracker, [found.shipment], clock(), ctx.locale);
    return send(res, 200, orderPage(ctx, { orderId: null, parcels, showOrder: false }));
  };

  return async function handle(req, res) {
    const url = new URL(req.url, 'http://localhost');
    const ctx = ctxFor(req, url);
    try {
      if (req.method === 'GET' && url.pathname === '/healthz') return send(res, 200, 'ok', 'text/plain');
      if (req.method === 'GET' && url.pathname === '/') {
        const q = url.searchParams;
        if (q.get('tracking')) return byTrackingNumber(req, res, ctx, q.get('tracking'));
        if (q.get('order') && (q.get('email') || q.get('postcode'))) return lookup(req, res, ctx, q);
        return send(res, 200, lookupForm(ctx));
      }
      if (req.method === 'POST' && url.pathname === '/lookup') {
        const fields = new URLSearchParams(await readBody(req));
        const locale = supported(fields.get('lang')) || ctx.locale;
        return lookup(req, res, { ...ctx, locale, path: '/' }, fields);
      }
      const token = /^\/t\/([A-Za-z0-9_\-.]+)$/.exec(url.pathname);
      if (req.method === 'GET' && token) {
        const orderId = verifyToken(secret, token[1], clock());
        const order = orderId && store.order(orderId);
        if (!order) return send(res, 403, lookupForm({ ...ctx, path: '/' }, { error: t(ctx.locale, 'link_invalid') }));
        return showOrder(res, ctx, order);
      }
      const email = /^\/emails\/([^/]+)\/([a-z_]+)$/.exec(url.pathname);
      if (req.method === 'GET' && email && options.emailPreviews) {
        const order = store.order(decodeURIComponent(email[1]));
        if (!order || !EMAIL_KINDS.includes(email[2])) return send(res, 404, 'not found', 'text/plain; charset=utf-8');
        const mail = renderEmail({ brand, tracker, order, kind: email[2], locale: ctx.locale, now: clock(), secret, baseUrl: options.baseUrl || `http://${req.headers.host}` });
        if (!mail) return send(res, 404, 'no such notification for this order now', 'text/plain; charset=utf-8');
        return url.searchParams.get('part') === 'text' ? send(res, 200, mail.text, 'text/plain; charset=utf-8') : send(res, 200, mail.html);
      }
      return send(res, 404, 'not found', 'text/plain; charset=utf-8');
    } catch (e) {
      // The library reports bad data as typed errors; the customer sees a generic page, the log the cause.
      console.error(JSON.stringify({ path: url.pathname, error: { kind: e.code || 'internal', message: e.message } }));
      return send(res, 500, lookupForm({ ...ctx, path: '/' }, { error: t(ctx.locale, 'unavailable') }));
    }
  };
}

module.exports = { createApp };
