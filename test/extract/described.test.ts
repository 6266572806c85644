// Described treaties and events (`un accordo di pace`) are told apart by their sides, not joined by their words.
import { describe, expect, it } from "vitest";
import { extractText as extractUnscoped } from "./helpers.ts";
import { isDescribedOnly, scopeDescriptions } from "../../src/extract/described.ts";
import type { ArticleExtraction, EntityDescription } from "../../src/types.ts";

// The CLI scopes the whole article's extraction (src/cli/article-windows.ts); so does this helper.
const extractText = async (text: string, name: string) => scopeDescriptions(await extractUnscoped(text, name));
const treatyKeys = (x: ArticleExtraction) => x.entities.filter((e) => e.type === "Treaty").map((e) => e.key);
const partiesOf = (x: ArticleExtraction, key: string) => x.relations.filter((r) => r.predicate === "partyTo" && r.object === key).map((r) => r.subject).sort();

describe("described accords across articles", () => {
  const boliviaPeru = "date 2025-03\nIl presidente boliviano Luis Arce e la presidente peruviana Dina Boluarte hanno firmato a La Paz un accordo di pace sulle acque del lago.\n";
  const argentinaChile = "date 2025-04\nIl presidente argentino Javier Milei e il presidente cileno Gabriel Boric hanno firmato a Santiago un accordo di pace sul confine.\n";
  const boliviaPeruAgain = "date 2025-05\nLa presidente peruviana Dina Boluarte e il presidente boliviano Luis Arce hanno firmato a Lima un accordo di pace.\n";

  it("two accords of other parties described alike get two keys, each keeping its parties", async () => {
    const a = await extractText(boliviaPeru, "a.txt");
    const b = await extractText(argentinaChile, "b.txt");
    const [ka] = treatyKeys(a);
    const [kb] = treatyKeys(b);
    expect(ka).toBeDefined();
    expect(kb).toBeDefined();
    expect(ka).not.toBe(kb);
    expect(partiesOf(a, ka!)).toEqual(["country/bolivia", "country/peru"]);
    expect(partiesOf(b, kb!)).toEqual(["country/argentina", "country/chile"]);
  });

  it("the same parties' accord described in two articles keeps one key", async () => {
    const a = await extractText(boliviaPeru, "a.txt");
    const c = await extractText(boliviaPeruAgain, "c.txt");
    expect(treatyKeys(a)).toEqual(treatyKeys(c));
  });
});

const entity = (key: string, type: EntityDescription["type"], label: string, extra: Partial<EntityDescription> = {}): EntityDescription => ({ key, type, label, lang: "it", aliases: [], aliasRules: {}, ...extra });
const evidence = { article: "x", sentence: 0, start: 0, end: 1, text: "", rule: "t" } as never;

describe("scopeDescriptions", () => {
  it("leaves named treaties and events, and every other kind, as they are", () => {
    expect(isDescribedOnly(entity("treaty/accordi-di-abramo", "Treaty", "Accordi di Abramo"))).toBe(false);
    expect(isDescribedOnly(entity("treaty/accordo", "Treaty", "accordo", { wikidata: "Q1" }))).toBe(false);
    expect(isDescribedOnly(entity("org/consiglio", "Organization", "consiglio"))).toBe(false);
    expect(isDescribedOnly(entity("event/vertice", "Event", "vertice", { aliases: ["Vertice di Lima"] }))).toBe(false);
    expect(isDescribedOnly(entity("event/colloquio-telefonico", "Event", "colloquio telefonico"))).toBe(true);
  });

  it("renames the key everywhere it is used, and an article with no sides scopes it by the article", () => {
    const x: ArticleExtraction = {
      meta: { id: "k1", file: "k1.txt", contentHash: "" } as ArticleExtraction["meta"],
      entities: [entity("event/colloquio-telefonico", "Event", "colloquio telefonico"), entity("country/chile", "Country", "Cile")],
      mentions: [{ key: "event/colloquio-telefonico", type: "Event", surface: "colloquio telefonico", start: 0, end: 20, sentence: 0, rule: "r", resolvedBy: "r", evidence }],
      relations: [{ predicate: "locatedIn", subject: "event/colloquio-telefonico", object: "country/chile", modality: "asserted", evidence }],
      claims: [],
    };
    const y = scopeDescriptions(x);
    const key = y.entities.find((e) => e.type === "Event")!.key;
    expect(key).toMatch(/^event\/colloquio-telefonico--[0-9a-f]{8}$/);
    expect(y.mentions[0]!.key).toBe(key);
    expect(y.relations[0]!.subject).toBe(key);
    const other = scopeDescriptions({ ...x, meta: { ...x.meta, id: "k2" } });
    expect(other.entities.find((e) => e.type === "Event")!.key).not.toBe(key);
  });
});
