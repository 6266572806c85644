// `trama parse <file>`: CoNLL-U for plain text (sentences, multiword tokens, lemma, UPOS,
// features, head, relation). `--conllu` reads a CoNLL-U file and fills in LEMMA, UPOS,
// FEATS, HEAD and DEPREL, keeping its sentences, words, comments and multiword lines as
// they are — the form the UD scorers read.
import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { TramaError, UsageError } from "../errors.ts";
import { ingest } from "../ingest/index.ts";
import { loadNlpContext } from "../nlp/context.ts";
import { analyze } from "../nlp/index.ts";
import { defaultDataDir } from "../paths.ts";
import { readConllu, writeSentence } from "../syntax/conllu.ts";
import { analyzeForms, loadSyntaxContext, parseSentence, partHints, type SyntaxContext, type WordHint } from "../syntax/index.ts";
import { splitTokenTagged } from "../syntax/mwt.ts";
import type { SyntaxSentence } from "../syntax/types.ts";
import { parse } from "./args.ts";

export const PARSE_HELP = `trama parse <file> [--conllu]

Prints the Universal Dependencies analysis of a file as CoNLL-U: one block per sentence,
multiword tokens split (\`della\` -> \`di la\`), then LEMMA, UPOS, FEATS, HEAD and DEPREL.
\`-\` reads standard input.

Options:
  --conllu   the file is CoNLL-U already: keep its sentences, words, comments and
             multiword-token lines exactly, and fill in LEMMA, UPOS, FEATS, HEAD, DEPREL
`;

async function readInput(path: string): Promise<string> {
  const bytes = path === "-"
    ? await new Promise<Buffer>((res, rej) => { const parts: Buffer[] = []; process.stdin.on("data", (c: Buffer) => parts.push(c)).on("end", () => res(Buffer.concat(parts))).on("error", rej); })
    : await readFile(path).catch((e: NodeJS.ErrnoException) => { throw new UsageError(`${path}: cannot read (${e.code ?? e.message})`); });
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new TramaError(`${path}: not UTF-8 text`);
  }
}

/** What a multiword token's own split decides (`della` -> ADP DET, `farlo` -> _ PRON on `far`), when it splits the same way. */
function multiwordHints(s: SyntaxSentence, ctx: SyntaxContext): WordHint[] {
  const hints: WordHint[] = s.words.map(() => ({}));
  for (const m of s.multiwords) {
    const parts = splitTokenTagged(m.form, ctx.contractions, ctx.verbs);
    if (parts.length !== m.last - m.first + 1) continue;
    partHints(parts, m.first - 1).forEach((h, k) => { hints[m.first - 1 + k] = h; });
  }
  return hints;
}

/** A CoNLL-U sentence with its analysis columns filled in. */
export function fillSentence(s: SyntaxSentence, ctx: SyntaxContext): SyntaxSentence {
  const analysis = analyzeForms(s.words.map((w) => w.form), ctx, multiwordHints(s, ctx));
  return { ...s, words: s.words.map((w, i) => ({ ...w, ...analysis[i]!, form: w.form })) };
}

function plainText(text: string, path: string, ctx: SyntaxContext, nlp: Awaited<ReturnType<typeof loadNlpContext>>): number {
  const article = analyze(ingest({ path, name: basename(path), bytes: new TextEncoder().encode(text) }), nlp);
  let n = 0;
  for (const sentence of article.sentences) {
    const parsed = parseSentence(sentence, ctx).syntax!;
    const words = parsed.words.map((w, i) => {
      const next = parsed.words[i + 1];
      const glued = next !== undefined && next.start === w.end;
      return { ...w, misc: glued ? "SpaceAfter=No" : "_" };
    });
    process.stdout.write(writeSentence({ comments: [` sent_id = ${++n}`, ` text = ${sentence.text.replace(/\s+/g, " ").trim()}`], words, multiwords: parsed.multiwords }));
  }
  return n;
}

export async function parseCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, { conllu: { type: "boolean" }, help: { type: "boolean" } }, "parse");
  if (values.help) { process.stdout.write(PARSE_HELP); return 0; }
  if (positionals.length !== 1) throw new UsageError("parse: expected one file (see `trama parse --help`)");
  const path = positionals[0]!;
  const text = await readInput(path);
  const nlp = await loadNlpContext(defaultDataDir);
  const ctx = loadSyntaxContext(defaultDataDir, nlp.lemmas);
  if (values.conllu) {
    let sentences: SyntaxSentence[];
    try {
      sentences = readConllu(text);
    } catch (e) {
      throw new TramaError(`${path}: not CoNLL-U (${(e as Error).message})`);
    }
    for (const s of sentences) process.stdout.write(s.words.length === 0 ? writeSentence(s) : writeSentence(fillSentence(s, ctx)));
    if (sentences.length === 0) process.stderr.write(`trama: ${path}: no sentences\n`);
    return 0;
  }
  if (plainText(text, path, ctx, nlp) === 0) process.stderr.write(`trama: ${path}: no sentences\n`);
  return 0;
}
