// Ordinary Italian words (every form of morph-it's nouns, adjectives and verbs), so that a
// capitalized `Difesa` or `Risorse` is not taken for part of a person's name.
import { readDict } from "../nlp/lemma.ts";

let cached: Promise<Set<string>> | undefined;

function addAll(set: Set<string>, value: unknown): void {
  if (typeof value === "string") set.add(value.toLowerCase());
  else if (value && typeof value === "object") for (const v of Object.values(value)) addAll(set, v);
}

/** Closed-class words: they end a name that runs on (`Senato dove`), and never start one. */
export const CLOSED_CLASS_WORDS: ReadonlySet<string> = new Set(`lo gli uno un' l' all' dall' nell' sull' dell' ed od ad né anzi oppure ovvero cioè mentre poiché perché sebbene benché
nonostante comunque pertanto tuttavia tuttora inoltre infatti quindi dunque però ancora sempre mai già poi ora adesso allora così anche pure
neanche nemmeno neppure solo soltanto proprio molto poco troppo tanto quanto più meno qui qua lì là dove quando come ecco sì no forse insieme
invece oltre circa secondo durante dopo prima verso contro senza sotto sopra dentro fuori lungo presso tranne eccetto intanto finora infine
ma davanti dietro accanto intorno attorno
nessuno nessuna ognuno ognuna ciascuno ciascuna qualcuno qualcuna chiunque alcuni alcune tutti tutte tutto tutta ogni qualche questo questa
questi queste quello quella quelli quelle quel quei codesto egli ella esso essa essi esse lui lei loro noi voi io tu mi ti ci vi si ne cui
quale quali chi cosa qualcosa ciò niente nulla altro altra altri altre stesso stessa stessi stesse tale tali nostro nostra vostro vostra suo sua suoi sue
mio mia tuo tua all alle agli allo nei negli nelle nello sui sugli sulle sullo dai dagli dalle dallo coi col tranne almeno persino perfino
addirittura appena quasi ormai oramai subito spesso talvolta abbastanza davvero certo certamente
molti molte pochi poche diversi diverse vari varie numerosi numerose parecchi parecchie
aveva avevano avevo avevi avrebbe avrebbero avrà avranno abbia abbiano ebbe ebbero avuto avere essere essendo avendo
sia siano fosse fossero sarebbe sarebbero stato stata stati state
ho hai ha abbiamo avete hanno è sei sono siamo siete era erano fu furono sarà saranno li la le gli c'è c' v' m' t' s'`.split(/\s+/));

export function loadCommonWords(): Promise<Set<string>> {
  cached ??= Promise.resolve().then(() => {
    const set = new Set<string>();
    // Read, not required: the module cache would keep the parsed dictionaries in every worker.
    const words = readDict("italian-words-dict/dist/words.json") as Record<string, unknown>;
    const adjectives = readDict("italian-adjectives-dict/dist/adjectives.json") as Record<string, unknown>;
    const verbs = readDict("italian-verbs-dict/dist/verbs.json") as Record<string, unknown>;
    for (const dict of [words, adjectives, verbs]) {
      for (const [lemma, forms] of Object.entries(dict)) {
        set.add(lemma.toLowerCase());
        addAll(set, forms);
      }
    }
    // Function words are not in those lists.
    for (const w of ["il", "lo", "la", "i", "gli", "le", "un", "una", "di", "da", "in", "con", "su", "per", "tra", "fra", "e", "o", "ma", "che", "non", "del", "della", "dei", "degli", "delle", "al", "alla", "nel", "nella", "sul", "sulla", "dal", "dalla", "a"]) set.add(w);
    // Nor are adverbs, conjunctions and pronouns, which open sentences as capitalized words (`Tuttavia`, `Inoltre`).
    for (const w of CLOSED_CLASS_WORDS) set.add(w);
    return set;
  });
  return cached;
}
