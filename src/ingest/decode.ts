// Bytes to text, refusing what is not a readable UTF-8 article.
import { IngestError } from "../errors.ts";

const utf8 = new TextDecoder("utf-8", { fatal: true });

/** Decoded text of the file. A leading BOM is dropped: offsets count from the first character after it. */
export function decodeArticle(path: string, bytes: Uint8Array): string {
  if (bytes.length === 0) throw new IngestError(path, "empty file");
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new IngestError(path, `binary file (NUL byte at offset ${nul})`);
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    throw new IngestError(path, "invalid UTF-8");
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === "") throw new IngestError(path, "empty file (only whitespace)");
  return text;
}
