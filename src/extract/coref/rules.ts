// Which coreference passes run, in which order, and the words they read
// (data/rules/coref.json), validated at load.
import { join } from "node:path";
import { LexiconError } from "../../errors.ts";
import { readJsonData } from "../../data/json.ts";

export const COREF_PASSES = ["role-nationality", "clitic-pronoun", "dropped-subject", "pair-anaphora"] as const;
export type CorefPass = (typeof COREF_PASSES)[number];

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
  return { passes, clitics: r.clitics as string[], sentencesBack: r.sentencesBack as number, pairVerbs: new Set(words("pairVerbs")), pairWords: new Set(words("pairWords")), pairNouns: new Set(words("pairNouns")) };
}

export async function loadCorefRules(dataDir: string): Promise<CorefRules> {
  const file = join(dataDir, "rules", "coref.json");
  return validateCorefRules(await readJsonData(file), file);
}
