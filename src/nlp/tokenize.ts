// Tokens with offsets into the article text. Words keep internal hyphens (`Jong-un`,
// `sud-coreani`) and apostrophes inside names (`Kondrat'ev`); Italian elided forms
// (`dell'`, `l'`) are split off as tokens of their own; `11mila` is one number token;
// `40%` is a number and a symbol.
import type { Token, TokenKind } from "../types.ts";
import { normalizeText } from "./normalize.ts";

const APOS = "'’ʼ‘`´";
// word: letters/digits with inner hyphens or apostrophes; number: digits with . , separators and optional `mila`; else one char.
const TOKEN_RE = new RegExp(
  `(\\d+(?:[.,]\\d+)*(?:mila)?(?![\\p{L}]))|([\\p{L}\\p{M}\\p{N}]+(?:[-${APOS}][\\p{L}\\p{M}\\p{N}]+)*[${APOS}]?)|(\\S)`,
  "gu",
);

function kindOf(text: string, isNumber: boolean): TokenKind {
  if (isNumber) return "number";
  if (/^[\p{L}\p{M}\p{N}]/u.test(text)) return "word";
  if (/^[%$€£¥₩]$/u.test(text)) return "symbol";
  return "punct";
}

function raw(start: number, text: string, kind: TokenKind): Token {
  const norm = normalizeText(text);
  const lower = norm.toLowerCase();
  return { start, end: start + text.length, text, norm, lower, lemma: lower, lemmas: [lower], kind, sentenceStart: false };
}

/** Split `dell'anniversario` into `dell'` + `anniversario` when the head is a known elided form. */
function splitElision(t: Token, elision: ReadonlyMap<string, string>): Token[] {
  const m = /^([\p{L}]+['’ʼ‘`´])(.+)$/u.exec(t.text);
  if (m) {
    const head = normalizeText(m[1]!).toLowerCase();
    const full = elision.get(head);
    if (full) {
      const a = { ...raw(t.start, m[1]!, "word"), elisionOf: full };
      return [a, ...splitElision(raw(t.start + m[1]!.length, m[2]!, "word"), elision)];
    }
  }
  // A trailing apostrophe on a non-elided word is punctuation (`Nord'`), unless it is a known form (`po'`).
  if (/['’ʼ‘`´]$/.test(t.text) && t.text.length > 1) {
    const head = normalizeText(t.text).toLowerCase();
    const full = elision.get(head);
    if (full) return [{ ...t, elisionOf: full }];
    const body = t.text.slice(0, -1);
    return [raw(t.start, body, t.kind), raw(t.start + body.length, t.text.slice(-1), "punct")];
  }
  return [t];
}

export function tokenize(text: string, offset: number, elision: ReadonlyMap<string, string>): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m; m = TOKEN_RE.exec(text)) {
    const t = raw(offset + m.index, m[0], kindOf(m[0], m[1] !== undefined));
    out.push(...(t.kind === "word" ? splitElision(t, elision) : [t]));
  }
  const first = out.findIndex((t) => t.kind === "word" || t.kind === "number");
  if (first >= 0) out[first] = { ...out[first]!, sentenceStart: true };
  return out;
}
