// Italian demonyms in all four forms, generated from the masculine singular by the
// regular patterns (`nordcoreano` -> -a -i -e; `tedesco` -> -chi -che; `francese` ->
// -i; `belga` -> -gi -ghe), with explicit forms for the irregular ones.
import type { DemonymForm } from "./types.ts";

export interface DemonymRow {
  /** Masculine singular, lower-case. */
  ms: string;
  /** Country ISO alpha-2. */
  iso: string;
  /** Explicit forms when the regular ones are wrong: [ms, fs, mp, fp]. */
  forms?: [string, string, string, string];
}

/** [ms, fs, mp, fp] by Italian morphology. */
export function inflectDemonym(ms: string): [string, string, string, string] {
  if (/[cg]o$/.test(ms)) {
    const stem = ms.slice(0, -1);
    // `tedesco` -> tedeschi, `greco` -> greci is irregular (given explicitly where needed).
    const h = stem.endsWith("c") || stem.endsWith("g") ? stem + "h" : stem;
    return [ms, stem + "a", h + "i", h + "e"];
  }
  if (ms.endsWith("o")) {
    const stem = ms.slice(0, -1);
    return [ms, stem + "a", stem + "i", stem + "e"];
  }
  if (ms.endsWith("e")) {
    const stem = ms.slice(0, -1);
    return [ms, ms, stem + "i", stem + "i"];
  }
  if (ms.endsWith("a")) {
    // `belga`, `cipriota`, `vietnamita`: -a for both genders in the singular.
    const stem = ms.slice(0, -1);
    const h = /[cg]$/.test(stem) ? stem + "h" : stem;
    return [ms, ms, (stem.endsWith("g") || stem.endsWith("c") ? stem : stem) + "i", h + "e"];
  }
  return [ms, ms, ms, ms];
}

export function demonymForms(rows: readonly DemonymRow[], countryKeyOf: (iso: string) => string | undefined): DemonymForm[] {
  const out: DemonymForm[] = [];
  for (const r of rows) {
    const country = countryKeyOf(r.iso);
    if (!country) continue;
    const [ms, fs, mp, fp] = r.forms ?? inflectDemonym(r.ms);
    out.push(
      { form: ms, country, gender: "m", number: "s" },
      { form: fs, country, gender: "f", number: "s" },
      { form: mp, country, gender: "m", number: "p" },
      { form: fp, country, gender: "f", number: "p" },
    );
    // Hyphenated compounds are also written with a hyphen after the prefix: `sud-coreano`.
    const m = /^(nord|sud)(.+)$/.exec(r.ms);
    if (m && !r.forms) {
      for (const f of [ms, fs, mp, fp]) out.push({ form: `${m[1]}-${f.slice(m[1]!.length)}`, country, gender: f === fs || f === fp ? "f" : "m", number: f === mp || f === fp ? "p" : "s" });
    }
  }
  // One form may belong to one country only; the first row wins.
  const seen = new Set<string>();
  return out.filter((d) => (seen.has(d.form) ? false : (seen.add(d.form), true)));
}
