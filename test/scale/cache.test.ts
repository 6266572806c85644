// The extraction cache stores each distinct evidence sentence once per entry and gives
// back exactly what was put, with one string per distinct sentence.
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ExtractionCache } from "../../src/build/cache.ts";
import { ev, extraction, mention, NK, relation, RU } from "../graph/fixtures.ts";

const x = extraction("cache-a", {
  entities: [NK, RU],
  mentions: [mention("country/north-korea", "Country", "cache-a", 0), mention("country/russia", "Country", "cache-a", 0), mention("country/russia", "Country", "cache-a", 1)],
  relations: [relation("deploysTroopsTo", "country/north-korea", "country/russia", "cache-a", 1)],
  claims: [{ id: "claim/c1", measure: "killed", amount: 12, about: "country/russia", evidence: ev("cache-a", 2, "claim-rule", "Dodici morti ieri.") }],
});

describe("extraction cache", () => {
  it("gives back what was put, from disk, with each sentence stored once", () => {
    const root = mkdtempSync(join(tmpdir(), "trama-cache-"));
    new ExtractionCache(root, "v-test").put("k1", { extraction: structuredClone(x) });
    const hit = new ExtractionCache(root, "v-test").get("k1");
    expect(hit).toEqual({ extraction: x });
    const dir = join(root, "extractions", "v-test", "k1".slice(0, 2));
    const stored = readFileSync(join(dir, readdirSync(dir)[0]!), "utf8");
    expect(stored.split("Una frase.").length - 1).toBe(1);
    expect(stored).toContain("Dodici morti ieri.");
  });

  it("keeps a skipped article's reason, and misses on another version", () => {
    const root = mkdtempSync(join(tmpdir(), "trama-cache-"));
    new ExtractionCache(root, "v1").put("k2", { skipped: "ingest: empty" });
    expect(new ExtractionCache(root, "v1").get("k2")).toEqual({ skipped: "ingest: empty" });
    expect(new ExtractionCache(root, "v2").get("k2")).toBeUndefined();
  });
});
