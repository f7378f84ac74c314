// The JavaScript fast paths (fast.js over src/fast.rs) give exactly the answers of the native
// paths they stand in for: `normalize` / `Normalizer.normalize` (an id into a table of distinct
// results, copied into a fresh object) and `normalizeColumns` (dictionary-encoded columns).
// The reference is `normalizeEvent`, which converts the event object natively.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { FIXTURES, REPO, devData, tc } from "./helpers.mjs";

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
    // A row with neither code nor text (which `normalize` refuses as INVALID_EVENT) reads
    // `unknown.unmapped` in a column answer, which has no per-row error.
    const want = t === null ? { status: "unknown", rule: "fallback:unmapped" } : reference(n, { carrier: "dhl", code: null, description: t, language: "de" });
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

test("identify and identifyBatch (flat text read in JS) equal the native conversion", async () => {
  // S10 with an operator, no tracking URL, an empty and a blank input, a separator and a lone
  // surrogate in the input (both must leave the flat path), non-ASCII text.
  const numbers = ["1Z999AA10123456784", "1Z999AA10123456785", "00340434161094042557", "RA123456785DE",
    "RR123456785GB", "LZ123456789XX", "", "   ", "not a number", "1Z999AA1\x1f0123456784", "\x1f", "\ud800 1Z999AA10123456784",
    "Sendungsnummer: 00340434161094042557 ✓"];
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
  assert.throws(() => tc.identifyBatch(["1Z999AA10123456784", 42]));
  assert.throws(() => tc.identifyBatch("1Z999AA10123456784"));
  assert.deepEqual(tc.identifyBatch([]), []);
  // A batch that must fall back whole (a normalized form holds the separator) still answers
  // in order; an input equal to its normalized form is not sent, so the separator is fine.
  const mixed = ["RR123456785GB", "a\x1fb", "1Z999AA10123456784"];
  assert.deepEqual(tc.identify("a\x1fb"), (await tc.identifyBatchAsync(["a\x1fb"]))[0]);
  assert.deepEqual(tc.identifyBatch(mixed), await tc.identifyBatchAsync(mixed));
});

// normalizeEvent / normalizeBatch read the six deciding fields in JavaScript; the native calls
// (kept on `__native`) walk the whole object. Answers and errors must be the same.
const NATIVE = tc.__native;
function rawEvents() {
  const out = EVENTS.map((e, i) => ({ ...e, id: `e${i}`, time: i % 2 ? "2024-03-01T10:00:00Z" : new Date(Date.UTC(2024, 2, 1)), location: i % 3 ? null : { city: "Köln", country: "DE", extra: [1, { x: true }] }, source: "dev", n: i }));
  out.push({ status: "delivered", substatus: "delivered.mailbox" }, { status: "in_transit" }, { code: "D" }, { description: "Delivered", carrier: undefined }, { carrier: "", code: "D" });
  // Inherited enumerable fields count, as in the native walk (for...in).
  out.push(Object.create({ carrier: "ups", code: "D" }));
  return out;
}

test("normalizeEvent / normalizeBatch (fields read in JS) equal the native conversion", () => {
  const list = rawEvents();
  const n = new tc.Normalizer({ tables: { ups: [{ code: "ZZ9", status: "exception", description: "our code" }] } });
  list.push({ carrier: "ups", code: "ZZ9" });
  for (const dc of [undefined, "dhl"]) {
    for (const e of list) {
      assert.deepEqual(tc.normalizeEvent(e, dc), NATIVE.normalizeEvent(e, dc), JSON.stringify(e));
      assert.deepEqual(n.normalizeEvent(e, dc), NATIVE.protoNormalizeEvent.call(n, e, dc), JSON.stringify(e));
    }
    const twice = [...list, ...list];
    assert.deepEqual(tc.normalizeBatch(twice, dc), NATIVE.normalizeBatch(twice, dc));
    assert.deepEqual(n.normalizeBatch(twice, dc), NATIVE.protoNormalizeBatch.call(n, twice, dc));
  }
  assert.equal(n.normalizeEvent({ carrier: "ups", code: "ZZ9" }).status, "exception");
  assert.deepEqual(tc.normalizeBatch([]), []);
});

test("normalizeEvent / normalizeBatch errors are the native ones (with the row index)", () => {
  const code = (f) => { try { f(); } catch (e) { return [e.code, e.index, e.field, e.message]; } return "no error"; };
  const bad = [
    {}, { carrier: "ups" }, { code: "  " }, { status: "nope" }, { status: "expired" }, { status: "delivered", substatus: "in_transit.customs" },
    { code: 5 }, { code: "D", time: 5 }, { code: "D", time: new Date(NaN) }, { code: "D", time: new Date(8.64e15) }, { code: "D", location: "Köln" },
    { code: "D", location: { city: 5 } }, { code: "D", extra: NaN }, { code: "D", extra: 10n }, { code: "D", deep: { a: { b: { c: { d: { e: { f: { g: { h: { i: 1n } } } } } } } } } },
    null, "not json", '{"code":"D","carrier":"ups"}', [1, 2], 5,
  ];
  for (const e of bad) {
    assert.deepEqual(code(() => tc.normalizeEvent(e)), code(() => NATIVE.normalizeEvent(e)), String(e));
    const list = [{ code: "D" }, { description: "Delivered" }, e];
    assert.deepEqual(code(() => tc.normalizeBatch(list)), code(() => NATIVE.normalizeBatch(list)), String(e));
  }
  // The first bad event of a batch is named, also when a row is repeated.
  const err = code(() => tc.normalizeBatch([{ code: "D" }, { code: "D" }, {}, {}]));
  assert.equal(err[0], "INVALID_EVENT");
  assert.equal(err[1], 2);
  assert.deepEqual(code(() => tc.normalizeBatch("x")), code(() => NATIVE.normalizeBatch("x")));
  assert.deepEqual(code(() => tc.normalizeBatch([{ code: "D" }, , { code: "D" }])), code(() => NATIVE.normalizeBatch([{ code: "D" }, , { code: "D" }])));
});

// Numbers for the identify checks below: every quoted number in the core's tracking-number
// tests (published examples, computed check digits, near misses: most formats of the
// registry), the facade's identify vectors, and the dev numbers when the data is there.
function identifyCorpus() {
  const dir = join(REPO, "core", "src", "tracking_number");
  const out = new Set();
  for (const f of readdirSync(dir).filter((f) => f.startsWith("tests") && f.endsWith(".rs"))) {
    for (const [, n] of readFileSync(join(dir, f), "utf8").matchAll(/"([0-9A-Za-z][0-9A-Za-z -]{7,38})"/g)) {
      if (/[0-9]/.test(n)) out.add(n);
    }
  }
  for (const f of readdirSync(join(FIXTURES, "api", "identify"))) {
    out.add(JSON.parse(readFileSync(join(FIXTURES, "api", "identify", f), "utf8")).request.number);
  }
  const data = devData();
  if (data) {
    for (const l of readFileSync(join(data, "tracking_numbers.dev.jsonl"), "utf8").split("\n")) if (l.trim()) out.add(JSON.parse(l).number);
  }
  return [...out];
}

test("identify (flat text read in JS) equals the facade's call('identify') for the core's test numbers", () => {
  const numbers = identifyCorpus();
  const formats = new Set();
  for (const number of numbers) {
    const want = JSON.parse(tc.call("identify", { number }));
    assert.deepEqual(tc.identify(number), want, number);
    for (const c of want.candidates) formats.add(c.format);
  }
  assert.deepEqual(tc.identifyBatch(numbers), numbers.map((number) => JSON.parse(tc.call("identify", { number }))));
  // The corpus reaches most formats (the registry has about 80), S10 with operators among them.
  assert.ok(formats.size >= 40, `only ${formats.size} formats reached`);
});

test("identify builds exactly the keys of the core's JSON shape (docs/schema/identify.response.json)", () => {
  const schema = JSON.parse(readFileSync(join(REPO, "docs", "schema", "identify.response.json"), "utf8"));
  const candidate = schema.$defs.Candidate;
  const seen = new Set();
  for (const number of identifyCorpus()) {
    const id = tc.identify(number);
    assert.deepEqual(Object.keys(id).sort(), Object.keys(schema.properties).sort(), number);
    for (const c of id.candidates) {
      for (const k of Object.keys(c)) {
        assert.ok(k in candidate.properties, `${number}: key ${k} is not in the schema`);
        seen.add(k);
      }
      for (const k of candidate.required ?? []) assert.ok(k in c, `${number}: required key ${k} missing`);
    }
  }
  // Every key of the shape is built by the reader somewhere (a new core field fails here).
  assert.deepEqual([...seen].sort(), Object.keys(candidate.properties).sort());
});
