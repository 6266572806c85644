// The dependency matcher: finds each pattern's trigger in a parsed sentence, walks the
// labelled arcs to its arguments and maps each argument to an entity mention. Arguments are
// shared the way Italian shares them: over coordination (`conj`), from a controlling verb
// (`ha deciso di inviare`), from a relative clause's antecedent (`X, che ha incontrato Y`),
// from a light verb (`ha compiuto una visita`). The arcs used are named in the fact's rule.
import type { EntityType, Modality, RelationPredicate, Sentence, Span } from "../../types.ts";
import type { DependencyTree } from "../../syntax/tree.ts";
import { treeOf } from "../../syntax/tree.ts";
import { treeModality } from "./tree-modality.ts";
import { ESSERE_VERBS, mentionOverWord, type ArgFit, type PlacedMention } from "./args.ts";
import type { Arc, SenseCondition, TreePattern, TreeRules } from "./tree-rules.ts";
import type { Link, SentenceCoref } from "../coref/index.ts";

export interface TreeFact {
  predicate: RelationPredicate;
  subject: string;
  object: string;
  cameo?: string;
  rule: string;
  focus: Span;
  modality: Modality;
}

/** Words reached by an arc, and the name of the way they were reached (for the evidence). */
interface Reached {
  words: number[];
  arc: string;
}

const RELATIVE_PRONOUNS = new Set(["che", "quale", "cui"]);
/** Prepositions of a phrase that sets a clause during or after a happening (`durante la visita`). */
const OCCASION_CASES = new Set(["durante", "dopo", "prima"]);
/** Relations that open another clause: a noun's arguments are not looked for below them. */
const CLAUSAL = new Set(["acl", "acl:relcl", "advcl", "ccomp", "xcomp", "csubj", "parataxis", "conj"]);
/** A name in apposition to its title (`il cancelliere Olaf Scholz`): the title heads, the name hangs below it. */
const NAME_DEPRELS = new Set(["flat", "flat:name", "nmod", "appos"]);

/** Every lemma a word can stand for: the parser's, the surface form, and the NLP stage's morph-it readings. */
function lemmasOf(s: Sentence, tree: DependencyTree, id: number): Set<string> {
  const w = tree.word(id);
  const t = w.tokenIndex !== undefined ? s.tokens[w.tokenIndex] : undefined;
  return new Set([w.lemma.toLowerCase(), w.form.toLowerCase(), ...(t ? [t.lemma, ...t.lemmas] : [])]);
}

export function holds(s: Sentence, tree: DependencyTree, id: number, c: SenseCondition): boolean {
  return tree.children(id, c.deprel).some((k) =>
    (!c.lemmas || [...lemmasOf(s, tree, k)].some((l) => c.lemmas!.includes(l))) && (!c.case || tree.caseOf(k) === c.case));
}

/**
 * A bare participle modifying a noun (`le truppe inviate in X`) or fronted before the main
 * clause (`Ricevuto dal ministro, X ha…`) is passive too, its patient the noun or the main subject.
 */
function passive(tree: DependencyTree, id: number): boolean {
  const w = tree.word(id);
  // `X, arrivato a Y`: the participle of a verb whose perfect takes `essere` is active, its subject the noun it modifies.
  if (ESSERE_VERBS.has(w.lemma.toLowerCase())) return false;
  const participle = w.feats.includes("VerbForm=Part") && tree.children(id, "aux").length === 0;
  const byDa = tree.children(id, "obl").some((k) => tree.caseOf(k) === "da") || tree.children(id, "obl:agent").length > 0;
  const subject = tree.children(id, "nsubj").length > 0;
  if (tree.isPassive(id) || !participle) return tree.isPassive(id);
  // `le truppe inviate in X`; `Ricevuto da Y, X ha…`; with a subject of its own (`X, accusata da Y, ha…`) only when an agent says so.
  if (["acl", "advcl"].includes(w.deprel)) return !(w.deprel === "advcl" && subject) || byDa;
  // `il trattato, firmato dal presidente X`, hung on the main verb as a conjunct; a headline `X ricevuto da Y`: an agent makes it passive.
  return (w.deprel === "conj" && !subject && byDa) || (w.deprel === "root" && byDa);
}

/** A noun the parser hung on the verb as an oblique with no preposition: a misread object or conjunct (`invierà operai e genieri`, `800 soldati sono stati trasferiti`). */
function bareObliques(tree: DependencyTree, id: number): number[] {
  return tree.children(id, "obl").filter((k) => tree.deprel(k) === "obl" && tree.caseOf(k) === undefined && tree.word(k).upos === "NOUN");
}

/** A relative pronoun stands for the noun the relative clause hangs from. */
function antecedent(tree: DependencyTree, trigger: number, words: number[], documents: readonly string[] = []): number[] {
  return words.flatMap((x) => {
    if (tree.word(x).upos !== "PRON" || !RELATIVE_PRONOUNS.has(tree.word(x).lemma) || tree.deprel(trigger) !== "acl:relcl") return [x];
    const head = tree.head(trigger);
    // `X ha approvato una risoluzione che condanna Y`: a text that acts stands for whoever adopted it.
    if (documents.includes(tree.word(head).lemma.toLowerCase()) && tree.deprel(head) === "obj") {
      const author = tree.children(tree.head(head), "nsubj").filter((k) => tree.deprel(k) === "nsubj");
      if (author.length > 0) return author;
    }
    if (tree.word(head).upos !== "VERB") return [head];
    // A relative clause hung on the verb (`è giunto X, consigliere di Y, che ha…`): the verb's last nominal argument before the pronoun.
    const nominal = tree.children(head).filter((k) => k < x && ["NOUN", "PROPN"].includes(tree.word(k).upos) && /^(nsubj|obj|obl)/.test(tree.deprel(k)));
    return [nominal.length > 0 ? nominal[nominal.length - 1]! : head];
  });
}

/** Modifiers introduced by `prep` anywhere in a noun's phrase, nearest first, not inside another clause. */
export function nominalModifiers(tree: DependencyTree, noun: number, prep: string): number[] {
  const out: number[] = [];
  const queue = [noun];
  while (queue.length > 0) {
    const x = queue.shift()!;
    for (const k of tree.children(x)) {
      if (CLAUSAL.has(tree.deprel(k))) continue;
      if (tree.deprel(k).startsWith("nmod") && tree.caseOf(k) === prep) out.push(k);
      queue.push(k);
    }
  }
  return out;
}

/** The subject a verb shares with the clause around it: its controller, its first conjunct, its antecedent. */
function inheritedSubject(tree: DependencyTree, id: number, lightVerbs: readonly string[], depth = 0, holders: readonly string[] = [], documents: readonly string[] = []): Reached | undefined {
  if (depth > 3) return undefined;
  const rel = tree.deprel(id);
  const head = tree.head(id);
  if (head === 0) return undefined;
  // `il no della Germania alla fornitura`, `l'idea della Francia di un invio`: a noun of refusal or plan lends its `di` owner.
  if (rel === "nmod" && tree.word(id).upos === "NOUN" && holders.includes(tree.word(head).lemma.toLowerCase())) {
    const owner = tree.children(head, "nmod").filter((k) => tree.caseOf(k) === "di" && k !== id);
    if (owner.length > 0) return { words: owner, arc: "holder>nmod:di" };
  }
  // `accusa X di fornire armi`: the one accused of the act is its doer (object control), the parser hangs the act on him.
  if (rel === "acl" && tree.word(id).feats.includes("VerbForm=Inf") && tree.deprel(head) === "obj" && holders.includes(tree.word(tree.head(head)).lemma.toLowerCase())) {
    return { words: [head], arc: "acl>accused" };
  }
  const via = (how: string): Reached | undefined => {
    const own = tree.children(head, "nsubj").filter((k) => tree.deprel(k) === "nsubj");
    if (own.length > 0) return { words: antecedent(tree, head, own, documents), arc: `${how}>nsubj` };
    const up = inheritedSubject(tree, head, lightVerbs, depth + 1, holders, documents);
    return up && { words: up.words, arc: `${how}>${up.arc}` };
  };
  if (rel === "xcomp") return via("xcomp");
  // `è volato a X per incontrare Y`: an infinitive of purpose shares its main verb's subject.
  if (rel === "advcl" && tree.word(id).feats.includes("VerbForm=Inf")) return via("advcl");
  // `X ha …, accusandolo di Y`: a gerund shares its own main verb's subject, when that verb has one (no further climbing).
  if (rel === "advcl" && tree.word(id).feats.includes("VerbForm=Ger")) {
    const own = tree.children(head, "nsubj").filter((k) => tree.deprel(k) === "nsubj");
    return own.length > 0 ? { words: antecedent(tree, head, own, documents), arc: "advcl>nsubj" } : undefined;
  }
  if (rel === "conj" && tree.word(head).upos === "VERB") return via("conj");
  // `X è arrivato a Y: ha incontrato Z`: a clause after a colon or semicolon, with no subject of its own, goes on with the one before.
  if (rel === "parataxis" && tree.word(id).upos === "VERB" && tree.word(head).upos === "VERB") return via("parataxis");
  if (rel === "acl:relcl") return { words: [head], arc: "relcl" };
  if (rel === "obj" && lightVerbs.includes(tree.word(head).lemma)) return via("light");
  // `Durante la visita a X, Y ha firmato…`: a happening that frames the clause is its subject's.
  if (rel === "obl" && tree.word(id).upos === "NOUN" && OCCASION_CASES.has(tree.caseOf(id) ?? "")) return via("occasion");
  return undefined;
}

/**
 * `Ha poi incontrato X`: with no subject before it, a transitive perfect (`avere`) with no
 * object has the parser's post-verbal "subject" as its object, and its own subject dropped.
 */
export function objectReadAsSubject(tree: DependencyTree, id: number): number[] {
  if (tree.word(id).upos !== "VERB" || tree.children(id, "obj").length > 0) return [];
  if (!tree.children(id, "aux").some((k) => tree.word(k).lemma === "avere")) return [];
  const subjects = tree.children(id).filter((k) => tree.deprel(k) === "nsubj");
  return subjects.length > 0 && subjects.every((k) => k > id) ? subjects : [];
}

function reach(tree: DependencyTree, id: number, arc: Arc, lightVerbs: readonly string[], holders: readonly string[] = [], documents: readonly string[] = []): Reached | undefined {
  const w = tree.word(id);
  const verb = w.upos !== "NOUN";
  const isPassive = verb && passive(tree, id);
  const exact = (rel: string) => tree.children(id, rel).filter((k) => tree.deprel(k) === rel);
  const found = (words: number[], name = arc): Reached | undefined => (words.length > 0 ? { words: antecedent(tree, id, words, documents), arc: name } : undefined);
  switch (arc) {
    case "nsubj":
      if (isPassive || objectReadAsSubject(tree, id).length > 0) return undefined;
      if (verb && w.deprel === "acl" && w.feats.includes("VerbForm=Part") && exact("nsubj").length === 0) return found([w.head], "acl>head");
      return (verb ? found(exact("nsubj")) : undefined) ?? inheritedSubject(tree, id, lightVerbs, 0, holders, documents);
    case "obj":
      return isPassive ? undefined : found(exact("obj")) ?? found(objectReadAsSubject(tree, id), "obj(post-verbal)");
    case "iobj":
      return found(exact("iobj"));
    case "xcomp":
      // The parser reads a bare plural object (`fornirà missili`) as a predicative adjective.
      return isPassive ? undefined : found(exact("xcomp").filter((k) => tree.word(k).upos !== "VERB"));
    case "agent": {
      const a = isPassive ? tree.agentOf(id) ?? tree.children(id, "obl").find((k) => tree.caseOf(k) === "da") : undefined;
      return a === undefined ? undefined : found([a]);
    }
    case "amod": {
      // `un dispiegamento russo`, `truppe bielorusse inviate in X`: a demonym on the event or on what is sent names the sender.
      // `soldati delle forze speciali bielorusse`: the demonym may sit on a `di` modifier of what is sent.
      const sent = [...exact("obj"), ...exact("nsubj:pass"), ...bareObliques(tree, id)].flatMap((k) => [k, ...tree.conjuncts(k)]);
      const carriers = [id, ...sent, ...sent.flatMap((k) => tree.children(k, "nmod").filter((x) => tree.caseOf(x) === "di")).flatMap((k) => [k, ...tree.conjuncts(k)]), ...(verb ? [] : nominalModifiers(tree, id, "di"))];
      if (w.deprel === "acl" && isPassive) carriers.push(w.head);
      return found(carriers.flatMap((c) => tree.children(c, "amod")));
    }
    case "nsubj:pass":
      if (!isPassive) return undefined;
      // A bare participle whose patient the parser labelled its subject (`X, accusata da Y, …`, `X ricevuto da Y`).
      if (exact("nsubj:pass").length === 0 && exact("nsubj").length > 0 && tree.children(id, "aux").length === 0) return found(exact("nsubj"), "nsubj(patient)");
      if (w.deprel === "acl") return found(exact("nsubj:pass")) ?? found([w.head], "acl>head");
      // The appended participle's patient is a noun of the main verb's object phrase before it.
      if (w.deprel === "conj" && exact("nsubj:pass").length === 0 && tree.children(id, "aux").length === 0) {
        // The nearest noun before it, and the nouns it hangs from up to the verb (`la ratifica del trattato di X, firmato da…`).
        const nominal = (k: number) => ["NOUN", "PROPN"].includes(tree.word(k).upos);
        const nearest = tree.subtree(w.head).filter((k) => k < id && nominal(k)).at(-1);
        const chain: number[] = [];
        for (let k = nearest; k !== undefined && k !== w.head && k > 0 && nominal(k) && chain.length < 4; k = tree.head(k)) chain.push(k);
        if (chain.length > 0) return found(chain, "conj>noun-before");
      }
      // `è atterrato a X ed è stato ricevuto da Y`, `Ricevuto da Y, X ha…`: the governing clause's subject is the patient.
      if (exact("nsubj:pass").length > 0 || !["conj", "advcl", "xcomp"].includes(w.deprel) || w.head === 0) return found(exact("nsubj:pass"));
      return found(tree.children(w.head, "nsubj"), `${w.deprel}>nsubj`) ?? inheritedSubject(tree, w.head, lightVerbs);
  }
  // `condanna il ricorso della Russia a…`: the one whose act is the object.
  if (arc === "obj>nmod:di") return isPassive ? undefined : found(exact("obj").flatMap((o) => tree.children(o, "nmod").filter((k) => tree.caseOf(k) === "di")));
  const [rel, prep] = arc.split(":") as [string, string];
  if (rel === "nmod") {
    const own = found(nominalModifiers(tree, id, prep));
    if (own || !["nsubj", "nsubj:pass"].includes(w.deprel)) return own;
    // `la fornitura di missili dall'Iran alla Russia preoccupa X`: a phrase between a subject noun and its verb, hung on the verb, is the noun's.
    return found(tree.children(w.head, "obl").filter((k) => k > id && k < w.head && tree.caseOf(k) === prep), `head>obl:${prep}`);
  }
  const direct = found(tree.children(id, "obl").filter((k) => tree.deprel(k) !== "obl:agent" && tree.caseOf(k) === prep));
  // `ha inviato soldati in Lettonia`, parsed with the destination under the object: the same argument.
  const patient = [...exact("obj"), ...exact("nsubj:pass"), ...bareObliques(tree, id)].flatMap((k) => [k, ...tree.conjuncts(k)]);
  return direct ?? found(patient.flatMap((o) => tree.children(o, "nmod").filter((k) => tree.caseOf(k) === prep)), `obj>nmod:${prep}`)
    // Deeper in what follows the verb (`ha ricevuto assistenza, forniture e supporto dalla Turchia`, the list misparsed).
    ?? found(nominalModifiers(tree, id, prep).filter((k) => k > id && patient.length > 0), `phrase>nmod:${prep}`);
}

/**
 * The mention a word stands for: one overlapping it, else the name in apposition below a
 * title, else, for a government noun, the country it belongs to (`il governo ceco`, `il governo di Minsk`).
 */
function mentionAt(tree: DependencyTree, id: number, placed: readonly PlacedMention[], governments: readonly string[], depth = 0): PlacedMention | undefined {
  const w = tree.word(id);
  if (w.start === undefined || w.end === undefined) return undefined;
  const own = mentionOverWord(tree, id, placed);
  if (own || depth > 0) return own;
  // `X, il consigliere di Y, che ha incontrato Z`: a title in apposition stands for the name it follows.
  if (w.deprel === "appos" && w.head > 0) {
    const named = mentionAt(tree, w.head, placed, governments, 1);
    if (named?.type === "Person") return named;
  }
  const government = governments.includes(w.lemma.toLowerCase());
  // `da parte di X`: the agent phrase's noun stands for its `di` owner.
  if (w.lemma.toLowerCase() === "parte") {
    const owner = tree.children(id, "nmod").find((k) => tree.caseOf(k) === "di");
    if (owner !== undefined) return mentionAt(tree, owner, placed, governments, depth + 1);
  }
  for (const k of tree.children(id)) {
    // `la ministra degli Esteri canadese X`: the name may hang under the title's own `di` phrase.
    if (tree.deprel(k) === "nmod" && tree.caseOf(k) === "di") {
      const inner = tree.children(k).filter((x) => NAME_DEPRELS.has(tree.deprel(x)) && tree.caseOf(x) === undefined && tree.word(x).upos === "PROPN");
      const named = inner.map((x) => mentionAt(tree, x, placed, governments, depth + 1)).find((m) => m?.type === "Person");
      if (named) return named;
    }
    const rel = tree.deprel(k);
    const name = NAME_DEPRELS.has(rel) && tree.caseOf(k) === undefined;
    const owner = government && (rel === "amod" || (rel === "nmod" && tree.caseOf(k) === "di"));
    if (name || owner) {
      const m = mentionAt(tree, k, placed, governments, depth + 1);
      if (m && (name || m.type === "Country" || m.type === "Place")) return m;
    }
  }
  return undefined;
}

interface Argument {
  key: string;
  arc: string;
}

/** `il premier spagnolo`, with no name under it: a role noun and a demonym, resolved by the article's people. */
function described(tree: DependencyTree, id: number, placed: readonly PlacedMention[], rules: TreeRules, coref?: SentenceCoref): Link | undefined {
  const w = tree.word(id);
  if (!coref || w.start === undefined || !rules.descriptions.includes(w.lemma.toLowerCase())) return undefined;
  const demonym = tree.children(id, "amod").map((k) => mentionAt(tree, k, placed, [], 1)).find((p) => p?.type === "Country");
  return demonym ? coref.describe(demonym.m.key, { start: w.start, end: w.end ?? w.start }, w.lemma.toLowerCase()) : undefined;
}

/** `lo ha accolto`: an object clitic, for the pronoun pass. */
function clitic(tree: DependencyTree, id: number, rules: TreeRules, coref?: SentenceCoref, exclude: readonly string[] = []): Link | undefined {
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

/** The first arc whose words (and their conjuncts) map to mentions of the right classes. */
function argument(tree: DependencyTree, trigger: number, arcs: readonly Arc[], types: readonly EntityType[], placed: readonly PlacedMention[], fit: ArgFit, rules: TreeRules, coref?: SentenceCoref, exclude: readonly string[] = []): Argument[] {
  const { lightVerbs, governments } = rules;
  const holders = [...rules.modality.planNouns, ...rules.modality.negatingNouns, ...rules.modality.reportingVerbs];
  let reachedAny = false;
  for (const arc of arcs) {
    const r = reach(tree, trigger, arc, lightVerbs, holders, rules.documents);
    if (!r) continue;
    reachedAny = true;
    // Coordinated words, and names coordinated below a plural title (`con i ministri X e Y`).
    const titled = (x: number) => tree.children(x).filter((k) => NAME_DEPRELS.has(tree.deprel(k)) && tree.caseOf(k) === undefined).flatMap((k) => tree.conjuncts(k));
    const found = [...new Set(r.words.flatMap((x) => [x, ...tree.conjuncts(x)]).flatMap((x) => [x, ...titled(x)]))].flatMap((x) => {
      const own = mentionAt(tree, x, placed, governments);
      const link = own ? undefined : described(tree, x, placed, rules, coref) ?? clitic(tree, x, rules, coref, exclude);
      const p = own ?? link?.mention;
      const key = p && !p.source ? fit(p, types) : undefined;
      return key ? [{ key, arc: link ? `${r.arc}(${link.pass})` : r.arc }] : [];
    });
    if (found.length > 0) return found.filter((a, i) => found.findIndex((b) => b.key === a.key) === i);
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
  const words = [...bare, ...p.theme.arcs.flatMap((arc) => reach(tree, trigger, arc, lightVerbs)?.words ?? [])];
  return words.flatMap((x) => [x, ...tree.conjuncts(x)]).some((x) => [...lemmasOf(s, tree, x)].some((l) => p.theme!.lemmas.includes(l)));
}

/** A reflexive clitic on the verb (`si sono incontrati`, `si sono stretti la mano`). */
function reflexive(tree: DependencyTree, id: number): boolean {
  return tree.children(id).some((k) => tree.word(k).lemma === "si" && ["expl", "expl:pv", "obj", "iobj"].includes(tree.deprel(k)));
}


export function treeFacts(s: Sentence, placed: readonly PlacedMention[], rules: TreeRules, fit: ArgFit, coref?: SentenceCoref): TreeFact[] {
  if (!s.syntax || s.syntax.words.length === 0) return [];
  const tree = treeOf(s.syntax);
  const out: TreeFact[] = [];
  for (const w of tree.words) {
    if (w.start === undefined || w.end === undefined) continue;
    const lemmas = lemmasOf(s, tree, w.id);
    for (const p of rules.patterns) {
      if (!p.upos.includes(w.upos) || !p.lemmas.some((l) => lemmas.has(l))) continue;
      if (p.unless?.some((c) => holds(s, tree, w.id, c)) || !themeHolds(s, tree, w.id, p, rules.lightVerbs)) continue;
      // A trigger in another sense (`sostenere che`, `affiancato da`) gives none of the predicates its veto names.
      if (rules.vetoes.some((v) => v.predicates.includes(p.predicate) && v.lemmas.some((l) => lemmas.has(l)) && v.when.some((c) => holds(s, tree, w.id, c)))) continue;
      const subjects = argument(tree, w.id, p.subject.arcs, p.subject.types, placed, fit, rules, coref);
      if (subjects.length === 0) continue;
      let objects = argument(tree, w.id, p.object.arcs, p.object.types, placed, fit, rules, coref, subjects.map((a) => a.key));
      // `X e Y si sono incontrati`: each subject is the other's object.
      if (objects.length === 0 && p.reciprocal && subjects.length > 1 && reflexive(tree, w.id)) objects = subjects.map((a) => ({ ...a, arc: `${a.arc}(si)` }));
      const modality = treeModality(s, tree, w.id, rules);
      for (const a of subjects) {
        for (const b of objects) {
          if (a.key === b.key) continue;
          out.push({ predicate: p.predicate, subject: a.key, object: b.key, ...(p.cameo ? { cameo: p.cameo } : {}), rule: `tree:${p.id} ${a.arc}+${b.arc}`, focus: { start: w.start, end: w.end }, modality });
        }
      }
    }
  }
  return out;
}

/**
 * True when a pattern for this predicate knows the word at token `i` as a trigger that needs a
 * theme, and the parse shows none (`ha definito la Bielorussia un partner`: no word of blame).
 */
export function themeMissing(s: Sentence, i: number, predicate: RelationPredicate, rules: TreeRules): boolean {
  if (!s.syntax) return false;
  const tree = treeOf(s.syntax);
  return tree.words.filter((w) => w.tokenIndex === i).some((w) => {
    const lemmas = lemmasOf(s, tree, w.id);
    const themed = rules.patterns.filter((p) => p.predicate === predicate && p.theme && p.upos.includes(w.upos) && p.lemmas.some((l) => lemmas.has(l)));
    return themed.length > 0 && !themed.some((p) => themeHolds(s, tree, w.id, p, rules.lightVerbs));
  });
}

/** True when the word at token `i` is a trigger used in another sense for this predicate (`sostiene che`). */
export function vetoed(s: Sentence, i: number, predicate: RelationPredicate, rules: TreeRules): boolean {
  if (!s.syntax) return false;
  const tree = treeOf(s.syntax);
  const words = tree.words.filter((w) => w.tokenIndex === i);
  return rules.vetoes.some((v) => v.predicates.includes(predicate) && words.some((w) =>
    [...lemmasOf(s, tree, w.id)].some((l) => v.lemmas.includes(l)) && v.when.some((c) => holds(s, tree, w.id, c))));
}
