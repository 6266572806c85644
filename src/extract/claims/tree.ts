// The claim readers (agents, states, subjects) take a sentence, parsed or not: its shared tree
// (src/syntax/tree.ts), or none.
import { treeOf as parsedTree, type DependencyTree } from "../../syntax/tree.ts";
import type { Sentence } from "../../types.ts";

export function treeOf(s: Sentence): DependencyTree | undefined {
  return s.syntax && s.syntax.words.length > 0 ? parsedTree(s.syntax) : undefined;
}
