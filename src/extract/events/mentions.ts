// Event mentions read over the dependency tree: a trigger noun, its name (the noun phrase),
// its participants and its place, each with the arc that gave it. No relation is made here;
// frames.ts says what taking part implies.
import type { Sentence, Span } from "../../types.ts";
import type { DependencyTree } from "../../syntax/tree.ts";
import { mentionOverWord, type PlacedMention } from "../relations/args.ts";
import type { EventContext, EventKind } from "./rules.ts";

export interface Role {
  p: PlacedMention;
  /** The arc that reached it, for the evidence (`nmod:tra`, `nsubj<partecipare`). */
  via: string;
}

export interface EventMention {
  kind: EventKind;
  /** Word ids of the trigger (one, or the words of a multiword lemma). */
  trigger: number[];
  /** Character spans of the name's modifiers (adjectives marked), in sentence order. */
  modifiers: Array<Span & { adjective?: boolean }>;
  /** Identity parts of the name: entity keys and proper nouns, lower case. */
  identity: string[];
  /** True when the phrase identifies one happening (a name, a date, an entity), not a bare `il vertice`. */
  named: boolean;
  /** The phrase carries a date (`del 3 maggio`, `del 1998`). */
  dated?: boolean;
  /** The phrase carries a proper name of its own (`l'operazione «Nome»`). */
  proper?: boolean;
  /** The trigger is plural (`gli attacchi`, `le operazioni`): a series, unless a name or a date makes it one. */
  plural?: boolean;
  /** A bare noun (`il vertice`, `la conferenza`), with no nominal modifier of its own: it may refer back. */
  bare: boolean;
  participants: Role[];
  place?: Role;
  /** Told as possible or future (`un'ipotetica trasferta`, `il prossimo vertice`): no fact is drawn from it. */
  hypothetical?: boolean;
  /** Dated by its clause to another year than the article's: told as background, it gets no node. */
  background?: boolean;
  /** The agreement a signing is of (`la firma dell'intesa X`): the signing is that treaty's. */
  treaty?: PlacedMention;
  /** The trigger lies inside a mention the lexicon already knows as an event (`guerra di Corea`). */
  known?: PlacedMention;
  span: Span;
}

const NAME_CASES = new Set(["di", "a", "in", "tra", "fra", "con", "contro", "su", "per"]);
const CLAUSAL = new Set(["acl", "acl:relcl", "advcl", "ccomp", "xcomp", "csubj", "parataxis", "conj", "appos"]);
const ACTOR = new Set(["Person", "Country", "Organization"]);

/** The mention a word stands for: its own, or the name under its title (`il premier Ana Costa`). */
export function mentionOf(tree: DependencyTree, id: number, placed: readonly PlacedMention[], governments?: ReadonlySet<string>): PlacedMention | undefined {
  const own = mentionOverWord(tree, id, placed);
  if (own) return own;
  // `il governo italiano`, `il governo di X`: a government acts for its country.
  const government = governments?.has(tree.word(id).lemma.toLowerCase()) ?? false;
  for (const k of tree.children(id)) {
    const rel = tree.deprel(k);
    const c = tree.caseOf(k);
    if ((rel.startsWith("flat") || rel === "appos" || rel === "nmod") && c === undefined) {
      const m = mentionOverWord(tree, k, placed);
      if (m) return m;
    }
    // `il ministro degli Esteri X`: the name may hang under the title's own `di` phrase.
    if (rel === "nmod" && c === "di" && !government) {
      const inner = tree.children(k).filter((x) => /^(nmod|flat|appos)/.test(tree.deprel(x)) && tree.caseOf(x) === undefined && tree.word(x).upos === "PROPN");
      const named = inner.map((x) => mentionOverWord(tree, x, placed)).find((m) => m?.type === "Person");
      if (named) return named;
    }
    if (government && (rel === "amod" || (rel === "nmod" && c === "di"))) {
      const m = mentionOverWord(tree, k, placed);
      if (m?.type === "Country") return m;
    }
  }
  return undefined;
}

/** The mentions of a word and of the words coordinated with it. */
export function mentionsOf(tree: DependencyTree, id: number, placed: readonly PlacedMention[], governments?: ReadonlySet<string>): PlacedMention[] {
  // `il premier X e Y`: the parser may coordinate Y with the name under the title rather than with the title.
  const names = tree.children(id).filter((k) => tree.deprel(k) === "nmod" && tree.caseOf(k) === undefined);
  const words = [id, ...tree.conjuncts(id), ...names.flatMap((k) => tree.conjuncts(k))];
  return [...new Set(words)].map((x) => mentionOf(tree, x, placed, governments)).filter((p): p is PlacedMention => p !== undefined && !p.source);
}

function lemmaOf(s: Sentence, tree: DependencyTree, id: number): string[] {
  const w = tree.word(id);
  const t = w.tokenIndex !== undefined ? s.tokens[w.tokenIndex] : undefined;
  return [w.lemma.toLowerCase(), w.form.toLowerCase(), ...(t ? [t.lemma] : [])];
}

/** The kind and words of a trigger starting at word `id`, longest lemma first. */
function triggerAt(s: Sentence, tree: DependencyTree, id: number, ctx: EventContext, inEventName: boolean): { kind: EventKind; ids: number[] } | undefined {
  const w = tree.word(id);
  // Inside a known event's name the head noun may be tagged a proper noun (`la Conferenza di X`, `the X Conference`).
  const noun = w.upos === "NOUN" || (inEventName && (w.upos === "PROPN" || w.upos === "X"));
  if (!noun && w.upos !== "ADJ" && w.upos !== "VERB") return undefined;
  const lemmas = lemmaOf(s, tree, id);
  // The first word is this one, whose readings are at hand: most phrases fail there, before any other word's are built.
  const phraseAt = (words: string[]) => words.every((x, k) => (k === 0 ? lemmas.includes(x) : id + k <= tree.size && lemmaOf(s, tree, id + k).includes(x)));
  if (ctx.notEvents.some(phraseAt)) return undefined;
  for (const l of new Set(lemmas)) {
    for (const { kind, words } of ctx.triggers.get(l) ?? []) {
      const ids = words.map((_, k) => id + k);
      if (ids.every((x, k) => k === 0 || (x <= tree.size && lemmaOf(s, tree, x).includes(words[k]!)))) {
        // `una controffensiva lampo`: the trigger read as an adjective of the invariable noun after it, which the parser made the
        // head; the two are the trigger, and that head carries the modifiers (`… lampo di X`).
        const next = id + 1;
        if (words.length === 1 && w.upos === "ADJ" && next <= tree.size && tree.head(id) === next && ctx.modifierNouns.has(tree.word(next).lemma.toLowerCase())) return { kind, ids: [id, next] };
        // A one-word trigger must be a noun: `firma` the verb is not the signing.
        if (words.length === 1 && !noun) continue;
        return { kind, ids };
      }
    }
  }
  return undefined;
}

/**
 * Modifiers of the trigger: its own adjectives, numbers and nominal modifiers (`depth` 1,
 * whose spans make the names), and the nominal modifiers below those (`depth` 2, read for
 * roles only), not crossing a clause.
 */
function nameModifiers(tree: DependencyTree, trigger: number, verbal: boolean): Array<{ id: number; case?: string; depth: number }> {
  const out: Array<{ id: number; case?: string; depth: number }> = [];
  const queue: Array<[number, number]> = [[trigger, 1]];
  while (queue.length > 0 && out.length < 8) {
    const [x, depth] = queue.shift()!;
    for (const k of tree.children(x)) {
      const rel = tree.deprel(k);
      if (CLAUSAL.has(rel)) continue;
      const c = tree.caseOf(k);
      // A trigger the tagger read as a verb (`Firma a X`, read as a participle) has its modifiers as obliques.
      if ((rel.startsWith("nmod") || (verbal && depth === 1 && rel === "obl")) && (c === undefined || NAME_CASES.has(c))) {
        out.push({ id: k, ...(c ? { case: c } : {}), depth });
        if (depth < 2) queue.push([k, depth + 1]);
      } else if (depth === 1 && (rel.startsWith("flat") || rel === "amod" || rel === "nummod")) out.push({ id: k, depth });
    }
  }
  return out;
}

/** A modifier's words, not crossing into a clause (coordinated nouns stay: `tra X e Y`). */
function nominalSubtree(tree: DependencyTree, id: number): number[] {
  const out = [id];
  for (const k of tree.children(id)) {
    const rel = tree.deprel(k);
    if (rel === "punct" || (CLAUSAL.has(rel) && !(rel === "conj" && ["NOUN", "PROPN"].includes(tree.word(k).upos)))) continue;
    out.push(...nominalSubtree(tree, k));
  }
  return out;
}

const feature = (feats: string, name: string) => feats.split("|").find((f) => f.startsWith(`${name}=`));

/** Opening quotation marks (the tokenizer turns `«` into `"`). */
const QUOTES = new Set(["«", "\"", "“"]);

/** Gender and number agree, where both words carry them. */
function agrees(tree: DependencyTree, noun: number, adj: number): boolean {
  const a = tree.word(noun).feats, b = tree.word(adj).feats;
  return ["Gender", "Number"].every((n) => { const x = feature(a, n), y = feature(b, n); return !x || !y || x === y; });
}

function spanOf(tree: DependencyTree, ids: number[]): Span | undefined {
  const words = ids.map((x) => tree.word(x)).filter((w) => w.start !== undefined && w.end !== undefined);
  return words.length === 0 ? undefined : { start: Math.min(...words.map((w) => w.start!)), end: Math.max(...words.map((w) => w.end!)) };
}

/** The event mentions of one parsed sentence, participants from the phrase itself only (see verbs.ts for the clause). */
/** A mention as a location: a place, or a capital read as its country (`la conferenza di Lisbona`) turned back into its place. */
export type AsPlace = (p: PlacedMention) => PlacedMention | undefined;

export function eventMentions(s: Sentence, tree: DependencyTree, placed: readonly PlacedMention[], ctx: EventContext, asPlace: AsPlace): Array<EventMention & { head: number }> {
  const out: Array<EventMention & { head: number }> = [];
  for (const w of tree.words) {
    const own = mentionOverWord(tree, w.id, placed);
    const t = triggerAt(s, tree, w.id, ctx, own?.type === "Event");
    if (!t) continue;
    const span = spanOf(tree, t.ids);
    if (!span) continue;
    // A trigger inside a name that is not an event (`Conferenza episcopale`, `Operazione Strade Sicure` as an org) is no trigger.
    if (own && own.type !== "Event") continue;
    // The syntactic head of a multiword trigger (`fuoco` in `cessate il fuoco`) carries its modifiers.
    const head = t.ids.find((x) => !t.ids.includes(tree.head(x))) ?? w.id;
    const plural = tree.word(head).feats.includes("Number=Plur");
    const ev: EventMention & { head: number } = { kind: t.kind, trigger: t.ids, head, modifiers: [], identity: [], named: false, bare: true, participants: [], span, ...(plural ? { plural } : {}), ...(own ? { known: own } : {}) };
    // Every word of a multiword trigger may carry modifiers (`un cessate il fuoco fra X e Y`, whichever word the parser made head).
    const presence = new Set<number>();
    for (const mod of t.ids.flatMap((x) => nameModifiers(tree, x, tree.word(x).upos !== "NOUN"))) {
      if (t.ids.includes(mod.id)) continue;
      const word = tree.word(mod.id);
      const lemma = word.lemma.toLowerCase();
      // `la cerimonia, alla presenza di X`: who it was held before took part, and the phrase is no part of its name
      // (`in presenza` is a manner of taking part, nobody's presence).
      if (mod.depth === 1 && ctx.presence.has(lemma) && mod.case !== undefined && mod.case !== "in") {
        presence.add(mod.id);
        const owners = tree.children(mod.id, "nmod").filter((k) => tree.caseOf(k) === "di");
        for (const o of owners) for (const p of mentionsOf(tree, o, placed, ctx.governments)) if (ACTOR.has(p.type)) ev.participants.push({ p, via: `nmod:${mod.case}>${lemma}>nmod:di` });
        continue;
      }
      if (presence.has(tree.head(mod.id))) continue;
      const m = mentionOf(tree, mod.id, placed, ctx.governments);
      if (ctx.hypothetical.has(lemma) && mod.depth === 1) ev.hypothetical = true;
      if (word.deprel === "amod") {
        // An adjective that does not agree with the noun belongs elsewhere (`le operazioni … pakistano`).
        if (!ctx.generic.has(lemma) && agrees(tree, w.id, mod.id)) {
          if (m?.type === "Country" && t.kind.demonymActor) {
            ev.participants.push({ p: m, via: "amod" });
            ev.named = true;
          }
          if (m) ev.identity.push(m.m.key);
        }
        const sp = spanOf(tree, [mod.id]);
        if (sp) ev.modifiers.push({ ...sp, adjective: true });
        continue;
      }
      if (mod.depth === 1) {
        ev.bare = false;
        const sp = spanOf(tree, word.deprel.startsWith("nmod") || word.deprel === "obl" ? nominalSubtree(tree, mod.id) : [mod.id]);
        if (sp) ev.modifiers.push(sp);
        // A proper name with its preposition, without what hangs from it: `al Palazzo Reale` out of `al Palazzo Reale fra X e Y`.
        const own = spanOf(tree, [mod.id, ...tree.children(mod.id).filter((k) => /^(flat|case|det)/.test(tree.deprel(k)))]);
        if (own && word.upos === "PROPN" && (own.start !== sp?.start || own.end !== sp?.end)) ev.modifiers.push(own);
      }
      // A date names a happening (`l'attacco del 3 maggio`, `la guerra del 1998`); another number does not (`di 400 chili`).
      // `la guerra dell'estate 2006`, `l'offensiva del settembre 2023`: a time noun with its year below it dates it too.
      const yearBelow = mod.depth === 1 ? tree.children(mod.id).map((k) => tree.word(k).form).find((f) => /^(1[89]|20)\d\d$/.test(f)) : undefined;
      const dated = /^(1[89]|20)\d\d$/.test(word.form) || (word.upos === "NUM" && tree.children(mod.id).some((k) => ctx.months.has(tree.word(k).lemma.toLowerCase())))
        || ctx.months.has(lemma) || yearBelow !== undefined;
      if (dated) ev.dated = true;
      // A common noun set in quotes is a name too (`la riunione del «gruppo dei sette»`).
      const quoted = mod.depth === 1 && word.upos === "NOUN" && (mod.case === undefined || mod.case === "di") && tree.children(mod.id, "punct").some((k) => k < mod.id && QUOTES.has(tree.word(k).form));
      if ((word.upos === "PROPN" || quoted) && !m) ev.proper = true;
      if (dated || ((word.upos === "PROPN" || quoted) && !m)) {
        ev.named = true;
        ev.identity.push(word.form.toLowerCase(), ...(yearBelow ? [yearBelow] : []));
      }
      // Below a person's title, a nested name only qualifies it (`il presidente della Lettonia X`);
      // below a purpose or topic (`per un colloquio con X`, `su una tregua fra X e Y`) it belongs to that other noun.
      const parent = tree.head(mod.id);
      // `le esercitazioni «Nome»` where the name is already an event: the phrase is that event.
      if (m?.type === "Event" && mod.depth === 1 && mod.case === undefined) ev.known ??= m;
      // Under an organization's name a place still places the event (`il congresso dell'Ocse di X`).
      const parentMention = mod.depth === 2 ? mentionOf(tree, parent, placed) : undefined;
      // `… al Palazzo Reale fra X e Y`, `la visita a X di Y`: the sides or the traveller hang from the place by a wrong
      // attachment; a city has no sides and is no one's.
      const nestedOk = parentMention?.type === "Organization" ? m?.type === "Place" || m?.type === "Country"
        : parentMention?.type === "Place" ? ["tra", "fra", "con"].includes(mod.case ?? "") || (mod.case === "di" && m?.type === "Person")
        : !parentMention && ["a", "in", undefined].includes(tree.caseOf(parent));
      if (!m || m.source || (mod.depth === 2 && !nestedOk)) continue;
      ev.named = true;
      ev.identity.push(m.m.key);
      const people = mentionsOf(tree, mod.id, placed, ctx.governments);
      // For a fight, `di Mosca` is the capital acting for its country; for a summit, the city.
      // A place is the modifier's own word (`a Roma`), not a name below it (`al fianco del ministro …`).
      const own = mentionOverWord(tree, mod.id, placed) === m;
      const loc = !own ? undefined : m.type === "Place" ? m : t.kind.frame === "conflict" ? undefined : asPlace(m);
      if (m.type === "Treaty") ev.treaty = m;
      else if (mod.case === "tra" || mod.case === "fra" || mod.case === "con") {
        for (const p of people) if (ACTOR.has(p.type)) ev.participants.push({ p, via: `nmod:${mod.case}` });
      } else if (mod.case === "di") {
        if (loc?.type === "Place") ev.place ??= { p: loc, via: "nmod:di" };
        else for (const p of people) if (ACTOR.has(p.type)) ev.participants.push({ p, via: "nmod:di" });
      } else if ((mod.case === "a" || mod.case === "in") && loc) {
        ev.place ??= { p: loc, via: `nmod:${mod.case}` };
      }
    }
    out.push(ev);
  }
  return out;
}
