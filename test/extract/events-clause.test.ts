// Table tests for what an event gets from the clause around it, on sentences written for the
// tests: the traveller of a visit named by a participle (`compiuta da X`) or by the subject of
// the clause set during it, a bare mention of a lexicon event, the side backed in a war, troops
// employed in a war; and sentences that must give none of it. Plus the two arc repairs the
// relation patterns use (a subject misread as a conjunct of a fronted place, a name under a
// demonym read as a title's head), on hand-made parses so the parser's mood cannot hide them.
import { describe, expect, it } from "vitest";
import { context, extractText } from "./helpers.ts";
import { treeFacts } from "../../src/extract/relations/tree-patterns.ts";
import type { PlacedMention } from "../../src/extract/relations/args.ts";
import type { Sentence } from "../../src/types.ts";
import { DependencyTree } from "../../src/syntax/tree.ts";
import { reach, verbSubjects } from "../../src/extract/relations/tree-arcs.ts";
import type { SyntaxWord } from "../../src/syntax/types.ts";

const DATE = " date 2026-03 Notizie.\n\n";
const facts = async (text: string) => {
  const x = await extractText(DATE + text);
  return { x, rel: new Set(x.relations.filter((r) => r.modality === "asserted").map((r) => `${r.subject} ${r.predicate} ${r.object}`)) };
};

describe("an event's roles from its clause", () => {
  it.each([
    ["a visit with no traveller of its own is the subject's of the clause set during it (phrase on a fronted time phrase)",
      "A maggio, durante la visita a Lisbona, il cancelliere Karl Brandt ha firmato un accordo sull'energia.",
      ["person/karl-brandt visits place/lisbon", "person/karl-brandt visits country/portugal", "person/karl-brandt participatesIn event/visit-karl-brandt-lisbon-2026"],
      []],
    ["a visit with its own traveller: who speaks during it did not travel",
      "Durante la visita di Anthony Albanese a Pechino, Fumio Kishida ha rilasciato un'intervista.",
      ["person/anthony-albanese visits place/beijing"],
      ["person/fumio-kishida visits place/beijing", "person/fumio-kishida visits country/china"]],
    ["a doer participle names the traveller and the place",
      "Il premier Jonas Vik ha ricordato la visita effettuata a Varsavia dal ministro Rui Costa.",
      ["person/rui-costa visits place/warsaw", "person/rui-costa visits country/poland", "person/rui-costa participatesIn event/visit-rui-costa-warsaw-2026"],
      ["person/jonas-vik visits place/warsaw"]],
    ["a host participle names no traveller",
      "Il premier Jonas Vik ha lodato la visita a Varsavia, organizzata dal ministro Rui Costa.",
      [],
      ["person/rui-costa visits place/warsaw", "person/jonas-vik visits place/warsaw"]],
    ["a bare mention of a lexicon event gives that event the people of the clause set at it",
      "Si è aperto ieri il Forum economico internazionale di San Pietroburgo. Il ministro Karl Brandt ha incontrato Rui Costa a margine del forum.",
      ["person/karl-brandt participatesIn event/st-petersburg-international-economic-forum", "person/rui-costa participatesIn event/st-petersburg-international-economic-forum"],
      []],
    ["who a handshake happens in front of stood at it: all met",
      "Il premier ceco Jan Novak e il presidente slovacco Peter Hlina si sono stretti la mano a Vienna, sotto lo sguardo di Olaf Scholz.",
      ["person/jan-novak meetsWith person/peter-hlina", "person/jan-novak meetsWith person/olaf-scholz", "person/olaf-scholz meetsWith person/peter-hlina"], []],
    ["a signing in someone's presence",
      "Il premier ceco Jan Novak e il presidente slovacco Peter Hlina hanno firmato un accordo sul gas alla presenza di Olaf Scholz.",
      ["person/jan-novak meetsWith person/olaf-scholz", "person/olaf-scholz meetsWith person/peter-hlina"], []],
    ["speaking in front of someone is no joint act",
      "Il premier ceco Jan Novak ha votato la legge sotto lo sguardo di Olaf Scholz.",
      [], ["person/jan-novak meetsWith person/olaf-scholz"]],
    ["the side backed in a war fights it",
      "Il Kazakistan ha assicurato il suo sostegno alla Russia per la guerra contro l'Ucraina.",
      ["country/russia participatesIn event/war-in-ukraine", "country/russia atWarWith country/ukraine", "country/kazakhstan participatesIn event/war-in-ukraine"],
      []],
    ["backing at a summit makes no side of a war",
      "Al vertice di Lisbona la Francia ha espresso sostegno alla Moldavia.",
      [],
      ["country/moldova participatesIn event/summit-lisbon-2026"]],
    ["troops employed in a war: their country takes part",
      "L'impiego di reparti bielorussi nella guerra in Ucraina è stato confermato dal governo di Minsk.",
      ["country/belarus participatesIn event/war-in-ukraine"],
      []],
    ["fighting in a war is taking part in it",
      "Secondo i servizi di Kiev, la Bielorussia combatte nella guerra in Ucraina.",
      ["country/belarus participatesIn event/war-in-ukraine"],
      []],
    ["fighting something else is no war",
      "La Bielorussia combatte la corruzione con una nuova legge.",
      [],
      ["country/belarus participatesIn event/war-in-ukraine"]],
    ["weapons used in a war name no one who takes part",
      "L'uso di droni nella guerra in Ucraina è aumentato.",
      [],
      ["country/ukraine participatesIn event/war-in-ukraine"]],
  ])("%s", async (_name, text, expected, absent) => {
    const { rel } = await facts(text);
    for (const f of expected) expect(rel).toContain(f);
    for (const f of absent) expect(rel).not.toContain(f);
  });

  it("a bare singular mention does not refer to a plural series named later: the series stays a passing mention", async () => {
    const { x } = await facts("Il governo ha parlato a lungo. La situazione resta tesa. L'attacco è stato rivendicato dallo Stato islamico. Nei giorni seguenti i bombardamenti turchi hanno colpito i villaggi di confine.");
    expect(x.entities.filter((e) => e.type === "Event")).toEqual([]);
  });

  it("a seat named as where a meeting happened (`alla Casa Bianca`) places it in the seat's country", async () => {
    const { rel } = await facts("La stretta di mano tra Jan Novak e Peter Hlina alla Casa Bianca è durata pochi secondi.");
    expect(rel).toContain("event/meeting-jan-novak-peter-hlina-united-states-2026 locatedIn country/united-states");
    expect(rel).toContain("person/jan-novak meetsWith person/peter-hlina");
  });

  it("a building alone does not make a passing meeting a happening of its own", async () => {
    const { x } = await facts("Il governo ha parlato a lungo. La situazione resta tesa. Ieri il deputato Jan Novak è intervenuto alla riunione della commissione Bilancio all'Assemblea nazionale.");
    expect(x.entities.filter((e) => e.type === "Event")).toEqual([]);
  });

  it.each([
    ["an operation with a proper name of its own is a happening, even after the lead and with nobody named", "Nella notte è scattata l'operazione Tempesta: droni hanno colpito sei siti.", 1],
    ["an operation without a name after the lead is a passing mention", "Nella notte è scattata un'operazione di polizia: sei persone sono state fermate.", 0],
  ])("%s", async (_name, text, nodes) => {
    const { x } = await facts("Il governo ha parlato a lungo. La situazione resta tesa. " + text);
    expect(x.entities.filter((e) => e.type === "Event")).toHaveLength(nodes);
  });

  it("a visit the clause dates to another year is background: its facts, no node of this year", async () => {
    const { x, rel } = await facts("Il portavoce ha citato il viaggio compiuto a Vilnius nel 2011 dal ministro degli Esteri lettone Andris Ozols.");
    expect(rel).toContain("person/andris-ozols visits place/vilnius");
    expect(x.entities.filter((e) => e.type === "Event")).toEqual([]);
  });
});

/** A hand-made parse: [form, lemma, upos, head, deprel, feats?]. */
function tree(rows: Array<[string, string, string, number, string, string?]>): DependencyTree {
  const words: SyntaxWord[] = rows.map(([form, lemma, upos, head, deprel, feats], i) => ({ id: i + 1, form, lemma, upos, xpos: "_", feats: feats ?? "_", head, deprel, deps: "_", misc: "_" }));
  return new DependencyTree(words);
}

describe("arc repairs", () => {
  // `A Oslo, Anna Berg ha incontrato il ministro`, read with Berg coordinated to Oslo and the minister as subject.
  const fronted = tree([
    ["A", "a", "ADP", 2, "case"], ["Oslo", "Oslo", "PROPN", 7, "obl"], [",", ",", "PUNCT", 4, "punct"], ["Anna", "Anna", "PROPN", 2, "conj"],
    ["Berg", "Berg", "PROPN", 4, "flat:name"], ["ha", "avere", "AUX", 7, "aux"], ["incontrato", "incontrare", "VERB", 0, "root", "VerbForm=Part"],
    ["il", "il", "DET", 9, "det"], ["ministro", "ministro", "NOUN", 7, "nsubj"],
  ]);
  it("a name hung as a conjunct with no conjunction on a fronted place is the subject; the post-verbal one the object", () => {
    expect(reach(fronted, 7, "nsubj", [])).toEqual({ words: [4], arc: "nsubj(after-fronted-phrase)" });
    expect(reach(fronted, 7, "obj", [])?.words).toEqual([9]);
  });
  // `la vendita e l'impiego di mine da parte di X`: what follows the last conjunct hangs on the first, and is shared.
  const shared = tree([
    ["la", "il", "DET", 2, "det"], ["vendita", "vendita", "NOUN", 0, "root"], ["di", "di", "ADP", 4, "case"], ["mine", "mina", "NOUN", 2, "nmod"],
    ["e", "e", "CCONJ", 6, "cc"], ["impiego", "impiego", "NOUN", 2, "conj"], ["da", "da", "ADP", 8, "case"], ["parte", "parte", "NOUN", 2, "nmod"],
  ]);
  it("a conjunct shares the modifiers after it that hang on the first conjunct, not those before it", () => {
    expect(reach(shared, 6, "nmod:da", [])).toEqual({ words: [8], arc: "conj>shared:nmod:da" });
    expect(reach(shared, 6, "nmod:di", [])).toBeUndefined();
  });
  it("a real coordination (`A Oslo e Bergen`) is no subject", () => {
    const coordinated = tree([
      ["A", "a", "ADP", 2, "case"], ["Oslo", "Oslo", "PROPN", 7, "obl"], ["e", "e", "CCONJ", 4, "cc"], ["Bergen", "Bergen", "PROPN", 2, "conj"],
      ["si", "si", "PRON", 7, "expl"], ["ha", "avere", "AUX", 7, "aux"], ["incontrato", "incontrare", "VERB", 0, "root", "VerbForm=Part"],
      ["il", "il", "DET", 9, "det"], ["ministro", "ministro", "NOUN", 7, "nsubj"],
    ]);
    expect(reach(coordinated, 7, "nsubj", [])).toBeUndefined();
  });
});

describe("a subject read under a fronted time phrase (`la settimana dopo X`, `due mesi prima X`)", () => {
  it.each([
    ["the clause and its coordinated passive go on with it",
      "La settimana dopo il ministro degli Esteri svedese Lars Berg era arrivato a Zagabria ed era stato ricevuto dal premier Rui Costa.",
      ["person/lars-berg visits place/zagreb", "person/lars-berg meetsWith person/rui-costa"]],
  ])("%s", async (_name, text, expected) => {
    const { x } = await facts(text);
    const tree = new Set(x.relations.filter((r) => r.evidence.rule.includes("after-time-phrase") || r.evidence.rule.includes("conj>nsubj")).map((r) => `${r.subject} ${r.predicate} ${r.object}`));
    for (const f of expected) expect(tree).toContain(f);
  });
  it("a bare participle under the time phrase is passive, its patient the name (`Due giorni prima il ministro X, accolto da Y, …`)", () => {
    const t = tree([
      ["Due", "due", "NUM", 2, "nummod"], ["giorni", "giorno", "NOUN", 6, "obl"], ["prima", "prima", "ADV", 5, "case"], ["il", "il", "DET", 5, "det"], ["ministro", "ministro", "NOUN", 2, "nmod"],
      ["accolto", "accogliere", "VERB", 0, "root", "VerbForm=Part"], ["da", "da", "ADP", 8, "case"], ["Dahl", "Dahl", "PROPN", 6, "obl"],
    ]);
    expect(reach(t, 6, "nsubj:pass", [])).toEqual({ words: [5], arc: "nsubj:pass(after-time-phrase)" });
    expect(reach(t, 6, "agent", [])?.words).toEqual([8]);
  });
  it("only `dopo`/`prima` right after a fronted time noun is read so; a `dopo` phrase heading the clause is no subject", () => {
    const after = tree([
      ["Il", "il", "DET", 2, "det"], ["giorno", "giorno", "NOUN", 6, "obl"], ["dopo", "dopo", "ADP", 5, "case"], ["il", "il", "DET", 5, "det"], ["ministro", "ministro", "NOUN", 2, "nmod"],
      ["partì", "partire", "VERB", 0, "root"],
    ]);
    expect(verbSubjects(after, 6)).toEqual([5]);
    const prep = tree([
      ["Dopo", "dopo", "ADP", 3, "case"], ["il", "il", "DET", 3, "det"], ["vertice", "vertice", "NOUN", 4, "obl"], ["partì", "partire", "VERB", 0, "root"],
    ]);
    expect(verbSubjects(prep, 4)).toEqual([]);
  });
});

describe("meetings and visits the parser spreads over the clause", () => {
  it.each([
    ["talks had with someone: the `con` phrase hung on the light verb",
      "La premier Ingrid Sand ha avuto un colloquio anche con il cancelliere austriaco Franz Huber sulla questione dei migranti.",
      ["person/franz-huber meetsWith person/ingrid-sand"], []],
    ["a relative clause labelled `acl`: its pronoun stands for the noun",
      "Il governo ha affidato la trattativa al negoziatore Paul Weber, che a marzo era stato ricevuto a Berlino.",
      ["person/paul-weber visits place/berlin"], []],
    ["a role named by its seat of power is the latest person of that country",
      "Vladimir Putin ha parlato a lungo con i giornalisti. Il capo del Cremlino ha poi incontrato il premier portoghese Rui Costa.",
      ["person/rui-costa meetsWith person/vladimir-putin"], []],
    ["a role named by its country with `di`",
      "Emmanuel Macron ha parlato in mattinata. Il presidente della Francia ha poi incontrato la premier danese Mette Frederiksen.",
      ["person/emmanuel-macron meetsWith person/mette-frederiksen"], []],
    ["a role named by a body that stands for no country resolves to nobody",
      "Vladimir Putin ha parlato a lungo con i giornalisti. Il capo della delegazione ha poi incontrato il premier portoghese Rui Costa.",
      [], ["person/rui-costa meetsWith person/vladimir-putin"]],
    ["moving on to a place is going there",
      "Dopo Vienna, il ministro Lars Berg si è spostato a Lubiana per un incontro con i colleghi.",
      ["person/lars-berg visits place/ljubljana"], []],
    ["moving something else to a place is no visit",
      "Il ministro Lars Berg ha spostato la sede dell'agenzia a Lubiana.",
      [], ["person/lars-berg visits place/ljubljana"]],
  ])("%s", async (_name, text, expected, absent) => {
    const { rel } = await facts(text);
    for (const f of expected) expect(rel).toContain(f);
    for (const f of absent) expect(rel).not.toContain(f);
  });
});

describe("a name under a demonym read as the title's head", () => {
  // `Anna Berg ha incontrato il ministro degli Esteri russo Igor Lund`, with `russo` read as a noun in apposition and the name under it.
  const text = "Anna Berg ha incontrato il ministro degli Esteri russo Igor Lund";
  const rows: Array<[string, string, string, number, string]> = [
    ["Anna", "Anna", "PROPN", 3, "nsubj"], ["Berg", "Berg", "PROPN", 1, "flat:name"], ["incontrato", "incontrare", "VERB", 0, "root"],
    ["il", "il", "DET", 5, "det"], ["ministro", "ministro", "NOUN", 3, "obj"], ["degli", "di", "ADP", 7, "case"], ["Esteri", "Esteri", "PROPN", 5, "nmod"],
    ["russo", "russo", "NOUN", 5, "appos"], ["Igor", "Igor", "PROPN", 8, "nmod"], ["Lund", "Lund", "PROPN", 9, "flat:name"],
  ];
  it("the person below the demonym is the argument, not the demonym's country", async () => {
    let at = 0;
    const words: SyntaxWord[] = rows.map(([form, lemma, upos, head, deprel], i) => {
      const start = text.indexOf(form, at);
      at = start + form.length;
      return { id: i + 1, form, lemma, upos, xpos: "_", feats: "_", head, deprel, deps: "_", misc: "_", start, end: at };
    });
    const mention = (key: string, type: "Person" | "Country", surface: string): PlacedMention => {
      const start = text.indexOf(surface);
      return { m: { key, type, surface, start, end: start + surface.length, sentence: 0 } as PlacedMention["m"], first: 0, last: 0, type, source: false };
    };
    const placed = [mention("person/anna-berg", "Person", "Anna Berg"), mention("country/russia", "Country", "russo"), mention("person/igor-lund", "Person", "Igor Lund")];
    const s = { index: 0, start: 0, end: text.length, text, tokens: [], syntax: { words } } as unknown as Sentence;
    const rules = (await context()).extract.relations.tree;
    const fit = (p: PlacedMention, types: readonly string[]) => (types.includes(p.type) ? p.m.key : undefined);
    const met = treeFacts(s, placed, rules, fit).filter((f) => f.predicate === "meetsWith").map((f) => `${f.subject} ${f.object}`);
    expect(met).toContain("person/anna-berg person/igor-lund");
    expect(met).not.toContain("person/anna-berg country/russia");
  });
});
