// An optional front matter block at the top of a text or markdown file:
//   ---
//   title: …
//   date: 2024-05 (YYYY, YYYY-MM or YYYY-MM-DD)
//   source: …
//   url: …
//   ---
// Its values override whatever the text itself says; the block is blanked.
import { IngestError } from "../errors.ts";
import type { IsoDate } from "../types.ts";
import { parseIsoDate } from "./dates.ts";

export interface FrontMatter {
  title?: string;
  date?: IsoDate;
  source?: string;
  url?: string;
  /** Length of the block, closing `---` and its line break included. */
  end: number;
}

const BLOCK = /^---[ \t]*(?:\r\n|\r|\n)([\s\S]*?)(?:\r\n|\r|\n)---[ \t]*(?:\r\n|\r|\n|$)/;
const FIELD = /^\s*(title|date|source|url)\s*:\s*(.*?)\s*$/i;

function unquote(value: string): string {
  const m = /^(["'])(.*)\1$/.exec(value);
  return m ? m[2]! : value;
}

/** The front matter at the very start of `text`, if any; throws IngestError for a bad date. */
export function readFrontMatter(text: string, path: string): FrontMatter | undefined {
  const block = BLOCK.exec(text);
  if (!block) return undefined;
  const found: FrontMatter = { end: block[0].length };
  for (const line of block[1]!.split(/\r\n|\r|\n/)) {
    const field = FIELD.exec(line);
    if (!field) continue;
    const key = field[1]!.toLowerCase() as "title" | "date" | "source" | "url";
    const value = unquote(field[2]!);
    if (key === "date") {
      const date = parseIsoDate(value);
      if (!date) throw new IngestError(path, `front matter: invalid date "${value}"`);
      found.date = date;
    } else if (value !== "") {
      found[key] = value;
    }
  }
  return found;
}
