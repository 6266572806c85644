// What a number counts, as a measure of the ontology: the counted noun's class, the state of
// the people counted, whether they were sent somewhere, and nouns named before the number.
import type { ClaimMeasure, NumberMention, Sentence, Token } from "../../types.ts";
import { nounBefore } from "./figures.ts";
import { movementNear, stateOf, stateOverTree, strengthBefore, type Counted } from "./measure.ts";
import type { ClaimsContext } from "./rules.ts";

export function measureOf(c: Counted, s: Sentence, ctx: ClaimsContext, places: ReadonlySet<number>): ClaimMeasure | undefined {
  const measure = measureByClass(c, s, ctx, places);
  // `liberati 33 ostaggi in cambio di 900 prigionieri`: a release, not a capture.
  return measure === "captured" && near(s, c.noun, 8, ctx.released) ? undefined : measure;
}

const near = (s: Sentence, k: number, span: number, lemmas: ReadonlySet<string>) =>
  s.tokens.some((t, i) => Math.abs(i - k) <= span && [t.lower, t.lemma, ...t.lemmas].some((l) => lemmas.has(l)));

function measureByClass(c: Counted, s: Sentence, ctx: ClaimsContext, places: ReadonlySet<number>): ClaimMeasure | undefined {
  switch (c.cls) {
    // `il biglietto costa 500 dollari`: a price is no figure about a country.
    case "money": return s.tokens.some((t, k) => Math.abs(k - c.noun) <= 8 && [t.lower, t.lemma].some((l) => ctx.notValue.has(l))) || perUnit(s, c.noun, ctx) ? undefined : "value";
    case "share": return "munitionsShare";
    case "munitions": return "munitionsCount";
    case "missiles": return "missilesCount";
    // `4.000 morti o feriti`, `uccisi e feriti`: both states at once are casualties.
    case "killed": case "wounded": return bothStates(s, c.noun, c.cls, ctx) ? "casualties" : c.cls;
    case "casualties": case "captured": return c.cls;
    // Workers and citizens count only when sent or arriving somewhere (`ha colpito due cittadini russi` is no figure).
    case "personnel": return movementNear(s, c.noun, ctx) ? "personnelDeployed" : undefined;
    // `26 persone uccise`: people who are no army's count only by what happened to them.
    case "persons": return (stateOf(s, c.noun, c.numberStart, ctx) ?? stateOverTree(s, c.noun, ctx))?.measure;
    case "troops": case "people": {
      const st = stateOf(s, c.noun, c.numberStart, ctx) ?? stateOverTree(s, c.noun, ctx);
      if (st) return st.measure;
      if (c.cls === "troops" && strengthBefore(s, c.numberStart, ctx)) return "troopsDeployed";
      if (c.cls === "troops" && stationedAt(s, c.noun, places)) return "troopsDeployed";
      return movementNear(s, c.noun, ctx) ? (c.cls === "people" ? "personnelDeployed" : "troopsDeployed") : undefined;
    }
  }
}

/** `70 dollari al barile`, `500 euro a testa`, `pro capite`: a price or a rate per unit. */
function perUnit(s: Sentence, currency: number, ctx: ClaimsContext): boolean {
  let k = currency + 1;
  if (!/^(al|alla|allo|all'|a|per|ogni|pro|ad)$/.test(s.tokens[k]?.lower ?? "")) return false;
  k++;
  if (ctx.articles.has(s.tokens[k]?.lower ?? "")) k++;
  const t = s.tokens[k];
  return t !== undefined && [t.lower, t.lemma, ...t.lemmas].some((l) => ctx.perUnit.has(l));
}

function bothStates(s: Sentence, noun: number, cls: "killed" | "wounded", ctx: ClaimsContext): boolean {
  if (!["o", "e", "od", "oppure"].includes(s.tokens[noun + 1]?.lower ?? "")) return false;
  const t = s.tokens[noun + 2];
  const other = t && [t.lower, t.lemma, ...t.lemmas].map((l) => ctx.states.get(l)?.measure ?? ctx.counted.get(l)?.cls).find((m) => m);
  return other !== undefined && other !== cls && (other === "killed" || other === "wounded");
}

/** `11.000 militari nordcoreani in Russia`: soldiers counted where they are stationed are deployed there. */
function stationedAt(s: Sentence, noun: number, places: ReadonlySet<number>): boolean {
  for (let k = noun + 1; k <= noun + 3 && k < s.tokens.length - 1; k++) {
    if (!/^(in|nel|nella|nell'|a)$/.test(s.tokens[k]!.lower)) continue;
    const at = /^(la|il|l')$/.test(s.tokens[k + 1]!.lower) ? k + 2 : k + 1;
    return places.has(s.tokens[at]?.start ?? -1);
  }
  return false;
}

/** `gli ingressi per studio: 7.887`, `i caduti nordcoreani sarebbero 1.000`: the noun named before the number. */
export function countedBeforeNumber(s: Sentence, n: NumberMention, ctx: ClaimsContext, demonym: (t: Token) => boolean): Counted | undefined {
  const k = nounBefore(s, n, ctx, demonym);
  if (k === undefined) return undefined;
  const t = s.tokens[k]!;
  const hit = [t.lower, t.lemma, ...t.lemmas].map((l) => ctx.counted.get(l)).find((c) => c);
  if (hit) return { cls: hit.cls, numberStart: n.firstToken, noun: k, rule: `${hit.rule}-before` };
  return { cls: "people", numberStart: n.firstToken, noun: k, rule: "count.people-by-demonym-before" };
}
