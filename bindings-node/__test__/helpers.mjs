// Shared paths and helpers of the Node tests.
import { createRequire } from "node:module";
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const require = createRequire(import.meta.url);
export const PKG = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const REPO = resolve(PKG, "..");
export const FIXTURES = join(REPO, "fixtures");

/** The package as a user gets it (`require("tracking-core")`). */
export const tc = require(PKG);

/** The `.node` file itself: the test-only exports (`debugPanic`) live only there. */
export function nativeFile() {
  return join(PKG, "tracking-core.linux-x64-gnu.node");
}

/**
 * The dev data folder named by $TRACKING_CORE_DATA, or null when the variable is unset (the
 * tests that need it skip). `make test` sets it when the data sits beside the clone.
 */
export function devData() {
  const dir = process.env.TRACKING_CORE_DATA;
  if (!dir) return null;
  if (!existsSync(join(dir, "carrier_events.dev.jsonl"))) {
    throw new Error(`TRACKING_CORE_DATA=${dir} holds no carrier_events.dev.jsonl`);
  }
  return dir;
}

/**
 * Expected keys must match (extra actual keys ignored inside objects); numbers within 1e-9;
 * arrays element by element (the rule of fixtures/README.md).
 */
export function same(expected, actual) {
  if (expected !== null && typeof expected === "object" && !Array.isArray(expected)) {
    return (
      actual !== null && typeof actual === "object" &&
      Object.entries(expected).every(([k, v]) => k in actual && same(v, actual[k]))
    );
  }
  if (Array.isArray(expected)) {
    return Array.isArray(actual) && expected.length === actual.length &&
      expected.every((v, i) => same(v, actual[i]));
  }
  if (typeof expected === "number" && typeof actual === "number") {
    return Math.abs(expected - actual) <= 1e-9;
  }
  return expected === actual;
}

/** Instants compare as instants (`...Z` equals `...+00:00`). */
export function sameInstant(a, b) {
  if (a === null || b === null) return a === b;
  return Date.parse(a) === Date.parse(b);
}
