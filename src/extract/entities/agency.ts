// State bodies named through their country: `il ministero della Difesa britannico`,
// `l'intelligence militare lettone`, `la polizia di frontiera russa`, `il dipartimento del
// Tesoro degli Stati Uniti`, `l'intelligence di Seoul`. The body is that country's agency
// (partOf), keyed by country and head so every article's wording meets in one node.
import type { Sentence } from "../../types.ts";
import { makeCandidate, type Candidate, type RecognizerContext } from "./candidate.ts";
import { cueAt } from "./cues.ts";
import type { GazetteerMatch } from "./gazetteer.ts";
import { demonymCountry, isCap, isWord } from "./names.ts";

const OF = new Set(["di", "del", "della", "dello", "dei", "degli", "delle", "dell'", "d'"]);

/** Country a gazetteer match stands for: a country, or a capital / seat of power acting for one. */
function countryOfMatch(m: GazetteerMatch | undefined): string | undefined {
  if (!m) return undefined;
  if (m.name.entry.type === "Country") return m.name.entry.id;
  return m.name.entry.actsFor;
}

export function agencies(s: Sentence, matchesAt: Map<number, GazetteerMatch>, ctx: RecognizerContext): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < s.tokens.length; i++) {
    const cue = cueAt(ctx.cues, "agencyHead", s.tokens, i);
    if (!cue) continue;
    let j = i + cue.words.length;
    const head: string[] = [...cue.words];
    // Portfolio: `della Difesa`, `dei Trasporti`, `degli Esteri`, `del Tesoro`.
    if (OF.has(s.tokens[j]?.lower ?? "") && isCap(s.tokens[j + 1]) && !matchesAt.has(j + 1) && !demonymCountry(s.tokens[j + 1], ctx)) {
      head.push(s.tokens[j]!.lower, s.tokens[j + 1]!.lower);
      j += 2;
    }
    let country = demonymCountry(s.tokens[j], ctx);
    let last = j;
    if (!country && OF.has(s.tokens[j]?.lower ?? "")) {
      const m = matchesAt.get(j + 1);
      country = countryOfMatch(m);
      if (m) last = m.lastToken;
    } else if (!country && isWord(s.tokens[j]) && demonymCountry(s.tokens[j + 1], ctx) && s.tokens[j]!.text === s.tokens[j]!.lower) {
      // One qualifier between head and demonym: `intelligence militare lettone` is covered by the cue; `servizi segreti sud-coreani` too.
      country = demonymCountry(s.tokens[j + 1], ctx);
      head.push(s.tokens[j]!.lower);
      last = j + 1;
    }
    // `l'ufficio presidenziale`: a national body named without its country belongs to the one the article is about.
    if (!country && !cueAt(ctx.cues, "agencyNoCountry", s.tokens, i)) continue;
    if (!country) last = i + cue.words.length - 1;
    const headText = head.join(" ").replace(/' /g, "'");
    out.push(makeCandidate(s, i, last, "Organization", cue.group, 1, { ...(country ? { country } : {}), agencyHead: headText }));
    i = last;
  }
  return out;
}
