// CommonJS `require` and ESM `import` give the same native module and the same exports.
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { PKG, require } from "./helpers.mjs";

test("import and require expose the same names and objects", async () => {
  const cjs = require(PKG);
  const esm = await import(pathToFileURL(join(PKG, "index.mjs")).href);
  // debugPanic* exist only in the test build's native module (not in the loader's list).
  const names = Object.keys(cjs).filter((n) => !n.startsWith("__") && !n.startsWith("debugPanic")).sort();
  const esmNames = Object.keys(esm).filter((n) => n !== "default").sort();
  assert.deepEqual(esmNames, names);
  for (const n of names) assert.equal(esm[n], cjs[n], n);
  assert.equal(esm.default, cjs);
  assert.equal(esm.normalize("ups", null, "Delivered").status, "delivered");
});

test("the package's exports map sends import to index.mjs and require to index.js", () => {
  const pkg = require(join(PKG, "package.json"));
  assert.equal(pkg.exports["."].import, "./index.mjs");
  assert.equal(pkg.exports["."].require, "./index.js");
  assert.equal(pkg.exports["."].types, "./index.d.ts");
});
