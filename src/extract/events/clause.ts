// Participants and place an event gets from the clause around it: the subject of a
// participation verb (`X ha partecipato al vertice`, `X e Y hanno firmato a Roma il protocollo`),
// the agent of a host participle (`la conferenza, presieduta da X`), the people of a clause
// set at the event (`X ha incontrato Y a margine del congresso`), and the place a clause gives
// an event that is its subject (`si è chiusa a Roma la conferenza`).
import type { Sentence } from "../../types.ts";
import type { DependencyTree } from "../../syntax/tree.ts";
import type { PlacedMention } from "../relations/args.ts";
import { mentionsOf, type AsPlace, type EventMention, type Role } from "./mentions.ts";
import type { EventContext } from "./rules.ts";

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

function lemmasOf(s: Sentence, tree: DependencyTree, id: number): string[] {
  const w = tree.word(id);
  const t = w.tokenIndex !== undefined ? s.tokens[w.tokenIndex] : undefined;
  return [w.lemma.toLowerCase(), ...(t ? [t.lemma] : [])];
}

/** `partecipare`, or `prendere parte` read as `prendere` with `parte` as its object. */
function participates(s: Sentence, tree: DependencyTree, verb: number, ctx: EventContext): string | undefined {
  for (const l of lemmasOf(s, tree, verb)) {
    if (ctx.participationVerbs.has(l)) return l;
    const obj = tree.children(verb, "obj").map((k) => tree.word(k).lemma.toLowerCase());
    for (const o of obj) if (ctx.participationVerbs.has(`${l} ${o}`)) return `${l} ${o}`;
  }
  return undefined;
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
  const rel = tree.deprel(head);
  const gov = tree.head(head);
  const govWord = gov > 0 ? tree.word(gov) : undefined;
  // `X ha partecipato al vertice`, `X ha lanciato l'operazione`; the agent when the verb is passive.
  if (govWord && ["obj", "obl", "nsubj:pass"].includes(rel) && (govWord.upos === "VERB" || govWord.upos === "AUX")) {
    const verb = participates(s, tree, gov, ctx);
    if (verb) {
      const agent = tree.agentOf(gov);
      out.push(...actors(agent !== undefined ? mentionsOf(tree, agent, placed, ctx.governments) : subjectsOf(tree, gov, placed, ctx), `${agent !== undefined ? "obl:agent" : "nsubj"}<${verb}`));
    }
  }
  // `X e Y hanno firmato a Roma il protocollo`, `si è chiuso a Roma il vertice`: the clause's place is the event's.
  if (govWord && ["obj", "nsubj", "nsubj:pass", "obl"].includes(rel)) {
    for (const k of tree.children(gov, "obl")) {
      if (k === head || !["a", "in"].includes(tree.caseOf(k) ?? "")) continue;
      const p = mentionsOf(tree, k, placed, ctx.governments).map(asPlace).find((m) => m && (m.type === "Place" || ev.kind.frame !== "conflict"));
      if (p) { place = { p, via: `obl:${tree.caseOf(k)}<${tree.word(gov).lemma}` }; break; }
    }
  }
  // `la conferenza, presieduta da X e da Y`: the agent of a host participle on the event.
  for (const k of tree.children(head, "acl")) {
    if (!lemmasOf(s, tree, k).some((l) => ctx.hostVerbs.has(l))) continue;
    const agents = tree.children(k, "obl").filter((o) => tree.caseOf(o) === "da" || tree.deprel(o) === "obl:agent");
    out.push(...actors(agents.flatMap((a) => mentionsOf(tree, a, placed, ctx.governments)), `acl:agent<${tree.word(k).lemma}`));
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
  // `X ha incontrato Y a margine del congresso`, `durante la trasferta, X ha detto`: the clause's subject and object were there.
  // `In primavera, durante la visita a X, Y ha…`: the phrase may hang on a fronted time phrase rather than on the verb.
  const framing = rel === "obl" || (rel.startsWith("nmod") && govWord?.upos === "NOUN" && tree.deprel(gov) === "obl" && gov < tree.head(gov));
  const occasion = (rel.startsWith("nmod") || rel === "obl") && govWord && ctx.occasionNouns.has(govWord.lemma.toLowerCase()) ? gov
    : framing && ctx.occasionCases.has(tree.caseOf(head) ?? "") ? head : undefined;
  if (occasion !== undefined) {
    const clause = tree.clauseOf(occasion);
    const objects = tree.children(clause, "obj").flatMap((k) => mentionsOf(tree, k, placed, ctx.governments)).filter((p) => p.type === "Person");
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
