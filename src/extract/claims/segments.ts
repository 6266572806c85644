// A sentence can hold several attributions: `Per Reuters i soldati uccisi sono 70, mentre
// il ministro parla di 90`; `sono morti 80 civili secondo un ospedale; l'Etiopia afferma
// che i ribelli uccisi sono 40`. Each part (split at `;` and at `, mentre` / `, ma`) takes the
// source named in it, so a saying verb of one part never attributes the figures of another.
import type { Mention, Sentence } from "../../types.ts";
import type { ClaimsContext } from "./rules.ts";
import { hasAttributionCue, sourceInSentence, type Source } from "./source.ts";

export interface FigureSource {
  source?: Source;
  /** The part names an attribution it could not resolve (`le autorità stimano`): no source carries over into it. */
  unresolved: boolean;
}

/** Token ranges `[from, to)` of the parts of a sentence. */
export function segmentsOf(s: Sentence, ctx: ClaimsContext): Array<{ from: number; to: number }> {
  const out: Array<{ from: number; to: number }> = [];
  let from = 0;
  s.tokens.forEach((t, k) => {
    const atWord = ctx.segmentBreaks.words.has(t.lower) && s.tokens[k - 1]?.text === ",";
    if (k > from && (ctx.segmentBreaks.punct.has(t.text) || atWord)) {
      out.push({ from, to: k });
      from = k;
    }
  });
  out.push({ from, to: s.tokens.length });
  return out;
}

/** The tokens `[from, to)` of a sentence seen as a sentence of their own, with the mentions inside them. */
function part(s: Sentence, mentions: readonly Mention[], from: number, to: number): { view: Sentence; inside: Mention[] } {
  const tokens = s.tokens.slice(from, to);
  const start = tokens[0]?.start ?? 0;
  const end = tokens[tokens.length - 1]?.end ?? 0;
  return { view: { ...s, tokens }, inside: mentions.filter((m) => m.sentence !== s.index || (m.start >= start && m.end <= end)) };
}

/** For each token, the source of the part of the sentence it stands in. */
export function sourcesBySegment(s: Sentence, mentions: readonly Mention[], ctx: ClaimsContext, authors: readonly string[]): (token: number) => FigureSource {
  const whole = sourceInSentence(s, mentions, ctx, authors);
  const segments = segmentsOf(s, ctx);
  if (segments.length === 1) {
    const only = { ...(whole ? { source: whole } : {}), unresolved: !whole && hasAttributionCue(s, ctx) };
    return () => only;
  }
  // A headline `Nome: …` speaks for the whole sentence.
  const headline = whole?.rule === "source.name-colon" ? whole : undefined;
  const parts: Array<{ from: number; to: number } & FigureSource> = [];
  for (const { from, to } of segments) {
    const { view, inside } = part(s, mentions, from, to);
    const own = sourceInSentence(view, inside, ctx, authors) ?? headline;
    const cue = hasAttributionCue(view, ctx);
    // A part that attributes nothing goes on with the reported speech before it (`ha riferito che …; altri 5mila proiettili arriverebbero …`).
    const prev = parts[parts.length - 1];
    const source = own ?? (!cue ? prev?.source : undefined);
    parts.push({ from, to, ...(source ? { source } : {}), unresolved: !source && (cue || (prev?.unresolved ?? false)) });
  }
  return (token) => {
    const p = parts.find((x) => x.from <= token && token < x.to);
    return p ? { ...(p.source ? { source: p.source } : {}), unresolved: p.unresolved } : { unresolved: false };
  };
}
