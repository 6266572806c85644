// Loading the entity lexicons under data/lexicon/: countries (i18n-iso-countries plus an
// overlay), demonyms, and JSONL files of people, organizations, places, treaties and
// events. Every entry is validated; any error names the file and line.
import { readFile, readdir } from "node:fs/promises";
import { join } from "node:path";
import { LexiconError } from "../errors.ts";
import { buildCountries, type CountryOverlay } from "./countries.ts";
import { buildCapitals } from "./capitals.ts";
import { demonymForms, type DemonymRow } from "./demonyms.ts";
import { checkEntry, validateLexicon } from "./schema.ts";
import type { Lexicon, LexiconEntry } from "./types.ts";

export { validateLexicon } from "./schema.ts";
export type { Lexicon, LexiconEntry, DemonymForm } from "./types.ts";

async function jsonl(file: string): Promise<Array<{ line: number; value: unknown }>> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (e) {
    throw new LexiconError(file, "", `cannot read: ${(e as Error).message}`);
  }
  const out: Array<{ line: number; value: unknown }> = [];
  text.split("\n").forEach((raw, i) => {
    const line = raw.trim();
    if (!line || line.startsWith("//")) return;
    try {
      out.push({ line: i + 1, value: JSON.parse(line) });
    } catch (e) {
      throw new LexiconError(file, `line ${i + 1}`, `invalid JSON: ${(e as Error).message}`);
    }
  });
  return out;
}

const ENTRY_FILES = ["places.jsonl", "organizations.jsonl", "people.jsonl", "treaties.jsonl", "events.jsonl"];

export async function readLexicon(dataDir: string): Promise<Lexicon> {
  const dir = join(dataDir, "lexicon");
  const overlayFile = join(dir, "countries.jsonl");
  const overlays = new Map<string, CountryOverlay>();
  for (const { line, value } of await jsonl(overlayFile)) {
    const o = value as CountryOverlay;
    if (!/^[A-Z]{2}$/.test(o?.iso ?? "") || typeof o.reason !== "string") throw new LexiconError(overlayFile, `line ${line}`, "needs iso (alpha-2) and reason");
    if (o.wikidata !== undefined && !/^Q\d+$/.test(o.wikidata)) throw new LexiconError(overlayFile, `line ${line}`, `bad Wikidata id ${o.wikidata}`);
    overlays.set(o.iso, o);
  }
  const entries: LexiconEntry[] = buildCountries(overlays);
  const present = new Set(await readdir(dir));
  for (const name of ENTRY_FILES.filter((f) => present.has(f))) {
    const file = join(dir, name);
    for (const { line, value } of await jsonl(file)) entries.push(checkEntry(value, file, `line ${line}`));
  }
  const countryKey = new Map(entries.filter((e) => e.type === "Country" && e.country).map((e) => [e.country!, e.id]));
  entries.push(...buildCapitals(entries, (iso) => countryKey.get(iso)));
  const demFile = join(dir, "demonyms.jsonl");
  const rows = (await jsonl(demFile)).map(({ line, value }) => {
    const r = value as DemonymRow;
    if (typeof r?.ms !== "string" || r.ms !== r.ms.toLowerCase() || !countryKey.has(r.iso)) throw new LexiconError(demFile, `line ${line}`, "needs a lower-case ms form and a known iso");
    return r;
  });
  const lexicon: Lexicon = { entries, demonyms: demonymForms(rows, (iso) => countryKey.get(iso)) };
  validateLexicon(lexicon, dir);
  return lexicon;
}

const cache = new Map<string, Promise<Lexicon>>();

/** Load (once per process and folder) and validate the lexicons. */
export function loadLexicon(dataDir: string): Promise<Lexicon> {
  let p = cache.get(dataDir);
  if (!p) {
    p = readLexicon(dataDir);
    cache.set(dataDir, p);
  }
  return p;
}
