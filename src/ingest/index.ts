// The ingest stage: a stored file's bytes in, an Article out. The text keeps the exact
// length of the decoded file: markup, metadata lines and page furniture are blanked, not
// removed, so every offset Trama reports points into the stored file.
import { createHash } from "node:crypto";
import { extname } from "node:path";
import { IngestError } from "../errors.ts";
import type { Article, ArticleMeta, SourceFile } from "../types.ts";
import { ingestData } from "./data.ts";
import { decodeArticle } from "./decode.ts";
import { readHtml } from "./html.ts";
import { blankRanges, linesOf, type Line } from "./mask.ts";
import { readMarkdown } from "./markdown.ts";
import { findDateline, findMetadata } from "./metadata.ts";
import { noiseRule } from "./noise.ts";

export const ARTICLE_EXTENSIONS = [".txt", ".md", ".html", ".htm"];

export function articleId(name: string): string {
  const base = name.replace(/^.*[\\/]/, "").replace(/\.[^.]+$/, "");
  return base.toLowerCase().replace(/[^a-z0-9_-]/g, "-") || "article";
}

function titleFrom(line: Line | undefined): { title: string; start: number; end: number } | undefined {
  if (!line) return undefined;
  const lead = line.text.length - line.text.trimStart().length;
  const body = line.text.trim();
  if (!body) return undefined;
  const cut = /^(.{20,200}?[.!?])(\s|$)/.exec(body);
  const title = (cut ? cut[1]! : body).slice(0, 200).trim();
  return { title, start: line.start + lead, end: line.start + lead + title.length };
}

export function ingest(file: SourceFile): Article {
  const ext = extname(file.name).toLowerCase();
  if (!ARTICLE_EXTENSIONS.includes(ext)) throw new IngestError(file.path, `unsupported file type ${ext || "(none)"} (expected .txt, .md, .html)`);
  const decoded = decodeArticle(file.path, file.bytes);
  const data = ingestData();
  const html = ext === ".html" || ext === ".htm" ? readHtml(decoded) : undefined;
  let text = html ? html.text : ext === ".md" ? readMarkdown(decoded) : decoded;

  const meta = findMetadata(text, linesOf(text), file.path, data);
  text = blankRanges(text, meta.blank);
  text = blankRanges(text, linesOf(text).filter((l) => noiseRule(l, data)));
  const body = linesOf(text).filter((l) => l.text.trim() !== "");
  if (body.length === 0) throw new IngestError(file.path, "no readable text");

  const dateline = body.slice(0, 3).map((l) => findDateline(l, data)).find((d) => d);
  const source = html?.source ?? meta.source ?? dateline?.source;
  const sourceSpan = meta.spans.source ?? (source === dateline?.source ? dateline?.sourceSpan : undefined);
  const title = meta.title ?? html?.title;
  const titleSpan = title ? undefined : titleFrom(body[0]);
  const date = meta.date ?? html?.date ?? dateline?.date;
  const articleMeta: ArticleMeta = {
    id: articleId(file.name),
    file: file.name,
    ...(title ?? titleSpan ? { title: title ?? titleSpan!.title } : {}),
    ...(date ? { date } : {}),
    ...(source ? { source } : {}),
    ...(meta.url ?? html?.url ? { url: meta.url ?? html!.url! } : {}),
    contentHash: createHash("sha256").update(file.bytes).digest("hex"),
  };
  return {
    meta: articleMeta,
    text,
    metaSpans: {
      ...(sourceSpan ? { source: sourceSpan } : {}),
      ...(meta.spans.date ? { date: meta.spans.date } : {}),
      ...(titleSpan ? { title: { start: titleSpan.start, end: titleSpan.end } } : {}),
    },
  };
}
