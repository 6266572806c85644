// Walking the labelled arcs from a trigger to its arguments' words: subjects shared over
// coordination, control, relative clauses, light verbs and framing phrases; passives told by
// their auxiliary, a bare participle or an agent; destinations and senders found where the
// parser may hang them. Each way of reaching a word has a name, which the fact's rule shows.
import type { DependencyTree } from "../../syntax/tree.ts";
import { ESSERE_VERBS } from "./args.ts";
import type { Arc } from "./tree-rules.ts";
import { companionsOf, mediumPhrases, objectOnFinalStop, oblOnFinalStop, obliqueRelativeSubjects, quotedObjectVerb } from "./clause-repairs.ts";
import { antecedent, frontedSubject, inheritedSubject, nounBeforeComma, underFrontedTime, verbSubjects } from "./tree-subjects.ts";

// Callers read a verb's subjects through here too.
export { frontedSubject, verbSubjects } from "./tree-subjects.ts";

/** Words reached by an arc, and the name of the way they were reached (for the evidence). */
export interface Reached {
  words: number[];
  arc: string;
}

/** Relations that open another clause: a noun's arguments are not looked for below them. */
const CLAUSAL = new Set(["acl", "acl:relcl", "advcl", "ccomp", "xcomp", "csubj", "parataxis", "conj"]);
/**
 * A bare participle modifying a noun (`le truppe inviate in X`) or fronted before the main
 * clause (`Ricevuto dal ministro, X ha…`) is passive too, its patient the noun or the main subject.
 */
export function passive(tree: DependencyTree, id: number): boolean {
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
  // A headline's bare participle with no auxiliary (`X definito un «parassita»`) is passive: X is the one so called.
  return (w.deprel === "conj" && !subject && byDa) || w.deprel === "root";
}

/** A noun the parser hung on the verb as an oblique with no preposition: a misread object or conjunct (`invierà operai e genieri`, `800 soldati sono stati trasferiti`). */
export function bareObliques(tree: DependencyTree, id: number): number[] {
  return tree.children(id, "obl").filter((k) => tree.deprel(k) === "obl" && tree.caseOf(k) === undefined && tree.word(k).upos === "NOUN");
}

/**
 * `nei confronti di Y` is one preposition, `verso Y`, though the parser reads `confronti` as a noun
 * with its own `di` phrase: asked for `verso`, a `nei confronti` phrase gives its `di` phrase.
 */
function towards(tree: DependencyTree, k: number, prep: string): number[] {
  if (prep !== "verso" || tree.caseOf(k) !== "in" || tree.word(k).lemma.toLowerCase() !== "confronto") return [];
  return tree.children(k, "nmod").filter((x) => tree.caseOf(x) === "di");
}

/**
 * Modifiers introduced by `prep` anywhere in a noun's phrase, nearest first, not inside another
 * clause. With `listed`, through coordinated nouns too (`assistenza, forniture e supporto da X`).
 */
export function nominalModifiers(tree: DependencyTree, noun: number, prep: string, listed = false): number[] {
  const out: number[] = [];
  const queue = [noun];
  while (queue.length > 0) {
    const x = queue.shift()!;
    for (const k of tree.children(x)) {
      const nounConj = listed && tree.deprel(k) === "conj" && ["NOUN", "PROPN"].includes(tree.word(k).upos);
      if (CLAUSAL.has(tree.deprel(k)) && !nounConj) continue;
      if (tree.deprel(k).startsWith("nmod") && tree.caseOf(k) === prep) out.push(k);
      if (tree.deprel(k).startsWith("nmod")) out.push(...towards(tree, k, prep));
      queue.push(k);
    }
  }
  return out;
}

/**
 * `A Parigi, X ha incontrato Y`, read with X coordinated to the fronted place and Y as subject: a name hung as a
 * conjunct with no conjunction on a phrase before the verb is the verb's subject (coordination needs `e`/`o`).
 */
function subjectCoordinatedWithFrontedPhrase(tree: DependencyTree, id: number): number[] {
  return tree.children(id, "obl").filter((o) => o < id).flatMap((o) => tree.children(o, "conj"))
    .filter((k) => k < id && tree.word(k).upos === "PROPN" && tree.children(k, "cc").length === 0);
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

/** The subject of a predicate noun (`X è il primo leader …`): what the noun is said of. */
function predicateSubjects(tree: DependencyTree, noun: number): number[] {
  if (tree.children(noun, "cop").length > 0) return tree.children(noun, "nsubj");
  // The parser may make the copula the verb and the predicate its object (`era stata` → `leader`).
  const verb = tree.head(noun);
  return tree.deprel(noun) === "obj" && verb > 0 && ["essere", "diventare"].includes(tree.word(verb).lemma.toLowerCase()) ? tree.children(verb, "nsubj") : [];
}

/** An infinitive complement (`di aver discusso`, `di incontrare`) of the verb above it. */
function infinitiveComplement(tree: DependencyTree, id: number): boolean {
  return ["xcomp", "ccomp"].includes(tree.deprel(id)) && [id, ...tree.children(id, "aux")].some((k) => tree.word(k).feats.includes("VerbForm=Inf"));
}

/**
 * `una mossa che X ha definito «grave»`, with `che` read as a conjunction: a transitive verb with no object
 * (or only an adjective there) whose `che` follows a noun right away has that noun as its object (the relative pronoun, misread).
 */
function relativeReadAsMark(tree: DependencyTree, id: number): number[] {
  // An adjective read as the object (`ha definito «altamente provocatoria»`) is the predicate, not the object.
  if (tree.word(id).upos !== "VERB" || tree.children(id, "obj").some((k) => tree.word(k).upos !== "ADJ")) return [];
  const che = tree.children(id, "mark").find((k) => tree.word(k).lemma === "che");
  return che !== undefined && che > 1 && tree.word(che - 1).upos === "NOUN" ? [che - 1] : [];
}

/**
 * `La Grecia critica la Turchia`, `condanna`, `denuncia`: a present tense spelled like a noun, tagged as
 * one; a noun never takes a direct object, so a "noun" with one is the verb.
 */
export function verbReadAsNoun(tree: DependencyTree, id: number): boolean {
  return tree.word(id).upos === "NOUN" && tree.children(id, "obj").some((k) => tree.deprel(k) === "obj");
}

export function reach(tree: DependencyTree, id: number, arc: Arc, lightVerbs: readonly string[], holders: readonly string[] = [], documents: readonly string[] = [], containers: readonly string[] = []): Reached | undefined {
  const w = tree.word(id);
  const verb = w.upos !== "NOUN" || verbReadAsNoun(tree, id);
  const isPassive = verb && passive(tree, id);
  const exact = (rel: string) => tree.children(id, rel).filter((k) => tree.deprel(k) === rel);
  const found = (words: number[], name = arc): Reached | undefined => (words.length > 0 ? { words: antecedent(tree, id, words, documents), arc: name } : undefined);
  switch (arc) {
    case "nsubj": {
      if (isPassive) return undefined;
      // `X è volato a Y e ha incontrato Z`: with the post-verbal name read as the object, a conjunct's subject is its first verb's.
      if (objectReadAsSubject(tree, id).length > 0) return found(subjectCoordinatedWithFrontedPhrase(tree, id), "nsubj(after-fronted-phrase)") 
        // `Il giorno prima X aveva incontrato il ministro Y`: X hung under the time phrase, Y read as the subject.
        ?? found(underFrontedTime(tree, id), "nsubj(under-time-phrase)")
        ?? (w.deprel === "conj" ? inheritedSubject(tree, id, lightVerbs, 0, holders, documents, containers) : undefined);
      const own = exact("nsubj");
      // `a X, dove ha incontrato Y`: the relative clause goes on with its main clause's subject.
      const relative = verb ? found(obliqueRelativeSubjects(tree, id), "relcl(oblique)>nsubj") : undefined;
      if (relative) return relative;
      const inherited = () => inheritedSubject(tree, id, lightVerbs, 0, holders, documents, containers);
      if (!verb) return inherited();
      if (own.length === 0 && w.deprel === "acl" && w.feats.includes("VerbForm=Part") && tree.children(id, "aux").length === 0) return found([w.head], "acl>head");
      const subjects = verbSubjects(tree, id);
      if (own.length > 0) return found(subjects, subjects.every((k) => own.includes(k)) ? arc : "nsubj(after-time-phrase)");
      return found(subjects, "nsubj(after-time-phrase)") ?? found(frontedSubject(tree, id), "nsubj(fronted)") ?? inherited();
    }
    case "obj":
      return isPassive ? undefined : found(relativeReadAsMark(tree, id), "obj(che-after-noun)") ?? found(exact("obj")) ?? found(objectReadAsSubject(tree, id), "obj(post-verbal)") ?? (verb ? found(objectOnFinalStop(tree, id), "obj(on-final-stop)") : undefined);
    case "iobj":
      return found(exact("iobj"));
    case "companion":
      return verb ? found(companionsOf(tree, id, infinitiveComplement(tree, id))) : undefined;
    case "appos":
      // `X, storico alleato di Y`, `X è il primo fornitore di armi di Y`: the one an agent noun describes.
      if (w.upos === "VERB") return undefined;
      if (w.deprel === "appos" && w.head > 0) return found([w.head]);
      // `X, tra i sostenitori di Y`: a `tra` phrase set off by a comma describes the name before it.
      if (["tra", "fra"].includes(tree.caseOf(id) ?? "")) {
        const described = nounBeforeComma(tree, tree.subtree(id)[0]!);
        return described === undefined ? undefined : found([described], "tra>before-comma");
      }
      return tree.children(id, "cop").length > 0 ? found(exact("nsubj"), "cop>nsubj") : undefined;
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
    case "nsubj:pass": {
      if (!isPassive) return undefined;
      // `un viaggio, nel corso del quale fu accolto da Y`: the relative clause goes on with its main clause's subject.
      const relative = found(obliqueRelativeSubjects(tree, id), "relcl(oblique)>nsubj");
      if (relative) return relative;
      // A bare participle whose patient the parser labelled its subject (`X, accusata da Y, …`, `X ricevuto da Y`).
      if (exact("nsubj:pass").length === 0 && exact("nsubj").length > 0 && tree.children(id, "aux").length === 0) return found(exact("nsubj"), "nsubj(patient)");
      // `X è stato il primo ospite accolto a Y`: on a predicate noun, the one the copula says it of.
      if (w.deprel === "acl") return found(exact("nsubj:pass")) ?? found(predicateSubjects(tree, w.head), "acl>head>cop>nsubj") ?? found([w.head], "acl>head");
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
      if (exact("nsubj:pass").length > 0 || !["conj", "advcl", "xcomp"].includes(w.deprel) || w.head === 0) return found(exact("nsubj:pass")) ?? found(verbSubjects(tree, id), "nsubj:pass(after-time-phrase)");
      return found(verbSubjects(tree, id), "nsubj:pass(after-time-phrase)") ?? found(verbSubjects(tree, w.head), `${w.deprel}>nsubj`) ?? inheritedSubject(tree, w.head, lightVerbs);
    }
  }
  // `condanna il ricorso della Russia a…`: the one whose act is the object.
  // `per X la condotta di Y è inaccettabile`: the owner of what a predicate noun or adjective describes.
  if (arc === "appos>nmod:di") {
    const described = reach(tree, id, "appos", lightVerbs);
    return described && found(described.words.flatMap((o) => tree.children(o, "nmod").filter((k) => tree.caseOf(k) === "di")), `${described.arc}>nmod:di`);
  }
  // `X ha detto che la condotta di Y è inaccettabile`: a judgement in a `che` clause is held by the one who says it.
  if (arc === "ccomp>nsubj") {
    if (w.deprel !== "ccomp" || tree.word(w.head).upos !== "VERB") return undefined;
    return found(verbSubjects(tree, w.head), "ccomp>nsubj") ?? inheritedSubject(tree, w.head, lightVerbs);
  }
  // `X: «Y è una minaccia»`: a name set before the colon that opens the quote holding the trigger is who says it.
  if (arc === "speaker") {
    const clause = w.deprel === "conj" ? w.head : id;
    return found(tree.children(clause, "parataxis").filter((k) => k < id && tree.children(k, "punct").some((p) => tree.word(p).form === ":")), "speaker(colon)");
  }
  // `le truppe etiopi combattono contro X`: a demonym on the subject noun names the country that acts.
  if (arc === "nsubj>amod") return verb && !isPassive ? found(exact("nsubj").flatMap((k) => tree.children(k, "amod"))) : undefined;
  // `si è schierata al fianco di X`, `sta dalla parte di X`: the owner of the side one stands on.
  const side = /^obl:([a-zà-ù]+)>nmod:di$/.exec(arc);
  if (side) {
    const obl = tree.children(id, "obl").filter((k) => tree.deprel(k) !== "obl:agent" && tree.caseOf(k) === side[1]);
    return found(obl.flatMap((o) => tree.children(o, "nmod").filter((k) => tree.caseOf(k) === "di")));
  }
  // `preoccupazione per le manovre della Russia`, `per le manovre russe`: the doer of the act a noun's phrase names.
  const owned = /^nmod:([a-zà-ù]+)>(nmod:di|amod)$/.exec(arc);
  if (owned) {
    const phrase = reach(tree, id, `nmod:${owned[1]}`, lightVerbs);
    const below = (o: number) => owned[2] === "amod" ? tree.children(o, "amod") : tree.children(o, "nmod").filter((k) => tree.caseOf(k) === "di");
    return phrase && found(phrase.words.flatMap(below), `${phrase.arc}>${owned[2]}`);
  }
  if (arc === "obj>nmod:di") return isPassive ? undefined : found(exact("obj").flatMap((o) => tree.children(o, "nmod").filter((k) => tree.caseOf(k) === "di")));
  // `le accuse di Y sono state respinte da X`: the owner of a passive verb's patient.
  if (arc === "nsubj:pass>nmod:di") {
    const patient = reach(tree, id, "nsubj:pass", lightVerbs);
    return patient && found(patient.words.flatMap((o) => tree.children(o, "nmod").filter((k) => tree.caseOf(k) === "di")), `${patient.arc}>nmod:di`);
  }
  const [rel, prep] = arc.split(":") as [string, string];
  if (rel === "nmod") {
    const own = found(nominalModifiers(tree, id, prep));
    // `ha espresso a X la sua preoccupazione`, `ha avuto colloqui con X`: the parser hangs the noun's phrase on its light verb;
    // on any other verb, a phrase right after the noun may be the noun's (`ha ridotto la presenza militare di X in Y`).
    if (!own && w.deprel === "obj") {
      const light = lightVerbs.includes(tree.word(w.head).lemma);
      const onVerb = tree.children(w.head).filter((k) => (light || k > id) && ((tree.deprel(k) === "obl" && tree.caseOf(k) === prep) || (light && prep === "a" && tree.deprel(k) === "iobj")));
      return found(onVerb, `${light ? "light" : "verb"}>obl:${prep}`);
    }
    // `la vendita e l'uso di mine da parte di X nel conflitto`: a modifier after the last conjunct hangs on the first, and is shared by all.
    if (!own && w.deprel === "conj" && w.upos === "NOUN") {
      let first = w.head;
      for (let hops = 0; tree.deprel(first) === "conj" && hops < 4; hops++) first = tree.head(first);
      const shared = found(tree.children(first).filter((k) => k > id && tree.deprel(k).startsWith("nmod") && tree.caseOf(k) === prep), `conj>shared:nmod:${prep}`);
      if (shared) return shared;
    }
    // `ha trasmesso a X «le proprie preoccupazioni»`: the dative the parser hung the quoted object on.
    if (!own && prep === "a" && quotedObjectVerb(tree, id, lightVerbs) !== undefined) return found([w.head], "quoted-object>dative");
    if (own || !["nsubj", "nsubj:pass"].includes(w.deprel)) return own;
    // `la fornitura di missili dall'Iran alla Russia preoccupa X`: a phrase between a subject noun and its verb, hung on the verb, is the noun's.
    return found(tree.children(w.head, "obl").filter((k) => k > id && k < w.head && tree.caseOf(k) === prep), `head>obl:${prep}`);
  }
  const obliques = tree.children(id, "obl").filter((k) => tree.deprel(k) !== "obl:agent");
  const direct = found([...obliques.filter((k) => tree.caseOf(k) === prep), ...obliques.flatMap((k) => towards(tree, k, prep))])
    ?? (verb ? found(mediumPhrases(tree, id, prep), `obl(medium)>nmod:${prep}`) : undefined)
    // `ha detto di aver discusso, insieme a X, con Y`: a phrase after an infinitive complement, hung on the verb above it, is the infinitive's.
    ?? (verb && infinitiveComplement(tree, id)
      ? found(tree.children(w.head, "obl").filter((k) => k > id && tree.deprel(k) !== "obl:agent" && tree.caseOf(k) === prep), `head>obl:${prep}(after-infinitive)`) : undefined)
    ?? (verb ? found(oblOnFinalStop(tree, id, prep), `obl:${prep}(on-final-stop)`) : undefined);
  // `ha inviato soldati in Lettonia`, parsed with the destination under the object: the same argument.
  const patient = [...exact("obj"), ...exact("nsubj:pass"), ...bareObliques(tree, id)].flatMap((k) => [k, ...tree.conjuncts(k)]);
  return direct ?? found(patient.flatMap((o) => tree.children(o, "nmod").filter((k) => tree.caseOf(k) === prep)), `obj>nmod:${prep}`)
    // Deeper in what follows the verb (`ha ricevuto assistenza, forniture e supporto dalla Turchia`, the list misparsed).
    ?? found(nominalModifiers(tree, id, prep, true).filter((k) => k > id && patient.length > 0), `phrase>nmod:${prep}`);
}
