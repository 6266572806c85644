// Table tests for the senses of stance triggers and for who acts in them, on sentences written
// for the tests: striking is criticism only with measures, an envoy stands for its state when it
// protests or is summoned but not when it is met, a word of blame may sit on the predicate noun,
// a trailing gerund belongs to the nearest clause with a subject, a headline's bare participle is passive.
import { describe, expect, it } from "vitest";
import { extractText } from "./helpers.ts";
import type { ArticleExtraction } from "../../src/types.ts";

/** `subject predicate object @ pattern` for the asserted facts of these predicates. */
const facts = (x: ArticleExtraction, predicates: readonly string[]) =>
  x.relations.filter((r) => predicates.includes(r.predicate) && r.modality === "asserted")
    .map((r) => `${r.subject} ${r.predicate} ${r.object} @ ${r.evidence.rule.split(" ")[0]}`).sort();

const CRITICISM = ["criticizes"];
const MEETING = ["meetsWith"];
const ALLIANCE = ["alliedWith"];
const ARMS = ["suppliesWeaponsTo"];
const WAR = ["atWarWith"];
const TROOPS = ["deploysTroopsTo"];
const BACKING = ["supports", "providesAidTo"];

describe("stance trigger senses and their actors", () => {
  it.each([
    ["striking with duties", "Il Messico ha colpito con dazi pesanti le aziende cinesi.", CRITICISM,
      ["country/mexico criticizes country/china @ tree:criticize-strike-with-measures"]],
    ["punishing with sanctions", "La Svezia ha punito con sanzioni il governo di Minsk.", CRITICISM,
      ["country/sweden criticizes country/belarus @ tree:criticize-strike-with-measures"]],
    ["striking an economic target is the sanctions sense", "Madrid e Lisbona hanno colpito le banche iraniane che finanziano il programma nucleare.", CRITICISM,
      ["country/portugal criticizes country/iran @ tree:criticize-strike-economic", "country/spain criticizes country/iran @ tree:criticize-strike-economic"]],
    ["expelling a country's diplomats", "La Polonia ha espulso tre diplomatici russi.", CRITICISM,
      ["country/poland criticizes country/russia @ tree:criticize-summon-envoy"]],
    ["protesting against someone", "La Lettonia ha protestato contro la Russia.", CRITICISM,
      ["country/latvia criticizes country/russia @ tree:criticize-against"]],
    ["lashing out against a body", "Il premier Viktor Orbán si è scagliato contro la Commissione europea.", CRITICISM,
      ["person/viktor-orban criticizes org/european-commission @ tree:criticize-against"]],
    ["an embargo named by its demonym", "L'embargo americano contro Cuba dura da decenni.", CRITICISM,
      ["country/united-states criticizes country/cuba @ tree:criticize-noun"]],
    ["an ultimatum under a light verb", "Il Canada ha lanciato un ultimatum alla Russia.", CRITICISM,
      ["country/canada criticizes country/russia @ tree:criticize-noun"]],
    ["a person attacking with words", "Il presidente Emmanuel Macron ha attaccato duramente il governo ungherese.", CRITICISM,
      ["person/emmanuel-macron criticizes country/hungary @ tree:criticize-attack-verbal"]],
    ["an alliance struck with someone", "La Turchia ha stretto un'alleanza strategica con l'Azerbaigian.", ALLIANCE,
      ["country/azerbaijan alliedWith country/turkey @ ally-pair:pair:obj<nsubj+con"]],
    ["a partnership struck by two with a third", "La Turchia e il Qatar hanno stretto una partnership con l'Azerbaigian.", ALLIANCE,
      ["country/azerbaijan alliedWith country/qatar @ ally-pair:pair:obj<nsubj+con", "country/azerbaijan alliedWith country/turkey @ ally-pair:pair:obj<nsubj+con", "country/qatar alliedWith country/turkey @ ally-pair:pair:obj<nsubj+con"]],
    ["tanks named by their head noun", "Il Regno Unito ha consegnato carri armati Challenger a Kiev.", ARMS,
      ["country/united-kingdom suppliesWeaponsTo country/ukraine @ tree:supply-verb"]],
    ["weapons launched against a country, by forces named with a demonym", "Le forze russe hanno lanciato oltre 900 droni contro la Georgia.", WAR,
      ["country/georgia atWarWith country/russia @ tree:war-strike"]],
    ["bombs dropped on a country", "Gli aerei americani hanno sganciato bombe sull'Iraq.", WAR,
      ["country/iraq atWarWith country/united-states @ tree:war-strike"]],
    ["air raids on a country, as a noun", "I raid turchi sulla Siria sono ripresi.", WAR,
      ["country/syria atWarWith country/turkey @ tree:war-noun"]],
    ["troops of one country named as being in another", "Le truppe russe in Bielorussia sono aumentate.", TROOPS,
      ["country/russia deploysTroopsTo country/belarus @ tree:deploy-stationed"]],
    ["bases of one country in another", "Le basi americane in Giappone sono dodici.", TROOPS,
      ["country/united-states deploysTroopsTo country/japan @ tree:deploy-stationed"]],
    ["funding an armed group is backing it", "Il Qatar finanzia Hamas.", BACKING,
      ["country/qatar supports org/hamas @ tree:support-fund"]],
    ["funding a country is aid, not this backing", "La Norvegia finanzia la Moldavia.", BACKING,
      ["country/norway providesAidTo country/moldova @ tree:aid-verb"]],
    ["a cause named by its demonym", "La Cina sostiene apertamente la posizione russa.", BACKING,
      ["country/china supports country/russia @ tree:support-verb"]],
    ["an envoy protests for its state", "L'ambasciatore turco ha condannato la Grecia.", CRITICISM,
      ["country/turkey criticizes country/greece @ tree:criticize-verb"]],
    ["an envoy summoned stands for its state", "Il ministro Anders Lund ha convocato l'ambasciatrice iraniana.", CRITICISM,
      ["person/anders-lund criticizes country/iran @ tree:criticize-summon-envoy"]],
    ["a named envoy met is a person one meets", "Il ministro Olaf Scholz ha incontrato l'ambasciatore russo Sergej Nečaev.", MEETING,
      ["person/olaf-scholz meetsWith person/sergej-necaev @ tree:meet-verb"]],
    ["blame as an adjective on the predicate noun", "Il ministro Anders Lund ha definito la Cina una «potenza ostile».", CRITICISM,
      ["person/anders-lund criticizes country/china @ tree:criticize-define"]],
    ["a treaty blamed, the predicate hung under it, by a gerund's subject", "Il ministro Avigdor Lieberman si è dimesso dal governo con i suoi deputati, definendo l'accordo di pace «una capitolazione» davanti ai ribelli.", CRITICISM,
      ["person/avigdor-lieberman criticizes treaty/accordo-di-pace @ tree:criticize-define"]],
    ["a trailing gerund goes with the nearest clause that has a subject", "Madrid considera Kim Jong-un un dittatore, e in marzo il ministro degli Interni Joe Biden ha firmato un nuovo decreto sulle frontiere, accusandolo di ricattare i vicini.", CRITICISM,
      // Considering someone a dictator is itself a judgement of blame (criticize-define).
      ["country/spain criticizes person/kim-jong-un @ tree:criticize-define", "person/joe-biden criticizes person/kim-jong-un @ tree:criticize-verb"]],
  ])("%s: %s", async (_form, sentence, predicates, expected) => {
    expect(facts(await extractText(sentence), predicates)).toEqual(expected);
  });

  it.each([
    ["a physical strike is not criticism", "Il Cile ha colpito con i droni le basi iraniane.", CRITICISM],
    ["a strike with no instrument is not criticism", "L'esercito del Cile ha colpito duramente le basi iraniane.", CRITICISM],
    ["a strike on cities is not criticism", "La Bolivia ha colpito le città peruviane.", CRITICISM],
    ["expelling migrants is no protest against their country", "La Polonia ha espulso tre migranti afghani.", CRITICISM],
    ["troops sent against someone are not a protest", "La Francia ha schierato truppe contro la Russia.", CRITICISM],
    ["a country attacking with drones is no criticism", "La Russia ha attaccato l'Ucraina con i droni.", CRITICISM],
    ["an army attacking is no criticism", "L'esercito della Serbia ha attaccato il Kosovo.", CRITICISM],
    ["a broken alliance is no alliance", "La Turchia ha rotto l'alleanza con l'Azerbaigian.", ALLIANCE],
    ["talking about an alliance is no alliance", "La Turchia ha discusso dell'alleanza con l'Azerbaigian.", ALLIANCE],
    ["a weak word of tie with someone is no alliance", "La Turchia ha migliorato i rapporti con l'Azerbaigian.", ALLIANCE],
    ["an appeal launched against someone is no war", "La Francia ha lanciato un appello contro la Russia.", WAR],
    ["a satellite launched is no war", "La Corea del Nord ha lanciato un satellite.", WAR],
    ["a country's own troops at home", "I soldati ucraini in Ucraina combattono.", TROOPS],
    ["troops with no country of their own", "I soldati in Libano sono stanchi.", TROOPS],
    ["a trade mission is no deployment", "La missione commerciale della Francia in Cina è finita.", TROOPS],
    ["meeting an unnamed envoy is not meeting its state", "Il Belgio ha incontrato l'ambasciatore russo.", MEETING],
    ["receiving an envoy is not meeting its state", "Il governo belga ha ricevuto l'ambasciatrice cinese.", MEETING],
    ["a headline's bare participle: the one called names is not the one calling", "Kim Jong-un definito «un tiranno», Olanda e Belgio chiedono calma.", CRITICISM],
    ["definire with a neutral adjective on the predicate noun", "Il ministro Anders Lund ha definito la Cina una potenza economica.", CRITICISM],
  ])("%s gives nothing: %s", async (_what, sentence, predicates) => {
    expect(facts(await extractText(sentence), predicates)).toEqual([]);
  });
});
