// Numbers that count nothing by themselves but refer to a figure of the same sentence
// (`una ventina dei quali`, `di cui circa 260mila`, `…, circa 3 milioni l'anno`, `i 1.117
// dell'anno precedente`), numbers that count a noun named before them (`gli ingressi per
// studio: 7.887`), ranges (`tra 1,7 e 5,5 miliardi`), and numbers that are not amounts.
import type { NumberMention, Sentence, Token } from "../../types.ts";
import type { TimeExpression } from "../../temporal/index.ts";
import type { ClaimsContext } from "./rules.ts";

const STATES = new Set(["killed", "wounded", "casualties", "captured"]);
const lemmasOf = (t: Token | undefined) => (t ? [t.lower, t.lemma, ...t.lemmas] : []);
const low = (s: Sentence, i: number) => s.tokens[i]?.lower ?? "";

/** A year (`2024` alone) or a number inside a time expression (`il 18 dicembre`, `due anni fa`). */
export function isDateNumber(s: Sentence, n: NumberMention, times: readonly TimeExpression[]): boolean {
  const year = Number.isInteger(n.value) && n.value >= 1900 && n.value <= 2100 && /^\d{4}$/.test(s.tokens[n.firstToken]!.text) && n.firstToken === n.lastToken;
  return year || times.some((t) => t.firstToken <= n.firstToken && n.lastToken <= t.lastToken);
}

/** `dodici volte`, `86 minuti`: the word right after the number says it measures something else. */
export function countsSomethingElse(s: Sentence, n: NumberMention, ctx: ClaimsContext): boolean {
  return lemmasOf(s.tokens[n.lastToken + 1]).some((l) => ctx.notMeasures.has(l));
}

/** Does this number, with no noun of its own, count what the figure before it counted? */
export function refersBack(s: Sentence, n: NumberMention, ctx: ClaimsContext): boolean {
  if (countsSomethingElse(s, n, ctx)) return false;
  const before = [1, 2, 3].map((k) => low(s, n.firstToken - k));
  const after = low(s, n.lastToken + 1);
  const relative = ["dei", "delle"].includes(after) && low(s, n.lastToken + 2) === "quali";
  const ofWhich = before.includes("cui") && before[before.indexOf("cui") + 1] === "di";
  const apposition = before[0] === "," || (ctx.qualifiers.some((q) => q.words.length === 1 && q.words[0] === before[0]) && before[1] === ",");
  // `il triplo dei 1.117 dell'anno precedente`: an article and no noun, a comparison with the figure before.
  const elliptic = ["i", "gli", "le", "dei", "degli", "delle", "ai", "agli", "alle"].includes(before[0]!) && (/^(di|del|dell'|della|dello|nel|nell'|nella)$/.test(after) || after === "" || s.tokens[n.lastToken + 1]?.kind === "punct");
  // `11.000 militari … e altri 1.500 sono in addestramento`.
  const others = /^(altri|altre)$/.test(before[0]!);
  return relative || ofWhich || apposition || elliptic || others;
}

/**
 * A number closing its clause counts the noun named before it there: `gli ingressi «per
 * studio»: 7.887`, `i caduti nordcoreani sarebbero almeno 1.000`, `il numero dei nordcoreani
 * uccisi sale a 4.000`. Not after an article (`il 3`, `alle 10` are days and hours).
 */
export function nounBefore(s: Sentence, n: NumberMention, ctx: ClaimsContext, demonym: (t: Token) => boolean): number | undefined {
  const next = s.tokens[n.lastToken + 1];
  if (n.percent || (next && next.kind !== "punct")) return undefined;
  const prev = low(s, n.firstToken - 1);
  if (ctx.articles.has(prev) || /^(alle|all'|dalle|dall'|nel|nell'|del|dell'|al|dal)$/.test(prev)) return undefined;
  // The head of the phrase wins over a participle after it (`i soldati russi uccisi o feriti` counts soldiers, then reads their state).
  let state: number | undefined;
  let people: number | undefined;
  for (let k = n.firstToken - (prev === ":" ? 2 : 1); k >= 0 && n.firstToken - k <= 12; k--) {
    const t = s.tokens[k]!;
    if (t.kind === "number" || /^[,;:.()]$/.test(t.text)) break;
    const cls = lemmasOf(t).map((l) => ctx.counted.get(l)?.cls).find((c) => c);
    if (cls && !STATES.has(cls)) return k;
    if (cls) state ??= k;
    else if (demonym(t)) people ??= k;
  }
  return people ?? state;
}

/** `tra 1,7 e 5,5 miliardi`: the upper bound of a range starting at `n`. */
export function rangeWith(s: Sentence, n: NumberMention, ctx: ClaimsContext): NumberMention | undefined {
  // `tra 1,7 e 5,5 miliardi`, `tra i 10.000 e i 12.000 soldati`.
  const lead = ctx.articles.has(low(s, n.firstToken - 1)) ? n.firstToken - 2 : n.firstToken - 1;
  if (!/^(tra|fra)$/.test(low(s, lead)) || low(s, n.lastToken + 1) !== "e") return undefined;
  const at = ctx.articles.has(low(s, n.lastToken + 2)) ? n.lastToken + 3 : n.lastToken + 2;
  return s.numbers.find((m) => m.firstToken === at);
}

/** The multiplier the upper bound of a range carries and the lower bound leaves implicit (`tra 1,7 e 5,5 miliardi`). */
export function sharedMultiplier(s: Sentence, n: NumberMention, upper: NumberMention): number {
  if (n.lastToken > n.firstToken || upper.lastToken === upper.firstToken) return 1;
  const base = Number(s.tokens[upper.firstToken]!.text.replace(/\./g, "").replace(",", "."));
  return base > 0 ? upper.value / base : 1;
}
