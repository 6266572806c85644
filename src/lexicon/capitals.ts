// Every country's capital, from the countries-list package, as a Place that acts for its
// country (metonymy: `Pyongyang ha inviato…`). Capitals already in places.jsonl (with their
// Italian exonyms and certain Wikidata ids) are kept as they are.
import { createRequire } from "node:module";
import { foldName } from "../names/fold.ts";
import { slugify } from "../names/slug.ts";
import type { LexiconEntry } from "./types.ts";

const require = createRequire(import.meta.url);

export function buildCapitals(existing: readonly LexiconEntry[], countryKey: (iso: string) => string | undefined): LexiconEntry[] {
  const { countries } = require("countries-list") as { countries: Record<string, { capital?: string }> };
  const known = new Set(existing.filter((e) => e.type === "Place").flatMap((e) => e.names.map((n) => `${e.country}|${foldName(n)}`)));
  const ids = new Set(existing.map((e) => e.id));
  const out: LexiconEntry[] = [];
  for (const [iso, c] of Object.entries(countries).sort(([a], [b]) => a.localeCompare(b))) {
    const country = countryKey(iso);
    const capital = c.capital?.trim();
    if (!country || !capital || known.has(`${iso}|${foldName(capital)}`)) continue;
    // Two capitals with one name (Kingston, Jamaica and Norfolk Island): the first keeps it, the other is left out as ambiguous.
    const id = `place/${slugify(capital)}`;
    if (ids.has(id)) continue;
    ids.add(id);
    out.push({
      id, type: "Place", label: capital, lang: "en", names: [capital], country: iso, locatedIn: country, actsFor: country,
      reason: "capital city (countries-list): as a location the place, as an actor its country",
    });
  }
  return out;
}
