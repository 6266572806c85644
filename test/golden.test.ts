// Golden test, article to Turtle: a made-up article built by the real pipeline must give
// exactly the committed Turtle. After an intended change, regenerate with
// `UPDATE_GOLDEN=1 npx vitest run test/golden.test.ts` and review the diff.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect, it } from "vitest";
import { buildCorpus, writeOutputs } from "../src/cli/build.ts";
import { projectRoot } from "../src/paths.ts";

const dir = join(projectRoot, "test", "fixtures", "golden");

it("turns the golden article into the committed Turtle, byte for byte", async () => {
  const out = mkdtempSync(join(tmpdir(), "trama-golden-"));
  const built = await buildCorpus(join(dir, "articles"), { quiet: true });
  await writeOutputs(built.graph, out);
  const ttl = readFileSync(join(out, "graph.ttl"), "utf8");
  if (process.env.UPDATE_GOLDEN === "1") writeFileSync(join(dir, "graph.ttl"), ttl);
  expect(ttl).toBe(readFileSync(join(dir, "graph.ttl"), "utf8"));
});
