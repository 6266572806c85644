// The cache version covers the sources of the per-article stages and nothing else, so a
// change to the graph, Turtle or layout code keeps the cached extractions.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { importClosure, pipelineVersion } from "../../src/build/version.ts";
import { projectRoot } from "../../src/paths.ts";

const src = join(projectRoot, "src");
const closure = importClosure([join(src, "build", "job.ts"), join(src, "build", "cache.ts")]).map((f) => f.slice(src.length + 1));

describe("pipeline version", () => {
  it.each([["extract/index.ts"], ["syntax/parser.ts"], ["nlp/index.ts"], ["ingest/index.ts"], ["pipeline.ts"], ["build/cache.ts"]])("covers %s", (f) => {
    expect(closure).toContain(f);
  });

  it.each([["graph/fold.ts"], ["rdf/turtle.ts"], ["graph/layout.ts"], ["export/gexf.ts"], ["cli/build.ts"]])("leaves out the corpus stage %s", (f) => {
    expect(closure).not.toContain(f);
  });

  it("is the package version and a hash, the same on every call", () => {
    const v = pipelineVersion(join(projectRoot, "data"));
    expect(v).toMatch(/^\d+\.\d+\.\d+-[0-9a-f]{16}$/);
    expect(pipelineVersion(join(projectRoot, "data"))).toBe(v);
  });
});
