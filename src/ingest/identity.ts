// An article's id: its path relative to the articles folder, without extension, folded to
// ASCII the way entity names are (`Città del Vaticano.md` -> `citta-del-vaticano`). Two
// paths can fold to the same id (`a b.txt`, `a-b.md`); across a corpus every path but the
// first (in sorted order) then gets a short hash of the path itself, so ids stay unique
// per relative path and stable for a given set of files.
import { createHash } from "node:crypto";

/** `2024/Kim a Mosca.txt` -> `2024-kim-a-mosca`; accents folded, other characters become `-`. */
export function articleId(name: string): string {
  const slug = name
    .replace(/\.[^./\\]*$/, "")
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/ß/g, "ss")
    .replace(/[^a-z0-9_]+/g, "-")
    .replace(/^-+|-+$/g, "");
  return slug || "article";
}

/** Six hex digits of the path's sha256: enough to tell apart the few paths that fold alike. */
export function pathHash(name: string): string {
  return createHash("sha256").update(name.replace(/\\/g, "/")).digest("hex").slice(0, 6);
}

/**
 * Unique ids for the relative paths of one corpus: the folded id, with `-<hash>` added
 * for every path after the first that folds to an id already taken (and for any path whose
 * name has no letter or digit left).
 */
export function assignArticleIds(names: readonly string[]): Map<string, string> {
  const ids = new Map<string, string>();
  const taken = new Set<string>();
  for (const name of [...names].sort()) {
    const base = articleId(name);
    let id = base === "article" || taken.has(base) ? `${base}-${pathHash(name)}` : base;
    // A folded id can itself look like another's hashed one; the loop makes that harmless.
    for (let n = 2; taken.has(id); n++) id = `${base}-${pathHash(`${name}#${n}`)}`;
    taken.add(id);
    ids.set(name, id);
  }
  return ids;
}
