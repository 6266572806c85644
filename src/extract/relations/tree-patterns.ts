// The dependency matcher: finds each pattern's trigger in a parsed sentence, walks the
// labelled arcs to its arguments and maps each argument to an entity mention. Arguments are
// shared the way Italian shares them: over coordination (`conj`), from a controlling verb
// (`ha deciso di inviare`), from a relative clause's antecedent (`X, che ha incontrato Y`),
// from a light verb (`ha compiuto una visita`). The arcs used are named in the fact's rule.
import type { EntityType, Modality, RelationPredicate, Sentence, Span } from "../../types.ts";
import type { DependencyTree } from "../../syntax/tree.ts";
import { NAME_ARCS, treeOf } from "../../syntax/tree.ts";
import { treeModality } from "./tree-modality.ts";
import { mentionOverWord, type ArgFit, type PlacedMention } from "./args.ts";
import { bareObliques, objectReadAsSubject, reach, verbReadAsNoun, type Reached } from "./tree-arcs.ts";
import { strayConjuncts, strayName } from "./clause-repairs.ts";
import type { Arc, SenseCondition, TreePattern, TreeRules } from "./tree-rules.ts";
import { holdersOf, triggerIndex, triggeredBy } from "./trigger-index.ts";
import type { Link, SentenceCoref } from "../coref/index.ts";
import { bothSides, namedDoer, summarizedDoer, type ActMemory } from "./act-owners.ts";

// The arc walk lives in tree-arcs.ts; the structure rules reach noun modifiers through here.
export { nominalModifiers, objectReadAsSubject } from "./tree-arcs.ts";

export interface TreeFact {
  predicate: RelationPredicate;
  subject: string;
  object: string;
  cameo?: string;
  rule: string;
  focus: Span;
  modality: Modality;
  /** The trigger's sense is its negated form (`non riconosce`): its own negator asserts it, and no token cue may undo that. */
  ownNegation?: boolean;
}

/** A name in apposition to its title (`il cancelliere Olaf Scholz`): the title heads, the name hangs below it. */

/** Every lemma a word can stand for: the parser's, the surface form, and the NLP stage's morph-it readings. */
function lemmasOf(s: Sentence, tree: DependencyTree, id: number): Set<string> {
  const w = tree.word(id);
  const t = w.tokenIndex !== undefined ? s.tokens[w.tokenIndex] : undefined;
  return new Set([w.lemma.toLowerCase(), w.form.toLowerCase(), ...(t ? [t.lemma, ...t.lemmas] : [])]);
}

export function holds(s: Sentence, tree: DependencyTree, id: number, c: SenseCondition): boolean {
  // `on`: the dependent hangs on the trigger's own dependent (`ha avvertito X dell'arrivo`, the `di` phrase read under X).
  if (c.on) return tree.children(id, c.on).some((x) => holds(s, tree, x, { ...c, on: undefined }));
  return tree.children(id, c.deprel).some((k) =>
    (!c.lemmas || [...lemmasOf(s, tree, k)].some((l) => c.lemmas!.includes(l))) && (!c.case || tree.caseOf(k) === c.case));
}

/**
 * The mention a word stands for: one overlapping it, else the name in apposition below a
 * title, else, for a government noun, the country it belongs to (`il governo ceco`, `il governo di Minsk`).
 */
function mentionAt(tree: DependencyTree, id: number, placed: readonly PlacedMention[], governments: readonly string[], depth = 0, groups: readonly string[] = []): PlacedMention | undefined {
  const w = tree.word(id);
  if (w.start === undefined || w.end === undefined) return undefined;
  const own = mentionOverWord(tree, id, placed);
  if (own || depth > 0) return own;
  // `X, il consigliere di Y, che ha incontrato Z`: a title in apposition stands for the name it follows.
  if (w.deprel === "appos" && w.head > 0) {
    const named = mentionAt(tree, w.head, placed, governments, 1);
    if (named?.type === "Person") return named;
  }
  // The surface form too: the tagger may lemmatize a plural to another noun (`osservatori` as `osservatorio`).
  const government = governments.includes(w.lemma.toLowerCase()) || governments.includes(w.form.toLowerCase());
  // `una squadra di ispettori dell'AIEA`: a noun that bundles others stands for what its `di` phrase stands for.
  if (groups.includes(w.lemma.toLowerCase())) {
    const members = tree.children(id, "nmod").find((k) => tree.caseOf(k) === "di");
    if (members !== undefined) return mentionAt(tree, members, placed, governments, 0);
  }
  // `da parte di X`: the agent phrase's noun stands for its `di` owner.
  if (w.lemma.toLowerCase() === "parte") {
    const owner = tree.children(id, "nmod").find((k) => tree.caseOf(k) === "di");
    if (owner !== undefined) return mentionAt(tree, owner, placed, governments, depth + 1);
  }
  for (const k of tree.children(id)) {
    // `la ministra degli Esteri canadese X`, `il leader del Partito socialdemocratico X`: the name
    // may hang under the title's own `di` phrase, or under a `di` phrase inside it.
    if (tree.deprel(k) === "nmod" && tree.caseOf(k) === "di") {
      const named = namesUnder(tree, k).map((x) => mentionAt(tree, x, placed, governments, depth + 1)).find((m) => m?.type === "Person");
      if (named) return named;
    }
    const rel = tree.deprel(k);
    const name = NAME_ARCS.has(rel) && tree.caseOf(k) === undefined;
    const owner = government && (rel === "amod" || (rel === "nmod" && tree.caseOf(k) === "di"));
    if (name || owner) {
      const m = mentionAt(tree, k, placed, governments, depth + 1);
      // `il ministro della Difesa turco X`, with the demonym read as the name's head: the person below it is the name.
      const person = m && m.type !== "Person" && name ? tree.children(k).map((x) => mentionAt(tree, x, placed, governments, depth + 1)).find((p) => p?.type === "Person") : undefined;
      if (person) return person;
      // `l'amministrazione di X`, `gli ambasciatori di X`: a government or delegation acts for its leader's state or its body.
      if (m && (name || m.type !== "Event")) return m;
    }
  }
  // `il ministro degli Esteri russo X`, the demonym hung on the verb as a stray word with the name below it.
  if (w.upos === "NOUN") return strayName(tree, id).map((k) => mentionAt(tree, k, placed, governments, depth + 1)).find((m) => m?.type === "Person");
  return undefined;
}

/** Bare proper names below a `di` phrase, and below the `di` phrases inside it (two levels at most). */
function namesUnder(tree: DependencyTree, of: number, depth = 0): number[] {
  const own = tree.children(of).filter((x) => NAME_ARCS.has(tree.deprel(x)) && tree.caseOf(x) === undefined && tree.word(x).upos === "PROPN");
  if (depth >= 1) return own;
  return [...own, ...tree.children(of, "nmod").filter((x) => tree.caseOf(x) === "di").flatMap((x) => namesUnder(tree, x, depth + 1))];
}

interface Argument {
  key: string;
  arc: string;
  /** The word the mention was read on, when an arc reached it (not a remembered act or a dropped subject). */
  word?: number;
}

/**
 * `il premier spagnolo`, with no name under it: a role noun and a demonym, resolved by the article's people.
 * `il capo del Cremlino`, `il presidente della Francia`: a seat or a country named by `di` does what the demonym does.
 */
function described(tree: DependencyTree, id: number, placed: readonly PlacedMention[], rules: TreeRules, fit: ArgFit, coref?: SentenceCoref): Link | undefined {
  const w = tree.word(id);
  if (!coref || w.start === undefined) return undefined;
  // Offices coref.json names (`l'ex generale`) may be described bare though no demonym reading lists them.
  if (!rules.descriptions.includes(w.lemma.toLowerCase())) return coref.alone(tree, id);
  const demonym = tree.children(id, "amod").map((k) => mentionAt(tree, k, placed, [], 1)).find((p) => p?.type === "Country");
  const country = demonym?.m.key ?? tree.children(id, "nmod").filter((k) => tree.caseOf(k) === "di")
    .map((k) => mentionAt(tree, k, placed, [], 1)).map((p) => (p ? fit(p, ["Country"]) : undefined)).find((k) => k !== undefined);
  return country ? coref.describe(country, { start: w.start, end: w.end ?? w.start }, w.lemma.toLowerCase()) : coref.alone(tree, id);
}

/** `lo ha accolto`: an object clitic, for the pronoun pass. */
function clitic(tree: DependencyTree, id: number, coref?: SentenceCoref, exclude: readonly string[] = []): Link | undefined {
  const w = tree.word(id);
  if (!coref || w.start === undefined || w.upos !== "PRON" || !w.feats.includes("Clitic=Yes") || !coref.clitics.includes(w.form.toLowerCase())) return undefined;
  return coref.pronoun(w.start, exclude);
}

/**
 * `Ha poi incontrato X`: a finite third-person clause with no subject anywhere up its chain
 * of clauses (the subject arcs found nothing, and the sentence's root has none either).
 */
function subjectDropped(tree: DependencyTree, trigger: number): boolean {
  const root = tree.root();
  let x = trigger;
  for (let hops = 0; x !== root && hops < 4 && ["xcomp", "conj", "advcl", "ccomp"].includes(tree.deprel(x)); hops++) x = tree.head(x);
  const misread = objectReadAsSubject(tree, root);
  if (x !== root || tree.children(root).some((k) => (tree.deprel(k).startsWith("nsubj") && !misread.includes(k)) || tree.deprel(k) === "expl:impers")) return false;
  const carrier = tree.children(root, "aux")[0] ?? root;
  const feats = tree.word(carrier).feats;
  return tree.word(root).upos === "VERB" && feats.includes("Person=3") && feats.includes("VerbForm=Fin");
}

/**
 * `ha condannato l'arresto di X`: the `di` phrase of an act done to someone names who suffered it,
 * not whose act it is, so neither the act noun (read like a title over a name) nor an owner arc
 * (`obj>nmod:di`) reaches it.
 */
function sufferersOut(tree: DependencyTree, r: Reached | undefined, patients: readonly string[]): Reached | undefined {
  if (!r) return r;
  const suffered = (x: number) => patients.includes(tree.word(x).lemma.toLowerCase());
  const words = r.words.filter((x) => !suffered(x) && !(r.arc.endsWith(">nmod:di") && suffered(tree.head(x))));
  return words.length > 0 ? { ...r, words } : undefined;
}

/** The first arc whose words (and their conjuncts) map to mentions of the right classes. */
function argument(tree: DependencyTree, trigger: number, arcs: readonly Arc[], types: readonly EntityType[], placed: readonly PlacedMention[], fit: ArgFit, rules: TreeRules, governments: readonly string[], coref?: SentenceCoref, exclude: readonly string[] = [], acts?: ActMemory): Argument[] {
  const { lightVerbs } = rules;
  const holders = holdersOf(rules.modality);
  let reachedAny = false;
  for (const arc of arcs) {
    // Only for criticism of acts (the predicates `acts` remembers for): defending `la sovranità di X` still backs X.
    const r = sufferersOut(tree, reach(tree, trigger, arc, lightVerbs, holders, rules.documents, rules.containers), acts ? rules.acts.patients : []);
    if (!r) continue;
    reachedAny = true;
    // Coordinated words, and names coordinated below a plural title (`con i ministri X e Y`).
    const titled = (x: number) => tree.children(x).filter((k) => NAME_ARCS.has(tree.deprel(k)) && tree.caseOf(k) === undefined).flatMap((k) => tree.conjuncts(k));
    // `dal leader X e dal primo ministro Y`: a conjunct repeating the preposition counts wherever the parser hung it.
    const found = [...new Set(r.words.flatMap((x) => [x, ...tree.conjuncts(x), ...strayConjuncts(tree, x)]).flatMap((x) => [x, ...titled(x)]))].flatMap((x) => {
      const own = mentionAt(tree, x, placed, governments, 0, rules.containers);
      const link = own ? undefined : described(tree, x, placed, rules, fit, coref) ?? clitic(tree, x, coref, exclude);
      const p = own ?? link?.mention;
      const key = p && !p.source ? fit(p, types) : undefined;
      return key ? [{ key, arc: link ? `${r.arc}(${link.pass})` : r.arc, word: x }] : [];
    });
    if (found.length > 0) return found.filter((a, i) => found.findIndex((b) => b.key === a.key) === i);
  }
  // `ha condannato gli attacchi`: an act with no doer of its own is the act named before with one (act-owners.ts).
  if (acts) {
    const named = (x: number) => namedDoer(tree, x, placed, fit, rules) !== undefined;
    const words = arcs.filter((a) => a === "obj" || a === "nsubj:pass").flatMap((arc) => reach(tree, trigger, arc, lightVerbs)?.words ?? []);
    const listed = words.flatMap((x) => [x, ...tree.conjuncts(x)]);
    const nouns = listed.filter((x) => tree.word(x).upos === "NOUN");
    const owners = nouns.filter((x) => !named(x)).map((x) => acts.owner(tree.word(x).lemma.toLowerCase())).filter((o) => o !== undefined && types.includes(o.type));
    if (owners.length > 0) return [{ key: owners[0]!.key, arc: "obj(act-owner)" }];
    // `…, una decisione che Y ha definito «grave»`: a noun summing up the main clause stands for its subject.
    const summed = nouns.map((x) => summarizedDoer(tree, x, placed, fit, rules)).find((o) => o !== undefined && types.includes(o.type));
    if (summed) return [{ key: summed.key, arc: "obj(summary)" }];
    // `ha rimproverato entrambe le parti`: the two sides of the conflict named last.
    if (listed.some((x) => bothSides(tree, x, rules))) return acts.sides().filter((o) => types.includes(o.type)).map((o) => ({ key: o.key, arc: "obj(both-sides)" }));
  }
  // `Il testo definisce X una minaccia`: a text named again with no issuer of its own acts for the one who issued the last (act-owners.ts).
  if (acts && arcs.includes("nsubj")) {
    const texts = (reach(tree, trigger, "nsubj", lightVerbs)?.words ?? []).filter((x) => rules.documents.includes(tree.word(x).lemma.toLowerCase())
      && tree.children(x, "det").some((k) => tree.word(k).feats.includes("Definite=Def")) && tree.children(x).every((k) => !tree.deprel(k).startsWith("nmod")) && !mentionOverWord(tree, x, placed));
    const author = texts.length > 0 ? acts.author() : undefined;
    if (author && types.includes(author.type)) return [{ key: author.key, arc: "nsubj(text-issuer)" }];
  }
  // No subject on any arc: a dropped subject continues the previous main clause's.
  // Only when no arc reached a word at all: a subject that is there but not an entity is not dropped.
  // And only with no actor named before the verb (a person, a country, a body): the parser may have missed a subject that is there.
  const start = tree.word(trigger).start ?? 0;
  const named = placed.some((p) => p.type !== "Place" && p.type !== "Event" && p.m.end <= start);
  if (coref && !reachedAny && !named && arcs.includes("nsubj") && subjectDropped(tree, trigger)) {
    const link = coref.droppedSubject();
    const key = link ? fit(link.mention, types) : undefined;
    if (key) return [{ key, arc: `nsubj(${link!.pass})` }];
  }
  return [];
}

function themeHolds(s: Sentence, tree: DependencyTree, trigger: number, p: TreePattern, lightVerbs: readonly string[]): boolean {
  if (!p.theme) return true;
  const bare = p.theme.arcs.some((a) => a === "obj" || a === "nsubj:pass") ? bareObliques(tree, trigger) : [];
  const reached = [...bare, ...p.theme.arcs.flatMap((arc) => reach(tree, trigger, arc, lightVerbs)?.words ?? [])].flatMap((x) => [x, ...tree.conjuncts(x)]);
  // `ha definito X una «forza ostile»`: the word of blame may be the adjective on the noun there;
  // `definendo l'accordo «una resa»`: or a bare noun the parser hung under the object, the predicate misread.
  const modifiers = (x: number) => tree.children(x).filter((k) => tree.deprel(k) === "amod" || (tree.deprel(k) === "nmod" && tree.caseOf(k) === undefined && tree.word(k).upos === "NOUN"));
  // `ha definito «altamente provocatoria» la mossa`: an adjective the parser read as the object is the predicate.
  const predicates = p.theme.modifiers ? tree.children(trigger, "obj").filter((k) => tree.word(k).upos === "ADJ") : [];
  const words = p.theme.modifiers ? [...reached, ...reached.flatMap(modifiers), ...predicates] : reached;
  return words.some((x) => [...lemmasOf(s, tree, x)].some((l) => p.theme!.lemmas.includes(l)));
}

/**
 * `X, per bocca della portavoce Y, lo ha accusato`: an object pronoun is nobody named in its own clause
 * (its subject's phrase, a `per bocca di` phrase): those are co-arguments, which a clitic never stands for.
 * A name inside another clause hung on the verb (`Dopo aver incontrato Y, X lo ha…`) can still be meant.
 */
function namedInClause(tree: DependencyTree, trigger: number, placed: readonly PlacedMention[], rules: TreeRules): string[] {
  const own = tree.children(trigger).filter((k) => !CLAUSE_DEPRELS.has(tree.deprel(k)));
  const subjects = reach(tree, trigger, "nsubj", rules.lightVerbs)?.words ?? [];
  return [...own, ...subjects].flatMap((x) => tree.subtree(x)).map((k) => mentionOverWord(tree, k, placed)?.m.key).filter((k): k is string => k !== undefined);
}

const CLAUSE_DEPRELS = new Set(["acl", "acl:relcl", "advcl", "ccomp", "xcomp", "csubj", "parataxis", "conj"]);

/** A reflexive clitic on the verb (`si sono incontrati`, `si sono stretti la mano`). */
function reflexive(tree: DependencyTree, id: number): boolean {
  return tree.children(id).some((k) => tree.word(k).lemma === "si" && ["expl", "expl:pv", "obj", "iobj"].includes(tree.deprel(k)));
}


/**
 * `destination` maps a visit's place to where the visitor went: a seat of government (`alla Casa
 * Bianca`) is its country, any other body none. It runs while the arcs are tried, so a body that is
 * no destination lets the next arc (`a X, in Y`) give the place.
 */
export function treeFacts(s: Sentence, placed: readonly PlacedMention[], rules: TreeRules, fit: ArgFit, coref?: SentenceCoref, acts?: ActMemory, destination?: (key: string) => string | undefined): TreeFact[] {
  if (!s.syntax || s.syntax.words.length === 0) return [];
  const tree = treeOf(s.syntax);
  const out: TreeFact[] = [];
  const byLemma = triggerIndex(rules.patterns);
  for (const w of tree.words) {
    if (w.start === undefined || w.end === undefined) continue;
    const lemmas = lemmasOf(s, tree, w.id);
    const upos = verbReadAsNoun(tree, w.id) ? "VERB" : w.upos;
    for (const p of triggeredBy(rules.patterns, byLemma, lemmas)) {
      if (!p.upos.includes(upos)) continue;
      if (p.unless?.some((c) => holds(s, tree, w.id, c)) || !themeHolds(s, tree, w.id, p, rules.lightVerbs)) continue;
      if (p.requires && !p.requires.every((c) => holds(s, tree, w.id, c))) continue;
      // A trigger in another sense (`sostenere che`, `affiancato da`) gives none of the predicates its veto names.
      if (rules.vetoes.some((v) => v.predicates.includes(p.predicate) && v.lemmas.some((l) => lemmas.has(l)) && v.when.some((c) => holds(s, tree, w.id, c)))) continue;
      // An envoy acts for its state in a protest or a show of support, not when someone meets it.
      const governments = rules.envoys.predicates.includes(p.predicate) ? [...rules.governments, ...rules.envoys.lemmas] : rules.governments;
      const remembered = rules.acts.predicates.includes(p.predicate) ? acts : undefined;
      let subjects = argument(tree, w.id, p.subject.arcs, p.subject.types, placed, fit, rules, governments, coref, [], remembered);
      if (subjects.length === 0) continue;
      // `ha discusso, insieme a X, con Y`: X did it too.
      if (p.companions) subjects.push(...argument(tree, w.id, ["companion"], p.subject.types, placed, fit, rules, governments, coref).filter((a) => !subjects.some((b) => b.key === a.key)));
      const objectFit: ArgFit = p.predicate === "visits" && destination ? (m, types) => { const k = fit(m, types); return k && destination(k); } : fit;
      let objects = argument(tree, w.id, p.object.arcs, p.object.types, placed, objectFit, rules, governments, coref, [...subjects.map((a) => a.key), ...namedInClause(tree, w.id, placed, rules)], remembered);
      // `la partecipazione di X al vertice del G20 di Y`: the event's own modifiers name it (its members, its place), they are not who takes part.
      if (w.upos === "NOUN" && p.predicate === "participatesIn") {
        const inside = new Set(objects.flatMap((b) => (b.word !== undefined ? tree.subtree(b.word) : [])));
        subjects = subjects.filter((a) => a.word === undefined || !inside.has(a.word));
      }
      // `X e Y si sono incontrati`: each subject is the other's object.
      // `X e Y sono in guerra`, `X e Y sono alleate`: so with a copula, or a participle read as a passive, too.
      const copula = tree.children(w.id, "cop").length > 0 || tree.children(w.id, "aux:pass").length > 0;
      if (objects.length === 0 && p.reciprocal && subjects.length > 1 && (reflexive(tree, w.id) || copula)) objects = subjects.map((a) => ({ ...a, arc: `${a.arc}(${copula ? "cop" : "si"})` }));
      // `non riconosce X`: a pattern that requires a negator on its trigger is asserted by it.
      const ownNegation = p.requires?.some((c) => c.deprel === "advmod" && c.lemmas?.some((l) => rules.modality.negators.includes(l))) ?? false;
      const modality = treeModality(tree, w.id, rules, ownNegation);
      for (const a of subjects) {
        for (const b of objects) {
          if (a.key === b.key) continue;
          out.push({ predicate: p.predicate, subject: a.key, object: b.key, ...(p.cameo ? { cameo: p.cameo } : {}), rule: `tree:${p.id} ${a.arc}+${b.arc}`, focus: { start: w.start, end: w.end }, modality, ...(ownNegation ? { ownNegation } : {}) });
        }
      }
    }
  }
  return out;
}
