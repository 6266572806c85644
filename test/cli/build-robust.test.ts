// `trama build` under bad input and bad places: one article's failure is a warning, never
// the end of the build; the output folder is checked before any work; outputs are
// replaced as a set and a killed run's leftovers are removed.
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import N3 from "n3";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../../src/paths.ts";
import { loadContext } from "../../src/pipeline.ts";
import { runArticle } from "../../src/cli/article-run.ts";
import { writeOutputSet } from "../../src/cli/outputs.ts";

const bin = join(projectRoot, "bin", "trama.js");
const run = (args: string[], opts: { uid?: number; gid?: number } = {}) =>
  spawnSync(process.execPath, [bin, ...args], { encoding: "utf8", cwd: projectRoot, timeout: 120000, ...opts });
const tmp = () => mkdtempSync(join(tmpdir(), "trama-robust-"));
const noStack = (s: string) => expect(s).not.toMatch(/\n\s+at .*\.(ts|js):\d+/);

function corpus(files: Record<string, string | Buffer>): string {
  const dir = tmp();
  for (const [name, body] of Object.entries(files)) writeFileSync(join(dir, name), body);
  return dir;
}

const GOOD = "Il presidente russo Vladimir Putin ha incontrato a Mosca il leader nordcoreano Kim Jong Un.\n";

describe("one bad article never sinks a build", () => {
  it("drops a fact about an entity no article describes, with a warning, and builds everything", () => {
    const dir = corpus({
      // A leader at war, his country never named (a visit or an office would describe the country it implies).
      "vertice.txt": "Olaf Scholz combatte contro la Georgia.\n",
      // A war between a leader's country and a country, where the leader's country is never named.
      "colpo.txt": "Vladimir Putin ha invaso la Georgia.\n",
      "buono.txt": GOOD,
    });
    const r = run(["build", dir, "--out", join(dir, "out"), "--quiet"]);
    expect(r.stderr).not.toMatch(/internal error/);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^built 3 articles \(0 skipped, \d+ dangling facts? dropped\)/);
    for (const line of r.stderr.trim().split("\n")) expect(line).toMatch(/^warning: .*(vertice|colpo)\.txt: graph: \d+ facts? about an entity never described dropped/);
    expect(readdirSync(join(dir, "out")).filter((f) => f !== ".cache").sort()).toEqual(["graph.gexf", "graph.json", "graph.ttl"]);
  });

  it("skips an article whose stage throws, naming the stage, and goes on", async () => {
    const ctx = await loadContext();
    const broken = { ...ctx, nlp: { ...ctx.nlp, abbreviations: undefined as unknown as Set<string> } };
    const out = runArticle({ path: "x.txt", name: "x.txt", bytes: Buffer.from(GOOD) }, broken);
    expect(out.ok).toBe(false);
    if (!out.ok) {
      expect(out.stage).toBe("analyze");
      expect(out.reason).not.toMatch(/\n/);
    }
    const ok = runArticle({ path: "y.txt", name: "y.txt", bytes: Buffer.from(GOOD) }, ctx);
    expect(ok.ok).toBe(true);
  });

  it("skips an article over --max-bytes with a warning, and refuses a --max-bytes that is not a size", () => {
    const dir = corpus({ "lungo.txt": GOOD.repeat(40), "buono.txt": GOOD });
    const r = run(["build", dir, "--out", join(dir, "out"), "--quiet", "--max-bytes", "1k"]);
    expect(r.status).toBe(0);
    expect(r.stderr.trim()).toMatch(/^warning: .*lungo\.txt: read: 3\.6 kB, over --max-bytes \(1\.0 kB\), skipped$/);
    expect(r.stdout).toMatch(/^built 1 article \(1 skipped\)/);
    const bad = run(["build", dir, "--out", join(dir, "out"), "--max-bytes", "lots"]);
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("gives files whose names fold alike their own article ids", () => {
    const dir = corpus({ "a b.txt": GOOD, "a-b.md": GOOD, "ünï€😀.txt": GOOD });
    const r = run(["build", dir, "--out", join(dir, "out"), "--quiet"]);
    expect(r.status).toBe(0);
    const env = JSON.parse(readFileSync(join(dir, "out", "graph.json"), "utf8"));
    const ids = env.graph.attributes.articles.map((a: { id: string }) => a.id);
    expect(new Set(ids).size).toBe(3);
    expect(ids).toContain("uni");
    const subjects = new Set(new N3.Parser().parse(readFileSync(join(dir, "out", "graph.ttl"), "utf8")).map((q) => q.subject.value));
    for (const id of ids) expect(subjects).toContain(`https://w3id.org/trama/id/article/${id}`);
  });
});

describe("the output folder is checked before any work", () => {
  const dir = corpus({ "buono.txt": GOOD });

  it.each([
    ["under /proc", "/proc/trama-out"],
    ["a file", join(dir, "buono.txt")],
    ["below a file", join(dir, "buono.txt", "out")],
  ])("exits 4 at once when --out is %s", (_what, out) => {
    const t0 = Date.now();
    const r = spawnSync(process.execPath, [bin, "build", dir, "--out", out, "--quiet"], { encoding: "utf8", timeout: 20000 });
    expect(r.status).toBe(4);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toContain(out);
    expect(Date.now() - t0).toBeLessThan(20000);
    noStack(r.stderr);
  });

  it("trama start checks --out before building too", () => {
    const r = spawnSync(process.execPath, [bin, "start", "--articles", dir, "--out", "/proc/trama-out"], { encoding: "utf8", timeout: 20000 });
    expect(r.status).toBe(4);
    expect(r.stdout).toBe("");
  });

  it("exits 4 when --out is a folder the user cannot write", () => {
    const parent = tmp();
    chmodSync(parent, 0o777);
    const ro = join(parent, "ro");
    mkdirSync(ro, { mode: 0o555 });
    chmodSync(ro, 0o555);
    // As root every folder is writable: run as `nobody` then.
    const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const r = run(["build", dir, "--out", join(ro, "out"), "--quiet"], asUser);
    expect(r.stderr).toMatch(/not writable/);
    expect(r.status).toBe(4);
  });
});

describe("outputs are replaced as a set", () => {
  it("leaves the old files untouched when one file of the set fails, and no staging folder", async () => {
    const out = tmp();
    writeFileSync(join(out, "one.txt"), "old one");
    writeFileSync(join(out, "two.txt"), "old two");
    await expect(writeOutputSet(out, [
      ["one.txt", async (w) => { w.write("new one"); }],
      ["two.txt", async () => { throw new Error("writer failed"); }],
    ])).rejects.toThrow(/two\.txt: writer failed/);
    expect(readFileSync(join(out, "one.txt"), "utf8")).toBe("old one");
    expect(readFileSync(join(out, "two.txt"), "utf8")).toBe("old two");
    expect(readdirSync(out).sort()).toEqual(["one.txt", "two.txt"]);
  });

  it("removes what a killed run left behind", () => {
    const dir = corpus({ "buono.txt": GOOD });
    const out = join(dir, "out");
    mkdirSync(join(out, ".trama-staging-2147483000"), { recursive: true });
    writeFileSync(join(out, ".trama-staging-2147483000", "graph.json"), "{");
    writeFileSync(join(out, "graph.ttl.tmp-2147483001"), "half");
    writeFileSync(join(out, "notes.tmp-2147483002"), "the user's, not ours");
    expect(run(["build", dir, "--out", out, "--quiet"]).status).toBe(0);
    expect(readdirSync(out).filter((f) => f !== ".cache").sort()).toEqual(["graph.gexf", "graph.json", "graph.ttl", "notes.tmp-2147483002"]);
    expect(existsSync(join(out, "graph.ttl.tmp-2147483001"))).toBe(false);
  });
});

describe("files of every kind", () => {
  it("follows symbolic links to articles and folders, warns about broken ones, and never loops", () => {
    const real = corpus({ "vero.txt": GOOD });
    const dir = corpus({ "buono.txt": GOOD });
    symlinkSync(join(real, "vero.txt"), join(dir, "collegato.txt"));
    symlinkSync(join(real, "manca.txt"), join(dir, "rotto.txt"));
    mkdirSync(join(dir, "sotto"));
    writeFileSync(join(dir, "sotto", "annidato.txt"), GOOD);
    symlinkSync(dir, join(dir, "sotto", "ciclo")); // a link back to the top
    const r = run(["build", dir, "--out", join(dir, "out"), "--quiet", "--recursive"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^built 3 articles \(0 skipped\)/);
    const warnings = r.stderr.trim().split("\n");
    expect(warnings).toHaveLength(2);
    expect(warnings.find((w) => w.includes("rotto.txt"))).toMatch(/broken symbolic link/);
    expect(warnings.find((w) => w.includes("ciclo"))).toMatch(/loop/);
    const env = JSON.parse(readFileSync(join(dir, "out", "graph.json"), "utf8"));
    expect(env.graph.attributes.articles.map((a: { file: string }) => a.file).sort()).toEqual(["buono.txt", "collegato.txt", "sotto/annidato.txt"]);
  });

  it("builds a UTF-16 article instead of skipping it as binary", () => {
    const dir = corpus({ "utf16.txt": Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(GOOD, "utf16le")]) });
    const r = run(["build", dir, "--out", join(dir, "out"), "--quiet"]);
    expect(r.stderr).toBe("");
    expect(r.stdout).toMatch(/^built 1 article \(0 skipped\)/);
  });
});
