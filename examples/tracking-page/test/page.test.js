'use strict';
// The tracking page in a real browser (Debian Chromium through playwright-core): lookups,
// signed links, every kind of order in the demo data, languages, mobile and desktop layouts,
// accessibility (axe-core) and the rule that no request leaves localhost.
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { test, before, after } = require('node:test');
const { startServer, launchBrowser, NOW, ARTIFACTS } = require('./helpers');
const { createTracker } = require('../lib/core');
const { loadStore } = require('../lib/store');
const { TEXT } = require('../lib/labels');

const AXE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const store = loadStore(path.join(__dirname, '..', 'data', 'demo.jsonl'));
const tracker = createTracker([]);
let srv;
let browser;
const bytes = [];

before(async () => {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  srv = await startServer();
  browser = await launchBrowser();
});

after(async () => {
  await browser.close();
  await srv.close();
});

async function newPage(width = 360) {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width, height: 800 });
  page.on('response', async (r) => {
    try {
      bytes.push((await r.body()).length);
    } catch {
      /* redirects have no body */
    }
  });
  return page;
}

async function lookup(page, order, secret, lang = 'en') {
  await page.goto(`${srv.base}/?lang=${lang}`);
  await page.fill('#order', order);
  await page.fill('#secret', secret);
  await Promise.all([page.waitForURL(/\/t\//), page.click('form[action="/lookup"] button')]);
}

function coreSnapshot(orderId, index, locale) {
  return tracker.track(store.order(orderId).shipments[index], NOW, locale);
}

async function axeCheck(page, name) {
  await page.addScriptTag({ content: AXE });
  const result = await page.evaluate(async () => window.axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }));
  const bad = result.violations.filter((v) => ['serious', 'critical'].includes(v.impact));
  assert.deepEqual(bad.map((v) => `${v.id}: ${v.nodes.length}`), [], `axe on ${name}`);
}

async function noHorizontalScroll(page) {
  const [scroll, client] = await page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]);
  assert.ok(scroll <= client, `page is ${scroll}px wide in a ${client}px viewport`);
}

test('lookup by order number and e-mail shows the delivered order, accessibly, at 360 px', async () => {
  const page = await newPage(360);
  await lookup(page, '1001', 'Anna@Example.com ');
  const snap = coreSnapshot('1001', 0, 'en');
  assert.equal(await page.textContent('h1'), 'Order 1001');
  assert.equal((await page.textContent('.headline')).trim(), snap.message.headline);
  assert.equal(await page.locator('.stepper li').count(), 6);
  assert.equal(await page.locator('.stepper li[aria-current="step"]').textContent(), 'Delivered');
  assert.equal(await page.locator('.window').count(), 0, 'a delivered parcel has no window');
  // History: latest first, in the scan's local time (Berlin, +02:00), the rest behind "show all".
  const first = page.locator('.history li').first();
  assert.match(await first.textContent(), /1:47\sPM.*erfolgreich zugestellt/s);
  assert.equal(await page.locator('.history li:visible').count(), 5);
  await page.click('details summary');
  assert.equal(await page.locator('.history li:visible').count(), 6);
  await noHorizontalScroll(page);
  await axeCheck(page, 'delivered order');
  await page.screenshot({ path: path.join(ARTIFACTS, 'order-delivered-360.png'), fullPage: true });
  await page.close();
});

test('a wrong e-mail and an unknown order give the same answer, revealing nothing', async () => {
  const post = (body) => fetch(`${srv.base}/lookup`, { method: 'POST', body: new URLSearchParams(body), redirect: 'manual' });
  const wrong = await post({ order: '1001', email: 'someone@else.example', lang: 'en' });
  const absent = await post({ order: '9999', email: 'someone@else.example', lang: 'en' });
  assert.equal(wrong.status, 404);
  assert.equal(absent.status, 404);
  const [a, b] = [await wrong.text(), await absent.text()];
  assert.equal(a.replace('1001', 'X'), b.replace('9999', 'X'));
  assert.ok(!a.includes('anna') && !a.includes('Berlin'));
  const page = await newPage(360);
  await page.goto(`${srv.base}/`);
  await page.fill('#order', '1002');
  await page.fill('#secret', '99999');
  await page.click('form[action="/lookup"] button');
  assert.equal(await page.textContent('[role=alert]'), TEXT.not_found[0]);
  await axeCheck(page, 'lookup form with error');
  await page.close();
});

test('a forged or edited signed link is refused without showing the order', async () => {
  const ok = await fetch(`${srv.base}/?order=1002&postcode=11201`, { redirect: 'manual' });
  assert.equal(ok.status, 303);
  const link = srv.base + ok.headers.get('location');
  const [, payload, sig] = /\/t\/([^.]+)\.([^?]+)/.exec(link);
  const otherOrder = Buffer.from(JSON.stringify({ o: '1001', e: NOW.getTime() + 1e9 })).toString('base64url');
  for (const forged of [`${otherOrder}.${sig}`, `${payload}.${sig.slice(0, -2)}AA`, 'garbage', `${payload}.`]) {
    const r = await fetch(`${srv.base}/t/${forged}`);
    const body = await r.text();
    assert.equal(r.status, 403, forged);
    assert.ok(body.includes(TEXT.link_invalid[0].replace(/’/g, '&#39;').slice(0, 20)) || body.includes('not valid'));
    assert.ok(!body.includes('Order 100'), 'no order shown for a forged token');
  }
  const page = await newPage(1280);
  await page.goto(link);
  assert.equal(await page.textContent('h1'), 'Order 1002');
  await page.close();
});

test('an in-transit parcel shows its window, carrier and link; desktop layout', async () => {
  const page = await newPage(1280);
  await lookup(page, '1002', '11201');
  const snap = coreSnapshot('1002', 0, 'en');
  assert.ok(snap.window, 'the library gives a window');
  const box = await page.textContent('.window');
  assert.match(box, /Expected/);
  const day = new Intl.DateTimeFormat('en', { day: 'numeric', timeZone: 'UTC' }).format(new Date(`${snap.window.earliest}T12:00:00Z`));
  assert.ok(box.includes(day), `${box} mentions the window's first day`);
  const href = await page.getAttribute('dl.facts a', 'href');
  assert.match(href, /^https:\/\/www\.ups\.com\//);
  assert.equal(await page.locator('.stepper li[aria-current="step"]').textContent(), 'In transit');
  await axeCheck(page, 'in-transit order');
  await page.screenshot({ path: path.join(ARTIFACTS, 'order-in-transit-desktop.png'), fullPage: true });
  await page.close();
});

test('a parcel at a pickup point shows the side state, the place and the deadline', async () => {
  const page = await newPage(360);
  await lookup(page, '1003', 'chris@example.com');
  const snap = coreSnapshot('1003', 0, 'en');
  assert.equal(snap.status, 'available_for_pickup');
  assert.equal(await page.locator('.stepper li[aria-current="step"]').textContent(), 'Ready for pickup');
  assert.ok(await page.isVisible('.step-now'), 'the current step is written out on a phone');
  assert.equal(await page.textContent('.step-now'), 'Ready for pickup');
  assert.match(await page.textContent('dl.facts'), /Pickup point.*Amsterdam/s);
  assert.ok((await page.textContent('.parcel')).includes(snap.message.action || snap.message.next));
  assert.equal(await page.locator('.window').count(), 0, 'no delivery window once it waits for collection');
  await noHorizontalScroll(page);
  await page.close();
});

test('a stalled parcel shows no stale date, a running-late notice and the support link', async () => {
  const page = await newPage(360);
  await lookup(page, '1004', 'dora@example.com');
  const snap = coreSnapshot('1004', 0, 'en');
  assert.ok(['stalled', 'likely_lost', 'delayed'].includes(snap.health.verdict), snap.health.verdict);
  assert.equal(await page.locator('.window').count(), 0);
  if (snap.health.verdict !== 'delayed') assert.equal(await page.locator('.nodate').count(), 1);
  assert.match(await page.textContent('.late'), /Running late/);
  assert.equal(await page.getAttribute('.late a', 'href'), 'https://shop.example/help');
  await axeCheck(page, 'stalled order');
  await page.screenshot({ path: path.join(ARTIFACTS, 'order-stalled-360.png'), fullPage: true });
  await page.close();
});

test('a split order shows each parcel with its own status', async () => {
  const page = await newPage(360);
  await lookup(page, '1005', 'eva@example.com');
  const headings = await page.locator('.parcel h2').allTextContents();
  assert.deepEqual(headings, ['Parcel 1 of 2', 'Parcel 2 of 2']);
  const headlines = await page.locator('.parcel .headline').allTextContents();
  assert.deepEqual(headlines, [coreSnapshot('1005', 0, 'en').message.headline, coreSnapshot('1005', 1, 'en').message.headline]);
  assert.notEqual(headlines[0], headlines[1]);
  await page.screenshot({ path: path.join(ARTIFACTS, 'order-split-360.png'), fullPage: true });
  await page.close();
});

test('language follows Accept-Language and the switch, with no English left over', async () => {
  const context = browser.context;
  const page = await newPage(360);
  await page.setExtraHTTPHeaders({ 'accept-language': 'de-AT,de;q=0.9,en;q=0.5' });
  await page.goto(`${srv.base}/`);
  assert.equal(await page.getAttribute('html', 'lang'), 'de');
  assert.equal(await page.textContent('h1'), 'Bestellung verfolgen');
  await lookup(page, '1003', 'chris@example.com', 'de');
  assert.equal((await page.textContent('.headline')).trim(), coreSnapshot('1003', 0, 'de').message.headline);
  assert.equal(await page.locator('.stepper li[aria-current="step"]').textContent(), 'Abholbereit');
  await page.click('a[hreflang="pl"]');
  assert.equal(await page.getAttribute('html', 'lang'), 'pl');
  assert.equal((await page.textContent('.headline')).trim(), coreSnapshot('1003', 0, 'pl').message.headline);
  const visible = await page.evaluate(() => document.querySelector('main').innerText);
  for (const english of ['Order ', 'Shipment history', 'Carrier', 'Tracking number', 'Pickup point', 'Ready for pickup', 'Delivered', 'Need help']) {
    assert.ok(!visible.includes(english), `"${english}" left in the Polish page`);
  }
  assert.ok(context);
  await page.close();
});

test('the switch from Brazilian to European Portuguese changes the page and the library text', async () => {
  const page = await newPage(360);
  await page.setExtraHTTPHeaders({ 'accept-language': 'pt-PT,pt;q=0.9' });
  await page.goto(`${srv.base}/`);
  assert.equal(await page.getAttribute('html', 'lang'), 'pt-PT');
  await lookup(page, '1003', 'chris@example.com', 'pt-BR');
  assert.equal(await page.getAttribute('html', 'lang'), 'pt-BR');
  assert.equal(await page.textContent('h1'), 'Pedido 1003');
  const br = coreSnapshot('1003', 0, 'pt-BR').message;
  const pt = coreSnapshot('1003', 0, 'pt-PT').message;
  assert.equal((await page.textContent('.headline')).trim(), br.headline);
  await page.click('a[hreflang="pt-PT"]');
  assert.equal(await page.getAttribute('html', 'lang'), 'pt-PT');
  assert.equal(await page.textContent('h1'), 'Encomenda 1003');
  assert.equal((await page.textContent('.headline')).trim(), pt.headline);
  const visible = await page.evaluate(() => document.querySelector('main').innerText);
  assert.ok(visible.includes('Ponto de recolha'), visible);
  // Neither the page's Brazilian words nor the library's Brazilian sentences are left.
  const brSentences = [br.headline, br.next, br.action].filter((w) => w && ![pt.headline, pt.next, pt.action].includes(w));
  assert.ok(brSentences.length > 0, 'the library words this parcel differently in pt-BR and pt-PT');
  for (const brazilian of ['Pedido ', 'Rastre', 'Ponto de retirada', ...brSentences]) {
    assert.ok(!visible.includes(brazilian), `"${brazilian}" left in the European Portuguese page`);
  }
  await page.close();
});

test('a tracking-number lookup shows the parcel without the order or personal details', async () => {
  const page = await newPage(360);
  await page.goto(`${srv.base}/?tracking=1z%20879%20e93%2003%204683%20444%200`);
  const text = await page.evaluate(() => document.body.innerText);
  assert.ok(text.includes(coreSnapshot('1002', 0, 'en').message.headline));
  assert.ok(!text.includes('1002') && !text.includes('ben@') && !text.includes('11201'));
  const missing = await fetch(`${srv.base}/?tracking=XX123`);
  assert.equal(missing.status, 404);
  await page.close();
});

test('notification e-mails: branded, with a signed link that opens the order', async () => {
  const shipped = await fetch(`${srv.base}/emails/1002/shipped`);
  const kinds = [];
  for (const kind of ['shipped', 'out_for_delivery', 'available_for_pickup', 'delay', 'delivered', 'action_required']) {
    for (const order of ['1001', '1002', '1003', '1004', '1005']) {
      const r = await fetch(`${srv.base}/emails/${order}/${kind}`);
      if (r.status === 200) {
        kinds.push(kind);
        break;
      }
    }
  }
  assert.ok(kinds.includes('delivered') && kinds.includes('available_for_pickup'), `e-mails rendered: ${kinds}`);
  const html = shipped.status === 200 ? await shipped.text() : await (await fetch(`${srv.base}/emails/1001/delivered`)).text();
  const link = /href="(http:\/\/127\.0\.0\.1:\d+\/t\/[^"]+)"/.exec(html);
  assert.ok(link, 'the e-mail links to the page with a signed token');
  const page = await newPage(360);
  await page.goto(link[1].replace(/&amp;/g, '&'));
  assert.match(await page.textContent('h1'), /^Order 100[12]$/);
  await page.close();
  const text = await (await fetch(`${srv.base}/emails/1001/delivered?part=text`)).text();
  assert.match(text, /\/t\/[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\?lang=en/);
  assert.equal((await fetch(`${srv.base}/emails/1001/no_such_kind`)).status, 404);
});

test('lookups are rate-limited per client', async () => {
  const { RateLimiter } = require('../lib/auth');
  const limited = await startServer({ limiter: new RateLimiter(3, 60_000) });
  const codes = [];
  for (let i = 0; i < 5; i += 1) codes.push((await fetch(`${limited.base}/?order=1001&email=x@y.z`, { redirect: 'manual' })).status);
  await limited.close();
  assert.deepEqual(codes, [404, 404, 404, 429, 429]);
});

test('no request left localhost; page weight and server time', () => {
  assert.deepEqual(browser.outside, []);
  const pages = srv.timings.filter((t) => t.url.startsWith('/t/'));
  const ms = pages.map((t) => t.ms).sort((a, b) => a - b);
  const total = bytes.reduce((a, b) => a + b, 0);
  console.log(`# order pages: ${pages.length}, server time median ${ms[Math.floor(ms.length / 2)].toFixed(2)} ms, max ${ms[ms.length - 1].toFixed(2)} ms; ${bytes.length} responses, ${total} bytes, largest ${Math.max(...bytes)} bytes`);
  assert.ok(Math.max(...bytes) < 64 * 1024, 'each page stays small (inline CSS, no scripts)');
});
