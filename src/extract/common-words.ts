// Ordinary Italian words (every form of morph-it's nouns, adjectives and verbs), so that a
// capitalized `Difesa` or `Risorse` is not taken for part of a person's name.
import { inDictionaries, loadLemmaIndex } from "../nlp/lemma.ts";

/** A membership test: the words are read through the lemma index, not copied into a set. */
export interface WordTest { has(lower: string): boolean }

let cached: Promise<WordTest> | undefined;

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

export function loadCommonWords(): Promise<WordTest> {
  cached ??= Promise.resolve().then(() => {
    // The morph-it dictionaries' every string, through the lemma index every context loads
    // anyway (nlp/lemma.ts, memoized): a second parse and a set of 300,000 forms cost each
    // worker half a second and some 20 MB.
    const index = loadLemmaIndex();
    const extra = new Set<string>();
    // Function words are not in those lists.
    for (const w of ["il", "lo", "la", "i", "gli", "le", "un", "una", "di", "da", "in", "con", "su", "per", "tra", "fra", "e", "o", "ma", "che", "non", "del", "della", "dei", "degli", "delle", "al", "alla", "nel", "nella", "sul", "sulla", "dal", "dalla", "a"]) extra.add(w);
    // Nor are adverbs, conjunctions and pronouns, which open sentences as capitalized words (`Tuttavia`, `Inoltre`).
    for (const w of CLOSED_CLASS_WORDS) extra.add(w);
    return { has: (lower: string) => extra.has(lower) || inDictionaries(index, lower) };
  });
  return cached;
}
