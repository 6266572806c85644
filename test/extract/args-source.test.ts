// A mention set as a reported source (`secondo X`, `stando a X`, `a giudizio di X`) is read on the tree, never an actor.
import { describe, expect, it } from "vitest";
import { context } from "./helpers.ts";
import { ingest } from "../../src/ingest/index.ts";
import { analyze } from "../../src/nlp/index.ts";
import { parseArticle } from "../../src/syntax/index.ts";
import { recognizeEntities } from "../../src/extract/entities/index.ts";
import { placeMentions } from "../../src/extract/relations/args.ts";

async function sources(text: string): Promise<string[]> {
  const c = await context();
  const doc = parseArticle(analyze(ingest({ path: "s.txt", name: "s.txt", bytes: new TextEncoder().encode(`${text}\n`) }), c.nlp), c.syntax);
  const found = recognizeEntities(doc, c.extract.entities);
  return doc.sentences.flatMap((s) => placeMentions(s, found.resolved)).filter((p) => p.source).map((p) => p.m.surface);
}

describe("sources read on the tree", () => {
  it.each([
    ["secondo X, fronted", "Secondo l'Unicef, in Yemen mancano vaccini per due milioni di bambini.", ["Unicef"]],
    ["secondo X, after the clause", "Le truppe etiopi sono entrate in Somalia, secondo la Bbc.", ["Bbc"]],
    ["stando a X", "Stando a Reuters, il Cile ha richiamato il suo ambasciatore.", ["Reuters"]],
    ["a giudizio di X", "A giudizio di Amnesty International, la Bolivia ha violato i diritti dei detenuti.", ["Amnesty International"]],
    ["no source: an actor with a preposition", "Il Cile ha protestato con l'Argentina per le manovre navali.", []],
    ["no source: `secondo` as an ordinal", "Il Perù ha firmato il secondo accordo con il Brasile.", []],
  ])("%s", async (_name, text, expected) => {
    expect(await sources(text)).toEqual(expected);
  });
});
