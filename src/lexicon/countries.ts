// Every country, with Italian and English names (official and short forms) from the
// i18n-iso-countries package, completed by an overlay of names the press uses
// (`Nordcorea`, `RPDC`, `Stati Uniti`), better labels and certain Wikidata ids.
import { createRequire } from "node:module";
import { slugify } from "../names/slug.ts";
import type { LexiconEntry } from "./types.ts";

const require = createRequire(import.meta.url);

export interface CountryOverlay {
  iso: string;
  label?: string;
  names?: string[];
  /** Names from the package that must not be matched (ambiguous with common words). */
  drop?: string[];
  wikidata?: string;
  reason: string;
}

interface CountriesLib {
  registerLocale(locale: unknown): void;
  getNames(lang: string, opts: { select: "all" }): Record<string, string[]>;
}

export function buildCountries(overlays: ReadonlyMap<string, CountryOverlay>): LexiconEntry[] {
  const lib = require("i18n-iso-countries") as CountriesLib;
  lib.registerLocale(require("i18n-iso-countries/langs/en.json"));
  lib.registerLocale(require("i18n-iso-countries/langs/it.json"));
  const en = lib.getNames("en", { select: "all" });
  const it = lib.getNames("it", { select: "all" });
  return Object.keys(en).sort().map((iso) => {
    const o = overlays.get(iso);
    const enNames = en[iso] ?? [];
    const label = o?.label ?? enNames.find((n) => !n.includes(",")) ?? enNames[0] ?? iso;
    const drop = new Set(o?.drop ?? []);
    // Two-letter codes collide with words; the package's short codes (`US`, `UK`) are added only by overlay.
    const names = [...new Set([label, ...enNames, ...(it[iso] ?? []), ...(o?.names ?? [])])]
      .filter((n) => !drop.has(n) && !/^[A-Z]{2}$/.test(n) && !n.includes(","));
    return {
      id: `country/${slugify(label)}`,
      type: "Country" as const,
      label,
      lang: "en" as const,
      names,
      country: iso,
      ...(o?.wikidata ? { wikidata: o.wikidata } : {}),
      reason: o ? `names from i18n-iso-countries; ${o.reason}` : "names from i18n-iso-countries (Italian and English)",
    };
  });
}
