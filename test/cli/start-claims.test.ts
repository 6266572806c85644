// `trama start [dir]` builds and serves the folder it is given (and refuses what it cannot
// use); `trama claims` prints a sorted table with a header, source names and article titles.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { ClaimRecord } from "../../src/graph/types.ts";
import { claimAmount, claimsTable, sortClaims } from "../../src/cli/query.ts";
import { projectRoot } from "../../src/paths.ts";

const bin = join(projectRoot, "bin", "trama.js");
const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: "utf8", cwd: projectRoot, timeout: 120000 });
const tmp = () => mkdtempSync(join(tmpdir(), "trama-start-"));

describe("trama start [dir]", () => {
  it("builds and serves the folder it is given", async () => {
    const dir = tmp();
    writeFileSync(join(dir, "vertice.txt"), "Titolo: Un incontro a Tokyo\nData: 2 maggio 2025\n\nIl presidente sudcoreano Lee Jae-myung ha incontrato a Tokyo il primo ministro giapponese.\n");
    const out = join(dir, "out");
    const child = spawn(process.execPath, [bin, "start", dir, "--out", out, "--port", "0"], { cwd: projectRoot, stdio: ["ignore", "pipe", "pipe"] });
    try {
      let stdout = "";
      let stderr = "";
      child.stderr.on("data", (d) => { stderr += d; });
      const url = await new Promise<string>((ok, fail) => {
        const timer = setTimeout(() => fail(new Error(`no URL: ${stdout} ${stderr}`)), 90000);
        child.stdout.on("data", (d) => { stdout += d; const m = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(stdout); if (m) { clearTimeout(timer); ok(m[1]!); } });
        child.on("exit", (code) => { clearTimeout(timer); fail(new Error(`exited ${code}: ${stderr}`)); });
      });
      expect(stdout).toContain(`built 1 articles from ${dir}`);
      const env = await (await fetch(url + "graph.json")).json();
      expect(env.graph.attributes.articles.map((a: { file: string }) => a.file)).toEqual(["vertice.txt"]);
      expect(env.graph.nodes.some((n: { key: string }) => n.key === "person/lee-jae-myung")).toBe(true);
      expect((await fetch(url)).status).toBe(200);
    } finally {
      child.kill("SIGTERM");
    }
  });

  it.each([
    [["start", "uno", "due"], /at most one articles folder/],
    [["start", "/nonexistent/trama-articles"], /no such folder/],
    [["start", "data/articles", "--no-build"], /--no-build/],
    [["start", "--nope"], /nope/],
  ])("refuses %j with one line and exit 2", (args, message) => {
    const r = run(...args);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(message);
  });

  it("is shown in its help", () => {
    expect(run("start", "--help").stdout).toMatch(/trama start \[<articles-dir>\]/);
  });
});

describe("trama claims", () => {
  const claim = (id: string, about: string | undefined, measure: ClaimRecord["measure"], asOf: string | undefined, amount: number, claimedBy?: string, qualifier?: ClaimRecord["qualifier"]): ClaimRecord => ({
    id, ...(about ? { about } : {}), measure, amount, ...(asOf ? { asOf } : {}), ...(claimedBy ? { claimedBy } : {}), ...(qualifier ? { qualifier } : {}), article: "a1",
    evidence: { article: "a1", sentence: 0, start: 0, end: 1, text: "x", rule: "r" },
  } as ClaimRecord);
  const labels: Record<string, string> = { "country/a": "Alfa", "country/b": "Beta", "org/x": "Ufficio X" };
  const label = (k?: string) => (k ? labels[k] ?? k : "");

  it("sorts by subject, measure, then date with undated figures last", () => {
    const sorted = sortClaims([
      claim("1", "country/b", "killed", "2025-01", 5),
      claim("2", "country/a", "wounded", "2024-06", 1),
      claim("3", "country/a", "killed", undefined, 9),
      claim("4", "country/a", "killed", "2025-03", 7),
      claim("5", "country/a", "killed", "2024-12", 8),
    ], label);
    expect(sorted.map((c) => c.id)).toEqual(["5", "4", "3", "2", "1"]);
  });

  it("writes a header, Italian numbers, the source or `fonte non indicata`, and the article's title", () => {
    const table = claimsTable([claim("1", "country/a", "killed", "2025-01", 6000, "org/x", "atLeast"), claim("2", "country/a", "killed", undefined, 300, undefined, "about")], label, () => "Titolo dell'articolo");
    const lines = table.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^soggetto\s+misura\s+data\s+cifra\s+fonte\s+articolo$/);
    expect(lines[1]).toMatch(/^Alfa\s+killed\s+2025-01\s+almeno 6\.000\s+Ufficio X\s+Titolo dell'articolo$/);
    expect(lines[2]).toMatch(/^Alfa\s+killed\s+senza data\s+circa 300\s+fonte non indicata\s+Titolo dell'articolo$/);
    expect(claimAmount({ ...claim("3", undefined, "value", "2024", 1.7e9), amountMax: 5.5e9, unit: "USD" })).toBe("1.700.000.000–5.500.000.000 USD");
  });

  it("lists every claim of a built graph, undated ones included, with no file hashes", () => {
    const out = join(tmp(), "out");
    expect(run("build", join(projectRoot, "data", "articles"), "--out", out, "--quiet").status).toBe(0);
    const all = JSON.parse(run("claims", "--json", "--graph", out).stdout) as ClaimRecord[];
    const r = run("claims", "--graph", out);
    expect(r.status).toBe(0);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines[0]).toMatch(/^soggetto/);
    expect(lines.length - 2).toBe(all.length);
    expect(all.some((c) => !c.asOf)).toBe(true);
    expect(r.stdout).toContain("senza data");
    expect(r.stdout).not.toMatch(/\d{3}_[0-9a-f]{16}/);
    // JSON comes in the same order as the table.
    const dates = all.filter((c) => c.about === "country/north-korea" && c.measure === "killed").map((c) => c.asOf ?? "~");
    expect(dates).toEqual([...dates].sort());
  });
});
