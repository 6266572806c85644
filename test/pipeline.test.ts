// The pipeline's stage list is consistent: every stage's requirements are assigned upstream.
import { describe, expect, it } from "vitest";
import { ARTICLE_STAGES, CORPUS_STAGES, checkStageOrder } from "../src/pipeline.ts";

describe("stage order", () => {
  it("assigns every requirement before it is needed", () => {
    expect(() => checkStageOrder([...ARTICLE_STAGES, ...CORPUS_STAGES])).not.toThrow();
  });

  it("refuses a stage placed before what it needs", () => {
    expect(() => checkStageOrder([ARTICLE_STAGES[2]!, ARTICLE_STAGES[0]!, ARTICLE_STAGES[1]!])).toThrow(/extract requires/);
  });
});
