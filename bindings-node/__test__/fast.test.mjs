// The JavaScript fast paths (fast.js over src/fast.rs) give exactly the answers of the native
// paths they stand in for: `normalize` / `Normalizer.normalize` (an id into a table of distinct
// results, copied into a fresh object) and `normalizeColumns` (dictionary-encoded columns).
// The reference is `normalizeEvent`, which converts the event object natively.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { FIXTURES, devData, tc } from "./helpers.mjs";

function events() {
  const dir = join(FIXTURES, "shipments");
  const out = readdirSync(dir).filter((f) => f.endsWith(".json")).sort().flatMap((f) => {
    const v = JSON.parse(readFileSync(join(dir, f), "utf8"));
    return (v.input.events ?? []).map((e) => ({ carrier: e.carrier ?? v.input.carrier ?? "", code: e.code ?? null, description: e.description ?? null, language: e.language ?? null }));
  }).filter((e) => e.code !== null || e.description !== null);
  // Composite codes and contradictions: results whose note quotes the input.
  out.push({ carrier: "ups", code: "XX-D-YY", description: null, language: null });
  out.push({ carrier: "ups", code: "D", description: "Exception: damaged", language: "en" });
  out.push({ carrier: "dhl", code: null, description: "Die Sendung wurde zugestellt", language: "de" });
  const data = devData();
  if (data) {
    for (const l of readFileSync(join(data, "carrier_events.dev.jsonl"), "utf8").split("\n")) {
      if (!l.trim()) continue;
      const e = JSON.parse(l);
      out.push({ carrier: e.carrier ?? "", code: e.code ?? null, description: e.description ?? null, language: e.language ?? null });
    }
  }
  return out;
}

const EVENTS = events();
const reference = (n, e) => n.normalizeEvent({ carrier: e.carrier, code: e.code, description: e.description, language: e.language });

test("normalize (fast path) equals normalizeEvent on every event, twice (ids reused)", () => {
  assert.ok(EVENTS.length > 20);
  const n = new tc.Normalizer();
  for (let round = 0; round < 2; round++) {
    for (const e of EVENTS) {
      const want = reference(n, e);
      assert.deepEqual(tc.normalize(e.carrier, e.code, e.description, e.language), want, JSON.stringify(e));
      assert.deepEqual(n.normalize(e.carrier, e.code, e.description, e.language), want, JSON.stringify(e));
    }
  }
});

test("a result is a fresh object: changing one does not change the next", () => {
  const a = tc.normalize("ups", "D", "DELIVERED");
  a.status = "cancelled";
  a.rule = "mine";
  const b = tc.normalize("ups", "D", "DELIVERED");
  assert.equal(b.status, "delivered");
  assert.notEqual(b.rule, "mine");
  assert.notEqual(a, b);
});

test("a Normalizer with overrides keeps its own answers on the fast path", () => {
  const n = new tc.Normalizer({ tables: { ups: [{ code: "ZZ9", status: "exception", description: "our code" }] } });
  assert.equal(n.normalize("ups", "ZZ9").status, "exception");
  assert.deepEqual(n.normalize("ups", "ZZ9"), reference(n, { carrier: "ups", code: "ZZ9", description: null, language: null }));
  assert.notEqual(tc.normalize("ups", "ZZ9").status, "exception");
});

test("normalizeColumns (dictionary-encoded) equals per-row normalize, in every column shape", () => {
  const n = new tc.Normalizer();
  const rows = [...EVENTS, ...EVENTS.slice(0, 50)];
  const out = n.normalizeColumns({
    carrier: rows.map((e) => e.carrier),
    code: rows.map((e) => e.code),
    description: rows.map((e) => e.description),
    language: rows.map((e) => e.language),
  });
  assert.equal(out.status.length, rows.length);
  assert.ok(out.confidence instanceof Float64Array);
  rows.forEach((e, i) => {
    const want = reference(n, e);
    assert.deepEqual([out.status[i], out.substatus[i], out.confidence[i], out.rule[i]], [want.status, want.substatus, want.confidence, want.rule], JSON.stringify(e));
  });
  // One carrier and one language for all rows; absent code column.
  const texts = ["Delivered", "Zugestellt", null, "Out for delivery"];
  const one = n.normalizeColumns({ carrier: "dhl", description: texts, language: "de" });
  texts.forEach((t, i) => {
    // An event with neither code nor text has no reference event: the per-call answer.
    const want = t === null ? n.normalize("dhl", null, null, "de") : reference(n, { carrier: "dhl", code: null, description: t, language: "de" });
    assert.equal(one.status[i], want.status);
    assert.equal(one.rule[i], want.rule);
  });
  assert.deepEqual(n.normalizeColumns({ carrier: [], code: [] }).status, []);
});

test("normalizeColumns errors are the native ones", () => {
  const n = new tc.Normalizer();
  assert.throws(() => n.normalizeColumns({ carrier: ["ups"], code: ["D", "X"] }), (e) => e.code === "INVALID_INPUT" && e.field === "columns");
  assert.throws(() => n.normalizeColumns({ code: ["D"] }));
  assert.throws(() => n.normalizeColumns(null));
  assert.throws(() => n.normalizeColumns({ carrier: [1, 2] }));
});

test("identify and identifyBatch (JSON text parsed in JS) equal the native conversion", async () => {
  const numbers = ["1Z999AA10123456784", "1Z999AA10123456785", "00340434161094042557", "RA123456785DE", "", "not a number"];
  const data = devData();
  if (data) {
    for (const l of readFileSync(join(data, "tracking_numbers.dev.jsonl"), "utf8").split("\n")) if (l.trim()) numbers.push(JSON.parse(l).number);
  }
  // identifyBatchAsync converts natively (serde value to N-API objects): the reference.
  const want = await tc.identifyBatchAsync(numbers);
  assert.deepEqual(tc.identifyBatch(numbers), want);
  numbers.forEach((n, i) => assert.deepEqual(tc.identify(n), want[i], n));
  const hinted = await tc.identifyBatchAsync(numbers, { carriers: ["usps"], country: "US" });
  assert.deepEqual(tc.identifyBatch(numbers, { carriers: ["usps"], country: "US" }), hinted);
  assert.deepEqual(tc.identify(numbers[2], { carriers: ["usps"], country: "US" }), hinted[2]);
  assert.throws(() => tc.identify(42));
});
