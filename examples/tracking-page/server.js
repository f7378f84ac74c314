#!/usr/bin/env node
'use strict';
// A branded tracking page for a shop, driven by tracking-core. No network calls.
//   node examples/tracking-page/server.js --data FILE [--port N] [--model FILE]... \
//        [--brand brand.json] [--now RFC3339] [--secret S] [--email-previews]
const http = require('node:http');
const crypto = require('node:crypto');
const { parseArgs } = require('node:util');
const { loadStore } = require('./lib/store');
const { loadBrand } = require('./lib/brand');
const { createTracker } = require('./lib/core');
const { createApp } = require('./lib/app');

const USAGE = `usage: node server.js --data FILE [--port N] [--host H] [--model FILE]... [--brand brand.json]
                      [--now RFC3339] [--secret SECRET] [--email-previews]
  --data            shipments or orders as JSON lines (order_id, email, destination.postal_code)
  --model           a transit model (learn) or dwell model (health --learn); repeat for both
  --brand           the shop's brand: name, logo, colors, font, support/returns URLs, recommendations
  --now             a fixed clock (demos, tests); default: the real clock
  --secret          HMAC secret for signed links (default: $TRACKING_PAGE_SECRET, else random per run)
  --email-previews  serve GET /emails/<order>/<kind> (keep off in production)`;

function main() {
  let args;
  try {
    args = parseArgs({
      options: {
        data: { type: 'string' }, port: { type: 'string', default: '8080' }, host: { type: 'string', default: '127.0.0.1' },
        model: { type: 'string', multiple: true, default: [] }, brand: { type: 'string' }, now: { type: 'string' },
        secret: { type: 'string' }, 'email-previews': { type: 'boolean', default: false }, help: { type: 'boolean' },
      },
    }).values;
  } catch (e) {
    console.error(`${e.message}\n${USAGE}`);
    process.exit(2);
  }
  if (args.help || !args.data) {
    console.error(USAGE);
    process.exit(args.help ? 0 : 2);
  }
  const fixed = args.now ? new Date(args.now) : null;
  if (fixed && Number.isNaN(fixed.getTime())) {
    console.error(`--now: not an RFC 3339 instant: ${args.now}`);
    process.exit(2);
  }
  const store = loadStore(args.data);
  for (const e of store.errors) console.error(JSON.stringify({ file: args.data, ...e }));
  const app = createApp({
    store,
    tracker: createTracker(args.model),
    brand: loadBrand(args.brand),
    secret: args.secret || process.env.TRACKING_PAGE_SECRET || crypto.randomBytes(32).toString('hex'),
    now: fixed ? () => fixed : undefined,
    emailPreviews: args['email-previews'],
  });
  const server = http.createServer(app);
  server.listen(Number(args.port), args.host, () => {
    const { port } = server.address();
    console.log(`tracking page on http://${args.host}:${port}/ (${store.orders.size} orders)`);
  });
}

main();
