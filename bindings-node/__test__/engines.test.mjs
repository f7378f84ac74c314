// Every locked npm package (dev packages included) supports the oldest Node the package
// says it needs, so `npm ci` on that Node installs without EBADENGINE warnings. The
// `overrides` in package.json hold back two transitive packages of @napi-rs/cli whose newer
// releases need Node 22.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
// Not from helpers.mjs, which loads the addon: this test needs no build.
const PKG = resolve(dirname(fileURLToPath(import.meta.url)), "..");

test("every locked package supports the minimum Node of package.json engines", () => {
  // semver comes with npm's own dependency tree of @napi-rs/cli (installed by `npm ci`).
  const semver = require(join(PKG, "node_modules", "semver"));
  const pkg = JSON.parse(readFileSync(join(PKG, "package.json"), "utf8"));
  const lock = JSON.parse(readFileSync(join(PKG, "package-lock.json"), "utf8"));
  const minimum = semver.minVersion(pkg.engines.node);
  assert.ok(minimum, `engines.node ${pkg.engines.node} has no minimum`);
  const refused = Object.entries(lock.packages)
    .filter(([, p]) => p.engines?.node && !p.optional)
    .filter(([, p]) => !semver.satisfies(minimum, p.engines.node))
    .map(([path, p]) => `${path}@${p.version} needs node ${p.engines.node}`);
  assert.deepEqual(refused, [], `not installable on node ${minimum}`);
  assert.ok(semver.satisfies(process.version, pkg.engines.node), `this node ${process.version}`);
});
