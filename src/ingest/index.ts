// The ingest stage: a stored file's bytes in, an Article out. The text keeps the exact
// length of the decoded file (after a UTF-8 BOM, which is dropped): markup, metadata
// lines and page furniture are blanked with spaces, not removed, so every offset Trama
// reports points into the stored file. Pure: the data files are read once per process.
import { createHash } from "node:crypto";
import { IngestError } from "../errors.ts";
import type { Article, ArticleMeta, IsoDate, SourceFile, Span } from "../types.ts";
import { ingestData } from "./data.ts";
import { articleFormat, decodeArticle } from "./decode.ts";
import { readFrontMatter, type FrontMatter } from "./frontmatter.ts";
import { readHtml, type HtmlRead } from "./html.ts";
import { readMarkdown } from "./markdown.ts";
import { blankRanges } from "./mask.ts";
import { readTextMetadata, type Found, type TextMetadata } from "./metadata.ts";
import { articleId } from "./identity.ts";

export { ARTICLE_EXTENSIONS } from "./decode.ts";

export { articleId, assignArticleIds } from "./identity.ts";

export function ingest(file: SourceFile): Article {
  const format = articleFormat(file.path, file.name);
  const decoded = decodeArticle(file.path, file.bytes);
  const data = ingestData();
  let text = decoded;
  let html: HtmlRead | undefined;
  let front: FrontMatter | undefined;
  if (format === "html") {
    html = readHtml(decoded);
    text = html.text;
  } else {
    front = readFrontMatter(decoded, file.path);
    if (front) text = blankRanges(text, [{ start: 0, end: front.end }]);
    if (format === "markdown") text = readMarkdown(text);
  }
  const found = readTextMetadata(text, data);
  if (found.body.length === 0) throw new IngestError(file.path, "no readable text");
  text = blankRanges(text, found.blank);
  return { ...chooseMeta(file, found, html, front), text };
}

/** The first value present, with its span. */
function pick<T>(...candidates: Array<Found<T> | T | undefined>): Found<T> | undefined {
  for (const c of candidates) {
    if (c === undefined) continue;
    return typeof c === "object" && c !== null && "value" in c ? (c as Found<T>) : { value: c as T };
  }
  return undefined;
}

/** Front matter > date marker > HTML meta > byline > `Fonte:` line > dateline. */
function chooseMeta(file: SourceFile, t: TextMetadata, html?: HtmlRead, front?: FrontMatter): Omit<Article, "text"> {
  const date = pick<IsoDate>(front?.date, t.marker, html?.date, t.byline.date, t.dateline.date);
  const source = pick<string>(front?.source, t.byline.source, html?.source, t.fonte.source, t.dateline.source);
  const title = pick<string>(front?.title, html?.title !== undefined ? { value: html.title, ...(html.titleSpan ? { span: html.titleSpan } : {}) } : undefined, t.title);
  const url = front?.url ?? html?.url ?? t.fonte.url;
  const meta: ArticleMeta = {
    id: file.id ?? articleId(file.name),
    file: file.name,
    ...(title ? { title: title.value } : {}),
    ...(date ? { date: date.value } : {}),
    ...(source ? { source: source.value } : {}),
    ...(url ? { url } : {}),
    contentHash: createHash("sha256").update(file.bytes).digest("hex"),
  };
  const metaSpans: Article["metaSpans"] = {};
  const spans: Array<[keyof Article["metaSpans"], Span | undefined]> = [["source", source?.span], ["date", date?.span], ["title", title?.span]];
  for (const [key, span] of spans) if (span) metaSpans[key] = span;
  return { meta, metaSpans };
}
