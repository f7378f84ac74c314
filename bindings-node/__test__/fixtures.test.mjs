// Every conformance vector of fixtures/ (see fixtures/README.md): the Node package must give
// the same answers as the Rust core's runner.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { FIXTURES, same, sameInstant, tc } from "./helpers.mjs";

const INSTANTS = new Set(["since", "shipped_at", "delivered_at", "last_event_at"]);
const FIELDS = new Set(["status", "substatus", "milestone", "direction", "terminal", "progress"]);

function vectors(dir) {
  const path = join(FIXTURES, dir);
  if (!existsSync(path)) return [];
  return readdirSync(path)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => ({ file: f, vector: JSON.parse(readFileSync(join(path, f), "utf8")) }));
}

const shipments = vectors("shipments");
const orders = vectors("orders");

test("fixtures are present", () => {
  assert.ok(shipments.length > 0 && orders.length > 0, "fixtures/ vectors are missing");
});

for (const { file, vector } of shipments) {
  test(`shipment vector ${file}`, () => {
    const snap = tc.Shipment.fromInput(vector.input, vector.now).snapshot();
    const actual = snap.toJSON();
    for (const [key, want] of Object.entries(vector.expected)) {
      if (FIELDS.has(key)) {
        assert.ok(same(want, actual[key]), `${key}: want ${JSON.stringify(want)}, got ${JSON.stringify(actual[key])}`);
      } else if (INSTANTS.has(key)) {
        assert.ok(sameInstant(want, actual[key]), `${key}: want ${want}, got ${actual[key]}`);
        // The getters give the same instant as the JSON shape.
        const getter = { since: snap.since, shipped_at: snap.shippedAt, delivered_at: snap.deliveredAt, last_event_at: snap.lastEventAt }[key];
        assert.ok(sameInstant(want, getter ?? null), `${key} getter`);
      } else if (key === "events") {
        assert.equal(snap.events.length, want);
      } else if (key === "rejected") {
        assert.equal(snap.rejected.length, want);
      } else if (key === "rejected_kinds") {
        assert.deepEqual(snap.rejected.map((r) => r.error.kind).sort(), want);
      } else {
        assert.fail(`unknown expected key ${key} in ${file}`);
      }
    }
  });
}

for (const { file, vector } of orders) {
  test(`order vector ${file}`, () => {
    const snap = tc.Order.fromInput(vector.input, vector.now).snapshot();
    for (const [key, want] of Object.entries(vector.expected)) {
      if (key === "shipments") {
        assert.deepEqual(Object.fromEntries(snap.shipments.map((s) => [s.id, s.status])), want);
      } else {
        assert.ok(key in snap, `unknown expected key ${key} in ${file}`);
        assert.ok(same(want, snap[key]), `${key}: want ${JSON.stringify(want)}, got ${JSON.stringify(snap[key])}`);
      }
    }
  });
}
