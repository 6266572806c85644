// Multiword tokens: one written token, several syntactic words, as the Italian UD
// treebanks split them — `della` -> `di la`, `dell'` -> `di l'`, `farlo` -> `far lo`,
// `dandogliele` -> `dando glie le`. The table lives in data/syntax/contractions.json;
// a clitic is split off only when what is left is a verb form morph-it knows, so `Angela`
// and `scuola` stay whole.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { LexiconError } from "../errors.ts";

export interface ContractionTable {
  prepositions: Map<string, readonly [string, string]>;
  clitics: readonly string[];
  compoundClitics: Map<string, readonly [string, string]>;
}

/** What the splitter asks of the lexicon. */
export interface VerbLexicon {
  isVerbForm(lower: string): boolean;
  isKnownForm(lower: string): boolean;
}

function pairs(file: string, field: string, v: unknown): Map<string, readonly [string, string]> {
  if (!v || typeof v !== "object") throw new LexiconError(file, field, "expected an object of form -> [word, word]");
  const out = new Map<string, readonly [string, string]>();
  for (const [k, parts] of Object.entries(v)) {
    if (!Array.isArray(parts) || parts.length !== 2 || !parts.every((p) => typeof p === "string" && p.length > 0)) throw new LexiconError(file, `${field}.${k}`, "expected two words");
    if (k !== k.toLowerCase()) throw new LexiconError(file, `${field}.${k}`, "keys are lower-case");
    out.set(k, [parts[0], parts[1]]);
  }
  return out;
}

export function loadContractions(dataDir: string): ContractionTable {
  const file = join(dataDir, "syntax", "contractions.json");
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
  } catch (e) {
    throw new LexiconError(file, "", `cannot read: ${(e as Error).message}`);
  }
  const clitics = raw.clitics;
  if (!Array.isArray(clitics) || !clitics.every((c) => typeof c === "string" && /^[a-z]+$/.test(c))) throw new LexiconError(file, "clitics", "expected lower-case words");
  return { prepositions: pairs(file, "prepositions", raw.prepositions), clitics, compoundClitics: pairs(file, "compoundClitics", raw.compoundClitics) };
}

const capitalize = (word: string, like: string): string => (/^\p{Lu}/u.test(like) ? word.charAt(0).toUpperCase() + word.slice(1) : word);

function verbBase(base: string, lex: VerbLexicon): boolean {
  if (base.length < 2) return false;
  if (/(ar|er|ir)$/.test(base) && lex.isVerbForm(base + "e")) return true; // far-lo, metter-si
  if (/or$/.test(base) && lex.isVerbForm(base + "re")) return true; // por-si
  return lex.isVerbForm(base); // dando-gli, lascia-mi, sviluppata-si
}

/** The syntactic words of one written token; `[form]` when it is not a contraction. */
export function splitToken(form: string, table: ContractionTable, lex: VerbLexicon): string[] {
  const lower = form.toLowerCase().replace(/’/g, "'");
  const prep = table.prepositions.get(lower);
  if (prep) return [capitalize(prep[0], form), prep[1]];
  if (lower.length < 5 || !/^\p{L}+$/u.test(lower) || lex.isKnownForm(lower)) return [form];
  for (const [suffix, parts] of table.compoundClitics) {
    if (lower.endsWith(suffix) && verbBase(lower.slice(0, -suffix.length), lex)) {
      const cut = form.length - suffix.length;
      return [form.slice(0, cut), form.slice(cut, cut + parts[0].length), form.slice(cut + parts[0].length)];
    }
  }
  for (const c of table.clitics) {
    if (lower.endsWith(c) && verbBase(lower.slice(0, -c.length), lex)) return [form.slice(0, -c.length), form.slice(-c.length)];
  }
  return [form];
}
