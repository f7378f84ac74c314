'use strict';
// The page's own logic without a browser: signed links, lookups, languages, brand contrast.
const assert = require('node:assert/strict');
const { test } = require('node:test');
const { signToken, verifyToken, RateLimiter } = require('../lib/auth');
const { Store } = require('../lib/store');
const { negotiate, TEXT, LOCALES } = require('../lib/labels');
const { resolveBrand, contrast, parseHex } = require('../lib/brand');
const { localTime, windowRange } = require('../lib/html');

const now = new Date('2024-05-15T10:00:00Z');

test('signed links verify, and expire, and resist edits', () => {
  const tok = signToken('k', 'A-1', now, 1);
  assert.equal(verifyToken('k', tok, now), 'A-1');
  assert.equal(verifyToken('other key', tok, now), null);
  assert.equal(verifyToken('k', tok, new Date(now.getTime() + 2 * 86_400_000)), null, 'expired');
  const [payload, sig] = tok.split('.');
  const edited = Buffer.from(JSON.stringify({ o: 'A-2', e: now.getTime() + 1e9 })).toString('base64url');
  assert.equal(verifyToken('k', `${edited}.${sig}`, now), null);
  for (const bad of ['', '.', 'x.y', `${payload}`, `${payload}.${sig}x`, 'a'.repeat(600), null]) {
    assert.equal(verifyToken('k', bad, now), null, String(bad));
  }
});

test('the limiter allows a burst per client, then refuses, and resets with the window', () => {
  const l = new RateLimiter(2, 1000);
  assert.deepEqual([l.allow('a', 0), l.allow('a', 10), l.allow('a', 20), l.allow('b', 20)], [true, true, false, true]);
  assert.equal(l.allow('a', 1001), true);
});

test('lookups match e-mail (any case) or postcode (any spacing), never an empty secret', () => {
  const s = new Store();
  const errors = s.load([
    JSON.stringify({ id: 'p1', order_id: 'O1', email: 'Ann@Example.com', destination: { postal_code: '1012 AB' }, events: [] }),
    '{not json',
    '[]',
    JSON.stringify({ order_id: 'O2', email: 'b@x.io', shipments: [{ id: 'p2', tracking_number: '1z 999' }, { id: 'p3' }] }),
    JSON.stringify({ id: 'p1', order_id: 'O1', carrier: 'ups', events: [] }),
  ].join('\n'));
  assert.deepEqual(errors.map((e) => e.line), [2, 3], 'bad lines reported with their numbers');
  assert.equal(s.lookup('O1', 'ann@example.COM ').id, 'O1');
  assert.equal(s.lookup('#O1', '1012ab').id, 'O1');
  assert.equal(s.lookup('O1', 'wrong@example.com'), null);
  assert.equal(s.lookup('O1', ''), null);
  assert.equal(s.lookup('nope', 'ann@example.com'), null);
  assert.equal(s.order('O2').shipments.length, 2, 'an order line brings its parcels');
  assert.equal(s.order('O1').shipments.length, 1, 'a repeated parcel id replaces the parcel');
  assert.equal(s.order('O1').shipments[0].carrier, 'ups');
  assert.equal(s.parcel('1Z999').shipment.id, 'p2');
});

test('Accept-Language picks the best supported locale', () => {
  assert.equal(negotiate('fr-CH, fr;q=0.9, en;q=0.8'), 'fr');
  assert.equal(negotiate('ja, pt;q=0.5'), 'pt-BR');
  assert.equal(negotiate('pt-PT,pt;q=0.9'), 'pt-PT');
  assert.equal(negotiate('pt-pt'), 'pt-PT');
  assert.equal(negotiate('pt-AO'), 'pt-BR');
  assert.equal(negotiate('en;q=0.1, pl;q=0.9'), 'pl');
  assert.equal(negotiate(''), 'en');
  assert.equal(negotiate('*'), 'en');
});

test('every page text exists in every locale, with the same placeholders', () => {
  for (const [key, row] of Object.entries(TEXT)) {
    assert.equal(row.length, LOCALES.length, key);
    const names = (s) => (s.match(/\{\w+\}/g) || []).sort().join();
    for (const s of row) assert.equal(names(s), names(row[0]), `${key}: ${s}`);
  }
});

test('brand colours are made accessible: 4.5:1 for links, 7:1 for text', () => {
  const b = resolveBrand({ colors: { primary: '#ffe14d', text: '#777777' } });
  assert.ok(contrast(parseHex(b.css.accent), parseHex(b.css.background)) >= 4.5);
  assert.ok(contrast(parseHex(b.css.text), parseHex(b.css.background)) >= 7);
  assert.ok(contrast(parseHex(b.css.onAccent), parseHex(b.css.accent)) >= 4.5);
  assert.throws(() => resolveBrand({ colors: { primary: 'red' } }), /brand\.colors\.primary/);
  assert.throws(() => resolveBrand({ support_url: 'javascript:alert(1)' }), /brand\.support_url/);
});

test('scan times are written in the scan’s own offset', () => {
  assert.equal(localTime('2024-05-06T23:30:00-04:00', 'en-GB'), '6 May 2024, 23:30');
  assert.equal(localTime('2024-05-06T23:30:00Z', 'en-GB'), '6 May 2024, 23:30');
  assert.equal(windowRange('2024-05-14', '2024-05-14', 'en-GB'), 'Tue 14 May');
});
