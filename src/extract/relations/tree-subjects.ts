// Whose clause it is: a verb's own subject, and the subject it shares with the clause around
// it (its controller, its first conjunct, a relative pronoun's antecedent, a light verb, a
// framing phrase). Split from tree-arcs.ts, which walks the other arcs and calls these.
import type { DependencyTree } from "../../syntax/tree.ts";
import { ESSERE_VERBS } from "./args.ts";
import type { Reached } from "./tree-arcs.ts";
import { frontedParticipleSubject, quotedObjectVerb } from "./clause-repairs.ts";

const RELATIVE_PRONOUNS = new Set(["che", "quale", "cui"]);
/** Prepositions of a phrase that sets a clause during or after a happening (`durante la visita`). */
const OCCASION_CASES = new Set(["durante", "dopo", "prima"]);

/**
 * `X, che ha definito…` parsed as a clause coordinated with the main one: a relative pronoun
 * right after a comma stands for the noun or name right before that comma.
 */
export function nounBeforeComma(tree: DependencyTree, pronoun: number): number | undefined {
  const comma = pronoun - 1;
  if (comma < 1 || tree.word(comma).form !== ",") return undefined;
  const before = comma - 1;
  return before >= 1 && ["NOUN", "PROPN"].includes(tree.word(before).upos) ? before : undefined;
}

/** A relative pronoun stands for the noun the relative clause hangs from. */
export function antecedent(tree: DependencyTree, trigger: number, words: number[], documents: readonly string[] = []): number[] {
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
  const fronted = underFrontedTime(tree, verb);
  return fronted.length > 0 ? fronted : strandedSubject(tree, verb);
}

/**
 * `X ha chiuso il confine, e il premier Z ha condannato Y`: the parser may make the second clause's subject a
 * conjunct of the first verb beside the second; a nominal conjunct right before a subjectless conjunct verb
 * (only auxiliaries, adverbs or punctuation between) is that verb's subject.
 */
function strandedSubject(tree: DependencyTree, verb: number): number[] {
  const head = tree.head(verb);
  if (tree.deprel(verb) !== "conj" || head <= 0) return [];
  const between = (k: number) => tree.words.filter((w) => w.id > (tree.subtree(k).at(-1) ?? k) && w.id < verb);
  return tree.children(head, "conj").filter((k) => k < verb && ["NOUN", "PROPN"].includes(tree.word(k).upos)
    && between(k).every((w) => ["AUX", "ADV", "PUNCT"].includes(w.upos))).slice(-1);
}

/** `Il giorno prima X aveva incontrato …`, with X hung under the fronted time phrase (`giorno` ← `prima X`): the names there. */
export function underFrontedTime(tree: DependencyTree, verb: number): number[] {
  return tree.children(verb, "obl").filter((o) => o < verb && tree.word(o).upos === "NOUN" && tree.caseOf(o) === undefined)
    .flatMap((o) => tree.children(o).filter((k) => k < verb && tree.deprel(k) === "nmod" && ["NOUN", "PROPN"].includes(tree.word(k).upos)
      && tree.children(k, "case").some((c) => c === o + 1 && TIME_ADVERBS.has(tree.word(c).lemma.toLowerCase()))));
}

/** The subject a verb shares with the clause around it: its controller, its first conjunct, its antecedent. */
export function inheritedSubject(tree: DependencyTree, id: number, lightVerbs: readonly string[], depth = 0, holders: readonly string[] = [], documents: readonly string[] = [], containers: readonly string[] = []): Reached | undefined {
  if (depth > 3) return undefined;
  const rel = tree.deprel(id);
  const head = tree.head(id);
  if (head === 0) return frontedParticipleSubject(tree, id);
  // `X, per bocca del portavoce Y, lo ha accusato…`: a clause with a finite auxiliary hung on a noun as a plain `acl`, with no
  // relative pronoun, is no modifier but the noun's own predicate, misread: the noun is its subject.
  const finite = tree.children(id, "aux").some((k) => tree.word(k).feats.includes("VerbForm=Fin"));
  if (rel === "acl" && finite && ["NOUN", "PROPN"].includes(tree.word(head).upos) && !tree.children(id).some((k) => RELATIVE_PRONOUNS.has(tree.word(k).lemma) && tree.word(k).upos === "PRON")) {
    return { words: [head], arc: "acl(finite)>head" };
  }
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
    // `X non riconosce Y, e il ministro Z ha raddoppiato la taglia, accusandolo…`: the parser hangs a
    // trailing gerund on the first clause; it goes with the nearest clause before it that has a subject.
    const nearer = tree.children(head, "conj").filter((k) => k < id && tree.word(k).upos === "VERB" && verbSubjects(tree, k).length > 0).at(-1);
    if (nearer !== undefined) return { words: antecedent(tree, nearer, verbSubjects(tree, nearer), documents), arc: "advcl>conj>nsubj" };
    const own = verbSubjects(tree, head);
    return own.length > 0 ? { words: antecedent(tree, head, own, documents), arc: "advcl>nsubj" } : undefined;
  }
  // `Arrivato a X, il ministro Y è stato accolto…`: a fronted participle of motion shares the main clause's subject.
  const participle = frontedParticipleSubject(tree, id);
  if (participle) return participle;
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
  // `ha trasmesso a X «le proprie preoccupazioni»`: a quoted object the parser hung on the dative.
  const quoted = quotedObjectVerb(tree, id, lightVerbs);
  if (quoted !== undefined) return via("quoted-object", quoted);
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
