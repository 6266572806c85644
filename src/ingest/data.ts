// The data ingest reads (data/ingest/): noise-line rules, month names and byline words.
// Validated at load and compiled once per process; ingest() itself never touches the disk
// after the first call.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { LexiconError } from "../errors.ts";
import { defaultDataDir } from "../paths.ts";

export interface NoiseRule {
  id: string;
  /** Applied to a whole trimmed line. */
  pattern: RegExp;
  reason: string;
}

export interface BylineWords {
  /** Dateline elements that name no outlet: `(AsiaNews/Agenzie)`. */
  genericSources: ReadonlySet<string>;
  /** Byline names that are a newsroom desk, not an outlet: `Redazione Esteri`. */
  desks: readonly string[];
  /** Words before an author's name: `di Mario Rossi`. */
  authorPrefixes: readonly string[];
  /** Labels before a publication date: `Pubblicato il`. */
  publishedLabels: readonly string[];
}

export interface IngestData {
  noise: readonly NoiseRule[];
  /** Month name or abbreviation (lower case, no dot) -> 1..12. */
  months: ReadonlyMap<string, number>;
  bylines: BylineWords;
}

type Json = Record<string, unknown>;

function readJson(file: string): Json {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    throw new LexiconError(file, "", `cannot read: ${(e as Error).message}`);
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw new LexiconError(file, "", "expected a JSON object");
  return value as Json;
}

export function loadNoiseRules(file: string): NoiseRule[] {
  const rules = readJson(file).rules;
  if (!Array.isArray(rules)) throw new LexiconError(file, "", "expected a `rules` array");
  const seen = new Set<string>();
  return rules.map((raw: unknown, i) => {
    const r = (typeof raw === "object" && raw !== null ? raw : {}) as Json;
    const where = typeof r.id === "string" && r.id ? `rule "${r.id}"` : `rule ${i}`;
    for (const field of ["id", "pattern", "reason"]) {
      if (typeof r[field] !== "string" || r[field] === "") throw new LexiconError(file, where, `missing or empty field "${field}"`);
    }
    const id = r.id as string;
    if (seen.has(id)) throw new LexiconError(file, where, "duplicate id");
    seen.add(id);
    try {
      return { id, reason: r.reason as string, pattern: new RegExp(r.pattern as string, "iu") };
    } catch (e) {
      throw new LexiconError(file, where, `bad pattern: ${(e as Error).message}`);
    }
  });
}

export function loadMonths(file: string): Map<string, number> {
  const months = readJson(file).months;
  if (typeof months !== "object" || months === null || Array.isArray(months)) throw new LexiconError(file, "", "expected a `months` object");
  const map = new Map<string, number>();
  for (const [name, n] of Object.entries(months)) {
    if (!/^\p{Ll}+$/u.test(name)) throw new LexiconError(file, `month "${name}"`, "names are lower-case letters only (a trailing dot is read by the parser)");
    if (!Number.isInteger(n) || (n as number) < 1 || (n as number) > 12) throw new LexiconError(file, `month "${name}"`, "value must be a month number 1..12");
    map.set(name, n as number);
  }
  const missing = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].filter((m) => ![...map.values()].includes(m));
  if (missing.length > 0) throw new LexiconError(file, "", `no name for month ${missing.join(", ")}`);
  return map;
}

export function loadBylineWords(file: string): BylineWords {
  const json = readJson(file);
  const list = (key: string): string[] => {
    const v = json[key];
    if (!Array.isArray(v) || !v.every((w) => typeof w === "string" && w !== "" && w === w.toLowerCase().trim())) {
      throw new LexiconError(file, key, "expected an array of non-empty lower-case strings");
    }
    return v as string[];
  };
  // Longest first, so `a cura di` is tried before `di`.
  const byLength = (ws: string[]) => [...ws].sort((a, b) => b.length - a.length);
  return {
    genericSources: new Set(list("genericSources")),
    desks: byLength(list("desks")),
    authorPrefixes: byLength(list("authorPrefixes")),
    publishedLabels: byLength(list("publishedLabels")),
  };
}

export function loadIngestData(dataDir: string = defaultDataDir): IngestData {
  const dir = join(dataDir, "ingest");
  return {
    noise: loadNoiseRules(join(dir, "noise.json")),
    months: loadMonths(join(dir, "months.json")),
    bylines: loadBylineWords(join(dir, "bylines.json")),
  };
}

let cached: IngestData | undefined;

/** The default data, loaded on first use and kept for the life of the process. */
export function ingestData(): IngestData {
  cached ??= loadIngestData();
  return cached;
}
