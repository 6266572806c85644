// Finding a node by any of its names: case, accents and punctuation folded, so `Choïgou`,
// `Sergei Shoigu` and `shoigu` all find Shoigu.
export function fold(s: string): string {
  return s.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase().replace(/[’'`´]/g, " ").replace(/[^\p{L}\p{N}]+/gu, " ").trim();
}

export interface SearchEntry {
  key: string;
  label: string;
  type: string;
  names: string[];
}

export interface SearchHit {
  key: string;
  label: string;
  type: string;
  matched: string;
}

export class SearchIndex {
  private rows: Array<{ entry: SearchEntry; folded: string[] }>;
  constructor(entries: SearchEntry[]) {
    this.rows = entries.map((entry) => ({ entry, folded: [entry.label, ...entry.names].map(fold) }));
  }

  /** Best matches first: exact name, then prefix of a word, then substring. */
  find(query: string, limit = 8): SearchHit[] {
    const q = fold(query);
    if (!q) return [];
    const scored: Array<{ hit: SearchHit; score: number }> = [];
    for (const { entry, folded } of this.rows) {
      let best = 0;
      let matched = "";
      folded.forEach((f, i) => {
        const score = f === q ? 3 : f.startsWith(q) || f.includes(` ${q}`) ? 2 : f.includes(q) ? 1 : 0;
        if (score > best) { best = score; matched = [entry.label, ...entry.names][i]!; }
      });
      if (best > 0) scored.push({ hit: { key: entry.key, label: entry.label, type: entry.type, matched }, score: best });
    }
    return scored.sort((a, b) => b.score - a.score || a.hit.label.localeCompare(b.hit.label)).slice(0, limit).map((s) => s.hit);
  }
}
