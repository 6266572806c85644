// The Turtle writer encodes terms itself instead of going through n3's Writer; on odd
// prefixes, IRIs and literals it must still write what n3 writes, byte for byte.
import N3 from "n3";
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { compareRows, EvidenceBlock, type Block, type Row } from "../../src/rdf/blocks.ts";
import { writeBlocks } from "../../src/rdf/turtle.ts";
import { ID, ID_FOLDER_PREFIXES, PREFIXES } from "../../src/rdf/vocab.ts";
import type { Evidence } from "../../src/types.ts";

const XSD = "http://www.w3.org/2001/XMLSchema#";
const { namedNode: nn, literal: lit, quad } = N3.DataFactory;

const iri = (p: string, o: string): Row => ({ p, iri: true, value: o, lang: "", datatype: "" });
const typed = (p: string, v: string, datatype: string): Row => ({ p, iri: false, value: v, lang: "", datatype });
const lang = (p: string, v: string, l: string): Row => ({ p, iri: false, value: v, lang: l, datatype: "" });

async function ours(blocks: Block[], prefixes: Record<string, string>): Promise<string> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on("data", (c: Buffer) => chunks.push(c));
  await writeBlocks(blocks, prefixes, out);
  return Buffer.concat(chunks).toString("utf8");
}

function n3(blocks: Block[], prefixes: Record<string, string>): Promise<string> {
  return new Promise((resolve, reject) => {
    const w = new N3.Writer({ prefixes });
    for (const b of blocks) for (const r of b.rows) w.addQuad(quad(nn(b.s), nn(r.p), r.iri ? nn(r.value) : lit(r.value, r.lang || nn(r.datatype))));
    w.end((e, s) => (e ? reject(e) : resolve(s)));
  });
}

const P = "http://example.org/p#";
const blocks: Block[] = [
  { s: "http://example.org/id/a", rows: [
    iri(`${P}q`, "http://example.org/id/b.c"), iri(`${P}q`, "http://example.org/id/ends."), iri(`${P}q`, "http://example.org/id/x/y"),
    iri(`${P}r`, "http://other.org/z w"), iri(`${P}r`, "ex:already-prefixed"), iri(`${P}r`, "http://example.org/id/"),
  ] },
  { s: "http://example.org/id/a", rows: [typed(`${P}s`, 'quote " back \\ tab \t nl \n 🚀 \u0001 lone \ud800', `${XSD}string`)] },
  { s: "http://example.org/other/k-1", rows: [
    typed(`${P}t`, "12", `${XSD}integer`), typed(`${P}t`, "+12", `${XSD}integer`), typed(`${P}t`, "1.5", `${XSD}decimal`), typed(`${P}t`, "7", `${XSD}decimal`),
    typed(`${P}t`, "true", `${XSD}boolean`), typed(`${P}t`, "yes", `${XSD}boolean`), typed(`${P}t`, "1e3", `${XSD}double`), typed(`${P}t`, "2024-10", `${XSD}gYearMonth`),
    lang(`${P}u`, "ciao", "it"), typed(`${P}v`, "x", "http://nowhere/dt"),
  ] },
];

describe("Turtle encoder", () => {
  it.each([
    ["prefixes ending in / and #", { ex: "http://example.org/id/", p: P, xsd: XSD }],
    ["a prefix that does not end in / or #", { ex: "http://example.org/id/", p: P, xsd: XSD, o: "http://example.org/oth" }],
    ["two names for one IRI (n3 writes the last)", { ex: "http://example.org/id/", ex2: "http://example.org/id/", p: P, xsd: XSD }],
    ["no prefixes", {}],
  ])("writes n3's bytes with %s", async (_name, prefixes) => {
    // Through a stream, as a file gets it (a lone surrogate becomes U+FFFD either way).
    const expected = Buffer.from((await n3(blocks, prefixes)).replace(/(\s-?\d+)\.$/gm, "$1 ."), "utf8").toString("utf8");
    expect(await ours(blocks, prefixes)).toBe(expected);
  });

  it("writes nothing but the prefixes for no triples", async () => {
    expect(await ours([], { ex: "http://example.org/id/" })).toBe("@prefix ex: <http://example.org/id/>.\n\n");
  });
});

describe("row order", () => {
  it("is the order of the joined key predicate, kind, value, language, even with U+0000 in a value", () => {
    const rows: Row[] = [
      lang(`${P}u`, "ciao", "it"), lang(`${P}u`, "ciao", "en"), typed(`${P}s`, "a\u0000", `${XSD}string`), typed(`${P}s`, "a", `${XSD}string`),
      typed(`${P}s`, "a\u0000b", `${XSD}string`), typed(`${P}s`, "ab", `${XSD}string`), iri(`${P}s`, "http://example.org/a"), iri(`${P}`, "http://example.org/z"),
      typed(`${P}s`, "", `${XSD}string`), lang(`${P}s`, "a", "it"),
    ];
    const joined = (r: Row) => `${r.p}\u0000${r.iri ? "NamedNode" : "Literal"}\u0000${r.value}\u0000${r.lang}`;
    const expected = [...rows].sort((a, b) => (joined(a) < joined(b) ? -1 : joined(a) > joined(b) ? 1 : 0));
    expect([...rows].sort(compareRows)).toEqual(expected);
  });
});

describe("Turtle encoder: evidence written from its fields", () => {
  // EvidenceBlock skips row objects on the writer's path; n3 gets the same block's rows.
  const TRAMA = { ...PREFIXES, ...ID_FOLDER_PREFIXES };
  const [E, A] = [`${ID}evidence/`, `${ID}article/`];
  const ev = (o: Partial<Evidence>): Evidence => ({ article: "a-1", sentence: 3, start: 10, end: 52, text: "Il ministro ha firmato.", rule: "sign-treaty", ...o });
  const art = `${A}a-1`;
  const cases: [string, Block[]][] = [
    ["with a date and a focus", [new EvidenceBlock(`${E}0a1b`, "0a1b", ev({ date: "2024-10-03", focus: { start: 20, end: 27 } }), art)]],
    ["without a date or a focus", [new EvidenceBlock(`${E}0a1c`, "0a1c", ev({}), art)]],
    ["a year and a text to escape", [new EvidenceBlock(`${E}0a1d`, "0a1d", ev({ date: "2023", text: 'Disse: "basta"\tcon\\ un a capo\n e 🚀.', rule: 'r"1' }), art)]],
    ["after another subject's bare integer", [
      { s: `${ID}x`, rows: [typed(`${PREFIXES.tr}supportCount`, "2", `${XSD}integer`)] },
      new EvidenceBlock(`${E}0a1e`, "0a1e", ev({ date: "2022-01" }), art),
      new EvidenceBlock(`${E}0a1f`, "0a1f", ev({ sentence: 0, start: 0 }), `${A}b`),
    ]],
    ["a local name no prefix can write", [new EvidenceBlock(`${E}a/b`, "a/b", ev({}), art)]],
    ["twice the same subject (merged as n3 does)", [
      new EvidenceBlock(`${E}0a20`, "0a20", ev({}), art),
      new EvidenceBlock(`${E}0a20`, "0a20", ev({ start: 11 }), art),
    ]],
  ];
  it.each(cases)("writes n3's bytes %s", async (_name, bs) => {
    const expected = (await n3(bs, TRAMA)).replace(/(\s-?\d+)\.$/gm, "$1 .");
    expect(await ours(bs, TRAMA)).toBe(expected);
  });
});
