// The claims view: for one measure of one subject (`morti tra i soldati nordcoreani`), the
// figures over time, one series per source, each point opening its sentence — conflicting
// estimates side by side (Chart.js); figures with no date are listed beside the chart.
import { Chart, LinearScale, PointElement, LineElement, ScatterController, Tooltip, Legend } from "chart.js";
import { el, highlighted } from "./dom.ts";
import { amountWords, formatDate, formatMonthShort, formatNumber, measurePhrase, t } from "./i18n.ts";
import type { Names } from "./names.ts";

Chart.register(LinearScale, PointElement, LineElement, ScatterController, Tooltip, Legend);

export interface ClaimLike { id: string; measure: string; amount: number; amountMax?: number; qualifier?: string; unit?: string; about?: string; claimedBy?: string; asOf?: string; article: string; evidence: { text: string; start: number; focus?: { start: number; end: number }; date?: string } }

const PALETTE = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000"];

/** Months since year 0 for a date prefix: the chart's x axis (a bare year sits mid-year). */
export function monthIndex(d: string): number {
  const [y, m] = d.split("-").map(Number);
  return y! * 12 + ((m ?? 7) - 1);
}
export const monthOf = (i: number): { year: number; month: number } => ({ year: Math.floor(i / 12), month: (i % 12) + 1 });

/** The x axis: the figures' months with one month either side, so one point still gives a readable axis. */
export function axisRange(xs: number[]): { min: number; max: number; step: number } {
  const min = Math.min(...xs) - 1;
  const max = Math.max(...xs) + 1;
  const span = max - min;
  return { min, max, step: span <= 12 ? 1 : span <= 36 ? 3 : span <= 72 ? 6 : 12 };
}

/** One chart per measure and subject: `killed|country/north-korea`. */
export const groupId = (c: Pick<ClaimLike, "measure" | "about">) => `${c.measure}|${c.about ?? ""}`;

export function claimGroups(claims: ClaimLike[]): string[] {
  const count = new Map<string, number>();
  for (const c of claims) count.set(groupId(c), (count.get(groupId(c)) ?? 0) + 1);
  return [...count.keys()].sort();
}

/** Series per source for one group (dated figures only). */
export function seriesOf(claims: ClaimLike[], group: string, source: (key?: string) => string): Map<string, ClaimLike[]> {
  const out = new Map<string, ClaimLike[]>();
  for (const c of claims) {
    if (groupId(c) !== group || !c.asOf) continue;
    const s = source(c.claimedBy);
    out.set(s, [...(out.get(s) ?? []), c]);
  }
  return out;
}

/** The group's name in words: the measure with its subject. */
export function groupPhrase(group: string, names: Names, node: (key: string) => { demonym?: string; type?: string } | undefined): string {
  const [measure, about] = group.split("|") as [string, string];
  const info = about ? node(about) : undefined;
  return measurePhrase(measure, names.lang, names.measure(measure), about ? { label: names.node(about), ...(info?.demonym && names.lang === "it" ? { demonym: info.demonym } : {}), isCountry: info?.type === "Country" } : undefined);
}

const amountText = (c: ClaimLike, names: Names) => amountWords(c.amount, names.lang, c.qualifier, c.amountMax, c.unit);

export function renderClaims(box: HTMLElement, claims: ClaimLike[], names: Names, group: string, phrase: string, onPick: (c: ClaimLike) => void): Chart | undefined {
  const source = (k?: string) => (k ? names.node(k) : t("noSource", names.lang));
  const series = seriesOf(claims, group, source);
  const undated = claims.filter((c) => groupId(c) === group && !c.asOf);
  const canvas = el("canvas", { id: "claims-chart", "aria-label": phrase });
  const detail = el("div", { id: "claims-detail" });
  const dated = [...series.values()].flat().length;
  const side = el("aside", { id: "claims-undated" });
  if (undated.length) {
    side.append(el("h4", {}, `${t("undated", names.lang)} (${undated.length})`), el("ul", {}, ...undated.map((c) => el("li", {}, el("strong", {}, amountText(c, names)), ` · ${source(c.claimedBy)}`, el("div", { class: "meta" }, names.article(c.article))))));
  }
  box.replaceChildren(
    el("h3", { id: "claims-title" }, phrase),
    el("p", { class: "meta" }, `${dated} ${t("figuresFrom", names.lang)} ${series.size} ${t("sources", names.lang)}`),
    el("div", { class: "claims-body" }, el("div", { class: "chart-box" }, canvas), side),
    detail,
  );
  if (series.size === 0) return undefined;
  const sets = [...series].map(([s, cs], i) => ({
    label: s,
    data: cs.map((c) => ({ x: monthIndex(c.asOf!), y: c.amount, claim: c })).sort((a, b) => a.x - b.x),
    borderColor: PALETTE[i % PALETTE.length], backgroundColor: PALETTE[i % PALETTE.length], showLine: true, pointRadius: 5,
  }));
  const range = axisRange(sets.flatMap((s) => s.data.map((d) => d.x)));
  const maxY = Math.max(...sets.flatMap((s) => s.data.map((d) => d.y)));
  return new Chart(canvas, {
    type: "scatter",
    data: { datasets: sets },
    options: {
      animation: false,
      maintainAspectRatio: false,
      scales: {
        x: { type: "linear", min: range.min, max: range.max, ticks: { stepSize: range.step, callback: (v) => { const { year, month } = monthOf(Number(v)); return Number.isInteger(Number(v)) ? formatMonthShort(year, month, names.lang) : ""; } } },
        y: { type: "linear", beginAtZero: true, suggestedMax: maxY * 1.15, ticks: { callback: (v) => formatNumber(Number(v), names.lang) } },
      },
      plugins: {
        legend: { position: "bottom" },
        tooltip: { callbacks: { label: (item) => { const c = (item.raw as { claim: ClaimLike }).claim; return `${item.dataset.label}: ${amountText(c, names)} (${formatDate(c.asOf, names.lang)})`; } } },
      },
      onClick: (_e, items) => {
        const item = items[0];
        if (!item) return;
        const c = (sets[item.datasetIndex]!.data[item.index] as { claim: ClaimLike }).claim;
        detail.replaceChildren(highlighted(c.evidence.text, c.evidence.start, c.evidence.focus), el("div", { class: "meta" }, `${names.article(c.article)} · ${formatDate(c.asOf, names.lang)}`));
        onPick(c);
      },
    },
  });
}
