// The export in a real triple store: `trama push` into Virtuoso through the Graph Store
// Protocol, the same answers as the embedded store, and graphs built apart that merge by
// plain union.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectRoot } from "../../src/paths.ts";
import { queryEndpoint, queryTurtleFile } from "../../src/rdf/sparql.ts";
import { hasVirtuoso, startVirtuoso, type Virtuoso } from "./virtuoso.ts";

const bin = join(projectRoot, "bin", "trama.js");
const trama = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: "utf8", cwd: projectRoot, timeout: 120000 });
const available = hasVirtuoso();
if (!available && process.env.CI) throw new Error("virtuoso-opensource must be installed in CI (.ci/run installs it)");

const COUNT = (g: string) => `SELECT (COUNT(*) AS ?n) WHERE { GRAPH <${g}> { ?s ?p ?o } }`;
const RELATIONS = (g: string) => `PREFIX tr: <https://w3id.org/trama/ontology#> SELECT ?s ?o WHERE { GRAPH <${g}> { ?s tr:deploysTroopsTo ?o } } ORDER BY ?s ?o`;
const LOCAL_RELATIONS = `PREFIX tr: <https://w3id.org/trama/ontology#> SELECT ?s ?o WHERE { ?s tr:deploysTroopsTo ?o } ORDER BY ?s ?o`;

describe.runIf(available)("Virtuoso (Graph Store Protocol)", () => {
  let v: Virtuoso;
  const work = mkdtempSync(join(tmpdir(), "trama-store-"));
  const articles = join(projectRoot, "data", "articles");

  beforeAll(async () => {
    v = await startVirtuoso();
    expect(trama("build", articles, "--out", join(work, "all"), "--quiet").status).toBe(0);
  }, 120000);
  afterAll(async () => { await v?.stop(); });

  it("loads the whole graph and answers a count and a relation query like the embedded store", async () => {
    const g = "https://w3id.org/trama/graph/all";
    const r = trama("push", join(work, "all", "graph.ttl"), "--endpoint", v.graphStore, "--named-graph", g);
    expect(r.status, r.stderr).toBe(0);
    const pushed = Number(/pushed (\d+) triples/.exec(r.stdout)?.[1]);
    const local = await queryTurtleFile(join(work, "all", "graph.ttl"), "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }");
    const remote = await queryEndpoint(v.sparql, COUNT(g));
    expect(Number(remote.rows[0]!.n)).toBe(Number(local.rows[0]!.n));
    expect(Number(remote.rows[0]!.n)).toBe(pushed);
    const localRel = await queryTurtleFile(join(work, "all", "graph.ttl"), LOCAL_RELATIONS);
    const remoteRel = await queryEndpoint(v.sparql, RELATIONS(g));
    expect(remoteRel.rows).toEqual(localRel.rows);
    expect(remoteRel.rows.length).toBeGreaterThan(0);
  }, 120000);

  it("replaces the named graph on a second push (no duplicates)", async () => {
    const g = "https://w3id.org/trama/graph/all";
    const before = await queryEndpoint(v.sparql, COUNT(g));
    expect(trama("push", join(work, "all", "graph.ttl"), "--endpoint", v.graphStore, "--named-graph", g).status).toBe(0);
    expect((await queryEndpoint(v.sparql, COUNT(g))).rows).toEqual(before.rows);
  }, 120000);

  it("merges two halves built on their own into the whole, by plain union", async () => {
    const files = readdirSync(articles).sort();
    for (const [half, names] of [["a", files.slice(0, 2)], ["b", files.slice(2)]] as const) {
      const dir = join(work, `half-${half}`);
      spawnSync("mkdir", ["-p", dir]);
      for (const f of names) copyFileSync(join(articles, f), join(dir, f));
      expect(trama("build", dir, "--out", join(dir, "out"), "--quiet").status).toBe(0);
      expect(trama("push", join(dir, "out", "graph.ttl"), "--endpoint", v.graphStore, "--named-graph", `https://w3id.org/trama/graph/${half}`).status).toBe(0);
    }
    const union = `PREFIX tr: <https://w3id.org/trama/ontology#> SELECT DISTINCT ?s ?o WHERE { GRAPH ?g { ?s tr:deploysTroopsTo ?o } FILTER(?g IN (<https://w3id.org/trama/graph/a>, <https://w3id.org/trama/graph/b>)) } ORDER BY ?s ?o`;
    const whole = await queryEndpoint(v.sparql, RELATIONS("https://w3id.org/trama/graph/all"));
    expect((await queryEndpoint(v.sparql, union)).rows).toEqual(whole.rows);
    const entities = (g: string) => `SELECT DISTINCT ?e WHERE { ${g} { ?e a ?c } FILTER(STRSTARTS(STR(?c), "https://w3id.org/trama/ontology#") && ?c NOT IN (<https://w3id.org/trama/ontology#Evidence>, <https://w3id.org/trama/ontology#Claim>)) } ORDER BY ?e`;
    const halves = await queryEndpoint(v.sparql, entities("GRAPH ?g").replace("{ GRAPH ?g {", "{ GRAPH ?g {") .replace("FILTER(", "FILTER(?g IN (<https://w3id.org/trama/graph/a>, <https://w3id.org/trama/graph/b>) && "));
    const all = await queryEndpoint(v.sparql, entities("GRAPH <https://w3id.org/trama/graph/all>"));
    expect(halves.rows).toEqual(all.rows);
  }, 180000);

  it("queries the store from the command line", () => {
    const r = trama("sparql", COUNT("https://w3id.org/trama/graph/all"), "--endpoint", v.sparql, "--format", "csv");
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.split("\n")[0]).toBe("n");
    expect(Number(r.stdout.split("\n")[1])).toBeGreaterThan(1000);
  });
});
