// Italian and English display names written into graph.json for the viewer.
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildCorpus } from "../../src/cli/build.ts";
import { addDisplayLabels, italianPlacePhrase, readVocabulary } from "../../src/export/labels.ts";

describe("Italian place phrases", () => {
  it.each([
    ["Pyongyang", "Place", false, "a Pyongyang"],
    ["Alaska", "Place", true, "in Alaska"],
    ["regione di Kursk", "Place", true, "nella regione di Kursk"],
    ["aeroporto di Sheremetyevo", "Place", false, "nell'aeroporto di Sheremetyevo"],
    ["Corea del Nord", "Country", false, "in Corea del Nord"],
    ["Stati Uniti d'America", "Country", false, "negli Stati Uniti d'America"],
    ["Regno Unito", "Country", false, "nel Regno Unito"],
  ] as const)("%s (%s) → %s", (label, type, wide, expected) => expect(italianPlacePhrase(label, type, wide)).toBe(expected));
});

describe("the ontology's labels", () => {
  it("gives relation, class and measure names in both languages", async () => {
    const v = await readVocabulary();
    expect(v.terms.meetsWith).toEqual({ it: "incontra", en: "meets with" });
    expect(v.terms.Country).toEqual({ it: "Paese", en: "Country" });
    expect(v.terms.killed).toEqual({ it: "morti", en: "killed" });
  });
});

describe("display labels at export", () => {
  it("names countries, capitals and events in Italian and in English, and gives countries a demonym", async () => {
    const dir = await mkdtemp(join(tmpdir(), "trama-labels-"));
    await writeFile(join(dir, "a.txt"), "Titolo: Una visita\nData: 3 aprile 2025\n\nLa visita di Sergueï Choïgou a Pyongyang è durata due giorni. La Corea del Nord ha inviato soldati in Russia, ha detto Mosca.\n");
    const { graph } = await buildCorpus(dir, { quiet: true, warn: () => {} });
    await addDisplayLabels(graph);
    expect(graph.getNodeAttribute("country/north-korea", "labels")).toEqual({ it: "Corea del Nord", en: "North Korea" });
    expect(graph.getNodeAttribute("country/north-korea", "demonym")).toBe("nordcoreani");
    const event = graph.filterNodes((_k, a) => a.type === "Event" && a.label.startsWith("visita"))[0]!;
    expect(graph.getNodeAttribute(event, "labels")).toEqual({ it: "visita di Sergei Shoigu a Pyongyang", en: "visit of Sergei Shoigu in Pyongyang" });
    expect(graph.getAttribute("vocabulary")?.deploysTroopsTo?.it).toBeTruthy();
  });
});
