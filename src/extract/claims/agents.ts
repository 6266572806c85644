// Who did the killing is not whom the dead are counted for: `un drone serbo ha ferito 5
// agenti`, `civili feriti dalle granate nemiche`, `un bombardamento dell'aviazione
// turca`. Read over the dependency tree: the subject of an active verb of killing or
// wounding or attack, the `da` agent of one, and the `di` complement or the adjective of a noun of attack.
import type { SyntaxWord } from "../../syntax/types.ts";
import type { Mention, Sentence } from "../../types.ts";
import { treeOf } from "./tree.ts";
import type { ClaimsContext } from "./rules.ts";

// Not `perdere` (casualties): who loses men is whose dead they are.
const HARM = new Set(["killed", "wounded"]);

/** Keys of the countries (and bodies) that the sentence names as doing the harm. */
export function harmAgents(s: Sentence, mentions: readonly Mention[], ctx: ClaimsContext): Set<string> {
  const out = new Set<string>();
  const tree = treeOf(s);
  if (!tree) return out;
  const phrases: number[] = [];
  for (const w of tree.words) {
    const harm = isHarm(w, ctx);
    if (harm) {
      // Only a verb with an object has a killer for subject: `i soldati sono morti` names the dead.
      if (!tree.isPassive(w.id) && tree.children(w.id, "obj").length > 0) {
        const own = tree.children(w.id, "nsubj");
        // `l'Etiopia dichiara di avere ucciso 900 ribelli`: an infinitive's subject is its governor's.
        phrases.push(...(own.length > 0 || tree.deprel(w.id) !== "xcomp" ? own : tree.children(tree.head(w.id), "nsubj")));
      }
      const agent = tree.agentOf(w.id);
      if (agent !== undefined) phrases.push(agent);
      // `civili feriti dalle granate`: a participle's `da` phrase even when the parse did not mark it passive.
      phrases.push(...tree.children(w.id, "obl").filter((c) => tree.caseOf(c) === "da"));
    }
    if (ctx.about.attacks.has(w.lemma)) {
      phrases.push(...tree.children(w.id, "nmod").filter((c) => ["di", "da"].includes(tree.caseOf(c) ?? "")), ...tree.children(w.id, "amod"));
    }
  }
  for (const a of claimedDoers(s, tree.words.filter((w) => isHarm(w, ctx)).map((w) => w.tokenIndex ?? -1), mentions)) out.add(a);
  for (const p of phrases) {
    const span = tree.span(p);
    if (!span) continue;
    for (const m of mentions) if (m.sentence === s.index && (m.type === "Country" || m.type === "Organization") && m.start >= span.start && m.end <= span.end) out.add(m.key);
  }
  return out;
}

/** Verbs of killing and wounding, and of attack (`X ha lanciato 120 droni … e i feriti sono dieci`). */
function isHarm(w: SyntaxWord, ctx: ClaimsContext): boolean {
  return w.upos === "VERB" && [w.lemma, w.form.toLowerCase()].some((l) => HARM.has(ctx.states.get(l)?.measure ?? "") || ctx.about.launchers.has(l) || ctx.about.attacks.has(l));
}

/**
 * `l'Etiopia dichiara di avere ucciso 900 ribelli`: who says it did the killing did it, even
 * where the parse loses the infinitive's subject. Read off the words: the nearest name before `di
 * aver(e)` in the same part of the sentence, not behind a preposition.
 */
function claimedDoers(s: Sentence, harmTokens: readonly number[], mentions: readonly Mention[]): string[] {
  const out: string[] = [];
  for (const k of harmTokens) {
    if (!/^aver(e)?$/.test(s.tokens[k - 1]?.lower ?? "") || s.tokens[k - 2]?.lower !== "di") continue;
    for (let j = k - 3; j >= 0 && !/^[;:]$/.test(s.tokens[j]!.text); j--) {
      const m = mentions.find((x) => x.sentence === s.index && (x.type === "Country" || x.type === "Organization") && x.resolvedBy !== "demonym" && x.start === s.tokens[j]!.start);
      if (m && !/^(in|a|da|di|con|per|su|tra|fra)$/.test(s.tokens[j - 1]?.lower ?? "")) { out.push(m.key); break; }
    }
  }
  return out;
}
