// A phrase set off by a comma from the phrase before it, the way Italian writes an apposition
// (`X, in Y`, `X (ACR), con sede a Y`, `il suo partito, Y`), read from the parse: the comma is
// a `punct` dependent of one of the two phrases or of the word they both hang from, and the
// first phrase, the comma and the second follow each other with nothing between (Semgrex's
// `.` over phrases, not a window of tokens). The parser hangs that comma on any of the three.
import type { DependencyTree } from "../../syntax/tree.ts";

/** A phrase's own words: its subtree without punctuation and without what is coordinated to it (`il porto di X e lo scalo di Y`). */
export function phraseWords(tree: DependencyTree, id: number): number[] {
  const out = [id];
  for (const k of tree.children(id)) if (!["punct", "conj", "cc"].includes(tree.deprel(k))) out.push(...phraseWords(tree, k));
  return out;
}
/** Words in parentheses are the phrase's own even when the parser read them as a conjunct (`X (ACR)`). */
const parenthesized = (tree: DependencyTree, k: number) => tree.children(k, "punct").some((c) => tree.word(c).form === "(");

/** A phrase's words with the punctuation and parenthesis inside it (`X (ACR)`), without what is coordinated to it. */
function spanWords(tree: DependencyTree, id: number): number[] {
  const out = [id];
  for (const k of tree.children(id)) if (tree.deprel(k) !== "cc" && (tree.deprel(k) !== "conj" || parenthesized(tree, k))) out.push(...spanWords(tree, k));
  return out;
}
export const lastOf = (tree: DependencyTree, id: number) => Math.max(...phraseWords(tree, id));
export const firstOf = (tree: DependencyTree, id: number) => Math.min(...phraseWords(tree, id));

/** The word both hang from, nearest to them (a word that governs the other is it). */
function governorOfBoth(tree: DependencyTree, a: number, b: number): number {
  const above = new Set<number>();
  for (let x = a; x > 0 && !above.has(x); x = tree.head(x)) above.add(x);
  let y = b;
  while (y > 0 && !above.has(y)) y = tree.head(y);
  return y;
}

/** A `punct` comma hung on either phrase or on the word both hang from. */
function isSettingComma(tree: DependencyTree, comma: number, before: number, after: number): boolean {
  if (comma < 1 || comma > tree.size || tree.deprel(comma) !== "punct" || tree.word(comma).form !== ",") return false;
  const h = tree.head(comma);
  return h === before || h === after || h === governorOfBoth(tree, before, after);
}

/**
 * The comma that sets the phrase headed by `after` off from the phrase headed by `before`:
 * `before`'s phrase (with any parenthesis it holds, `X (ACR)`) ends right at the comma, and
 * `after`'s phrase (its article, preposition or relative `che` included) opens right after it.
 */
export function commaBetween(tree: DependencyTree, before: number, after: number, afterFirst = firstOf(tree, after)): number | undefined {
  const comma = afterFirst - 1;
  const end = Math.max(...spanWords(tree, before).filter((k) => k < comma));
  return end === comma - 1 && isSettingComma(tree, comma, before, after) ? comma : undefined;
}

/**
 * The phrase a comma-set phrase follows when the parser did not hang one on the other: the
 * highest word whose phrase (with its parenthesis) ends right before the comma opening `after`.
 */
export function phraseBeforeComma(tree: DependencyTree, after: number, afterFirst = firstOf(tree, after)): number | undefined {
  const comma = afterFirst - 1;
  let x = comma - 1;
  if (x < 1) return undefined;
  // Climb while the head's phrase lies wholly before the comma (the comma itself may hang on it).
  // (A conjunct is a phrase of its own: `X, sede di A, e Y, roccaforte di B` sets B's phrase off from Y, not from X.)
  while (tree.head(x) > 0 && spanWords(tree, tree.head(x)).includes(x) && spanWords(tree, tree.head(x)).every((k) => k <= comma)) x = tree.head(x);
  return commaBetween(tree, x, after, afterFirst) !== undefined ? x : undefined;
}
