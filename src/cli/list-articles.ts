// The article files of a folder, sorted by relative path. Symbolic links are followed (a
// link to a file is an article like any other; a link to a folder is walked with
// --recursive), each real folder at most once, so a link back to a parent cannot loop; a
// broken link, or one that would loop, is a one-line warning, never silence.
import type { Dirent } from "node:fs";
import { readdir, realpath, stat } from "node:fs/promises";
import { extname, join, relative } from "node:path";
import { UsageError } from "../errors.ts";
import { ARTICLE_EXTENSIONS } from "../ingest/index.ts";

const isArticle = (name: string) => ARTICLE_EXTENSIONS.includes(extname(name).toLowerCase());

export async function listArticles(dir: string, recursive: boolean, warn: (msg: string) => void): Promise<string[]> {
  const found: string[] = [];
  const seen = new Set<string>();
  const walk = async (folder: string): Promise<void> => {
    seen.add(await realpath(folder));
    let entries: Dirent[];
    try {
      entries = await readdir(folder, { withFileTypes: true });
    } catch (e) {
      if (folder === dir) throw e;
      return warn(`${folder}: cannot read the folder (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}), skipped`);
    }
    for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const path = join(folder, e.name);
      let isFile = e.isFile();
      let isDir = e.isDirectory();
      if (e.isSymbolicLink()) {
        const target = await stat(path).catch(() => undefined);
        if (!target) {
          if (isArticle(e.name)) warn(`${path}: broken symbolic link, skipped`);
          continue;
        }
        isFile = target.isFile();
        isDir = target.isDirectory();
        if (isDir && recursive && seen.has(await realpath(path))) {
          warn(`${path}: symbolic link to a folder already read (a loop), skipped`);
          continue;
        }
      }
      if (isFile && isArticle(e.name)) found.push(relative(dir, path));
      else if (isDir && recursive) await walk(path);
    }
  };
  try {
    await walk(dir);
  } catch (e) {
    throw new UsageError(`${dir}: cannot read the articles folder (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  return found.sort();
}
