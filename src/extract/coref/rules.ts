// Which coreference passes run, in which order, and the words they read
// (data/rules/coref.json), validated at load.
import { join } from "node:path";
import { LexiconError } from "../../errors.ts";
import { readJsonData } from "../../data/json.ts";

export const COREF_PASSES = ["role-nationality", "role-alone", "guest", "clitic-pronoun", "dropped-subject", "pair-anaphora"] as const;
export type CorefPass = (typeof COREF_PASSES)[number];

/** One office and the titles that name it (`premier`, `primo ministro`, `presidente del consiglio`). */
export interface TitleClass {
  id: string;
  reason: string;
  titles: { lemma: string; amod?: string[]; of?: string }[];
}

export interface CorefRules {
  /** Passes switched on (each has a reason in the data file). */
  passes: Set<CorefPass>;
  /** Object clitics that stand for a person (`lo`, `la`). */
  clitics: string[];
  /** How many sentences back a pronoun or a dropped subject may look. */
  sentencesBack: number;
  /** Lemmas of acts two people do together (`firmare`, `incontrare`): with `i due` as subject, the two met. */
  pairVerbs: Set<string>;
  /** Words that stand for the two people named last (`due`, `entrambi`). */
  pairWords: Set<string>;
  /** People nouns that `i due` may qualify (`i due leader`), unlike `i due Paesi`. */
  pairNouns: Set<string>;
  /** Offices a bare description (`la premier`) names, each with the titles that introduce its holder. */
  titleClasses: TitleClass[];
  /** Adjectives a bare description may carry and still name the office (`l'ex premier`). */
  titleModifiers: Set<string>;
  /** How many sentences back the holder of an office stays in focus for a bare description. */
  titleSentencesBack: number;
  /** Nouns for whoever was last received (`l'ospite`): the guest pass. */
  guestNouns: Set<string>;
}

export function validateCorefRules(raw: unknown, file: string): CorefRules {
  const r = raw as Record<string, unknown>;
  const fail = (where: string, why: string): never => { throw new LexiconError(file, where, why); };
  if (!Array.isArray(r?.passes)) fail("", "expected a `passes` list");
  const passes = new Set<CorefPass>();
  (r.passes as Record<string, unknown>[]).forEach((p, i) => {
    if (!COREF_PASSES.includes(p?.id as CorefPass)) fail(`pass ${i}`, `unknown pass ${JSON.stringify(p?.id)} (known: ${COREF_PASSES.join(", ")})`);
    if (passes.has(p.id as CorefPass)) fail(`pass ${i}`, "duplicate pass");
    if (typeof p.reason !== "string" || !p.reason) fail(`pass ${i}`, "missing reason");
    passes.add(p.id as CorefPass);
  });
  if (!Array.isArray(r.clitics) || !r.clitics.every((c) => typeof c === "string" && c)) fail("clitics", "must be a list of words");
  if (!Number.isInteger(r.sentencesBack) || (r.sentencesBack as number) < 0) fail("sentencesBack", "must be a whole number");
  const words = (k: string): string[] => (Array.isArray(r[k]) && (r[k] as unknown[]).every((c) => typeof c === "string" && c) ? r[k] as string[] : fail(k, "must be a list of words"));
  if (!Number.isInteger(r.titleSentencesBack) || (r.titleSentencesBack as number) < 0) fail("titleSentencesBack", "must be a whole number");
  if (!Array.isArray(r.titleClasses)) fail("titleClasses", "expected a list of offices");
  const titleClasses = (r.titleClasses as Record<string, unknown>[]).map((c, i): TitleClass => {
    if (typeof c?.id !== "string" || !c.id || typeof c.reason !== "string" || !c.reason) fail(`titleClasses ${i}`, "needs an id and a reason");
    if (!Array.isArray(c.titles) || c.titles.length === 0) fail(`titleClasses ${i}`, "needs a list of titles");
    for (const t of c.titles as Record<string, unknown>[]) {
      const ok = typeof t?.lemma === "string" && t.lemma === t.lemma.toLowerCase() && (t.of === undefined || typeof t.of === "string")
        && (t.amod === undefined || (Array.isArray(t.amod) && t.amod.every((a) => typeof a === "string" && a)));
      if (!ok) fail(`titleClasses ${i}`, "a title is a lower-case `lemma` with optional `amod` words and an `of` word");
    }
    return { id: c.id as string, reason: c.reason as string, titles: c.titles as TitleClass["titles"] };
  });
  return {
    passes, clitics: r.clitics as string[], sentencesBack: r.sentencesBack as number, pairVerbs: new Set(words("pairVerbs")), pairWords: new Set(words("pairWords")), pairNouns: new Set(words("pairNouns")),
    titleClasses, titleModifiers: new Set(words("titleModifiers")), titleSentencesBack: r.titleSentencesBack as number, guestNouns: new Set(words("guestNouns")),
  };
}

export async function loadCorefRules(dataDir: string): Promise<CorefRules> {
  const file = join(dataDir, "rules", "coref.json");
  return validateCorefRules(await readJsonData(file), file);
}
