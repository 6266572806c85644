// Page furniture mixed into article files: language menus, share bars, menu bars,
// `Leggi anche` links, footers. Rules are data (data/ingest/noise.json) plus one shape
// test for menu bars (which never takes a line that reads as a sentence).
import type { IngestData } from "./data.ts";
import type { Line } from "./mask.ts";

/** `Home | Mondo | Asia | Economia`, `Chi siamo | Contatti | Privacy`: three or more short items between separators. */
export function isMenuBar(line: string): boolean {
  const items = line.split(/\s*[|›»·•]\s*/).filter((s) => s.trim() !== "");
  const separators = (line.match(/[|›»·•]/g) ?? []).length;
  return separators >= 2 && items.length >= 3 && items.every((i) => i.trim().split(/\s+/).length <= 3);
}

/** Long lines ending like a sentence are article text whatever they contain. */
function readsAsSentence(line: string): boolean {
  return line.split(/\s+/).length >= 12 && /[.!?»"”]$/.test(line);
}

export function noiseRule(line: Line, data: IngestData): string | undefined {
  const t = line.text.trim();
  if (!t) return undefined;
  for (const r of data.noise) if (r.pattern.test(t)) return r.id;
  if (!readsAsSentence(t) && isMenuBar(t)) return "menu-bar";
  return undefined;
}
