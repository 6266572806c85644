// Finding an entity by any of its names, the way extraction resolves names: folded
// exact match on label or alias first, then the same name up to transliteration.
import { foldName, sameNameKey, translitKey } from "../names/fold.ts";

export interface NamedEntity {
  key: string;
  label: string;
  aliases: string[];
}

export class NameFinder {
  private byFold = new Map<string, string[]>();
  private byTranslit: Array<{ key: string; translit: string }> = [];

  constructor(entities: Iterable<NamedEntity>) {
    for (const e of entities) {
      for (const n of [e.label, ...e.aliases, e.key]) {
        const f = foldName(n);
        if (!f) continue;
        const list = this.byFold.get(f) ?? [];
        if (!list.includes(e.key)) list.push(e.key);
        this.byFold.set(f, list);
        this.byTranslit.push({ key: e.key, translit: translitKey(n) });
      }
    }
  }

  /** Keys known by this name, best first (exact folded name, then transliteration). */
  find(name: string): string[] {
    const exact = this.byFold.get(foldName(name));
    if (exact) return exact;
    const t = translitKey(name);
    if (!t) return [];
    return [...new Set(this.byTranslit.filter((x) => sameNameKey(x.translit, t)).map((x) => x.key))];
  }
}
