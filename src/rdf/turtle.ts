// Turtle text from the graph's blocks (blocks.ts), written without RDF/JS terms or an n3
// Writer in between: the same bytes as n3's StreamWriter with the same prefixes, plus one
// difference, a space before a statement's final dot after a bare integer (`1 .`: Virtuoso's
// loader reads `1.` as a decimal and fails). test/scale/turtle-json.test.ts holds this
// writer to n3's output on a generated graph, so the two cannot drift apart.
import type { Writable } from "node:stream";
import { EVIDENCE_NS, EVIDENCE_TERMS, EvidenceBlock, RDF_TYPE, type Block, type Row } from "./blocks.ts";
import { dateType, PREFIXES } from "./vocab.ts";

// n3's escaping for Turtle: these characters, and characters outside the BMP, are escaped.
const ESCAPE = /["\\\t\n\r\b\f\u0000-\u0019\ud800-\udbff]/;
const ESCAPE_ALL = /["\\\t\n\r\b\f\u0000-\u0019]|[\ud800-\udbff][\udc00-\udfff]/g;
const ESCAPED: Record<string, string> = { "\\": "\\\\", '"': '\\"', "\t": "\\t", "\n": "\\n", "\r": "\\r", "\b": "\\b", "\f": "\\f" };
function escapeChar(c: string): string {
  const known = ESCAPED[c];
  if (known !== undefined) return known;
  if (c.length === 1) { const h = c.charCodeAt(0).toString(16); return "\\u0000".slice(0, 6 - h.length) + h; }
  const h = ((c.charCodeAt(0) - 0xd800) * 0x400 + c.charCodeAt(1) + 0x2400).toString(16);
  return "\\U00000000".slice(0, 10 - h.length) + h;
}
const escape = (s: string) => (ESCAPE.test(s) ? s.replace(ESCAPE_ALL, escapeChar) : s);

/** A local name n3 writes after a prefix (its `_prefixRegex`). */
const LOCAL = /^[_a-zA-Z0-9](?:\.?[-_a-zA-Z0-9])*$/;
/** n3's test for an IRI that already reads as a prefixed name (never true for Trama's http IRIs, kept for exactness). */
const PN_LOCAL = /^(?:(?:[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD_:0-9]|%[0-9A-Fa-f]{2})(?:(?:[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD_:0-9\-\u00B7\u0300-\u036F\u203F\u2040.]|%[0-9A-Fa-f]{2})*(?:[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u200C\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD_:0-9\-\u00B7\u0300-\u036F\u203F\u2040]|%[0-9A-Fa-f]{2}))?)?$/;
const XSD = PREFIXES.xsd;
const BARE: Record<string, RegExp> = {
  [`${XSD}boolean`]: /^(?:true|false)$/, [`${XSD}integer`]: /^[+-]?\d+$/, [`${XSD}decimal`]: /^[+-]?\d*\.\d+$/, [`${XSD}double`]: /^[+-]?(?:\d+\.\d*|\.?\d+)[eE][+-]?\d+$/,
};
const BARE_INTEGER = /^-?\d+$/;

/** Encodes terms as n3's Writer does for the given prefixes, remembering the IRIs that repeat. */
export class TurtleEncoder {
  /** As declared, for the header. */
  private readonly declared: [iri: string, name: string][];
  /** Each IRI with the name n3 writes for it. */
  private readonly prefixes: [iri: string, name: string][];
  /** Predicates and datatypes, which recur on every line. */
  private readonly memo = new Map<string, string>();
  /**
   * Prefix names by IRI, when every prefix IRI ends in `/` or `#`: then the one prefix that
   * can precede a local name (which has neither) ends at the IRI's last `/` or `#`, and a
   * lookup replaces n3's scan over every prefix.
   */
  private readonly byIri: Map<string, string> | undefined;

  constructor(prefixes: Readonly<Record<string, string>>) {
    this.declared = Object.entries(prefixes).map(([name, iri]) => [iri, `${name}:`]);
    // Two names for one IRI: n3 writes the last one added, as a Map keeps the last set.
    const names = new Map(this.declared);
    this.prefixes = this.declared.map(([iri]) => [iri, names.get(iri)!]);
    if (this.prefixes.every(([iri]) => iri.endsWith("/") || iri.endsWith("#"))) this.byIri = names;
  }

  header(): string {
    return this.declared.map(([iri, name]) => `@prefix ${name} <${iri}>.\n`).join("") + (this.declared.length ? "\n" : "");
  }

  iri(value: string): string {
    const iri = escape(value);
    if (this.byIri) {
      const cut = Math.max(iri.lastIndexOf("/"), iri.lastIndexOf("#")) + 1;
      const name = this.byIri.get(iri.slice(0, cut));
      if (name !== undefined && LOCAL.test(iri.slice(cut))) return name + iri.slice(cut);
    } else {
      // n3 tries its prefixes in the order they were added; the first whose rest is a local name wins.
      for (const [p, name] of this.prefixes) if (iri.startsWith(p) && LOCAL.test(iri.slice(p.length))) return name + iri.slice(p.length);
    }
    const named = this.prefixes.find(([, name]) => iri.startsWith(name));
    return named && PN_LOCAL.test(iri.slice(named[1].length)) ? iri : `<${iri}>`;
  }

  /**
   * `iri(ns + local)` for a local name that needs no escaping and holds no `/` or `#` (a
   * hash): the namespace's prefix name is looked up once, not cut out of every IRI.
   */
  inNamespace(ns: string, local: string): string {
    let name = this.namespaces.get(ns);
    // A prefix IRI as written (no character to escape) ends in `/` or `#` when byIri exists,
    // so `iri` would cut right after it and find this name.
    if (name === undefined) this.namespaces.set(ns, (name = (!ESCAPE.test(ns) && this.byIri?.get(ns)) || ""));
    return name && LOCAL.test(local) ? name + local : this.iri(ns + local);
  }
  private readonly namespaces = new Map<string, string>();

  /** An IRI that recurs on every line (predicates, datatypes): encoded once. */
  known(value: string): string {
    let out = this.memo.get(value);
    if (out === undefined) this.memo.set(value, (out = this.iri(value)));
    return out;
  }

  predicate(p: string): string {
    return p === RDF_TYPE ? "a" : this.known(p);
  }

  object(r: Row): string {
    if (r.iri) return this.iri(r.value);
    const v = escape(r.value);
    if (r.lang) return `"${v}"@${r.lang}`;
    if (r.datatype === `${XSD}string`) return `"${v}"`;
    if (BARE[r.datatype]?.test(v)) return v;
    return `"${v}"^^${this.known(r.datatype)}`;
  }
}

/** Output is handed to the stream in pieces of about this many characters. */
const CHUNK = 1 << 16;

/**
 * The writer's state between blocks: the subject and predicate being written and whether
 * the last object was a bare integer. `text` gives the Turtle of more blocks after what
 * was written so far (the previous statement's end included when a new subject begins).
 */
export class TurtleState {
  subject: string | null = null;
  predicate = "";
  /** The last object written is a bare integer: a final dot after it needs a space. */
  afterInteger = false;

  /** The evidence block's predicates and classes as this encoder writes them. */
  private readonly ev: Record<keyof typeof EVIDENCE_TERMS, string>;
  /** Articles' IRIs as written: every piece of evidence names one. */
  private readonly articles = new Map<string, string>();

  constructor(readonly enc: TurtleEncoder) {
    this.ev = Object.fromEntries(Object.entries(EVIDENCE_TERMS).map(([k, v]) => [k, enc.predicate(v)])) as Record<keyof typeof EVIDENCE_TERMS, string>;
  }

  /** What ends the statement under way when another subject begins ("" before the first). */
  separator(): string {
    return this.subject === null ? "" : this.afterInteger ? " .\n" : ".\n";
  }

  text(blocks: Iterable<Block>): string {
    let buf = "";
    for (const b of blocks) buf += this.block(b);
    return buf;
  }

  block(b: Block): string {
    if (b instanceof EvidenceBlock && b.s !== this.subject) return this.evidence(b);
    const enc = this.enc;
    let buf = "";
    for (const r of b.rows) {
      const o = enc.object(r);
      if (b.s === this.subject) {
        if (r.p === this.predicate) buf += `, ${o}`;
        else buf += `;\n    ${enc.predicate((this.predicate = r.p))} ${o}`;
      } else {
        buf += `${this.separator()}${enc.iri((this.subject = b.s))} ${enc.predicate((this.predicate = r.p))} ${o}`;
      }
      this.afterInteger = !r.iri && BARE_INTEGER.test(o);
    }
    return buf;
  }

  /**
   * An evidence node written straight from its fields: the same text `block` makes of its
   * rows (EvidenceBlock.rows, in the same order), without a row object per triple.
   */
  evidence(b: EvidenceBlock): string {
    const { enc, ev } = this, e = b.evidence;
    let buf = `${this.separator()}${enc.inNamespace(EVIDENCE_NS, b.hash)} `;
    if (e.date) buf += `${ev.date} "${escape(e.date)}"^^${enc.known(dateType(e.date))};\n    `;
    let article = this.articles.get(b.article);
    if (article === undefined) this.articles.set(b.article, (article = enc.iri(b.article)));
    buf += `a ${ev.entity}, ${ev.evidence};\n    ${ev.derivedFrom} ${article};\n    ${ev.endOffset} ${this.integer(e.end)}`;
    if (e.focus) buf += `;\n    ${ev.focusEnd} ${this.integer(e.focus.end)};\n    ${ev.focusStart} ${this.integer(e.focus.start)}`;
    const start = this.integer(e.start);
    buf += `;\n    ${ev.rule} "${escape(e.rule)}";\n    ${ev.sentenceIndex} ${this.integer(e.sentence)};\n    ${ev.sentenceText} "${escape(e.text)}";\n    ${ev.startOffset} ${start}`;
    this.subject = b.s;
    this.predicate = EVIDENCE_TERMS.startOffset;
    this.afterInteger = BARE_INTEGER.test(start);
    return buf;
  }

  /** An xsd:integer object as `object` writes it: bare when it reads as one. */
  private integer(n: number): string {
    const v = String(n);
    return BARE[`${XSD}integer`]!.test(v) ? v : `"${escape(v)}"^^${this.enc.known(`${XSD}integer`)}`;
  }

  /** The end of the last statement. */
  end(): string {
    return this.subject === null ? "" : this.afterInteger ? " .\n" : ".\n";
  }
}

/** Resolves once `out` has taken `s` (after a drain if its buffer is full); rejects on a stream error. */
export function put(out: Writable, s: string | Buffer): Promise<void> | undefined {
  if (out.write(s)) return undefined;
  return new Promise<void>((resolve, reject) => {
    const onError = (e: Error) => { out.off("drain", onDrain); reject(e); };
    const onDrain = () => { out.off("error", onError); resolve(); };
    out.once("drain", onDrain);
    out.once("error", onError);
  });
}

/** Stream the blocks as Turtle to `out`; resolves when everything is written. */
export async function writeBlocks(blocks: Iterable<Block>, prefixes: Readonly<Record<string, string>>, out: Writable): Promise<void> {
  const enc = new TurtleEncoder(prefixes);
  const state = new TurtleState(enc);
  let buf = enc.header();
  for (const b of blocks) {
    buf += state.block(b);
    if (buf.length >= CHUNK) { const s = buf; buf = ""; await put(out, s); }
  }
  buf += state.end();
  if (buf) await put(out, buf);
}
