// `--shard i/n`: a deterministic slice of the corpus, for building on more than one
// machine. An article belongs to shard 1 + (hash of its file name mod n), so adding an
// article never moves another one. Entity IRIs are content-derived, so the shards' Turtle
// files merge in a triple store by plain union.
import { createHash } from "node:crypto";
import { UsageError } from "../errors.ts";

export interface Shard { index: number; count: number }

/** `2/4` -> { index: 2, count: 4 } (1-based). */
export function parseShard(s: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(s.trim());
  const index = Number(m?.[1]), count = Number(m?.[2]);
  if (!m || count < 1 || index < 1 || index > count) throw new UsageError(`build: --shard expects i/n with 1 ≤ i ≤ n, e.g. 1/2 (got ${JSON.stringify(s)})`);
  return { index, count };
}

export function shardOf(name: string, count: number): number {
  return 1 + (createHash("sha256").update(name).digest().readUInt32BE(0) % count);
}

export function selectShard<T extends string>(names: readonly T[], shard: Shard | undefined): T[] {
  return shard ? names.filter((n) => shardOf(n, shard.count) === shard.index) : [...names];
}
