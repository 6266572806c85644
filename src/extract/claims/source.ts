// Who states a figure: `secondo X`, `stando a X`, `stime di X`, `X ha riferito/stimato/
// confermato`, and a bare `il ministero` / `il panel` standing for the body named before.
import type { Mention, Sentence } from "../../types.ts";
import type { ClaimsContext } from "./rules.ts";

const ACTORS = new Set(["Organization", "Person", "Country"]);
const tokenAt = (s: Sentence, off: number) => s.tokens.findIndex((t) => t.start <= off && off < t.end);

/** The attributed source of the figures of one sentence, if the sentence names one. */
export function sourceInSentence(s: Sentence, mentions: readonly Mention[], ctx: ClaimsContext, reportAuthors: readonly string[]): { key: string; rule: string } | undefined {
  const ms = mentions.filter((m) => m.sentence === s.index && ACTORS.has(m.type)).map((m) => ({ m, first: tokenAt(s, m.start) }));
  for (let i = 0; i < s.tokens.length; i++) {
    const cue = ctx.sourceBefore.find((w) => w.every((x, k) => s.tokens[i + k]?.lower === x));
    if (cue) {
      // `per` is a source only at the start of a sentence (`Per Seoul, …`).
      if (cue.length === 1 && cue[0] === "per" && i > 1) continue;
      const after = ms.find((x) => x.first > i && x.first - i <= 9);
      if (after) return { key: after.m.key, rule: `source.${cue.join("-")}` };
      const coref = corefAfter(s, i, ctx, reportAuthors);
      if (coref) return coref;
    }
  }
  for (let i = 0; i < s.tokens.length; i++) {
    const t = s.tokens[i]!;
    // `il report dell'organizzazione`, `le stime del ministero`: a bare body named before.
    if ((ctx.sourceNouns.has(t.lower) || ctx.sourceNouns.has(t.lemma)) && /^(di|del|della|dell'|dello)$/.test(s.tokens[i + 1]?.lower ?? "")) {
      const coref = corefAt(s, i + 2, ctx, reportAuthors);
      if (coref && !ms.some((x) => x.first === i + 2)) return coref;
    }
    if (ctx.sourceNouns.has(t.lower) || ctx.sourceNouns.has(t.lemma)) {
      const of = ms.find((x) => x.first > i && x.first - i <= 6 && /^(di|del|della|dell'|dei|degli|dal|dalla|dall')$/.test(s.tokens[x.first - 1]?.lower ?? ""));
      if (of) return { key: of.m.key, rule: "source.noun-of" };
    }
    if (t.lemmas.some((l) => ctx.sourceVerbs.has(l)) && t.kind === "word") {
      const before = [...ms].reverse().find((x) => x.first < i && i - x.first <= 8);
      if (before) return { key: before.m.key, rule: "source.reporting-verb" };
      const coref = corefBefore(s, i, ctx, reportAuthors);
      if (coref) return coref;
      const after = ms.find((x) => x.first > i && x.first - i <= 3);
      if (after) return { key: after.m.key, rule: "source.reporting-verb-after" };
    }
  }
  return undefined;
}

function corefAt(s: Sentence, k: number, ctx: ClaimsContext, authors: readonly string[]): { key: string; rule: string } | undefined {
  const t = s.tokens[k];
  if (!t || !ctx.coreferent.has(t.lower) || authors.length === 0) return undefined;
  return { key: authors[authors.length - 1]!, rule: `source.coreferent-${t.lower}` };
}

function corefAfter(s: Sentence, i: number, ctx: ClaimsContext, authors: readonly string[]) {
  for (let k = i + 1; k <= i + 4; k++) { const c = corefAt(s, k, ctx, authors); if (c) return c; }
  return undefined;
}

function corefBefore(s: Sentence, i: number, ctx: ClaimsContext, authors: readonly string[]) {
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) { const c = corefAt(s, k, ctx, authors); if (c) return c; }
  return undefined;
}

/** Bodies introduced as authors of figures or reports, in order (`un rapporto del Multilateral Sanctions Monitoring Team`). */
export function reportAuthorsIn(s: Sentence, mentions: readonly Mention[], ctx: ClaimsContext): string[] {
  const out: string[] = [];
  for (const m of mentions) {
    if (m.sentence !== s.index || m.type !== "Organization") continue;
    const first = tokenAt(s, m.start);
    const window = s.tokens.slice(Math.max(0, first - 4), first).map((t) => t.lower);
    const last = s.tokens.findIndex((t) => t.start < m.end && m.end <= t.end);
    const cue = window.some((w) => ctx.sourceNouns.has(w) || w === "secondo") || s.tokens.slice(last + 1, last + 4).some((t) => t.lemmas.some((l) => ctx.sourceVerbs.has(l)));
    if (cue) out.push(m.key);
  }
  return out;
}
