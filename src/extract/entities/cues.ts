// Cue-word groups (data/rules/entity-cues.json), validated at load and compiled into
// sets keyed by kind. A multiword cue (`primo ministro`) is matched on lower-cased tokens.
import { join } from "node:path";
import { LexiconError } from "../../errors.ts";
import { readJsonData } from "../../data/json.ts";

export const CUE_KINDS = [
  "personRole", "orgHeadIt", "orgHeadEn", "orgCue", "agencyHead", "placeCue", "eventHead", "treatyHead", "treatyContent",
  "orgDescriptor", "orgDescriptorAdjective", "agencyNoCountry", "orgSuffix", "orgPrefix", "actorVerb", "boundaryWord", "productHead", "miscHeadEn", "commonAcronym", "institutionWord", "miscHeadIt", "localBodyHead", "landmarkHead", "institutionWordCap", "matchWord", "orgHeadOfPlace", "placeApposition", "kinNoun", "nicknameWord", "treatyHeadCap",
] as const;
export type CueKind = (typeof CUE_KINDS)[number];

export interface CueGroup {
  id: string;
  kind: CueKind;
  reason: string;
  words: string[];
}

export interface Cue {
  /** Lower-case words of the cue. */
  words: string[];
  group: string;
}

/** Cues per kind, indexed by their first word; longest first; plus canonical agency heads. */
export type CueIndex = Record<CueKind, Map<string, Cue[]>> & { agencyCanonical: Map<string, string> };

function fail(file: string, where: string, reason: string): never {
  throw new LexiconError(file, where, reason);
}

export function validateCueGroups(raw: unknown, file: string): CueGroup[] {
  const groups = (raw as { groups?: unknown })?.groups;
  if (!Array.isArray(groups)) fail(file, "", "expected an object with a `groups` array");
  return groups.map((g: Record<string, unknown>, i: number) => {
    const where = `group ${i}${typeof g?.id === "string" ? ` "${g.id}"` : ""}`;
    if (typeof g?.id !== "string" || !g.id) fail(file, where, "missing id");
    if (typeof g.reason !== "string" || !g.reason) fail(file, where, "missing reason");
    if (!CUE_KINDS.includes(g.kind as CueKind)) fail(file, where, `unknown kind ${JSON.stringify(g.kind)}`);
    if (!Array.isArray(g.words) || g.words.length === 0 || !g.words.every((w) => typeof w === "string" && w === w.toLowerCase() && w.trim() === w && w !== "")) {
      fail(file, where, "words must be a non-empty list of lower-case strings");
    }
    return { id: g.id, kind: g.kind as CueKind, reason: g.reason, words: g.words as string[] };
  });
}

export function compileCues(groups: CueGroup[], canonical: Record<string, string> = {}): CueIndex {
  const index = Object.fromEntries(CUE_KINDS.map((k) => [k, new Map<string, Cue[]>()])) as unknown as CueIndex;
  index.agencyCanonical = new Map(Object.entries(canonical));
  for (const g of groups) {
    for (const w of g.words) {
      const words = w.replace(/'/g, "' ").split(/\s+/).filter(Boolean);
      const map = index[g.kind];
      const list = map.get(words[0]!) ?? [];
      list.push({ words, group: g.id });
      list.sort((a, b) => b.words.length - a.words.length);
      map.set(words[0]!, list);
    }
  }
  return index;
}

export async function loadCues(dataDir: string): Promise<CueIndex> {
  const file = join(dataDir, "rules", "entity-cues.json");
  const raw = await readJsonData(file);
  const canonical = (raw as { agencyHeadCanonical?: { map?: unknown } }).agencyHeadCanonical?.map ?? {};
  if (typeof canonical !== "object" || canonical === null || !Object.values(canonical).every((v) => typeof v === "string")) {
    fail(file, "agencyHeadCanonical", "map must be an object of strings");
  }
  return compileCues(validateCueGroups(raw, file), canonical as Record<string, string>);
}

/** The cue of `kind` starting at token `i` (matched on `lower` or `lemma`), longest first. */
export function cueAt(index: CueIndex, kind: CueKind, tokens: ReadonlyArray<{ lower: string; lemma: string }>, i: number): Cue | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  const candidates = index[kind].get(t.lower) ?? index[kind].get(t.lemma);
  if (!candidates) return undefined;
  // Loops, not find/every with closures: this runs for every token, once per kind of cue.
  for (const c of candidates) if (cueWordsAt(c.words, tokens, i)) return c;
  return undefined;
}

function cueWordsAt(words: readonly string[], tokens: ReadonlyArray<{ lower: string; lemma: string }>, i: number): boolean {
  for (let k = 0; k < words.length; k++) {
    const tk = tokens[i + k];
    if (tk === undefined || (tk.lower !== words[k] && tk.lemma !== words[k])) return false;
  }
  return true;
}
