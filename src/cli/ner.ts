// `trama ner <file> [--tokens]`: CoNLL-style token<TAB>BIO-tag lines, one sentence per
// block, so Trama's recognizer can be scored on standard Italian NER data.
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { UsageError } from "../errors.ts";
import { bioTags, nerMentions, formatConll, formatConllDocuments, parseTokenDocuments, textFromTokens } from "../extract/ner.ts";
import { recognizeEntities } from "../extract/entities/index.ts";
import { ingest } from "../ingest/index.ts";
import { analyze } from "../nlp/index.ts";
import { loadContext } from "../pipeline.ts";
import { parse } from "./args.ts";

export const NER_HELP = `trama ner <file> [--tokens]

Prints one token and its BIO tag per line (PER, LOC, ORG; countries and places are LOC),
a blank line between sentences.

Options:
  --tokens   the file is pre-tokenized: one token per line (first column), a blank line
             between sentences, a \`-DOCSTART-\` or \`# newdoc\` line between documents (each
             is read on its own); the tags are given for exactly those tokens, in order
`;

export async function nerCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, { tokens: { type: "boolean" }, help: { type: "boolean" } }, "ner");
  if (values.help) { process.stdout.write(NER_HELP); return 0; }
  if (positionals.length !== 1) throw new UsageError("ner: expected one file (see `trama ner --help`)");
  const path = positionals[0]!;
  const ctx = await loadContext();
  const bytes = await readFile(path).catch((e: NodeJS.ErrnoException) => { throw new UsageError(`${path}: cannot read (${e.code})`); });
  if (values.tokens) {
    // Each document is recognized on its own: nothing one document named carries into the next.
    const docs = parseTokenDocuments(new TextDecoder().decode(bytes)).map((d, n) => {
      const { text, spans } = textFromTokens(d.sentences);
      // Given tokens are read as they are: no metadata or noise detection on them.
      const meta = { id: `tokens-${n}`, file: basename(path), contentHash: "" };
      const doc = analyze({ meta, text, metaSpans: {} }, ctx.nlp);
      const found = recognizeEntities(doc, ctx.extract.entities);
      const mentions = nerMentions(doc, [...found.resolved, ...found.generic]);
      const sentences = d.sentences.map((tokens, i) => bioTags(tokens.map((t, k) => ({ text: t, ...spans[i]![k]! })), mentions));
      return { ...(d.marker !== undefined ? { marker: d.marker } : {}), sentences };
    });
    process.stdout.write(formatConllDocuments(docs));
    return 0;
  }
  const doc = analyze(ingest({ path, name: basename(path), bytes }), ctx.nlp);
  const found = recognizeEntities(doc, ctx.extract.entities);
  const mentions = nerMentions(doc, [...found.resolved, ...found.generic]);
  const out = doc.sentences.map((s) => bioTags(s.tokens.filter((t) => t.kind !== "symbol" || t.text === "%"), mentions));
  process.stdout.write(formatConll(out));
  return 0;
}
