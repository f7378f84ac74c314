'use strict';
// Shared set-up for the browser tests: the demo data behind an in-process server on a free
// localhost port, and headless Debian Chromium launched the way this closed network needs.
const fs = require('node:fs');
const http = require('node:http');
const os = require('node:os');
const path = require('node:path');
const { chromium } = require('playwright-core');
const { loadStore } = require('../lib/store');
const { loadBrand } = require('../lib/brand');
const { createTracker } = require('../lib/core');
const { createApp } = require('../lib/app');
const { RateLimiter } = require('../lib/auth');

const ROOT = path.join(__dirname, '..');
const NOW = new Date('2024-05-15T10:00:00Z');
const SECRET = 'test-secret-not-for-production';
const ARTIFACTS = path.join(ROOT, 'test-artifacts');

async function startServer(extra = {}) {
  const app = createApp({
    store: loadStore(path.join(ROOT, 'data', 'demo.jsonl')),
    tracker: createTracker([]),
    brand: loadBrand(path.join(ROOT, 'data', 'brand.json')),
    secret: SECRET,
    now: () => NOW,
    emailPreviews: true,
    limiter: new RateLimiter(1000, 60_000),
    ...extra,
  });
  const timings = [];
  const server = http.createServer(async (req, res) => {
    const t0 = process.hrtime.bigint();
    res.on('finish', () => timings.push({ url: req.url, ms: Number(process.hrtime.bigint() - t0) / 1e6 }));
    await app(req, res);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${server.address().port}`;
  return { server, base, timings, close: () => new Promise((r) => server.close(r)) };
}

const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

async function launchBrowser() {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'tracking-page-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    // The page's CSP forbids inline scripts; the test injects axe-core, so it may bypass it.
    bypassCSP: true,
  });
  // Every request must stay on this machine: anything else is recorded and refused.
  const outside = [];
  await context.route('**/*', (route) => {
    const u = new URL(route.request().url());
    if (['127.0.0.1', 'localhost'].includes(u.hostname) || u.protocol === 'data:') return route.continue();
    outside.push(u.href);
    return route.abort();
  });
  const close = async () => {
    await context.close();
    fs.rmSync(userDataDir, { recursive: true, force: true });
  };
  return { context, outside, close };
}

module.exports = { startServer, launchBrowser, NOW, SECRET, ARTIFACTS, ROOT };
