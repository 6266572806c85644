// Claim rules (data/rules/claims.json), validated and compiled once.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { LexiconError } from "../../errors.ts";
import type { ClaimMeasure, ClaimQualifier } from "../../types.ts";

export type CountClass = "troops" | "personnel" | "killed" | "wounded" | "casualties" | "captured" | "munitions" | "missiles";

export interface ClaimsContext {
  counted: Map<string, { cls: CountClass; rule: string }>;
  states: Map<string, { measure: ClaimMeasure; rule: string }>;
  movement: Set<string>;
  notMeasures: Set<string>;
  currencies: Map<string, string>;
  qualifiers: Array<{ words: string[]; qualifier: ClaimQualifier; rule: string }>;
  sourceBefore: string[][];
  sourceNouns: Set<string>;
  sourceVerbs: Set<string>;
  coreferent: Set<string>;
}

const CLASSES = ["troops", "personnel", "killed", "wounded", "casualties", "captured", "munitions", "missiles"];
const words = (w: string) => w.replace(/'/g, "' ").split(/\s+/).filter(Boolean);

export async function loadClaimsContext(dataDir: string): Promise<ClaimsContext> {
  const file = join(dataDir, "rules", "claims.json");
  let raw: Record<string, any>;
  try {
    raw = JSON.parse(await readFile(file, "utf8"));
  } catch (e) {
    throw new LexiconError(file, "", `cannot read: ${(e as Error).message}`);
  }
  const need = (cond: unknown, where: string, reason: string) => { if (!cond) throw new LexiconError(file, where, reason); };
  const ctx: ClaimsContext = {
    counted: new Map(), states: new Map(), movement: new Set(raw.movement?.lemmas ?? []), notMeasures: new Set(raw.notMeasures?.lemmas ?? []),
    currencies: new Map(Object.entries(raw.currencies ?? {})), qualifiers: [],
    sourceBefore: (raw.sources?.before ?? []).map(words), sourceNouns: new Set(raw.sources?.nouns ?? []), sourceVerbs: new Set(raw.sources?.verbs ?? []), coreferent: new Set(raw.sources?.coreferent ?? []),
  };
  (raw.counted ?? []).forEach((g: any, i: number) => {
    need(g?.id && g.reason && CLASSES.includes(g.class) && Array.isArray(g.lemmas), `counted ${i}`, "needs id, reason, class and lemmas");
    for (const l of g.lemmas) ctx.counted.set(l, { cls: g.class, rule: g.id });
  });
  (raw.states ?? []).forEach((g: any, i: number) => {
    need(g?.id && g.reason && g.measure && Array.isArray(g.lemmas), `states ${i}`, "needs id, reason, measure and lemmas");
    for (const l of g.lemmas) ctx.states.set(l, { measure: g.measure, rule: g.id });
  });
  (raw.qualifiers ?? []).forEach((g: any, i: number) => {
    need(g?.id && g.reason && ["atLeast", "moreThan", "about", "upTo"].includes(g.qualifier) && Array.isArray(g.words), `qualifiers ${i}`, "needs id, reason, qualifier and words");
    for (const w of g.words) ctx.qualifiers.push({ words: words(w), qualifier: g.qualifier, rule: g.id });
  });
  ctx.qualifiers.sort((a, b) => b.words.length - a.words.length);
  need(ctx.counted.size > 0 && ctx.currencies.size > 0, "", "counted and currencies must not be empty");
  return ctx;
}
