// What the NLP stage needs, loaded and validated once: abbreviations, elided forms,
// irregular forms, number words, and the morph-it lemma index (memoized per process).
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { LexiconError } from "../errors.ts";
import { loadLemmaIndex, type LemmaIndex } from "./lemma.ts";
import type { NumberWords } from "./numbers.ts";

export interface NlpContext {
  abbreviations: Set<string>;
  elision: Map<string, string>;
  numbers: NumberWords;
  lemmas: LemmaIndex;
  irregular: Map<string, string[]>;
}

async function readJson(file: string): Promise<Record<string, unknown>> {
  try {
    return JSON.parse(await readFile(file, "utf8")) as Record<string, unknown>;
  } catch (e) {
    throw new LexiconError(file, "", `cannot read: ${(e as Error).message}`);
  }
}

function numberMap(file: string, field: string, v: unknown): Map<string, number> {
  if (!v || typeof v !== "object" || !Object.values(v).every((n) => typeof n === "number")) throw new LexiconError(file, field, "expected word -> number");
  return new Map(Object.entries(v as Record<string, number>));
}

function stringList(file: string, field: string, v: unknown): string[] {
  if (!Array.isArray(v) || !v.every((s) => typeof s === "string" && s === s.toLowerCase())) throw new LexiconError(file, field, "expected a list of lower-case strings");
  return v as string[];
}

export async function loadNlpContext(dataDir: string): Promise<NlpContext> {
  const dir = join(dataDir, "nlp");
  const [abbr, eli, irr, num] = await Promise.all(["abbreviations", "elision", "irregular", "numbers"].map((n) => readJson(join(dir, `${n}.json`))));
  const numbersFile = join(dir, "numbers.json");
  const thousand = num!.thousand as { singular?: string; plural?: string } | undefined;
  if (typeof num!.hundred !== "string" || !thousand?.singular || !thousand.plural) throw new LexiconError(numbersFile, "hundred/thousand", "missing");
  const irregular = irr!.forms as Record<string, unknown>;
  if (!irregular || !Object.values(irregular).every((l) => Array.isArray(l) && l.every((x) => typeof x === "string"))) throw new LexiconError(join(dir, "irregular.json"), "forms", "expected form -> list of lemmas");
  const elision = eli!.elision as Record<string, unknown>;
  if (!elision || !Object.keys(elision).every((k) => k.endsWith("'"))) throw new LexiconError(join(dir, "elision.json"), "elision", "every elided form must end with an apostrophe");
  return {
    abbreviations: new Set(stringList(join(dir, "abbreviations.json"), "abbreviations", abbr!.abbreviations)),
    elision: new Map(Object.entries(elision as Record<string, string>)),
    irregular: new Map(Object.entries(irregular as Record<string, string[]>)),
    numbers: {
      units: numberMap(numbersFile, "units", num!.units),
      tens: numberMap(numbersFile, "tens", num!.tens),
      hundred: num!.hundred,
      thousandSingular: thousand.singular,
      thousandPlural: thousand.plural,
      multipliers: numberMap(numbersFile, "multipliers", num!.multipliers),
      approximate: numberMap(numbersFile, "approximate", num!.approximate),
      fractions: numberMap(numbersFile, "fractions", num!.fractions ?? {}),
    },
    lemmas: loadLemmaIndex(),
  };
}
