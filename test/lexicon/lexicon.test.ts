// The lexicons are data: every shipped file validates, ids are unique, references
// resolve, and a broken entry is refused with the file and line named.
import { mkdtempSync, mkdirSync, writeFileSync, cpSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LexiconError } from "../../src/errors.ts";
import { readLexicon } from "../../src/lexicon/index.ts";
import { inflectDemonym } from "../../src/lexicon/demonyms.ts";
import { projectRoot } from "../../src/paths.ts";
import { foldName } from "../../src/names/fold.ts";

const data = join(projectRoot, "data");

describe("shipped lexicons", async () => {
  const lex = await readLexicon(data);
  it("hold every country, in Italian and English", () => {
    const countries = lex.entries.filter((e) => e.type === "Country");
    expect(countries.length).toBeGreaterThanOrEqual(240);
    const byName = (n: string) => countries.find((c) => c.names.some((x) => foldName(x) === foldName(n)))?.id;
    expect(byName("Bielorussia")).toBe("country/belarus");
    expect(byName("Stati Uniti d'America")).toBe("country/united-states");
    expect(byName("Repubblica Popolare Democratica di Corea")).toBe("country/north-korea");
    expect(byName("Corea del Sud")).toBe("country/south-korea");
  });

  it("hold demonyms in all genders and numbers", () => {
    const forms = new Map(lex.demonyms.map((d) => [d.form, d.country]));
    expect(lex.demonyms.length).toBeGreaterThanOrEqual(480);
    for (const f of ["nordcoreano", "nordcoreana", "nordcoreani", "nordcoreane", "sud-coreani"]) expect(forms.get(f)).toMatch(/korea/);
    expect(forms.get("britannico")).toBe("country/united-kingdom");
    expect(forms.get("tedeschi")).toBe("country/germany");
  });

  it("give every entry a reason and a unique id, and resolve every reference", () => {
    const ids = new Set(lex.entries.map((e) => e.id));
    expect(ids.size).toBe(lex.entries.length);
    for (const e of lex.entries) {
      expect(e.reason.length, e.id).toBeGreaterThan(0);
      for (const ref of [e.partOf, e.locatedIn, e.actsFor]) if (ref) expect(ids.has(ref), `${e.id} -> ${ref}`).toBe(true);
    }
  });

  it("hold every country's capital as a place that acts for its country", () => {
    const capitals = lex.entries.filter((e) => e.type === "Place" && e.actsFor?.startsWith("country/"));
    expect(capitals.length).toBeGreaterThanOrEqual(200);
    expect(capitals.find((e) => e.names.includes("Ouagadougou"))?.actsFor).toBe("country/burkina-faso");
  });

  it("use capitals and seats of power as actors for their country", () => {
    const mosca = lex.entries.find((e) => e.names.includes("Mosca"));
    expect(mosca?.actsFor).toBe("country/russia");
    expect(lex.entries.find((e) => e.names.includes("Cremlino"))?.actsFor).toBe("country/russia");
  });

  it("do not give one name to two entries of the same class", () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const e of lex.entries) {
      for (const n of new Set(e.names.map((x) => `${e.type}|${foldName(x)}`))) {
        const other = seen.get(n);
        if (other && other !== e.id) clashes.push(`${n}: ${other} / ${e.id}`);
        seen.set(n, e.id);
      }
    }
    expect(clashes).toEqual([]);
  });
});

describe("demonym inflection", () => {
  it.each([
    ["nordcoreano", ["nordcoreano", "nordcoreana", "nordcoreani", "nordcoreane"]],
    ["tedesco", ["tedesco", "tedesca", "tedeschi", "tedesche"]],
    ["statunitense", ["statunitense", "statunitense", "statunitensi", "statunitensi"]],
    ["belga", ["belga", "belga", "belgi", "belghe"]],
  ])("%s", (ms, forms) => {
    expect(inflectDemonym(ms)).toEqual(forms);
  });
});

describe("validation", () => {
  function brokenData(file: string, line: string): string {
    const dir = mkdtempSync(join(tmpdir(), "trama-lex-"));
    cpSync(data, dir, { recursive: true });
    writeFileSync(join(dir, "lexicon", file), `${line}\n`);
    return dir;
  }

  it.each([
    ["people.jsonl", JSON.stringify({ id: "person/x", type: "Person", label: "X", lang: "en", names: ["X"] }), /people\.jsonl \(line 1\): missing reason/],
    ["people.jsonl", JSON.stringify({ id: "Person X", type: "Person", label: "X", lang: "en", names: ["X"], reason: "r" }), /not <folder>\/<ascii-slug>/],
    ["places.jsonl", JSON.stringify({ id: "place/x", type: "Place", label: "X", lang: "en", names: ["X"], reason: "r", locatedIn: "country/atlantis" }), /unknown id country\/atlantis/],
    ["places.jsonl", JSON.stringify({ id: "place/x", type: "Place", label: "X", lang: "en", names: ["X"], reason: "r", placeKind: "village" }), /placeKind must be one of/],
    ["people.jsonl", JSON.stringify({ id: "person/x", type: "Person", label: "X", lang: "en", names: ["X"], reason: "r", placeKind: "region" }), /placeKind must be one of/],
    ["organizations.jsonl", "{not json", /line 1.*invalid JSON/],
    ["people.jsonl", JSON.stringify({ id: "person/x", type: "Person", label: "X", lang: "en", names: ["X"], reason: "r", wikidata: "423" }), /bad Wikidata id/],
  ])("%s: %s is refused", async (file, line, message) => {
    mkdirSync(join(tmpdir()), { recursive: true });
    const dir = brokenData(file, line);
    await expect(readLexicon(dir)).rejects.toThrow(LexiconError);
    await expect(readLexicon(dir)).rejects.toThrow(message);
  });
});
