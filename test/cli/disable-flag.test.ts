// `trama build --disable`: a build with rules off caches apart from a normal one (neither
// reuses nor prunes the other's extractions), and an unknown id is one error line.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildCorpus } from "../../src/cli/build.ts";
import { disabledCache } from "../../src/build/version.ts";
import { projectRoot } from "../../src/paths.ts";

const bin = join(projectRoot, "bin", "trama.js");
const ARTICLE = "Vertice a Oslo\n\nIl premier ceco Petr Novak ha criticato duramente il governo norvegese per la sua politica energetica.\n";
const criticisms = (g: Awaited<ReturnType<typeof buildCorpus>>["graph"]) => g.filterEdges((_e, a) => a.predicate === "criticizes" && a.modality === "asserted").length;

describe("trama build --disable", () => {
  it("caches apart: neither build reuses or prunes the other's extractions", async () => {
    const dir = mkdtempSync(join(tmpdir(), "trama-disable-"));
    writeFileSync(join(dir, "a.txt"), ARTICLE);
    const cacheDir = join(mkdtempSync(join(tmpdir(), "trama-disable-out-")), ".cache");
    const build = (disable: string[]) => buildCorpus(dir, { quiet: true, cacheDir, disable });
    const all = await build([]);
    expect(all.extracted).toBe(1);
    expect(criticisms(all.graph)).toBe(1);
    const off = await build(["criticize-"]);
    expect(off.extracted).toBe(1);
    expect(criticisms(off.graph)).toBe(0);
    const again = await build([]);
    expect(again.extracted).toBe(0);
    expect(criticisms(again.graph)).toBe(1);
    const offAgain = await build(["criticize-"]);
    expect(offAgain.extracted).toBe(0);
    expect(criticisms(offAgain.graph)).toBe(0);
  }, 120000);

  it("keys the cache by the set of specs, not their order", () => {
    const a = disabledCache("/c", "v1", ["event.", "tree:meet-"]);
    expect(disabledCache("/c", "v1", ["tree:meet-", "event."])).toEqual(a);
    expect(disabledCache("/c", "v1", ["event."]).version).not.toBe(a.version);
    expect(a.root).not.toBe("/c");
    expect(disabledCache("/c", "v1", [])).toEqual({ root: "/c", version: "v1" });
  });

  it("refuses an unknown id with one line naming it and exit 2", () => {
    const dir = mkdtempSync(join(tmpdir(), "trama-disable-"));
    writeFileSync(join(dir, "a.txt"), ARTICLE);
    const r = spawnSync(process.execPath, [bin, "build", dir, "--out", mkdtempSync(join(tmpdir(), "trama-disable-out-")), "--quiet", "--disable", "meet-,no-such-family"], { encoding: "utf8", cwd: projectRoot, timeout: 120000 });
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toContain("no-such-family");
  }, 120000);
});
