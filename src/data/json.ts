// Reading a data file under data/: one error shape for every loader (file named, one line).
import { readFile } from "node:fs/promises";
import { LexiconError } from "../errors.ts";

export async function readJsonData(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (e) {
    throw new LexiconError(file, "", `cannot read: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new LexiconError(file, "", `invalid JSON: ${(e as Error).message}`);
  }
}
