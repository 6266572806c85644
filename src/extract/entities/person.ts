// People no lexicon lists: a name after an office or title (`il ministro delle Risorse
// naturali Aleksandr Kozlov`), a name with its role in apposition (`Jonah Leff, direttore
// esecutivo`), and names whose shape is unmistakable (`Lee Jae-myung`).
import type { Sentence } from "../../types.ts";
import { makeCandidate, type Candidate, type RecognizerContext } from "./candidate.ts";
import { cueAt } from "./cues.ts";
import { isKoreanNameShape, isNameLike, isWord, personRun } from "./names.ts";
import { isAcronym } from "./words.ts";
import { placeAt } from "./name-data.ts";
import { DETERMINERS } from "./generic.ts";

const MAX_GAP = 10;
const PLACE_PREPOSITIONS = new Set(["di", "del", "della", "dell'", "a", "ad", "in", "nel", "nella", "da", "dal", "dalla", "verso", "presso"]);
const STOP_WORDS = new Set(["che", "ha", "hanno", "è", "sono", "era", "erano", "aveva", "avevano", "ma", "mentre", "quando", "dove", "perché", "poiché", "se"]);

const isCapitalizedWord = (t: Sentence["tokens"][number] | undefined): boolean => isWord(t) && /^\p{Lu}\p{Ll}/u.test(t.text);

/** After a role cue ending before `from`, the first person-name run within a short gap of modifiers. */
function nameAfterRole(s: Sentence, from: number, covered: boolean[], ctx: RecognizerContext): [number, number] | undefined {
  let commas = 0;
  for (let j = from; j < s.tokens.length && j - from <= MAX_GAP; j++) {
    const t = s.tokens[j]!;
    if (t.kind === "punct") {
      if (t.text === "," && ++commas <= 2) continue;
      if (t.text === "'" || t.text === "(" || t.text === ")") continue;
      // `il dott. Ferri`: the period of an abbreviated title.
      if (t.text === "." && j === from && s.tokens[j - 1]!.text.length <= 4) continue;
      return undefined;
    }
    if (STOP_WORDS.has(t.lower)) return undefined;
    // `il direttore del The Sentinel`: a name opened by an English article is a title or a body's, never a person's.
    if (t.text === "The") return undefined;
    if (covered[j] || isAcronym(t.text)) continue;
    const last = personRun(s, j, ctx, 4, j === from);
    // `il procuratore di Ascona Alta`: after `di`, a run the gazetteer knows as one place is where the office is.
    // (So is one after a preposition of place: `una mostra a Ascona Alta`.)
    if (last >= 0 && PLACE_PREPOSITIONS.has(s.tokens[j - 1]?.lower ?? "") && (placeAt(ctx.nameData, s.tokens, j)?.last ?? -1) >= last) return undefined;
    // `il dirigente della Brenvox Holding`, `un portavoce del Marco Polo Institute`: after an article the run is
    // the body the office belongs to (no article comes right before a person's name); the person may follow it.
    // (`il comandante dei Guardiani Karim Tavassoli`: a run of three words or more with no organization's head word
    // is the body's name and then its holder's, a first name and a family name.)
    if (last >= 0 && j > from && DETERMINERS.has(s.tokens[j - 1]!.lower)) {
      // (A family name may be an ordinary word: the capitalized words running on count.)
      let end = last;
      while (isCapitalizedWord(s.tokens[end + 1]) && !isAcronym(s.tokens[end + 1]!.text)) end++;
      const headed = s.tokens.slice(j, end + 1).some((_, k) => cueAt(ctx.cues, "orgHeadEn", s.tokens, j + k) || cueAt(ctx.cues, "orgHeadIt", s.tokens, j + k));
      if (end - j >= 2 && !headed && isNameLike(s.tokens[end - 1], ctx)) return [end - 1, end];
      j = last;
      continue;
    }
    if (last >= 0) {
      const gap = j - from - (s.tokens[from]?.text === "." ? 1 : 0);
      // A one-word name only right after its title (`il presidente Lukašenko`).
      if (last === j && gap > 0) continue;
      return [j, last];
    }
  }
  return undefined;
}

export function roleCuedPersons(s: Sentence, covered: boolean[], ctx: RecognizerContext): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < s.tokens.length; i++) {
    const cue = cueAt(ctx.cues, "personRole", s.tokens, i);
    if (!cue || !isWord(s.tokens[i]) || s.tokens[i]!.text !== s.tokens[i]!.lower) continue;
    const span = nameAfterRole(s, i + cue.words.length, covered, ctx);
    if (span) out.push(makeCandidate(s, span[0], span[1], "Person", `${cue.group}:before-name`, 1));
  }
  return out;
}

/** `Jonah Leff, direttore esecutivo…`, `Lim Soo-ho, ricercatore…`. */
export function appositionPersons(s: Sentence, covered: boolean[], ctx: RecognizerContext): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < s.tokens.length; i++) {
    // `Dal Brenvaldo, il portavoce…`: a capitalized article or articled preposition opens a sentence, not a name (`Al` may open an Arabic one).
    if (covered[i] || (DETERMINERS.has(s.tokens[i]!.lower) && s.tokens[i]!.lower !== "al")) continue;
    const last = personRun(s, i, ctx);
    if (last <= i) continue;
    if (s.tokens[last + 1]?.text !== ",") continue;
    let k = last + 2;
    if (["il", "la", "lo", "l'", "un", "una", "uno", "un'", "ex", "allora"].includes(s.tokens[k]?.lower ?? "")) k++;
    const cue = cueAt(ctx.cues, "personRole", s.tokens, k);
    if (cue) out.push(makeCandidate(s, i, last, "Person", `${cue.group}:apposition`, 1));
    i = last;
  }
  return out;
}

export function shapedPersons(s: Sentence, covered: boolean[], ctx: RecognizerContext): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < s.tokens.length; i++) {
    if (covered[i] || !isNameLike(s.tokens[i], ctx)) continue;
    const last = personRun(s, i, ctx, 3);
    if (last > i && isKoreanNameShape(s.tokens.slice(i, last + 1))) {
      out.push(makeCandidate(s, i, last, "Person", "person-shape.korean", 1));
      i = last;
    }
  }
  return out;
}
