// Attributed figures: every number that counts troops, workers, dead, wounded, prisoners,
// munitions, missiles or money becomes a claim with its measure, amount, qualifier, the
// country it is about, who states it and the date it refers to.
import { createHash } from "node:crypto";
import type { AnalyzedArticle, ClaimFact, ClaimMeasure, Mention, NumberMention, Sentence, Token } from "../../types.ts";
import { findTimeExpressions } from "../../temporal/index.ts";
import { evidenceFor } from "../evidence.ts";
import { countedNoun, movementNear, qualifierBefore, stateOf, type Counted } from "./measure.ts";
import type { ClaimsContext } from "./rules.ts";
import { provenanceInSentence, reportAuthorsIn, sourceInSentence } from "./source.ts";

export { loadClaimsContext, type ClaimsContext } from "./rules.ts";

const isYear = (s: Sentence, n: NumberMention) => Number.isInteger(n.value) && n.value >= 1900 && n.value <= 2100 && /^\d{4}$/.test(s.tokens[n.firstToken]!.text) && n.firstToken === n.lastToken;

function measureOf(c: Counted, s: Sentence, ctx: ClaimsContext): ClaimMeasure | undefined {
  switch (c.cls) {
    case "money": return "value";
    case "share": return "munitionsShare";
    case "munitions": return "munitionsCount";
    case "missiles": return "missilesCount";
    case "killed": case "wounded": case "casualties": case "captured": return c.cls;
    // Workers and citizens count only when sent or arriving somewhere (`ha colpito due cittadini russi` is no figure).
    case "personnel": return movementNear(s, c.noun, ctx) ? "personnelDeployed" : undefined;
    case "troops": case "people": {
      const st = stateOf(s, c.noun, c.numberStart, ctx);
      if (st) return st.measure;
      return movementNear(s, c.noun, ctx) ? (c.cls === "people" ? "personnelDeployed" : "troopsDeployed") : undefined;
    }
  }
}

/** Country the figure is about: a demonym or `della <Country>` right by the counted noun. */
function aboutOf(s: Sentence, c: Counted, mentions: readonly Mention[]): string | undefined {
  const near = mentions.filter((m) => m.sentence === s.index && m.type === "Country");
  const noun = s.tokens[c.noun]!;
  const next = s.tokens[c.noun + 1];
  const hit = near.find((m) => (next && m.start === next.start) || m.start === noun.start || (["della", "dalla", "di"].includes(next?.lower ?? "") && m.start === s.tokens[c.noun + 2]?.start));
  return hit?.key;
}

function asOfFor(s: Sentence, n: NumberMention, date: string | undefined): string | undefined {
  const times = findTimeExpressions(s, date);
  if (times.length === 0) return date?.slice(0, 7);
  const nearest = [...times].sort((a, b) => Math.abs(a.start - n.start) - Math.abs(b.start - n.start))[0]!;
  return nearest.value.length > 7 ? nearest.value.slice(0, 7) : nearest.value;
}

/** `tra 1,7 e 5,5 miliardi`: the lower bound takes the multiplier of the upper one. */
function rangeWith(s: Sentence, n: NumberMention): NumberMention | undefined {
  const before = s.tokens[n.firstToken - 1]?.lower;
  const next = s.numbers.find((m) => m.firstToken === n.lastToken + 2 && s.tokens[n.lastToken + 1]?.lower === "e");
  return (before === "tra" || before === "fra") && next ? next : undefined;
}

export function extractClaims(doc: AnalyzedArticle, mentions: readonly Mention[], ctx: ClaimsContext): ClaimFact[] {
  const out: ClaimFact[] = [];
  const authors: string[] = [];
  const demonymTokens = new Set(mentions.filter((m) => m.resolvedBy === "demonym").map((m) => m.start));
  const isDemonym = (t: Token) => demonymTokens.has(t.start);
  let pendingWithoutSource: ClaimFact[] = [];
  for (const s of doc.sentences) {
    authors.push(...reportAuthorsIn(s, mentions, ctx));
    const source = sourceInSentence(s, mentions, ctx, authors);
    // Figures left without a source take the one the next sentence gives for them (`Il dato proviene da …`).
    const provenance = pendingWithoutSource.length && !s.numbers.length ? provenanceInSentence(s, mentions, ctx) ?? source : undefined;
    if (provenance) for (const c of pendingWithoutSource) c.claimedBy = provenance.key;
    const here: ClaimFact[] = [];
    const skip = new Set<NumberMention>();
    for (const n of s.numbers) {
      if (skip.has(n) || isYear(s, n)) continue;
      const upper = rangeWith(s, n);
      const top = upper ?? n;
      let counted = countedNoun(s, top, ctx, isDemonym);
      // `una ventina dei quali`, `di cui circa 260mila`, `…, circa 3 milioni l'anno`: the figure counts what the previous one did.
      const prev = here[here.length - 1];
      if (!counted && prev && refersBack(s, n)) {
        here.push(inherit(prev, n, s, doc));
        continue;
      }
      if (!counted && !n.percent && prev?.measure === "value" && s.tokens[n.lastToken]!.lower.startsWith("miliard")) counted = { cls: "money", numberStart: n.firstToken, noun: n.lastToken, unit: prev.unit!, rule: "count.money-same-unit" };
      if (!counted) continue;
      const measure = measureOf(counted, s, ctx);
      if (!measure) continue;
      if (upper) skip.add(upper);
      const amount = upper ? n.value * sharedMultiplier(s, n, upper) : n.value;
      const qualifier = qualifierBefore(s, n, ctx);
      const about = aboutOf(s, counted, mentions);
      const asOf = asOfFor(s, n, doc.meta.date);
      const rule = counted.rule;
      here.push({
        id: `claim/${createHash("sha256").update(`${doc.meta.id}|${s.index}|${n.start}`).digest("hex").slice(0, 16)}`,
        measure, amount: round(amount),
        ...(upper ? { amountMax: round(upper.value) } : {}),
        ...(qualifier ? { qualifier } : {}),
        ...(counted.unit ? { unit: counted.unit } : {}),
        ...(about ? { about } : {}),
        ...(source ? { claimedBy: source.key } : {}),
        ...(asOf ? { asOf } : {}),
        evidence: evidenceFor(doc, s.index, { start: n.start, end: (upper ?? n).end }, source ? `${rule}+${source.rule}` : rule),
      });
    }
    pendingWithoutSource = here.filter((c) => !c.claimedBy);
    out.push(...here);
  }
  return out;
}

function refersBack(s: Sentence, n: NumberMention): boolean {
  const before = [1, 2, 3].map((k) => s.tokens[n.firstToken - k]?.lower ?? "");
  const relative = ["dei", "delle"].includes(s.tokens[n.lastToken + 1]?.lower ?? "") && s.tokens[n.lastToken + 2]?.lower === "quali";
  const ofWhich = before.includes("cui") && before[before.indexOf("cui") + 1] === "di";
  const apposition = before[0] === "," || (before[0] === "circa" && before[1] === ",");
  return relative || ofWhich || apposition;
}

function inherit(prev: ClaimFact, n: NumberMention, s: Sentence, doc: AnalyzedArticle): ClaimFact {
  const { qualifier: _q, ...rest } = prev;
  // A count given next to a share counts the same things (`la metà dei proiettili, circa 3 milioni`).
  const measure = prev.measure === "munitionsShare" && !n.percent ? "munitionsCount" : prev.measure;
  return {
    ...rest,
    measure,
    id: `claim/${createHash("sha256").update(`${doc.meta.id}|${s.index}|${n.start}`).digest("hex").slice(0, 16)}`,
    amount: round(n.value),
    evidence: evidenceFor(doc, s.index, n, `${prev.evidence.rule}+inherited`),
  } as ClaimFact;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** The multiplier the upper bound of a range carries and the lower bound leaves implicit (`tra 1,7 e 5,5 miliardi`). */
function sharedMultiplier(s: Sentence, n: NumberMention, upper: NumberMention): number {
  if (n.lastToken > n.firstToken || upper.lastToken === upper.firstToken) return 1;
  const base = Number(s.tokens[upper.firstToken]!.text.replace(/\./g, "").replace(",", "."));
  return base > 0 ? upper.value / base : 1;
}
