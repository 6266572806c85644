// The vocabulary of the Turtle export (ONTOLOGY.md: a contract — extended, never renamed).
import * as crypto from "node:crypto";

export const TR = "https://w3id.org/trama/ontology#";
export const ID = "https://w3id.org/trama/id/";
export const PREFIXES = {
  tr: TR,
  id: ID,
  rdf: "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
  rdfs: "http://www.w3.org/2000/01/rdf-schema#",
  skos: "http://www.w3.org/2004/02/skos/core#",
  owl: "http://www.w3.org/2002/07/owl#",
  xsd: "http://www.w3.org/2001/XMLSchema#",
  prov: "http://www.w3.org/ns/prov#",
  schema: "http://schema.org/",
  dcterms: "http://purl.org/dc/terms/",
  wd: "http://www.wikidata.org/entity/",
} as const;

/**
 * One prefix per folder of Trama's own IRIs, for the Turtle writer only: `evidence:0a1b…`
 * instead of the full IRI cuts the export by about a fifth (most of its IRIs are evidence,
 * articles and entities) and changes no triple.
 */
export const ID_FOLDER_PREFIXES: Record<string, string> = Object.fromEntries(
  ["article", "claim", "country", "event", "evidence", "org", "person", "place", "statement", "treaty"].map((f) => [f, `${ID}${f}/`]),
);

export class IriError extends Error {
  override name = "IriError";
}

const SAFE_KEY = /^[A-Za-z0-9][A-Za-z0-9/_.-]*$/;

/** `country/north-korea` -> `https://w3id.org/trama/id/country/north-korea`; refuses anything but an ASCII slug path. */
export function entityIri(key: string): string {
  if (!SAFE_KEY.test(key) || key.includes("..")) throw new IriError(`unsafe entity key ${JSON.stringify(key)}`);
  return ID + key;
}

export const articleIri = (id: string) => entityIri(`article/${id}`);
export const claimIri = (id: string) => entityIri(id.startsWith("claim/") ? id : `claim/${id}`);
// One-shot hash where Node has it (20.12+): a third of createHash()'s cost, and an export
// hashes every piece of evidence. Same digest either way.
const sha256hex: (s: string) => string = typeof crypto.hash === "function"
  ? (s) => crypto.hash("sha256", s, "hex")
  : (s) => crypto.createHash("sha256").update(s).digest("hex");
export const hash16 = (s: string) => sha256hex(s).slice(0, 16);

/** The datatype of an ISO date prefix: xsd:gYear, xsd:gYearMonth or xsd:date. */
const [G_YEAR, G_YEAR_MONTH, DATE] = ["gYear", "gYearMonth", "date"].map((t) => PREFIXES.xsd + t) as [string, string, string];
export function dateType(d: string): string {
  return /^\d{4}$/.test(d) ? G_YEAR : /^\d{4}-\d{2}$/.test(d) ? G_YEAR_MONTH : DATE;
}
