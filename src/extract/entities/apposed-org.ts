// A body named in apposition to the noun of its kind with a possessive: `il suo partito, Nuova Alba,`,
// `con il loro movimento, Fronte Civico,`. The commas bound the name, so its inner connectors (`e`, `di`)
// stay in it, and the kind noun types it: a party's name that reads like a person's is still a party.
import type { Sentence } from "../../types.ts";
import { makeCandidate, type Candidate, type RecognizerContext } from "./candidate.ts";
import { cueAt } from "./cues.ts";
import { isCap, isConnectorIt, isWord } from "./names.ts";

const POSSESSIVES = new Set(["suo", "sua", "suoi", "sue", "loro", "proprio", "propria", "nostro", "nostra", "vostro", "vostra", "mio", "mia"]);
/** Longest name read between the commas. */
const MAX_NAME = 6;

export function apposedOrgs(s: Sentence, ctx: RecognizerContext): Candidate[] {
  const out: Candidate[] = [];
  const tk = s.tokens;
  for (let i = 1; i < tk.length; i++) {
    if (!POSSESSIVES.has(tk[i - 1]!.lower) || tk[i]!.text !== tk[i]!.lower) continue;
    const cue = cueAt(ctx.cues, "orgCue", tk, i);
    if (!cue || !cue.words.every((w, k) => tk[i + k]?.lower === w)) continue;
    const comma = i + cue.words.length;
    if (tk[comma]?.text !== "," || !isCap(tk[comma + 1])) continue;
    // The name runs to the closing comma (or the clause's end), capitalized words joined only by connectors.
    let last = comma + 1;
    while (last + 1 < tk.length && last + 1 - comma <= MAX_NAME && (isCap(tk[last + 1]) || (isConnectorIt(tk[last + 1]) && isCap(tk[last + 2])))) last++;
    const close = tk[last + 1];
    if (!close || ![",", ".", ";", ")"].includes(close.text) || !isWord(tk[last])) continue;
    out.push(makeCandidate(s, comma + 1, last, "Organization", `${cue.group}:apposition`, 2));
  }
  return out;
}
