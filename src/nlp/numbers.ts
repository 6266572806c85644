// Italian numbers in text: digit forms (`6.000`, `1,7`, `1.050.000`), multipliers after a
// number (`1,7 miliardi`, `otto milioni`), `11mila`, compound number words parsed by
// composition (`duecentocinquanta`, `tremilacinquecento`), approximate nouns (`un
// centinaio`, `una ventina`, `migliaia`) and percentages (`il 40%`, `50 per cento`).
import type { NumberMention, Token } from "../types.ts";

export interface NumberWords {
  units: Map<string, number>;
  tens: Map<string, number>;
  hundred: string;
  thousandSingular: string;
  thousandPlural: string;
  multipliers: Map<string, number>;
  approximate: Map<string, number>;
  /** Shares in words, as percentages: `metà` = 50. */
  fractions: Map<string, number>;
}

/** `6.000` -> 6000, `1,7` -> 1.7, `1.050.000` -> 1050000, `11mila` -> 11000. Italian separators only. */
export function parseDigits(text: string): number | undefined {
  const mila = /mila$/i.test(text);
  const body = mila ? text.slice(0, -4) : text;
  if (!/^\d+(?:[.,]\d+)*$/.test(body)) return undefined;
  let value: number;
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(body)) value = Number(body.replace(/\./g, "").replace(",", "."));
  else if (/^\d+,\d+$/.test(body)) value = Number(body.replace(",", "."));
  else if (/^\d+$/.test(body)) value = Number(body);
  else return undefined;
  return mila ? value * 1000 : value;
}

/** A number written in words, parsed by composition: `ventitré`, `duecentocinquanta`, `tremila`. */
export function parseNumberWord(word: string, w: NumberWords): number | undefined {
  const s = word.toLowerCase().replace(/é/g, "e");
  if (s === "") return undefined;
  const thousands = s.split(w.thousandPlural);
  if (thousands.length === 2 && thousands[0] !== "") {
    const hi = parseBelowThousand(thousands[0]!, w);
    const lo = thousands[1] === "" ? 0 : parseBelowThousand(thousands[1]!, w);
    return hi !== undefined && lo !== undefined ? hi * 1000 + lo : undefined;
  }
  if (s.startsWith(w.thousandSingular)) {
    const rest = s.slice(w.thousandSingular.length);
    const lo = rest === "" ? 0 : parseBelowThousand(rest, w);
    return lo !== undefined ? 1000 + lo : undefined;
  }
  return parseBelowThousand(s, w);
}

function parseBelowThousand(s: string, w: NumberWords): number | undefined {
  const i = s.indexOf(w.hundred);
  if (i >= 0) {
    const head = s.slice(0, i);
    const mult = head === "" ? 1 : w.units.get(head);
    const rest = s.slice(i + w.hundred.length);
    const lo = rest === "" ? 0 : parseBelowHundred(rest, w) ?? parseBelowHundred(w.hundred.slice(-1) + rest, w);
    return mult !== undefined && mult < 10 && lo !== undefined ? mult * 100 + lo : undefined;
  }
  return parseBelowHundred(s, w);
}

function parseBelowHundred(s: string, w: NumberWords): number | undefined {
  const unit = w.units.get(s);
  if (unit !== undefined) return unit;
  for (const [word, value] of w.tens) {
    const stem = word.slice(0, -1);
    if (s === word) return value;
    if (s.startsWith(stem)) {
      // `ventuno`, `ventotto` drop the vowel; `ventitre` keeps it.
      const rest = s.startsWith(word) ? s.slice(word.length) : s.slice(stem.length);
      const u = w.units.get(rest);
      if (u !== undefined && u > 0 && u < 10) return value + u;
    }
  }
  return undefined;
}

/** Numbers of one sentence, with the multiplier, approximate noun or percent sign that goes with them. */
export function readNumbers(tokens: readonly Token[], w: NumberWords): NumberMention[] {
  const out: NumberMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    let value: number | undefined;
    let last = i;
    if (t.kind === "number") value = parseDigits(t.text);
    else if (t.kind === "word") {
      const approx = w.approximate.get(t.lower);
      // `un centinaio`, `una ventina`, `migliaia di`: the noun alone is the figure.
      if (approx !== undefined) value = approx;
      else if (!["un", "una", "uno"].includes(t.lower)) value = parseNumberWord(t.lower, w);
      // `un milione`, `un miliardo`: the article counts as one only before a multiplier.
      else if (tokens[i + 1] && w.multipliers.has(tokens[i + 1]!.lower)) value = 1;
    }
    // `la metà dei proiettili`, `un terzo delle munizioni`: a share.
    const fraction = t.kind === "word" ? w.fractions.get(t.lower) ?? w.fractions.get(`${t.lower} ${tokens[i + 1]?.lower}`) : undefined;
    if (fraction !== undefined && value === undefined) {
      const last = w.fractions.has(t.lower) ? i : i + 1;
      out.push({ start: t.start, end: tokens[last]!.end, value: fraction, firstToken: i, lastToken: last, percent: true });
      i = last;
      continue;
    }
    if (value === undefined) continue;
    const next = tokens[i + 1];
    const mult = next && next.kind === "word" ? w.multipliers.get(next.lower) : undefined;
    if (mult !== undefined && !(t.kind === "word" && w.approximate.has(t.lower))) {
      value *= mult;
      last = i + 1;
    }
    let percent = false;
    if (tokens[last + 1]?.text === "%") { percent = true; last += 1; }
    else if (tokens[last + 1]?.lower === "per" && tokens[last + 2]?.lower === "cento") { percent = true; last += 2; }
    else if (tokens[last + 1]?.lower === "percento") { percent = true; last += 1; }
    out.push({ start: t.start, end: tokens[last]!.end, value: Math.round(value * 1e6) / 1e6, firstToken: i, lastToken: last, percent });
    i = last;
  }
  return out;
}

/** A single string read as a number: `6.000`, `1,7 miliardi`, `otto milioni`, `11mila`, `duemila`. */
export function parseItalianNumber(text: string, w: NumberWords): number | undefined {
  const parts = text.trim().toLowerCase().split(/\s+/);
  let value = parseDigits(parts[0]!) ?? w.approximate.get(parts[parts.length - 1]!) ?? parseNumberWord(parts[0]!, w);
  if (value === undefined) return undefined;
  const mult = parts.length > 1 ? w.multipliers.get(parts[1]!) : undefined;
  if (mult !== undefined) value *= mult;
  return value;
}
