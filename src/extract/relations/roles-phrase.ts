// How a role is read in the tree: the role nouns of a sentence (the lexicon's words, headed
// by one tree word), the phrase that says what the office is of, where it is written, and
// which roles introduce a person (a title the name hangs on, a role in apposition, a rank
// apposed to an office). roles.ts turns them into facts.
import type { Sentence } from "../../types.ts";
import type { ResolvedMention } from "../entities/index.ts";
import type { DependencyTree } from "../../syntax/tree.ts";
import type { RoleNoun, RoleRules } from "./roles.ts";
import { mentionWords } from "./args.ts";

/** A role noun found in a sentence: its words in the tree and the one that heads them. */
export interface RoleAt {
  role: RoleNoun;
  head: number;
  words: number[];
}

/** `l'ex premier`, `l'allora ministro`: an office held before, kept with the role and said in its rule. */
export const FORMER = new Set(["ex", "allora", "già"]);
/** Arcs by which a name hangs on its title, or a title on its name (`il ministro X`, `X, ministro di Y`). */
const TITLE_ARCS = new Set(["nmod", "flat", "flat:name", "appos", "compound", "dep"]);
/** Arcs inside a role's phrase that lead to what the office is of (`del governo`, `russo`, `degli Esteri`). */
const PHRASE_ARCS = new Set(["nmod", "amod", "flat", "flat:name", "compound"]);
/** Arcs that open another clause, or another conjunct: a role's phrase never reaches below them. */
const CLAUSE_ARCS = new Set(["acl", "acl:relcl", "advcl", "ccomp", "csubj", "xcomp", "parataxis", "conj", "appos"]);
export const POSSESSIVES = new Set(["suo", "sua", "suoi", "sue", "loro"]);

/**
 * The role nouns of a sentence. The words are matched as the lexicon writes them (`primo
 * ministro`, `capo dello Stato`); the role is then the tree word that heads them, and a role
 * word the parser reads as a verb (`ha inviato`) is none.
 */
export function rolesOf(s: Sentence, tree: DependencyTree, rules: RoleRules): RoleAt[] {
  const out: RoleAt[] = [];
  for (let i = 0; i < s.tokens.length; i++) {
    const role = rules.byFirst.get(s.tokens[i]!.lower)?.find((r) => r.words.every((w, k) => s.tokens[i + k]?.lower === w));
    if (!role) continue;
    const last = i + role.words.length - 1;
    const words = tree.words.filter((w) => w.tokenIndex !== undefined && w.tokenIndex >= i && w.tokenIndex <= last).map((w) => w.id);
    const head = words.find((x) => !words.includes(tree.head(x)));
    i = last;
    if (head === undefined || ["VERB", "AUX"].includes(tree.word(head).upos)) continue;
    out.push({ role, head, words });
  }
  return out;
}

/**
 * The words of a role's own phrase, nearest first: what hangs on it by a modifier's arc
 * (`del Consiglio di Sicurezza`, `russo`, `dell'esercito di X`), never below another clause,
 * a verb, an apposition or a conjunct, nor a complement with `per` (`l'inviato per X`: the
 * office's brief, not its owner).
 */
export function phraseOf(tree: DependencyTree, r: RoleAt, skip: ReadonlySet<number>, demonymAt: (id: number) => boolean, written = false): number[] {
  const out: number[] = [];
  // A compound title's own words (`capo del governo`) carry its phrase too.
  let frontier = [...r.words];
  for (let depth = 0; depth < 4 && frontier.length > 0; depth++) {
    const next: number[] = [];
    for (const x of frontier) {
      for (const k of tree.children(x)) {
        if (skip.has(k) || r.words.includes(k) || out.includes(k) || !PHRASE_ARCS.has(tree.deprel(k)) || tree.word(k).upos === "VERB" || (!written && !ownCase(tree, k))) continue;
        out.push(k);
        next.push(k);
      }
    }
    frontier = next;
  }
  // The tagger may read a nationality adjective closing the phrase as a verb or a noun (`degli Esteri russo`):
  // the demonym lexicon knows it is one, and it belongs with the title it follows.
  for (let x = Math.max(...r.words, ...out) + 1; x <= tree.size && demonymAt(x) && !skip.has(x); x++) out.push(x);
  return out;
}

/**
 * Two words joined by a `conj` arc, either way; or two nouns the parser made siblings, the
 * later one a `conj` with its own `cc` hung on the earlier one's head with nothing of that head
 * between them (`firmato dalla premier e ministra della Difesa`: the second title
 * attached to the verb, a common slip for coordinated titles).
 */
export function coordinated(tree: DependencyTree, a: number, b: number): boolean {
  if ((tree.deprel(b) === "conj" && tree.head(b) === a) || (tree.deprel(a) === "conj" && tree.head(a) === b)) return true;
  const [x, y] = a < b ? [a, b] : [b, a];
  const up = tree.head(x);
  return up > 0 && tree.head(y) === up && tree.deprel(y) === "conj" && tree.children(y, "cc").length > 0
    && tree.word(x).upos === "NOUN" && tree.word(y).upos === "NOUN" && !tree.children(up).some((k) => k > x && k < y);
}

/** A modifier with no preposition or with `di` is the office's own; `con il premier X`, `per X` (an envoy's brief) are not. */
export function ownCase(tree: DependencyTree, id: number): boolean {
  const c = tree.caseOf(id);
  // `a`/`presso` only before a name (`all'Istituto X`): `insieme al vicepresidente, al premier Y` is no owner.
  return c === undefined || c === "di" || (OWN_CASES.has(c) && /^\p{Lu}/u.test(tree.word(id).form));
}
/** `il ministro della Difesa`, `professore all'Istituto X`, `l'ambasciatore presso la Santa Sede`. */
const OWN_CASES = new Set(["di", "a", "presso"]);

/** Where a role's written phrase starts (its article, `ex`) and ends (the last word of its phrase). */
export function extentOf(tree: DependencyTree, r: RoleAt, skip: ReadonlySet<number>, demonymAt: (id: number) => boolean, bodies: readonly ResolvedMention[] = []): { from: number; to: number } {
  const lead = r.words.flatMap((x) => tree.children(x)).filter((k) => k < r.head && ["det", "amod", "advmod", "det:poss"].includes(tree.deprel(k)));
  // As written, with every preposition (`delle Relazioni con l'estero`); the skip set holds the other roles.
  const phrase = phraseOf(tree, r, skip, demonymAt, true);
  // The function words of a name the phrase does not own (`collaboratore di X`) are not the phrase's either.
  const below = phrase.flatMap((k) => tree.subtree(k).filter((x) => x === k || (!CLAUSE_ARCS.has(tree.deprel(x)) && !skip.has(tree.head(x)))));
  const words = [...r.words, ...below.filter((k) => !skip.has(k))];
  // A name is written whole: a phrase that reaches into a body's name ends where the name ends,
  // however the tagger read its last words (`dell'intelligence militare X`, `militare` as a verb).
  const names = bodies.map((m) => mentionWords(tree, m).inside).filter((ws) => ws.some((k) => words.includes(k)));
  return { from: Math.min(...r.words, ...lead), to: Math.max(...words, ...names.flat()) };
}

/** The role a word belongs to: it is one of the role's words, or lies in its phrase up to three modifier arcs below. */
function roleAbove(tree: DependencyTree, id: number, roles: readonly RoleAt[], stop: ReadonlySet<number>): RoleAt | undefined {
  for (let x = id, steps = 0; x > 0 && steps < 4; x = tree.head(x), steps++) {
    const r = roles.find((y) => y.words.includes(x));
    if (r) return r;
    if (stop.has(x) || !PHRASE_ARCS.has(tree.deprel(x)) || tree.word(x).upos === "VERB" || !ownCase(tree, x)) return undefined;
  }
  return undefined;
}

/**
 * The roles that introduce a person, over the tree: a title the name hangs on (`il ministro
 * degli Esteri X`: the name under the role or under its phrase), a role in apposition to the
 * name (`X, segretario del Consiglio`), and a second role that the first stands in apposition
 * to (`il capo dei servizi, il colonnello X`). No path crosses a verb or another person.
 */
export function rolesOfPerson(tree: DependencyTree, p: ResolvedMention, roles: readonly RoleAt[], others: ReadonlySet<number>, skip: ReadonlySet<number>, demonymAt: (id: number) => boolean, bodies: readonly ResolvedMention[] = []): RoleAt[] {
  const { inside, heads } = mentionWords(tree, p);
  const found: RoleAt[] = [];
  const add = (r: RoleAt | undefined) => { if (r && !found.includes(r)) found.push(r); };
  const comma = (id: number) => tree.words[id - 1]?.form === ",";
  for (const h of heads) {
    if (TITLE_ARCS.has(tree.deprel(h)) && tree.caseOf(h) === undefined) add(roleAbove(tree, tree.head(h), roles, others));
  }
  // `X, segretario del Consiglio`, `il premier X` read with the title below the name.
  for (const r of roles) if (inside.includes(tree.head(r.head)) && TITLE_ARCS.has(tree.deprel(r.head)) && tree.caseOf(r.head) === undefined) add(r);
  // The parser may hang the name elsewhere: a role whose phrase ends right where the name starts is its title
  // (`i ministri portoghesi X`), and one that starts right after the name and a comma its apposition.
  const [first, last] = [Math.min(...inside), Math.max(...inside)];
  // `…, il cileno X`, `…, lo storico X`: an article and one lower-case descriptor may stand before an apposed name.
  let named = first;
  while (named > 1 && first - named < 2 && !roles.some((y) => y.words.includes(named - 1)) && (tree.word(named - 1).upos === "DET" || (["NOUN", "ADJ"].includes(tree.word(named - 1).upos) && /^\p{Ll}/u.test(tree.word(named - 1).form)))) named--;
  const bounded = (r: RoleAt) => new Set([...skip, ...roles.filter((y) => y !== r).flatMap((y) => y.words)]);
  for (const r of roles) {
    const { from, to } = extentOf(tree, r, bounded(r), demonymAt, bodies);
    // `la cofondatrice di X, Y`: the name in apposition after the role and a comma.
    // `X, il comandante dei Y Z`: a role another name follows right after its phrase is that name's title, not X's apposition.
    if (to + 1 === first || (comma(to + 1) && (to + 2 === first || to + 2 === named)) || (comma(last + 1) && from === last + 2 && !others.has(to + 1))) add(r);
  }
  // `il capo di X, il generale Y`: the rank stands in apposition to the office before it.
  for (const r of [...found]) {
    const { from } = extentOf(tree, r, bounded(r), demonymAt, bodies);
    if (comma(from - 1)) add(roles.find((y) => y !== r && extentOf(tree, y, bounded(y), demonymAt, bodies).to === from - 2));
  }
  return found.slice(0, 2);
}
