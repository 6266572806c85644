// Finding the arguments of a trigger without a parser: the nearest fitting mention to
// the left is the subject (unless it is a reported source), the object is the nearest
// fitting mention to the right introduced by one of the rule's prepositions; a passive
// participle takes its agent from `da`/`dal…`/`da parte di`; coordinated names
// (`Russia e Corea del Nord`) are all subjects.
import type { EntityType, Sentence } from "../../types.ts";
import type { DependencyTree } from "../../syntax/tree.ts";
import type { ResolvedMention } from "../entities/index.ts";

export interface PlacedMention {
  m: ResolvedMention;
  first: number;
  last: number;
  type: EntityType;
  /** Stands as a reported source (`secondo X`, `stando a X`): never an actor. */
  source: boolean;
}

/** The mention a word of the tree lies in (its offsets overlap the mention's), if any. */
export function mentionOverWord(tree: DependencyTree, id: number, placed: readonly PlacedMention[]): PlacedMention | undefined {
  const w = tree.word(id);
  if (w.start === undefined || w.end === undefined) return undefined;
  return placed.find((p) => p.m.start < w.end! && w.start! < p.m.end);
}

/** The mention (of any list of spans) a tree word starts inside, if any. */
export function mentionAtWord<M extends { start: number; end: number }>(tree: DependencyTree, id: number, mentions: readonly M[]): M | undefined {
  const start = tree.word(id).start;
  return start === undefined ? undefined : mentions.find((m) => m.start <= start && start < m.end);
}

const SOURCE_BEFORE = new Set(["secondo", "stando", "giudizio"]);
const AGENT_PREPS = new Set(["da", "dal", "dalla", "dall'", "dai", "dagli", "dalle", "dallo"]);
const PASSIVE_AUX = new Set(["essere", "venire"]);
const CLAUSE_BREAKS = new Set([";", ":", "?", "!"]);

/** Which key a mention stands for as an argument of the given classes, if any. */
export type ArgFit = (p: PlacedMention, types: readonly EntityType[]) => string | undefined;

export function placeMentions(s: Sentence, ms: readonly ResolvedMention[]): PlacedMention[] {
  const idx = (off: number) => s.tokens.findIndex((t) => t.start <= off && off < t.end);
  return ms.filter((m) => m.sentence === s.index).map((m) => {
    const first = idx(m.start);
    const prev = s.tokens[first - 1]?.lower ?? "";
    const prev2 = s.tokens[first - 2]?.lower ?? "";
    const source = SOURCE_BEFORE.has(prev) || SOURCE_BEFORE.has(prev2) || (prev === "a" && prev2 === "stando");
    return { m, first, last: idx(m.end - 1), type: m.type, source };
  }).sort((a, b) => a.first - b.first || a.last - b.last);
}

/** Verbs whose active perfect takes `essere` (`è arrivata`, `è intervenuta`): never passive. */
export const ESSERE_VERBS: ReadonlySet<string> = new Set(["arrivare", "intervenire", "giungere", "partire", "tornare", "andare", "venire", "entrare", "uscire", "morire", "restare", "rimanere", "diventare", "stare", "salire", "cadere", "volare", "atterrare", "recare", "trovare", "passare", "apparire", "succedere", "accadere", "riuscire", "nascere"]);

export function isPassive(s: Sentence, i: number): boolean {
  const t = s.tokens[i]!;
  if (!/(at|ut|it)[oaie]$/.test(t.lower)) return false;
  if (t.lemmas.some((l) => ESSERE_VERBS.has(l))) return false;
  // `l'Iran, accusato dal Canada di…`: a participle set off by a comma modifies the noun before it, its patient.
  if (s.tokens[i - 1]?.text === ",") return true;
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const u = s.tokens[k]!;
    if (u.lemmas.some((l) => PASSIVE_AUX.has(l)) || ["stato", "stata", "stati", "state"].includes(u.lower)) return true;
  }
  return false;
}

/** Mentions coordinated with `m` by `e` / `,` on its left (`Russia e Corea del Nord`, `Putin e Kim Jong Un`). */
function coordinated(all: readonly PlacedMention[], m: PlacedMention, s: Sentence): PlacedMention[] {
  const out = [m];
  let cur = m;
  for (;;) {
    const prev = all.filter((x) => x.last < cur.first && x.type === m.type).at(-1);
    if (!prev || prev.last !== cur.first - 2) break;
    const joiner = s.tokens[cur.first - 1]!.lower;
    if (joiner !== "e" && joiner !== ",") break;
    out.push(prev);
    cur = prev;
  }
  // And on its right: `firmato da Putin e Kim Jong Un`.
  cur = m;
  for (;;) {
    const next = all.find((x) => x.first > cur.last && x.type === m.type);
    if (!next || s.tokens[cur.last + 1]?.lower !== "e") break;
    // `Putin e Kim`, `dal leader Kim Jong Un e dal primo ministro Kim Tok Hun`: `e`, a preposition, a title.
    const between = s.tokens.slice(cur.last + 2, next.first);
    if (between.length > 4 || between.some((t) => t.kind === "punct")) break;
    out.push(next);
    cur = next;
  }
  return out;
}

/** The subject(s) left of the trigger: nearest fitting mention, not a source, not across a clause break. */
export function subjectsLeft(s: Sentence, all: readonly PlacedMention[], trigger: number, types: readonly EntityType[], fit: ArgFit): PlacedMention[] {
  for (let k = all.length - 1; k >= 0; k--) {
    const p = all[k]!;
    if (p.last >= trigger) continue;
    if (s.tokens.slice(p.last + 1, trigger).some((t) => CLAUSE_BREAKS.has(t.text))) return [];
    if (p.source || !fit(p, types)) continue;
    // `accolto dal viceministro X, aveva avuto colloqui…`: an agent of a participle is not the clause's subject.
    if (AGENT_PREPS.has(s.tokens[p.first - 1]?.lower ?? "") || s.tokens.slice(Math.max(0, p.first - 5), p.first).some((t) => AGENT_PREPS.has(t.lower) && t.lower !== "da")) continue;
    return coordinated(all, p, s);
  }
  return [];
}

/** The agent of a passive or nominalization: `da X`, `dal X`, `da parte di X` after the trigger. */
export function agentAfter(s: Sentence, all: readonly PlacedMention[], trigger: number, types: readonly EntityType[], fit: ArgFit, window = 10, nominal = false): PlacedMention[] {
  for (const p of all) {
    if (p.first <= trigger || p.first - trigger > window) continue;
    if (s.tokens.slice(trigger + 1, p.first).some((t) => CLAUSE_BREAKS.has(t.text) || (t.text === "," && nominal))) return [];
    if (!fit(p, types)) continue;
    if (qualifiesPerson(all, p)) continue;
    const prev = s.tokens[p.first - 1]?.lower ?? "";
    const parte = prev === "di" && s.tokens[p.first - 2]?.lower === "parte";
    // A nominalization takes its agent from `di X` too (`la visita di Shoigu`), or from a demonym (`l'invio di truppe nordcoreane`).
    const of = nominal && (OF_PREPS.has(prev) || p.m.resolvedBy === "demonym");
    const byDemonym = p.m.resolvedBy === "demonym" && AGENT_PREPS.has(s.tokens[p.first - 2]?.lower ?? "");
    // `dal presidente russo Vladimir Putin`: the preposition before a title and a demonym.
    // `dal viceministro degli Esteri Kim Jong Gyu`: up to four words of title between the preposition and the name.
    const lead = s.tokens.slice(Math.max(trigger + 1, p.first - 7), p.first);
    const from = lead.findIndex((t) => AGENT_PREPS.has(t.lower));
    const titled = p.m.type === "Person" && from >= 0 && lead.slice(from).every((t) => t.kind === "word") && !all.some((q) => q !== p && q.m.type === "Person" && q.first > p.first - 7 && q.first < p.first);
    if (AGENT_PREPS.has(prev) || parte || of || byDemonym || titled) return coordinated(all, p, s);
  }
  return [];
}

/** A finite verb (`segue`, `hanno`): a nominalization's arguments do not reach past one. */
export function isFiniteVerb(t: { kind: string; lower: string; lemmas: string[]; text: string }): boolean {
  if (t.kind !== "word" || t.text !== t.lower) return false;
  if (["ha", "hanno", "è", "sono", "era", "erano", "aveva", "avevano"].includes(t.lower)) return true;
  return t.lemmas.length > 0 && t.lemmas.every((l) => /(are|ere|ire|rre)$/.test(l)) && !t.lemmas.includes(t.lower) && !/(at|ut|it)[oaie]$/.test(t.lower) && !/(ando|endo)$/.test(t.lower);
}

/** `il presidente francese Emmanuel Macron`: a demonym that qualifies the person right after it is not an argument. */
function qualifiesPerson(all: readonly PlacedMention[], p: PlacedMention): boolean {
  return p.m.resolvedBy === "demonym" && all.some((q) => q.m.type === "Person" && q.first > p.last && q.first - p.last <= 2);
}

const OF_PREPS = new Set(["di", "del", "della", "dell'", "dello", "dei", "degli", "delle"]);

/** The object right of the trigger: first fitting mention introduced by one of `preps` (any when empty). */
export function objectRight(s: Sentence, all: readonly PlacedMention[], trigger: number, types: readonly EntityType[], fit: ArgFit, preps: readonly string[], exclude: ReadonlySet<string>, window = 14, nominal = false): PlacedMention[] {
  for (const p of all) {
    if (p.first <= trigger || p.first - trigger > window) continue;
    if (s.tokens.slice(trigger + 1, p.first).some((t) => CLAUSE_BREAKS.has(t.text) || (nominal && isFiniteVerb(t)))) return [];
    const key = fit(p, types);
    if (!key || exclude.has(key) || p.source) continue;
    const demonym = p.m.resolvedBy === "demonym";
    if (qualifiesPerson(all, p)) continue;
    // `nella regione russa di Kursk`: the place, not the demonym that qualifies its noun.
    if (demonym && types.includes("Place") && all.some((q) => q.m.type === "Place" && q.first > p.last && q.first - p.last <= 3)) continue;
    if (preps.length === 0) return coordinated(all, p, s);
    // `ha lasciato ieri Minsk`: a direct object right after the verb, when the rule allows one.
    if (preps.includes("") && p.first - trigger <= 2) return coordinated(all, p, s);
    // The preposition may stand a few words before: `sul fronte russo`, `con il presidente statunitense Donald Trump`.
    const lead = s.tokens.slice(Math.max(trigger + 1, p.first - 4), p.first).map((t) => t.lower);
    if (preps.includes(lead[lead.length - 1] ?? "") || ((demonym || p.m.type === "Person") && lead.some((w) => preps.includes(w)))) return coordinated(all, p, s);
  }
  return [];
}
