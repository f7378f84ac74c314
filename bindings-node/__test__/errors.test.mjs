// Errors: every core error kind becomes a JS Error with a stable `code`, the Python class
// name as `name`, and its data fields; a Rust panic becomes `INTERNAL` and the process lives.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PKG, nativeFile, tc } from "./helpers.mjs";

function thrown(fn) {
  try {
    fn();
  } catch (e) {
    return e;
  }
  assert.fail("expected a throw");
}

test("each error kind has its code, name and data fields", () => {
  const cases = [
    [() => tc.parseStatus("nope"), "UNKNOWN_STATUS", "UnknownStatusError", { value: "nope" }],
    [() => tc.isTerminal("delivered", "exception.lost"), "STATUS_MISMATCH", "StatusMismatchError", {}],
    [() => tc.validate("1Z879E930346834440", "no-such-carrier"), "UNKNOWN_CARRIER", "UnknownCarrierError", { carrier: "no-such-carrier" }],
    [() => new tc.Calendar("XX"), "UNKNOWN_COUNTRY", "UnknownCountryError", { country: "XX" }],
    [() => tc.track({ id: "t" }, "yesterday"), "INVALID_TIME", "InvalidTimeError", { input: "yesterday" }],
    [() => tc.normalizeEvent({ carrier: "ups" }), "INVALID_EVENT", "InvalidEventError", { reason: { kind: "no_code_or_text" } }],
    [() => tc.track("{not json"), "INVALID_JSON", "InvalidJsonError", {}],
    [() => new tc.MessageCatalog([{ locale: "en", key: "no.such.key", template: "x" }]), "INVALID_INPUT", "InvalidInputError", {}],
    [() => tc.validate("123", "ups"), "INVALID_TRACKING_NUMBER", "InvalidTrackingNumberError", { number: "123", carrier: "ups" }],
    [() => tc.TransitModel.fromJSON({ version: 999 }), "INVALID_MODEL", "InvalidModelError", {}],
  ];
  for (const [fn, code, name, fields] of cases) {
    const e = thrown(fn);
    assert.ok(e instanceof Error, code);
    assert.equal(e.code, code, `${code}: ${e.message}`);
    assert.equal(e.name, name);
    assert.equal(typeof e.kind, "string");
    assert.ok(e.message.length > 0);
    for (const [k, v] of Object.entries(fields)) assert.deepEqual(e[k], v, `${code}.${k}`);
  }
});

test("a refused look-alike carries its class code and the reason in the locale", () => {
  // A placeholder of zeros for Nova Poshta (docs/tracking-numbers.md, look-alikes).
  const de = thrown(() => tc.validate("20000000000001", "nova_poshta", "de"));
  assert.equal(de.code, "INVALID_TRACKING_NUMBER");
  assert.equal(de.look_alike, "padding");
  const en = thrown(() => tc.validate("20000000000001", "nova_poshta"));
  assert.equal(en.look_alike, "padding");
  assert.notEqual(de.reason, en.reason);
  assert.match(de.reason, /Nullen/);
  // Through the facade too, with the request's locale.
  const f = thrown(() => tc.call("validate", JSON.stringify({ number: "20000000000001", carrier: "nova_poshta", locale: "de" })));
  assert.equal(f.look_alike, "padding");
  assert.equal(f.reason, de.reason);
  // Another reason has no class.
  assert.equal(thrown(() => tc.validate("123", "ups")).look_alike, null);
});

test("a wrong shape is INVALID_JSON with the serde message, not a crash", () => {
  const e = thrown(() => tc.track({ id: 5, events: "x" }));
  assert.equal(e.code, "INVALID_JSON");
  assert.match(e.detail, /invalid type/);
});

test("a value of the wrong type names its field, in objects and in JSON text", () => {
  const scans = [
    { description: "Arrived", time: "2024-04-25T10:00:00Z" },
    { description: "Delivered", time: Date.parse("2024-04-26T14:02:00Z") }, // ms, not a Date
  ];
  const e = thrown(() => new tc.Tracker().track({ id: "A1", events: scans }, "2024-04-27T00:00:00Z"));
  assert.equal(e.code, "INVALID_JSON");
  assert.match(e.detail, /^in `events\[1\]\.time`: invalid type: integer `1714140120000`, expected a string/);
  const t = thrown(() => tc.track(JSON.stringify({ id: "A1", events: [{ code: 12, description: "x" }] })));
  assert.match(t.detail, /^in `events\[0\]\.code`: invalid type: integer `12`/);
  const out = new tc.Tracker().trackBatch([{ id: "A" }, { id: "B", destination: "Brooklyn" }]);
  assert.ok(out[1] instanceof Error && out[1].index === 1);
  assert.match(out[1].detail, /^in `destination`: invalid type: string "Brooklyn"/);
});

test("an event with neither a code nor a text is INVALID_EVENT in every entry", () => {
  const normalizer = new tc.Normalizer();
  for (const [code, text] of [[null, null], [undefined, undefined], ["", "  "]]) {
    for (const call of [
      () => tc.normalize("ups", code, text),
      () => normalizer.normalize("ups", code, text),
      () => tc.normalizeEvent({ carrier: "ups", code, description: text }),
      () => tc.__native.normalizeEvent({ carrier: "ups", code, description: text }),
    ]) {
      const e = thrown(call);
      assert.equal(e.code, "INVALID_EVENT", String(call));
      assert.deepEqual(e.reason, { kind: "no_code_or_text" });
    }
  }
  assert.equal(tc.normalize("ups", "D", null).status, "delivered");
});

test("a clock without an offset is UTC, as in the CLI, Python and the facade", () => {
  const shipment = { id: "A1", carrier: "ups", events: [{ description: "Delivered", time: "2024-04-26T14:02:00Z" }] };
  const viaFacade = JSON.parse(tc.call("track", { now: "2024-04-27T00:00:00", shipment }));
  for (const now of ["2024-04-27T00:00:00", "2024-04-27 00:00", "2024-04-27T00:00:00Z"]) {
    const snap = new tc.Tracker().track(shipment, now).toJSON();
    assert.deepEqual(snap, viaFacade, now);
  }
});

test("errorCodes() lists every code the types declare, one per core kind", () => {
  const codes = tc.errorCodes().map((c) => c.code);
  assert.equal(new Set(codes).size, codes.length);
  const dts = readFileSync(join(PKG, "index.d.ts"), "utf8");
  const union = dts.match(/export type ErrorCodeName =([^]*?)\n\/\*\*/)[1];
  assert.deepEqual([...union.matchAll(/"([A-Z_]+)"/g)].map((m) => m[1]).sort(), [...codes].sort());
  for (const c of tc.errorCodes()) assert.equal(c.name, c.code.split("_").map((w) => w[0] + w.slice(1).toLowerCase()).join("") + "Error");
});

test("batch errors carry the index of the bad element", () => {
  const e = thrown(() => tc.normalizeBatch([{ carrier: "ups", code: "D" }, { carrier: "ups" }]));
  assert.equal(e.code, "INVALID_EVENT");
  assert.equal(e.index, 1);
});

test("async calls reject with the same coded errors", async () => {
  await assert.rejects(tc.TransitModel.learnAsync([{ id: "h", shipped_at: "not a time" }]), (e) => e.code === "INVALID_TIME");
  await assert.rejects(new tc.Normalizer().normalizeBatchAsync([{ carrier: "ups" }]), (e) => e.code === "INVALID_EVENT" && e.index === 0);
});

test("a Rust panic becomes INTERNAL and the process keeps running", () => {
  // In a child process, so a regression that aborts cannot take the test runner with it.
  const script = `
    const native = require(${JSON.stringify(nativeFile())});
    const out = [];
    try { native.debugPanic(); } catch (e) { out.push(e.code, e instanceof Error); }
    native.debugPanicAsync().then(() => out.push("resolved"), (e) => out.push(e.code)).then(() => {
      const tc = require(${JSON.stringify(PKG)});
      out.push(tc.normalize("ups", null, "Delivered").status);
      console.log(JSON.stringify(out));
    });`;
  const r = spawnSync(process.execPath, ["-e", script], { encoding: "utf8" });
  assert.equal(r.status, 0, r.stderr);
  assert.deepEqual(JSON.parse(r.stdout.trim()), ["INTERNAL", true, "INTERNAL", "delivered"]);
});
