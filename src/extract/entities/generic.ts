// References to an institution by its kind alone: `il Senato`, `la Procura`, `il governo`,
// `la polizia`. Annotators of news NER mark them as organizations, but nothing in the
// phrase says which senate or which police, so they are kept apart from the article's
// entities (no graph node) and only the NER view shows them.
import type { Sentence } from "../../types.ts";
import { makeCandidate, type Candidate, type RecognizerContext } from "./candidate.ts";
import { cueAt } from "./cues.ts";
import { placeAt } from "./name-data.ts";

/** Definite articles, alone or joined to a preposition (`il`, `della`, `nei`). */
export const DETERMINERS = new Set(["il", "lo", "la", "l'", "i", "gli", "le", "del", "dello", "della", "dell'", "dei", "degli", "delle", "al", "allo", "alla", "all'", "ai", "agli", "alle",
  "dal", "dallo", "dalla", "dall'", "dai", "dagli", "dalle", "nel", "nello", "nella", "nell'", "nei", "negli", "nelle", "sul", "sullo", "sulla", "sull'", "col"]);

/** Police and rescue forces, which `di` names without an article (`ispettore di polizia`). */
const FORCES = new Set(["polizia", "carabinieri", "guardia di finanza", "vigili del fuoco", "protezione civile", "gendarmeria"]);

/** Adjectives that say which body of a kind is meant (its level or its remit). */
export const QUALIFIERS = new Set(["comunale", "regionale", "provinciale", "municipale", "nazionale", "federale", "centrale", "militare", "provvisorio", "provvisoria",
  "amministrativa", "amministrativo", "costituzionale", "suprema", "supremo", "superiore", "speciale", "anticorruzione", "antimafia", "antiterrorismo",
  "locale", "cantonale", "statale", "ecclesiastica", "penale", "civile", "minorile", "distrettuale", "europea", "europeo", "internazionale"]);

const OF = new Set(["di", "del", "dello", "della", "dell'", "dei", "degli", "delle", "d'"]);
/** Heads that name a state by the country that follows (`Repubblica di Moldova`): one name with it. */
const STATE_HEADS = new Set(["repubblica", "stato", "regno", "principato", "federazione"]);

/**
 * `ministero degli Esteri`, `procura della Repubblica`: the kind with `di` and a capitalized
 * name is one body's name. A place there is where an office sits (`procura di Brenzone`), a
 * name apart, except after a head that names a state by its country (`Repubblica di Moldova`).
 */
function ofNameEnd(s: Sentence, i: number, end: number, covered: readonly boolean[], ctx: RecognizerContext): number {
  const tk = s.tokens;
  if (!OF.has(tk[end + 1]?.lower ?? "")) return end;
  let last = end + 1;
  while (tk[last + 1] && tk[last + 1]!.kind === "word" && tk[last + 1]!.text !== tk[last + 1]!.lower) last++;
  if (last === end + 1) return end;
  if (STATE_HEADS.has(tk[i]!.lower) && tk[i]!.text !== tk[i]!.lower) return last;
  if (covered.slice(end + 2, last + 1).some(Boolean) || placeAt(ctx.nameData, tk, end + 2, last)) return end;
  return last;
}

/** A role cue (`presidente`, `primo ministro`) ends at token `end`. */
function officeEndsAt(s: Sentence, end: number, ctx: RecognizerContext): boolean {
  for (let k = Math.max(0, end - 2); k <= end; k++) {
    const cue = cueAt(ctx.cues, "personRole", s.tokens, k);
    if (cue && k + cue.words.length - 1 === end) return true;
  }
  return false;
}

export function institutionReferences(s: Sentence, covered: readonly boolean[], ctx: RecognizerContext): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 1; i < s.tokens.length; i++) {
    const cue = cueAt(ctx.cues, "institutionWord", s.tokens, i) ?? (s.tokens[i]!.text !== s.tokens[i]!.lower ? cueAt(ctx.cues, "institutionWordCap", s.tokens, i) : undefined);
    // `in Senato`, `in Parlamento`: a capitalized institution takes `in` without an article.
    const before = s.tokens[i - 1]!.lower;
    // `un ispettore di polizia`, `i vigili del fuoco`: the forces are named without an article after `di`.
    const force = cue !== undefined && before === "di" && FORCES.has(cue.words.join(" "));
    // `il presidente del Consiglio`, `il capo di Stato`: the body an office belongs to.
    const ofOffice = cue !== undefined && OF.has(before) && officeEndsAt(s, i - 2, ctx);
    if (!cue || !(DETERMINERS.has(before) || force || ofOffice || (before === "in" && s.tokens[i]!.text !== s.tokens[i]!.lower))) continue;
    const last = i + cue.words.length - 1;
    if (covered.slice(i, last + 1).some(Boolean)) continue;
    // A capitalized name of its own follows (`il Consiglio Brenta`): that is a name, not a reference.
    // (After an office the name that follows is the office holder's: `il presidente del Consiglio Ada Neri`.)
    const next = s.tokens[last + 1];
    if (next && next.kind === "word" && next.text !== next.lower && !(ofOffice && covered[last + 1])) continue;
    // `il governo danese`, `il consiglio provinciale`, `la giunta militare`: the adjective says which body, and belongs to the name.
    let end = QUALIFIERS.has(next?.lower ?? "") || ctx.demonyms.has(next?.lower ?? "") ? last + 1 : last;
    end = ofNameEnd(s, i, end, covered, ctx);
    out.push(makeCandidate(s, i, end, "Organization", cue.group, 0, { generic: true }));
    i = end;
  }
  return out;
}
