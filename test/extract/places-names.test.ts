// Table tests for place names of several words joined by a foreign article or preposition
// (entities/place.ts, multiwordPlaces): the whole name is in the place data, starts and ends
// with a capital, and is one place. Invented sentences; look-alikes stay apart.
import { describe, expect, it } from "vitest";
import { tagged } from "./helpers.ts";

describe("multiword place names joined by a foreign article", () => {
  it.each([
    ["an Arabic article as transliterated", "Il porto di Dar es Salaam è congestionato.", "Dar es Salaam:Place"],
    ["an English `of`", "Il premier è volato a Port of Spain per il vertice.", "Port of Spain:Place"],
    ["an English `of` in a region's name", "Il ciclone ha colpito la regione di Bay of Plenty.", "Bay of Plenty:Place"],
  ])("%s", async (_name, text, expected) => {
    expect(await tagged(text)).toContain(expected);
  }, 30000);

  it.each([
    ["two places coordinated by `e` stay two", "L'esercito ha colpito Kassala e Gedaref.", ["Kassala:Place"]],
    ["a name the place data does not hold is not joined", "Il fondo Bank of Zanzibar ha chiuso.", []],
  ])("apart: %s", async (_name, text, present) => {
    const got = await tagged(text);
    for (const p of present) expect(got).toContain(p);
    expect(got.some((g) => / (e|of) /.test(g.split(":")[0]!) && g.endsWith(":Place"))).toBe(false);
  }, 30000);
});
