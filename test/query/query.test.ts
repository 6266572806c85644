// The typed query API over a built graph, and the documented example run as written.
import { execFileSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildCorpus, writeOutputs } from "../../src/cli/build.ts";
import { projectRoot } from "../../src/paths.ts";
import { loadGraph, type TramaQuery } from "../../src/index.ts";
import { validateTurtle } from "../../src/rdf/shacl.ts";
import { queryTurtleFile } from "../../src/rdf/sparql.ts";

const out = mkdtempSync(join(tmpdir(), "trama-query-"));
let g: TramaQuery;

beforeAll(async () => {
  const built = await buildCorpus(join(projectRoot, "data", "articles"), { quiet: true });
  await writeOutputs(built.graph, out);
  g = await loadGraph(out);
}, 60000);

describe("loadGraph", () => {
  it.each(["Choïgou", "Sergei Shoigu", "shoigu", "Sergej Šojgu", "person/sergei-shoigu"])("finds Shoigu as %s", (name) => {
    expect(g.entity(name)?.key).toBe("person/sergei-shoigu");
  });

  it("lists entities by class", () => {
    const countries = g.entities({ type: "Country" });
    expect(countries.every((e) => e.type === "Country")).toBe(true);
    expect(countries.map((e) => e.key)).toContain("country/north-korea");
  });

  it("filters relations by subject, predicate and evidence date", () => {
    const all = g.relations({ subject: "Corea del Nord", predicate: "deploysTroopsTo" });
    expect(all.map((r) => r.object.key)).toContain("place/kursk-region");
    const since = g.relations({ subject: "Corea del Nord", predicate: "deploysTroopsTo", from: "2025-06" });
    expect(since.every((r) => r.evidence.every((e) => (e.date ?? "") >= "2025-06"))).toBe(true);
    expect(since.length).toBeLessThanOrEqual(all.length);
  });

  it("finds symmetric relations from either end", () => {
    const a = g.relations({ subject: "Kim Jong Un", predicate: "meetsWith" }).map((r) => r.object.key);
    expect(a).toContain("person/sergei-shoigu");
  });

  it("walks neighbours and shortest paths", () => {
    expect(g.neighbors("Sergei Shoigu", { predicate: "memberOf" }).map((e) => e.key)).toEqual(["org/security-council-russia"]);
    const path = g.path("Sergei Shoigu", "Ukraine").map((e) => e.key);
    expect(path[0]).toBe("person/sergei-shoigu");
    expect(path[path.length - 1]).toBe("country/ukraine");
  });

  it("reads claims with the sentence behind each", () => {
    const killed = g.claims({ about: "North Korea", measure: "killed" });
    expect(new Set(killed.map((c) => c.claimedBy)).size).toBeGreaterThanOrEqual(2);
    for (const c of killed) expect(g.evidence(c)[0]!.text).toMatch(/\d/);
    expect(g.claims({ claimedBy: "NIS" }).every((c) => c.claimedBy === "org/nis")).toBe(true);
  });

  it("refuses a file that is not a Trama graph", async () => {
    await expect(loadGraph(join(out, "graph.ttl"))).rejects.toThrow(/cannot read graph|not a Trama graph/);
  });
});

describe("exports", () => {
  it("conform to the SHACL shapes", async () => {
    const r = await validateTurtle(join(out, "graph.ttl"));
    expect(r.violations).toEqual([]);
    expect(r.conforms).toBe(true);
  });

  it("answer SPARQL in the embedded store", async () => {
    const r = await queryTurtleFile(join(out, "graph.ttl"), "PREFIX tr: <https://w3id.org/trama/ontology#> SELECT (COUNT(?c) AS ?n) WHERE { ?c a tr:Claim }");
    expect(Number(r.rows[0]!.n)).toBe(g.claims().length);
  });

  it("write GEXF that graphology reads back with classes, colours and positions", async () => {
    const { readFileSync } = await import("node:fs");
    const gexf = (await import("graphology-gexf")).default as unknown as { parse(G: unknown, s: string): any };
    const { MultiDirectedGraph } = await import("graphology");
    const back = gexf.parse(MultiDirectedGraph, readFileSync(join(out, "graph.gexf"), "utf8"));
    expect(back.order).toBe(g.graph.order);
    const nk = back.getNodeAttributes("country/north-korea");
    expect(nk.type).toBe("Country");
    expect(nk.color).toBeDefined();
    expect(Number.isFinite(nk.x)).toBe(true);
  });
});

describe("the README example", () => {
  it("runs as written", () => {
    const stdout = execFileSync(process.execPath, ["--import", "tsx", join(projectRoot, "examples", "query.ts"), out], { encoding: "utf8", cwd: projectRoot });
    expect(stdout.split("\n")[0]).toBe("Sergei Shoigu (Person)");
    expect(stdout).toMatch(/North Korea -> .*sentence/);
  });
});
