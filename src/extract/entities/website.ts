// Websites named by their domain (`brunoverdi.it`, `Notizie.com`): the tokenizer splits them at
// the dots, so they are read back from tokens written together. A domain inside a full address
// (`http://…/a.html`) is part of a link, not a name.
import type { Sentence, Token } from "../../types.ts";
import { makeCandidate, type Candidate } from "./candidate.ts";

/** Top-level domains common in Italian news, generic and by country. */
const TLDS = new Set(["it", "com", "org", "net", "eu", "info", "gov", "edu", "int", "uk", "de", "fr", "es", "ch", "ru", "ua", "us", "tv", "news", "live", "io"]);

/** Punctuation a domain may be written against (`«brunoverdi.it»`, `(brunoverdi.it)`). */
const OPENERS = new Set(["«", "\"", "“", "(", "["]);
const touching = (a: Token | undefined, b: Token | undefined) => a !== undefined && b !== undefined && a.end === b.start;
const label = (t: Token | undefined) => t !== undefined && (t.kind === "word" || t.kind === "number") && /^[\p{L}\d][\p{L}\d-]*$/u.test(t.text);

export function websites(s: Sentence): Candidate[] {
  const tk = s.tokens;
  const out: Candidate[] = [];
  for (let i = 0; i < tk.length; i++) {
    if (!label(tk[i]) || (touching(tk[i - 1], tk[i]) && !OPENERS.has(tk[i - 1]!.text))) continue;
    let last = i;
    while (tk[last + 1]?.text === "." && touching(tk[last], tk[last + 1]) && touching(tk[last + 1], tk[last + 2]) && label(tk[last + 2])) last += 2;
    if (last === i || !TLDS.has(tk[last]!.lower)) { i = last; continue; }
    // `…/news.html`, `www.x.it/pagina`: a path or a scheme around it makes it a link.
    if (["/", ":"].includes(tk[last + 1]?.text ?? "") && touching(tk[last], tk[last + 1])) { i = last; continue; }
    out.push(makeCandidate(s, i, last, "Organization", "org.website", 2));
    i = last;
  }
  return out;
}
