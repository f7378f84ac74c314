'use strict';
// Signed links and lookup throttling. The link token carries the order id and an expiry, signed
// with HMAC-SHA256 under the server's secret, so an e-mail link opens the order without asking
// for the e-mail address again, and a forged or edited token is refused.
const crypto = require('node:crypto');

const DAY_MS = 24 * 60 * 60 * 1000;

function b64url(buf) {
  return Buffer.from(buf).toString('base64url');
}

function mac(secret, payload) {
  return crypto.createHmac('sha256', secret).update(payload).digest();
}

/** A token for `orderId`, valid until `now + ttlDays`. */
function signToken(secret, orderId, now, ttlDays = 90) {
  const payload = b64url(JSON.stringify({ o: String(orderId), e: now.getTime() + ttlDays * DAY_MS }));
  return `${payload}.${b64url(mac(secret, payload))}`;
}

/** The order id of a valid, unexpired token, or null (forged, edited, expired or malformed). */
function verifyToken(secret, token, now) {
  if (typeof token !== 'string' || token.length > 512) return null;
  const dot = token.indexOf('.');
  if (dot <= 0) return null;
  const payload = token.slice(0, dot);
  let given;
  try {
    given = Buffer.from(token.slice(dot + 1), 'base64url');
  } catch {
    return null;
  }
  const expected = mac(secret, payload);
  if (given.length !== expected.length || !crypto.timingSafeEqual(given, expected)) return null;
  let claims;
  try {
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (!claims || typeof claims.o !== 'string' || typeof claims.e !== 'number') return null;
  return claims.e >= now.getTime() ? claims.o : null;
}

/** Compares two secrets-ish strings without leaking where they differ. */
function sameText(a, b) {
  const x = crypto.createHash('sha256').update(String(a)).digest();
  const y = crypto.createHash('sha256').update(String(b)).digest();
  return crypto.timingSafeEqual(x, y);
}

/**
 * A fixed-window limiter per client: at most `limit` lookups per `windowMs`. Memory stays
 * bounded: windows that ended are dropped when the map grows.
 */
class RateLimiter {
  constructor(limit = 20, windowMs = 60_000, maxClients = 10_000) {
    this.limit = limit;
    this.windowMs = windowMs;
    this.maxClients = maxClients;
    this.clients = new Map();
  }

  /** Whether `client` may look up now; counts the attempt. Uses the real clock on purpose. */
  allow(client, nowMs = Date.now()) {
    let slot = this.clients.get(client);
    if (!slot || nowMs - slot.start >= this.windowMs) {
      if (this.clients.size >= this.maxClients) this.prune(nowMs);
      slot = { start: nowMs, count: 0 };
      this.clients.set(client, slot);
    }
    slot.count += 1;
    return slot.count <= this.limit;
  }

  prune(nowMs) {
    for (const [k, v] of this.clients) if (nowMs - v.start >= this.windowMs) this.clients.delete(k);
    if (this.clients.size >= this.maxClients) this.clients.clear();
  }
}

module.exports = { signToken, verifyToken, sameText, RateLimiter };
