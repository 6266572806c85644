// One dependency tree per parsed sentence for all the claim readers (agents, states,
// subjects), built on first use: a sentence's parts share their sentence's parse.
import { DependencyTree } from "../../syntax/tree.ts";
import type { Sentence } from "../../types.ts";

const trees = new WeakMap<object, DependencyTree>();

export function treeOf(s: Sentence): DependencyTree | undefined {
  if (!s.syntax || s.syntax.words.length === 0) return undefined;
  let tree = trees.get(s.syntax);
  if (!tree) trees.set(s.syntax, (tree = new DependencyTree(s.syntax.words)));
  return tree;
}
