// The syntax stage's documents, in Universal Dependencies terms (CoNLL-U): a sentence is a
// list of syntactic words (after `della` -> `di la`, `farlo` -> `far lo`), each with lemma,
// UPOS, features, head and relation. Multiword tokens keep the surface form they came from.

/** One syntactic word. `id` is 1-based within its sentence; `head` 0 is the root. */
export interface SyntaxWord {
  id: number;
  form: string;
  lemma: string;
  upos: string;
  xpos: string;
  /** UD features, `Gender=Masc|Number=Sing` or `_`. */
  feats: string;
  head: number;
  deprel: string;
  deps: string;
  misc: string;
  /** Character offsets in the article when the word comes from text (multiword parts share their token's span). */
  start?: number;
  end?: number;
  /** Index of the source token in the NLP stage's sentence, when there is one. */
  tokenIndex?: number;
}

/** A multiword token line (`5-6 della`): the surface form of words `first`..`last`. */
export interface MultiwordToken {
  first: number;
  last: number;
  form: string;
  misc: string;
}

export interface SyntaxSentence {
  /** Comment lines as read (`# sent_id = …`, `# text = …`), without the leading `#`. */
  comments: string[];
  words: SyntaxWord[];
  multiwords: MultiwordToken[];
  /** Empty nodes (`8.1`) and other lines kept verbatim so a round trip loses nothing. */
  extraLines?: { after: number; line: string }[];
}
