// Hypotheticals and negations are kept out of the plain relation triples:
// `potrebbe visitare` (hypothetical), `non ha inviato`, `continuano a negare qualsiasi
// trasferimento`, `smentisce` (negated).
import type { Modality, Sentence } from "../../types.ts";

const MODAL_LEMMAS = new Set(["potere", "dovere", "volere"]);
const HYPOTHETICAL_WORDS = new Set(["possibile", "eventuale", "ipotesi", "ipotetico", "ipotizzato", "speculazione", "speculazioni", "forse", "progetto", "piano", "prevedere", "previsto", "potenziale"]);
const NEGATING_LEMMAS = new Set(["negare", "smentire", "escludere", "respingere"]);

export function modalityOf(s: Sentence, trigger: number): Modality {
  for (let k = trigger - 1; k >= Math.max(0, trigger - 6); k--) {
    const t = s.tokens[k]!;
    if (t.kind === "punct" && t.text !== "'") break;
    if (t.lower === "non" || t.lower === "né" || t.lemmas.some((l) => NEGATING_LEMMAS.has(l))) return "negated";
  }
  for (let k = trigger - 1; k >= Math.max(0, trigger - 4); k--) {
    const t = s.tokens[k]!;
    if (t.kind === "punct" && t.text !== "'") break;
    if (t.lemmas.some((l) => MODAL_LEMMAS.has(l)) || HYPOTHETICAL_WORDS.has(t.lower)) return "hypothetical";
  }
  const trig = s.tokens[trigger]!;
  if (/(rebbe|rebbero)$/.test(trig.lower) && !/^(sa|av)rebbe/.test(trig.lower)) return "hypothetical";
  return "asserted";
}
