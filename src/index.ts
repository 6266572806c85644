// Trama's public API: the pipeline, the graph, the exports and the typed query API.
//
//   import { loadGraph } from "trama";
//   const g = await loadGraph("out");
//   g.entity("Choïgou")?.label;                                   // "Sergei Shoigu"
//   g.relations({ subject: "Corea del Nord", predicate: "deploysTroopsTo" });
//   g.claims({ about: "North Korea", measure: "killed" });
export { loadContext, processArticle, type TramaContext } from "./pipeline.ts";
export { disableRules, ruleIds, ruleFamilies, UnknownRuleError } from "./extract/disable.ts";
export { buildGraph, layoutGraph, readGraphJson, writeGraphJson } from "./graph/index.ts";
export type { TramaGraph, EntityNodeAttributes, RelationEdgeAttributes, ClaimRecord, GraphEnvelope } from "./graph/types.ts";
export { writeTurtle, entityIri } from "./rdf/index.ts";
export { loadGraph, TramaQuery, GraphFormatError, type Entity, type Relation, type RelationQuery, type ClaimQuery } from "./query/index.ts";
export * from "./types.ts";
