// Benchmarks of the Node package (not a test; figures go in the closing note / docs):
//   normalize one event per call; a batch of 1,000,000 events (columns and objects) vs a
//   per-call loop; identify per number, against the npm package `ts-tracking-number` on the
//   same numbers (accuracy and time); the size of the loaded `.node` file.
// Build the release addon first: `bash scripts/build.sh --release`, then
//   node bench/bench.mjs [--data DIR] [--events N]
// (the dev data folder: --data, else $TRACKING_CORE_DATA; without it the fixtures' events)
import { createRequire } from "node:module";
import { existsSync, readFileSync, statSync, readdirSync, rmSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const PKG = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const REPO = resolve(PKG, "..");
const tc = require(PKG);
const ts = require("ts-tracking-number");

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
// The dev data: --data DIR, else $TRACKING_CORE_DATA, else the fixtures' events only.
const DATA = arg("--data", process.env.TRACKING_CORE_DATA || undefined);
if (DATA && !existsSync(join(DATA, "carrier_events.dev.jsonl"))) throw new Error(`${DATA} holds no carrier_events.dev.jsonl`);
const N = Number(arg("--events", 1_000_000));
const lines = (f) => readFileSync(f, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l));

// Wall time and this process's CPU time (user + system): on a shared machine the CPU time is
// the steadier figure (waiting for a core is not counted). Both are printed.
const cpu = [];
function time(fn) {
  const c0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  const out = fn();
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  const c = process.cpuUsage(c0);
  cpu.push((c.user + c.system) / 1e6);
  return [wall, out];
}
const lastCpu = () => cpu[cpu.length - 1];

// Events: the dev data's raw events (labels dropped), else the fixtures' events.
let base;
if (DATA) {
  base = lines(join(DATA, "carrier_events.dev.jsonl")).map(({ status, substatus, ...e }) => e);
} else {
  const dir = join(REPO, "fixtures", "shipments");
  base = readdirSync(dir).flatMap((f) => {
    const v = JSON.parse(readFileSync(join(dir, f), "utf8"));
    return (v.input.events ?? []).map((e) => ({ carrier: v.input.carrier ?? "", ...e }))
      .filter((e) => e.code || e.description).map(({ status, substatus, ...e }) => e);
  });
}
const events = Array.from({ length: N }, (_, i) => base[i % base.length]);
const carrier = events.map((e) => e.carrier ?? "");
const code = events.map((e) => e.code ?? null);
const description = events.map((e) => e.description ?? null);
const language = events.map((e) => e.language ?? null);

console.log(`node ${process.version}, ${events.length} events (${base.length} distinct) from ${DATA ?? "fixtures/"}`);
const rows = [];

// Warm-up (tables, text automaton, JIT).
for (let i = 0; i < 20000; i++) tc.normalize(carrier[i], code[i], description[i], language[i]);

const [loop] = time(() => {
  let x = 0;
  for (let i = 0; i < N; i++) x += tc.normalize(carrier[i], code[i], description[i], language[i]).confidence;
  return x;
});
const loopCpu = lastCpu();
rows.push(["normalize, per call (strings in, object out)", loop, `${((loop / N) * 1e9).toFixed(0)} ns/event`, loopCpu, `${((loopCpu / N) * 1e9).toFixed(0)} ns/event`]);

const [loopEvent] = time(() => {
  let x = 0;
  for (let i = 0; i < N; i++) x += tc.normalizeEvent(events[i]).confidence;
  return x;
});
const loopEventCpu = lastCpu();
rows.push(["normalizeEvent, per call (event object in)", loopEvent, `${((loopEvent / N) * 1e9).toFixed(0)} ns/event`, loopEventCpu, `${((loopEventCpu / N) * 1e9).toFixed(0)} ns/event`]);

const n = new tc.Normalizer();
const [cols, colOut] = time(() => n.normalizeColumns({ carrier, code, description, language }));
rows.push([`normalizeColumns, one call of ${N}`, cols, `${(loop / cols).toFixed(1)}x the per-call loop`, lastCpu(), `${(loopCpu / lastCpu()).toFixed(1)}x`]);

// The worst case for the column path: every row distinct (a row number appended to the
// text), so nothing is shared between rows.
const unique = description.map((d, i) => `${d ?? ""} #${i}`);
const [colsU, colUOut] = time(() => n.normalizeColumns({ carrier, code, description: unique, language }));
rows.push([`normalizeColumns, ${N} all-distinct rows`, colsU, "", lastCpu(), ""]);
if (colUOut.status.length !== N) throw new Error("normalizeColumns lost rows");
if (colOut.status.length !== N) throw new Error("normalizeColumns lost rows");

const [batch, batchOut] = time(() => tc.normalizeBatch(events));
rows.push([`normalizeBatch, one call of ${N} objects`, batch, `${(loopEvent / batch).toFixed(1)}x the normalizeEvent loop`, lastCpu(), `${(loopEventCpu / lastCpu()).toFixed(1)}x`]);
if (batchOut.length !== N) throw new Error("normalizeBatch lost rows");

// identify vs ts-tracking-number on the same numbers.
if (DATA) {
  const labelled = lines(join(DATA, "tracking_numbers.dev.jsonl"));
  const numbers = labelled.map((l) => l.number);
  const reps = Math.max(1, Math.floor(200000 / numbers.length));
  const all = Array.from({ length: reps * numbers.length }, (_, i) => numbers[i % numbers.length]);
  for (const x of numbers) { tc.identify(x); ts.getTracking(x); }
  const per = (s) => `${((s / all.length) * 1e9).toFixed(0)} ns/number`;
  // Three ways to the same numbers: a loop that drops each answer (the cost of one call), a
  // loop that keeps them (`numbers.map(identify)`: the same output as a batch) and the batch.
  // Keeping 200,000 answers costs the garbage collector the same in both of the last two.
  const [ours] = time(() => { let k = 0; for (const x of all) k += tc.identify(x).candidates.length; return k; });
  rows.push([`identify, per number (${all.length} calls)`, ours, per(ours), lastCpu(), per(lastCpu())]);
  const [kept] = time(() => all.map((x) => tc.identify(x)).length);
  rows.push([`numbers.map(identify), answers kept`, kept, per(kept), lastCpu(), per(lastCpu())]);
  const [ourBatch] = time(() => tc.identifyBatch(all).length);
  rows.push([`identifyBatch, one call of ${all.length}`, ourBatch, per(ourBatch), lastCpu(), per(lastCpu())]);
  // Distinct inputs: the dev numbers spaced and cased differently on each pass (nothing is
  // cached, so this shows that repeats are not what makes the loop fast).
  const distinct = all.map((x, i) => {
    const k = 1 + (i % Math.max(1, x.length - 1));
    const spaced = `${x.slice(0, k)} ${x.slice(k)}`;
    return Math.floor(i / numbers.length) % 2 ? spaced.toLowerCase() : spaced;
  });
  const [ourDistinct] = time(() => { let k = 0; for (const x of distinct) k += tc.identify(x).candidates.length; return k; });
  rows.push([`identify, ${new Set(distinct).size} distinct inputs`, ourDistinct, per(ourDistinct), lastCpu(), per(lastCpu())]);
  const [theirs] = time(() => { let k = 0; for (const x of all) k += ts.getTracking(x) ? 1 : 0; return k; });
  rows.push([`ts-tracking-number getTracking, per number`, theirs, per(theirs), lastCpu(), per(lastCpu())]);

  // Accuracy, the rule of `tracking-core identify --eval`: a valid number is right when its
  // labelled courier is the top candidate (or among candidates flagged ambiguous); an invalid
  // number is right when no candidate of the labelled courier accepts it.
  const wanted = (courier) => (courier === "dhl" ? ["dhl_express", "dhl_ecommerce", "dhl"] : [courier]);
  let oursRight = 0, theirsRight = 0, validN = 0, invalidN = 0, oursValid = 0, theirsValid = 0;
  for (const l of labelled) {
    const id = tc.identify(l.number);
    const w = wanted(l.courier);
    const any = id.candidates.some((c) => w.includes(c.carrier));
    const top = id.candidates.length > 0 && w.includes(id.candidates[0].carrier);
    const t = ts.getTracking(l.number);
    const tOk = !!t && w.includes(t.courier.code);
    if (l.valid) {
      validN++;
      const a = top || (id.ambiguous && any);
      oursRight += a; oursValid += a; theirsRight += tOk; theirsValid += tOk;
    } else {
      invalidN++;
      oursRight += !any; theirsRight += !tOk;
    }
  }
  const pct = (x, d) => `${((100 * x) / d).toFixed(1)}%`;
  console.log(`identify accuracy on ${labelled.length} labelled numbers (${validN} valid, ${invalidN} invalid):`);
  console.log(`  tracking-core       ${pct(oursRight, labelled.length)} right (valid: ${pct(oursValid, validN)}, invalid rejected: ${pct(oursRight - oursValid, invalidN)})`);
  console.log(`  ts-tracking-number  ${pct(theirsRight, labelled.length)} right (valid: ${pct(theirsValid, validN)}, invalid rejected: ${pct(theirsRight - theirsValid, invalidN)})`);
}

console.log(`${"".padEnd(48)} ${"wall".padStart(8)}   ${"".padEnd(28)} ${"cpu".padStart(8)}`);
for (const [name, secs, note, c, cnote] of rows) {
  console.log(`${name.padEnd(48)} ${secs.toFixed(3).padStart(8)} s ${note.padEnd(28)} ${c.toFixed(3).padStart(8)} s ${cnote}`);
}
const node = readdirSync(PKG).find((f) => f.endsWith(".node"));
if (node) {
  const file = join(PKG, node);
  let stripped = "";
  const tmp = join(tmpdir(), `tc-bench-${process.pid}.node`);
  if (spawnSync("strip", ["-o", tmp, file]).status === 0) {
    stripped = `, stripped ${(statSync(tmp).size / 1024).toFixed(0)} KiB`;
    rmSync(tmp);
  }
  console.log(`${node}: ${(statSync(file).size / 1024).toFixed(0)} KiB${stripped}`);
}
