// The extraction cache: one file per article under `<out>/.cache/extractions/<version>/`,
// named by a hash of the article's file name and content, so `trama build` re-extracts
// only new or changed articles. Entries of other pipeline versions and of articles no
// longer in the corpus are removed at the end of a build (prune). Inside an entry, each
// distinct evidence sentence is stored once and referenced by index (the evidence of
// mentions, relations and claims: the texts a graph keeps).
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { OutputError } from "../errors.ts";
import type { ArticleExtraction, Evidence } from "../types.ts";

export type CachedOutcome = { extraction: ArticleExtraction } | { skipped: string };

interface Packed { v: 2; texts: string[]; x?: ArticleExtraction; skipped?: string }

/** Where an extraction keeps its evidence: only there are texts replaced by an index (anything else keeps its text inline). */
const evidenceOf = (x: ArticleExtraction): Evidence[] => [...x.mentions.map((m) => m.evidence), ...x.relations.map((f) => f.evidence), ...x.claims.map((c) => c.evidence)];

/** The extraction with each evidence's text replaced by an index into one table of distinct texts. */
function pack(x: ArticleExtraction): Packed {
  const texts: string[] = [];
  const ids = new Map<string, number>();
  const index = (t: string) => {
    let id = ids.get(t);
    if (id === undefined) { id = texts.length; texts.push(t); ids.set(t, id); }
    return id;
  };
  const withIndex = (e: Evidence) => ({ ...e, text: index(e.text) });
  return {
    v: 2, texts,
    x: {
      ...x,
      mentions: x.mentions.map((m) => ({ ...m, evidence: withIndex(m.evidence) })),
      relations: x.relations.map((f) => ({ ...f, evidence: withIndex(f.evidence) })),
      claims: x.claims.map((c) => ({ ...c, evidence: withIndex(c.evidence) })),
    } as unknown as ArticleExtraction,
  };
}

function unpack(p: Packed): ArticleExtraction {
  const x = p.x!;
  for (const e of evidenceOf(x)) e.text = p.texts[e.text as unknown as number]!;
  return x;
}

export class ExtractionCache {
  readonly dir: string;
  private used = new Set<string>();

  /** With `keepInMemory` (watch mode), outcomes also stay in memory between builds. */
  constructor(readonly root: string, readonly version: string, keepInMemory = false) {
    this.dir = join(root, "extractions", version);
    if (keepInMemory) this.memory = new Map();
  }

  private memory: Map<string, CachedOutcome> | undefined;

  /** Forget which entries the previous build used (for prune). */
  beginBuild(): void {
    this.used.clear();
  }

  static keyOf(name: string, contentHash: string): string {
    return createHash("sha256").update(`${name}\u0000${contentHash}`).digest("hex").slice(0, 32);
  }

  private path(key: string): string {
    return join(this.dir, key.slice(0, 2), `${key}.json`);
  }

  get(key: string): CachedOutcome | undefined {
    this.used.add(key);
    const kept = this.memory?.get(key);
    if (kept) return kept;
    let p: Packed;
    try { p = JSON.parse(readFileSync(this.path(key), "utf8")) as Packed; } catch { return undefined; }
    if (p?.v !== 2) return undefined;
    const outcome = p.skipped !== undefined ? { skipped: p.skipped } : { extraction: unpack(p) };
    this.memory?.set(key, outcome);
    return outcome;
  }

  put(key: string, outcome: CachedOutcome): void {
    this.used.add(key);
    this.memory?.set(key, outcome);
    const file = this.path(key);
    const body: Packed = "skipped" in outcome ? { v: 2, texts: [], skipped: outcome.skipped } : pack(outcome.extraction);
    const tmp = `${file}.tmp-${process.pid}`;
    try {
      mkdirSync(join(this.dir, key.slice(0, 2)), { recursive: true });
      writeFileSync(tmp, JSON.stringify(body));
      renameSync(tmp, file);
    } catch (e) {
      try { rmSync(tmp, { force: true }); } catch { /* the folder itself could not be made */ }
      throw new OutputError(file, `cannot write the cache (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    }
  }

  /** Remove entries no article of this build used, and every other pipeline version. */
  prune(): number {
    let removed = 0;
    if (this.memory) for (const k of this.memory.keys()) if (!this.used.has(k)) this.memory.delete(k);
    const versions = join(this.root, "extractions");
    for (const v of safeList(versions)) if (v !== this.version) { rmSync(join(versions, v), { recursive: true, force: true }); removed++; }
    for (const sub of safeList(this.dir)) {
      for (const f of safeList(join(this.dir, sub))) {
        if (!this.used.has(f.replace(/\.json$/, ""))) { rmSync(join(this.dir, sub, f), { force: true }); removed++; }
      }
    }
    return removed;
  }
}

function safeList(dir: string): string[] {
  try { return readdirSync(dir); } catch { return []; }
}
