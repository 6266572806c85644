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
  /** The relation a split clitic has on its verb (`lo` obj, `gli` iobj, `si` expl). */
  cliticRelations: Map<string, string>;
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
  const compoundClitics = pairs(file, "compoundClitics", raw.compoundClitics);
  const relations = raw.cliticRelations;
  if (!relations || typeof relations !== "object" || !Object.values(relations).every((r) => typeof r === "string")) throw new LexiconError(file, "cliticRelations", "expected clitic -> UD relation");
  const cliticRelations = new Map(Object.entries(relations as Record<string, string>));
  for (const c of [...clitics, ...[...compoundClitics.values()].flat()]) {
    if (!cliticRelations.has(c)) throw new LexiconError(file, "cliticRelations", `no relation for the clitic ${JSON.stringify(c)}`);
  }
  return { prepositions: pairs(file, "prepositions", raw.prepositions), clitics, compoundClitics, cliticRelations };
}

const capitalize = (word: string, like: string): string => (/^\p{Lu}/u.test(like) ? word.charAt(0).toUpperCase() + word.slice(1) : word);

function verbBase(base: string, lex: VerbLexicon): boolean {
  if (base.length < 2) return false;
  if (/(ar|er|ir)$/.test(base) && lex.isVerbForm(base + "e")) return true; // far-lo, metter-si
  if (/or$/.test(base) && lex.isVerbForm(base + "re")) return true; // por-si
  return lex.isVerbForm(base); // dando-gli, lascia-mi, sviluppata-si
}

const clitic = (form: string, table: ContractionTable): TokenPart => ({ form, upos: "PRON", cliticRelation: table.cliticRelations.get(form.toLowerCase()) });

/**
 * A part of a split token, with what the split itself decides: the tag (a preposition's
 * article is DET, a clitic PRON) and, for a clitic, its relation on the token's first part.
 */
export interface TokenPart {
  form: string;
  upos?: string;
  cliticRelation?: string;
}

/** The syntactic words of one written token (one part when it is not a contraction). */
export function splitTokenTagged(form: string, table: ContractionTable, lex: VerbLexicon): TokenPart[] {
  const lower = form.toLowerCase().replace(/’/g, "'");
  const prep = table.prepositions.get(lower);
  if (prep) return [{ form: capitalize(prep[0], form), upos: "ADP" }, { form: prep[1], upos: "DET" }];
  if (lower.length < 5 || !/^\p{L}+$/u.test(lower) || lex.isKnownForm(lower)) return [{ form }];
  for (const [suffix, parts] of table.compoundClitics) {
    if (lower.endsWith(suffix) && verbBase(lower.slice(0, -suffix.length), lex)) {
      const cut = form.length - suffix.length;
      return [{ form: form.slice(0, cut) }, clitic(form.slice(cut, cut + parts[0].length), table), clitic(form.slice(cut + parts[0].length), table)];
    }
  }
  for (const c of table.clitics) {
    if (lower.endsWith(c) && verbBase(lower.slice(0, -c.length), lex)) return [{ form: form.slice(0, -c.length) }, clitic(form.slice(-c.length), table)];
  }
  return [{ form }];
}

/** The curated list of verbs that build their active perfect with `essere` (data/syntax/essere-verbs.json). */
export function loadEssereVerbs(dataDir: string): string[] {
  const file = join(dataDir, "syntax", "essere-verbs.json");
  let raw: { verbs?: unknown };
  try {
    raw = JSON.parse(readFileSync(file, "utf8")) as { verbs?: unknown };
  } catch (e) {
    throw new LexiconError(file, "", `cannot read: ${(e as Error).message}`);
  }
  if (!Array.isArray(raw.verbs) || !raw.verbs.every((v) => typeof v === "string" && /^[a-zà-ù]+(re|rre)$/.test(v))) throw new LexiconError(file, "verbs", "expected infinitives in lower case");
  return raw.verbs as string[];
}
