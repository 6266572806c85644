// What a number counts: the noun after it (by lemma), the state of the people counted,
// the currency of an amount, and the qualifier before it.
import type { ClaimMeasure, ClaimQualifier, NumberMention, Sentence, Token } from "../../types.ts";
import { treeOf } from "./tree.ts";
import type { ClaimsContext, CountClass } from "./rules.ts";

const OF = /^(di|d'|del|della|dei|degli|delle|dello|dell')$/;
const SKIP = new Set(["di", "de", "d'", "i", "gli", "le", "dei", "degli", "delle", "soldati"]);

/** Words of a qualifier (`almeno`, `più di`) or of `altri` that may stand between a conjunction and its number. */
const QUALIFYING = new Set(["almeno", "circa", "oltre", "quasi", "più", "di", "altri", "altre", "appena", "solo"]);

export interface Counted {
  cls: CountClass | "money" | "share" | "people";
  /** First token of the number. */
  numberStart: number;
  /** Token index of the counted noun (or the last token of the number). */
  noun: number;
  unit?: string;
  rule: string;
}

const lemmasOf = (t: Token | undefined) => (t ? [t.lower, t.lemma, ...t.lemmas] : []);

/** The noun a number counts: `5.000 operai`, `1,7 miliardi di dollari`, `il 40% delle munizioni`. */
export function countedNoun(s: Sentence, n: NumberMention, ctx: ClaimsContext, demonym: (t: Token) => boolean): Counted | undefined {
  let sawNoun = false;
  for (let k = n.lastToken + 1; k < s.tokens.length && k <= n.lastToken + 4; k++) {
    const t = s.tokens[k]!;
    // `3 fabbriche di munizioni`: past a word of its own, `di` starts another noun's complement.
    if (sawNoun && OF.test(t.lower)) return undefined;
    // `25 droni e 3 missili`: the next number counts its own noun.
    if (t.kind === "punct" || t.kind === "number") break;
    const currency = ctx.currencies.get(t.lower);
    if (currency) return { cls: "money", numberStart: n.firstToken, noun: k, unit: currency, rule: "count.money" };
    if (n.percent) {
      const hit = lemmasOf(t).map((l) => ctx.counted.get(l)).find((c) => c);
      if (hit?.cls === "munitions") return { cls: "share", numberStart: n.firstToken, noun: k, rule: "count.munitions-share" };
      if (SKIP.has(t.lower) || t.lower.endsWith("'")) continue;
      return undefined;
    }
    if (lemmasOf(t).some((l) => ctx.notMeasures.has(l))) return undefined;
    const hit = lemmasOf(t).map((l) => ctx.counted.get(l)).find((c) => c);
    if (hit) return { cls: hit.cls, numberStart: n.firstToken, noun: k, rule: hit.rule };
    // `6.000 nordcoreani`: a demonym used as a noun counts people.
    if (demonym(t)) return { cls: "people", numberStart: n.firstToken, noun: k, rule: "count.people-by-demonym" };
    if (SKIP.has(t.lower) || t.lower.endsWith("'") || t.lower === "i") continue;
    if (t.kind === "word" && t.text !== t.lower) return undefined;
    sawNoun = true;
  }
  return undefined;
}

/** The state of people counted (killed, wounded…) from the words of the same clause. */
export function stateOf(s: Sentence, from: number, numberStart: number, ctx: ClaimsContext): { measure: ClaimMeasure; rule: string } | undefined {
  const found = new Map<ClaimMeasure, string>();
  const scan = (k: number) => {
    for (const l of lemmasOf(s.tokens[k])) {
      const st = ctx.states.get(l);
      if (st && !found.has(st.measure)) found.set(st.measure, st.rule);
    }
  };
  // After the noun up to a clause break or the next number; then before it back to a break.
  for (let k = from + 1; k < s.tokens.length && k <= from + 8; k++) {
    const t = s.tokens[k]!;
    if ((t.kind === "punct" && t.text !== "'") || t.kind === "number" || t.lower === "altri") break;
    scan(k);
  }
  if (found.size === 0) {
    // `sono morti 50 civili e 12 soldati`: a coordinated figure shares the verb before the first one.
    // `500 soldati … e quasi 300 militari`: a qualifier may stand between `e` and the number.
    let before = numberStart - 1;
    while (before > 0 && QUALIFYING.has(s.tokens[before]!.lower)) before--;
    const coordinated = ["e", ","].includes(s.tokens[before]?.lower ?? "");
    for (let k = numberStart - 1; k >= 0 && numberStart - k <= 10; k--) {
      const t = s.tokens[k]!;
      if ((t.kind === "punct" && t.text !== "'" && t.text !== ",") || (t.kind === "number" && !coordinated)) break;
      if (["almeno", "circa", "oltre"].includes(t.lower)) continue;
      scan(k);
    }
  }
  if (found.has("killed") && found.has("wounded")) return { measure: "casualties", rule: "state.killed-or-wounded" };
  const [first] = found;
  return first ? { measure: first[0], rule: first[1] } : undefined;
}

/**
 * `hanno ucciso il sindaco, due consiglieri e almeno sei giornalisti`: far from the
 * verb in words, near it in the tree. The counted noun, past the list it is coordinated in, is the
 * object or subject of a verb of a state.
 */
export function stateOverTree(s: Sentence, noun: number, ctx: ClaimsContext): { measure: ClaimMeasure; rule: string } | undefined {
  const tree = treeOf(s);
  if (!tree) return undefined;
  const stateAt = (id: number) => {
    const w = tree.word(id);
    const st = w.upos === "VERB" ? ctx.states.get(w.lemma) ?? ctx.states.get(w.form.toLowerCase()) : undefined;
    return st ? { measure: st.measure, rule: `${st.rule}+tree` } : undefined;
  };
  let id = tree.words.find((w) => w.tokenIndex === noun)?.id;
  // Up the list the noun is coordinated in; a parse may hang the list's members on the verb itself.
  for (let steps = 0; id !== undefined && id > 0 && tree.deprel(id) === "conj" && steps < 20; steps++) {
    id = tree.head(id);
    if (id > 0 && stateAt(id)) return stateAt(id);
  }
  if (id === undefined || id === 0 || !/^(obj|nsubj|nsubj:pass)$/.test(tree.deprel(id)) || tree.head(id) === 0) return undefined;
  return stateAt(tree.head(id));
}

/** `una forza di 3mila uomini`, `la brigata conta 900 uomini`: a word of strength just before the number, past adjectives and function words. */
export function strengthBefore(s: Sentence, numberStart: number, ctx: ClaimsContext): boolean {
  const upos = new Map((s.syntax?.words ?? []).map((w) => [w.tokenIndex, w.upos]));
  for (let k = numberStart - 1; k >= 0 && numberStart - k <= 4; k--) {
    const t = s.tokens[k]!;
    if (lemmasOf(t).some((l) => ctx.strength.has(l))) return true;
    const passable = QUALIFYING.has(t.lower) || ctx.articles.has(t.lower) || ["ADJ", "ADP", "DET", "ADV"].includes(upos.get(k) ?? "");
    if (!passable) return false;
  }
  return false;
}

export function movementNear(s: Sentence, noun: number, ctx: ClaimsContext): boolean {
  return s.tokens.some((t, k) => Math.abs(k - noun) <= 12 && lemmasOf(t).some((l) => ctx.movement.has(l)));
}

export function qualifierBefore(s: Sentence, n: NumberMention, ctx: ClaimsContext): ClaimQualifier | undefined {
  const first = s.tokens[n.firstToken]!;
  if (first.kind === "word" && /^(centinai|migliai|decin|ventin|trentin|quarantin|cinquantin|dozzin)/.test(first.lower)) return "about";
  let k = n.firstToken - 1;
  // `il 40%`, `l'80%`: skip the article.
  if (["il", "l'", "i", "gli", "un", "una", "un'"].includes(s.tokens[k]?.lower ?? "")) k--;
  for (const q of ctx.qualifiers) {
    const start = k - q.words.length + 1;
    if (start >= 0 && q.words.every((w, i) => s.tokens[start + i]?.lower === w)) return q.qualifier;
  }
  return undefined;
}
