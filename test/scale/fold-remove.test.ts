// A removable fold takes an article out again and gives the graph a fresh fold of the
// other articles gives: what watch mode relies on to refold only an edited article.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { GraphFold } from "../../src/graph/fold.ts";
import { projectRoot } from "../../src/paths.ts";
import { loadContext, processArticle } from "../../src/pipeline.ts";
import type { ArticleExtraction } from "../../src/types.ts";
import { entity, ev, extraction, mention, relation } from "../graph/fixtures.ts";

const articles = join(projectRoot, "data", "articles");
const exported = (fold: GraphFold) => JSON.stringify(fold.finish().export());
const fresh = (xs: readonly ArticleExtraction[]) => {
  const fold = new GraphFold();
  for (const x of xs) fold.add(structuredClone(x));
  return exported(fold);
};
const removable = (xs: readonly ArticleExtraction[]) => {
  const fold = new GraphFold({ removable: true });
  for (const x of xs) fold.add(structuredClone(x));
  return fold;
};

describe("GraphFold.remove on real extractions", () => {
  let corpus: ArticleExtraction[] = [];
  let edited: ArticleExtraction;
  beforeAll(async () => {
    const ctx = await loadContext();
    const names = readdirSync(articles).sort();
    const run = (name: string, text: Buffer) => processArticle({ path: join(articles, name), name, id: name.replace(/\.txt$/, ""), bytes: text }, ctx);
    corpus = names.map((name) => run(name, readFileSync(join(articles, name))));
    // An edit that adds a sentence naming people and places already in other articles.
    const name = names[1]!;
    edited = run(name, Buffer.concat([readFileSync(join(articles, name)), Buffer.from("\nIl presidente francese ha incontrato a Roma il ministro degli Esteri tedesco.\n")]));
  }, 60000);

  it.each([0, 1, 4])("removing article %i gives the fold of the others", (i) => {
    const fold = removable(corpus);
    fold.remove(corpus[i]!.meta.id);
    expect(exported(fold)).toBe(fresh(corpus.filter((_, k) => k !== i)));
  });

  it("removing an article and adding its edited text gives the fold of the edited corpus", () => {
    const fold = removable(corpus);
    expect(exported(fold)).toBe(fresh(corpus));
    fold.remove(edited.meta.id);
    fold.add(structuredClone(edited));
    const expected = corpus.map((x) => (x.meta.id === edited.meta.id ? edited : x));
    expect(exported(fold)).toBe(fresh(expected));
    expect(exported(fold)).not.toBe(fresh(corpus));
  });

  it("removing every article leaves an empty graph", () => {
    const fold = removable(corpus);
    for (const x of corpus) fold.remove(x.meta.id);
    expect(fold.finish().order).toBe(0);
  });
});

describe("GraphFold.remove on what only one article said", () => {
  const kim = (label: string) => entity("person/kim", "Person", label);
  const a = extraction("a", { entities: [kim("Kim Jong Un")], mentions: [mention("person/kim", "Person", "a", 0)] });
  const b = extraction("b", {
    entities: [kim("Kim"), entity("country/chile", "Country", "Cile")],
    mentions: [mention("person/kim", "Person", "b", 0), mention("country/chile", "Country", "b", 1)],
    relations: [relation("visits", "person/kim", "country/chile", "b", 1)],
  });

  it("takes back the label, the alias, the other entity and the relation the article gave", () => {
    const fold = removable([a, b]);
    const both = fold.finish();
    expect(both.getNodeAttribute("person/kim", "aliases")).toEqual(["Kim"]);
    expect(both.size).toBe(1);
    fold.remove("b");
    const g = fold.finish();
    expect(g.getNodeAttribute("person/kim", "aliases")).toEqual([]);
    expect(g.getNodeAttribute("person/kim", "articles")).toEqual(["a"]);
    expect(g.hasNode("country/chile")).toBe(false);
    expect(g.size).toBe(0);
  });

  it("removing an article that was never added changes nothing", () => {
    const fold = removable([a, b]);
    fold.remove("zz");
    expect(exported(fold)).toBe(fresh([a, b]));
  });

  it("refuses to remove from a fold not made removable", () => {
    const fold = new GraphFold();
    fold.add(structuredClone(a));
    expect(() => fold.remove("a")).toThrow(/removable/);
  });
});

describe("a removable fold's finish after each change equals a fresh fold's (incremental finish)", () => {
  // Invented names: a surname alone in one article links to the one full name in another;
  // taking the full name out must split them again, and the claim about him must follow.
  const person = (key: string, label: string) => entity(key, "Person", label);
  const claim = (id: string, about: string, article: string) => ({ id, about, measure: "killed" as const, amount: 3, evidence: ev(article, 2) });
  const surname = extraction("a1", {
    entities: [person("person/okafor", "Okafor"), entity("country/chile", "Country", "Cile")],
    mentions: [mention("person/okafor", "Person", "a1", 0), mention("country/chile", "Country", "a1", 1)],
    relations: [relation("visits", "person/okafor", "country/chile", "a1", 1)],
    claims: [claim("claim/a1-1", "person/okafor", "a1")],
  });
  const fullName = extraction("a2", {
    entities: [person("person/chidi-okafor", "Chidi Okafor"), entity("country/peru", "Country", "Perù")],
    mentions: [mention("person/chidi-okafor", "Person", "a2", 0), mention("country/peru", "Country", "a2", 3)],
    relations: [relation("visits", "person/chidi-okafor", "country/peru", "a2", 3), relation("meetsWith", "country/peru", "person/chidi-okafor", "a2", 4)],
  });
  const other = extraction("a3", {
    entities: [person("person/ines-duarte", "Ines Duarte"), entity("country/chile", "Country", "Cile")],
    mentions: [mention("person/ines-duarte", "Person", "a3", 0), mention("country/chile", "Country", "a3", 5)],
    relations: [relation("visits", "person/ines-duarte", "country/chile", "a3", 5)],
  });
  const renamed = extraction("a2", { ...fullName, entities: [person("person/chidi-okafor", "Chidi Okafor"), person("person/okafor-jr", "Okafor Junior")] });
  // A relation to a country no article describes yet (dropped), until one does, and again after.
  const dangling = extraction("a4", {
    entities: [person("person/ines-duarte", "Ines Duarte")],
    mentions: [mention("person/ines-duarte", "Person", "a4", 0)],
    relations: [relation("visits", "person/ines-duarte", "country/bolivia", "a4", 1)],
  });
  const bolivia = extraction("a5", { entities: [entity("country/bolivia", "Country", "Bolivia")], mentions: [mention("country/bolivia", "Country", "a5", 0)] });

  // [step, articles after it]
  const steps: Array<[string, (f: GraphFold) => void, ArticleExtraction[]]> = [
    ["surname alone", (f) => f.add(structuredClone(surname)), [surname]],
    ["the full name arrives: merged", (f) => f.add(structuredClone(fullName)), [surname, fullName]],
    ["an unrelated article: nothing else moves", (f) => f.add(structuredClone(other)), [surname, fullName, other]],
    ["the full name leaves: split again", (f) => f.remove("a2"), [surname, other]],
    ["it comes back edited", (f) => f.add(structuredClone(renamed)), [surname, other, renamed]],
    ["the surname leaves", (f) => f.remove("a1"), [other, renamed]],
    ["nothing changed", () => undefined, [other, renamed]],
    ["a relation to a country never described", (f) => f.add(structuredClone(dangling)), [other, renamed, dangling]],
    ["the country is described", (f) => f.add(structuredClone(bolivia)), [other, renamed, dangling, bolivia]],
    ["and is no more", (f) => f.remove("a5"), [other, renamed, dangling]],
  ];

  it("after every step, and the merge really happens and is undone", () => {
    const fold = new GraphFold({ removable: true });
    const seen: string[] = [];
    for (const [step, change, now] of steps) {
      change(fold);
      const g = fold.finish();
      expect(JSON.stringify(g.export()), step).toBe(fresh(now));
      seen.push(`${step}: ${g.hasNode("person/okafor") ? "okafor" : ""}${g.hasNode("person/chidi-okafor") ? "+chidi" : ""}`);
      if (step === "the country is described") expect(g.hasEdge("visits|person/ines-duarte|country/bolivia")).toBe(true);
      if (step === "and is no more") expect(g.hasNode("country/bolivia")).toBe(false);
    }
    expect(seen).toHaveLength(steps.length);
    expect(seen.slice(0, 4)).toEqual(["surname alone: okafor", "the full name arrives: merged: +chidi", "an unrelated article: nothing else moves: +chidi", "the full name leaves: split again: okafor"]);
  });

  it("keeps the attribute objects of what a change did not touch, and makes new ones for what it did", () => {
    const fold = new GraphFold({ removable: true });
    fold.add(structuredClone(surname));
    fold.add(structuredClone(fullName));
    const before = fold.finish();
    const [peruNode, chidiVisitsPeru] = [before.getNodeAttributes("country/peru"), before.getEdgeAttributes("visits|person/chidi-okafor|country/peru")];
    const chileNode = before.getNodeAttributes("country/chile");
    fold.add(structuredClone(other));
    const after = fold.finish();
    expect(after.getNodeAttributes("country/peru")).toBe(peruNode);
    expect(after.getEdgeAttributes("visits|person/chidi-okafor|country/peru")).toBe(chidiVisitsPeru);
    expect(after.getNodeAttributes("country/chile")).not.toBe(chileNode);
    expect(after.getNodeAttribute("country/chile", "mentions")).toBe(2);
  });
});
