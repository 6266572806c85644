// The pipeline version that keys the extraction cache: a hash of every file under data/
// (lexicons, rules, models), of the pipeline's own source files, and of the package
// version. Any change to one of them makes every cached extraction stale. Computed once
// per process.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
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

const memo = new Map<string, string>();

/** `<package version>-<16 hex>`: changes when data/, the sources or the version change. */
export function pipelineVersion(dataDir: string): string {
  let v = memo.get(dataDir);
  if (!v) {
    const sources = join(dirname(fileURLToPath(import.meta.url)), "..");
    v = `${VERSION}-${hashFolders([dataDir, sources]).slice(0, 16)}`;
    memo.set(dataDir, v);
  }
  return v;
}
