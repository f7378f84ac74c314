// The facade's conformance vectors (fixtures/api/, format and matcher in fixtures/README.md),
// run through `call(operation, requestJson)` and through an `Engine`: the Node package must
// give the answers the core's runner (core/tests/api_vectors.rs) checks. An error arrives as
// a thrown Error whose own fields are the error record (`kind`, `field`, `number`, ...).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { FIXTURES, tc } from "./helpers.mjs";

const API = join(FIXTURES, "api");
const VECTORS = readdirSync(API)
  .filter((d) => statSync(join(API, d)).isDirectory())
  .flatMap((d) => readdirSync(join(API, d)).filter((f) => f.endsWith(".json")).map((f) => `${d}/${f}`))
  .sort();

// RFC 3339 instant (date, `T`, time, offset), as the Rust matcher's `parse_from_rfc3339`.
const RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;
const instant = (s) => (RFC3339.test(s) ? Date.parse(s.replace(" ", "T")) : NaN);

/** The documented matcher: null when `actual` matches `expected`, else the first differing path. */
export function matches(expected, actual, path = "") {
  const differ = () => `${path}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`;
  if (expected !== null && typeof expected === "object" && !Array.isArray(expected)) {
    if (actual === null || typeof actual !== "object" || Array.isArray(actual)) return differ();
    for (const [k, v] of Object.entries(expected)) {
      const d = matches(v, actual[k] === undefined ? null : actual[k], path ? `${path}.${k}` : k);
      if (d) return d;
    }
    return null;
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) {
      return `${path}: expected ${expected.length} elements, got ${JSON.stringify(actual)}`;
    }
    for (let i = 0; i < expected.length; i++) {
      const d = matches(expected[i], actual[i], `${path}[${i}]`);
      if (d) return d;
    }
    return null;
  }
  if (typeof expected === "number" && typeof actual === "number") {
    return Math.abs(expected - actual) <= 1e-9 ? null : differ();
  }
  if (typeof expected === "string" && typeof actual === "string") {
    const e = instant(expected);
    const a = instant(actual);
    return (!Number.isNaN(e) && e === a) || expected === actual ? null : differ();
  }
  return expected === actual ? null : differ();
}

test("there are vectors for every concept", () => {
  const concepts = new Set(VECTORS.map((v) => v.split("/")[0]));
  for (const c of ["normalize", "identify", "window", "health", "message", "notify", "order", "timeline", "errors"]) {
    assert.ok(concepts.has(c), `no vector for ${c}`);
  }
});

function check(vector, run) {
  if ("error" in vector) {
    let thrown;
    try {
      run();
    } catch (err) {
      thrown = err;
    }
    assert.ok(thrown instanceof Error, `expected an error, got a response`);
    // The error record, as the Error's own fields carry it.
    const record = { ...thrown, message: thrown.message };
    const diff = matches(vector.error, record);
    assert.equal(diff, null, diff);
  } else {
    const text = run();
    assert.equal(typeof text, "string");
    const diff = matches(vector.expected, JSON.parse(text));
    assert.equal(diff, null, diff);
  }
}

const engine = new tc.Engine();
for (const file of VECTORS) {
  const vector = JSON.parse(readFileSync(join(API, file), "utf8"));
  test(`api vector ${file} through call(op, json)`, () => {
    check(vector, () => tc.call(vector.operation, JSON.stringify(vector.request)));
  });
  test(`api vector ${file} through Engine.call(op, object)`, () => {
    check(vector, () => engine.call(vector.operation, vector.request));
  });
  test(`api vector ${file} through Engine.callAsync`, async () => {
    let out;
    let err;
    try {
      out = await engine.callAsync(vector.operation, JSON.stringify(vector.request));
    } catch (e) {
      err = e;
    }
    check(vector, () => {
      if (err) throw err;
      return out;
    });
  });
}

test("the matcher follows its rules", () => {
  assert.equal(matches({ a: 1 }, { a: 1.0, b: 2 }), null);
  assert.equal(matches({ a: null }, {}), null);
  assert.notEqual(matches({ a: 1 }, {}), null);
  assert.notEqual(matches([1, 2], [1, 2, 3]), null);
  assert.equal(matches("2024-01-01T00:00:00Z", "2024-01-01T01:00:00+01:00"), null);
  assert.notEqual(matches("2024-01-01", "2024-01-02"), null);
  assert.notEqual(matches(true, 1), null);
  assert.ok(matches({ r: [{ k: "x" }] }, { r: [{ k: "y" }] }).startsWith("r[0].k:"));
});

test("an engine configuration is checked: an unknown field is INVALID_JSON", () => {
  assert.throws(() => new tc.Engine({ no_such_option: 1 }), (e) => e.code === "INVALID_JSON");
  assert.throws(() => tc.call("track", "{not json"), (e) => e.code === "INVALID_JSON" && e.kind === "invalid_json");
});

test("an engine's configuration reaches its calls; the default engine keeps the built-in texts", () => {
  const request = {
    now: "2024-04-27T00:00:00Z",
    shipment: { id: "A1", carrier: "ups", events: [{ code: "D", description: "DELIVERED", time: "2024-04-26T14:02:00-04:00" }] },
  };
  const merchant = new tc.Engine({ templates: [{ locale: "en", key: "headline.delivered", template: "It is with you" }] });
  assert.equal(JSON.parse(merchant.call("track", request)).message.headline, "It is with you");
  assert.equal(JSON.parse(tc.call("track", request)).message.headline, "Your parcel has been delivered");
});

// The same operations through the package's own classes: `Order.snapshot` and
// `Tracker.orderSnapshot` answer what the facade's `order` does (headline, full parcel
// snapshots), and `Assessor.assess` speaks the asked language like the facade's `assess`.
const ORDER_VECTORS = VECTORS.filter((f) => f.startsWith("order/"));
test("there are order vectors to run through the Order API", () => assert.ok(ORDER_VECTORS.length >= 2));
for (const file of ORDER_VECTORS) {
  const { request, expected } = JSON.parse(readFileSync(join(API, file), "utf8"));
  test(`api vector ${file} through Order.snapshot and Tracker.orderSnapshot`, () => {
    const facade = JSON.parse(tc.call("order", request));
    const order = tc.Order.fromInput(request.order, request.now);
    const options = request.locale === undefined ? undefined : { locale: request.locale };
    for (const got of [
      order.snapshot(options),
      order.snapshot({ ...options, now: new Date(request.now) }),
      new tc.Tracker().orderSnapshot(order, undefined, request.locale),
      new tc.Tracker().orderSnapshot(order, request.now, request.locale),
    ]) {
      const diff = matches(expected, got);
      assert.equal(diff, null, diff);
      assert.deepEqual(got, facade);
    }
    assert.equal(typeof facade.headline, "string");
  });
}

test("Order.snapshot options are checked; the order's own clock is the default", () => {
  const order = tc.Order.fromInput({ id: "O", shipments: [{ id: "P", events: [] }] }, "2024-05-01T00:00:00Z");
  assert.throws(() => order.snapshot({ locale: "de", when: "now" }), (e) => e.code === "INVALID_JSON" || e.code === "INVALID_INPUT");
  assert.throws(() => order.snapshot({ now: "yesterday" }), (e) => e.code === "INVALID_TIME");
  const snap = order.snapshot({ locale: "de" });
  assert.equal(snap.shipments[0].message.locale, "de");
  assert.notEqual(snap.headline, order.snapshot().headline);
});

test("Assessor speaks the asked language, as the facade's assess does", () => {
  for (const file of VECTORS.filter((f) => f.startsWith("health/"))) {
    const { request } = JSON.parse(readFileSync(join(API, file), "utf8"));
    const assessor = new tc.Assessor();
    for (const locale of ["de", "pt-BR", "ja"]) {
      const facade = JSON.parse(tc.call("assess", { ...request, locale }));
      const window = JSON.parse(tc.call("estimate", request)).window;
      const got = assessor.assess(request.shipment, request.now, window, locale);
      assert.deepEqual(got, facade, `${file} ${locale}`);
      assert.deepEqual(assessor.assessBatch([request.shipment], request.now, locale)[0].explanation,
        assessor.assess(request.shipment, request.now, null, locale).explanation);
    }
    const english = assessor.assess(request.shipment, request.now);
    assert.notEqual(english.explanation, assessor.assess(request.shipment, request.now, null, "de").explanation, file);
  }
});
