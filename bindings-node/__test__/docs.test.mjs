// The examples users copy: the README's Node section and docs/node.md's JavaScript blocks run
// as written, with `tracking-core` resolving to this package.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PKG, REPO } from "./helpers.mjs";

/** The ```js blocks of a markdown text. */
export function jsBlocks(markdown) {
  return [...markdown.matchAll(/```js\n([^]*?)```/g)].map((m) => m[1]);
}

/** The README's Node section. */
export function readmeNodeSection() {
  const readme = readFileSync(join(REPO, "README.md"), "utf8");
  const start = readme.indexOf("## Use it from Node / TypeScript");
  assert.ok(start >= 0, "README has no 'Use it from Node / TypeScript' section");
  const end = readme.indexOf("\n## ", start + 10);
  return readme.slice(start, end < 0 ? undefined : end);
}

function runIn(dir, file, code) {
  writeFileSync(join(dir, file), code);
  return spawnSync(process.execPath, [file], { cwd: dir, encoding: "utf8" });
}

function scratch() {
  const dir = mkdtempSync(join(tmpdir(), "tc-docs-"));
  mkdirSync(join(dir, "node_modules"));
  symlinkSync(PKG, join(dir, "node_modules", "tracking-core"), "dir");
  return dir;
}

test("the README's Node example runs (CommonJS and ESM) and prints what it says", () => {
  const [example] = jsBlocks(readmeNodeSection());
  assert.ok(example, "no js block in the README's Node section");
  assert.ok(example.split("\n").filter((l) => l.trim()).length <= 20, "the README example should stay short");
  const dir = scratch();
  try {
    const cjs = runIn(dir, "readme.cjs", example);
    assert.equal(cjs.status, 0, cjs.stderr);
    assert.match(cjs.stdout, /out_for_delivery/);
    assert.match(cjs.stdout, /^ups https:\/\//m);
    const esm = runIn(dir, "readme.mjs", example.replace(/const tc = require\("tracking-core"\);[^\n]*/, 'import * as tc from "tracking-core";'));
    assert.equal(esm.status, 0, esm.stderr);
    assert.equal(esm.stdout, cjs.stdout);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("docs/node.md's JavaScript examples run", () => {
  const blocks = jsBlocks(readFileSync(join(REPO, "docs", "node.md"), "utf8"));
  assert.ok(blocks.length >= 2);
  const dir = scratch();
  try {
    blocks.forEach((code, i) => {
      const r = runIn(dir, `doc${i}.cjs`, code);
      assert.equal(r.status, 0, `block ${i}: ${r.stderr}`);
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("the package's own README example (shipped in the tarball) prints what its comment says", () => {
  const [example] = jsBlocks(readFileSync(join(PKG, "README.md"), "utf8"));
  assert.ok(example, "no js block in bindings-node/README.md");
  const said = example.match(/\/\/ (out_for_delivery .*)$/m);
  assert.ok(said, "the example should say what it prints");
  const dir = scratch();
  try {
    const r = runIn(dir, "pkg-readme.cjs", example);
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout.trim(), said[1]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
