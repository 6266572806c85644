// Trama's pipeline, in order. Each per-article stage is a pure function of a typed
// document and an explicit context, so articles can be processed in any order, in
// worker threads, and cached by content hash. The corpus stages then fold all
// per-article extractions into one graph and write it out.
//
//   SourceFile --ingest--> Article --analyze--> AnalyzedArticle --parse--> AnalyzedArticle (trees)
//     --extract--> ArticleExtraction
//   ArticleExtraction[] --buildGraph--> TramaGraph --layoutGraph--> TramaGraph (x, y)
//   TramaGraph --writeGraphJson / writeTurtle--> graph.json, graph.ttl
import { ingest } from "./ingest/index.ts";
import { analyze } from "./nlp/index.ts";
import { extract } from "./extract/index.ts";
import { scopeDescriptions } from "./extract/described.ts";
import { loadSyntaxContext, parseArticle, type SyntaxContext } from "./syntax/index.ts";
import { loadNlpContext, type NlpContext } from "./nlp/context.ts";
import { loadExtractContext, type ExtractContext, type ExtractOptions } from "./extract/context.ts";
import type { ArticleExtraction, SourceFile } from "./types.ts";
import { defaultDataDir } from "./paths.ts";

export interface TramaContext {
  nlp: NlpContext;
  syntax: SyntaxContext;
  extract: ExtractContext;
}

/** A stage declares what it needs and what it adds, so the order can be checked (spaCy's pipe analysis). */
export interface StageInfo {
  name: string;
  requires: string[];
  assigns: string[];
}

export const ARTICLE_STAGES: readonly StageInfo[] = [
  { name: "ingest", requires: ["file.bytes"], assigns: ["article.meta", "article.text"] },
  { name: "analyze", requires: ["article.text"], assigns: ["article.sentences", "token.lemma", "sentence.numbers"] },
  { name: "parse", requires: ["article.sentences"], assigns: ["sentence.syntax"] },
  { name: "extract", requires: ["article.sentences", "token.lemma", "sentence.numbers", "article.meta"], assigns: ["extraction.entities", "extraction.mentions", "extraction.relations", "extraction.claims"] },
];

export const CORPUS_STAGES: readonly StageInfo[] = [
  { name: "buildGraph", requires: ["extraction.entities", "extraction.mentions", "extraction.relations", "extraction.claims"], assigns: ["graph.nodes", "graph.edges"] },
  { name: "layoutGraph", requires: ["graph.nodes", "graph.edges"], assigns: ["node.x", "node.y"] },
  { name: "write", requires: ["graph.nodes", "graph.edges", "node.x", "node.y"], assigns: [] },
];

/** Throws when a stage requires something no earlier stage assigns. */
export function checkStageOrder(stages: readonly StageInfo[], given: string[] = ["file.bytes"]): void {
  const have = new Set(given);
  for (const stage of stages) {
    const missing = stage.requires.filter((r) => !have.has(r));
    if (missing.length > 0) throw new Error(`stage ${stage.name} requires ${missing.join(", ")}, which no earlier stage assigns`);
    for (const a of stage.assigns) have.add(a);
  }
}

/** @param opts.disable rule ids or prefixes switched off for this context (src/extract/disable.ts). */
export async function loadContext(dataDir: string = defaultDataDir, opts: ExtractOptions = {}): Promise<TramaContext> {
  const nlp = await loadNlpContext(dataDir);
  const extractCtx = await loadExtractContext(dataDir, opts);
  return { nlp, syntax: loadSyntaxContext(dataDir, nlp.lemmas), extract: extractCtx };
}

/** The whole per-article pipeline: bytes in, extraction out. Pure given the context. Throws IngestError. */
export function processArticle(file: SourceFile, ctx: TramaContext): ArticleExtraction {
  const article = ingest(file);
  const analyzed = parseArticle(analyze(article, ctx.nlp), ctx.syntax);
  return scopeDescriptions(extract(analyzed, ctx.extract));
}
