// Look-ups the dependency matcher (tree-patterns.ts) makes for every word or argument, built
// once per rule set instead: which patterns a lemma triggers, and the words that hold a clause.
import type { TreePattern, TreeRules } from "./tree-rules.ts";

/**
 * Patterns by trigger lemma, built once per pattern list: a sentence's words are matched
 * against the few patterns one of their lemmas triggers, not against every pattern.
 */
const triggerIndexes = new WeakMap<readonly TreePattern[], Map<string, number[]>>();

export function triggerIndex(patterns: readonly TreePattern[]): Map<string, number[]> {
  let index = triggerIndexes.get(patterns);
  if (index) return index;
  index = new Map();
  patterns.forEach((p, i) => {
    for (const l of new Set(p.lemmas)) {
      const list = index!.get(l) ?? [];
      list.push(i);
      index!.set(l, list);
    }
  });
  triggerIndexes.set(patterns, index);
  return index;
}

const NONE: readonly TreePattern[] = [];

/** The patterns one of `lemmas` triggers, in the list's order (as scanning the whole list would meet them). */
export function triggeredBy(patterns: readonly TreePattern[], index: ReadonlyMap<string, number[]>, lemmas: ReadonlySet<string>): readonly TreePattern[] {
  let found: number[] | undefined;
  for (const l of lemmas) {
    const list = index.get(l);
    if (list) found = found ? [...found, ...list] : list;
  }
  if (!found) return NONE;
  return [...new Set(found)].sort((a, b) => a - b).map((i) => patterns[i]!);
}

const holderLists = new WeakMap<TreeRules["modality"], string[]>();

/** Words that hold a clause (plan and negating nouns, reporting verbs), joined once per rule set. */
export function holdersOf(m: TreeRules["modality"]): string[] {
  let list = holderLists.get(m);
  if (!list) holderLists.set(m, (list = [...m.planNouns, ...m.negatingNouns, ...m.reportingVerbs]));
  return list;
}
