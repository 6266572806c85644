// Every check on the output folder, done before any article is read: a build that can
// only fail at the end (an hour later, or never, since Node's recursive mkdir loops for
// ever under /proc) should fail at once, with exit 4.
import { constants } from "node:fs";
import { access, mkdir, rmdir, stat, statfs } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { OutputError } from "../errors.ts";

// statfs magic numbers of kernel pseudo-filesystems, where files are not files.
const PSEUDO_FS: ReadonlyMap<number, string> = new Map([
  [0x9fa0, "proc"], [0x62656572, "sysfs"], [0x1cd1, "devpts"], [0x64626720, "debugfs"], [0x27e0eb, "cgroup"], [0x63677270, "cgroup2"],
]);

/** The nearest folder above (or at) `path` that exists, and what stands in its way if it is not a folder. */
async function nearestExisting(path: string): Promise<{ at: string; isDirectory: boolean }> {
  for (let p = path; ; p = dirname(p)) {
    const info = await stat(p).catch((e: NodeJS.ErrnoException) => (e.code === "ENOENT" || e.code === "ENOTDIR" ? undefined : Promise.reject(e)));
    if (info) return { at: p, isDirectory: info.isDirectory() };
    if (dirname(p) === p) return { at: p, isDirectory: false };
  }
}

/**
 * Throws OutputError (exit 4) unless `outDir` is, or can be made, a writable folder on a
 * real filesystem. Creates it, and tries to create (then removes) a folder inside it, the
 * way the output set will be staged.
 */
export async function checkOutDir(outDir: string): Promise<void> {
  const dir = resolve(outDir);
  try {
    const near = await nearestExisting(dir);
    if (!near.isDirectory) throw new OutputError(dir, near.at === dir ? "exists and is not a folder" : `${near.at} is a file, not a folder`);
    const fs = PSEUDO_FS.get(Number((await statfs(near.at)).type));
    if (fs) throw new OutputError(dir, `is on the ${fs} pseudo-filesystem, where outputs cannot be written`);
    await access(near.at, constants.W_OK);
    await mkdir(dir, { recursive: true });
    const probe = resolve(dir, `.trama-probe-${process.pid}`);
    await mkdir(probe);
    await rmdir(probe);
  } catch (e) {
    if (e instanceof OutputError) throw e;
    const err = e as NodeJS.ErrnoException;
    throw new OutputError(dir, err.code === "EROFS" ? "read-only filesystem" : err.code === "EACCES" || err.code === "EPERM" ? `not writable (${err.code})` : `cannot write (${err.code ?? err.message})`);
  }
}
