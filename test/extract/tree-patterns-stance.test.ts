// Table tests for the stance and military families read over the dependency tree (criticism,
// backing, alliances, deployments, arms, aid), on sentences written for the tests: each
// construction gives its facts with the pattern that read them, each other sense gives nothing,
// and a denied, planned or alleged act is never a plain fact.
import { describe, expect, it } from "vitest";
import { extractText } from "./helpers.ts";
import type { ArticleExtraction } from "../../src/types.ts";

const STANCE = new Set(["criticizes", "supports", "alliedWith", "atWarWith", "deploysTroopsTo", "suppliesWeaponsTo", "providesAidTo"]);

/** `subject predicate object @ pattern` for the stance facts of a modality (the arcs left out: the parse may reach them either way). */
const facts = (x: ArticleExtraction, modality = "asserted") =>
  x.relations.filter((r) => STANCE.has(r.predicate) && r.modality === modality)
    .map((r) => `${r.subject} ${r.predicate} ${r.object} @ ${r.evidence.rule.split(" ")[0]}`).sort();

describe("stance and military patterns over the tree", () => {
  it.each([
    ["agent noun in apposition: an ally", "La Francia, tradizionale alleato di Atene, ha chiesto una tregua.",
      ["country/france alliedWith country/greece @ tree:ally-agent"]],
    ["agent noun in apposition: an arms supplier", "La Germania, primo fornitore di armi dell'Ucraina, ha chiesto una tregua.",
      ["country/germany suppliesWeaponsTo country/ukraine @ tree:supply-agent"]],
    ["a tra phrase after a comma describes the name before it", "Olaf Scholz ha pranzato con il premier Fumio Kishida, tra i sostenitori più fedeli di Kiev.",
      ["person/fumio-kishida supports country/ukraine @ tree:support-agent"]],
    ["allied, read as a passive verb", "La Spagna è alleata del Portogallo.",
      ["country/portugal alliedWith country/spain @ tree:ally-verb"]],
    ["allied, reflexive verb", "La Spagna si è alleata con il Portogallo.",
      ["country/portugal alliedWith country/spain @ tree:ally-verb"]],
    ["a military presence", "La presenza militare della Francia in Niger è finita.",
      ["country/france deploysTroopsTo country/niger @ tree:deploy-presence"]],
    ["money set aside for a country", "La Norvegia ha stanziato due miliardi di euro per la Moldavia.",
      ["country/norway providesAidTo country/moldova @ tree:aid-allocate"]],
    ["aid received from a list of things", "La Bolivia ha ricevuto assistenza tecnica, forniture mediche e prestiti dal Brasile.",
      ["country/brazil providesAidTo country/bolivia @ tree:aid-received"]],
    ["backing someone's cause", "La Serbia ha difeso la posizione della Russia.",
      ["country/serbia supports country/russia @ tree:support-verb"]],
    ["backing an organization", "Il Qatar sostiene Hamas da anni.",
      ["country/qatar supports org/hamas @ tree:support-verb"]],
    ["striking with sanctions, an act named by its demonym", "Il Canada ha colpito con nuove sanzioni le banche iraniane.",
      ["country/canada criticizes country/iran @ tree:criticize-strike-with-measures"]],
    ["a subject after a fronted phrase", "Sul fronte orientale, la Lituania ha schierato truppe in Polonia.",
      ["country/lithuania deploysTroopsTo country/poland @ tree:deploy-verb"]],
    ["di + infinitive after a time phrase", "La Norvegia ha annunciato a marzo di aver inviato soldati in Lettonia.",
      ["country/norway deploysTroopsTo country/latvia @ tree:deploy-verb"]],
    ["a relative pronoun after a name deep in the verb's phrase", "Il governo ha risposto alle parole del cancelliere tedesco Olaf Scholz, che aveva definito «inaccettabile» la condotta russa.",
      ["person/olaf-scholz criticizes country/russia @ tree:criticize-define"]],
    ["the name under a title's di phrase, deeper in", "Il leader del Partito socialdemocratico tedesco Olaf Scholz ha definito lo spostamento di soldati bielorussi un crimine.",
      ["person/olaf-scholz criticizes country/belarus @ tree:criticize-define"]],
    ["a judgement held by someone (per X)", "Per il premier ceco Petr Fiala la condotta di Budapest è «inaccettabile».",
      ["person/petr-fiala criticizes country/hungary @ tree:criticize-judge"]],
    ["a judgement naming the one judged", "Per il ministro Olaf Scholz la Bielorussia è una minaccia.",
      ["person/olaf-scholz criticizes country/belarus @ tree:criticize-judge"]],
    ["at war, with a copula", "La Russia è in guerra con l'Ucraina dal 2022.",
      ["country/russia atWarWith country/ukraine @ tree:war-noun"]],
    ["at war, coordinated subjects", "Il Marocco e l'Algeria sono in guerra da anni.",
      ["country/algeria atWarWith country/morocco @ tree:war-noun"]],
    ["war declared, under a light verb", "L'Etiopia ha dichiarato guerra all'Eritrea.",
      ["country/eritrea atWarWith country/ethiopia @ tree:war-noun"]],
    ["troops named by their demonym fight", "Le truppe etiopi combattono contro l'Eritrea.",
      ["country/eritrea atWarWith country/ethiopia @ tree:war-verb"]],
    ["taking sides, reflexive", "La Polonia si è schierata con l'Ucraina.",
      ["country/poland supports country/ukraine @ tree:support-side"]],
    ["taking sides, at someone's flank", "La Polonia si schiera al fianco dell'Ucraina.",
      ["country/poland supports country/ukraine @ tree:support-side"]],
    ["standing on someone's side", "La Polonia resta dalla parte dell'Ucraina.",
      ["country/poland supports country/ukraine @ tree:support-stand"]],
    ["at someone's flank, as the predicate", "L'Italia è al fianco di Kiev.",
      ["country/italy supports country/ukraine @ tree:support-flank"]],
    ["arming someone", "La Russia arma la Corea del Nord.",
      ["country/russia suppliesWeaponsTo country/north-korea @ tree:supply-arm"]],
    ["restocking with arms", "La Turchia rifornisce l'Azerbaigian di droni.",
      ["country/turkey suppliesWeaponsTo country/azerbaijan @ tree:supply-restock"]],
    ["arms received from someone", "L'Armenia ha acquistato obici dalla Francia.",
      ["country/france suppliesWeaponsTo country/armenia @ tree:supply-received"]],
    ["arms supplied, a participle on what is sent", "Le armi fornite dall'Iran alla Russia sono droni.",
      ["country/iran suppliesWeaponsTo country/russia @ tree:supply-verb"]],
    ["troops kept somewhere", "Gli Stati Uniti mantengono 30.000 soldati in Corea del Sud.",
      ["country/united-states deploysTroopsTo country/south-korea @ tree:deploy-verb"]],
    ["a presence of troops named by their demonym", "La presenza di truppe russe in Bielorussia preoccupa la Polonia.",
      ["country/russia deploysTroopsTo country/belarus @ tree:deploy-presence"]],
    ["allied, coordinated subjects", "La Polonia e la Lituania sono alleate.",
      ["country/lithuania alliedWith country/poland @ tree:ally-verb"]],
    ["summoning a country's envoy is a protest", "Il governo indiano ha convocato ieri l'ambasciatore pakistano.",
      ["country/india criticizes country/pakistan @ tree:criticize-summon-envoy"]],
    ["a council acts for the body it belongs to", "Il Consiglio della Lega araba ha approvato sanzioni contro la Siria.",
      ["org/lega-araba criticizes country/syria @ tree:criticize-noun"]],
  ])("%s: %s", async (_form, sentence, expected) => {
    expect(facts(await extractText(sentence))).toEqual(expected);
  });

  it.each([
    ["an ally of something that is not a country", "La Grecia, alleata della stabilità, ha votato."],
    ["a supplier of gas is not an arms supplier", "La Germania, primo fornitore di gas dell'Austria, ha chiesto una tregua."],
    ["a presence that is not military", "La presenza della Francia al vertice di Madrid è confermata."],
    ["money set aside for a purpose, not a country", "La Norvegia ha stanziato due miliardi di euro per la difesa."],
    ["sostenere che is saying", "La Germania ha sostenuto che la Polonia ha ragione."],
    ["definire with a neutral word", "Olaf Scholz ha definito la Polonia un partner affidabile."],
    ["a judgement of a thing no one owns", "Per la Francia la proposta è inaccettabile."],
    ["a judgement held by no one", "La condotta della Polonia è inaccettabile."],
    ["schierare with no reflexive is deploying, not siding", "La Polonia ha schierato truppe con la Lituania."],
    ["staying in a city is not standing by its country", "La Polonia resta a Varsavia."],
    ["restocking with fuel is not arms", "La Turchia rifornisce l'Azerbaigian di gas."],
    ["receiving a delegation is not receiving arms", "L'Armenia ha ricevuto una delegazione dalla Francia."],
    ["weapons named by what they do", "La Turchia produce droni d'attacco per l'esercito."],
    ["summoning a meeting is no protest", "Il governo cileno ha convocato una riunione con la Bolivia."],
  ])("%s gives nothing: %s", async (_what, sentence) => {
    expect(facts(await extractText(sentence))).toEqual([]);
  });

  it.each([
    ["negated", "La Norvegia non ha stanziato fondi per la Moldavia.", "negated", ["country/norway providesAidTo country/moldova @ tree:aid-allocate"]],
    ["planned", "La Norvegia potrebbe stanziare fondi per la Moldavia.", "hypothetical", ["country/norway providesAidTo country/moldova @ tree:aid-allocate"]],
    ["denied", "La Francia ha negato di aver inviato soldati in Niger.", "negated", ["country/france deploysTroopsTo country/niger @ tree:deploy-verb"]],
    // The accused does the act (object control), and the act is the accuser's claim.
    ["alleged", "La Lituania ha accusato la Bielorussia di aver inviato soldati in Polonia.", "hypothetical", ["country/belarus deploysTroopsTo country/poland @ tree:deploy-verb"]],
    // The one asked does the act (indirect object control), and what is asked for is not yet done.
    ["requested", "La Polonia ha chiesto alla Germania di inviare armi all'Ucraina.", "hypothetical", ["country/germany suppliesWeaponsTo country/ukraine @ tree:supply-verb"]],
    ["urged", "La Polonia ha esortato la Germania a schierare truppe in Lituania.", "hypothetical", ["country/germany deploysTroopsTo country/lithuania @ tree:deploy-verb"]],
    ["possible", "La Corea del Nord potrebbe lanciare missili contro il Giappone.", "hypothetical", ["country/japan atWarWith country/north-korea @ tree:war-strike"]],
    ["feared", "La Lituania teme che la Russia schieri truppe in Bielorussia.", "hypothetical", ["country/russia deploysTroopsTo country/belarus @ tree:deploy-verb"]],
    ["feared, as a noun", "La Polonia paventa l'invio di truppe russe in Bielorussia.", "hypothetical", ["country/russia deploysTroopsTo country/belarus @ tree:deploy-noun"]],
    // The accused does the act, and the act is the accuser's claim.
    ["alleged war", "Mosca ha accusato Kiev di aver bombardato la Bielorussia.", "hypothetical", ["country/belarus atWarWith country/ukraine @ tree:war-verb"]],
  ])("a %s act is not a plain fact: %s", async (_what, sentence, modality, expected) => {
    const x = await extractText(sentence);
    expect(facts(x, modality)).toEqual(expected);
    expect(facts(x).filter((f) => !f.includes("criticizes"))).toEqual([]);
  });
});
