// The pipeline's stage list is consistent: every stage's requirements are assigned upstream.
import { describe, expect, it } from "vitest";
import { ARTICLE_STAGES, CORPUS_STAGES, checkStageOrder } from "../src/pipeline.ts";

describe("stage order", () => {
  it("assigns every requirement before it is needed", () => {
    expect(() => checkStageOrder([...ARTICLE_STAGES, ...CORPUS_STAGES])).not.toThrow();
  });

  it("refuses a stage placed before what it needs", () => {
    const byName = (n: string) => ARTICLE_STAGES.find((s) => s.name === n)!;
    expect(() => checkStageOrder([byName("extract"), byName("ingest"), byName("analyze")])).toThrow(/extract requires/);
    expect(() => checkStageOrder([byName("ingest"), byName("parse"), byName("analyze")])).toThrow(/parse requires article.sentences/);
  });
});
