// Bytes to text, refusing what is not a readable UTF-8 article, and the file's format
// from its extension.
import { extname } from "node:path";
import { IngestError } from "../errors.ts";

export type ArticleFormat = "text" | "markdown" | "html";

const FORMATS: Readonly<Record<string, ArticleFormat>> = { ".txt": "text", ".md": "markdown", ".html": "html", ".htm": "html" };

/** Extensions ingest reads (the CLI lists article files with it). */
export const ARTICLE_EXTENSIONS: readonly string[] = Object.keys(FORMATS);

export function articleFormat(path: string, name: string): ArticleFormat {
  const ext = extname(name).toLowerCase();
  const format = FORMATS[ext];
  if (!format) throw new IngestError(path, `unsupported file type ${ext || "(no extension)"} (expected .txt, .md, .html)`);
  return format;
}

// `fatal` turns malformed sequences into an exception instead of U+FFFD. With the default
// `ignoreBOM: false` the decoder also drops a leading UTF-8 BOM (EF BB BF): every offset
// Trama reports counts characters from the first character after the BOM.
const utf8 = new TextDecoder("utf-8", { fatal: true });

/** The decoded text of the file; throws IngestError for empty, binary or non-UTF-8 input. */
export function decodeArticle(path: string, bytes: Uint8Array): string {
  if (bytes.length === 0) throw new IngestError(path, "empty file");
  // A NUL byte never occurs in text; checked first because binary data is rarely valid UTF-8
  // either, and "binary" says more than "invalid UTF-8".
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new IngestError(path, `binary file (NUL byte at offset ${nul})`);
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new IngestError(path, "invalid UTF-8");
  }
  if (text === "") throw new IngestError(path, "empty file");
  if (text.trim() === "") throw new IngestError(path, "empty file (only whitespace)");
  return text;
}
