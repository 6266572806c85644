// Typed errors with stable names. The CLI turns each into one line and an exit code;
// nothing else in Trama prints a stack trace to a user.

export class TramaError extends Error {
  override name = "TramaError";
  /** Process exit code the CLI uses for this error. */
  readonly exitCode: number = 1;
}

/** An article that cannot be read: empty, binary, invalid UTF-8, unsupported type. Skipped with a warning. */
export class IngestError extends TramaError {
  override name = "IngestError";
  constructor(readonly file: string, readonly reason: string) {
    super(`${file}: ${reason}`);
  }
}

/** A data file under data/ (lexicon, rules) that does not match its schema. */
export class LexiconError extends TramaError {
  override name = "LexiconError";
  override readonly exitCode = 3;
  constructor(readonly file: string, readonly where: string, readonly reason: string) {
    super(`${file}${where ? ` (${where})` : ""}: ${reason}`);
  }
}

/** Wrong command-line use: unknown option, missing argument, missing folder. */
export class UsageError extends TramaError {
  override name = "UsageError";
  override readonly exitCode = 2;
}

/** Output could not be written. */
export class OutputError extends TramaError {
  override name = "OutputError";
  override readonly exitCode = 4;
  constructor(readonly file: string, reason: string) {
    super(`${file}: ${reason}`);
  }
}
