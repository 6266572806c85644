import { PassThrough } from "node:stream";
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import N3 from "n3";
import { describe, expect, it } from "vitest";
import { buildGraph } from "../../src/graph/index.ts";
import { entityIri, writeTurtle } from "../../src/rdf/index.ts";
import { entity, extraction, mention, NK, relation, RU } from "../graph/fixtures.ts";

async function turtle(g: ReturnType<typeof buildGraph>): Promise<string> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on("data", (c: Buffer) => chunks.push(c));
  await writeTurtle(g, out);
  return Buffer.concat(chunks).toString("utf8");
}

const hostile = entity("person/x", "Person", 'Il "portavoce" <img src=x onerror=alert(1)> \\ 🚀 Шойгу 김정은\nfine');
const x = extraction("a", {
  entities: [NK, RU, hostile],
  mentions: [mention("country/north-korea", "Country", "a", 0), mention("country/russia", "Country", "a", 0), mention("person/x", "Person", "a", 1)],
  relations: [relation("deploysTroopsTo", "country/north-korea", "country/russia", "a", 0), relation("visits", "person/x", "country/russia", "a", 1, "hypothetical")],
  claims: [{ id: "claim/abc", measure: "value", amount: 7600000000000, unit: "KRW", about: "country/north-korea", asOf: "2024-10", evidence: mention("country/russia", "Country", "a", 2).evidence }],
});

describe("writeTurtle", () => {
  it("writes the golden triples for a small graph", async () => {
    const ttl = await turtle(buildGraph([x]));
    expect(ttl).toContain("@prefix tr: <https://w3id.org/trama/ontology#>.");
    expect(ttl).toContain("@prefix country: <https://w3id.org/trama/id/country/>.");
    expect(ttl).toContain("country:north-korea tr:deploysTroopsTo country:russia.\n");
    expect(ttl).toContain([
      "country:north-korea a tr:Country;",
      '    rdfs:label "North Korea"@en;',
      '    skos:altLabel "Corea del Nord";',
      "    tr:mentionCount 1 .",
    ].join("\n"));
    expect(ttl).toContain(`tr:amount "7600000000000"^^xsd:decimal`);
  });

  it("round-trips through N3 with the triples the scorer reads", async () => {
    const quads = new N3.Parser().parse(await turtle(buildGraph([x])));
    const has = (s: string, p: string, o: string) => quads.some((q) => q.subject.value === s && q.predicate.value === p && q.object.value === o);
    const TR = "https://w3id.org/trama/ontology#";
    expect(has(entityIri("country/north-korea"), `${TR}deploysTroopsTo`, entityIri("country/russia"))).toBe(true);
    expect(has(entityIri("claim/abc"), `${TR}measure`, `${TR}value`)).toBe(true);
    const label = quads.find((q) => q.subject.value === entityIri("person/x") && q.predicate.value.endsWith("#label"));
    expect(label?.object.value).toBe(hostile.label);
  });

  it("writes no direct triple for a hypothetical statement, only its reified statement", async () => {
    const quads = new N3.Parser().parse(await turtle(buildGraph([x])));
    expect(quads.some((q) => q.predicate.value.endsWith("#visits"))).toBe(false);
    expect(quads.some((q) => q.predicate.value.endsWith("#modality") && q.object.value === "hypothetical")).toBe(true);
  });

  it("writes the same bytes whatever the insertion order", async () => {
    const y = extraction("b", { entities: [NK], mentions: [mention("country/north-korea", "Country", "b", 0)] });
    expect(await turtle(buildGraph([x, y]))).toBe(await turtle(buildGraph([y, x])));
  });

  it("refuses to mint an IRI from an unsafe key", () => {
    expect(() => entityIri("person/a b")).toThrow();
    expect(() => entityIri("../etc")).toThrow();
  });

  it("is read by a second, independent parser (oxigraph) with the same triple count", async () => {
    const ttl = await turtle(buildGraph([x]));
    const { Store } = await import("oxigraph");
    const store = new Store();
    store.load(ttl, { format: "text/turtle" });
    expect(store.size).toBe(new N3.Parser().parse(ttl).length);
  });

  it("is accepted by rapper when it is installed (CI installs it)", async () => {
    const which = spawnSync("sh", ["-c", "command -v rapper"], { encoding: "utf8" });
    if (which.status !== 0) {
      expect(process.env.CI, "rapper must be installed in CI").toBeFalsy();
      return;
    }
    const dir = mkdtempSync(join(tmpdir(), "trama-rdf-"));
    writeFileSync(join(dir, "g.ttl"), await turtle(buildGraph([x])));
    const r = spawnSync("rapper", ["-q", "-i", "turtle", "-c", join(dir, "g.ttl")], { encoding: "utf8" });
    expect(r.status, r.stderr).toBe(0);
  });
});
