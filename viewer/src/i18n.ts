// One language at a time: the interface's words, numbers and dates in Italian (default) or
// English. Names of entities, relations and measures come from graph.json (the export
// writes them in both languages); this file holds only the interface's own words.
// Pure functions: tested without a browser.
export type Lang = "it" | "en";
export const LANGS: Lang[] = ["it", "en"];
export type Bilingual = Record<Lang, string>;

const STRINGS = {
  searchPlaceholder: { it: "Cerca un'entità (Shoigu, Choïgou…)", en: "Find an entity (Shoigu, Choïgou…)" },
  menu: { it: "Menu", en: "Menu" },
  layoutRun: { it: "Layout ▶", en: "Layout ▶" },
  layoutStop: { it: "Layout ⏸", en: "Layout ⏸" },
  neighbourhood: { it: "Vicinato", en: "Neighbourhood" },
  hop1: { it: "1 passo", en: "1 hop" },
  hop2: { it: "2 passi", en: "2 hops" },
  filters: { it: "Filtri", en: "Filters" },
  figures: { it: "Cifre", en: "Figures" },
  export: { it: "Esporta", en: "Export" },
  exportPng: { it: "PNG della vista", en: "PNG of the view" },
  exportTtlAll: { it: "Turtle (tutto)", en: "Turtle (all)" },
  exportGexfAll: { it: "GEXF (tutto)", en: "GEXF (all)" },
  exportTtlView: { it: "Turtle (vista)", en: "Turtle (view)" },
  exportGexfView: { it: "GEXF (vista)", en: "GEXF (view)" },
  language: { it: "Lingua", en: "Language" },
  classes: { it: "Classi", en: "Classes" },
  relations: { it: "Relazioni", en: "Relations" },
  articles: { it: "Articoli", en: "Articles" },
  hint: { it: "Seleziona un nodo o una relazione.", en: "Select a node or a relation." },
  graphLabel: { it: "Grafo delle entità", en: "Entity graph" },
  measure: { it: "Misura", en: "Measure" },
  from: { it: "Dal", en: "From" },
  to: { it: "al", en: "to" },
  noDates: { it: "nessuna data", en: "no dates" },
  also: { it: "Anche", en: "Also" },
  mentions: { it: "Menzioni", en: "Mentions" },
  of: { it: "di", en: "of" },
  sentences: { it: "frasi", en: "sentences" },
  sentence: { it: "frase", en: "sentence" },
  rule: { it: "regola", en: "rule" },
  undated: { it: "Cifre senza data", en: "Undated figures" },
  source: { it: "fonte", en: "source" },
  noSource: { it: "fonte non indicata", en: "source not given" },
  figuresFrom: { it: "cifre da", en: "figures from" },
  sources: { it: "fonti", en: "sources" },
  entities: { it: "entità", en: "entities" },
  loadError: { it: "Impossibile caricare il grafo", en: "Cannot load the graph" },
  close: { it: "Chiudi", en: "Close" },
} as const satisfies Record<string, Bilingual>;

export type StringKey = keyof typeof STRINGS;
export const t = (key: StringKey, lang: Lang): string => STRINGS[key][lang];

/** `6.000` / `6,000`: grouping always, also for four digits (CLDR leaves `6000` alone in Italian). */
export function formatNumber(n: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === "it" ? "it-IT" : "en-GB", { maximumFractionDigits: 2, useGrouping: "always" } as Intl.NumberFormatOptions).format(n);
}

const MONTHS: Record<Lang, string[]> = {
  it: ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
  en: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
};

/** An ISO date as precise as it is: `2025` → `2025`, `2025-06` → `giugno 2025`, `2025-06-19` → `19 giugno 2025`. */
export function formatDate(iso: string | undefined, lang: Lang): string {
  if (!iso) return "";
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(iso);
  if (!m) return iso;
  const [, y, mo, d] = m;
  if (!mo) return y!;
  const month = MONTHS[lang][Number(mo) - 1] ?? mo;
  if (!d) return `${month} ${y}`;
  return lang === "it" ? `${Number(d)} ${month} ${y}` : `${Number(d)} ${month} ${y}`;
}

/** Short month for chart ticks: `giu 2025`, `Jun 2025`. */
export function formatMonthShort(year: number, month: number, lang: Lang): string {
  return `${MONTHS[lang][month - 1]!.slice(0, 3)} ${year}`;
}

/** What a figure counts, said with its subject: `morti tra i soldati nordcoreani`. */
export function measurePhrase(measure: string, lang: Lang, measureLabel: string, about?: { label: string; demonym?: string; isCountry: boolean }): string {
  if (!about) return measureLabel;
  const soldiers = ["killed", "wounded", "casualties", "captured"];
  if (about.isCountry && soldiers.includes(measure)) {
    return lang === "it" && about.demonym ? `${measureLabel} tra i soldati ${about.demonym}` : lang === "it" ? `${measureLabel} tra i soldati di ${about.label}` : `${measureLabel} among soldiers of ${about.label}`;
  }
  if (about.isCountry && measure === "troopsDeployed") return lang === "it" ? (about.demonym ? `soldati ${about.demonym} schierati` : `soldati schierati da ${about.label}`) : `troops deployed by ${about.label}`;
  if (about.isCountry && measure === "personnelDeployed") return lang === "it" ? (about.demonym ? `personale ${about.demonym.replace(/i$/, "o")} inviato` : `personale inviato da ${about.label}`) : `personnel sent by ${about.label}`;
  return lang === "it" ? `${measureLabel}: ${about.label}` : `${measureLabel}: ${about.label}`;
}

const RULES: Array<[RegExp, Bilingual]> = [
  [/^lexicon:[^:]+:locatedIn$/, { it: "fatto noto del lessico: dove si trova", en: "known fact from the lexicon: where it is" }],
  [/^lexicon:[^:]+:partOf$/, { it: "fatto noto del lessico: di chi fa parte", en: "known fact from the lexicon: what it belongs to" }],
  [/^lexicon:[^:]+:parties$/, { it: "fatto noto del lessico: parti del trattato", en: "known fact from the lexicon: parties to the treaty" }],
  [/^lexicon:/, { it: "nome riconosciuto dal lessico", en: "name found in the lexicon" }],
  [/^demonym$/, { it: "aggettivo di nazionalità (nordcoreano → Corea del Nord)", en: "nationality adjective (nordcoreano → North Korea)" }],
  [/^coreference/, { it: "ripresa di un nome già citato", en: "reference to a name mentioned before" }],
  [/^article-source$/, { it: "testata dell'articolo", en: "the article's outlet" }],
  [/^agency-head$/, { it: "nome di un'agenzia", en: "an agency's name" }],
  [/^person-role/, { it: "persona indicata dal suo ruolo", en: "person named with a role" }],
  [/^person-shape/, { it: "forma di un nome di persona", en: "shape of a person's name" }],
  [/^treaty-head/, { it: "nome di un trattato", en: "a treaty's name" }],
  [/^event\.(visit)/, { it: "parola che indica una visita", en: "a word for a visit" }],
  [/^event\.(meeting|call|forum)/, { it: "parola che indica un incontro", en: "a word for a meeting" }],
  [/^event\.summit/, { it: "parola che indica un vertice", en: "a word for a summit" }],
  [/^event\.signing/, { it: "parola che indica una firma", en: "a word for a signing" }],
  [/^event\.battle/, { it: "parola che indica un combattimento", en: "a word for fighting" }],
  [/^signing-of-treaty/, { it: "chi firma un trattato partecipa alla firma", en: "a treaty's signer takes part in the signing" }],
  [/^tree:([a-z-]+) /, { it: "schema sull'albero sintattico «$1»", en: "dependency-tree pattern «$1»" }],
  [/^event\.(war|truce|battle):sides/, { it: "le due parti di una guerra o di una tregua", en: "the two sides of a war or truce" }],
  [/^visit-by-meeting-abroad$/, { it: "un incontro all'estero implica una visita", en: "a meeting abroad implies a visit" }],
  [/^role\.leader:(.+)$/, { it: "carica di vertice «$1»", en: "leading office «$1»" }],
  [/^role\.member:(.+)$/, { it: "carica «$1»", en: "office «$1»" }],
  [/^(war-)?participation:/, { it: "partecipazione dedotta da un'azione", en: "participation inferred from an action" }],
  [/^count\.[^+]+\+source\.secondo$/, { it: "cifra attribuita con «secondo»", en: "figure attributed with «secondo» (according to)" }],
  [/^count\.[^+]+\+source\.reporting-verb$/, { it: "cifra attribuita da un verbo di dichiarazione", en: "figure attributed by a reporting verb" }],
  [/^count\.[^+]+\+source\./, { it: "cifra con la sua fonte", en: "figure with its source" }],
  [/^count\./, { it: "cifra senza fonte esplicita", en: "figure with no explicit source" }],
  [/\.verb(:|$)/, { it: "verbo della frase", en: "the sentence's verb" }],
  [/\.noun(:|$)/, { it: "nome che esprime l'azione", en: "a noun for the action" }],
  [/^receive\./, { it: "verbo «ricevere»", en: "the verb «ricevere» (receive)" }],
];

/** A rule id (`role.leader:presidente`, `lexicon:person/x`) as a phrase; the raw id goes in a tooltip. */
export function rulePhrase(rule: string, lang: Lang): string {
  for (const [re, phrase] of RULES) {
    const m = re.exec(rule);
    if (m) return phrase[lang].replace("$1", m[1] ?? "");
  }
  return rule;
}

const QUALIFIERS: Record<string, Bilingual> = {
  atLeast: { it: "almeno", en: "at least" }, moreThan: { it: "oltre", en: "more than" }, about: { it: "circa", en: "about" }, upTo: { it: "fino a", en: "up to" },
};
/** `almeno 6.000`, `about 600`. */
export function amountWords(amount: number, lang: Lang, qualifier?: string, amountMax?: number, unit?: string): string {
  const q = qualifier ? `${QUALIFIERS[qualifier]?.[lang] ?? qualifier} ` : "";
  return `${q}${formatNumber(amount, lang)}${amountMax ? `–${formatNumber(amountMax, lang)}` : ""}${unit ? ` ${unit}` : ""}`;
}
