// Validation of lexicon entries: every entry well-formed, ids unique, references resolvable.
import { LexiconError } from "../errors.ts";
import { ENTITY_TYPES, type EntityType } from "../types.ts";
import { PLACE_KINDS, type Lexicon, type LexiconEntry, type PlaceKind } from "./types.ts";

const FOLDERS: Record<EntityType, string> = { Country: "country", Person: "person", Organization: "org", Place: "place", Treaty: "treaty", Event: "event" };
const ID = /^(country|person|org|place|treaty|event)\/[a-z0-9]+(-[a-z0-9]+)*$/;

export function checkEntry(raw: unknown, file: string, where: string): LexiconEntry {
  const e = raw as Partial<LexiconEntry> & Record<string, unknown>;
  const fail = (reason: string): never => { throw new LexiconError(file, where, reason); };
  if (!e || typeof e !== "object") fail("not an object");
  if (typeof e.id !== "string" || !ID.test(e.id)) fail(`id ${JSON.stringify(e.id)} is not <folder>/<ascii-slug>`);
  if (!ENTITY_TYPES.includes(e.type as EntityType)) fail(`unknown type ${JSON.stringify(e.type)}`);
  if (!e.id!.startsWith(FOLDERS[e.type as EntityType] + "/")) fail(`id folder does not match type ${e.type}`);
  if (typeof e.label !== "string" || !e.label.trim()) fail("missing label");
  if (!["it", "en", "und"].includes(e.lang as string)) fail("lang must be it, en or und");
  if (!Array.isArray(e.names) || !e.names.every((n) => typeof n === "string" && n.trim() !== "")) fail("names must be a list of non-empty strings");
  if (typeof e.reason !== "string" || !e.reason.trim()) fail("missing reason");
  if (e.wikidata !== undefined && !/^Q\d+$/.test(e.wikidata as string)) fail(`bad Wikidata id ${JSON.stringify(e.wikidata)}`);
  if (e.country !== undefined && !/^[A-Z]{2}$/.test(e.country as string)) fail("country must be an ISO 3166-1 alpha-2 code");
  for (const f of ["partOf", "locatedIn", "actsFor"] as const) if (e[f] !== undefined && !ID.test(e[f] as string)) fail(`${f} must be an entity id`);
  if (e.placeKind !== undefined && (e.type !== "Place" || !PLACE_KINDS.includes(e.placeKind as PlaceKind))) fail(`placeKind must be one of ${PLACE_KINDS.join(", ")}, on a Place`);
  return { ...(e as LexiconEntry), names: [...new Set([e.label!, ...e.names!])] };
}

export function validateLexicon(lex: Lexicon, file = "data/lexicon"): void {
  const ids = new Set<string>();
  for (const e of lex.entries) {
    if (ids.has(e.id)) throw new LexiconError(file, e.id, "duplicate id");
    ids.add(e.id);
  }
  for (const e of lex.entries) {
    for (const f of ["partOf", "locatedIn", "actsFor"] as const) {
      const ref = e[f];
      if (ref && !ids.has(ref)) throw new LexiconError(file, e.id, `${f} points to unknown id ${ref}`);
    }
  }
  for (const d of lex.demonyms) if (!ids.has(d.country)) throw new LexiconError(file, d.form, `demonym of unknown country ${d.country}`);
}
