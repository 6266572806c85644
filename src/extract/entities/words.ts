// A sentence seen as a sequence of comparable words. Tokens such as `Jong-un` or
// `dell'` fold into one or more words, so the lexicon name `Kim Jong Un` and the text
// `Kim Jong-un` line up word by word. Matches may only start at a token's first word and
// end at a token's last word, so they never cut a token in half.
import type { Sentence, Token } from "../../types.ts";
import { foldName, translitKey } from "../../names/fold.ts";

export interface Word {
  /** Spelling-insensitive key (see translitKey). */
  key: string;
  /** Folded form (case, accents and punctuation folded). */
  fold: string;
  token: number;
  start: number;
  end: number;
  /** First word of its token / last word of its token. */
  tokenStart: boolean;
  tokenEnd: boolean;
}

/** Words of one token; empty for punctuation. */
/** Folded parts and their keys per token text: the same words recur across sentences and articles. */
const partsCache = new Map<string, { parts: string[]; keys: string[] }>();
function foldedParts(text: string): { parts: string[]; keys: string[] } {
  let hit = partsCache.get(text);
  if (!hit) {
    const folded = foldName(text);
    const parts = folded ? folded.split(" ") : [];
    hit = { parts, keys: parts.map(translitKey) };
    if (partsCache.size > 200_000) partsCache.clear();
    partsCache.set(text, hit);
  }
  return hit;
}

export function tokenWords(token: Token, index: number): Word[] {
  const { parts, keys } = foldedParts(token.text);
  if (parts.length === 0) return [];
  // (A one-word token has no parts of its own: no need to split it.)
  const pieces = parts.length > 1 ? splitPieces(token) : [];
  // `Mosca-Pyongyang`, `Ucraina-Russia`: capitalized parts joined by a hyphen are names of
  // their own, so each part may start or end a match. `Jong-un` stays one unit.
  const ownParts = pieces.length === parts.length && pieces.length > 1 && pieces.every((p) => isCapitalized(p.text));
  return parts.map((fold, i) => ({
    key: keys[i]!,
    fold,
    token: index,
    start: ownParts ? pieces[i]!.start : token.start,
    end: ownParts ? pieces[i]!.end : token.end,
    tokenStart: i === 0 || ownParts,
    tokenEnd: i === parts.length - 1 || ownParts,
  }));
}

function splitPieces(token: Token): Array<{ text: string; start: number; end: number }> {
  const out: Array<{ text: string; start: number; end: number }> = [];
  const re = /[^-–\s]+/g;
  for (let m = re.exec(token.text); m; m = re.exec(token.text)) {
    out.push({ text: m[0], start: token.start + m.index, end: token.start + m.index + m[0].length });
  }
  return out;
}

export function sentenceWords(sentence: Sentence): Word[] {
  return sentence.tokens.flatMap((t, i) => tokenWords(t, i));
}

/** The word keys of a lexicon name, folded the same way as text. */
export function nameKeys(name: string): string[] {
  const folded = foldName(name);
  return folded ? folded.split(" ").map(translitKey) : [];
}

export function isCapitalized(text: string): boolean {
  const first = text.codePointAt(0);
  if (first === undefined) return false;
  const ch = String.fromCodePoint(first);
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase();
}

/** `NIS`, `KCNA`, `RŽD`: two or more letters, all upper-case. */
export function isAcronym(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, "");
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}
