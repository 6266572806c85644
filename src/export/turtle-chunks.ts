// graph.ttl again after an edit, copying from the last one what did not change. Watch mode
// keeps, for each unit of the file (an entity, a relation with its evidence, a claim; see
// BlockUnit in src/rdf/blocks.ts), where its text lies in the graph.ttl it wrote last,
// keyed by the unit's owner object. A removable fold gives an unchanged node, edge or
// claim the same object again (src/graph/finish.ts), so such a unit's bytes are copied
// from the old file (runs of neighbouring units in one read) instead of built and encoded
// again; only changed units are encoded (an article's unit also changes when the entities
// naming it do). The bytes are writeTurtle's: a unit's text depends on its owner alone, and what
// joins two units (the end of a statement) on the unit before.
import { open, stat, type FileHandle } from "node:fs/promises";
import type { Writable } from "node:stream";
import type { TramaGraph } from "../graph/types.ts";
import { graphUnits } from "../rdf/blocks.ts";
import { put, TurtleEncoder, TurtleState } from "../rdf/turtle.ts";
import { ID_FOLDER_PREFIXES, PREFIXES } from "../rdf/vocab.ts";

/**
 * A unit's text in the file: bytes [start, end), from its first subject to its last object,
 * in the file of write `written` (a range is moved in place when its unit is copied again).
 */
interface Range { start: number; end: number; first: string; last: string; predicate: string; afterInteger: boolean; also?: readonly string[]; written: number }

/** Two lists of keys alike, element by element. */
const alike = (a: readonly string[] | undefined, b: readonly string[] | undefined) => a === b || (!!a && !!b && a.length === b.length && a.every((x, i) => x === b[i]));

/** Units whose bytes were copied and units encoded anew, by the last write. */
export interface TurtleReuseStats { copied: number; encoded: number }

/** What a watch process keeps of the last graph.ttl it wrote. */
export class TurtleReuse {
  // One map for every write, its ranges updated in place: a new map and a new range per unit
  // on each write (hundreds of thousands at 10,000 articles) kept the collector busy. A range
  // counts only if the last write wrote it (`written`): a unit left out of a write and back
  // in a later one points into a file that is gone.
  private ranges = new WeakMap<object, Range>();
  /** The write whose file is in place (0: none), and the one under way. */
  private committed = 0;
  private writing = 0;
  /** The file the ranges point into, as it was when written: a file changed since is not read. */
  private file: { path: string; size: number; mtimeMs: number } | undefined;
  stats: TurtleReuseStats = { copied: 0, encoded: 0 };

  /** The old file, open, if it is still the one written last. */
  async openPrevious(): Promise<FileHandle | undefined> {
    if (!this.file) return undefined;
    const s = await stat(this.file.path).catch(() => undefined);
    if (!s || s.size !== this.file.size || s.mtimeMs !== this.file.mtimeMs) return undefined;
    return open(this.file.path, "r").catch(() => undefined);
  }

  /** Where the unit lies in the file written last, if it was written there. */
  range(owner: object): Range | undefined {
    const r = this.ranges.get(owner);
    return r && r.written === this.committed && this.committed > 0 ? r : undefined;
  }

  /** Start a write: returns its number, for the ranges it records (never one an earlier write, even one not committed, had). */
  begin(): number { return ++this.writing; }

  /** Record where a unit lies in the file being written. */
  record(owner: object, r: Range): void { this.ranges.set(owner, r); }

  /** The new file is in place at `path`: its ranges are the ones to reuse next time. */
  async commit(path: string): Promise<void> {
    const s = await stat(path);
    this.committed = this.writing;
    this.file = { path, size: s.size, mtimeMs: s.mtimeMs };
  }

  /** The write failed: keep nothing (ranges may have been moved to a file that is not in place). */
  reset(): void {
    this.ranges = new WeakMap();
    this.committed = 0;
    this.file = undefined;
  }
}

/** Output is handed to the stream in pieces of about this many characters. */
const CHUNK = 1 << 16;
/** Bytes read from the old file at once. */
const COPY = 1 << 22;

/** writeTurtle's bytes, reusing the unchanged units of the file `reuse` last wrote. */
export async function writeTurtleReusing(graph: TramaGraph, out: Writable, reuse: TurtleReuse): Promise<void> {
  const previous = await reuse.openPrevious();
  const written = reuse.begin();
  const enc = new TurtleEncoder({ ...PREFIXES, ...ID_FOLDER_PREFIXES });
  const state = new TurtleState(enc);
  const stats: TurtleReuseStats = { copied: 0, encoded: 0 };
  let buf = enc.header();
  let offset = Buffer.byteLength(buf);
  /** Bytes of the old file still to be copied, after `buf`. */
  let pending: { from: number; to: number } | undefined;
  const flushText = async () => { if (buf) { const s = buf; buf = ""; await put(out, s); } };
  // One buffer for every copy, reused once the stream has written it out: hundreds of
  // megabytes of fresh buffers per rebuild would make V8 collect the whole resident heap.
  let copyBuffer: Buffer | undefined;
  const copy = async () => {
    if (!pending) return;
    await flushText();
    copyBuffer ??= Buffer.allocUnsafe(COPY);
    for (let at = pending.from; at < pending.to; ) {
      const length = Math.min(COPY, pending.to - at);
      const { bytesRead } = await previous!.read(copyBuffer, 0, length, at);
      if (bytesRead !== length) throw new Error(`graph.ttl changed while it was copied (at byte ${at})`);
      await new Promise<void>((resolve, reject) => out.write(copyBuffer!.subarray(0, length), (e) => (e ? reject(e) : resolve())));
      at += bytesRead;
    }
    pending = undefined;
  };
  try {
    for (const u of graphUnits(graph)) {
      const old = previous && u.owner ? reuse.range(u.owner) : undefined;
      const sep = state.separator();
      if (old && old.first !== state.subject && alike(old.also, u.also)) {
        const length = old.end - old.start;
        const start = offset + sep.length;
        // The old file holds this unit right after the last copied one (their separator too): one read for both.
        if (pending && old.start === pending.to + sep.length) pending.to = old.end;
        else { await copy(); buf += sep; pending = { from: old.start, to: old.end }; }
        offset = start + length;
        old.start = start; old.end = offset; old.written = written;
        state.subject = old.last; state.predicate = old.predicate; state.afterInteger = old.afterInteger;
        stats.copied++;
        continue;
      }
      await copy();
      const blocks = [...u.blocks()];
      const startsNew = blocks.length > 0 && blocks[0]!.s !== state.subject;
      const text = state.text(blocks);
      const bytes = Buffer.byteLength(text);
      if (u.owner && startsNew) reuse.record(u.owner, { start: offset + sep.length, end: offset + bytes, first: blocks[0]!.s, last: state.subject!, predicate: state.predicate, afterInteger: state.afterInteger, written, ...(u.also ? { also: u.also } : {}) });
      offset += bytes;
      buf += text;
      stats.encoded++;
      if (buf.length >= CHUNK) await flushText();
    }
    await copy();
    buf += state.end();
    await flushText();
  } finally {
    await previous?.close();
  }
  reuse.stats = stats;
}
