// Walking the labelled arcs from a trigger to its arguments' words: subjects shared over
// coordination, control, relative clauses, light verbs and framing phrases; passives told by
// their auxiliary, a bare participle or an agent; destinations and senders found where the
// parser may hang them. Each way of reaching a word has a name, which the fact's rule shows.
import type { DependencyTree } from "../../syntax/tree.ts";
import { ESSERE_VERBS } from "./args.ts";
import type { Arc } from "./tree-rules.ts";

/** Words reached by an arc, and the name of the way they were reached (for the evidence). */
export interface Reached {
  words: number[];
  arc: string;
}

const RELATIVE_PRONOUNS = new Set(["che", "quale", "cui"]);
/** Prepositions of a phrase that sets a clause during or after a happening (`durante la visita`). */
const OCCASION_CASES = new Set(["durante", "dopo", "prima"]);
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
  return (w.deprel === "conj" && !subject && byDa) || (w.deprel === "root" && byDa);
}

/** A noun the parser hung on the verb as an oblique with no preposition: a misread object or conjunct (`invierà operai e genieri`, `800 soldati sono stati trasferiti`). */
export function bareObliques(tree: DependencyTree, id: number): number[] {
  return tree.children(id, "obl").filter((k) => tree.deprel(k) === "obl" && tree.caseOf(k) === undefined && tree.word(k).upos === "NOUN");
}

/**
 * `X, che ha definito…` parsed as a clause coordinated with the main one: a relative pronoun
 * right after a comma stands for the noun or name right before that comma.
 */
function nounBeforeComma(tree: DependencyTree, pronoun: number): number | undefined {
  const comma = pronoun - 1;
  if (comma < 1 || tree.word(comma).form !== ",") return undefined;
  const before = comma - 1;
  return before >= 1 && ["NOUN", "PROPN"].includes(tree.word(before).upos) ? before : undefined;
}

/** A relative pronoun stands for the noun the relative clause hangs from. */
function antecedent(tree: DependencyTree, trigger: number, words: number[], documents: readonly string[] = []): number[] {
  return words.flatMap((x) => {
    const relative = tree.word(x).upos === "PRON" && RELATIVE_PRONOUNS.has(tree.word(x).lemma);
    if (relative && ["conj", "parataxis"].includes(tree.deprel(trigger))) {
      const noun = nounBeforeComma(tree, x);
      return noun === undefined ? [x] : [noun];
    }
    // The parser may label a relative clause on a noun plain `acl` (`X, che era stato ricevuto a Y`).
    const relativeClause = tree.deprel(trigger) === "acl:relcl" || (tree.deprel(trigger) === "acl" && tree.word(tree.head(trigger)).upos !== "VERB");
    if (!relative || !relativeClause) return [x];
    const head = tree.head(trigger);
    // `X ha approvato una risoluzione che condanna Y`: a text that acts stands for whoever adopted it.
    if (documents.includes(tree.word(head).lemma.toLowerCase()) && tree.deprel(head) === "obj") {
      const author = tree.children(tree.head(head), "nsubj").filter((k) => tree.deprel(k) === "nsubj");
      if (author.length > 0) return author;
    }
    if (tree.word(head).upos !== "VERB") return [head];
    // A relative clause hung on the verb (`è giunto X, consigliere di Y, che ha…`): the verb's last nominal argument before the pronoun.
    const nominal = tree.children(head).filter((k) => k < x && ["NOUN", "PROPN"].includes(tree.word(k).upos) && /^(nsubj|obj|obl)/.test(tree.deprel(k)));
    const arg = nominal.length > 0 ? nominal[nominal.length - 1]! : head;
    // `ha risposto alle parole del ministro X, che…`: a name right before the comma, deep in that
    // argument's modifiers, is the antecedent; one inside an apposition (`X, consigliere di Y, che`) is not.
    const name = nounBeforeComma(tree, x);
    if (name !== undefined && tree.word(name).upos === "PROPN" && arg !== head) {
      const path: number[] = [];
      for (let k = name; k !== arg && k > 0 && path.length < 6; k = tree.head(k)) path.push(k);
      if (path.length > 0 && path.every((k) => tree.head(k) > 0 && ["nmod", "flat", "flat:name"].includes(tree.deprel(k))) && tree.head(path.at(-1)!) === arg) return [name];
    }
    return [arg];
  });
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
      queue.push(k);
    }
  }
  return out;
}

/** Postposed adverbs of a time noun (`la settimana dopo`, `due mesi prima`) that the parser reads as a preposition. */
const TIME_ADVERBS = new Set(["dopo", "prima"]);

/**
 * A verb's subject: its own `nsubj`, or, when there is none, the noun the parser hung under a fronted time phrase
 * read with `dopo`/`prima` as its preposition (`La settimana dopo il ministro X era partito…`): an adverb right
 * after its time noun introduces nothing, so the noun after it is the clause's subject.
 */
export function verbSubjects(tree: DependencyTree, verb: number): number[] {
  const underTime = (o: number) => tree.children(o).filter((k) => k < verb && tree.deprel(k) === "nmod" && ["NOUN", "PROPN"].includes(tree.word(k).upos)
    && tree.children(k, "case").some((c) => c === o + 1 && TIME_ADVERBS.has(tree.word(c).lemma.toLowerCase())));
  const own = tree.children(verb, "nsubj").filter((k) => tree.deprel(k) === "nsubj");
  // `La settimana dopo il ministro X era arrivato`, with the time noun read as the subject.
  const repaired = own.flatMap((k) => { const u = underTime(k); return u.length > 0 ? u : [k]; });
  if (own.length > 0 || tree.word(verb).upos !== "VERB") return repaired;
  return tree.children(verb, "obl").filter((o) => o < verb && tree.word(o).upos === "NOUN" && tree.caseOf(o) === undefined).flatMap(underTime);
}

/** The subject a verb shares with the clause around it: its controller, its first conjunct, its antecedent. */
function inheritedSubject(tree: DependencyTree, id: number, lightVerbs: readonly string[], depth = 0, holders: readonly string[] = [], documents: readonly string[] = [], containers: readonly string[] = []): Reached | undefined {
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
  const infinitive = tree.word(id).feats.includes("VerbForm=Inf") || tree.children(id, "aux").some((k) => tree.word(k).feats.includes("VerbForm=Inf"));
  const via = (how: string, verb = head): Reached | undefined => {
    const own = verbSubjects(tree, verb);
    if (own.length > 0) return { words: antecedent(tree, verb, own, documents), arc: `${how}>nsubj` };
    const fronted = frontedSubject(tree, verb);
    if (fronted.length > 0) return { words: fronted, arc: `${how}>nsubj(fronted)` };
    const up = inheritedSubject(tree, verb, lightVerbs, depth + 1, holders, documents, containers);
    return up && { words: up.words, arc: `${how}>${up.arc}` };
  };
  // `ha annunciato a marzo di aver inviato`: the parser may hang a verb's `di` + infinitive on
  // a time or place phrase of that verb; the infinitive's subject is still the verb's.
  if (rel === "acl" && infinitive && tree.children(id, "mark").some((k) => tree.word(k).lemma === "di") && tree.deprel(head) === "obl" && tree.word(tree.head(head)).upos === "VERB") {
    return via("obl>acl", tree.head(head));
  }
  // `ha annunciato di aver inviato`, `ha deciso di inviare`: an infinitive complement is done by the
  // verb's subject, or by its object when it has one (`accusa X di aver inviato`, `convince X a inviare`).
  if ((rel === "xcomp" || rel === "ccomp") && infinitive && tree.children(id, "mark").some((k) => ["di", "a"].includes(tree.word(k).lemma))) {
    // `è diventato il primo ministro a mettere piede`: a verb like `diventare` takes a predicate, not an object.
    const obj = ESSERE_VERBS.has(tree.word(head).lemma.toLowerCase()) ? [] : tree.children(head, "obj").filter((k) => tree.deprel(k) === "obj");
    if (obj.length > 0) return { words: obj, arc: `${rel}>obj` };
    // `ha chiesto alla Germania di inviare`: or by the one asked or allowed, its indirect object.
    // A bare time word (`a marzo`) is no one asked: a name, or a noun with its article (`al governo`).
    const someone = (k: number) => tree.word(k).upos === "PROPN" || (tree.word(k).upos === "NOUN" && tree.children(k, "det").length > 0);
    const asked = tree.children(head).filter((k) => tree.deprel(k) === "iobj" || (tree.deprel(k) === "obl" && tree.caseOf(k) === "a" && someone(k) && k < id));
    return asked.length > 0 ? { words: asked, arc: `${rel}>iobj` } : via(rel);
  }
  if (rel === "xcomp") return via("xcomp");
  // `è volato a X per incontrare Y`: an infinitive of purpose shares its main verb's subject.
  if (rel === "advcl" && tree.word(id).feats.includes("VerbForm=Inf")) return via("advcl");
  // `X ha …, accusandolo di Y`: a gerund shares its own main verb's subject, when that verb has one (no further climbing).
  if (rel === "advcl" && tree.word(id).feats.includes("VerbForm=Ger")) {
    const own = verbSubjects(tree, head);
    return own.length > 0 ? { words: antecedent(tree, head, own, documents), arc: "advcl>nsubj" } : undefined;
  }
  if (rel === "conj" && tree.word(head).upos === "VERB") return via("conj");
  // `X è arrivato a Y: ha incontrato Z`: a clause after a colon or semicolon, with no subject of its own, goes on with the one before.
  if (rel === "parataxis" && tree.word(id).upos === "VERB" && tree.word(head).upos === "VERB") return via("parataxis");
  if (rel === "acl:relcl") return { words: [head], arc: "relcl" };
  // `ha varato un pacchetto di sanzioni`: a noun counted by a container noun is the container's.
  if (rel === "nmod" && tree.caseOf(id) === "di" && containers.includes(tree.word(head).lemma.toLowerCase())) {
    const up = inheritedSubject(tree, head, lightVerbs, depth + 1, holders, documents, containers);
    return up && { words: up.words, arc: `container>${up.arc}` };
  }
  if (rel === "obj" && lightVerbs.includes(tree.word(head).lemma)) return via("light");
  // `Durante la visita a X, Y ha firmato…`: a happening that frames the clause is its subject's.
  if (rel === "obl" && tree.word(id).upos === "NOUN" && OCCASION_CASES.has(tree.caseOf(id) ?? "")) return via("occasion");
  return undefined;
}

/**
 * `Sul fronte orientale, la Lituania ha…`: the parser may hang the subject that follows a
 * fronted phrase on that phrase, as its apposition; a verb with no subject of its own takes it back.
 */
export function frontedSubject(tree: DependencyTree, verb: number): number[] {
  if (tree.children(verb).some((k) => tree.deprel(k).startsWith("nsubj"))) return [];
  // `Il giorno 3 la Lituania ha…`: or as a bare modifier with its own article and no preposition.
  const misread = (k: number, a: number) => tree.deprel(a) === "appos" || (tree.deprel(a) === "nmod" && tree.caseOf(a) === undefined && tree.children(a, "det").length > 0 && a > k);
  return tree.children(verb, "obl").filter((k) => k < verb).flatMap((k) => tree.children(k).filter((a) => a < verb && tree.word(a).upos === "PROPN" && misread(k, a)));
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

export function reach(tree: DependencyTree, id: number, arc: Arc, lightVerbs: readonly string[], holders: readonly string[] = [], documents: readonly string[] = [], containers: readonly string[] = []): Reached | undefined {
  const w = tree.word(id);
  const verb = w.upos !== "NOUN";
  const isPassive = verb && passive(tree, id);
  const exact = (rel: string) => tree.children(id, rel).filter((k) => tree.deprel(k) === rel);
  const found = (words: number[], name = arc): Reached | undefined => (words.length > 0 ? { words: antecedent(tree, id, words, documents), arc: name } : undefined);
  switch (arc) {
    case "nsubj": {
      if (isPassive) return undefined;
      if (objectReadAsSubject(tree, id).length > 0) return found(subjectCoordinatedWithFrontedPhrase(tree, id), "nsubj(after-fronted-phrase)");
      const own = exact("nsubj");
      const inherited = () => inheritedSubject(tree, id, lightVerbs, 0, holders, documents, containers);
      if (!verb) return inherited();
      if (own.length === 0 && w.deprel === "acl" && w.feats.includes("VerbForm=Part") && tree.children(id, "aux").length === 0) return found([w.head], "acl>head");
      const subjects = verbSubjects(tree, id);
      if (own.length > 0) return found(subjects, subjects.every((k) => own.includes(k)) ? arc : "nsubj(after-time-phrase)");
      return found(subjects, "nsubj(after-time-phrase)") ?? found(frontedSubject(tree, id), "nsubj(fronted)") ?? inherited();
    }
    case "obj":
      return isPassive ? undefined : found(exact("obj")) ?? found(objectReadAsSubject(tree, id), "obj(post-verbal)");
    case "iobj":
      return found(exact("iobj"));
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
      if (exact("nsubj:pass").length > 0 || !["conj", "advcl", "xcomp"].includes(w.deprel) || w.head === 0) return found(exact("nsubj:pass")) ?? found(verbSubjects(tree, id), "nsubj:pass(after-time-phrase)");
      return found(verbSubjects(tree, id), "nsubj:pass(after-time-phrase)") ?? found(verbSubjects(tree, w.head), `${w.deprel}>nsubj`) ?? inheritedSubject(tree, w.head, lightVerbs);
  }
  // `condanna il ricorso della Russia a…`: the one whose act is the object.
  // `per X la condotta di Y è inaccettabile`: the owner of what a predicate noun or adjective describes.
  if (arc === "appos>nmod:di") {
    const described = reach(tree, id, "appos", lightVerbs);
    return described && found(described.words.flatMap((o) => tree.children(o, "nmod").filter((k) => tree.caseOf(k) === "di")), `${described.arc}>nmod:di`);
  }
  // `le truppe etiopi combattono contro X`: a demonym on the subject noun names the country that acts.
  if (arc === "nsubj>amod") return verb && !isPassive ? found(exact("nsubj").flatMap((k) => tree.children(k, "amod"))) : undefined;
  // `si è schierata al fianco di X`, `sta dalla parte di X`: the owner of the side one stands on.
  const side = /^obl:([a-zà-ù]+)>nmod:di$/.exec(arc);
  if (side) {
    const obl = tree.children(id, "obl").filter((k) => tree.deprel(k) !== "obl:agent" && tree.caseOf(k) === side[1]);
    return found(obl.flatMap((o) => tree.children(o, "nmod").filter((k) => tree.caseOf(k) === "di")));
  }
  if (arc === "obj>nmod:di") return isPassive ? undefined : found(exact("obj").flatMap((o) => tree.children(o, "nmod").filter((k) => tree.caseOf(k) === "di")));
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
    if (own || !["nsubj", "nsubj:pass"].includes(w.deprel)) return own;
    // `la fornitura di missili dall'Iran alla Russia preoccupa X`: a phrase between a subject noun and its verb, hung on the verb, is the noun's.
    return found(tree.children(w.head, "obl").filter((k) => k > id && k < w.head && tree.caseOf(k) === prep), `head>obl:${prep}`);
  }
  const direct = found(tree.children(id, "obl").filter((k) => tree.deprel(k) !== "obl:agent" && tree.caseOf(k) === prep));
  // `ha inviato soldati in Lettonia`, parsed with the destination under the object: the same argument.
  const patient = [...exact("obj"), ...exact("nsubj:pass"), ...bareObliques(tree, id)].flatMap((k) => [k, ...tree.conjuncts(k)]);
  return direct ?? found(patient.flatMap((o) => tree.children(o, "nmod").filter((k) => tree.caseOf(k) === prep)), `obj>nmod:${prep}`)
    // Deeper in what follows the verb (`ha ricevuto assistenza, forniture e supporto dalla Turchia`, the list misparsed).
    ?? found(nominalModifiers(tree, id, prep, true).filter((k) => k > id && patient.length > 0), `phrase>nmod:${prep}`);
}
