// The `trama` command as a user meets it: help, one-line errors with exit codes, bad
// articles skipped with a warning, atomic outputs, byte-identical rebuilds.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import N3 from "n3";
import { projectRoot } from "../../src/paths.ts";

const bin = join(projectRoot, "bin", "trama.js");
const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: "utf8", cwd: projectRoot, timeout: 120000 });
const tmp = () => mkdtempSync(join(tmpdir(), "trama-cli-"));
const seeds = join(projectRoot, "data", "articles");
const noStack = (s: string) => expect(s).not.toMatch(/\n\s+at .*\.(ts|js):\d+/);

describe("trama --help", () => {
  it("documents every command and the exit codes", () => {
    const r = run("--help");
    expect(r.status).toBe(0);
    for (const c of ["build", "start", "ner"]) expect(r.stdout).toContain(c);
    expect(r.stdout).toMatch(/Exit codes/);
    expect(run("build", "--help").stdout).toContain("--out");
  });

  it("refuses an unknown option with one line and exit 2", () => {
    const r = run("build", "--nope");
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    noStack(r.stderr);
  });

  it("refuses an unknown command with exit 2", () => {
    expect(run("frobnicate").status).toBe(2);
  });
});

describe("trama build", () => {
  it("skips bad articles with one warning each and builds the rest", () => {
    const dir = tmp();
    copyFileSync(join(seeds, "002_a2b66a124bb8fab2.txt"), join(dir, "good.txt"));
    writeFileSync(join(dir, "empty.txt"), "   \n");
    writeFileSync(join(dir, "binary.txt"), Buffer.from([0x41, 0x00, 0x42]));
    writeFileSync(join(dir, "latin1.txt"), Buffer.from([0x63, 0x69, 0x74, 0xe0, 0x0a]));
    const out = join(dir, "out");
    const r = run("build", dir, "--out", out, "--quiet");
    expect(r.status).toBe(0);
    const warnings = r.stderr.trim().split("\n");
    expect(warnings).toHaveLength(3);
    expect(warnings.find((w) => w.includes("empty.txt"))).toMatch(/empty/);
    expect(warnings.find((w) => w.includes("binary.txt"))).toMatch(/binary/);
    expect(warnings.find((w) => w.includes("latin1.txt"))).toMatch(/UTF-8/);
    expect(r.stdout).toMatch(/built 1 article \(3 skipped\)/);
    expect(readdirSync(out).filter((f) => !f.startsWith(".")).sort()).toEqual(["graph.gexf", "graph.json", "graph.ttl"]);
  });

  it("exits 1 and writes nothing when no article can be read", () => {
    const dir = tmp();
    writeFileSync(join(dir, "empty.txt"), "");
    const out = join(dir, "out");
    const r = run("build", dir, "--out", out, "--quiet");
    expect(r.status).toBe(1);
    expect(existsSync(join(out, "graph.ttl"))).toBe(false);
    noStack(r.stderr);
  });

  it("exits 4 with one line when the output cannot be written, leaving no temp file", () => {
    const dir = tmp();
    copyFileSync(join(seeds, "002_a2b66a124bb8fab2.txt"), join(dir, "a.txt"));
    writeFileSync(join(dir, "blocker"), "a file, not a folder");
    const r = run("build", dir, "--out", join(dir, "blocker", "out"), "--quiet");
    expect(r.status).toBe(4);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(readdirSync(dir).some((f) => f.includes(".tmp-"))).toBe(false);
  });

  it("gives byte-identical outputs whatever order the files were written in", () => {
    const [a, b] = [tmp(), tmp()];
    const files = readdirSync(seeds).sort();
    for (const f of files) copyFileSync(join(seeds, f), join(a, f));
    for (const f of [...files].reverse()) copyFileSync(join(seeds, f), join(b, f));
    expect(run("build", a, "--out", join(a, "out"), "--quiet").status).toBe(0);
    expect(run("build", b, "--out", join(b, "out"), "--quiet").status).toBe(0);
    for (const f of ["graph.ttl", "graph.json", "graph.gexf"]) expect(readFileSync(join(a, "out", f)).equals(readFileSync(join(b, "out", f)))).toBe(true);
  });

  it("writes Turtle that parses and holds the seed articles' main countries", () => {
    const out = tmp();
    expect(run("build", seeds, "--out", out, "--quiet").status).toBe(0);
    const quads = new N3.Parser().parse(readFileSync(join(out, "graph.ttl"), "utf8"));
    const types = new Set(quads.filter((q) => q.predicate.value.endsWith("#type")).map((q) => `${q.subject.value} ${q.object.value}`));
    expect(types).toContain("https://w3id.org/trama/id/country/north-korea https://w3id.org/trama/ontology#Country");
    expect(types).toContain("https://w3id.org/trama/id/country/russia https://w3id.org/trama/ontology#Country");
    const env = JSON.parse(readFileSync(join(out, "graph.json"), "utf8"));
    expect(env.format).toBe("trama-graph");
    expect(env.graph.nodes.every((n: { attributes: { x: number; y: number } }) => Number.isFinite(n.attributes.x) && Number.isFinite(n.attributes.y))).toBe(true);
  });
});

describe("trama ner", () => {
  it("tags pre-tokenized input token by token", () => {
    const dir = tmp();
    const file = join(dir, "tokens.conll");
    writeFileSync(file, ["Il", "presidente", "Vladimir", "Putin", "è", "a", "Mosca", "."].join("\n") + "\n\n" + ["Secondo", "il", "NIS", ",", "bene", "."].join("\n") + "\n");
    const r = run("ner", file, "--tokens");
    expect(r.status).toBe(0);
    const blocks = r.stdout.trim().split("\n\n").map((b) => b.split("\n").map((l) => l.split("\t")));
    expect(blocks[0]!.map((x) => x[1])).toEqual(["O", "O", "B-PER", "I-PER", "O", "O", "B-LOC", "O"]);
    expect(blocks[1]!.map((x) => x[1])).toEqual(["O", "O", "B-ORG", "O", "O", "O"]);
  });

  it("reads each document on its own: a surname met in one is not remembered in the next", () => {
    const dir = tmp();
    const file = join(dir, "docs.conll");
    const doc1 = ["La", "scrittrice", "Lavinia", "Bottecchiari", "ha", "vinto", ".", "", "Bottecchiari", "ringrazia", "."];
    const doc2 = ["Bottecchiari", "ringrazia", "."];
    writeFileSync(file, ["-DOCSTART-", "", ...doc1, "", "-DOCSTART-", "", ...doc2].join("\n") + "\n");
    const r = run("ner", file, "--tokens");
    expect(r.status).toBe(0);
    const rows = r.stdout.split("\n").filter((l) => l !== "").map((l) => l.split("\t"));
    expect(rows.map((x) => x[0])).toEqual(["-DOCSTART-", ...doc1.filter(Boolean), "-DOCSTART-", ...doc2]);
    const tags = rows.map((x) => x[1]);
    expect(tags.slice(3, 5)).toEqual(["B-PER", "I-PER"]);
    expect(tags[8]).toBe("B-PER");
    // In the next document nothing says it is that person's surname (the verb after it may still make it a name).
    expect(tags[12]).not.toBe("B-PER");
  });
});

describe("commands over a built graph", () => {
  const out = tmp();
  const build = () => run("build", seeds, "--out", out, "--quiet");

  it("query: an entity's relations by any name, as text or JSON", () => {
    expect(build().status).toBe(0);
    const r = run("query", "Choïgou", "--graph", out);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Sergei Shoigu \(Person/);
    expect(r.stdout).toMatch(/memberOf→ Security Council of Russia/);
    const j = JSON.parse(run("query", "shoigu", "--predicate", "memberOf", "--json", "--graph", out).stdout);
    expect(j.relations.map((x: { object: { key: string } }) => x.object.key)).toEqual(["org/security-council-russia"]);
    expect(run("query", "Nessuno Inesistente", "--graph", out).status).toBe(1);
  });

  it("claims: filtered by entity and measure", () => {
    const r = run("claims", "--about", "Corea del Nord", "--measure", "killed", "--graph", out);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/killed/);
    expect(r.stdout).not.toMatch(/wounded/);
  });

  it("sparql: table, json and csv over the embedded store", () => {
    const q = "PREFIX tr: <https://w3id.org/trama/ontology#> SELECT ?s WHERE { ?s a tr:Country } ORDER BY ?s";
    const csv = run("sparql", q, "--format", "csv", "--graph", out).stdout.trim().split("\n");
    expect(csv[0]).toBe("s");
    expect(csv).toContain("https://w3id.org/trama/id/country/north-korea");
    expect(JSON.parse(run("sparql", q, "--format", "json", "--graph", out).stdout).rows.length).toBe(csv.length - 1);
    const bad = run("sparql", "SELEKT nonsense", "--graph", out);
    expect(bad.status).toBe(1);
    expect(bad.stderr.trim().split("\n")).toHaveLength(1);
  });

  it("validate: the export conforms; a broken file does not", () => {
    expect(run("validate", join(out, "graph.ttl")).status).toBe(0);
    const broken = join(out, "broken.ttl");
    writeFileSync(broken, "<https://w3id.org/trama/id/person/x> a <https://w3id.org/trama/ontology#Person> .\n");
    const r = run("validate", broken);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/violation/);
  });
});
