// Trama as a dependency: `npm pack` (which builds dist/ and the viewer through `prepare`),
// the tarball installed offline into a new project, then used the ways a user would —
// from plain JavaScript, from TypeScript (NodeNext), and through its `trama` command.
import { execFileSync, spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { cp, mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectRoot } from "../../src/paths.ts";
import { writeConsumerProject } from "./consumer.ts";

let dir: string;
let consumer: string;
let tarball: string;
let files: string[];
let server: ChildProcess | undefined;

const npm = (args: string[], cwd: string) => execFileSync("npm", args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], timeout: 300000 });
const trama = (args: string[]) => spawnSync(join(consumer, "node_modules", ".bin", "trama"), args, { cwd: consumer, encoding: "utf8", timeout: 120000 });

// Our own sentences (not from any evaluation set).
const ARTICLE = `Titolo: Colloqui al Cremlino sulla cooperazione militare
Data: 14 marzo 2025

Il ministro degli Esteri nordcoreano Choe Son Hui ha incontrato il presidente russo Vladimir Putin a Mosca.
Secondo il ministero della Difesa britannico, almeno 1.200 soldati nordcoreani sono morti nella regione di Kursk a febbraio.
`;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "trama-package-"));
  // Packed from a copy of the sources, so `prepare` builds dist/ and viewer/dist/ there and
  // never rewrites the checkout's viewer/dist while browser tests serve it.
  const source = join(dir, "source");
  await cp(projectRoot, source, { recursive: true, filter: (f) => !/[/\\](node_modules|dist|out|test-artifacts|scratch|\.git)$/.test(f) });
  await symlink(join(projectRoot, "node_modules"), join(source, "node_modules"), "dir");
  const out = npm(["pack", "--silent", "--pack-destination", dir], source).trim().split("\n");
  tarball = join(dir, out[out.length - 1]!);
  files = execFileSync("tar", ["tzf", tarball], { encoding: "utf8" }).split("\n").filter(Boolean).map((f) => f.replace(/^package\//, ""));
  consumer = join(dir, "consumer");
  await mkdir(join(consumer, "articles"), { recursive: true });
  await writeConsumerProject(consumer, projectRoot, tarball);
  npm(["ci", "--offline", "--ignore-scripts", "--no-audit", "--no-fund"], consumer);
  await writeFile(join(consumer, "articles", "colloqui.txt"), ARTICLE);
}, 600000);

afterAll(async () => {
  server?.kill("SIGTERM");
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe("the packed package", () => {
  it("ships compiled code, types, the built viewer and the data, and no tests, benchmarks or sources", () => {
    for (const f of ["bin/trama.js", "dist/index.js", "dist/index.d.ts", "dist/cli/main.js", "viewer/dist/index.html", "data/ontology.ttl", "data/lexicon/people.jsonl", "README.md"]) expect(files).toContain(f);
    expect(files.filter((f) => /^(test|bench|src|examples|viewer\/src)\//.test(f))).toEqual([]);
    expect(files.filter((f) => f.endsWith(".ts") && !f.endsWith(".d.ts"))).toEqual([]);
  });

  it("installs without a TypeScript loader, TypeScript or Vite", () => {
    for (const dev of ["tsx", "typescript", "vite", "vitest"]) expect(existsSync(join(consumer, "node_modules", dev))).toBe(false);
    expect(existsSync(join(consumer, "node_modules", "@types", "n3"))).toBe(true);
  });

  it("builds a graph with `trama build` from the consumer's folder", () => {
    const r = trama(["build", "articles", "--out", "out", "--quiet"]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/built 1 article .*claims/);
    for (const f of ["graph.json", "graph.ttl", "graph.gexf"]) expect(existsSync(join(consumer, "out", f))).toBe(true);
    // Commands that read a graph default to out/ in the working directory, not inside node_modules.
    const claims = trama(["claims"]);
    expect(claims.status).toBe(0);
    expect(claims.stdout).toMatch(/^soggetto/);
    expect(claims.stdout).toMatch(/almeno 1\.200/);
  });

  it("imports the API from plain JavaScript (node -e)", () => {
    const code = `import { loadGraph, RELATION_PREDICATES } from "trama";
const g = await loadGraph("out");
console.log(JSON.stringify({ putin: g.entity("Putin")?.key, met: [...g.relations({ subject: "Choe Son Hui", predicate: "meetsWith" }), ...g.relations({ object: "Choe Son Hui", predicate: "meetsWith" })].some((r) => r.subject.key === "person/vladimir-putin" || r.object.key === "person/vladimir-putin"), killed: g.claims({ measure: "killed" }).map((c) => c.amount), predicates: RELATION_PREDICATES.length }));`;
    const r = spawnSync(process.execPath, ["--input-type=module", "-e", code], { cwd: consumer, encoding: "utf8" });
    expect(r.stderr).toBe("");
    const got = JSON.parse(r.stdout);
    expect(got).toEqual({ putin: "person/vladimir-putin", met: true, killed: [1200], predicates: 16 });
  });

  it("type-checks a TypeScript consumer (NodeNext, strict, no skipLibCheck) and rejects a wrong use", async () => {
    await writeFile(join(consumer, "tsconfig.json"), JSON.stringify({ compilerOptions: { target: "ES2022", module: "NodeNext", moduleResolution: "NodeNext", strict: true, noEmit: true, types: ["node"] }, files: ["consumer.ts"] }));
    const good = `import { loadGraph, type Entity, type Relation, type ClaimRecord, type RelationPredicate } from "trama";
const g = await loadGraph("out");
const e: Entity | undefined = g.entity("Mosca");
const p: RelationPredicate = "meetsWith";
const rels: Relation[] = g.relations({ subject: "Russia", predicate: p });
const claims: ClaimRecord[] = g.claims({ measure: "killed" });
console.log(e?.label, rels.length, claims.length);
`;
    const tsc = join(projectRoot, "node_modules", "typescript", "bin", "tsc");
    await writeFile(join(consumer, "consumer.ts"), good);
    const ok = spawnSync(process.execPath, [tsc, "-p", "."], { cwd: consumer, encoding: "utf8" });
    expect(ok.stdout + ok.stderr).toBe("");
    expect(ok.status).toBe(0);
    // The types are really Trama's: a label is a string, a predicate one of 16 names.
    await writeFile(join(consumer, "consumer.ts"), `${good}const n: number = g.entity("x")!.label;\nconst q: RelationPredicate = "likes";\n`);
    const bad = spawnSync(process.execPath, [tsc, "-p", "."], { cwd: consumer, encoding: "utf8" });
    expect(bad.status).not.toBe(0);
    expect(bad.stdout).toContain("TS2322");
    expect(bad.stdout).not.toMatch(/node_modules\/trama/);
  });

  it("serves the shipped viewer with `trama start --no-build`, fetched over 127.0.0.1", async () => {
    server = spawn(join(consumer, "node_modules", ".bin", "trama"), ["start", "--no-build", "--out", "out", "--port", "0"], { cwd: consumer, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    server.stdout!.on("data", (d) => { stdout += d; });
    server.stderr!.on("data", (d) => { stderr += d; });
    const url = await new Promise<string>((ok, fail) => {
      const t = setTimeout(() => fail(new Error(`no URL after 60 s: ${stdout} ${stderr}`)), 60000);
      server!.stdout!.on("data", () => { const m = /(http:\/\/127\.0\.0\.1:\d+\/)/.exec(stdout); if (m) { clearTimeout(t); ok(m[1]!); } });
      server!.on("exit", (code) => { clearTimeout(t); fail(new Error(`exited ${code}: ${stderr}`)); });
    });
    const page = await (await fetch(url)).text();
    expect(page).toContain('id="graph"');
    const script = /src="\.\/(assets\/[^"]+\.js)"/.exec(page)?.[1];
    expect(script).toBeDefined();
    const js = await fetch(url + script);
    expect(js.status).toBe(200);
    expect(js.headers.get("content-type")).toContain("javascript");
    const graph = await (await fetch(url + "graph.json")).json();
    expect(graph.format).toBe("trama-graph");
    expect(graph.graph.nodes.some((n: { key: string }) => n.key === "person/vladimir-putin")).toBe(true);
    expect(stderr).toBe("");
    server.kill("SIGTERM");
    await new Promise((done) => server!.once("exit", done));
    server = undefined;
  });
});
