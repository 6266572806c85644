// Names typed by default take the type of the names they are listed with: in
// `Valdora, Brenzone e Castelmarino` one known place makes the others places, in
// `Ferri, Bassi e Loreti` one known person makes the others people. A two-letter code in
// parentheses after a place is its province (`Sciacca (AG)`).
import type { EntityType, Sentence } from "../../types.ts";
import type { Candidate } from "./candidate.ts";

/** Rules whose type is only a default, open to what the neighbours say. */
const DEFAULTS = new Set(["name.single-unknown", "name.shape", "name.acronym"]);
const LIST_GLUE = new Set([",", "e", "ed", "o", "oppure", "/"]);

function glued(s: Sentence, from: number, to: number): boolean {
  if (to < from) return false;
  for (let k = from; k <= to; k++) if (!LIST_GLUE.has(s.tokens[k]!.lower)) return false;
  return true;
}

const BETWEEN = new Set(["tra", "fra"]);
const ARTICLES = new Set(["il", "lo", "la", "l'", "i", "gli", "le"]);

/** The first of a pair opened by `tra`/`fra` (`tra Kiev e X`, `fra la Colombia e X`) starts at token `first`. */
function betweenPair(s: Sentence, first: number): boolean {
  const before = ARTICLES.has(s.tokens[first - 1]?.lower ?? "") ? first - 2 : first - 1;
  return BETWEEN.has(s.tokens[before]?.lower ?? "");
}

const listType = (t: EntityType): EntityType => (t === "Country" ? "Place" : t);

export function typeByCoordination(s: Sentence, cands: Candidate[]): Candidate[] {
  const sorted = [...cands].sort((a, b) => a.start - b.start);
  return sorted.map((c, n) => {
    if (!DEFAULTS.has(c.rule)) return c;
    const prev = sorted[n - 1];
    const next = sorted[n + 1];
    // `Sciacca (AG)`: a province code.
    if (c.rule === "name.acronym" && c.surface.length === 2 && prev && (prev.type === "Place" || prev.type === "Country")
      && s.tokens[c.firstToken - 1]?.text === "(" && prev.lastToken === c.firstToken - 2 && s.tokens[c.lastToken + 1]?.text === ")") {
      return { ...c, type: "Place", rule: "name.province-code" };
    }
    if (c.rule === "name.acronym") return c;
    for (const nb of [prev, next]) {
      if (!nb || DEFAULTS.has(nb.rule)) continue;
      const between = nb.start < c.start ? glued(s, nb.lastToken + 1, c.firstToken - 1) : glued(s, c.lastToken + 1, nb.firstToken - 1);
      // `la tregua tra il Sudan e Tamazuj`: the two sides of a relation are actors; an unknown name facing a country is a body (a group, an army), no place.
      if (between && nb.type === "Country" && betweenPair(s, Math.min(nb.firstToken, c.firstToken))) return { ...c, type: "Organization", rule: `${c.rule}:paired-with-country` };
      if (between && (nb.type === "Place" || nb.type === "Country" || nb.type === "Person" || nb.type === "Organization")) {
        return { ...c, type: listType(nb.type), rule: `${c.rule}:listed-with` };
      }
    }
    return c;
  });
}

/** Clubs a match sentence names by rule: after a masculine article, after `contro`, either side of a fixture's dash. */
const CLUB_RULES = new Set(["org.sports-club", "org.sports-opponent", "org.sports-fixture"]);
/** Places typed by the gazetteer alone, which a list of clubs makes clubs. */
const GAZETTEER_PLACE = new Set(["name.gazetteer-place", "name.major-place"]);

/**
 * In a sentence about a match, towns listed with a club are clubs too (`ha giocato nel Brenzone,
 * Valdora e Castelmarino`): the club's type runs along the list, both ways.
 */
export function clubsByCoordination(s: Sentence, cands: Candidate[]): Candidate[] {
  const sorted = [...cands].sort((a, b) => a.start - b.start);
  if (!sorted.some((c) => CLUB_RULES.has(c.rule))) return cands;
  const club = sorted.map((c) => CLUB_RULES.has(c.rule));
  const spread = (n: number, m: number) => {
    const c = sorted[n]!;
    const nb = sorted[m];
    if (club[n] || !nb || !club[m] || !GAZETTEER_PLACE.has(c.rule) || c.firstToken !== c.lastToken) return;
    const between = m < n ? glued(s, nb.lastToken + 1, c.firstToken - 1) : glued(s, c.lastToken + 1, nb.firstToken - 1);
    if (between) club[n] = true;
  };
  for (let n = 1; n < sorted.length; n++) spread(n, n - 1);
  for (let n = sorted.length - 2; n >= 0; n--) spread(n, n + 1);
  return sorted.map((c, n) => (club[n] && !CLUB_RULES.has(c.rule) ? { ...c, type: "Organization" as const, rule: "org.sports-club:listed-with" } : c));
}
