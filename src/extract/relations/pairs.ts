// Relations between pairs of countries named together around an alliance word:
// `l'alleanza tra Russia e Corea del Nord`, `l'asse Mosca-Pyongyang`, `la partnership tra
// Pyongyang e Mosca`, and `i due Paesi` — the two countries the article is about (the two
// it mentions most).
import type { AnalyzedArticle, RelationFact, Sentence } from "../../types.ts";
import { evidenceFor } from "../evidence.ts";
import type { ResolvedMention } from "../entities/index.ts";
import { placeMentions, subjectsLeft, type ArgFit, type PlacedMention } from "./args.ts";
import type { RelationRules } from "./rules.ts";

const PAIR_WORDS = new Set(["paesi", "paese", "regimi", "governi", "nazioni", "stati", "alleati", "capitali", "parti"]);

function topTwoCountries(mentions: readonly ResolvedMention[], fit: ArgFit, doc: AnalyzedArticle): [string, string] | undefined {
  const counts = new Map<string, number>();
  for (const s of doc.sentences) {
    for (const p of placeMentions(s, mentions)) {
      const k = fit(p, ["Country"]);
      if (k) counts.set(k, (counts.get(k) ?? 0) + 1);
    }
  }
  const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return ranked.length >= 2 ? [ranked[0]![0], ranked[1]![0]] : undefined;
}

/** The two countries a pair expression at token i names, if any. */
function pairAt(s: Sentence, i: number, placed: PlacedMention[], fit: ArgFit, top: [string, string] | undefined): [string, string] | undefined {
  const after = placed.filter((p) => p.first > i && p.first - i <= 6).map((p) => ({ p, k: fit(p, ["Country"]) })).filter((x) => x.k);
  // `tra X e Y` or `X-Y` within a few words.
  const a = after[0];
  const b = after[1];
  if (a && b && a.k !== b.k && (b.p.first - a.p.last <= 2)) return [a.k!, b.k!];
  // `i due Paesi`, `le due Coree` is not this.
  for (let k = i + 1; k <= i + 5 && k + 1 < s.tokens.length; k++) {
    if (s.tokens[k]!.lower === "due" && PAIR_WORDS.has(s.tokens[k + 1]!.lower)) return top;
  }
  return undefined;
}

/** `Russia e Corea del Nord rafforzano la partnership`: two coordinated countries before the word. */
function coordinatedPair(s: Sentence, i: number, placed: PlacedMention[], fit: ArgFit): [string, string] | undefined {
  const subj = subjectsLeft(s, placed, i, ["Country"], fit);
  if (subj.length < 2) return undefined;
  const a = fit(subj[0]!, ["Country"]);
  const b = fit(subj[1]!, ["Country"]);
  return a && b && a !== b ? [a, b] : undefined;
}

export function pairFacts(doc: AnalyzedArticle, mentions: readonly ResolvedMention[], rules: RelationRules, fit: ArgFit): RelationFact[] {
  const top = topTwoCountries(mentions, fit, doc);
  const allyRule = rules.rules.find((r) => r.predicate === "alliedWith");
  if (!allyRule) return [];
  const out: RelationFact[] = [];
  for (const s of doc.sentences) {
    const placed = placeMentions(s, mentions);
    s.tokens.forEach((t, i) => {
      if (!allyRule.lemmas.includes(t.lemma) && !allyRule.lemmas.includes(t.lower)) return;
      const pair = pairAt(s, i, placed, fit, top) ?? coordinatedPair(s, i, placed, fit);
      if (!pair) return;
      const [x, y] = pair[0] < pair[1] ? pair : [pair[1], pair[0]];
      out.push({ predicate: "alliedWith", subject: x, object: y, modality: "asserted", evidence: evidenceFor(doc, s.index, t, `${allyRule.id}:pair`), cameo: allyRule.cameo });
    });
  }
  return out;
}
