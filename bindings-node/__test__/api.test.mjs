// The public surface on real inputs: normalization (+ overrides, columns), tracking numbers,
// timelines, the tracker, models, health, messages, notifications, calendars, analytics.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { PKG, tc } from "./helpers.mjs";

const NOW = "2024-03-26T08:00:00Z";
const shipment = {
  id: "A1",
  carrier: "ups",
  tracking_number: "1Z879E930346834440",
  destination: { country: "US", region: "CA" },
  shipped_at: "2024-03-22T10:00:00Z",
  events: [
    { code: "OR", description: "Origin Scan", time: "2024-03-22T18:00:00-07:00", location: { city: "Ontario", region: "CA", country: "US" } },
    { status: "out_for_delivery", time: "2024-03-26T07:10:00-07:00" },
  ],
};

test("normalize: tables, text, given status; JSON-shape keys and nulls", () => {
  const n = tc.normalize("ups", null, "Delivered");
  assert.equal(n.status, "delivered");
  assert.equal(n.substatus, null);
  assert.equal(typeof n.confidence, "number");
  assert.ok(n.affects_state);
  assert.equal(tc.normalize("dhl", null, "Die Sendung wurde zugestellt", "de").status, "delivered");
  assert.equal(tc.normalizeEvent({ carrier: "x", description: "y", status: "exception", substatus: "exception.damaged" }).rule, "given");
  const unknown = tc.normalize("nobody", null, "zzqx");
  assert.equal(unknown.status, "unknown");
  assert.equal(unknown.affects_state, false);
});

test("Normalizer overrides win over the built-in tables; bad overrides throw", () => {
  const n = new tc.Normalizer({ tables: { acme_freight: [{ code: "ZZ9", status: "in_transit.customs" }] } });
  const r = n.normalize("acme_freight", "ZZ9");
  assert.equal(r.substatus, "in_transit.customs");
  assert.match(r.rule, /^override:/);
  assert.equal(tc.normalize("acme_freight", "ZZ9").status, "unknown");
  n.addOverrides(JSON.stringify({ text: [{ contains: ["paquete", "listo"], status: "available_for_pickup", name: "es:listo" }] }));
  assert.equal(n.normalize("x", null, "Su paquete está listo").status, "available_for_pickup");
  assert.throws(() => new tc.Normalizer({ tables: { ups: [{ code: "A", status: "nope" }] } }), (e) => e.code === "INVALID_INPUT");
});

test("normalizeBatch and normalizeColumns give the per-call answers", () => {
  const events = [
    { carrier: "ups", code: "KB" },
    { carrier: "dhl", description: "Zugestellt", language: "de" },
    { carrier: "usps", description: "Out for Delivery" },
  ];
  const one = events.map((e) => tc.normalizeEvent(e));
  assert.deepEqual(tc.normalizeBatch(events), one);
  const cols = new tc.Normalizer().normalizeColumns({
    carrier: events.map((e) => e.carrier),
    code: events.map((e) => e.code ?? null),
    description: events.map((e) => e.description ?? null),
    language: events.map((e) => e.language ?? null),
  });
  assert.deepEqual(cols.status, one.map((n) => n.status));
  assert.deepEqual(cols.substatus, one.map((n) => n.substatus));
  assert.deepEqual([...cols.confidence], one.map((n) => n.confidence));
  assert.ok(cols.confidence instanceof Float64Array);
  assert.throws(() => new tc.Normalizer().normalizeColumns({ carrier: ["a", "b"], code: ["x"] }), (e) => e.code === "INVALID_INPUT");
});

test("identify, validate, findInText, identifyBatch", () => {
  const id = tc.identify("1z 879 e93 03 4683 444 0");
  assert.equal(id.normalized, "1Z879E930346834440");
  assert.equal(id.candidates[0].carrier, "ups");
  assert.equal(id.candidates[0].check_digit_verified, true);
  assert.equal(tc.validate("1Z879E930346834440", "ups").format, "ups");
  const found = tc.findInText("Hi! Your order ships with UPS: 1Z879E930346834440. Thanks");
  assert.equal(found.length, 1);
  assert.equal(found[0].number, "1Z879E930346834440");
  assert.deepEqual(tc.identifyBatch(["1Z879E930346834440", "nope"]), [tc.identify("1Z879E930346834440"), tc.identify("nope")]);
  assert.equal(tc.identify("nope").candidates.length, 0);
});

test("statuses and the TypeScript unions agree", () => {
  const dts = readFileSync(join(PKG, "index.d.ts"), "utf8");
  const union = (name) => [...dts.match(new RegExp(`export type ${name} =([^]*?)\\n/\\*\\*`))[1].matchAll(/"([a-z_.]+)"/g)].map((m) => m[1]);
  assert.deepEqual(union("StatusCode"), tc.statuses());
  assert.deepEqual(union("SubStatusCode"), tc.substatuses());
  assert.equal(tc.parseStatus("InTransit"), "in_transit");
  assert.equal(tc.isTerminal("delivered"), true);
  assert.equal(tc.isTerminal("in_transit"), false);
});

test("Shipment: idempotent ingest with a report; Dates and strings both accepted", () => {
  const s = new tc.Shipment("S1", "ups");
  const events = [{ description: "Delivered", time: new Date("2024-03-25T17:00:00Z") }, { description: "no time" }];
  const first = s.ingest(events, new Date(NOW));
  assert.equal(first.added, 1);
  assert.equal(first.rejected.length, 1);
  assert.equal(first.rejected[0].error.kind, "missing_time");
  const again = s.ingest(events, NOW);
  assert.equal(again.added, 0);
  assert.equal(again.duplicates, 1);
  assert.equal(s.length, 1);
  const snap = s.snapshot();
  assert.equal(snap.status, "delivered");
  assert.equal(snap.deliveredAt, "2024-03-25T17:00:00Z");
  assert.equal(snap.milestone, "delivered");
  assert.deepEqual(snap.progress, { step: 6, of: 6, fraction: 1 });
  assert.equal(JSON.parse(JSON.stringify(snap)).status, "delivered");
});

test("Tracker: window, health and a localized message; batch = per call", () => {
  const tracker = new tc.Tracker();
  const snap = tracker.track(shipment, NOW, "de");
  assert.equal(snap.status, "out_for_delivery");
  assert.equal(snap.message.locale, "de");
  assert.ok(snap.message.headline.length > 0);
  assert.ok(snap.health.verdict);
  assert.deepEqual(tc.track(shipment, NOW, "de").toJSON(), snap.toJSON());
  const batch = tracker.trackBatch([shipment, { ...shipment, id: "A2" }], NOW, "de");
  assert.deepEqual(batch[0].toJSON(), snap.toJSON());
  assert.equal(batch[1].id, "A2");
  const s = tc.Shipment.fromInput(shipment, NOW);
  assert.deepEqual(tracker.snapshot(s, NOW, "de").toJSON(), snap.toJSON());
});

test("TransitModel: learn, observe, estimate, promise, toJSON/fromJSON round trip", () => {
  const history = [];
  for (let i = 0; i < 40; i++) {
    const day = String(1 + (i % 20)).padStart(2, "0");
    history.push({ id: `h${i}`, carrier: "ups", origin: { country: "US", region: "CA" }, destination: { country: "US", region: "NY" },
      shipped_at: `2024-02-${day}T10:00:00Z`, delivered_at: `2024-02-${String(3 + (i % 20) + (i % 3)).padStart(2, "0")}T15:00:00Z` });
  }
  const model = tc.TransitModel.learn(history, "2024-03-01T00:00:00Z");
  assert.equal(model.deliveries, 40);
  assert.ok(model.levels > 0);
  const w = model.promise({ carrier: "ups", origin: { country: "US", region: "CA" }, destination: { country: "US", region: "NY" } }, "2024-03-04T10:00:00Z");
  assert.ok(w.earliest <= w.most_likely && w.most_likely <= w.latest);
  const copy = tc.TransitModel.fromJSON(JSON.stringify(model));
  assert.deepEqual(copy.toJSON(), model.toJSON());
  assert.deepEqual(tc.TransitModel.fromJSON(model.toJSON()).toJSON(), model.toJSON());
  const open = { id: "o1", carrier: "ups", origin: { country: "US", region: "CA" }, destination: { country: "US", region: "NY" }, shipped_at: "2024-03-04T10:00:00Z", events: [] };
  assert.deepEqual(model.estimate(open, "2024-03-05T00:00:00Z"), copy.estimate(open, "2024-03-05T00:00:00Z"));
  assert.equal(model.observe({ ...history[0], id: "new" }, "2024-03-01T00:00:00Z"), true);
  assert.equal(model.observe(open, "2024-03-05T00:00:00Z"), false);
  assert.equal(model.deliveries, 41);
  const tracked = new tc.Tracker(model).track(open, "2024-03-05T00:00:00Z");
  assert.deepEqual(tracked.window, model.estimate(open, "2024-03-05T00:00:00Z"));
});

test("Tracker.noteOrders: counted once, a surge widens the window; Engine note_orders agrees", () => {
  // Ten weeks of five orders a day, each delivered in 4-7 days, learned; then the backend
  // notes every order of those weeks and a week of twelve a day (2.4x the usual week).
  const lane = { carrier: "correios", origin: { country: "BR", region: "SP" }, destination: { country: "BR", region: "RJ" } };
  const start = Date.parse("2017-08-07T12:00:00Z");
  const H = 3600e3;
  const placed = Array.from({ length: 350 }, (_, i) => new Date(start + (24 * Math.floor(i / 5) + (i % 5)) * H));
  const past = placed.map((t, i) => ({ id: `p${i}`, ...lane, ordered_at: t.toISOString(),
    shipped_at: new Date(t.getTime() + 20 * H).toISOString(), delivered_at: new Date(t.getTime() + (4 + (i % 4)) * 24 * H).toISOString() }));
  const model = tc.TransitModel.learn(past, "2018-01-01T00:00:00Z");
  const tracker = new tc.Tracker(model);
  const week = start + 70 * 24 * H;
  const now = new Date(week + 7 * 24 * H + 2 * H);
  const orders = placed.map((t, i) => ({ id: `p${i}`, carrier: "Correios", placed_at: t }));
  for (let d = 0; d < 7; d++) for (let k = 0; k < 12; k++) orders.push({ id: `s${d}-${k}`, carrier: "correios", placed_at: new Date(week + d * 24 * H + k * 60e3).toISOString() });
  const out = tracker.noteOrders(orders, now);
  assert.equal(out.counted, 434);
  assert.deepEqual(out.results[0], { result: "counted" });
  const again = tracker.noteOrders(orders, now);
  assert.equal(again.counted, 0);
  assert.ok(again.results.every((r) => r.result === "duplicate"));
  const bad = tracker.noteOrders([{ id: "", placed_at: now }, { id: "x", placed_at: "whenever" }], now);
  assert.deepEqual(bad.results.map((r) => r.error.kind), ["invalid_input", "invalid_time"]);
  const open = { id: "N1", ...lane, ordered_at: now.toISOString() };
  const snap = tracker.track(open, now, "fr");
  assert.deepEqual(snap.window.surge, { ratio: 2.4, factor: 1.5 });
  assert.match(snap.message.next, /période chargée/);
  const plain = new tc.Tracker(model).track(open, now);
  assert.equal(plain.window.surge, undefined);
  assert.ok(plain.window.latest < snap.window.latest);
  // The saved model keeps the noted orders; an Engine built from it answers the facade op.
  const engine = new tc.Engine({ transit_model: tracker.transitModel().toJSON() });
  const viaCall = JSON.parse(engine.call("note_orders", { orders: orders.slice(0, 2), now: now.toISOString() }));
  assert.deepEqual(viaCall, { results: [{ result: "duplicate" }, { result: "duplicate" }], counted: 0 });
  const est = JSON.parse(engine.call("estimate", { shipment: open, now: now.toISOString() }));
  assert.deepEqual(est.window.surge, { ratio: 2.4, factor: 1.5 });
});

test("DwellModel and Assessor: health verdicts, model round trip", () => {
  const lost = { id: "x", carrier: "ups", events: [{ status: "in_transit", time: "2024-03-01T10:00:00Z" }] };
  const h = new tc.Assessor().assess(lost, NOW);
  assert.equal(h.verdict, "likely_lost");
  assert.ok(h.explanation.length > 0);
  const dwell = tc.DwellModel.learn([shipment], NOW);
  assert.deepEqual(tc.DwellModel.fromJSON(JSON.stringify(dwell)).toJSON(), dwell.toJSON());
  const a = new tc.Assessor(dwell);
  assert.deepEqual(a.assessBatch([lost, shipment], NOW), [a.assess(lost, NOW), a.assess(shipment, NOW)]);
});

test("MessageCatalog: overrides, locale fallback, placeholders", () => {
  const snap = new tc.Tracker().track(shipment, NOW, "en");
  const key = tc.MessageCatalog.keys()[0];
  const holes = tc.MessageCatalog.placeholders(key);
  const catalog = new tc.MessageCatalog();
  catalog.override("en", key, "Custom text");
  assert.ok(tc.MessageCatalog.keys().length > 5);
  assert.ok(Array.isArray(holes));
  assert.equal(catalog.resolveLocale("pt-BR").startsWith("pt"), true);
  assert.equal(catalog.toJSON().length, 1);
  const fr = catalog.render(snap, "fr");
  assert.equal(fr.locale, "fr");
  assert.throws(() => catalog.override("en", key, "{no_such_placeholder}"), (e) => e.code === "INVALID_INPUT");
});

test("decide and digest: notifications from snapshot changes", () => {
  const tracker = new tc.Tracker();
  const before = tracker.track({ ...shipment, events: shipment.events.slice(0, 1) }, "2024-03-23T12:00:00Z");
  const later = "2024-03-26T15:00:00Z";
  const after = tracker.track(shipment, later);
  const sent = tc.decide(before, after, null, later);
  assert.equal(sent.length, 1);
  assert.equal(sent[0].kind, "out_for_delivery");
  assert.deepEqual(sent[0].shipment_ids, ["A1"]);
  assert.deepEqual(tc.decide(after, after, tc.defaultPolicy(), later), []);
  const other = tc.decide(
    tracker.track({ ...shipment, id: "A2", events: shipment.events.slice(0, 1) }, "2024-03-23T12:00:00Z"),
    tracker.track({ ...shipment, id: "A2" }, later), null, later);
  const merged = tc.digest([{ shipmentId: "A1", notification: sent[0] }, { shipmentId: "A2", notification: other[0] }]);
  assert.ok(merged.length >= 1);
  assert.deepEqual(merged.flatMap((n) => n.shipment_ids).sort(), ["A1", "A2"]);
});

test("Calendar: holidays and business days; Date or text days", () => {
  const us = new tc.Calendar("US");
  assert.equal(us.isBusinessDay("2024-07-04"), false);
  assert.equal(us.isBusinessDay(new Date("2024-07-05T12:00:00Z")), true);
  assert.equal(us.holiday("2024-07-04").date, "2024-07-04");
  assert.equal(us.holiday("2024-07-05"), null);
  assert.equal(us.nextBusinessDay("2024-07-03"), "2024-07-05");
  assert.equal(us.addBusinessDays("2024-07-03", 2), "2024-07-08");
  assert.ok(us.holidays(2024).length >= 10);
  assert.equal(us.country, "US");
  assert.ok(us.timezone.includes("/"));
  assert.throws(() => new tc.Calendar("DE", "XX"), (e) => e.code === "UNKNOWN_REGION");
});

test("report and Order", () => {
  const history = [
    { id: "h1", carrier: "ups", ordered_at: "2024-03-01T10:00:00Z", shipped_at: "2024-03-02T10:00:00Z", delivered_at: "2024-03-05T15:00:00Z" },
    { id: "h2", carrier: "ups", ordered_at: "2024-03-01T10:00:00Z", shipped_at: "2024-03-03T10:00:00Z", delivered_at: "2024-03-06T15:00:00Z" },
  ];
  const r = tc.report(history, "2024-04-01T00:00:00Z");
  assert.equal(r.overall.shipments, 2);
  assert.equal(r.overall.delivered, 2);
  assert.ok(r.by_carrier.ups);
  const order = tc.Order.fromInput({ id: "O1", shipments: [{ ...history[0], id: "P1" }, { id: "P2", events: [] }] }, "2024-04-01T00:00:00Z");
  assert.equal(order.id, "O1");
  assert.equal(order.snapshot().parcels, 2);
});

test("stepper: six labelled steps in the customer's language, side state at its step", () => {
  const pickup = new tc.Tracker().track(
    { id: "S1", carrier: "postnl", events: [
      { status: "in_transit", substatus: "in_transit.picked_up", time: "2024-03-22T10:00:00+01:00" },
      { status: "available_for_pickup", time: "2024-03-25T12:00:00+01:00" },
    ] },
    NOW, "de");
  const steps = tc.stepper(pickup, "de");
  assert.deepEqual(steps.map((s) => s.label), ["Bestellt", "In Bearbeitung", "Versandt", "Unterwegs", "Abholbereit", "Zugestellt"]);
  assert.deepEqual(steps.map((s) => s.state), ["done", "done", "done", "done", "current", "upcoming"]);
  assert.equal(steps[4].milestone, "ready_for_pickup");
  const custom = new tc.MessageCatalog([{ locale: "de", key: "milestone.ready_for_pickup", template: "Wartet auf Sie" }]);
  assert.equal(custom.stepper(pickup, "de-AT")[4].label, "Wartet auf Sie");
});

test("carriers: the registry with display names and coverage", () => {
  const all = tc.carriers();
  const ups = all.find((c) => c.slug === "ups");
  assert.equal(ups.name, "UPS");
  assert.equal(ups.code_table, true);
  assert.equal(ups.tracking_number_formats, true);
  assert.ok(all.length > 50 && new Set(all.map((c) => c.slug)).size === all.length);
});
