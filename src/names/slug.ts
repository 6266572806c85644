const CYRILLIC_LATIN: Record<string, string> = {
  а: "a", б: "b", в: "v", г: "g", д: "d", е: "e", ё: "yo", ж: "zh", з: "z", и: "i", й: "y", к: "k", л: "l",
  м: "m", н: "n", о: "o", п: "p", р: "r", с: "s", т: "t", у: "u", ф: "f", х: "kh", ц: "ts", ч: "ch", ш: "sh",
  щ: "shch", ъ: "", ы: "y", ь: "", э: "e", ю: "yu", я: "ya", є: "ye", ї: "yi", і: "i", ґ: "g",
};

/** An ASCII slug for IRIs and node keys: `Sergueï Choïgou` -> `serguei-choigou`. Never empty. */
export function slugify(text: string): string {
  const latin = text
    .toLowerCase()
    .replace(/[\u0400-\u04ff]/g, (c) => CYRILLIC_LATIN[c] ?? "")
    .replace(/ß/g, "ss").replace(/[æ]/g, "ae").replace(/[œ]/g, "oe").replace(/[ø]/g, "o").replace(/[đ]/g, "d").replace(/[ł]/g, "l")
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (latin) return latin.slice(0, 80).replace(/-+$/, "");
  // Names in scripts with no transliteration table here (Hangul, CJK) get a stable hash slug.
  let h = 2166136261;
  for (const ch of text) h = Math.imul(h ^ ch.codePointAt(0)!, 16777619) >>> 0;
  return `x${h.toString(16)}`;
}
