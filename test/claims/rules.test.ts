// Claim rules are validated at load: every group needs an id and a reason, and the
// sections the extractor reads must be there.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LexiconError } from "../../src/errors.ts";
import { defaultDataDir } from "../../src/paths.ts";
import { loadClaimsContext } from "../../src/extract/claims/index.ts";

async function withRules(edit: (json: any) => void) {
  const dir = mkdtempSync(join(tmpdir(), "trama-claims-"));
  cpSync(join(defaultDataDir, "temporal"), join(dir, "temporal"), { recursive: true });
  cpSync(join(defaultDataDir, "rules"), join(dir, "rules"), { recursive: true });
  const path = join(dir, "rules", "claims.json");
  const json = JSON.parse(readFileSync(path, "utf8"));
  edit(json);
  writeFileSync(path, JSON.stringify(json));
  return loadClaimsContext(dir);
}

describe("loadClaimsContext", () => {
  it("loads the shipped rules with every class of counted noun and the ISO currency codes", async () => {
    const ctx = await loadClaimsContext(defaultDataDir);
    expect(new Set([...ctx.counted.values()].map((c) => c.cls))).toEqual(new Set(["troops", "personnel", "persons", "killed", "wounded", "casualties", "captured", "munitions", "missiles"]));
    expect([...ctx.currencies.values()].every((c) => /^[A-Z]{3}$/.test(c))).toBe(true);
  });

  it.each<[string, (j: any) => void]>([
    ["a counted group without a reason", (j) => { delete j.counted[0].reason; }],
    ["a counted group with an unknown class", (j) => { j.counted[0].class = "tanks"; }],
    ["a qualifier outside the ontology", (j) => { j.qualifiers[0].qualifier = "roughly"; }],
    ["a state without an id", (j) => { delete j.states[0].id; }],
    ["a state with a measure outside the ontology", (j) => { j.states[0].measure = "dead"; }],
    ["a currency that is no ISO code", (j) => { j.currencies.dollari = "dollar"; }],
    ["no rules for the country a figure is about", (j) => { delete j.aboutCountry; }],
    ["a salience ratio below one", (j) => { j.aboutCountry.salience.ratio = 0.5; }],
    ["no continuation reason", (j) => { delete j.continuation.reason; }],
  ])("rejects %s", async (_what, edit) => {
    await expect(withRules(edit)).rejects.toThrow(LexiconError);
  });
});
