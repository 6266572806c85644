// Name folding shared by extraction, cross-article resolution, the query API and the
// viewer's search: one definition of "the same name", so a name found at build time is
// found again at query time.

const APOSTROPHES = /[’‘ʼ´`']/g;

/** Case, accents and punctuation folded: `Sergueï Choïgou` -> `serguei choigou`. (Same as the scorer's fold.) */
export function foldName(s: string): string {
  return s
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(APOSTROPHES, " ")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

// Letters whose Latin spelling differs between transliteration systems; mapped before
// diacritics are stripped so that `š` does not collapse to a plain `s`.
const PRE_STRIP: ReadonlyArray<[RegExp, string]> = [
  [/[šŝ]/g, "sh"], [/[žẑ]/g, "zh"], [/[čĉ]/g, "ch"], [/ć/g, "ch"], [/ŭ/g, "u"], [/ŏ/g, "o"],
  [/щ/g, "shch"], [/ш/g, "sh"], [/ж/g, "zh"], [/ч/g, "ch"], [/ц/g, "ts"], [/х/g, "kh"], [/ю/g, "yu"], [/я/g, "ya"],
  [/ё/g, "yo"], [/й/g, "y"], [/ы/g, "y"], [/[ьъ]/g, ""], [/є/g, "ye"], [/ї/g, "yi"], [/і/g, "i"], [/э/g, "e"],
];
const CYRILLIC_SIMPLE: Record<string, string> = {
  а: "a", б: "b", в: "v", г: "g", д: "d", е: "e", з: "z", и: "i", к: "k", л: "l", м: "m", н: "n",
  о: "o", п: "p", р: "r", с: "s", т: "t", у: "u", ф: "f", ґ: "g",
};

// Ordered rewrites that bring English, French, German, Italian and scholarly
// transliterations of Russian, Ukrainian and Korean names to one spelling.
const REWRITES: ReadonlyArray<[RegExp, string]> = [
  [/x/g, "ks"], // `Alexander` = `Aleksandr`, `Maxim` = `Maksim`
  [/shch|sch|tch/g, "sh"],
  [/kh/g, "h"],
  [/ch/g, "sh"], // French `Choïgou`, English `Chernyak`, scholarly `č`: one sound class here
  [/zh/g, "j"],
  [/ts|tz/g, "c"], // scholarly `Macegora` = English `Matsegora`
  [/gu(?=[eiy])/g, "g"], // French `Sergueï`
  [/ou/g, "u"], // French `Choïgou`
  [/w/g, "v"], // German `Wladimir`
  [/(?<=[aeiou])j(?=[^aeiou]|$)/g, "i"], // `Sergej`, `Šojgu`
  [/y/g, "i"],
  [/j/g, "i"],
  [/ii+/g, "i"], // `Zelenskyy`, `-ij`, `-iy`
  [/(.)\1+/g, "$1"], // doubled letters
];

/**
 * translitKey's answers, per thread. A name recurs all through an article and a corpus, and
 * its key costs some forty regular-expression passes; the function is pure, so a remembered
 * key is the key. Bounded: the memo starts over when full.
 */
const translitMemo = new Map<string, string>();
const TRANSLIT_MEMO_SIZE = 50_000;

/** A spelling-insensitive key for a name: `Sergueï Choïgou`, `Sergej Šojgu` and `Sergei Shoigu` give the same key. */
export function translitKey(s: string): string {
  let key = translitMemo.get(s);
  if (key === undefined) {
    key = computeTranslitKey(s);
    if (translitMemo.size >= TRANSLIT_MEMO_SIZE) translitMemo.clear();
    translitMemo.set(s, key);
  }
  return key;
}

function computeTranslitKey(s: string): string {
  let t = s.toLowerCase();
  for (const [re, to] of PRE_STRIP) t = t.replace(re, to);
  t = t.replace(/[а-яґ]/g, (c) => CYRILLIC_SIMPLE[c] ?? c);
  t = t.normalize("NFKD").replace(/\p{M}/gu, "").replace(/[^\p{L}\p{N}]+/gu, "");
  for (const [re, to] of REWRITES) t = t.replace(re, to);
  return t;
}

/** Levenshtein distance, bounded: returns max+1 as soon as the distance exceeds max. */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  // Two rows, reused between calls: a name is compared with every listed person's, so rows
  // allocated per call were most of what resolving a name left to collect.
  if (editRows.length < 2 * (b.length + 1)) editRows = new Int32Array(4 * (b.length + 1));
  const width = b.length + 1;
  let prev = 0, cur = width;
  for (let j = 0; j <= b.length; j++) editRows[j] = j;
  for (let i = 1; i <= a.length; i++) {
    editRows[cur] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(editRows[prev + j]! + 1, editRows[cur + j - 1]! + 1, editRows[prev + j - 1]! + (ca === b.charCodeAt(j - 1) ? 0 : 1));
      editRows[cur + j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const t = prev; prev = cur; cur = t;
  }
  return editRows[prev + b.length]!;
}

let editRows = new Int32Array(64);

/** Two person names are the same when their keys are equal, or within one edit for long keys. */
export function sameNameKey(a: string, b: string): boolean {
  if (a === b) return true;
  const min = Math.min(a.length, b.length);
  return min >= 8 && editDistance(a, b, 1) <= 1;
}
