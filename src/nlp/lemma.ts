// Lemmas from morph-it (through the italian-verbs-dict, italian-words-dict and
// italian-adjectives-dict packages): every conjugated verb form, noun plural and
// adjective form maps back to its dictionary form, so one trigger lemma (`inviare`)
// covers `invierà`, `inviati`, `hanno inviato`.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

export interface LemmaIndex {
  /** Lower-case form -> lemmas, verbs first. */
  forms: Map<string, string[]>;
  /** Lemma -> part of speech (verb, noun, adj). */
  pos: Map<string, "verb" | "noun" | "adj">;
  /** Lower-case form -> which morph-it lists have it (CLASS_VERB | CLASS_NOUN | CLASS_ADJ): the tagger's ambiguity class. */
  classes: Map<string, number>;
  /**
   * What tells the dictionaries' own strings from `forms`: the regular gerunds the index adds
   * that no dictionary lists (`forms` has them, the dictionaries do not), and the dictionaries'
   * strings that are no form (a noun's gender letter, its singular). Common-word tests
   * (extract/common-words.ts) read the dictionaries through the index with these, instead of
   * parsing them again and keeping a second set of every form. (Absent in a hand-made index: none then.)
   */
  generatedOnly?: Set<string>;
  otherStrings?: Set<string>;
}

export const CLASS_VERB = 1;
export const CLASS_NOUN = 2;
export const CLASS_ADJ = 4;

const CLITICS = ["gliene", "sene", "cene", "vene", "mene", "tene", "si", "ne", "lo", "la", "li", "le", "gli", "ci", "vi", "mi", "ti"];

function add(index: LemmaIndex, form: string, lemma: string, cls: number): void {
  const f = form.toLowerCase();
  index.classes.set(f, (index.classes.get(f) ?? 0) | cls);
  const list = index.forms.get(f);
  if (!list) index.forms.set(f, [lemma]);
  else if (!list.includes(lemma)) list.push(lemma);
}

function walk(value: unknown, visit: (s: string) => void): void {
  if (typeof value === "string") visit(value);
  else if (value && typeof value === "object") for (const v of Object.values(value)) walk(v, visit);
}

function regularGerund(inf: string): string | undefined {
  if (inf.endsWith("are")) return inf.slice(0, -3) + "ando";
  if (inf.endsWith("ere") || inf.endsWith("ire")) return inf.slice(0, -3) + "endo";
  return undefined;
}

/**
 * A dictionary package's JSON, parsed and not kept: `require` would hold the parsed
 * dictionaries in its module cache (some 17 MB in every worker) after the index is built.
 */
export function readDict(path: string): unknown {
  return JSON.parse(readFileSync(require.resolve(path), "utf8"));
}

let cached: LemmaIndex | undefined;

export function loadLemmaIndex(): LemmaIndex {
  if (cached) return cached;
  const generatedOnly = new Set<string>(), otherStrings = new Set<string>();
  const index: LemmaIndex = { forms: new Map(), pos: new Map(), classes: new Map(), generatedOnly, otherStrings };
  const verbs = readDict("italian-verbs-dict/dist/verbs.json") as Record<string, unknown>;
  const nouns = readDict("italian-words-dict/dist/words.json") as Record<string, Record<string, unknown>>;
  const adjectives = readDict("italian-adjectives-dict/dist/adjectives.json") as Record<string, Record<string, string>>;
  // The regular gerunds, and which of them a dictionary lists itself (most, in the verb's own table).
  const gerunds = new Set<string>();
  for (const inf of Object.keys(verbs)) { const ger = regularGerund(inf); if (ger) gerunds.add(ger.toLowerCase()); }
  const listed = new Set<string>();
  const fromDict = (form: string, lemma: string, cls: number): void => {
    add(index, form, lemma, cls);
    if (gerunds.has(form.toLowerCase())) listed.add(form.toLowerCase());
  };
  // Verbs first, so a finite form or participle prefers its verb (`inviati` -> inviare, then inviato).
  for (const [inf, table] of Object.entries(verbs)) {
    index.pos.set(inf, "verb");
    fromDict(inf, inf, CLASS_VERB);
    const ger = regularGerund(inf);
    if (ger) add(index, ger, inf, CLASS_VERB);
    walk(table, (form) => fromDict(form, inf, CLASS_VERB));
  }
  for (const [noun, info] of Object.entries(nouns)) {
    if (!index.pos.has(noun)) index.pos.set(noun, "noun");
    fromDict(noun, noun, CLASS_NOUN);
    if (info?.P) fromDict(info.P as string, noun, CLASS_NOUN);
    // The entry's other strings (gender, singular) are no forms, yet the dictionary's words.
    for (const [field, v] of Object.entries(info ?? {})) if (field !== "P") walk(v, (x) => { const lower = x.toLowerCase(); otherStrings.add(lower); if (gerunds.has(lower)) listed.add(lower); });
  }
  for (const [adj, forms] of Object.entries(adjectives)) {
    if (!index.pos.has(adj)) index.pos.set(adj, "adj");
    fromDict(adj, adj, CLASS_ADJ);
    walk(forms, (form) => fromDict(form, adj, CLASS_ADJ));
  }
  for (const g of gerunds) if (!listed.has(g)) generatedOnly.add(g);
  cached = index;
  return index;
}

/** Whether a lower-case string is one of the dictionaries' own: a form or lemma they list, or another of their strings. */
export function inDictionaries(index: LemmaIndex, lower: string): boolean {
  return (index.forms.has(lower) && index.generatedOnly?.has(lower) !== true) || index.otherStrings?.has(lower) === true;
}

/** Lemmas of a lower-case form: direct look-up, then with clitics stripped (`rafforzarsi`, `inviandone`). */
export function lemmatize(index: LemmaIndex, lower: string): string[] {
  const direct = index.forms.get(lower);
  // A form that is itself a dictionary word (`stima`, `firma`) is its own preferred lemma.
  if (direct) return direct.includes(lower) && direct[0] !== lower ? [lower, ...direct.filter((l) => l !== lower)] : direct;
  for (const c of CLITICS) {
    if (!lower.endsWith(c) || lower.length <= c.length + 3) continue;
    const base = lower.slice(0, -c.length);
    const asGerund = index.forms.get(base);
    if (asGerund && /(ando|endo)$/.test(base)) return asGerund;
    const asInfinitive = index.forms.get(base + "e");
    if (asInfinitive && /r$/.test(base)) return asInfinitive;
  }
  return [lower];
}

export function isKnownWord(index: LemmaIndex, lower: string): boolean {
  return index.forms.has(lower);
}
