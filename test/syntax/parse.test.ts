// The trained model on sentences written for these tests: the constructions relation
// extraction reads (passives, relative clauses, coordination, apposition, fronted phrases,
// clitics, dropped subjects, nominalizations). Each row names the arcs that must hold.
import { beforeAll, describe, expect, it } from "vitest";
import { loadNlpContext, type NlpContext } from "../../src/nlp/context.ts";
import { analyze } from "../../src/nlp/index.ts";
import { defaultDataDir } from "../../src/paths.ts";
import { analyzeForms, DependencyTree, loadSyntaxContext, parseSentence, type SyntaxContext } from "../../src/syntax/index.ts";

let nlp: NlpContext;
let syntax: SyntaxContext;

beforeAll(async () => {
  nlp = await loadNlpContext(defaultDataDir);
  syntax = loadSyntaxContext(defaultDataDir, nlp.lemmas);
});

function parseText(text: string): DependencyTree {
  const doc = analyze({ meta: { id: "t", file: "t.txt", contentHash: "" }, text, metaSpans: {} }, nlp);
  expect(doc.sentences).toHaveLength(1);
  return new DependencyTree(parseSentence(doc.sentences[0]!, syntax).syntax!.words);
}

/** `relation>head` of the first word with this form (`nsubj:pass>firmato`, `root>ROOT`). */
function arc(tree: DependencyTree, form: string): string {
  const w = tree.words.find((x) => x.form === form);
  if (!w) return `no word ${form} in ${tree.words.map((x) => x.form).join(" ")}`;
  return `${w.deprel}>${w.head === 0 ? "ROOT" : tree.word(w.head).form}`;
}

const idOf = (tree: DependencyTree, form: string): number => tree.words.find((x) => x.form === form)!.id;

describe("the parse of constructions extraction reads", () => {
  it.each([
    ["passive with agent", "Il trattato è stato firmato dal ministro Rossi.", { trattato: "nsubj:pass>firmato", stato: "aux:pass>firmato" }],
    ["passive without agent", "Tre soldati sono stati uccisi durante la notte.", { soldati: "nsubj:pass>uccisi" }],
    ["passive with venire", "La proposta viene respinta dal parlamento.", { proposta: "nsubj:pass>respinta", viene: "aux:pass>respinta" }],
    ["active perfect with essere is not passive", "La delegazione è arrivata a Madrid.", { delegazione: "nsubj>arrivata", Madrid: "obl>arrivata" }],
    ["relative clause", "Il generale che ha visitato la base è tornato a Mosca.", { che: "nsubj>visitato", visitato: "acl:relcl>generale", base: "obj>visitato", generale: "nsubj>tornato" }],
    ["coordinated subjects", "Francia e Germania hanno firmato l'accordo.", { Francia: "nsubj>firmato", Germania: "conj>Francia", accordo: "obj>firmato" }],
    ["coordinated objects", "Il governo ha inviato armi e munizioni.", { governo: "nsubj>inviato", armi: "obj>inviato", munizioni: "conj>armi" }],
    ["apposition", "Marco Bianchi, ministro della Difesa, ha incontrato i delegati.", { Marco: "nsubj>incontrato", ministro: "appos>Marco", delegati: "obj>incontrato" }],
    ["fronted prepositional phrase", "A Lisbona il presidente ha incontrato il premier.", { Lisbona: "obl>incontrato", presidente: "nsubj>incontrato", premier: "obj>incontrato" }],
    ["clitic object before the verb", "Il ministro lo ha ricevuto ieri.", { lo: "obj>ricevuto", ministro: "nsubj>ricevuto" }],
    ["clitic attached to an infinitive (a modal is an auxiliary in UD Italian)", "Il premier vuole incontrarlo domani.", { vuole: "aux>incontrar", lo: "obj>incontrar", premier: "nsubj>incontrar" }],
    ["a foreign surname first is a name, not a verb read from its ending", "Kabore e Osei hanno firmato un accordo.", { Kabore: "nsubj>firmato", Osei: "conj>Kabore", accordo: "obj>firmato" }],
    ["a nationality that is also a verb form, after its noun, is its adjective (`russo`, not `russare`)", "Il sindaco ha ricevuto il console russo Ivan Orlov.", { russo: "amod>console", console: "obj>ricevuto", sindaco: "nsubj>ricevuto" }],
    ["a noun that is also a verb form, after an article and a possessive, is the noun (`la sua visita`, not `visitare`)", "Il ministro ha parlato durante la sua visita in Perù.", { visita: "obl>parlato", sua: "det:poss>visita" }],
    ["the same with `loro` and another such noun", "I ministri hanno discusso della loro firma sull'intesa.", { firma: "obl>discusso", loro: "det:poss>firma" }],
    ["dropped subject", "Ha poi incontrato il sindaco.", { incontrato: "root>ROOT", sindaco: "obj>incontrato" }],
    ["nominalization with di", "La visita del presidente durerà due giorni.", { presidente: "nmod>visita", visita: "nsubj>durerà", giorni: "obj>durerà" }],
    ["nominalization with di and da", "L'invio di truppe dalla Bielorussia preoccupa Varsavia.", { truppe: "nmod>invio", invio: "nsubj>preoccupa", Varsavia: "obj>preoccupa" }],
  ])("%s: %s", (_, sentence, arcs) => {
    const tree = parseText(sentence);
    const got = Object.fromEntries(Object.keys(arcs).map((form) => [form, arc(tree, form)]));
    expect(got).toEqual(arcs);
  });

  it("keeps a nominalization's `a` phrase inside its subtree (`la visita del presidente a Parigi`)", () => {
    const tree = parseText("La visita del presidente a Parigi durerà due giorni.");
    const visit = idOf(tree, "visita"), paris = idOf(tree, "Parigi");
    expect(tree.subtree(visit)).toContain(paris);
    expect(tree.caseOf(paris)).toBe("a");
    expect(tree.caseOf(idOf(tree, "presidente"))).toBe("di");
  });

  it("finds the agent of a passive through the tree", () => {
    const tree = parseText("Il trattato è stato firmato dal ministro Rossi.");
    const verb = idOf(tree, "firmato");
    expect(tree.isPassive(verb)).toBe(true);
    expect(tree.word(tree.agentOf(verb)!).form).toBe("ministro");
    expect(tree.caseOf(tree.agentOf(verb)!)).toBe("da");
  });

  it("splits articulated prepositions into syntactic words that point at their token", () => {
    const tree = parseText("La visita del presidente a Parigi durerà due giorni.");
    const di = tree.words.find((w) => w.form === "di")!;
    const il = tree.words[di.id]!;
    expect([di.form, il.form, il.upos]).toEqual(["di", "il", "DET"]);
    expect(di.start).toBe(il.start);
  });

  it("distributes a coordinated subject's conjuncts", () => {
    const tree = parseText("Francia e Germania hanno firmato l'accordo.");
    expect(tree.conjuncts(idOf(tree, "Francia")).map((id) => tree.word(id).form)).toEqual(["Germania"]);
    expect(tree.clauseOf(idOf(tree, "accordo"))).toBe(idOf(tree, "firmato"));
  });

  it.each([
    // [sentence, form, UPOS]: function words are closed classes; an unknown capitalized word is not one of them.
    ["Okonkwo e i suoi alleati hanno lasciato la sala.", "Okonkwo", "PROPN"],
    ["Tuttavia il governo ha respinto la proposta.", "Tuttavia", "ADV"],
    ["Inoltre il ministro ha annunciato nuove sanzioni.", "Inoltre", "ADV"],
    ["Finalmente il convoglio è arrivato al confine.", "Finalmente", "ADV"],
  ])("tags %s: %s is %s", (sentence, form, upos) => {
    expect(parseText(sentence).words.find((x) => x.form === form)?.upos).toBe(upos);
  });

  it.each([
    // Pre-tokenized words (CoNLL-U): an articulated preposition left whole is a preposition; `dei` whole is a partitive article.
    [["Il", "deposito", "si", "trova", "all'", "interno", "della", "caserma", "."], "all'", "ADP"],
    [["Hanno", "parlato", "nel", "corso", "della", "riunione", "."], "nel", "ADP"],
    [["Hanno", "arrestato", "dei", "contrabbandieri", "."], "dei", "DET"],
  ] as [string[], string, string][])("tags whole contractions in %j: %s is %s", (forms, form, upos) => {
    const words = analyzeForms(forms, syntax);
    expect(words[forms.indexOf(form)]!.upos).toBe(upos);
  });

  it.each([
    // [sentence, form, UPOS, lemma]: a common noun capitalized inside a sentence is part of a name (UD Italian-ISDT), its lemma the noun's.
    ["Il ministro ha parlato davanti al Consiglio di Sicurezza.", "Consiglio", "PROPN", "consiglio"],
    ["La Guardia costiera ha soccorso due barche.", "Guardia", "PROPN", "guardia"],
    ["Consiglio e giunta si sono riuniti ieri.", "Consiglio", "NOUN", "consiglio"],
    ["Il sindaco ha detto: «Cittadini, restate a casa».", "Cittadini", "NOUN", "cittadino"],
    ["Il consiglio comunale ha approvato il bilancio.", "consiglio", "NOUN", "consiglio"],
  ])("tags %s: %s is %s (lemma %s)", (sentence, form, upos, lemma) => {
    const w = parseText(sentence).words.find((x) => x.form === form)!;
    expect([w.upos, w.lemma]).toEqual([upos, lemma]);
  });

  it("tags and lemmatizes", () => {
    const tree = parseText("I soldati hanno lanciato tre missili.");
    const w = (f: string) => tree.words.find((x) => x.form === f)!;
    expect([w("soldati").upos, w("soldati").lemma]).toEqual(["NOUN", "soldato"]);
    expect([w("lanciato").upos, w("lanciato").lemma]).toEqual(["VERB", "lanciare"]);
    expect(w("hanno").upos).toBe("AUX");
    expect(w("lanciato").feats).toContain("VerbForm=Part");
  });
});
