// Switching rule families off (src/extract/disable.ts): a fact goes away with the family
// that made it and stays when another is off; a spec that names no rule is an error, not
// a silent no-op; the families an ablation runs are read from the rule data.
import { describe, expect, it } from "vitest";
import { context, rel } from "./helpers.ts";
import { extract } from "../../src/extract/index.ts";
import { ingest } from "../../src/ingest/index.ts";
import { analyze } from "../../src/nlp/index.ts";
import { parseArticle } from "../../src/syntax/index.ts";
import { disableRules, parseDisable, ruleFamilies, ruleIds, specMatches, UnknownRuleError } from "../../src/extract/disable.ts";
import type { ArticleExtraction } from "../../src/types.ts";

async function extractWith(text: string, disable: string[]): Promise<ArticleExtraction> {
  const c = await context();
  const doc = parseArticle(analyze(ingest({ path: "t.txt", name: "t.txt", bytes: new TextEncoder().encode(text) }), c.nlp), c.syntax);
  return extract(doc, disableRules(c.extract, disable));
}

describe("--disable: a fact goes with its family and stays with another off", () => {
  it.each([
    // [sentence, fact, a spec that removes it, a spec that leaves it]
    ["Il premier ceco Petr Novak ha criticato duramente il governo norvegese.", "person/petr-novak criticizes country/norway", "criticize-", "tree:meet-"],
    ["Il premier ceco Petr Novak ha criticato duramente il governo norvegese.", "person/petr-novak criticizes country/norway", "tree:criticize-verb", "veto:"],
    ["Il premier ceco Petr Novak ha criticato duramente il governo norvegese.", "person/petr-novak leaderOf country/czech-republic", "role.leader", "role.member"],
    ["Il premier ceco Petr Novak è arrivato a Zagabria. Ha poi incontrato Jan Horak.", "person/jan-horak meetsWith person/petr-novak", "coref:dropped-subject", "coref:clitic-pronoun"],
    ["Il premier ceco Petr Novak è arrivato a Zagabria. Ha poi incontrato Jan Horak.", "person/jan-horak meetsWith person/petr-novak", "dropped-subject", "structure:"],
    ["Jan Horak è arrivato a Lubiana sabato. Il premier Petr Novak lo ha accolto all'aeroporto.", "person/jan-horak meetsWith person/petr-novak", "coref:clitic-pronoun", "coref:role-nationality"],
  ])("%s -> %s: off with %s, kept with %s", async (text, fact, off, other) => {
    expect(rel(await extractWith(text, []))).toContain(fact);
    expect(rel(await extractWith(text, [off]))).not.toContain(fact);
    expect(rel(await extractWith(text, [other]))).toContain(fact);
  }, 60000);

  it("a sentence that gives nothing gives nothing with every family off", async () => {
    const c = await context();
    const x = await extractWith("Il tempo a Varsavia è stato mite per tutta la settimana.", ruleFamilies(c.extract));
    expect(x.relations.filter((r) => r.predicate !== "locatedIn" && r.predicate !== "partOf")).toEqual([]);
  }, 60000);
});

describe("rule ids and specs", () => {
  it("an unknown id or prefix is one error naming it", async () => {
    const c = await context();
    expect(() => disableRules(c.extract, ["tree:criticize-verb", "criticise-"])).toThrow(UnknownRuleError);
    expect(() => disableRules(c.extract, ["coref:no-such-pass"])).toThrow(/"coref:no-such-pass"/);
    expect(() => disableRules(c.extract, ["coref:no-such-pass"])).toThrow(/^[^\n]+$/);
  });

  it("no spec leaves the context as it is; a spec leaves the loaded one untouched", async () => {
    const c = await context();
    expect(disableRules(c.extract, [])).toBe(c.extract);
    const n = c.extract.relations.tree.patterns.length;
    const off = disableRules(c.extract, ["tree:meet-"]);
    expect(off.relations.tree.patterns.length).toBeLessThan(n);
    expect(c.extract.relations.tree.patterns.length).toBe(n);
    expect(off.relations.tree.patterns.every((p) => !p.id.startsWith("meet-"))).toBe(true);
  });

  it.each([
    ["criticize-", "tree:criticize-verb", true],
    ["tree:criticize-", "tree:criticize-verb", true],
    ["dropped-subject", "coref:dropped-subject", true],
    ["event.", "event.visit", true],
    ["visit", "event.visit", false],
    ["role.leader", "role.leader:primo ministro", true],
    ["presidente", "role.leader:presidente", false],
    ["structure:body-of", "structure:body-demonym", false],
  ])("%s switches %s off: %s", (spec, id, yes) => {
    expect(specMatches(spec, id)).toBe(yes);
  });

  it("families come from the rule data, one per pattern word, pass, rule and event kind", async () => {
    const c = await context();
    const families = ruleFamilies(c.extract);
    for (const f of ["tree:meet-", "tree:criticize-", "veto:", "coref:dropped-subject", "coref:pair-anaphora", "structure:body-of", "event.visit", "role.leader", "count."]) expect(families).toContain(f);
    // Every id belongs to some family, and every family switches at least one id off.
    const ids = ruleIds(c.extract);
    for (const id of ids) expect(families.some((f) => specMatches(f, id))).toBe(true);
    for (const f of families) expect(ids.some((id) => specMatches(f, id))).toBe(true);
  });

  it("flag values split on commas, repeat, and sort", () => {
    expect(parseDisable(["b,a", " c ", "a"])).toEqual(["a", "b", "c"]);
    expect(parseDisable(undefined)).toEqual([]);
  });
});
