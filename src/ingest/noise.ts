// Page furniture mixed into article files: language menus, share bars, menu bars,
// `Leggi anche` links, footers, image disclaimers. The rules are data
// (data/ingest/noise.json); menu bars are found by their shape, which never takes a line
// that reads as a sentence.
import type { NoiseRule } from "./data.ts";

// Separators of menu items. Runs of spaces are not separators: in HTML they are where
// inline tags were (`Kim <em>incontra</em> Putin` is a headline, not a menu).
const MENU_SEPARATOR = /\s*[|›»·•]\s*/;
const MENU_SEPARATOR_COUNT = /[|›»·•]/g;

/**
 * `Home | Mondo | Asia | Economia`, `Chi siamo | Contatti | Privacy | Cookie policy`:
 * three or more items between at least two separators, each item at most three words.
 */
export function isMenuBar(line: string): boolean {
  const t = line.trim();
  const separators = t.match(MENU_SEPARATOR_COUNT)?.length ?? 0;
  if (separators < 2) return false;
  const items = t.split(MENU_SEPARATOR).map((i) => i.trim()).filter((i) => i !== "");
  return items.length >= 3 && items.every((i) => i.split(/\s+/).length <= 3 && i.length <= 30 && !/[.!?;:]$/.test(i));
}

/** A line of at least eight words ending like a sentence is article text, whatever it contains. */
export function readsAsSentence(line: string): boolean {
  const t = line.trim();
  return t.split(/\s+/).length >= 8 && /[.!?…»"”)]$/.test(t);
}

/** The id of the rule that makes this line page furniture, or undefined for a line to read. */
export function noiseRule(line: string, rules: readonly NoiseRule[]): string | undefined {
  const t = line.trim();
  if (t === "") return undefined;
  for (const r of rules) if (r.pattern.test(t)) return r.id;
  if (!readsAsSentence(t) && isMenuBar(t)) return "menu-bar";
  return undefined;
}
