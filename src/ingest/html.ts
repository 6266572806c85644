// HTML through a real parser (parse5, with source offsets): text nodes stay where they
// are in the file, everything else is blanked, block elements start a new line, and
// scripts, styles and page furniture (nav, header, footer, aside…) are dropped whole.
import { parse } from "parse5";
import type { Span } from "../types.ts";

type Node = {
  nodeName: string;
  tagName?: string;
  value?: string;
  attrs?: Array<{ name: string; value: string }>;
  childNodes?: Node[];
  content?: Node;
  sourceCodeLocation?: { startOffset: number; endOffset: number; startTag?: { startOffset: number; endOffset: number } } | null;
};

const DROPPED = new Set(["script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "button", "svg", "iframe", "head", "select", "menu"]);
const BLOCK = new Set(["p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "tr", "td", "th", "blockquote", "title", "figcaption", "dt", "dd", "pre", "main", "table", "hr"]);

export interface HtmlText {
  text: string;
  title?: string;
  date?: string;
  source?: string;
  url?: string;
}

function textOf(node: Node): string {
  if (node.nodeName === "#text") return node.value ?? "";
  return (node.childNodes ?? []).map(textOf).join("");
}

function attr(node: Node, name: string): string | undefined {
  return node.attrs?.find((a) => a.name === name)?.value;
}

export function readHtml(source: string): HtmlText {
  const doc = parse(source, { sourceCodeLocationInfo: true }) as unknown as Node;
  const chars = source.replace(/[^\r\n]/g, " ").split("");
  const out: HtmlText = { text: "" };
  // Metadata first, over the whole tree (the <head> is not read as text).
  const readMeta = (node: Node) => {
    const tag = node.tagName;
    if (tag === "title" && !out.title) out.title = textOf(node).trim();
    if (tag === "h1" && !out.title) out.title = textOf(node).trim();
    if (tag === "meta") {
      const prop = attr(node, "property") ?? attr(node, "name");
      const content = attr(node, "content");
      if (content && prop === "article:published_time") out.date = content.slice(0, 10);
      if (content && prop === "og:site_name") out.source = content;
      if (content && prop === "og:url") out.url ??= content;
    }
    if (tag === "time" && !out.date) out.date = attr(node, "datetime")?.slice(0, 10);
    if (tag === "link" && attr(node, "rel") === "canonical") out.url = attr(node, "href");
    for (const child of node.childNodes ?? []) readMeta(child);
  };
  readMeta(doc);
  const visit = (node: Node) => {
    const tag = node.tagName;
    const loc = node.sourceCodeLocation;
    if (tag && DROPPED.has(tag)) return;
    if (tag && BLOCK.has(tag) && loc) chars[loc.startOffset] = "\n";
    if (node.nodeName === "#text" && loc) writeText(source, chars, loc.startOffset, loc.endOffset);
    for (const child of node.childNodes ?? []) visit(child);
    if (node.content) visit(node.content);
  };
  visit(doc);
  out.text = chars.join("");
  if (out.date && !/^\d{4}(-\d{2}){0,2}$/.test(out.date)) delete out.date;
  return out;
}

/** Copy a text node's source into place, decoding entities at their first offset (the rest blank). */
function writeText(source: string, chars: string[], start: number, end: number): void {
  const raw = source.slice(start, end);
  const re = /&(#x[0-9a-f]+|#\d+|[a-z]+);/gi;
  let pos = 0;
  const put = (s: string, at: number) => { for (let i = 0; i < s.length; i++) if (!/[\r\n]/.test(s[i]!)) chars[at + i] = s[i]!; };
  for (let m = re.exec(raw); m; m = re.exec(raw)) {
    put(raw.slice(pos, m.index), start + pos);
    const decoded = decodeEntity(m[1]!);
    chars[start + m.index] = decoded.length === 1 ? decoded : " ";
    pos = m.index + m[0].length;
  }
  put(raw.slice(pos), start + pos);
}

const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", rsquo: "’", lsquo: "‘", rdquo: "”", ldquo: "“", laquo: "«", raquo: "»", ndash: "–", mdash: "—", egrave: "è", eacute: "é", agrave: "à", ograve: "ò", ugrave: "ù", igrave: "ì", hellip: "…" };

function decodeEntity(body: string): string {
  if (body[0] === "#") {
    const code = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : " ";
  }
  return NAMED[body.toLowerCase()] ?? " ";
}

export type { Span };
