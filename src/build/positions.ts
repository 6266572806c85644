// Node positions kept between builds (`<out>/.cache/positions.json`), so an incremental
// build moves the picture as little as possible.
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { OutputError } from "../errors.ts";
import type { TramaGraph } from "../graph/types.ts";

const FILE = "positions.json";

export function readPositions(cacheRoot: string): Map<string, [number, number]> | undefined {
  try {
    const { keys, xy } = JSON.parse(readFileSync(join(cacheRoot, FILE), "utf8")) as { keys: string[]; xy: number[] };
    return new Map(keys.map((k, i) => [k, [xy[2 * i]!, xy[2 * i + 1]!]]));
  } catch {
    return undefined;
  }
}

export function writePositions(cacheRoot: string, graph: TramaGraph): void {
  const keys: string[] = [], xy: number[] = [];
  graph.forEachNode((k, a) => { keys.push(k); xy.push(a.x, a.y); });
  const tmp = join(cacheRoot, `${FILE}.tmp-${process.pid}`);
  try {
    mkdirSync(cacheRoot, { recursive: true });
    writeFileSync(tmp, JSON.stringify({ keys, xy }));
    renameSync(tmp, join(cacheRoot, FILE));
  } catch (e) {
    try { rmSync(tmp, { force: true }); } catch { /* the folder itself could not be made */ }
    throw new OutputError(join(cacheRoot, FILE), `cannot write (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
}
