// References to an institution by its kind alone: `il Senato`, `la Procura`, `il governo`,
// `la polizia`. Annotators of news NER mark them as organizations, but nothing in the
// phrase says which senate or which police, so they are kept apart from the article's
// entities (no graph node) and only the NER view shows them.
import type { Sentence } from "../../types.ts";
import { makeCandidate, type Candidate, type RecognizerContext } from "./candidate.ts";
import { cueAt } from "./cues.ts";

const DETERMINERS = new Set(["il", "lo", "la", "l'", "i", "gli", "le", "del", "dello", "della", "dell'", "dei", "degli", "delle", "al", "allo", "alla", "all'", "ai", "agli", "alle",
  "dal", "dallo", "dalla", "dall'", "dai", "dagli", "dalle", "nel", "nello", "nella", "nell'", "nei", "negli", "nelle", "sul", "sullo", "sulla", "sull'", "col"]);

/** Police and rescue forces, which `di` names without an article (`ispettore di polizia`). */
const FORCES = new Set(["polizia", "carabinieri", "guardia di finanza", "vigili del fuoco", "protezione civile", "gendarmeria"]);

/** Adjectives that say which body of a kind is meant (its level or its remit). */
const QUALIFIERS = new Set(["comunale", "regionale", "provinciale", "municipale", "nazionale", "federale", "centrale", "militare", "provvisorio", "provvisoria",
  "amministrativa", "amministrativo", "costituzionale", "suprema", "supremo", "superiore", "speciale", "anticorruzione", "antimafia", "antiterrorismo",
  "locale", "cantonale", "statale", "ecclesiastica", "penale", "civile", "minorile", "distrettuale", "europea", "europeo", "internazionale"]);

export function institutionReferences(s: Sentence, covered: readonly boolean[], ctx: RecognizerContext): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 1; i < s.tokens.length; i++) {
    const cue = cueAt(ctx.cues, "institutionWord", s.tokens, i) ?? (s.tokens[i]!.text !== s.tokens[i]!.lower ? cueAt(ctx.cues, "institutionWordCap", s.tokens, i) : undefined);
    // `in Senato`, `in Parlamento`: a capitalized institution takes `in` without an article.
    const before = s.tokens[i - 1]!.lower;
    // `un ispettore di polizia`, `i vigili del fuoco`: the forces are named without an article after `di`.
    const force = cue !== undefined && before === "di" && FORCES.has(cue.words.join(" "));
    if (!cue || !(DETERMINERS.has(before) || force || (before === "in" && s.tokens[i]!.text !== s.tokens[i]!.lower))) continue;
    const last = i + cue.words.length - 1;
    if (covered.slice(i, last + 1).some(Boolean)) continue;
    // A capitalized name of its own follows (`il Consiglio Brenta`): that is a name, not a reference.
    const next = s.tokens[last + 1];
    if (next && next.kind === "word" && next.text !== next.lower) continue;
    // `il governo danese`, `il consiglio provinciale`, `la giunta militare`: the adjective says which body, and belongs to the name.
    const end = QUALIFIERS.has(next?.lower ?? "") || ctx.demonyms.has(next?.lower ?? "") ? last + 1 : last;
    out.push(makeCandidate(s, i, end, "Organization", cue.group, 0, { generic: true }));
    i = end;
  }
  return out;
}
