// Acts remembered with their doers, for criticism of an act named again without one: after
// `un attacco delle forze americane contro una nave`, `X ha condannato gli attacchi` condemns the
// United States. Only acts whose doer the text gave: a demonym on the act noun (`il raid russo`),
// an agent phrase (`da parte di X`), the subject of a light verb (`X ha lanciato un attacco`), or, when the act also names its target (`l'attacco di X
// contro Y`) or its doer is a force (`delle forze di X`, `delle truppe russe`), the `di` phrase.
import type { DependencyTree } from "../../syntax/tree.ts";
import type { EntityType, Sentence } from "../../types.ts";
import { treeOf } from "../../syntax/tree.ts";
import { mentionOverWord, type ArgFit, type PlacedMention } from "./args.ts";
import type { TreeRules } from "./tree-rules.ts";
import { reach } from "./tree-arcs.ts";

export interface ActOwner {
  key: string;
  type: EntityType;
}

/** The article's acts read so far, the most recent doer per act lemma. */
export interface ActMemory {
  /** The doer of the last act with this lemma whose doer was named, if any. */
  owner(lemma: string): ActOwner | undefined;
  /** The two sides of the conflict or truce last named by its sides (`la guerra tra X e Y`). */
  sides(): ActOwner[];
  /** Who issued the text last named with its issuer (`X ha approvato una dichiarazione`). */
  author(): ActOwner | undefined;
  /** Remember the acts of a sentence, once its own facts are read. */
  learn(s: Sentence, placed: readonly PlacedMention[], fit: ArgFit): void;
}

const DOERS: EntityType[] = ["Country", "Organization"];
/** Prepositions that name an act's target: with one of them, the act's `di` phrase is its doer. */
const TARGET_CASES = new Set(["contro", "su", "verso"]);

function doerAt(tree: DependencyTree, id: number, placed: readonly PlacedMention[], fit: ArgFit): ActOwner | undefined {
  // The word's own mention, else a country or body among the mentions over it (`la guerra tra X e Y` may be an event's name too).
  const own = mentionOverWord(tree, id, placed);
  const w = tree.word(id);
  const over = own && fit(own, DOERS) ? [own] : placed.filter((p) => w.start !== undefined && w.end !== undefined && p.m.start < w.end && w.start < p.m.end);
  for (const p of over) {
    const key = fit(p, DOERS);
    if (key) return { key, type: p.m.type };
  }
  return undefined;
}

/** The doer the act noun names itself, if it names one. */
export function namedDoer(tree: DependencyTree, act: number, placed: readonly PlacedMention[], fit: ArgFit, rules: TreeRules): ActOwner | undefined {
  const demonym = tree.children(act, "amod").map((k) => doerAt(tree, k, placed, fit)).find(Boolean);
  if (demonym) return demonym;
  const phrases = (x: number, prep: string) => tree.children(x).filter((k) => tree.deprel(k).startsWith("nmod") && tree.caseOf(k) === prep);
  // `da parte di X`, `dalla Russia`: an agent phrase.
  const agent = [...phrases(act, "da"), ...phrases(act, "da").flatMap((k) => phrases(k, "di"))].map((k) => doerAt(tree, k, placed, fit)).find(Boolean);
  if (agent) return agent;
  // `X ha lanciato un attacco`: the subject of the light verb whose object the act is.
  const light = tree.deprel(act) === "obj" ? reach(tree, act, "nsubj", rules.lightVerbs)?.words.map((k) => doerAt(tree, k, placed, fit)).find(Boolean) : undefined;
  if (light) return light;
  const targeted = tree.children(act).some((k) => TARGET_CASES.has(tree.caseOf(k) ?? ""));
  for (const k of phrases(act, "di")) {
    const force = rules.acts.forces.includes(tree.word(k).lemma.toLowerCase());
    if (targeted) { const own = doerAt(tree, k, placed, fit); if (own) return own; }
    // `delle forze statunitensi`, `delle truppe di X`: a force's demonym or owner.
    if (force) {
      const owner = [...tree.children(k, "amod"), ...phrases(k, "di")].map((x) => doerAt(tree, x, placed, fit)).find(Boolean);
      if (owner) return owner;
    }
  }
  return undefined;
}

/**
 * `X ha chiuso il confine, una decisione che Y ha definito «inaccettabile»`: a noun that sums up the main
 * clause, set after it, stands for what that clause's subject did (or the demonym on it: `caccia venezuelani`).
 */
export function summarizedDoer(tree: DependencyTree, noun: number, placed: readonly PlacedMention[], fit: ArgFit, rules: TreeRules): ActOwner | undefined {
  const root = tree.root();
  if (!rules.acts.summaries.includes(tree.word(noun).lemma.toLowerCase()) || noun < root || tree.word(root).upos !== "VERB") return undefined;
  const comma = (k: number) => k >= 1 && tree.word(k).form === ",";
  if (!comma(noun - 1) && !comma(noun - 2)) return undefined;
  // `il governo del Nicaragua`: a government acts for its `di` owner.
  const owner = (k: number) => (rules.governments.includes(tree.word(k).lemma.toLowerCase()) ? tree.children(k, "nmod").filter((x) => tree.caseOf(x) === "di") : []);
  // `Il 4 settembre due caccia venezuelani avevano sorvolato…`: a subject after a time phrase may be read as a bare oblique.
  const own = tree.children(root, "nsubj").filter((k) => tree.deprel(k) === "nsubj");
  const subjects = own.length > 0 ? own : tree.children(root, "obl").filter((k) => k < root && tree.word(k).upos === "NOUN" && tree.caseOf(k) === undefined);
  return subjects
    .map((k) => doerAt(tree, k, placed, fit) ?? [...tree.children(k, "amod"), ...owner(k)].map((x) => doerAt(tree, x, placed, fit)).find(Boolean)).find(Boolean);
}

/** `la guerra tra X e Y`: the two countries a conflict noun's `tra`/`fra` phrase names. */
function sidesOf(tree: DependencyTree, noun: number, placed: readonly PlacedMention[], fit: ArgFit): ActOwner[] {
  const between = tree.children(noun).filter((k) => tree.deprel(k).startsWith("nmod") && ["tra", "fra"].includes(tree.caseOf(k) ?? ""));
  const found = between.flatMap((k) => [k, ...tree.conjuncts(k)]).map((k) => doerAt(tree, k, placed, fit)).filter((o): o is ActOwner => o?.type === "Country");
  const keys = [...new Set(found.map((o) => o.key))];
  return keys.length === 2 ? keys.map((k) => found.find((o) => o.key === k)!) : [];
}

/** `entrambe le parti`, `i due Paesi`: a word that stands for the two sides. */
export function bothSides(tree: DependencyTree, id: number, rules: TreeRules): boolean {
  const { nouns, quantifiers } = rules.acts.sides;
  const quantifier = (k: number) => quantifiers.includes(tree.word(k).lemma.toLowerCase());
  // The parser may hang `entrambe` on the verb, before the noun, instead of on it.
  const onHead = tree.head(id) > 0 ? tree.children(tree.head(id)).filter((k) => k < id && ["xcomp", "advmod", "amod", "obl"].includes(tree.deprel(k))) : [];
  return nouns.includes(tree.word(id).lemma.toLowerCase())
    && (tree.children(id).some((k) => ["det", "nummod", "amod", "det:predet"].includes(tree.deprel(k)) && quantifier(k)) || onHead.some(quantifier));
}

/**
 * Who issued a text (`dichiarazione`, `risoluzione`, `documento`): the subject of the verb whose object it is
 * (`X ha approvato una dichiarazione`), or, for a text a meeting closed with, the meeting's owner (`il vertice
 * di X si è chiuso con una dichiarazione`). A text with a name of its own (`la Dichiarazione di Y`) is left out.
 */
export function issuerOf(tree: DependencyTree, text: number, placed: readonly PlacedMention[], fit: ArgFit): ActOwner | undefined {
  if (mentionOverWord(tree, text, placed)) return undefined;
  const rel = tree.deprel(text);
  const verb = tree.head(text);
  if (verb === 0 || tree.word(verb).upos !== "VERB" || !(rel === "obj" || (rel === "obl" && tree.caseOf(text) === "con"))) return undefined;
  for (const k of tree.children(verb).filter((x) => tree.deprel(x) === "nsubj")) {
    const own = doerAt(tree, k, placed, fit);
    if (own) return own;
    // `il summit dell'Ocse è terminato con…`: a meeting stands for its owner.
    if (rel === "obl") {
      const owner = tree.children(k, "nmod").filter((x) => tree.caseOf(x) === "di").map((x) => doerAt(tree, x, placed, fit)).find(Boolean);
      if (owner) return owner;
    }
  }
  return undefined;
}

export function actMemory(rules: TreeRules): ActMemory {
  const last = new Map<string, ActOwner>();
  let pair: ActOwner[] = [];
  let issuer: ActOwner | undefined;
  return {
    owner: (lemma) => last.get(lemma),
    sides: () => pair,
    author: () => issuer,
    learn(s, placed, fit) {
      if (!s.syntax || s.syntax.words.length === 0) return;
      const tree = treeOf(s.syntax);
      for (const w of tree.words) {
        const lemma = w.lemma.toLowerCase();
        if (w.upos === "NOUN" && rules.acts.sides.conflicts.includes(lemma)) {
          const two = sidesOf(tree, w.id, placed, fit);
          if (two.length === 2) pair = two;
        }
        if (w.upos === "NOUN" && rules.documents.includes(lemma)) issuer = issuerOf(tree, w.id, placed, fit) ?? issuer;
        if (w.upos !== "NOUN" || !rules.acts.lemmas.includes(lemma)) continue;
        const doer = namedDoer(tree, w.id, placed, fit, rules);
        if (doer) last.set(lemma, doer);
      }
    },
  };
}
