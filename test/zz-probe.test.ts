import { it } from "vitest";
import { readFileSync } from "node:fs";
import { extractText } from "./extract/helpers.ts";
it("probe", async () => {
  const lines = readFileSync("/tmp/ner7/sents.txt", "utf8").split("\n").filter((l) => l.trim());
  const out: string[] = [];
  for (const l of lines) {
    const x = await extractText(l);
    out.push(`\n# ${l}\n  ` + (x as any).mentions.map((m) => `${m.surface}:${m.type}=${m.key}[${(m as any).candidate?.rule ?? (m as any).rule ?? (m as any).resolvedBy}]`).join(" | ") + "\n  R: " + x.relations.map((r) => `${r.subject} ${r.predicate} ${r.object}`).join(" ; "));
  }
  console.log(out.join("\n"));
}, 120000);
