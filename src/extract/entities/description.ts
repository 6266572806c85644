// Treaties and events named by a description rather than a proper name:
// `il trattato di reciproca difesa`, `l'accordo di partnership strategica`,
// `la seconda Conferenza regionale di Tarvo sulla cooperazione fluviale`; and treaties named
// by a capitalized head with its modifiers (`il Trattato sulle acque del Mekong`, `la Carta di X`).
import type { Sentence } from "../../types.ts";
import { makeCandidate, type Candidate, type RecognizerContext } from "./candidate.ts";
import { cueAt } from "./cues.ts";
import { isCap, isWord } from "./names.ts";
import { CLOSED_CLASS_WORDS } from "../common-words.ts";

const OF = new Set(["di", "del", "della", "dei", "degli", "delle", "dell'", "sulla", "sul", "per", "per la", "tra"]);

/** `trattato|accordo|patto` + `di` + words, at least one of which makes it specific (`difesa`, `partenariato`). */
/** Words that open a clause: what follows them is said of the treaty, not part of its name. */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(["che", "cui", "dove", "quando", "mentre", "ma", "perché", "come", "se"]);

/** Prepositions, with their articles, and closed-class words (`davanti`, `presso`, `durante`) that no treaty's name runs on into; a bare `a` may (`armi a grappolo`, `a lungo termine`). */
const ARTICULATED = /^(al|allo|alla|ai|agli|alle|da|dal|dallo|dalla|dai|dagli|dalle|in|nel|nello|nella|nei|negli|nelle|con|col|coi|su|per)$/;

const ARTICLES: ReadonlySet<string> = new Set(["il", "lo", "la", "i", "gli", "le", "l'"]);

function endsTreatyName(lower: string): boolean {
  return ARTICULATED.test(lower) || CLOSED_CLASS_WORDS.has(lower) || PARTICIPLE.test(lower);
}

export function treatyDescriptions(s: Sentence, ctx: RecognizerContext): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < s.tokens.length; i++) {
    const t = s.tokens[i]!;
    if (!isWord(t) || t.text !== t.lower) continue;
    const cue = cueAt(ctx.cues, "treatyHead", s.tokens, i);
    if (!cue) continue;
    let j = i + cue.words.length;
    if (!OF.has(s.tokens[j]?.lower ?? "")) continue;
    let last = -1;
    let specific = false;
    for (let k = j + 1; k < s.tokens.length && k - j <= 5; k++) {
      const u = s.tokens[k]!;
      if (!isWord(u) || u.text !== u.lower) break;
      if (cueAt(ctx.cues, "treatyContent", s.tokens, k)) { specific = true; last = k; continue; }
      if (OF.has(u.lower) || u.lower === "e") continue;
      // `per la difesa`: the article after a preposition of the name.
      if (ARTICLES.has(u.lower) && OF.has(s.tokens[k - 1]?.lower ?? "")) continue;
      // A relative or a function word starts what is said of the treaty, not its name (`la dichiarazione di pace che chiude…`).
      if (CLAUSE_OPENERS.has(u.lower)) break;
      // A content word may follow (`di partenariato strategico globale`); a preposition or a participle starts what is
      // said of the treaty (`da parte di`, `alla presenza di`, `davanti a`, `firmato ieri`), not its name.
      if (ctx.isCommonWord(u.lower) && /[oaie]$/.test(u.lower) && specific && !endsTreatyName(u.lower)) { last = k; continue; }
      break;
    }
    if (!specific || last < 0) continue;
    out.push(makeCandidate(s, i, last, "Treaty", `${cue.group}:description`, 1));
    i = last;
  }
  return out;
}

/** Prepositions inside a treaty's name: those of a description and every form of `su` (`il Trattato sulle acque del X`). */
const NAME_OF: ReadonlySet<string> = new Set([...OF, "sullo", "sulle", "sugli", "sull'", "dello", "d'"]);

/** Participles and verbs that follow a treaty's name to say what was done with it (`firmato nel 1960`). */
const PARTICIPLE = /(at|ut|it)[oaie]$/;

/**
 * A capitalized treaty head inside a sentence, with a `di` phrase that ends in a proper name, is
 * the treaty's own name: `la Carta del Brenvalle`, `il Trattato di navigazione del Tarvo`. Lower-case,
 * `carta` and `trattato` name nothing by themselves (treatyDescriptions needs content words).
 */
export function namedTreaties(s: Sentence, ctx: RecognizerContext, covered: boolean[]): Candidate[] {
  const out: Candidate[] = [];
  const tk = s.tokens;
  for (let i = 0; i < tk.length; i++) {
    const t = tk[i]!;
    if (!isCap(t) || t.sentenceStart || covered[i]) continue;
    const cue = cueAt(ctx.cues, "treatyHeadCap", tk, i);
    if (!cue || !NAME_OF.has(tk[i + cue.words.length]?.lower ?? "")) continue;
    let last = -1;
    for (let k = i + cue.words.length; k < tk.length && k - i <= 7; k++) {
      const u = tk[k]!;
      if (!isWord(u) || covered[k]) break;
      if (isCap(u)) { last = k; continue; }
      if (NAME_OF.has(u.lower)) continue;
      // `navigazione`, `non proliferazione`: an ordinary word may stand between the head and the name, not after it
      // (`a Ginevra` says where it was signed); a participle starts what is said of it.
      if (last < 0 && u.lower.length > 2 && ctx.isCommonWord(u.lower) && !PARTICIPLE.test(u.lower) && !CLAUSE_OPENERS.has(u.lower)) continue;
      break;
    }
    if (last < 0) continue;
    out.push(makeCandidate(s, i, last, "Treaty", `${cue.group}:named`, 1));
    i = last;
  }
  return out;
}

/** A capitalized event head with its modifiers: `Conferenza regionale di Tarvo sulla cooperazione fluviale`. */
export function namedEvents(s: Sentence, ctx: RecognizerContext, covered: boolean[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < s.tokens.length; i++) {
    const t = s.tokens[i]!;
    if (!isCap(t) || t.sentenceStart || covered[i]) continue;
    const cue = cueAt(ctx.cues, "eventHead", s.tokens, i);
    if (!cue) continue;
    let last = i;
    for (let k = i + 1; k < s.tokens.length && k - i < 9; k++) {
      const u = s.tokens[k]!;
      if (!isWord(u)) break;
      if (OF.has(u.lower) || isCap(u) || ctx.isCommonWord(u.lower) || /[aeiou]$/.test(u.lower)) {
        if (["ha", "è", "che", "dove", "e"].includes(u.lower)) break;
        last = k;
      } else break;
    }
    while (last > i && OF.has(s.tokens[last]!.lower)) last--;
    if (last === i) continue;
    out.push(makeCandidate(s, i, last, "Event", `${cue.group}:named`, 1));
    i = last;
  }
  return out;
}
