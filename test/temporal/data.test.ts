// The temporal lexicon is validated at load: a pattern without an id or a reason, or with a
// unit the resolver does not know, is a LexiconError naming the file and the entry.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LexiconError } from "../../src/errors.ts";
import { defaultDataDir } from "../../src/paths.ts";
import { loadTemporalData } from "../../src/temporal/index.ts";

/** A copy of data/temporal with one file changed by `edit`. */
function brokenDataDir(file: string, edit: (json: any) => void): string {
  const dir = mkdtempSync(join(tmpdir(), "trama-temporal-"));
  cpSync(join(defaultDataDir, "temporal"), join(dir, "temporal"), { recursive: true });
  const path = join(dir, "temporal", file);
  const json = JSON.parse(readFileSync(path, "utf8"));
  edit(json);
  writeFileSync(path, JSON.stringify(json));
  return dir;
}

describe("loadTemporalData", () => {
  it("loads the shipped data: twelve months, seven weekdays, every pattern with an id", () => {
    const data = loadTemporalData(defaultDataDir);
    expect(new Set(data.months.values()).size).toBe(12);
    expect(new Set(data.weekdays.values()).size).toBe(7);
    expect(data.relative.every((r) => r.id && r.words.length > 0)).toBe(true);
  });

  it.each<[string, string, (j: any) => void]>([
    ["a relative pattern without a reason", "expressions.json", (j) => { delete j.relative[0].reason; }],
    ["a relative pattern with an unknown unit", "expressions.json", (j) => { j.relative[0].unit = "fortnight"; }],
    ["a kind without words", "expressions.json", (j) => { j.kinds[0].words = []; }],
    ["a range without its connector", "expressions.json", (j) => { delete j.kinds.find((k: any) => k.kind === "range").connector; }],
    ["a month out of range", "calendar.json", (j) => { j.months.gennaio = 13; }],
    ["a part of a period without an id", "calendar.json", (j) => { delete j.partOfPeriod[0].id; }],
  ])("rejects %s", (_what, file, edit) => {
    expect(() => loadTemporalData(brokenDataDir(file, edit))).toThrow(LexiconError);
  });
});
