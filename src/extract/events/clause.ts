// Participants and place an event gets from the clause around it: the subject of a
// participation verb (`X ha partecipato al vertice`, `X e Y hanno firmato a Roma il protocollo`),
// the agent of a host participle (`la conferenza, presieduta da X`), the people of a clause
// set at the event (`X ha incontrato Y a margine del congresso`), and the place a clause gives
// an event that is its subject (`si è chiusa a Roma la conferenza`).
import type { Sentence } from "../../types.ts";
import type { DependencyTree } from "../../syntax/tree.ts";
import { mentionOverWord, type PlacedMention } from "../relations/args.ts";
import { appositionsOf, companionsIn, companionsOf, strayConjuncts, verbThroughMedium } from "../relations/clause-repairs.ts";
import { mentionsOf, type AsPlace, type EventMention, type Role } from "./mentions.ts";
import type { EventContext } from "./rules.ts";
import { treeModality } from "../relations/tree-modality.ts";

const ACTOR = new Set(["Person", "Country", "Organization"]);
const RELATIVE = new Set(["che", "il quale", "quale"]);

/** What a relative clause hangs from; when the parser hung it from the verb (`è arrivato X, che …`), that verb's subject. */
function antecedentOf(tree: DependencyTree, clause: number): number {
  const head = tree.head(clause);
  return tree.word(head).upos === "VERB" ? (tree.children(head, "nsubj")[0] ?? head) : head;
}

/** The subject of a verb, or the one it shares with the verb it is coordinated with or controlled by. */
function subjectsOf(tree: DependencyTree, verb: number, placed: readonly PlacedMention[], ctx: EventContext): PlacedMention[] {
  for (let v = verb, steps = 0; v > 0 && steps < 3; v = tree.head(v), steps++) {
    const subj = tree.children(v, "nsubj").filter((k) => tree.deprel(k) === "nsubj")
      // `X, che ha incontrato Y`: the relative pronoun stands for the noun the clause hangs from.
      .map((k) => (tree.word(k).upos === "PRON" && RELATIVE.has(tree.word(k).lemma.toLowerCase()) && tree.deprel(v) === "acl:relcl" ? antecedentOf(tree, v) : k));
    if (subj.length > 0) return subj.flatMap((k) => mentionsOf(tree, k, placed, ctx.governments));
    if (!["conj", "xcomp"].includes(tree.deprel(v))) break;
  }
  return [];
}

/** Participle endings and the infinitive endings they come from (`presieduta` from `presiedere`, `organizzati` from `organizzare`). */
const PARTICIPLE_ENDINGS: ReadonlyArray<[RegExp, string]> = [[/at[oaie]$/, "are"], [/ut[oaie]$/, "ere"], [/it[oaie]$/, "ire"]];

/** The lemmas a verb may stand for: the parser's, the NLP stage's, and a participle's regular infinitives. */
export function lemmasOf(s: Sentence, tree: DependencyTree, id: number): string[] {
  const w = tree.word(id);
  const t = w.tokenIndex !== undefined ? s.tokens[w.tokenIndex] : undefined;
  const lemma = w.lemma.toLowerCase();
  // A participle the lemmatizer does not know keeps its form as lemma (`copresieduta`): the regular
  // infinitives it may come from are candidates, checked only against the closed verb lists.
  const guessed = w.feats.includes("VerbForm=Part") && lemma === w.form.toLowerCase()
    ? PARTICIPLE_ENDINGS.filter(([re]) => re.test(lemma)).map(([re, inf]) => lemma.replace(re, inf)) : [];
  return [lemma, ...(t ? [t.lemma] : []), ...guessed];
}

/** Gender and number agree, where both words carry them. */
function agrees(tree: DependencyTree, a: number, b: number): boolean {
  const f = (id: number, n: string) => tree.word(id).feats.split("|").find((x) => x.startsWith(`${n}=`));
  return ["Gender", "Number"].every((n) => !f(a, n) || !f(b, n) || f(a, n) === f(b, n));
}

/**
 * Participles on the event (`la conferenza, presieduta da X`), and one the parser hung on the
 * clause's verb as a conjunct (`X ha partecipato alla conferenza, copresieduta da Y e da Z`): bare
 * (no auxiliary, no subject), after the event, agreeing with the event noun and not with the verb's subject.
 */
function participlesOn(tree: DependencyTree, head: number, gov: number): number[] {
  // `la Conferenza X, il maggiore appuntamento del settore, organizzata da Y`: a participle on its apposition is on it.
  // In a name (`la Oslo Climate Conference`) the trigger may be a `flat` part: the name's first word carries its phrase.
  const name = /^flat/.test(tree.deprel(head)) ? tree.head(head) : head;
  const own = [...new Set([head, name, ...appositionsOf(tree, name)])].flatMap((k) => tree.children(k, "acl"));
  if (gov <= 0 || tree.word(gov).upos !== "VERB") return own;
  const subjects = tree.children(gov, "nsubj");
  // `si è aperto il vertice, organizzato da X`: when the event is the verb's subject, a participle agreeing with it is its own.
  const others = subjects.filter((x) => x !== head);
  const notTheSubjects = (k: number) => (others.length === 0 ? subjects.includes(head) : !others.every((x) => agrees(tree, x, k)));
  const stray = tree.children(gov, "conj").filter((k) => k > head && tree.word(k).feats.includes("VerbForm=Part")
    && tree.children(k, "aux").length === 0 && tree.children(k, "nsubj").length === 0 && tree.children(k, "nsubj:pass").length === 0
    && agrees(tree, head, k) && notTheSubjects(k));
  return [...own, ...stray];
}

/** A participle's agents (`da X`), with a `e da Y` the parser hung elsewhere, and those it acted together with (`insieme a Y`). */
function agentsOf(tree: DependencyTree, participle: number): number[] {
  const agents = tree.children(participle, "obl").filter((o) => tree.caseOf(o) === "da" || tree.deprel(o) === "obl:agent");
  if (agents.length === 0) return [];
  // `assieme a quello di X`, `insieme a quello svedese`: the pronoun repeats the agent's noun; what names it is below.
  const companions = companionsIn(tree, participle).flatMap((k) => (tree.word(k).lemma.toLowerCase() === "quello" ? tree.children(k).filter((x) => /^(nmod|amod)/.test(tree.deprel(x))) : [k]));
  return [...agents, ...agents.flatMap((a) => strayConjuncts(tree, a)), ...companions];
}

/** `padrone di casa`, `anfitrione`: a noun (with its `di` complement, if the phrase has one) naming the host. */
function isHostNoun(tree: DependencyTree, k: number, ctx: EventContext): boolean {
  const lemma = tree.word(k).lemma.toLowerCase();
  const complements = tree.children(k, "nmod").filter((c) => tree.caseOf(c) === "di").map((c) => `${lemma} di ${tree.word(c).lemma.toLowerCase()}`);
  return ctx.hostNouns.has(lemma) || complements.some((c) => ctx.hostNouns.has(c));
}

/**
 * Who a verb of taking part says took part: the passive's agent, else its subject (a post-verbal
 * subject the parser read as the object of an intransitive: `al forum è intervenuto X`), and
 * those it did so together with (`insieme al cancelliere X`).
 */
function takersOf(tree: DependencyTree, verb: number, placed: readonly PlacedMention[], ctx: EventContext, lemma: string): Role[] {
  const agent = tree.agentOf(verb);
  if (agent !== undefined) return actors(mentionsOf(tree, agent, placed, ctx.governments), `obl:agent<${lemma}`);
  let subjects = subjectsOf(tree, verb, placed, ctx);
  let via = `nsubj<${lemma}`;
  const essere = tree.children(verb, "aux").some((k) => tree.word(k).lemma === "essere") && tree.children(verb, "aux:pass").length === 0;
  if (subjects.length === 0 && essere && tree.children(verb, "nsubj").length === 0) {
    subjects = tree.children(verb, "obj").filter((k) => k > verb).flatMap((k) => mentionsOf(tree, k, placed, ctx.governments));
    via = `obj(post-verbal subject)<${lemma}`;
  }
  const companions = companionsOf(tree, verb, false).flatMap((k) => mentionsOf(tree, k, placed, ctx.governments));
  return [...actors(subjects, via), ...actors(companions, `companion<${lemma}`)];
}

/** `partecipare`, `prendere parte` read as `prendere` with `parte` as its object, or `cadere in` read with the event's preposition. */
function participates(s: Sentence, tree: DependencyTree, verb: number, ctx: EventContext, event: number): string | undefined {
  const prep = tree.caseOf(event);
  for (const l of lemmasOf(s, tree, verb)) {
    if (ctx.participationVerbs.has(l)) return l;
    if (prep && ctx.participationVerbs.has(`${l} ${prep}`)) return `${l} ${prep}`;
    const obj = tree.children(verb, "obj").map((k) => tree.word(k).lemma.toLowerCase());
    for (const o of obj) if (ctx.participationVerbs.has(`${l} ${o}`)) return `${l} ${o}`;
  }
  return undefined;
}

/**
 * `Nel maggio 2025, a X, i soldati …`: the parser hangs a place set off by commas on the time
 * phrase fronted before it; it is the clause's place, not the time's.
 */
function placesUnderFrontedTime(tree: DependencyTree, verb: number): number[] {
  return tree.children(verb, "obl").filter((o) => o < verb && tree.caseOf(o) !== undefined)
    .flatMap((o) => tree.children(o, "nmod").filter((k) => k < verb && tree.children(o, "punct").some((p) => p < k && p > o) && ["a", "in"].includes(tree.caseOf(k) ?? "")));
}

function actors(ps: PlacedMention[], via: string): Role[] {
  return ps.filter((p) => ACTOR.has(p.type)).map((p) => ({ p, via }));
}

/** The people and place the clause gives the event headed by `head`. */
export function clauseRoles(s: Sentence, tree: DependencyTree, ev: EventMention & { head: number }, placed: readonly PlacedMention[], ctx: EventContext, asPlace: AsPlace): { participants: Role[]; place?: Role; travellers: Role[]; year?: string } {
  const out: Role[] = [];
  const travellers: Role[] = [];
  let year: string | undefined;
  let place: Role | undefined;
  const head = ev.head;
  // `ha partecipato in presenza al vertice`: the event hung on a means-or-manner noun is the verb's oblique.
  const medium = verbThroughMedium(tree, head);
  const rel = medium !== undefined ? "obl" : tree.deprel(head);
  const gov = medium ?? tree.head(head);
  const govWord = gov > 0 ? tree.word(gov) : undefined;
  // `X ha partecipato al vertice`, `X ha lanciato l'operazione`; the agent when the verb is passive.
  // `X e Y hanno preso parte al vertice`: the event hangs on the object noun of a verb-and-noun phrase.
  // (`ha tenuto un discorso sul vertice` is about it, not at it.)
  const phrase = govWord?.upos === "NOUN" && rel.startsWith("nmod") && ["a", "di", "in"].includes(tree.caseOf(head) ?? "") && tree.deprel(gov) === "obj" && tree.word(tree.head(gov)).upos === "VERB" ? tree.head(gov) : undefined;
  const taker = phrase ?? (govWord && ["obj", "obl", "nsubj:pass"].includes(rel) && (govWord.upos === "VERB" || govWord.upos === "AUX") ? gov : undefined);
  if (taker !== undefined) {
    // In a phrase only the verb with that noun takes part (`ha aperto i lavori del vertice`, `ha preso la parola al vertice`), not the verb alone.
    const noun = tree.word(gov).lemma.toLowerCase();
    const verb = phrase !== undefined ? lemmasOf(s, tree, taker).map((l) => `${l} ${noun}`).find((l) => ctx.participationVerbs.has(l)) : participates(s, tree, taker, ctx, head);
    // `non ha partecipato`, `ha escluso di partecipare`: read as the tree patterns read them; only a told act takes part.
    if (verb && (!ctx.modality || treeModality(tree, taker, { modality: ctx.modality }) === "asserted")) {
      out.push(...takersOf(tree, taker, placed, ctx, verb));
    }
  }
  // `Tra i partecipanti al vertice c'erano X e Y`, `X è stato tra gli ospiti del vertice`: the subject of the clause that
  // counts someone among the event's attendees took part.
  if (govWord?.upos === "NOUN" && rel.startsWith("nmod") && ["a", "di"].includes(tree.caseOf(head) ?? "") && ctx.attendees.has(govWord.lemma.toLowerCase())
    && ["tra", "fra"].includes(tree.caseOf(gov) ?? "") && tree.deprel(gov) === "obl") {
    const clause = tree.head(gov);
    if (clause > 0 && !toldAsPossible(tree, clause) && (!ctx.modality || treeModality(tree, clause, { modality: ctx.modality }) === "asserted")) {
      out.push(...actors(subjectsOf(tree, clause, placed, ctx), `obl:${tree.caseOf(gov)}>${govWord.lemma.toLowerCase()}>nmod`));
    }
  }
  // `il vertice, a cui hanno partecipato X e Y`: a relative clause of taking part on the event.
  for (const k of tree.children(head).filter((c) => tree.deprel(c).startsWith("acl"))) {
    const relative = tree.children(k).some((c) => /^(obl|obj|iobj)/.test(tree.deprel(c)) && tree.word(c).upos === "PRON" && ["cui", "quale"].includes(tree.word(c).lemma.toLowerCase()));
    const verb = relative ? participates(s, tree, k, ctx, head) : undefined;
    if (verb && !toldAsPossible(tree, k) && (!ctx.modality || treeModality(tree, k, { modality: ctx.modality }) === "asserted")) out.push(...takersOf(tree, k, placed, ctx, `relcl:${verb}`));
  }
  // `X era presente al vertice`, `erano presenti alla cerimonia X e Y`: the subject of a predicate of presence was there.
  if (govWord?.upos === "ADJ" && rel === "obl" && ["a", "in"].includes(tree.caseOf(head) ?? "") && ctx.presentAt.has(govWord.lemma.toLowerCase())
    && !toldAsPossible(tree, gov) && !tree.children(gov, "cop").some((c) => /Tense=Fut|Mood=Cnd/.test(tree.word(c).feats)) && (!ctx.modality || treeModality(tree, gov, { modality: ctx.modality }) === "asserted")) {
    out.push(...actors(subjectsOf(tree, gov, placed, ctx), `nsubj<${govWord.lemma.toLowerCase()}`));
  }
  // `il vertice si è tenuto a X alla presenza di Y`: who the happening told by the clause was held before took part.
  if (govWord && (govWord.upos === "VERB" || govWord.upos === "AUX") && ["nsubj", "nsubj:pass"].includes(rel)) {
    for (const k of tree.children(gov, "obl")) {
      const c = tree.caseOf(k);
      if (!c || c === "in" || !ctx.presence.has(tree.word(k).lemma.toLowerCase())) continue;
      const owners = tree.children(k, "nmod").filter((o) => tree.caseOf(o) === "di");
      out.push(...actors(owners.flatMap((o) => mentionsOf(tree, o, placed, ctx.governments)), `obl:${c}>${tree.word(k).lemma.toLowerCase()}>nmod:di<${govWord.lemma}`));
    }
  }
  // `X e Y hanno firmato a Roma il protocollo`, `si è chiuso a Roma il vertice`: the clause's place is the event's.
  if (govWord && ["obj", "nsubj", "nsubj:pass", "obl"].includes(rel)) {
    for (const k of [...tree.children(gov, "obl"), ...placesUnderFrontedTime(tree, gov)]) {
      if (k === head || !["a", "in"].includes(tree.caseOf(k) ?? "")) continue;
      const p = mentionsOf(tree, k, placed, ctx.governments).map(asPlace).find((m) => m && (m.type === "Place" || ev.kind.frame !== "conflict"));
      if (p) { place = { p, via: `obl:${tree.caseOf(k)}<${tree.word(gov).lemma}` }; break; }
    }
  }
  // `la conferenza, presieduta da X e da Y`: the agent of a host participle on the event.
  for (const k of participlesOn(tree, head, gov)) {
    if (!lemmasOf(s, tree, k).some((l) => ctx.hostVerbs.has(l))) continue;
    out.push(...actors(agentsOf(tree, k).flatMap((a) => mentionsOf(tree, a, placed, ctx.governments)), `${tree.deprel(k)}:agent<${tree.word(k).lemma}`));
  }
  // `la visita effettuata a X dal ministro Y`: the one who carried the happening out took part in it, where the participle says.
  for (const k of tree.children(head, "acl")) {
    if (!lemmasOf(s, tree, k).some((l) => ctx.doerVerbs.has(l))) continue;
    const agents = tree.children(k, "obl").filter((o) => tree.caseOf(o) === "da" || tree.deprel(o) === "obl:agent");
    const doers = actors(agents.flatMap((a) => mentionsOf(tree, a, placed, ctx.governments)), `acl:doer<${tree.word(k).lemma}`);
    out.push(...doers);
    if (ev.kind.frame === "visit") travellers.push(...doers);
    // `compiuto nel 2011`: the participle dates the happening.
    for (const o of tree.children(k, "obl")) if (/^(1[89]|20)\d\d$/.test(tree.word(o).form)) year = tree.word(o).form;
    for (const o of tree.children(k, "obl")) {
      if (place || ev.place || !["a", "in"].includes(tree.caseOf(o) ?? "")) continue;
      const p = mentionsOf(tree, o, placed, ctx.governments).map(asPlace).find((m) => m?.type === "Place" || m?.type === "Country");
      if (p) place = { p, via: `acl:obl:${tree.caseOf(o)}<${tree.word(k).lemma}` };
    }
  }
  // `X, padrone di casa, ha giudicato il vertice…`: the host named in the clause that tells a gathering took part in it.
  if (ev.kind.frame !== "conflict" && ev.kind.frame !== "truce") {
    const clause = tree.clauseOf(head);
    for (const p of placed) {
      if (p.type === "Event" || p.type === "Treaty") continue;
      const word = tree.words.find((w) => w.start !== undefined && w.start >= p.m.start && w.start < p.m.end && !(tree.head(w.id) > 0 && mentionOverWord(tree, tree.head(w.id), placed) === p));
      const anchor = word ? (tree.deprel(word.id).startsWith("nmod") || /^flat/.test(tree.deprel(word.id)) ? tree.head(word.id) : word.id) : undefined;
      if (anchor === undefined || tree.clauseOf(anchor) !== clause) continue;
      const host = tree.children(anchor, "appos").find((k) => isHostNoun(tree, k, ctx));
      if (host !== undefined) out.push({ p, via: `appos<${tree.word(host).lemma.toLowerCase()}` });
    }
  }
  // `Al vertice di X, Y ha chiesto…`: a gathering fronted with `a`, before the verb and its subject, sets the clause there.
  const fronted = rel === "obl" && ev.kind.frame === "gathering" && tree.caseOf(head) === "a" && govWord?.upos === "VERB"
    && head < gov && tree.children(gov, "nsubj").every((k) => k > head) && tree.children(gov, "obl").every((k) => k >= head || tree.caseOf(k) === undefined);
  // `X ha incontrato Y a margine del congresso`, `durante la trasferta, X ha detto`: the clause's subject and object were there.
  // `In primavera, durante la visita a X, Y ha…`: the phrase may hang on a fronted time phrase rather than on the verb.
  const framing = rel === "obl" || (rel.startsWith("nmod") && govWord?.upos === "NOUN" && tree.deprel(gov) === "obl" && gov < tree.head(gov));
  const occasion = (rel.startsWith("nmod") || rel === "obl") && govWord && ctx.occasionNouns.has(govWord.lemma.toLowerCase()) ? gov
    : (framing && ctx.occasionCases.has(tree.caseOf(head) ?? "")) || fronted ? head : undefined;
  if (occasion !== undefined) {
    const clause = tree.clauseOf(occasion);
    // A fronted `Al vertice, X ha criticato Y` puts X there; Y may be far away (`a margine di` says both were).
    const framedOnly = fronted && !(framing && ctx.occasionCases.has(tree.caseOf(head) ?? ""));
    const objects = framedOnly ? [] : tree.children(clause, "obj").flatMap((k) => mentionsOf(tree, k, placed, ctx.governments)).filter((p) => p.type === "Person");
    const subjects = subjectsOf(tree, clause, placed, ctx);
    out.push(...actors([...subjects, ...objects], `occasion<${tree.word(clause).lemma}`));
    // `Durante la visita a X, Y ha firmato…`: a visit that names no traveller of its own is the clause subject's.
    if (ev.kind.frame === "visit") travellers.push(...actors(subjects, `occasion-traveller<${tree.word(clause).lemma}`).filter((r) => r.p.type === "Person"));
    // `Durante la visita a X, Y ha ricevuto garanzie da Z`, `… è stato accolto da Z`: one the traveller received from, or was with, was there.
    if (ev.kind.frame === "visit") {
      const hosts = tree.children(clause, "obl").filter((k) => k !== occasion && (tree.deprel(k) === "obl:agent" || ["da", "con"].includes(tree.caseOf(k) ?? "")));
      out.push(...actors(hosts.flatMap((k) => mentionsOf(tree, k, placed, ctx.governments)), `occasion-host<${tree.word(clause).lemma}`).filter((r) => r.p.type === "Person"));
    }
  }
  return { participants: out, travellers, ...(place ? { place } : {}), ...(year ? { year } : {}) };
}

/** Modal or conditional verbs, and the future: the clause tells what may or will happen (`X potrebbe recarsi a Y per una visita`). */
const MODALS = new Set(["potere", "dovere", "volere"]);

export function toldAsPossible(tree: DependencyTree, head: number): boolean {
  const clause = tree.clauseOf(head);
  if (clause === 0) return false;
  const chain = [clause, ...(["xcomp", "ccomp"].includes(tree.deprel(clause)) && tree.head(clause) > 0 ? [tree.head(clause)] : [])];
  return chain.some((v) => [v, ...tree.children(v, "aux")].some((x) => {
    const w = tree.word(x);
    const aux = x !== v && ["avere", "essere"].includes(w.lemma);
    return MODALS.has(w.lemma) || w.feats.includes("Tense=Fut") || (!aux && w.feats.includes("Mood=Cnd"));
  }));
}
