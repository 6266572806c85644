// Command-line parsing on node:util parseArgs, with usage errors as one-line UsageError.
import { parseArgs, type ParseArgsConfig } from "node:util";
import { UsageError } from "../errors.ts";

export function parse<T extends NonNullable<ParseArgsConfig["options"]>>(argv: string[], options: T, command: string) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (e) {
    const msg = (e as Error).message.replace(/\. To specify a positional argument.*$/s, "").replace(/\s+/g, " ");
    throw new UsageError(`${command}: ${msg} (see \`trama ${command} --help\`)`);
  }
}
