// Mentions placed on a sentence's tokens and words: what the tree patterns, roles, events and
// structure rules read an argument through (the mention over a word of the tree). The token
// windows that once found arguments by position (nearest on the left, nearest on the right) are
// gone: every relation is read over the dependency tree.
import type { EntityType, Sentence } from "../../types.ts";
import { treeOf, type DependencyTree } from "../../syntax/tree.ts";
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

/**
 * A mention set as a reported source, read on its head word's arcs: `secondo X` (X's `case`),
 * `stando a X` (X hangs under `stare` with `a`), `a giudizio di X` (under `giudizio` with `di`).
 */
function introducedAsSource(tree: DependencyTree, m: ResolvedMention): boolean {
  return mentionWords(tree, m).heads.some((h) => {
    const via = tree.caseOf(h);
    if (via === "secondo") return true;
    const up = tree.head(h);
    if (up < 1) return false;
    const above = tree.word(up).lemma;
    return (via === "a" && above === "stare") || (via === "di" && above === "giudizio");
  });
}

/** The words of a mention, and those of them whose head lies outside it. */
export function mentionWords(tree: DependencyTree, m: ResolvedMention): { inside: number[]; heads: number[] } {
  const inside = tree.words.filter((w) => w.start !== undefined && w.start >= m.start && w.start < m.end).map((w) => w.id);
  return { inside, heads: inside.filter((x) => !inside.includes(tree.head(x))) };
}

/** Which key a mention stands for as an argument of the given classes, if any. */
export type ArgFit = (p: PlacedMention, types: readonly EntityType[]) => string | undefined;

export function placeMentions(s: Sentence, ms: readonly ResolvedMention[]): PlacedMention[] {
  const idx = (off: number) => s.tokens.findIndex((t) => t.start <= off && off < t.end);
  const tree = s.syntax ? treeOf(s.syntax) : undefined;
  return ms.filter((m) => m.sentence === s.index).map((m) => {
    const source = tree !== undefined && introducedAsSource(tree, m);
    return { m, first: idx(m.start), last: idx(m.end - 1), type: m.type, source };
  }).sort((a, b) => a.first - b.first || a.last - b.last);
}

/** Verbs whose active perfect takes `essere` (`è arrivata`, `è intervenuta`): never passive. */
export const ESSERE_VERBS: ReadonlySet<string> = new Set(["arrivare", "intervenire", "giungere", "partire", "tornare", "andare", "venire", "entrare", "uscire", "morire", "restare", "rimanere", "diventare", "stare", "salire", "cadere", "volare", "atterrare", "recare", "trovare", "passare", "apparire", "succedere", "accadere", "riuscire", "nascere"]);
