// Arguments of the wrong type: every export, constructor, method and static method throws the
// documented INVALID_INPUT (with `field` naming the argument), never napi-rs's own
// `StringExpected` / `NumberExpected` errors that the code table does not list.
import { test } from "node:test";
import assert from "node:assert/strict";
import { require, PKG, tc } from "./helpers.mjs";

const args = require(`${PKG}/args.js`);
const documented = new Set(tc.errorCodes().map((c) => c.code));

function thrown(fn) {
  try {
    fn();
  } catch (e) {
    return e;
  }
  return null;
}

const SHIPMENT = {
  id: "A1",
  carrier: "ups",
  events: [{ code: "D", description: "DELIVERED", time: "2024-04-26T14:02:00-04:00" }],
};
const NOW = "2024-04-27T00:00:00Z";

// One instance of every class, made the way a user makes it (a new class fails the test
// until it is added here, so no export goes unchecked).
function instances() {
  const tracker = new tc.Tracker();
  return {
    Assessor: new tc.Assessor(),
    Calendar: new tc.Calendar("DE"),
    DwellModel: tc.DwellModel.learn([SHIPMENT], NOW),
    Engine: new tc.Engine(),
    MessageCatalog: new tc.MessageCatalog(),
    Normalizer: new tc.Normalizer(),
    Order: tc.Order.fromInput({ id: "O1", shipments: [SHIPMENT] }, NOW),
    Shipment: new tc.Shipment("S1", "ups"),
    Snapshot: tracker.track(SHIPMENT, NOW),
    Tracker: tracker,
    TransitModel: tc.TransitModel.learn([SHIPMENT], NOW),
  };
}

// The test build's own exports (the `debug-exports` feature; not in the types).
const TEST_ONLY = new Set(["debugPanic", "debugPanicAsync"]);

// Every callable the module exports, with its declared parameters.
function callables() {
  const out = [];
  const made = instances();
  for (const [name, value] of Object.entries(tc)) {
    if (name.startsWith("__") || TEST_ONLY.has(name) || typeof value !== "function") continue;
    const sig = args.classes[name];
    if (!sig) {
      const params = args.functions[name];
      assert.ok(params, `args.js has no parameters for the function ${name}`);
      out.push([`${name}()`, params, (a) => value(...a)]);
      continue;
    }
    assert.ok(name in made, `no instance of the class ${name} in this test`);
    if (sig.construct) out.push([`new ${name}()`, sig.construct, (a) => new value(...a)]);
    for (const [m, params] of Object.entries(sig.statics)) {
      out.push([`${name}.${m}()`, params, (a) => value[m](...a)]);
    }
    for (const [m, params] of Object.entries(sig.methods)) {
      out.push([`${name}.${m}()`, params, (a) => made[name][m](...a)]);
    }
    // Every method on the prototype (getters aside) is in the table.
    for (const key of Object.getOwnPropertyNames(value.prototype)) {
      const d = Object.getOwnPropertyDescriptor(value.prototype, key);
      if (key === "constructor" || key.startsWith("__") || typeof d.value !== "function") continue;
      assert.ok(key in sig.methods, `args.js has no parameters for ${name}.${key}`);
    }
  }
  return out;
}

async function outcome(call, a) {
  try {
    const r = call(a);
    if (r && typeof r.then === "function") await r;
  } catch (e) {
    return e;
  }
  return null;
}

// What every failed call must satisfy: a documented code, and an INVALID_INPUT names the argument.
// (An argument the Rust side reads itself, such as a shipment object or JSON text, is refused
// as INVALID_JSON, "an argument of the wrong shape", as docs/node.md says.)
function documentedError(where, e, first) {
  assert.ok(e instanceof Error, where);
  assert.ok(documented.has(e.code), `${where}: undocumented code ${e.code}: ${e.message}`);
  if (e.code === "INVALID_INPUT") {
    assert.equal(e.name, "InvalidInputError", where);
    assert.equal(e.field, first, `${where}: ${e.message}`);
    assert.ok(e.message.includes(`\`${first}\``), `${where}: ${e.message}`);
    return 1;
  }
  return 0;
}

test("every export refuses an argument of the wrong type with a documented code", async () => {
  const all = callables();
  assert.ok(all.length > 60, `only ${all.length} callables found`);
  let named = 0;
  for (const [where, params, call] of all) {
    if (params.length === 0) continue;
    // A Symbol is none of the types any parameter declares.
    const e = await outcome(call, params.map(() => Symbol("bad")));
    const [first, kinds] = params[0];
    if (!e) {
      // Only an optional argument read as JSON may take it (a Symbol is absent in JSON).
      assert.ok(kinds.includes("nullish") || kinds.includes("any"), `${where} accepted a Symbol for ${first}`);
      continue;
    }
    named += documentedError(where, e, first);
  }
  assert.ok(named > 40, `only ${named} exports named the argument`);
});

test("a required argument left out is refused with a documented code", async () => {
  let named = 0;
  for (const [where, params, call] of callables()) {
    const [first, kinds] = params[0] ?? [];
    if (!first || kinds.includes("nullish") || kinds.includes("any")) continue;
    const e = await outcome(call, []);
    assert.ok(e, `${where} accepted no arguments`);
    named += documentedError(where, e, first);
  }
  assert.ok(named > 30, `only ${named} exports named the argument`);
});

test("the new user's calls: identify(12345), identify(), bad options, bad elements", () => {
  let e = thrown(() => tc.identify(12345));
  assert.equal(e.code, "INVALID_INPUT");
  assert.equal(e.field, "number");
  assert.match(e.message, /identify\(\) takes a string here, not the number 12345/);
  e = thrown(() => tc.identify());
  assert.equal(e.code, "INVALID_INPUT");
  assert.equal(e.field, "number");
  e = thrown(() => tc.identify("1Z879E930346834440", { carriers: [7] }));
  assert.equal(e.code, "INVALID_INPUT");
  assert.equal(e.field, "options.carriers");
  e = thrown(() => tc.identifyBatch(["1Z879E930346834440", 3]));
  assert.equal(e.field, "numbers[1]");
  e = thrown(() => new tc.Tracker().track(SHIPMENT, NOW, 5));
  assert.equal(e.field, "locale");
  e = thrown(() => new tc.Tracker(5));
  assert.equal(e.field, "model");
  assert.match(e.message, /a TransitModel or null/);
  e = thrown(() => tc.MessageCatalog.placeholders(3));
  assert.equal(e.field, "key");
});

test("the check changes nothing else: classes, instances and core errors as before", () => {
  const cal = new tc.Calendar("DE");
  assert.ok(cal instanceof tc.Calendar);
  assert.equal(cal.isBusinessDay("2024-12-25"), false);
  const dwell = tc.DwellModel.learn([SHIPMENT], NOW);
  assert.ok(dwell instanceof tc.DwellModel, "an instance the native side made");
  assert.equal(new tc.Tracker(null, dwell).track(SHIPMENT, NOW).status, "delivered");
  assert.equal(tc.identify.name, "identify");
  assert.equal(thrown(() => tc.validate("1Z879E930346834440", "nope")).code, "UNKNOWN_CARRIER");
  assert.equal(thrown(() => new tc.Calendar("XX")).code, "UNKNOWN_COUNTRY");
});
