// CoNLL-U in and out: the one interchange format between the syntax stage, the training
// script and the scorers. Reading keeps every sentence's comments, multiword-token lines and
// empty nodes, so `trama parse --conllu` can fill in columns and give the rest back as read.
import { TramaError } from "../errors.ts";
import type { MultiwordToken, SyntaxSentence, SyntaxWord } from "./types.ts";

/** Input that is not CoNLL-U: names the line and what is wrong with it. */
export class ConlluError extends TramaError {
  override name = "ConlluError";
  constructor(readonly line: number, readonly reason: string) {
    super(`line ${line}: ${reason}`);
  }
}

const dash = (s: string): string => (s === "" ? "_" : s);

function readWord(cols: string[], lineNo: number): SyntaxWord {
  const id = Number(cols[0]);
  const head = cols[6] === "_" ? -1 : Number(cols[6]);
  if (!Number.isInteger(head)) throw new ConlluError(lineNo, `HEAD ${JSON.stringify(cols[6])} is not a number`);
  return {
    id, form: cols[1]!, lemma: cols[2]!, upos: cols[3]!, xpos: cols[4]!, feats: cols[5]!,
    head, deprel: cols[7]!, deps: cols[8]!, misc: cols[9]!,
  };
}

/** Parses CoNLL-U text; throws ConlluError on a line that is not CoNLL-U. */
export function readConllu(text: string): SyntaxSentence[] {
  const out: SyntaxSentence[] = [];
  let cur: SyntaxSentence | undefined;
  const flush = (): void => {
    if (cur && (cur.words.length > 0 || cur.comments.length > 0)) out.push(cur);
    cur = undefined;
  };
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === "") { flush(); continue; }
    cur ??= { comments: [], words: [], multiwords: [] };
    if (line.startsWith("#")) { cur.comments.push(line.slice(1)); continue; }
    const cols = line.split("\t");
    if (cols.length !== 10) throw new ConlluError(i + 1, `expected 10 tab-separated columns, found ${cols.length}`);
    const id = cols[0]!;
    if (/^\d+-\d+$/.test(id)) {
      const [first, last] = id.split("-").map(Number) as [number, number];
      cur.multiwords.push({ first, last, form: cols[1]!, misc: cols[9]! });
    } else if (/^\d+\.\d+$/.test(id)) {
      (cur.extraLines ??= []).push({ after: cur.words.length, line });
    } else if (/^\d+$/.test(id)) {
      if (Number(id) !== cur.words.length + 1) throw new ConlluError(i + 1, `word id ${id} out of order (expected ${cur.words.length + 1})`);
      cur.words.push(readWord(cols, i + 1));
    } else {
      throw new ConlluError(i + 1, `ID ${JSON.stringify(id)} is not a word, range or empty-node id`);
    }
  }
  flush();
  return out;
}

function wordLine(w: SyntaxWord): string {
  return [w.id, w.form, dash(w.lemma), dash(w.upos), dash(w.xpos), dash(w.feats), w.head < 0 ? "_" : w.head, dash(w.deprel), dash(w.deps), dash(w.misc)].join("\t");
}

/** Writes one sentence, comments first, multiword lines before their first word. */
export function writeSentence(s: SyntaxSentence): string {
  const lines = s.comments.map((c) => `#${c}`);
  const mwtAt = new Map<number, MultiwordToken>(s.multiwords.map((m) => [m.first, m]));
  const extraAfter = new Map<number, string[]>();
  for (const e of s.extraLines ?? []) extraAfter.set(e.after, [...(extraAfter.get(e.after) ?? []), e.line]);
  for (const w of s.words) {
    const m = mwtAt.get(w.id);
    if (m) lines.push(`${m.first}-${m.last}\t${m.form}\t_\t_\t_\t_\t_\t_\t_\t${dash(m.misc)}`);
    lines.push(wordLine(w));
    for (const e of extraAfter.get(w.id) ?? []) lines.push(e);
  }
  return lines.join("\n") + "\n\n";
}

export function writeConllu(sentences: readonly SyntaxSentence[]): string {
  return sentences.map(writeSentence).join("");
}
