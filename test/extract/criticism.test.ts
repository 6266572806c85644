// Table tests, on sentences written for them, for criticism as a class of words over the tree:
// rejecting someone's accusations or plan, denouncing, warning, protesting to a country, pointing
// the finger, laying the blame, holding someone responsible, concern for someone's act, refusing
// to recognize a leader, a judgement quoted after a colon, a verbal attack, `nei confronti di`.
// Each construction is tried active, passive, relative and coordinated where Italian allows it,
// each neighbouring sense of its trigger must give nothing, and a denied or planned criticism is
// never a plain fact.
import { describe, expect, it } from "vitest";
import { extractText } from "./helpers.ts";
import type { ArticleExtraction } from "../../src/types.ts";
import { validateTreeRules } from "../../src/extract/relations/tree-rules.ts";

/** `subject criticizes object @ pattern` for the criticism facts of a modality. */
const criticism = (x: ArticleExtraction, modality = "asserted") =>
  x.relations.filter((r) => r.predicate === "criticizes" && r.modality === modality)
    .map((r) => `${r.subject} ${r.object} @ ${r.evidence.rule.split(" ")[0]}`).sort();

describe("criticism voiced as a rejection, a warning, a protest or blame", () => {
  it.each([
    ["rejecting someone's accusations", "La Grecia ha respinto le accuse dell'Albania sui migranti.",
      ["country/greece country/albania @ tree:criticize-reject"]],
    ["rejected, passive", "Le accuse della Lituania sono state respinte dalla Bielorussia.",
      ["country/belarus country/lithuania @ tree:criticize-reject"]],
    ["rejecting, in a relative clause", "Il Perù, che ha respinto le accuse della Bolivia, ha chiuso la frontiera.",
      ["country/peru country/bolivia @ tree:criticize-reject"]],
    ["a plan named by its demonym", "La premier danese Mette Frederiksen ha bocciato il piano norvegese per la pesca.",
      ["person/mette-frederiksen country/norway @ tree:criticize-reject"]],
    ["coordinated subjects reject", "La Serbia e il Montenegro hanno respinto le pressioni della Croazia.",
      ["country/montenegro country/croatia @ tree:criticize-reject", "country/serbia country/croatia @ tree:criticize-reject"]],
    ["denouncing someone's interference", "Il Kenya ha denunciato le ingerenze della Somalia.",
      ["country/kenya country/somalia @ tree:criticize-verb"]],
    ["denouncing acts named by their demonym", "Il ministro degli Esteri lituano Gabrielius Landsbergis ha denunciato le provocazioni bielorusse al confine.",
      ["person/gabrielius-landsbergis country/belarus @ tree:criticize-verb"]],
    ["warning a country", "Il ministro degli Esteri polacco Radosław Sikorski ha avvertito la Bielorussia.",
      ["person/radoslaw-sikorski country/belarus @ tree:criticize-warn"]],
    ["warning two countries", "Il presidente brasiliano Lula ha avvertito il Paraguay e la Guyana.",
      ["person/lula country/guyana @ tree:criticize-warn", "person/lula country/paraguay @ tree:criticize-warn"]],
    ["protesting to a country", "Il Vietnam ha protestato con le Filippine per l'isola contesa.",
      ["country/vietnam country/philippines @ tree:criticize-protest-to"]],
    ["pointing the finger", "Il presidente filippino Ferdinand Marcos ha puntato il dito contro il Vietnam.",
      ["person/ferdinand-marcos country/vietnam @ tree:criticize-point-finger"]],
    ["laying the fault on someone", "Il Sudan ha dato la colpa agli Emirati Arabi Uniti per il massacro.",
      ["country/sudan country/united-arab-emirates @ tree:criticize-blame"]],
    ["the responsibility for a harm", "La Cambogia ha attribuito alla Thailandia la responsabilità degli scontri al confine.",
      ["country/cambodia country/thailand @ tree:criticize-blame-harm"]],
    ["blaming, one verb", "Il governo sudanese ha incolpato gli Emirati Arabi Uniti.",
      ["country/sudan country/united-arab-emirates @ tree:criticize-verb"]],
    ["holding someone responsible", "La Thailandia ritiene la Cambogia responsabile degli scontri.",
      ["country/thailand country/cambodia @ tree:criticize-hold-responsible"]],
    ["considering someone a threat", "La Serbia considera il Kosovo una minaccia.",
      ["country/serbia country/kosovo @ tree:criticize-define"]],
    ["describing someone as a threat", "Il premier norvegese Jonas Gahr Støre ha descritto la Bielorussia come una minaccia.",
      ["person/jonas-gahr-store country/belarus @ tree:criticize-define"]],
    ["a warning with what it warns of", "Il ministro Radosław Sikorski ha avvertito la Bielorussia che ogni provocazione avrà una risposta.",
      ["person/radoslaw-sikorski country/belarus @ tree:criticize-warn"]],
  ])("%s", async (_, text, expected) => {
    expect(criticism(await extractText(text))).toEqual(expected);
  });
});

describe("criticism in concern, non-recognition, quotes and nominal forms", () => {
  it.each([
    ["concern for someone's act", "Il Cile ha espresso preoccupazione per i test missilistici della Corea del Nord.",
      ["country/chile country/north-korea @ tree:criticize-concern"]],
    ["concern for an act named by its demonym", "La Finlandia ha espresso preoccupazione per le esercitazioni bielorusse.",
      ["country/finland country/belarus @ tree:criticize-concern"]],
    ["concern in quotes after a dative, the parser's apposition", "La Danimarca ha trasmesso a Oslo «le proprie preoccupazioni».",
      ["country/denmark country/norway @ tree:criticize-concern"]],
    ["concern in quotes after a dative, the parser's bare modifier", "Il Cile ha espresso a Lima «profonda preoccupazione».",
      ["country/chile country/peru @ tree:criticize-concern"]],
    ["hostility nei confronti di", "La Corea del Sud ha espresso ostilità nei confronti della Corea del Nord.",
      ["country/south-korea country/north-korea @ tree:criticize-concern"]],
    ["criticism nei confronti di", "Le critiche della Grecia nei confronti dell'Albania si sono moltiplicate.",
      ["country/greece country/albania @ tree:criticize-noun"]],
    ["refusing to recognize a leader: its own negation asserts it", "La Lituania non ha mai riconosciuto Alexander Lukashenko come capo dello Stato.",
      ["country/lithuania person/alexander-lukashenko @ tree:criticize-not-recognize"]],
    ["a headline's speaker before the colon", "Lula: «La Guyana è una minaccia per la regione»",
      ["person/lula country/guyana @ tree:criticize-judge"]],
    ["an attack said to be verbal", "L'attacco verbale di Lula contro il Paraguay ha sorpreso gli alleati.",
      ["person/lula country/paraguay @ tree:criticize-attack-noun"]],
    ["recalling one's envoy from a capital", "La Lituania ha richiamato il proprio ambasciatore da Minsk.",
      ["country/lithuania country/belarus @ tree:criticize-recall-envoy"]],
    ["recalling one's envoy in a country", "La Lituania ha richiamato l'ambasciatore in Bielorussia per consultazioni.",
      ["country/lithuania country/belarus @ tree:criticize-recall-envoy"]],
    ["taking one's distance from someone", "Il premier greco Kyriakos Mitsotakis ha preso le distanze da Viktor Orbán.",
      ["person/kyriakos-mitsotakis person/viktor-orban @ tree:criticize-distance"]],
    ["taking one's distance from someone's words", "Il premier greco Kyriakos Mitsotakis ha preso le distanze dalle parole di Viktor Orbán.",
      ["person/kyriakos-mitsotakis person/viktor-orban @ tree:criticize-distance"]],
    ["demanding a resignation", "Il presidente Alexander Stubb ha chiesto le dimissioni di Olaf Scholz dalla guida del partito.",
      ["person/alexander-stubb person/olaf-scholz @ tree:criticize-demand-resignation"]],
    ["put under accusation, the name read under the noun", "Il Parlamento peruviano ha messo sotto accusa Dina Boluarte.",
      ["org/parlamento-peruviano person/dina-boluarte @ tree:criticize-impeach"]],
    ["put under accusation, passive", "Dina Boluarte è stata messa sotto accusa dal Parlamento peruviano.",
      ["org/parlamento-peruviano person/dina-boluarte @ tree:criticize-impeach"]],
    ["ordering someone to act is a warning", "La Romania ha intimato alla Moldavia di ritirare le truppe.",
      ["country/romania country/moldova @ tree:criticize-order"]],
  ])("%s", async (_, text, expected) => {
    expect(criticism(await extractText(text))).toEqual(expected);
  });
});

describe("neighbouring senses of the same triggers give nothing", () => {
  it.each([
    ["an offensive fought off", "La Francia ha respinto un'offensiva dei ribelli."],
    ["migrants turned back", "L'Egitto ha respinto i migranti al confine."],
    ["a proposal rejected with no one's name", "L'India ha respinto la proposta."],
    ["an asylum request is no one's stance", "Il Parlamento europeo ha respinto la richiesta di asilo di Edward Snowden."],
    ["a court appeal", "La Corte ha respinto il ricorso di Marine Le Pen."],
    ["condemning the arrest of someone: its victim", "La Svezia ha condannato l'arresto di Alexei Navalny."],
    ["condemning a killing: its victim", "L'Austria ha condannato l'uccisione di Ismail Haniyeh."],
    ["reporting a disappearance", "La famiglia ha denunciato la scomparsa di Giulio Regeni."],
    ["a report to someone", "Il sindaco ha denunciato il furto ai carabinieri."],
    ["feeling an earthquake", "La Grecia ha avvertito un forte terremoto."],
    ["told of an arrival", "Il Cile ha avvertito il Perù dell'arrivo della tempesta."],
    ["told before an attack", "La Norvegia ha avvertito la Svezia prima dell'attacco."],
    ["betting on a country", "La Turchia ha puntato sulla Siria per il commercio."],
    ["a task handed to someone", "Il Portogallo ha dato al Brasile la responsabilità dell'organizzazione del vertice."],
    ["a role given", "La Polonia ha attribuito alla Lettonia un ruolo guida."],
    ["protesting together with someone", "Gli studenti hanno protestato con i sindacati contro la riforma."],
    ["a protest with no one addressed", "Il Brasile ha protestato."],
    ["recognizing a government", "La Norvegia ha riconosciuto il nuovo governo siriano."],
    ["not recognizing one's own errors", "La Francia non ha riconosciuto gli errori del passato."],
    ["concern for someone's fate", "Il Portogallo ha espresso preoccupazione per la sorte di Alexei Navalny."],
    ["concern for someone's security", "La Grecia ha espresso preoccupazione per la sicurezza di Cipro."],
    ["considering someone a partner", "La Norvegia considera la Svezia un partner strategico."],
    ["responsible for a task", "Il Belgio ritiene la Svezia responsabile della sicurezza del vertice."],
    ["praise after a colon", "Lula: «La Guyana è un partner affidabile»"],
    ["an attack with no word of speech is military", "L'attacco della Bielorussia alla Lituania ha causato vittime."],
    ["a critical phase", "La Moldavia attraversa una fase critica."],
    ["feeling ill", "Il presidente Lula ha accusato un malore."],
    ["good wishes in quotes after a dative", "La Danimarca ha trasmesso a Oslo «i migliori auguri»."],
    ["described as a partner", "Il premier norvegese Jonas Gahr Støre ha descritto la Bielorussia come un partner."],
    ["a grave situation is about who suffers it", "La Norvegia considera grave la situazione della Moldavia."],
    ["a warning given in a city names no one warned", "Il ministro Radosław Sikorski ha avvertito a Varsavia che la situazione è grave."],
    ["told in advance", "La Norvegia aveva avvertito la Svezia in anticipo."],
    ["an envoy recalled from a holiday, no country", "La Lituania ha richiamato l'ambasciatore da Vilnius per le ferie."],
    ["taking a train", "Il premier greco Kyriakos Mitsotakis ha preso il treno da Atene."],
    ["a resignation asked of no one named", "Il presidente Alexander Stubb ha chiesto le dimissioni."],
    ["put under pressure is no accusation", "La Romania ha messo sotto pressione la Moldavia."],
    ["an attack with no doer", "La Croazia ha condannato l'attentato."],
    ["a criticism from no one named", "La critica è arrivata da fonti anonime."],
    ["a critic as a title", "Il critico cinematografico Paolo Mereghetti ha recensito il film."],
    ["criticism denied", "La Croazia non ha criticato la Serbia."],
    ["criticism that may come", "La Croazia potrebbe condannare la Serbia."],
  ])("%s", async (_, text) => {
    expect(criticism(await extractText(text))).toEqual([]);
  });
});

describe("a denied, planned or alleged criticism is no plain fact", () => {
  it("a rejection denied is negated", async () => {
    const x = await extractText("La Croazia non ha respinto le accuse della Serbia.");
    expect(criticism(x)).toEqual([]);
    expect(criticism(x, "negated")).toEqual(["country/croatia country/serbia @ tree:criticize-reject"]);
  });

  it("a rejection that may come is hypothetical", async () => {
    const x = await extractText("La Bolivia potrebbe respingere il piano del Cile.");
    expect(criticism(x)).toEqual([]);
    expect(criticism(x, "hypothetical")).toEqual(["country/bolivia country/chile @ tree:criticize-reject"]);
  });

  it("a recognition that may not come is no plain criticism", async () => {
    expect(criticism(await extractText("La Lettonia potrebbe non riconoscere Alexander Lukashenko."))).toEqual([]);
  });

  it("an act denounced is presupposed, not alleged: it stays a fact beside the criticism", async () => {
    const x = await extractText("La Lituania ha denunciato l'invio di truppe bielorusse in Moldavia.");
    expect(criticism(x)).toEqual(["country/lithuania country/belarus @ tree:criticize-verb"]);
    expect(x.relations.filter((r) => r.predicate === "deploysTroopsTo").map((r) => `${r.subject} ${r.object} ${r.modality}`))
      .toEqual(["country/belarus country/moldova asserted"]);
  });

  it("what one country accuses another of is its claim; the accusation itself is criticism", async () => {
    const x = await extractText("La Moldavia ha accusato la Bielorussia di fornire carburante alle milizie in Transnistria.");
    expect(criticism(x)).toEqual(["country/moldova country/belarus @ tree:criticize-verb"]);
    expect(x.relations.filter((r) => r.modality === "asserted" && r.predicate !== "criticizes" && r.subject === "country/belarus")).toEqual([]);
  });
});

describe("the criticism rows' data is checked at load", () => {
  const base = { lightVerbs: ["fare"], governments: ["governo"], descriptions: ["premier"], documents: ["risoluzione"], containers: ["pacchetto"], alliances: { id: "ally", reason: "r", cameo: "062", lemmas: ["alleanza"], partners: ["alleanza"], breakVerbs: ["rompere"] },
    envoys: { id: "envoy", reason: "r", lemmas: ["ambasciatore"], predicates: ["criticizes"] },
    acts: { id: "acts", reason: "r", lemmas: ["raid"], forces: ["truppe"], patients: ["arresto"], predicates: ["criticizes"], sides: { conflicts: ["guerra"], nouns: ["parti"], quantifiers: ["entrambe"] } }, modality: { negators: ["non"], modals: ["potere"], negatingVerbs: ["negare"], planNouns: ["idea"], negatingNouns: ["no"], reportingVerbs: ["accusare"] }, vetoes: [] };
  const blame = { id: "b", reason: "r", predicate: "criticizes", lemmas: ["attribuire"], upos: ["VERB"], subject: { arcs: ["nsubj", "speaker"], types: ["Country"] }, object: { arcs: ["obl:a", "nsubj:pass>nmod:di", "nmod:per>amod"], types: ["Country"] },
    requires: [{ on: "obj", deprel: "amod", lemmas: ["responsabile"] }], theme: { arcs: ["nmod:di"], lemmas: ["@harms", "crisi"] } };

  it("a theme's named list is spelled out, the new arcs and `on` conditions accepted", () => {
    const rules = validateTreeRules({ ...base, harms: ["strage", "raid"], patterns: [blame] }, "f.json");
    expect(rules.patterns[0]!.theme!.lemmas).toEqual(["strage", "raid", "crisi"]);
    expect(rules.acts.patients).toEqual(["arresto"]);
  });

  it.each([
    ["a theme naming a list that is not there", { patterns: [blame] }, /unknown word list/],
    ["a named list that is not a list of words", { harms: "strage", patterns: [blame] }, /harms/],
    ["patients that are not a list of words", { harms: ["strage"], acts: { ...base.acts, patients: "arresto" }, patterns: [blame] }, /acts/],
    ["an `on` condition with no relation", { harms: ["strage"], patterns: [{ ...blame, requires: [{ on: "", deprel: "amod" }] }] }, /condition on/],
  ])("rejects %s", (_what, bad, message) => {
    expect(() => validateTreeRules({ ...base, ...bad }, "f.json")).toThrow(message);
  });
});

describe("a present tense spelled like its noun (critica, condanna, denuncia)", () => {
  it.each([
    ["tagged as a noun but with an object: the verb", "La Grecia critica la Turchia per le trivellazioni.",
      ["country/greece country/turkey @ tree:criticize-verb"]],
    ["the noun itself, with its owner and its target", "La critica della Grecia alla Turchia è arrivata in serata.",
      ["country/greece country/turkey @ tree:criticize-noun"]],
  ])("%s", async (_, text, expected) => {
    expect(criticism(await extractText(text))).toEqual(expected);
  });
});

describe("what an act does to someone is kept out of criticism only", () => {
  it.each([
    ["defending a country's sovereignty backs it", "La Polonia ha difeso la sovranità della Moldavia.", ["country/poland country/moldova"]],
    ["backing a country's territorial integrity", "La Francia sostiene l'integrità territoriale della Moldavia.", ["country/france country/moldova"]],
  ])("%s", async (_, text, expected) => {
    const x = await extractText(text);
    expect(x.relations.filter((r) => r.predicate === "supports" && r.modality === "asserted").map((r) => `${r.subject} ${r.object}`)).toEqual(expected);
    expect(criticism(x)).toEqual([]);
  });
});

describe("a quoted object after a dative serves every noun trigger, not criticism only", () => {
  it("support in quotes", async () => {
    const x = await extractText("La Slovenia ha garantito a Zagabria «pieno sostegno».");
    expect(x.relations.filter((r) => r.predicate === "supports" && r.modality === "asserted").map((r) => `${r.subject} ${r.object}`)).toEqual(["country/slovenia country/croatia"]);
  });
});

describe("a second clause's subject the parser made a conjunct of the first verb", () => {
  it.each([
    ["a gerund of accusation goes with that subject", "La Costa Rica ha chiuso l'ambasciata a Managua, e a maggio il ministro degli Esteri Arnoldo André ha inasprito le sanzioni contro Daniel Ortega, accusandolo di reprimere l'opposizione.",
      ["person/arnoldo-andre person/daniel-ortega @ tree:criticize-verb"]],
    ["the second verb's own criticism", "Il Perù ha chiuso il confine, e la premier Dina Boluarte ha condannato la Bolivia.",
      ["person/dina-boluarte country/bolivia @ tree:criticize-verb"]],
    ["coordinated objects stay objects, the next verb keeps its subject", "La Bolivia ha criticato il Cile e l'Uruguay, e poi ha condannato il Paraguay.",
      ["country/bolivia country/chile @ tree:criticize-verb", "country/bolivia country/paraguay @ tree:criticize-verb", "country/bolivia country/uruguay @ tree:criticize-verb"]],
  ])("%s", async (_, text, expected) => {
    expect(criticism(await extractText(text))).toEqual(expected);
  });
});
