export { buildGraph } from "./build.ts";
export { layoutGraph, type LayoutSettings } from "./layout.ts";
export { readGraphJson, writeGraphJson } from "./json.ts";
export { resolveAcrossArticles } from "./resolve.ts";
export * from "./types.ts";
