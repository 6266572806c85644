// The pipeline version that keys the extraction cache: a hash of every file under data/
// (lexicons, rules, models), of the source files the per-article stages are made of, and
// of the package version. Any change to one of them makes every cached extraction stale.
// The sources are the static-import closure of the per-article job and of the cache's own
// format: a change to the corpus stages (graph, Turtle, layout) leaves the extractions
// valid, so it is an incremental build, not a full one. Computed once per process.
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { VERSION } from "../cli/version.ts";

function filesUnder(dir: string): string[] {
  let entries;
  try { entries = readdirSync(dir, { withFileTypes: true, recursive: true }); } catch { return []; }
  return entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath ?? (e as unknown as { path: string }).path, e.name))
    .sort();
}

/** Hash of the files under each folder (paths relative to it, and contents). */
export function hashFolders(dirs: readonly string[]): string {
  const h = createHash("sha256");
  for (const dir of dirs) {
    for (const f of filesUnder(dir)) {
      h.update(`${relative(dir, f)}\u0000`);
      h.update(readFileSync(f));
      h.update("\u0000");
    }
  }
  return h.digest("hex");
}

const IMPORT = /(?:^|[\s;])(?:import|export)\s[^;]*?from\s*"(\.{1,2}\/[^"]+)"|import\s*\(?\s*"(\.{1,2}\/[^"]+)"/g;

/** The files the entries import, directly or not (relative specifiers only: packages are pinned by the lockfile). */
export function importClosure(entries: readonly string[]): string[] {
  const seen = new Set<string>();
  const todo = [...entries];
  while (todo.length) {
    const f = todo.pop()!;
    if (seen.has(f)) continue;
    seen.add(f);
    for (const m of readFileSync(f, "utf8").matchAll(IMPORT)) {
      const target = join(dirname(f), m[1] ?? m[2]!);
      // Compiled output imports `.js` for a `.ts` source, and the other way round.
      const found = [target, target.replace(/\.js$/, ".ts"), target.replace(/\.ts$/, ".js")].find((t) => existsSync(t));
      if (found) todo.push(found);
    }
  }
  return [...seen].sort();
}

const memo = new Map<string, string>();

/** `<package version>-<16 hex>`: changes when data/, the sources or the version change. */
export function pipelineVersion(dataDir: string): string {
  let v = memo.get(dataDir);
  if (!v) {
    const here = fileURLToPath(import.meta.url);
    const ext = here.endsWith(".js") ? ".js" : ".ts";
    const root = join(dirname(here), "..");
    const h = createHash("sha256").update(hashFolders([dataDir]));
    for (const f of importClosure([join(dirname(here), `job${ext}`), join(dirname(here), `cache${ext}`)])) h.update(`${relative(root, f)}\u0000`).update(readFileSync(f)).update("\u0000");
    v = `${VERSION}-${h.digest("hex").slice(0, 16)}`;
    memo.set(dataDir, v);
  }
  return v;
}

/**
 * Where a build with rules switched off keeps its cache, and under which version: its own
 * folder (`<cache>/disabled/<hash>`) keyed by the sorted specs, so it never reuses normal
 * entries nor prunes them, and two different sets never share one.
 */
export function disabledCache(cacheDir: string, version: string, disable: readonly string[]): { root: string; version: string } {
  if (disable.length === 0) return { root: cacheDir, version };
  const h = createHash("sha256").update([...new Set(disable)].sort().join("\n")).digest("hex").slice(0, 12);
  return { root: join(cacheDir, "disabled", h), version: `${version}-off-${h}` };
}
