// Tracker.trackBatch / trackBatchAsync: one answer per shipment, in input order; a bad shipment
// gets its typed error in its place and never costs the others their snapshots (the core's
// api::batch, as Python's Tracker.track_batch).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { FIXTURES, tc } from "./helpers.mjs";

const NOW = "2024-06-01T00:00:00Z";

/** [input, its clock, expected] of each committed shipment fixture. */
function fixtureShipments() {
  const dir = join(FIXTURES, "shipments");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => {
      const c = JSON.parse(readFileSync(join(dir, f), "utf8"));
      return [c.input, c.now, c.expected];
    });
}

test("each shipment matches track and its fixture; as_of overrides now", async () => {
  const cases = fixtureShipments();
  assert.ok(cases.length >= 5);
  const tracker = new tc.Tracker();
  const batch = cases.map(([input, clock]) => ({ ...input, as_of: clock }));
  const out = tracker.trackBatch(batch, NOW, "de");
  assert.equal(out.length, cases.length);
  out.forEach((snap, i) => {
    const [input, clock, expected] = cases[i];
    assert.ok(snap instanceof tc.Snapshot, `item ${i}: ${snap}`);
    assert.equal(snap.id, input.id);
    assert.equal(snap.status, expected.status);
    assert.deepEqual(snap.toJSON(), tracker.track(input, clock, "de").toJSON());
  });
  const later = await tracker.trackBatchAsync(batch, NOW, "de");
  assert.deepEqual(later.map((s) => s.toJSON()), out.map((s) => s.toJSON()));
});

test("track honours a shipment's own as_of as trackBatch does (one core path)", () => {
  const cases = fixtureShipments();
  const tracker = new tc.Tracker();
  for (const [input, clock] of cases) {
    const dated = { ...input, as_of: clock };
    const want = tracker.track(input, clock, "de").toJSON();
    // `now` (a year later) is overridden by the shipment's as_of, in every entry.
    assert.deepEqual(tracker.track(dated, "2030-01-01T00:00:00Z", "de").toJSON(), want, input.id);
    assert.deepEqual(tracker.trackBatch([dated], "2030-01-01T00:00:00Z", "de")[0].toJSON(), want);
    assert.deepEqual(tc.track(dated, "2030-01-01T00:00:00Z", "de").toJSON(), tc.track(input, clock, "de").toJSON());
  }
  assert.throws(() => tracker.track({ id: "late", as_of: "someday" }), { code: "INVALID_TIME" });
});

test("bad shipments in the middle get typed errors in place, sync and async", async () => {
  const [, [good, clock, expected]] = fixtureShipments();
  const shipments = [
    good,
    { id: "late-1", carrier: "ups", as_of: "the day before yesterday" },
    42,
    { id: "x", events: [{ description: "Delivered", time: 10n }] },
    '{"id": "as-text", "carrier": "ups"}',
    "{not json",
    { id: "clock", as_of: "someday" },
    { id: "events", events: "Delivered" },
    good,
  ];
  const tracker = new tc.Tracker();
  const out = tracker.trackBatch(shipments, clock);
  assert.equal(out.length, shipments.length);
  const kinds = out.map((r) => (r instanceof Error ? r.kind : r.status));
  assert.deepEqual(kinds, [
    expected.status, "invalid_time", "invalid_json", "invalid_input", "pending",
    "invalid_json", "invalid_time", "invalid_json", expected.status,
  ]);
  assert.deepEqual(out.filter((r) => r instanceof Error).map((r) => r.index), [1, 2, 3, 5, 6, 7]);
  // The error the facade's `track` throws for the same shipment, plus its position.
  const bad = out[1];
  assert.equal(bad.code, "INVALID_TIME");
  assert.equal(bad.name, "InvalidTimeError");
  assert.equal(bad.input, "the day before yesterday");
  assert.equal(bad.index, 1);
  let thrown;
  try {
    tc.call("track", { shipment: shipments[1], now: clock });
  } catch (err) {
    thrown = err;
  }
  assert.ok(thrown instanceof Error);
  assert.equal(bad.message, thrown.message);
  for (const key of ["code", "name", "kind", "input", "reason"]) assert.equal(bad[key], thrown[key], key);
  assert.equal(out[3].code, "INVALID_INPUT");
  assert.equal(out[3].field, "value");
  assert.deepEqual(out[8].toJSON(), out[0].toJSON());
  // The async variant resolves to the same items: snapshots and error records alike.
  const later = await tracker.trackBatchAsync(shipments, clock);
  const shape = (r) => (r instanceof Error ? { ...r, message: r.message } : r.toJSON());
  assert.deepEqual(later.map(shape), out.map(shape));
});

test("arguments of the whole call still throw (and reject)", async () => {
  const tracker = new tc.Tracker();
  assert.deepEqual(tracker.trackBatch([], NOW), []);
  assert.throws(() => tracker.trackBatch([{ id: "A" }], "yesterday"), { code: "INVALID_TIME" });
  assert.throws(() => tracker.trackBatch('[{"id": "A"}]', NOW), { code: "INVALID_INPUT", field: "shipments" });
  assert.throws(() => tracker.trackBatch(7, NOW), { code: "INVALID_INPUT", field: "shipments" });
  await assert.rejects(tracker.trackBatchAsync({ id: "A" }, NOW), { code: "INVALID_INPUT", field: "shipments" });
  await assert.rejects(tracker.trackBatchAsync([], "yesterday"), { code: "INVALID_TIME" });
});

test("a throwing getter fails the whole call: N-API cannot go on with a pending exception", () => {
  const evil = { id: "E", get carrier() { throw new RangeError("no carrier today"); } };
  assert.throws(() => new tc.Tracker().trackBatch([{ id: "A" }, evil], NOW), /no carrier today/);
});
