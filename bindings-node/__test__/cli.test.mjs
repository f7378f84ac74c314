// Agreement with the CLI on the shared dev data (skipped when it is absent): the CLI's
// `normalize`, `identify` and `track` and this package give the same answers, 0 differences.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isDeepStrictEqual } from "node:util";
import { REPO, devData, tc } from "./helpers.mjs";

const DATA = devData();
const CLI = join(REPO, "target", "debug", "tracking-core");
const NOW = "2026-01-01T00:00:00Z";
const skip = !DATA ? "no shared dev data" : !existsSync(CLI) ? "CLI not built (cargo build -p tracking-core-cli)" : false;

const lines = (file) => readFileSync(file, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l));

function cli(args, input) {
  const dir = mkdtempSync(join(tmpdir(), "tc-cli-"));
  try {
    const file = join(dir, "in.jsonl");
    writeFileSync(file, input.map((x) => JSON.stringify(x)).join("\n") + "\n");
    const r = spawnSync(CLI, [...args, file], { encoding: "utf8", maxBuffer: 1 << 30 });
    return r.stdout.split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test("normalize: 0 differences from the CLI", { skip }, () => {
  // The dev lines carry the expected status as a label: drop it, or both sides say "given".
  const events = lines(join(DATA, "carrier_events.dev.jsonl"))
    .map(({ status, substatus, ...e }) => e);
  const want = cli(["normalize"], events);
  assert.equal(want.length, events.length);
  const got = tc.normalizeBatch(events);
  const diffs = events.filter((_, i) => {
    const w = want[i], g = got[i];
    return w.status !== g.status || (w.substatus ?? null) !== g.substatus || w.rule !== g.rule ||
      Math.abs(w.confidence - g.confidence) > 0.005 + 1e-9;
  });
  assert.equal(diffs.length, 0, `${diffs.length} of ${events.length} differ`);
});

test("identify: 0 differences from the CLI", { skip }, () => {
  const numbers = lines(join(DATA, "tracking_numbers.dev.jsonl")).map((l) => l.number);
  const want = cli(["identify", "--input"], numbers.map((number) => ({ number })));
  assert.equal(want.length, numbers.length);
  const got = tc.identifyBatch(numbers);
  const key = (id) => [id.normalized, id.ambiguous, id.candidates];
  const diffs = numbers.filter((_, i) => !isDeepStrictEqual(key(want[i]), key(got[i])));
  assert.equal(diffs.length, 0, `${diffs.length} of ${numbers.length} differ: ${diffs.slice(0, 3)}`);
});

test("track: 0 differences from the CLI (whole snapshots)", { skip }, () => {
  const shipments = lines(join(DATA, "olist", "history.dev.jsonl"));
  const want = cli(["track", "--now", NOW], shipments);
  assert.equal(want.length, shipments.length);
  const tracker = new tc.Tracker();
  let diffs = 0;
  shipments.forEach((s, i) => {
    const got = tracker.track(s, s.as_of ?? NOW).toJSON();
    try {
      assert.deepEqual(got, want[i]);
    } catch {
      diffs++;
    }
  });
  assert.equal(diffs, 0, `${diffs} of ${shipments.length} differ`);
});
