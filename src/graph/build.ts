// The graph stage: every article's extraction folded into one graphology graph with
// deterministic keys. A relation said ten times is one edge with ten pieces of evidence.
// The work is GraphFold's (fold.ts), which a build feeds one article at a time; this is the
// same fold over a list already in memory.
import type { ArticleExtraction } from "../types.ts";
import { GraphFold, type FinishOptions } from "./fold.ts";
import type { TramaGraph } from "./types.ts";

export type BuildGraphOptions = FinishOptions;

/**
 * One graph from every extraction, whatever their order. A mention or relation whose
 * entity no extraction describes (a country inferred from a person's lexicon entry but
 * never named, say) is dropped and reported, never fatal: one article's gap must not sink
 * the build.
 */
export function buildGraph(input: readonly ArticleExtraction[], opts: BuildGraphOptions = {}): TramaGraph {
  const fold = new GraphFold();
  for (const x of input) fold.add(x);
  return fold.finish(opts);
}
