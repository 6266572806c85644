// HTML through a real parser (parse5, with source offsets). Text nodes are copied to their
// own offsets, everything else is blanked; block elements, and only they, start a new
// line; scripts, styles and page furniture (nav, header, footer, aside…) are dropped
// whole. Metadata comes from <title>/<h1>, <meta> and <link> in the same tree.
import { parse, parseFragment, type DefaultTreeAdapterTypes as P } from "parse5";
import type { IsoDate, Span } from "../types.ts";
import { parseIsoDate } from "./dates.ts";

export interface HtmlRead {
  /** The page with only its readable text left, same length as the source. */
  text: string;
  title?: string;
  titleSpan?: Span;
  date?: IsoDate;
  source?: string;
  url?: string;
}

const DROPPED = new Set(["script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "button", "svg", "math", "iframe", "object", "select", "textarea", "menu", "dialog", "canvas", "video", "audio"]);
const BLOCK = new Set([
  "address", "article", "blockquote", "body", "br", "caption", "dd", "details", "div", "dl", "dt", "fieldset", "figcaption", "figure",
  "h1", "h2", "h3", "h4", "h5", "h6", "hgroup", "hr", "li", "main", "ol", "p", "pre", "section", "summary", "table", "td", "th", "title", "tr", "ul",
]);
const DATE_META = new Set(["article:published_time", "og:published_time", "datepublished", "date", "pubdate", "publishdate", "dc.date", "dc.date.issued", "parsely-pub-date"]);

const isElement = (n: P.Node): n is P.Element => "tagName" in n;
const isText = (n: P.Node): n is P.TextNode => n.nodeName === "#text";
const childrenOf = (n: P.Node): P.ChildNode[] => ("childNodes" in n ? n.childNodes : []);
const attr = (el: P.Element, name: string) => el.attrs.find((a) => a.name === name)?.value;

function isHidden(el: P.Element): boolean {
  return attr(el, "hidden") !== undefined || attr(el, "aria-hidden") === "true" || /display\s*:\s*none|visibility\s*:\s*hidden/i.test(attr(el, "style") ?? "");
}

const collapse = (s: string) => s.replace(/\s+/g, " ").trim();

function textContent(n: P.Node): string {
  return isText(n) ? n.value : childrenOf(n).map(textContent).join("");
}

export function readHtml(source: string): HtmlRead {
  const doc = parse(source, { sourceCodeLocationInfo: true });
  // One slot per UTF-16 unit (offsets are string indices), all blank to start with. Line
  // breaks of the markup are blanked too: in HTML a source line break is only whitespace
  // (`<a\nhref=…>` inside a paragraph), and lines come from block elements alone.
  const out = new Array<string>(source.length).fill(" ");
  copyText(doc, source, out, "flow");
  const text = out.join("");
  return { text, ...readHead(doc, text) };
}

/** `pre` keeps line breaks; `raw` is <title>, whose content has no tags. */
type TextMode = "flow" | "pre" | "raw";

/** Copy the readable text nodes under `node` into `out`, marking block starts with `\n`. */
function copyText(node: P.Node, source: string, out: string[], mode: TextMode): void {
  if (isText(node)) {
    const loc = node.sourceCodeLocation;
    if (loc) writeText(source, out, loc.startOffset, loc.endOffset, mode);
    return;
  }
  if (isElement(node)) {
    if (DROPPED.has(node.tagName) || isHidden(node)) return;
    const loc = node.sourceCodeLocation;
    if (BLOCK.has(node.tagName) && loc) {
      // Paragraphs must not run into one sentence: a line break where each block opens and closes.
      out[loc.startTag?.startOffset ?? loc.startOffset] = "\n";
      if (loc.endTag) out[loc.endTag.startOffset] = "\n";
    }
    if (node.tagName === "pre") mode = "pre";
    if (node.tagName === "title") mode = "raw";
  }
  for (const child of childrenOf(node)) copyText(child, source, out, mode);
}

const ENTITY = /&(#[xX][0-9a-fA-F]+;?|#[0-9]+;?|[A-Za-z][A-Za-z0-9]*;|[A-Za-z]+)/g;
const decoded = new Map<string, string>();

/** What the HTML parser itself makes of one character reference (`&rsquo;` -> `’`). */
function decodeEntity(ref: string): string {
  let value = decoded.get(ref);
  if (value === undefined) {
    value = parseFragment(ref).childNodes.map(textContent).join("");
    decoded.set(ref, value);
  }
  return value;
}

// parse5 merges text tokens into one node across tags it ignores (`Uno</span> due`, the
// whitespace after `</body>`), and the node's location then covers those tags: inside a
// text node's range, anything shaped like markup is markup (except in <title>, whose
// content is raw text).
const MARKUP = /<!--[\s\S]*?(?:-->|$)|<[a-zA-Z/!?][^>]*>?/g;

/**
 * Copy the text in source[start, end) into `out`. An entity's decoded character goes at the
 * entity's first offset, spaces after it, so later offsets stay true. Outside <pre>, line
 * breaks inside a text node are plain whitespace in HTML and become spaces (lines come from
 * blocks).
 */
function writeText(source: string, out: string[], start: number, end: number, mode: TextMode): void {
  const raw = source.slice(start, end);
  let pos = 0;
  if (mode !== "raw") {
    for (const m of raw.matchAll(MARKUP)) {
      writeDecoded(raw.slice(pos, m.index), start + pos, out, mode);
      pos = m.index + m[0].length;
    }
  }
  writeDecoded(raw.slice(pos), start + pos, out, mode);
}

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function writeDecoded(raw: string, at: number, out: string[], mode: TextMode): void {
  const put = (s: string, from: number) => {
    for (let i = 0; i < s.length; i++) out[from + i] = /\s/.test(s[i]!) && !(mode === "pre" && /[\r\n]/.test(s[i]!)) ? " " : s[i]!;
  };
  let pos = 0;
  for (const m of raw.matchAll(ENTITY)) {
    put(raw.slice(pos, m.index), at + pos);
    // A legacy reference without `;` decodes only its head (`&notanentity;` reads `¬anentity;`):
    // the undecoded tail is copied at its own offsets.
    const value = decodeEntity(m[0]);
    const tail = commonSuffix(m[0], value);
    const ref = m[0].slice(0, m[0].length - tail);
    const char = value.slice(0, value.length - tail);
    put(char.length <= ref.length ? char.padEnd(ref.length, " ") : ref, at + m.index);
    put(m[0].slice(ref.length), at + m.index + ref.length);
    pos = m.index + m[0].length;
  }
  put(raw.slice(pos), at + pos);
}

/** Title, date, outlet and URL from the tree; the title's span when its text is read. */
function readHead(doc: P.Document, text: string): Omit<HtmlRead, "text"> {
  const found: Omit<HtmlRead, "text"> = {};
  let titleNode: P.Element | undefined;
  let h1: P.Element | undefined;
  const visit = (node: P.Node) => {
    if (isElement(node)) {
      const tag = node.tagName;
      if (tag === "title" && !titleNode && collapse(textContent(node))) titleNode = node;
      if (tag === "h1" && !h1 && collapse(textContent(node))) h1 = node;
      const key = (attr(node, "property") ?? attr(node, "name") ?? attr(node, "itemprop") ?? "").toLowerCase();
      const value = attr(node, "content") ?? attr(node, "datetime");
      if (value && DATE_META.has(key)) found.date ??= parseIsoDate(value);
      if (tag === "time" && value) found.date ??= parseIsoDate(value);
      if (tag === "meta" && value && key === "og:site_name") found.source ??= collapse(value);
      if (tag === "meta" && value && key === "og:url" && /^https?:\/\//.test(value)) found.url ??= value;
      const href = attr(node, "href");
      if (tag === "link" && href && /^https?:\/\//.test(href) && (attr(node, "rel") ?? "").toLowerCase().split(/\s+/).includes("canonical")) found.url = href;
    }
    for (const child of childrenOf(node)) visit(child);
  };
  visit(doc);
  const titleEl = titleNode ?? h1;
  if (titleEl) {
    const full = collapse(textContent(titleEl));
    found.title = withoutSiteName(full, found.source, h1 && collapse(textContent(h1)));
    const span = readSpan(titleEl, text);
    if (span) found.titleSpan = prefixSpan(text, span, found.title.length);
  }
  if (found.date === undefined) delete found.date;
  return found;
}

/**
 * `Minsk e Teheran firmano un patto – Gazzetta del Baltico` -> the headline alone: the
 * outlet's name after a separator goes, or whatever follows the <h1> headline it starts with.
 */
function withoutSiteName(title: string, site?: string, h1?: string): string {
  if (site) {
    const m = new RegExp(`^(.+?)\\s*[-–—|·:]\\s*${site.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`, "iu").exec(title);
    if (m) return m[1]!;
  }
  return h1 && title.startsWith(h1) && /^\s*[-–—|·:]/.test(title.slice(h1.length)) ? h1 : title;
}

/** The part of `span` in `text` that holds the first `length` characters of its whitespace-collapsed content. */
function prefixSpan(text: string, span: Span, length: number): Span {
  let count = 0;
  let end = span.start;
  for (let i = span.start; i < span.end && count < length; i++) {
    if (/\s/.test(text[i]!)) {
      if (!/\s/.test(text[i - 1] ?? "")) count++;
    } else {
      count++;
      end = i + 1;
    }
  }
  return { start: span.start, end };
}

/** Where an element's text was written in `text`, trimmed; undefined when it was blanked. */
function readSpan(el: P.Element, text: string): Span | undefined {
  const loc = el.sourceCodeLocation;
  if (!loc) return undefined;
  const from = loc.startTag?.endOffset ?? loc.startOffset;
  const to = loc.endTag?.startOffset ?? loc.endOffset;
  const slice = text.slice(from, to);
  const lead = slice.length - slice.trimStart().length;
  const body = slice.trim();
  return body ? { start: from + lead, end: from + lead + body.length } : undefined;
}
