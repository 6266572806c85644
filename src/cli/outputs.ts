// Outputs are updated as a set: every file is written into a staging folder inside the
// output folder, and only when all are complete is each renamed into place, so a failure
// or a kill never leaves graph.json from this build beside graph.ttl from the last one
// (at worst, the renames of a few microseconds). What a killed run left behind (a staging
// folder, or a `graph.ttl.tmp-<pid>` of older versions) is removed at the next start.
import { createWriteStream } from "node:fs";
import { once } from "node:events";
import { mkdir, readdir, rename, rm } from "node:fs/promises";
import { join } from "node:path";
import type { Writable } from "node:stream";
import { finished } from "node:stream/promises";
import { OutputError } from "../errors.ts";
import { checkOutDir } from "./paths-check.ts";

export type OutputWriter = (out: Writable) => Promise<void>;

const STAGING = /^\.trama-(?:staging|probe)-(\d+)$/;
// Only our own names: a user's file in --out is never touched.
const OLD_TEMP = /^graph\.(?:json|ttl|gexf)\.tmp-(\d+)$/;

function alive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Remove the staging folders and temp files of runs that are no longer alive. */
export async function cleanLeftovers(outDir: string): Promise<string[]> {
  const removed: string[] = [];
  for (const name of await readdir(outDir).catch(() => [] as string[])) {
    const m = STAGING.exec(name) ?? OLD_TEMP.exec(name);
    if (!m || alive(Number(m[1]))) continue;
    await rm(join(outDir, name), { recursive: true, force: true });
    removed.push(name);
  }
  return removed;
}

async function writeFile(path: string, write: OutputWriter): Promise<void> {
  const out = createWriteStream(path);
  await once(out, "open"); // rejects on an open error, before any writer waits for a drain
  await write(out);
  out.end();
  await finished(out);
}

/** Write every file of the set into `outDir`, all or (until the final renames) none. Throws OutputError. */
export async function writeOutputSet(outDir: string, files: ReadonlyArray<[name: string, write: OutputWriter]>): Promise<void> {
  await checkOutDir(outDir);
  await cleanLeftovers(outDir);
  const staging = join(outDir, `.trama-staging-${process.pid}`);
  let current = outDir;
  try {
    await rm(staging, { recursive: true, force: true });
    await mkdir(staging);
    for (const [name, write] of files) {
      current = join(outDir, name);
      await writeFile(join(staging, name), write);
    }
    for (const [name] of files) {
      current = join(outDir, name);
      await rename(join(staging, name), join(outDir, name));
    }
  } catch (e) {
    if (e instanceof OutputError) throw e;
    const err = e as NodeJS.ErrnoException;
    throw new OutputError(current, err.code ? `cannot write (${err.code})` : err.message);
  } finally {
    await rm(staging, { recursive: true, force: true }).catch(() => undefined);
  }
}
