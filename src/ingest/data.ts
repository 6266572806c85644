// The data ingest reads: noise-line rules and month names, validated and compiled once.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { LexiconError } from "../errors.ts";
import { defaultDataDir } from "../paths.ts";

export interface NoiseRule {
  id: string;
  pattern: RegExp;
  reason: string;
}

export interface IngestData {
  noise: NoiseRule[];
  months: Map<string, number>;
}

function readJson(file: string): Record<string, unknown> {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as Record<string, unknown>;
  } catch (e) {
    throw new LexiconError(file, "", `cannot read: ${(e as Error).message}`);
  }
}

export function loadIngestData(dataDir: string = defaultDataDir): IngestData {
  const noiseFile = join(dataDir, "ingest", "noise.json");
  const rules = readJson(noiseFile).rules;
  if (!Array.isArray(rules)) throw new LexiconError(noiseFile, "", "expected a `rules` array");
  const noise = rules.map((r: Record<string, unknown>, i) => {
    const where = `rule ${i}${typeof r?.id === "string" ? ` "${r.id}"` : ""}`;
    if (typeof r?.id !== "string" || typeof r.reason !== "string" || typeof r.pattern !== "string") throw new LexiconError(noiseFile, where, "needs id, pattern and reason strings");
    try {
      return { id: r.id, reason: r.reason, pattern: new RegExp(r.pattern, "iu") };
    } catch (e) {
      throw new LexiconError(noiseFile, where, `bad pattern: ${(e as Error).message}`);
    }
  });
  const monthsFile = join(dataDir, "ingest", "months.json");
  const months = readJson(monthsFile).months as Record<string, unknown> | undefined;
  if (!months || !Object.values(months).every((v) => Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 12)) {
    throw new LexiconError(monthsFile, "months", "expected month name -> 1..12");
  }
  return { noise, months: new Map(Object.entries(months as Record<string, number>)) };
}

let cached: IngestData | undefined;
export function ingestData(): IngestData {
  cached ??= loadIngestData();
  return cached;
}
