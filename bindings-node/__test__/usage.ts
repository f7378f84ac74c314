// Compiled by `tsc --noEmit --strict` in types.test.mjs: the generated types must let a
// TypeScript user call the whole surface without casts, and reject misuse (@ts-expect-error).
import {
  Assessor, Calendar, DwellModel, MessageCatalog, Normalizer, Order, Shipment, Tracker, TransitModel,
  decide, defaultPolicy, digest, errorCodes, findInText, identify, identifyBatchAsync, isTerminal,
  normalize, normalizeBatch, parseStatus, report, statuses, track, validate,
  type DeliveryWindow, type Health, type Identification, type Normalized, type ShipmentInput,
  type SnapshotJSON, type StatusCode, type SubStatusCode, type TrackingCoreError,
} from "tracking-core";

const shipment: ShipmentInput = {
  id: "A1",
  carrier: "ups",
  events: [{ description: "Delivered", time: new Date("2024-03-25T17:00:00Z") }],
};
const n: Normalized = normalize("ups", null, "Delivered");
const s: StatusCode = n.status;
const sub: SubStatusCode | null = n.substatus;
const conf: number = n.confidence;
const all: StatusCode[] = statuses();
const parsed: StatusCode = parseStatus("InTransit");
const terminal: boolean = isTerminal("delivered");
const batch: Normalized[] = normalizeBatch([{ carrier: "ups", code: "KB" }]);
const cols = new Normalizer().normalizeColumns({ carrier: "ups", code: ["D", null] });
const f64: Float64Array = cols.confidence;

const id: Identification = identify("1Z879E930346834440", { carriers: ["ups"] });
const url: string | null = id.candidates[0].tracking_url;
const candidate = validate("1Z879E930346834440", "ups");
const found = findInText("ship 1Z879E930346834440");
const spans: Array<[number, number]> = found.map((f) => f.span);

const shp = Shipment.fromInput(shipment, "2024-04-01T00:00:00Z");
const rep = shp.ingest([{ description: "x", time: "2024-03-26T10:00:00Z" }], new Date());
const added: number = rep.added;
const snap = new Tracker().track(shipment, new Date(), "de");
const json: SnapshotJSON = snap.toJSON();
const window: DeliveryWindow | null = snap.window;
const health: Health | null = snap.health;
const headline: string | undefined = snap.message?.headline;
const one = track(shipment);
// A batch item is a Snapshot or its error; `instanceof Error` narrows both ways.
const items = new Tracker().trackBatch([shipment, '{"id": "A2"}'], new Date());
const firstIds: string[] = items.map((item) => (item instanceof Error ? `#${item.index} ${item.code}` : item.id));
// @ts-expect-error: an item may be an error, which has no status
const unchecked: StatusCode = items[0].status;
const order = Order.fromInput({ id: "O", shipments: [shipment] }).snapshot();
const parcels: number = order.parcels;

const model: TransitModel = TransitModel.learn([shipment], "2024-04-01T00:00:00Z");
const promise: DeliveryWindow | null = model.promise({ carrier: "ups" }, new Date(), 0.8);
const back: TransitModel = TransitModel.fromJSON(JSON.stringify(model));
const dwell = DwellModel.learn([shipment, shp]);
const verdict: Health = new Assessor(dwell, model).assess(shp, new Date());
const catalog = new MessageCatalog([{ locale: "en", key: MessageCatalog.keys()[0], template: "Hi" }]);
const msg = catalog.render(snap, "en");
const notes = decide(null, snap, defaultPolicy(), new Date());
const merged = digest(notes.map((notification) => ({ shipmentId: "A1", notification })));
const cal = new Calendar("US");
const next: string = cal.nextBusinessDay(new Date());
const r = report([shipment]);
const codes = errorCodes().map((c) => c.code);

async function later(): Promise<void> {
  const ids: Identification[] = await identifyBatchAsync(["1Z879E930346834440"]);
  const learned: TransitModel = await TransitModel.learnAsync([shipment]);
  const pooled = await new Tracker().trackBatchAsync([shipment]);
  const statusesOf: StatusCode[] = pooled.flatMap((item) => (item instanceof Error ? [] : [item.status]));
  void statusesOf;
  void ids;
  void learned;
}

try {
  validate("1", "ups");
} catch (e) {
  const err = e as TrackingCoreError;
  if (err.code === "INVALID_TRACKING_NUMBER") console.log(err.reason);
}

// @ts-expect-error: a status outside the taxonomy is not a StatusCode
const wrong: StatusCode = "shipped_somewhere";
// @ts-expect-error: a shipment needs an id
track({ carrier: "ups" });

void [s, sub, conf, all, parsed, terminal, batch, f64, url, candidate, spans, added, json, window, health,
  headline, one, firstIds, unchecked, parcels, promise, back, verdict, msg, merged, next, r, codes, later, wrong];
