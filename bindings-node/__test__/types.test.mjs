// The generated index.d.ts is usable: `tsc --noEmit --strict` (TypeScript from npm) over a
// usage file that calls the whole surface, with `isolatedModules` as esbuild/SWC users have.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync, mkdirSync, symlinkSync, copyFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PKG } from "./helpers.mjs";

test("tsc --noEmit --strict accepts the usage file", () => {
  // A scratch project where `tracking-core` resolves to this package.
  const dir = mkdtempSync(join(tmpdir(), "tc-types-"));
  try {
    mkdirSync(join(dir, "node_modules"));
    symlinkSync(PKG, join(dir, "node_modules", "tracking-core"), "dir");
    copyFileSync(join(PKG, "__test__", "usage.ts"), join(dir, "usage.ts"));
    writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({
      compilerOptions: {
        strict: true, noEmit: true, isolatedModules: true, target: "ES2022",
        module: "NodeNext", moduleResolution: "NodeNext", skipLibCheck: false, types: [],
      },
      files: ["usage.ts"],
    }));
    const tsc = join(PKG, "node_modules", "typescript", "bin", "tsc");
    const r = spawnSync(process.execPath, [tsc, "-p", dir], { encoding: "utf8" });
    assert.equal(r.status, 0, r.stdout + r.stderr);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
