// `npm pack` gives a tarball that installs into an empty folder (no network needed: the
// package has no runtime dependencies) and runs the README example there.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PKG } from "./helpers.mjs";
import { jsBlocks, readmeNodeSection } from "./docs.test.mjs";

const npm = process.platform === "win32" ? "npm.cmd" : "npm";

test("npm pack installs into an empty folder and runs the README example", () => {
  const work = mkdtempSync(join(tmpdir(), "tc-pack-"));
  try {
    const pack = spawnSync(npm, ["pack", "--silent", "--pack-destination", work], { cwd: PKG, encoding: "utf8" });
    assert.equal(pack.status, 0, pack.stderr);
    const tarball = readdirSync(work).find((f) => f.endsWith(".tgz"));
    assert.ok(tarball, "npm pack wrote no tarball");
    const app = join(work, "app");
    spawnSync("mkdir", [app]);
    writeFileSync(join(app, "package.json"), JSON.stringify({ name: "app", private: true }));
    const install = spawnSync(npm, ["install", "--offline", "--no-audit", "--no-fund", join(work, tarball)], { cwd: app, encoding: "utf8" });
    assert.equal(install.status, 0, install.stdout + install.stderr);
    const installed = readdirSync(join(app, "node_modules", "tracking-core")).sort();
    assert.ok(installed.includes("index.d.ts") && installed.includes("index.mjs"), installed.join(" "));
    assert.ok(installed.includes("README.md"), "the tarball has no README (npm shows the package without one)");
    assert.ok(installed.some((f) => f.endsWith(".node")), "the tarball has no .node file");
    assert.ok(!installed.includes("src") && !installed.includes("__test__"), "sources leaked into the tarball");
    const [example] = jsBlocks(readmeNodeSection());
    writeFileSync(join(app, "example.cjs"), example);
    const run = spawnSync(process.execPath, ["example.cjs"], { cwd: app, encoding: "utf8" });
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /out_for_delivery/);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
});
