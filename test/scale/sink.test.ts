// A build folds each extraction into the graph as it arrives: extractCorpus hands them to
// the sink in file order, window by window, and keeps none of them.
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractCorpus } from "../../src/build/extract-corpus.ts";
import { projectRoot } from "../../src/paths.ts";

const articles = join(projectRoot, "data", "articles");

describe("extractCorpus with a sink", () => {
  it("gives every article to the sink in file order and returns none", async () => {
    const names = readdirSync(articles).filter((f) => f.endsWith(".txt")).sort();
    const seen: string[] = [];
    const { extractions, stats } = await extractCorpus(articles, [...names, "missing.txt"], { workers: 1, sink: (x) => seen.push(x.meta.file), warn: () => undefined });
    expect(seen).toEqual(names);
    expect(extractions).toEqual([]);
    expect(stats.skipped).toEqual(["missing.txt"]);
  });
});
