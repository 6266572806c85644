// Outputs are written to a temporary file in the same folder and renamed into place, so
// a failure never leaves a half-written graph.ttl or graph.json.
import { createWriteStream } from "node:fs";
import { mkdir, rename, rm } from "node:fs/promises";
import { once } from "node:events";
import { dirname } from "node:path";
import type { Writable } from "node:stream";
import { OutputError } from "../errors.ts";

export async function writeAtomically(path: string, write: (out: Writable) => Promise<void>): Promise<void> {
  const tmp = `${path}.tmp-${process.pid}`;
  try {
    await mkdir(dirname(path), { recursive: true });
    const out = createWriteStream(tmp);
    await once(out, "open");
    await write(out);
    out.end();
    await once(out, "finish");
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true }).catch(() => undefined);
    const err = e as NodeJS.ErrnoException;
    throw new OutputError(path, err.code ? `cannot write (${err.code})` : err.message);
  }
}
