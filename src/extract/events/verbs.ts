// Happenings told by a verb, not a noun: `X e Y hanno firmato a Roma il protocollo`, `X e Y
// si sono stretti la mano a Z`. No event node is made (the verb names no
// happening to point at); the frame still holds: who sign or meet together met, and who
// came from elsewhere visited the place.
import type { Sentence } from "../../types.ts";
import type { DependencyTree } from "../../syntax/tree.ts";
import type { PlacedMention } from "../relations/args.ts";
import { mentionsOf, type AsPlace, type Role } from "./mentions.ts";
import type { EventKind } from "./rules.ts";

export interface VerbFrame {
  kind: EventKind;
  participants: Role[];
  place?: Role;
  /** The verb's word id, for the evidence. */
  verb: number;
}

const ACTOR = new Set(["Person", "Country"]);

function verbKind(s: Sentence, tree: DependencyTree, id: number, verbs: ReadonlyMap<string, EventKind>): EventKind | undefined {
  const w = tree.word(id);
  const t = w.tokenIndex !== undefined ? s.tokens[w.tokenIndex] : undefined;
  // `stringere la mano`, and `stretta di mano` read as a verb with an oblique.
  const objects = [...tree.children(id, "obj"), ...tree.children(id, "obl")].map((k) => tree.word(k).lemma.toLowerCase());
  for (const l of new Set([w.lemma.toLowerCase(), ...(t ? [t.lemma] : [])])) {
    const k = verbs.get(l) ?? objects.map((o) => verbs.get(`${l} ${o}`)).find((x) => x);
    if (k) return k;
  }
  return undefined;
}

/** The subjects of a verb (or its passive agents) and its `con` partners; the place of its `a`/`in`. */
export function verbFrames(s: Sentence, tree: DependencyTree, placed: readonly PlacedMention[], verbs: ReadonlyMap<string, EventKind>, asPlace: AsPlace, presence: ReadonlySet<string> = new Set()): VerbFrame[] {
  const out: VerbFrame[] = [];
  for (const w of tree.words) {
    if (w.upos !== "VERB") continue;
    const kind = verbKind(s, tree, w.id, verbs);
    if (!kind) continue;
    const agent = tree.agentOf(w.id);
    const agents = agent !== undefined ? [agent, ...tree.children(w.id, "obl").filter((k) => k !== agent && tree.caseOf(k) === "da")] : [];
    const subjects = agents.length > 0 ? agents : tree.children(w.id, "nsubj").filter((k) => tree.deprel(k) === "nsubj");
    const participants: Role[] = [];
    for (const k of subjects) for (const p of mentionsOf(tree, k, placed)) if (ACTOR.has(p.type)) participants.push({ p, via: `${agents.length > 0 ? "obl:agent" : "nsubj"}<${w.lemma}` });
    for (const k of tree.children(w.id, "obl").filter((o) => tree.caseOf(o) === "con")) for (const p of mentionsOf(tree, k, placed)) if (ACTOR.has(p.type)) participants.push({ p, via: `obl:con<${w.lemma}` });
    if (participants.length === 0) continue;
    // `… si sono stretti la mano sotto lo sguardo di X`: who the act happened in front of stood at it.
    for (const k of tree.children(w.id, "obl").filter((o) => presence.has(tree.word(o).lemma.toLowerCase()))) {
      for (const d of tree.children(k, "nmod").filter((x) => tree.caseOf(x) === "di")) {
        for (const p of mentionsOf(tree, d, placed)) if (p.type === "Person") participants.push({ p, via: `presence<${tree.word(k).lemma}` });
      }
    }
    let place: Role | undefined;
    for (const k of tree.children(w.id, "obl")) {
      if (!["a", "in"].includes(tree.caseOf(k) ?? "")) continue;
      const p = mentionsOf(tree, k, placed).map(asPlace).find((m) => m !== undefined);
      if (p) { place = { p, via: `obl:${tree.caseOf(k)}<${w.lemma}` }; break; }
    }
    out.push({ kind, participants, ...(place ? { place } : {}), verb: w.id });
  }
  return out;
}

export interface Arrival {
  who: Role[];
  place: Role;
  verb: number;
}

/** `a X è arrivato Y`: who arrived where (the event it came to is found once the article's events are known). */
export function arrivals(tree: DependencyTree, placed: readonly PlacedMention[], verbs: ReadonlySet<string>, asPlace: AsPlace): Arrival[] {
  const out: Arrival[] = [];
  for (const w of tree.words) {
    if (w.upos !== "VERB" || !verbs.has(w.lemma.toLowerCase())) continue;
    const who = tree.children(w.id, "nsubj").flatMap((k) => mentionsOf(tree, k, placed)).filter((p) => p.type === "Person").map((p) => ({ p, via: `nsubj<${w.lemma}` }));
    const at = tree.children(w.id, "obl").filter((k) => ["a", "in"].includes(tree.caseOf(k) ?? "")).flatMap((k) => mentionsOf(tree, k, placed)).map(asPlace).find((p) => p?.type === "Place");
    if (who.length > 0 && at) out.push({ who, place: { p: at, via: `obl<${w.lemma}` }, verb: w.id });
  }
  return out;
}
