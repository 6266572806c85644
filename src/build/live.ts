// What watch mode keeps between builds instead of every extraction: the folded graph
// (removable) and, for each article folded into it, its cache key and id. A rebuild then
// reads and folds only the articles added or changed since, and takes out the changed,
// deleted and now unreadable ones; the cached extractions of unchanged articles are not
// even read.
import { GraphFold } from "../graph/fold.ts";
import { loadContext, type TramaContext } from "../pipeline.ts";

export interface Held { key: string; id: string; stamp?: string }

export class LiveFold {
  /** `disable`: the rule ids switched off for the whole watch (src/extract/disable.ts). */
  constructor(dataDir?: string, disable: readonly string[] = []) {
    let ctx: Promise<TramaContext> | undefined;
    this.context = () => (ctx ??= loadContext(dataDir, { disable }));
  }

  fold = new GraphFold({ removable: true });
  /** By file name: what the fold holds of it. */
  readonly held = new Map<string, Held>();
  /** The language context, loaded once when an edit first needs it and kept for the next (extractCorpus's `context`). */
  readonly context: () => Promise<TramaContext>;
  /** Names held or refolded by the build under way. */
  private seen = new Set<string>();

  /**
   * Start a build over `names` (ids as assigned over the whole folder): take out the
   * articles no longer there. If an article still there got another id (a file whose
   * name folds alike came or went), ids may have moved between files: start afresh.
   */
  begin(names: readonly string[], ids: ReadonlyMap<string, string>): void {
    this.seen.clear();
    for (const [name, h] of this.held) {
      if (ids.has(name) && ids.get(name) !== h.id) { this.fold = new GraphFold({ removable: true }); this.held.clear(); return; }
    }
    const current = new Set(names);
    for (const [name, h] of this.held) if (!current.has(name)) this.drop(name, h);
  }

  /** The article is folded with this key: nothing to do (but remember the file's new stamp, if it was only touched). */
  holds(name: string, key: string, stamp?: string): boolean {
    const h = this.held.get(name);
    const ok = h?.key === key;
    if (ok) { this.seen.add(name); if (stamp !== undefined) h!.stamp = stamp; }
    return ok;
  }

  /** The article's file has the stamp it had when folded (extractCorpus's `unchanged`): nothing to do, not even a read. */
  unchanged(name: string, stamp: string): boolean {
    const ok = this.held.get(name)?.stamp === stamp;
    if (ok) this.seen.add(name);
    return ok;
  }

  /** Fold an article's (new) extraction, in place of what it gave before. */
  put(name: string, key: string, x: Parameters<GraphFold["add"]>[0], stamp?: string): void {
    const h = this.held.get(name);
    if (h) this.fold.remove(h.id);
    this.fold.add(x);
    this.held.set(name, { key, id: x.meta.id, ...(stamp !== undefined ? { stamp } : {}) });
    this.seen.add(name);
  }

  /** End a build: take out the articles it neither kept nor refolded (now skipped). */
  end(): void {
    for (const [name, h] of this.held) if (!this.seen.has(name)) this.drop(name, h);
  }

  private drop(name: string, h: Held): void {
    this.fold.remove(h.id);
    this.held.delete(name);
  }
}
