// Bytes to text, refusing what is not a readable UTF-8 (or UTF-16 with BOM) article, and the file's format
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
// UTF-16 is what Windows tools call "Unicode": recognized by its byte order mark (dropped,
// like UTF-8's), decoded, then read like any other text.
const utf16 = { le: new TextDecoder("utf-16le", { fatal: true }), be: new TextDecoder("utf-16be", { fatal: true }) };

function utf16Order(bytes: Uint8Array): "le" | "be" | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "be";
  return undefined;
}

function checkText(path: string, text: string): string {
  if (text === "") throw new IngestError(path, "empty file");
  if (text.trim() === "") throw new IngestError(path, "empty file (only whitespace)");
  if (text.includes("\0")) throw new IngestError(path, `binary file (NUL character at offset ${text.indexOf("\0")})`);
  return text;
}

/** The decoded text of the file (UTF-8, or UTF-16 with a byte order mark); throws IngestError for empty, binary or undecodable input. */
export function decodeArticle(path: string, bytes: Uint8Array): string {
  if (bytes.length === 0) throw new IngestError(path, "empty file");
  const order = utf16Order(bytes);
  if (order) {
    try {
      return checkText(path, utf16[order].decode(bytes));
    } catch (e) {
      if (e instanceof IngestError) throw e;
      throw new IngestError(path, `invalid UTF-16${order === "le" ? "LE" : "BE"}`);
    }
  }
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
