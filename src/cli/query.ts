// `trama query` and `trama claims`: the query API from the command line, over a built graph.
import { stat } from "node:fs/promises";
import { UsageError } from "../errors.ts";
import { defaultOutDir } from "../paths.ts";
import type { ClaimRecord } from "../graph/types.ts";
import { loadGraph, type Relation } from "../query/index.ts";
import { CLAIM_MEASURES, RELATION_PREDICATES, type ClaimMeasure, type RelationPredicate } from "../types.ts";
import { parse } from "./args.ts";

export const QUERY_HELP = `trama query <entity> [--predicate P] [--depth N] [--from DATE] [--to DATE] [--json] [--graph <dir|graph.json>]

Finds an entity by any of its names (any spelling or transliteration) and prints its
relations with their evidence count, or with --depth N the entities within N hops.

Options:
  --predicate P   only this relation (${RELATION_PREDICATES.join(", ")})
  --depth N       list neighbours up to N hops instead of relations
  --from, --to    only evidence dated in this period (2025, 2025-06, 2025-06-19)
  --json          machine-readable output
  --graph G       build folder or graph.json (default: out/)
`;

export const CLAIMS_HELP = `trama claims [--about X] [--measure M] [--by X] [--from DATE] [--to DATE] [--json] [--graph G]

Lists attributed figures (claims): measure, amount, qualifier, source, date, article.

Options:
  --about X      the entity the figure is about (any name)
  --measure M    one of ${CLAIM_MEASURES.join(", ")}
  --by X         who states it (any name)
  --from, --to   only figures as of this period
  --json         machine-readable output
  --graph G      build folder or graph.json (default: out/)
`;

async function graphPath(p: string | undefined): Promise<string> {
  const path = p ?? defaultOutDir;
  if (!(await stat(path).catch(() => undefined))) throw new UsageError(`${path}: no graph here (build one with \`trama build <articles> --out ${path}\`)`);
  return path;
}

function relationLine(r: Relation): string {
  return `${r.subject.label} —${r.predicate}→ ${r.object.label}  (${r.count} sentence${r.count === 1 ? "" : "s"})`;
}

export async function queryCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parse(argv, {
    predicate: { type: "string" }, depth: { type: "string" }, from: { type: "string" }, to: { type: "string" }, json: { type: "boolean" }, graph: { type: "string" }, help: { type: "boolean" },
  }, "query");
  if (values.help) { process.stdout.write(QUERY_HELP); return 0; }
  if (positionals.length !== 1) throw new UsageError("query: expected one entity name (see `trama query --help`)");
  if (values.predicate && !RELATION_PREDICATES.includes(values.predicate as RelationPredicate)) throw new UsageError(`query: unknown predicate ${values.predicate}`);
  const g = await loadGraph(await graphPath(values.graph));
  const e = g.entity(positionals[0]!);
  if (!e) { process.stderr.write(`trama: no entity is called ${JSON.stringify(positionals[0])}\n`); return 1; }
  const predicate = values.predicate as RelationPredicate | undefined;
  if (values.depth) {
    const n = g.neighbors(e.key, { ...(predicate ? { predicate } : {}), depth: Number(values.depth) });
    process.stdout.write(values.json ? JSON.stringify({ entity: e, neighbors: n }, null, 2) + "\n" : `${e.label} (${e.type}), ${n.length} within ${values.depth} hop(s):\n${n.map((x) => `  ${x.label} (${x.type})`).join("\n")}\n`);
    return 0;
  }
  const period = { ...(values.from ? { from: values.from } : {}), ...(values.to ? { to: values.to } : {}) };
  const rels = [...g.relations({ subject: e.key, ...(predicate ? { predicate } : {}), ...period }), ...g.relations({ object: e.key, ...(predicate ? { predicate } : {}), ...period })];
  const unique = [...new Map(rels.map((r) => [r.key, r])).values()];
  if (values.json) { process.stdout.write(JSON.stringify({ entity: e, relations: unique }, null, 2) + "\n"); return 0; }
  process.stdout.write(`${e.label} (${e.type}${e.wikidata ? `, ${e.wikidata}` : ""}) — also: ${e.aliases.slice(0, 8).join(", ")}\n${unique.map((r) => `  ${relationLine(r)}`).join("\n")}\n`);
  return 0;
}

export async function claimsCommand(argv: string[]): Promise<number> {
  const { values } = parse(argv, {
    about: { type: "string" }, measure: { type: "string" }, by: { type: "string" }, from: { type: "string" }, to: { type: "string" }, json: { type: "boolean" }, graph: { type: "string" }, help: { type: "boolean" },
  }, "claims");
  if (values.help) { process.stdout.write(CLAIMS_HELP); return 0; }
  if (values.measure && !CLAIM_MEASURES.includes(values.measure as ClaimMeasure)) throw new UsageError(`claims: unknown measure ${values.measure}`);
  const g = await loadGraph(await graphPath(values.graph));
  const claims = g.claims({
    ...(values.about ? { about: values.about } : {}), ...(values.measure ? { measure: values.measure as ClaimMeasure } : {}),
    ...(values.by ? { claimedBy: values.by } : {}), ...(values.from ? { from: values.from } : {}), ...(values.to ? { to: values.to } : {}),
  });
  const label = (k?: string) => (k ? g.entity(k)?.label ?? k : "");
  const sorted = sortClaims(claims, label);
  if (values.json) { process.stdout.write(JSON.stringify(sorted, null, 2) + "\n"); return 0; }
  const titles = new Map(g.articles().map((a) => [a.id, a.title?.trim() || a.source || a.file || a.id]));
  process.stdout.write(claimsTable(sorted, label, (id) => titles.get(id) ?? id));
  process.stdout.write(`(${claims.length} ${claims.length === 1 ? "cifra" : "cifre"})\n`);
  return 0;
}

/** By subject, then measure, then date (undated last), then amount. */
export function sortClaims(claims: ClaimRecord[], label: (key?: string) => string): ClaimRecord[] {
  return [...claims].sort((a, b) =>
    label(a.about).localeCompare(label(b.about)) || a.measure.localeCompare(b.measure) ||
    (a.asOf ?? "\uffff").localeCompare(b.asOf ?? "\uffff") || a.amount - b.amount || a.id.localeCompare(b.id));
}

const QUALIFIERS: Record<string, string> = { atLeast: "almeno", moreThan: "oltre", about: "circa", upTo: "fino a" };
const italianNumber = new Intl.NumberFormat("it-IT", { maximumFractionDigits: 2, useGrouping: "always" } as Intl.NumberFormatOptions);

/** `circa 6.000`, `tra 1,7 e 5,5 miliardi` as `1.700.000.000–5.500.000.000 USD`. */
export function claimAmount(c: ClaimRecord): string {
  return `${c.qualifier ? `${QUALIFIERS[c.qualifier] ?? c.qualifier} ` : ""}${italianNumber.format(c.amount)}${c.amountMax ? `–${italianNumber.format(c.amountMax)}` : ""}${c.unit ? ` ${c.unit}` : ""}`;
}

/** A table with a header: subject, measure, date, amount, the source's name (or `fonte non indicata`), the article's title. */
export function claimsTable(claims: ClaimRecord[], label: (key?: string) => string, article: (id: string) => string): string {
  const rows = claims.map((c) => [label(c.about) || "—", c.measure, c.asOf ?? "senza data", claimAmount(c), c.claimedBy ? label(c.claimedBy) : "fonte non indicata", article(c.article)]);
  const header = ["soggetto", "misura", "data", "cifra", "fonte", "articolo"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((v, i) => (i === r.length - 1 ? v : v.padEnd(widths[i]!))).join("  ") + "\n";
  return line(header) + rows.map(line).join("");
}
