// Table tests for the relation patterns over the dependency tree, on sentences written for
// the tests: each construction must be read by a tree pattern (its evidence names the
// pattern and the arcs), and each other sense of a trigger must give nothing.
import { describe, expect, it } from "vitest";
import { context, extractText } from "./helpers.ts";
import { extract } from "../../src/extract/index.ts";
import { ingest } from "../../src/ingest/index.ts";
import { analyze } from "../../src/nlp/index.ts";
import { parseArticle } from "../../src/syntax/index.ts";
import { validateTreeRules } from "../../src/extract/relations/tree-rules.ts";
import type { ArticleExtraction } from "../../src/types.ts";

/** `subject predicate object @ rule` for every relation a tree pattern read, with its modality. */
const treeFacts = (x: ArticleExtraction, modality = "asserted") =>
  x.relations.filter((r) => r.evidence.rule.startsWith("tree:") && r.modality === modality).map((r) => `${r.subject} ${r.predicate} ${r.object} @ ${r.evidence.rule}`);

describe("relation patterns over the dependency tree", () => {
  it.each([
    ["active verb", "Il cancelliere Olaf Scholz ha incontrato Jens Stoltenberg a Varsavia.",
      ["person/jens-stoltenberg meetsWith person/olaf-scholz @ tree:meet-verb nsubj+obj"]],
    ["passive with agent", "Il premier Fumio Kishida è stato ricevuto da Olaf Scholz a Berlino.",
      ["person/fumio-kishida meetsWith person/olaf-scholz @ tree:meet-receive agent+nsubj:pass"]],
    ["passive with agent, countries", "L'Estonia è stata sostenuta dalla Finlandia.",
      ["country/finland supports country/estonia @ tree:support-verb agent+nsubj:pass"]],
    ["fronted passive participle", "Ricevuto a Oslo dal premier Jonas Gahr Støre, Olaf Scholz ha parlato di energia.",
      ["person/jonas-gahr-store meetsWith person/olaf-scholz @ tree:meet-receive agent+advcl>nsubj"]],
    ["passive conjunct sharing the subject", "Olaf Scholz è arrivato a Oslo ed è stato ricevuto da Jens Stoltenberg.",
      ["person/olaf-scholz visits place/oslo @ tree:visit-travel nsubj+obl:a", "person/jens-stoltenberg meetsWith person/olaf-scholz @ tree:meet-receive agent+conj>nsubj"]],
    ["a role and a demonym describing a person named before", "Olaf Scholz è arrivato a Oslo. Il cancelliere tedesco ha poi incontrato Jens Stoltenberg.",
      ["person/olaf-scholz visits place/oslo @ tree:visit-travel nsubj+obl:a", "person/jens-stoltenberg meetsWith person/olaf-scholz @ tree:meet-verb nsubj(role-nationality)+obj"]],
    ["coordinated subjects", "La Polonia e la Romania hanno condannato la Bielorussia.",
      ["country/poland criticizes country/belarus @ tree:criticize-verb nsubj+obj", "country/romania criticizes country/belarus @ tree:criticize-verb nsubj+obj"]],
    ["coordinated signatories", "Olaf Scholz e Fumio Kishida hanno firmato il trattato New START.",
      ["person/olaf-scholz signs treaty/new-start @ tree:sign-verb nsubj+obj", "person/fumio-kishida signs treaty/new-start @ tree:sign-verb nsubj+obj"]],
    ["coordinated verbs share the subject", "La Spagna sostiene l'Ucraina e condanna la Russia.",
      ["country/spain supports country/ukraine @ tree:support-verb nsubj+obj", "country/spain criticizes country/russia @ tree:criticize-verb conj>nsubj+obj"]],
    ["relative clause", "Il segretario Antony Blinken, che ieri ha incontrato Dmytro Kuleba, partirà domani.",
      ["person/antony-blinken meetsWith person/dmytro-kuleba @ tree:meet-verb nsubj+obj"]],
    ["control verb", "La Norvegia ha deciso di inviare nuovi soldati in Lituania.",
      ["country/norway deploysTroopsTo country/lithuania @ tree:deploy-verb xcomp>nsubj+obl:in"]],
    ["purpose infinitive", "Il premier Fumio Kishida è volato a Ottawa per incontrare Anthony Albanese.",
      ["person/anthony-albanese meetsWith person/fumio-kishida @ tree:meet-verb advcl>nsubj+obj"]],
    ["travel verb", "Jens Stoltenberg si è recato a Helsinki per due giorni.",
      ["person/jens-stoltenberg visits place/helsinki @ tree:visit-travel nsubj+obl:a"]],
    ["nominalization", "La visita di Anthony Albanese a Oslo è durata due giorni.",
      ["person/anthony-albanese visits place/oslo @ tree:visit-noun nmod:di+nmod:a"]],
    ["nominal criticism", "Le critiche della Finlandia alla Russia sono state dure.",
      ["country/finland criticizes country/russia @ tree:criticize-noun nmod:di+nmod:a"]],
    ["nominal meeting between coordinated names", "L'incontro tra Olaf Scholz e Fumio Kishida è durato un'ora.",
      ["person/fumio-kishida meetsWith person/olaf-scholz @ tree:meet-noun nmod:tra+nmod:tra"]],
    ["nominalization under a light verb", "Olaf Scholz ha compiuto una visita a Tallinn.",
      ["person/olaf-scholz visits place/tallinn @ tree:visit-noun light>nsubj+nmod:a"]],
    ["nominal deployment, sender named by the troops' demonym", "L'invio di truppe danesi in Estonia è stato annunciato ieri.",
      ["country/denmark deploysTroopsTo country/estonia @ tree:deploy-noun amod+nmod:in"]],
    ["participle modifying what is sent", "Le truppe danesi, schierate in Estonia, restano.",
      ["country/denmark deploysTroopsTo country/estonia @ tree:deploy-verb amod+obl:in"]],
    ["deployment", "La Danimarca ha schierato truppe in Estonia.",
      ["country/denmark deploysTroopsTo country/estonia @ tree:deploy-verb nsubj+obl:in"]],
    ["weapons to a coordinated theme", "La Germania fornirà droni e missili alla Moldavia.",
      ["country/germany suppliesWeaponsTo country/moldova @ tree:supply-verb nsubj+obl:a"]],
    ["a government named by its demonym", "Il governo ceco sostiene la Moldavia.",
      ["country/czech-republic supports country/moldova @ tree:support-verb nsubj+obj"]],
    ["a government named by its capital, coordinated accusers", "Francia, Germania e Italia accusano il governo di Minsk di fornire carburante all'esercito russo.",
      ["country/france criticizes country/belarus @ tree:criticize-verb nsubj+obj", "country/germany criticizes country/belarus @ tree:criticize-verb nsubj+obj", "country/italy criticizes country/belarus @ tree:criticize-verb nsubj+obj"]],
    ["leading a government, in a relative clause", "Jonas Berg, che fino all'anno scorso guidava il governo della Norvegia, ha parlato.",
      ["person/jonas-berg leaderOf country/norway @ tree:lead-verb nsubj+obj"]],
    ["leading, passive", "Il governo della Norvegia è guidato da Jonas Berg.",
      ["person/jonas-berg leaderOf country/norway @ tree:lead-verb agent+nsubj:pass"]],
    ["a body controlled by another, participle", "L'agenzia Baltic Wire, controllata dal gruppo Fronte Nero, ha diffuso i dati.",
      ["org/baltic-wire partOf org/fronte-nero @ tree:control-verb acl>head+agent"]],
    ["an act named with a demonym is criticism of that country", "La Polonia ha condannato con forza gli attacchi russi.",
      ["country/poland criticizes country/russia @ tree:criticize-verb nsubj+amod"]],
    ["a gerund shares its verb's subject, its clitic object the person before", "Marco Ferri ha parlato ieri. Il ministro Jan Horak ha risposto duramente, accusandolo di mentire.",
      ["person/jan-horak criticizes person/marco-ferri @ tree:criticize-verb advcl>nsubj+obj(clitic-pronoun)"]],
    ["a guest received somewhere has gone there", "Marco Ferri è stato ricevuto ieri a Ottawa.",
      ["person/marco-ferri visits place/ottawa @ tree:visit-received nsubj:pass+obl:a"]],
    ["reciprocal meeting of coordinated subjects", "Petr Novak e Jan Horak si sono incontrati a Zagabria.",
      ["person/jan-horak meetsWith person/petr-novak @ tree:meet-verb nsubj+nsubj(si)"]],
    ["a handshake is a meeting", "Il premier ceco Petr Novak e il presidente slovacco Jan Horak si sono stretti la mano a Lubiana.",
      ["person/jan-horak meetsWith person/petr-novak @ tree:meet-handshake nsubj+nsubj(si)"]],
    ["received together with others named under a plural title", "Ieri Petr Novak ha ricevuto Jan Horak con i ministri Olaf Scholz e Rishi Sunak.",
      ["person/jan-horak meetsWith person/petr-novak @ tree:meet-receive nsubj+obj", "person/jan-horak meetsWith person/olaf-scholz @ tree:meet-receive-with obj+obl:con", "person/jan-horak meetsWith person/rishi-sunak @ tree:meet-receive-with obj+obl:con"]],
    ["a relative clause the parser hung on the verb takes the name before it", "A Zagabria è giunto ieri Jan Horak, consigliere di Olaf Scholz, che ha incontrato Petr Novak.",
      ["person/jan-horak meetsWith person/petr-novak @ tree:meet-verb nsubj+obj"]],
  ])("%s: %s", async (_form, sentence, expected) => {
    const facts = treeFacts(await extractText(sentence));
    for (const f of expected) expect(facts).toContain(f);
  });

  it.each([
    ["negation on the trigger", "La Germania non ha inviato armi alla Moldavia.", "negated", "country/germany suppliesWeaponsTo country/moldova"],
    ["modal auxiliary", "La Norvegia potrebbe inviare soldati in Lettonia.", "hypothetical", "country/norway deploysTroopsTo country/latvia"],
    ["conditional of a modal", "Olaf Scholz vorrebbe incontrare Fumio Kishida.", "hypothetical", "person/fumio-kishida meetsWith person/olaf-scholz"],
    ["a plan verb", "Il governo danese intende inviare truppe in Estonia.", "hypothetical", "country/denmark deploysTroopsTo country/estonia"],
    ["a plan noun", "L'idea di mandare soldati francesi in Ucraina divide gli alleati.", "hypothetical", "country/france deploysTroopsTo country/ukraine"],
    ["a verb of denial", "La Norvegia ha escluso di inviare soldati in Lettonia.", "negated", "country/norway deploysTroopsTo country/latvia"],
  ])("%s keeps the fact out of the plain ones: %s", async (_form, sentence, modality, fact) => {
    const x = await extractText(sentence);
    expect(treeFacts(x, modality).some((f) => f.startsWith(fact))).toBe(true);
    expect(x.relations.some((r) => r.modality === "asserted" && `${r.subject} ${r.predicate} ${r.object}` === fact)).toBe(false);
  });
});

describe("modality read on the tree, on nouns of refusal and on accused acts", () => {
  it.each([
    ["a noun of refusal", "Il no della Germania alla fornitura di missili all'Ucraina.", "country/germany suppliesWeaponsTo country/ukraine", "negated"],
    ["an accusation: the accused act is the accuser's claim", "La Francia accusa la Bielorussia di fornire armi alla Russia.", "country/belarus suppliesWeaponsTo country/russia", "hypothetical"],
  ])("%s: %s", async (_form, sentence, fact, modality) => {
    const x = await extractText(sentence);
    const found = x.relations.filter((r) => `${r.subject} ${r.predicate} ${r.object}` === fact).map((r) => r.modality);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((m) => m === modality)).toBe(true);
  });

  it("a decision is no plan: the act stays a plain fact", async () => {
    const x = await extractText("La Francia ha deciso di inviare soldati in Lettonia.");
    expect(x.relations.some((r) => r.modality === "asserted" && r.predicate === "deploysTroopsTo" && r.object === "country/latvia")).toBe(true);
  });
});

describe("the tree reading replaces the token window at its trigger", () => {
  it("a description never reaches forward to a person named after it", async () => {
    const x = await extractText("Il cancelliere tedesco ha incontrato Jens Stoltenberg. Olaf Scholz è arrivato a Oslo.");
    expect(x.relations.filter((r) => r.predicate === "meetsWith" && [r.subject, r.object].includes("person/olaf-scholz"))).toEqual([]);
  });

  it("the adviser meets, not the one named inside his title", async () => {
    const x = await extractText("A Zagabria è giunto ieri Jan Horak, consigliere di Olaf Scholz, che ha incontrato Petr Novak.");
    expect(x.relations.filter((r) => r.predicate === "meetsWith").map((r) => `${r.subject} ${r.object}`)).toEqual(["person/jan-horak person/petr-novak"]);
  });

  it("a participle set off by a comma takes its patient from the noun before it", async () => {
    const x = await extractText("L'Iran, accusato dal Canada di vendere droni, ha respinto le critiche.");
    expect(x.relations.filter((r) => r.predicate === "criticizes").map((r) => `${r.subject} ${r.object}`)).toEqual(["country/canada country/iran"]);
  });

  it("a meeting abroad is a visit for the one whose country the article's roles tell, not for the host", async () => {
    const x = await extractText("Il direttore dell'FSB Jan Horak, accolto a Ottawa dalla ministra canadese Anna Lind, ha firmato un'intesa.");
    expect(x.relations.filter((r) => r.predicate === "visits").map((r) => `${r.subject} ${r.object}`)).toEqual(["person/jan-horak place/ottawa"]);
  });

  it("no dropped subject where the parser missed a named one", async () => {
    const x = await extractText("Il premier Marco Ferri è arrivato. Due giorni più tardi il ministro Jan Horak era sbarcato a Tallinn.");
    expect(x.relations.filter((r) => r.predicate === "visits" && r.subject === "person/marco-ferri")).toEqual([]);
  });

  it("a trigger the tree read gives no guesses from the window around it", async () => {
    const x = await extractText("La Spagna sostiene l'Ucraina e condanna la Russia.");
    const supports = x.relations.filter((r) => r.predicate === "supports").map((r) => r.object);
    expect(supports).toEqual(["country/ukraine"]);
  });
});

describe("trigger senses that are not the relation", () => {
  it.each([
    ["sostenere che is saying", "La Svezia ha sostenuto che la Finlandia è pronta.", "supports"],
    ["sostenere di is saying", "La Svezia sostiene di essere vicina alla Finlandia.", "supports"],
    ["accogliere con favore is no meeting", "Il governo danese ha accolto con favore la decisione della Norvegia.", "meetsWith"],
    ["parlare di is no relation", "Olaf Scholz ha parlato della Polonia.", "meetsWith"],
    ["droni d'attacco attack no one", "La Turchia produce droni d'attacco per la Georgia.", "criticizes"],
    ["affiancato da is accompanied", "Jens Stoltenberg, affiancato da Olaf Scholz, ha parlato a Oslo.", "supports"],
    ["hearing each other by phone is no meeting face to face", "Petr Novak e Jan Horak si sono sentiti al telefono.", "meetsWith"],
    ["a crackdown (stretta) is no handshake", "La stretta sui migranti voluta da Petr Novak e Jan Horak.", "meetsWith"],
    ["denunciare a is reporting to someone", "La Bolivia denuncia all'ONU un embargo illegale.", "criticizes"],
    ["definire with a neutral word is no criticism", "Olaf Scholz ha definito la Bielorussia un partner importante.", "criticizes"],
    ["leading a delegation is leading no country", "Jonas Berg guida la delegazione norvegese.", "leaderOf"],
    ["controlling a place makes it no part of a body", "Le milizie del gruppo Fronte Nero controllano Kandahar.", "partOf"],
  ])("%s: %s", async (_form, sentence, predicate) => {
    const x = await extractText(sentence);
    expect(x.relations.filter((r) => r.predicate === predicate)).toEqual([]);
    if (predicate === "meetsWith") expect(x.relations.filter((r) => !r.evidence.rule.startsWith("role"))).toEqual([]);
  });

  it("the vetoes are what stops a pattern on another sense", async () => {
    const c = await context();
    const noVetoes = { ...c.extract, relations: { ...c.extract.relations, tree: { ...c.extract.relations.tree, vetoes: [] } } };
    const text = "Il ministro Jan Horak è stato affiancato da Petr Novak durante la conferenza.";
    const article = parseArticle(analyze(ingest({ path: "t.txt", name: "t.txt", bytes: new TextEncoder().encode(text) }), c.nlp), c.syntax);
    const without = extract(article, noVetoes).relations.filter((r) => r.predicate === "supports");
    expect(without.length).toBeGreaterThan(0);
    expect(extract(article, c.extract).relations.filter((r) => r.predicate === "supports")).toEqual([]);
  });
});

describe("families read over the tree instead of a token window", () => {
  it.each([
    ["talking with someone", "Jan Horak ha parlato con Petr Novak a Zagabria.", ["person/jan-horak meetsWith person/petr-novak @ tree:meet-talk nsubj+obl:con"]],
    ["a phone call to someone", "Jan Horak ha telefonato a Petr Novak.", ["person/jan-horak meetsWith person/petr-novak @ tree:meet-phone nsubj+obl:a"]],
    ["signing as a noun, agent by da parte di", "La firma del trattato New START da parte di Olaf Scholz è attesa.", ["person/olaf-scholz signs treaty/new-start @ tree:sign-noun nmod:da+nmod:di"]],
    ["backing as a noun", "Il sostegno della Polonia all'Ucraina è totale.", ["country/poland supports country/ukraine @ tree:support-noun nmod:di+nmod:a"]],
    ["aid as a noun", "Gli aiuti della Norvegia alla Moldavia sono arrivati.", ["country/norway providesAidTo country/moldova @ tree:aid-noun nmod:di+nmod:a"]],
    ["aid as a noun under a light verb", "Il Cile ha approvato un finanziamento per la Bolivia.", ["country/chile providesAidTo country/bolivia @ tree:aid-noun light>nsubj+nmod:per"]],
    ["aid received inverts the roles", "La Moldavia ha ricevuto aiuti dalla Norvegia.", ["country/norway providesAidTo country/moldova @ tree:aid-received obl:da+nsubj"]],
    ["an invasion named by a demonym", "L'invasione russa della Georgia è cominciata nel 2008.", ["country/georgia atWarWith country/russia @ tree:war-noun amod+nmod:di"]],
    ["taking part in an event", "La Polonia ha partecipato al vertice di Vilnius.", ["country/poland participatesIn event/summit-vilnius @ tree:participate-verb nsubj+obl:a"]],
    ["reacting to someone's words", "La Polonia ha reagito duramente alle parole di Olaf Scholz.", ["country/poland criticizes person/olaf-scholz @ tree:criticize-react nsubj+nmod:di"]],
    ["concern voiced about someone", "La Svezia ha espresso preoccupazione per la Bielorussia.", ["country/sweden criticizes country/belarus @ tree:criticize-concern light>nsubj+nmod:per"]],
    ["condemning someone's act", "La Polonia ha condannato il ricorso della Bielorussia ai mercenari.", ["country/poland criticizes country/belarus @ tree:criticize-verb nsubj+obj>nmod:di"]],
    ["sanctioning people named by a demonym", "La Finlandia ha sanzionato decine di aziende e funzionari bielorussi.", ["country/finland criticizes country/belarus @ tree:criticize-verb nsubj+amod"]],
    ["a motion verb's participle is active", "Olaf Scholz, arrivato a Oslo domenica, ha parlato con Petr Novak.", ["person/olaf-scholz visits place/oslo @ tree:visit-travel nsubj+obl:a", "person/olaf-scholz meetsWith person/petr-novak @ tree:meet-talk conj>nsubj+obl:con"]],
    ["a visit framing the clause is its subject's", "Durante la visita a Oslo, Jan Horak ha firmato il trattato New START.", ["person/jan-horak visits place/oslo @ tree:visit-noun occasion>nsubj+nmod:a", "person/jan-horak signs treaty/new-start @ tree:sign-verb nsubj+obj"]],
    ["leaving a place one was in", "Jan Horak ha lasciato ieri Oslo.", ["person/jan-horak visits place/oslo @ tree:visit-leave nsubj+obj"]],
    ["a participle with its own subject and an agent is passive", "Mentre la Serbia, accusata dalla Croazia di inviare armi, ha taciuto.", ["country/croatia criticizes country/serbia @ tree:criticize-verb agent+nsubj(patient)"]],
    ["a headline participle with an agent is passive", "Jan Horak ricevuto da Petr Novak", ["person/jan-horak meetsWith person/petr-novak @ tree:meet-receive agent+nsubj(patient)"]],
    ["a text that condemns stands for whoever adopted it", "Il Bundestag ha approvato una mozione che condanna la Bielorussia.", ["org/bundestag criticizes country/belarus @ tree:criticize-verb nsubj+obj"]],
    ["calling an act by a word of blame", "La Polonia ha definito l'invio di soldati bielorussi un crimine.", ["country/poland criticizes country/belarus @ tree:criticize-define nsubj+amod"]],
    ["calling a conduct by a word of blame", "Olaf Scholz ha definito «inaccettabile» la condotta della Bielorussia.", ["person/olaf-scholz criticizes country/belarus @ tree:criticize-define nsubj+obj>nmod:di"]],
    ["a minister named under the title's own di phrase", "La ministra degli Esteri canadese Mélanie Joly è volata in Giappone per incontrare la collega Yoko Tanaka.",
      ["person/melanie-joly visits country/japan @ tree:visit-travel nsubj+obl:in", "person/melanie-joly meetsWith person/yoko-tanaka @ tree:meet-verb advcl>nsubj+obj"]],
  ])("%s: %s", async (_form, sentence, expected) => {
    expect(treeFacts(await extractText(sentence)).sort()).toEqual([...expected].sort());
  });

  it.each([
    ["leaving an office is no visit", "Jan Horak ha lasciato il governo.", "visits"],
    ["backing with nobody who gives it", "Il sostegno alla Polonia cresce.", "supports"],
    ["receiving a letter is no aid", "L'Ucraina ha ricevuto una lettera dalla Polonia.", "providesAidTo"],
    ["a war in a country names no enemy", "La guerra in Etiopia è finita.", "atWarWith"],
    ["talking about a country is no meeting", "Jan Horak ha parlato a lungo della Polonia.", "meetsWith"],
    ["a text about a country is no criticism", "Il Bundestag ha approvato una mozione che riguarda la Bielorussia.", "criticizes"],
  ])("%s: %s", async (_form, sentence, predicate) => {
    const x = await extractText(sentence);
    expect(x.relations.filter((r) => r.predicate === predicate && r.evidence.rule.startsWith("tree:"))).toEqual([]);
  });
});

describe("a meeting's place read on the tree", () => {
  it.each([
    ["met in a foreign city: the guest visited it", "Il premier australiano Anthony Albanese ha incontrato Olaf Scholz a Berlino.", ["person/anthony-albanese visits place/berlin"]],
    ["a call from abroad is no visit", "Il premier australiano Anthony Albanese ha telefonato a Olaf Scholz, a Berlino.", []],
    ["met where dove stands for", "La tappa in Serbia è arrivata subito dopo quella a Budapest, dove la ministra cilena Ana Reyes era stata ricevuta dal premier ungherese Viktor Orbán.", ["person/ana-reyes visits place/budapest"]],
    ["met at home, where dove stands for", "Il presidente brasiliano Lula è rimasto a Brasilia, dove ha incontrato il premier spagnolo Pedro Sánchez.", ["person/pedro-sanchez visits place/brasilia"]],
  ])("%s: %s", async (_form, sentence, expected) => {
    const x = await extractText(sentence);
    expect(x.relations.filter((r) => r.evidence.rule === "visit-by-meeting-abroad").map((r) => `${r.subject} ${r.predicate} ${r.object}`)).toEqual(expected);
  });
});

describe("alliances between pairs of countries, over the tree", () => {
  it.each([
    ["named by tra", "L'alleanza tra Russia e Bielorussia si è fatta più stretta.", ["country/belarus alliedWith country/russia @ ally-pair:pair:nmod:tra"]],
    ["the coordinated subjects of the verb", "Polonia e Lituania rafforzano la partnership strategica.", ["country/lithuania alliedWith country/poland @ ally-pair:pair:obj<nsubj+conj"]],
    ["two names in one modifier", "L'asse Mosca-Minsk preoccupa.", ["country/belarus alliedWith country/russia @ ally-pair:pair:nmod(pair)"]],
    ["one partner only is no pair", "La cooperazione con la Polonia cresce.", []],
  ])("%s: %s", async (_form, sentence, expected) => {
    const x = await extractText(sentence);
    expect(x.relations.filter((r) => r.predicate === "alliedWith" && r.modality === "asserted").map((r) => `${r.subject} ${r.predicate} ${r.object} @ ${r.evidence.rule}`)).toEqual(expected);
  });

  it("a proposed cooperation is no alliance yet", async () => {
    const x = await extractText("Il presidente Jonas Berg ha proposto di valutare una cooperazione a tre tra Norvegia, Svezia e Finlandia.");
    expect(x.relations.filter((r) => r.predicate === "alliedWith" && r.modality === "asserted")).toEqual([]);
    expect(x.relations.filter((r) => r.predicate === "alliedWith")).toHaveLength(3);
  });
});

describe("the tree pattern file is validated at load", () => {
  const base = { lightVerbs: ["fare"], governments: ["governo"], descriptions: ["premier"], documents: ["risoluzione"], containers: ["pacchetto"], alliances: { id: "ally", reason: "r", cameo: "062", lemmas: ["alleanza"], partners: ["alleanza"], breakVerbs: ["rompere"] },
    envoys: { id: "envoy", reason: "r", lemmas: ["ambasciatore"], predicates: ["criticizes"] },
    acts: { id: "acts", reason: "r", lemmas: ["raid"], forces: ["truppe"], predicates: ["criticizes"], sides: { conflicts: ["guerra"], nouns: ["parti"], quantifiers: ["entrambe"] } }, modality: { negators: ["non"], modals: ["potere"], negatingVerbs: ["negare"], planNouns: ["idea"], negatingNouns: ["no"], reportingVerbs: ["accusare"] }, vetoes: [] };
  const pattern = { id: "p", reason: "r", predicate: "visits", cameo: "042", lemmas: ["visitare"], upos: ["VERB"], subject: { arcs: ["nsubj"], types: ["Person"] }, object: { arcs: ["obj"], types: ["Place"] } };

  it("accepts a well-formed pattern", () => {
    expect(validateTreeRules({ ...base, patterns: [pattern] }, "f.json").patterns).toHaveLength(1);
  });

  it.each([
    ["an unknown arc", { ...pattern, object: { arcs: ["dobj"], types: ["Place"] } }, /unknown arc/],
    ["an unknown predicate", { ...pattern, predicate: "likes" }, /unknown predicate/],
    ["an unknown class", { ...pattern, subject: { arcs: ["nsubj"], types: ["Human"] } }, /entity classes/],
    ["an adverb trigger", { ...pattern, upos: ["ADV"] }, /upos/],
  ])("rejects %s", (_what, bad, message) => {
    expect(() => validateTreeRules({ ...base, patterns: [bad] }, "f.json")).toThrow(message);
  });

  it("rejects two patterns with one id", () => {
    expect(() => validateTreeRules({ ...base, patterns: [pattern, pattern] }, "f.json")).toThrow(/duplicate id/);
  });

  it.each([
    ["envoys for an unknown predicate", { envoys: { ...base.envoys, predicates: ["likes"] } }, /envoys/],
    ["acts with no sides", { acts: { ...base.acts, sides: undefined } }, /acts\.sides|sides/],
    ["acts with no forces", { acts: { ...base.acts, forces: "truppe" } }, /acts/],
    ["alliances with no partner words", { alliances: { ...base.alliances, partners: undefined } }, /partners/],
  ])("rejects %s", (_what, bad, message) => {
    expect(() => validateTreeRules({ ...base, ...bad, patterns: [pattern] }, "f.json")).toThrow(message);
  });
});
