// One dependency tree per parsed sentence, shared by every reader of it (tree patterns,
// sense vetoes, modality, coreference, structure).
import type { Sentence } from "../../types.ts";
import { DependencyTree } from "../../syntax/tree.ts";

// One tree per sentence, however many triggers ask about it (the token rules ask once per
// candidate trigger); keyed by the sentence's syntax object, so nothing outlives it.
const trees = new WeakMap<object, DependencyTree>();
export function treeOf(syntax: NonNullable<Sentence["syntax"]>): DependencyTree {
  let tree = trees.get(syntax);
  if (!tree) trees.set(syntax, (tree = new DependencyTree(syntax.words)));
  return tree;
}
