// `Le manovre sono state condotte da X. Vi hanno partecipato Y e Z.`: a verb of taking part
// whose event is a locative clitic (`vi`, `ci`) takes part in the happening told just before.
// The clitic is coreference of an event: it stands for the last event mention before it, in its
// own sentence or the one before.
import type { Sentence } from "../../types.ts";
import type { DependencyTree } from "../../syntax/tree.ts";
import type { PlacedMention } from "../relations/args.ts";
import { mentionsOf, type Role } from "./mentions.ts";
import { lemmasOf } from "./clause.ts";
import type { EventContext } from "./rules.ts";

const ACTOR = new Set(["Person", "Country", "Organization"]);

export interface CliticJoin {
  /** The verb of taking part; the event it joins comes before it. */
  verb: number;
  participants: Role[];
}

/** `partecipare`, or `prendere parte` read as `prendere` with `parte` as its object. */
function takesPart(s: Sentence, tree: DependencyTree, verb: number, verbs: ReadonlySet<string>): string | undefined {
  const objects = tree.children(verb, "obj").map((k) => tree.word(k).lemma.toLowerCase());
  for (const l of lemmasOf(s, tree, verb)) {
    if (verbs.has(l)) return l;
    const phrase = objects.map((o) => `${l} ${o}`).find((p) => verbs.has(p));
    if (phrase) return phrase;
  }
  return undefined;
}

export function cliticJoins(s: Sentence, tree: DependencyTree, placed: readonly PlacedMention[], ctx: EventContext): CliticJoin[] {
  const out: CliticJoin[] = [];
  for (const w of tree.words) {
    if (w.upos !== "VERB") continue;
    const verb = takesPart(s, tree, w.id, ctx.cliticParticipation.verbs);
    if (!verb) continue;
    // The clitic stands for the event: a verb that names its event (`vi ha partecipato al vertice`) needs no antecedent.
    const clitic = tree.children(w.id).some((k) => tree.word(k).upos === "PRON" && ctx.cliticParticipation.clitics.has(tree.word(k).form.toLowerCase()));
    const ownEvent = tree.children(w.id, "obl").some((k) => ["a", "in"].includes(tree.caseOf(k) ?? ""));
    if (!clitic || ownEvent) continue;
    const subjects = tree.children(w.id).filter((k) => tree.deprel(k) === "nsubj").flatMap((k) => mentionsOf(tree, k, placed, ctx.governments));
    const participants = subjects.filter((p) => ACTOR.has(p.type)).map((p) => ({ p, via: `clitic<${verb}` }));
    if (participants.length > 0) out.push({ verb: w.id, participants });
  }
  return out;
}
