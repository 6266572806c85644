// Evidence from the words around a name that no lexicon lists: an article right before a
// name of several words, and a family name that is also an ordinary word standing for a
// person the article names in full. Sentences and names are invented for the test.
import { describe, expect, it } from "vitest";
import { extractText } from "./helpers.ts";

/** `surface:Type` of each mention in the graph's view, nationality adjectives left out. */
async function tagged(text: string): Promise<string[]> {
  const x = await extractText(text);
  return x.mentions.filter((m) => m.resolvedBy !== "demonym").map((m) => `${m.surface}:${m.type}`);
}

describe("an article right before a name of several words makes it a body's, not a person's", () => {
  it.each([
    ["I tifosi del Gorlago Rangers hanno festeggiato tutta la notte.", "Gorlago Rangers:Organization"],
    ["Il contratto è stato firmato dalla Morgan Haldane dopo mesi di trattative.", "Morgan Haldane:Organization"],
    ["Sul palco sono saliti i Marco Brothers davanti a migliaia di persone.", "Marco Brothers:Organization"],
  ])("%s", async (text, expected) => {
    const found = await tagged(text);
    expect(found).toContain(expected);
    expect(found.some((m) => m.endsWith(":Person"))).toBe(false);
  });

  it.each([
    // No article, or a title between the article and the name: a person.
    ["Ieri Marco Pellandra ha presentato il suo libro.", "Marco Pellandra:Person"],
    ["Lo ha detto il presidente Marco Pellandra in aula.", "Marco Pellandra:Person"],
    ["Il premio è andato a Ilaria Gorlago per il suo romanzo.", "Ilaria Gorlago:Person"],
  ])("%s", async (text, expected) => {
    expect(await tagged(text)).toContain(expected);
  });
});

describe("a family name that is also an ordinary word stands for the person named in full", () => {
  it.each([
    // Inside a sentence, or opening one as the subject of a verb.
    ["Il consigliere Aldo Ricotta è stato fermato. Secondo gli agenti Ricotta era armato.", ["Aldo Ricotta:Person", "Ricotta:Person"]],
    ["L'assessore Carla Mancino ha parlato in aula. Mancino ha precisato che i fondi ci sono.", ["Carla Mancino:Person", "Mancino:Person"]],
    // At a sentence's start with no verb after it, the capital comes from the sentence: the ordinary word.
    ["L'assessore Carla Mancino ha parlato in aula. Mancino di nascita, scrive con la sinistra.", ["Carla Mancino:Person"]],
    // The first name of a full name never stands alone as an ordinary word.
    ["L'avvocato Rosa Santini è arrivata. Una rosa rossa era sul tavolo.", ["Rosa Santini:Person"]],
  ])("%s", async (text, expected) => {
    expect((await tagged(text)).filter((m) => m.endsWith(":Person"))).toEqual(expected);
  });
});
