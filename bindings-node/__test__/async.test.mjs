// The ...Async variants: same answers as the sync calls, Promises that settle later, and an
// event loop that keeps running while the core works on the libuv pool.
import { test } from "node:test";
import assert from "node:assert/strict";
import { tc } from "./helpers.mjs";

const NOW = "2024-04-01T00:00:00Z";

function history(n) {
  const out = [];
  for (let i = 0; i < n; i++) {
    const d = 1 + (i % 25);
    out.push({
      id: `h${i}`, carrier: ["ups", "dhl", "fedex"][i % 3],
      origin: { country: "US", region: ["CA", "NY", "TX"][i % 3] },
      destination: { country: "US", region: ["WA", "FL", "IL", "GA"][i % 4] },
      shipped_at: `2024-02-${String(d).padStart(2, "0")}T10:00:00Z`,
      delivered_at: `2024-03-${String(d).padStart(2, "0")}T15:00:00Z`,
    });
  }
  return out;
}

test("async results equal the sync results", async () => {
  const h = history(300);
  const events = h.map((s, i) => ({ carrier: s.carrier, description: i % 2 ? "Delivered" : "In transit" }));
  assert.deepEqual(await tc.normalizeBatchAsync(events), tc.normalizeBatch(events));
  assert.deepEqual(await new tc.Normalizer().normalizeBatchAsync(events), tc.normalizeBatch(events));
  const numbers = ["1Z879E930346834440", "RB123456785GB", "x"];
  assert.deepEqual(await tc.identifyBatchAsync(numbers), tc.identifyBatch(numbers));
  assert.deepEqual((await tc.TransitModel.learnAsync(h, NOW)).toJSON(), tc.TransitModel.learn(h, NOW).toJSON());
  assert.deepEqual((await tc.DwellModel.learnAsync(h, NOW)).toJSON(), tc.DwellModel.learn(h, NOW).toJSON());
  const a = new tc.Assessor();
  assert.deepEqual(await a.assessBatchAsync(h, NOW), a.assessBatch(h, NOW));
  const t = new tc.Tracker();
  const snaps = await t.trackBatchAsync(h.slice(0, 20), NOW, "fr");
  assert.deepEqual(snaps.map((s) => s.toJSON()), t.trackBatch(h.slice(0, 20), NOW, "fr").map((s) => s.toJSON()));
  assert.deepEqual(await tc.reportAsync(h, NOW), tc.report(h, NOW));
});

test("the event loop runs while a heavy call works on the pool", async () => {
  const h = history(20000);
  let ticks = 0;
  const timer = setInterval(() => ticks++, 1);
  const pending = tc.TransitModel.learnAsync(h, NOW);
  // The Promise settles later, not inside the call.
  let settled = false;
  pending.then(() => { settled = true; });
  assert.equal(settled, false);
  const model = await pending;
  clearInterval(timer);
  assert.equal(model.deliveries, 20000);
  assert.ok(ticks > 0, "no timer tick ran while the model was learned");
});
