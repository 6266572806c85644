// The claims view: for one measure, the figures over time, one series per source, each
// point opening its sentence — conflicting estimates side by side (Chart.js).
import { Chart, LinearScale, PointElement, LineElement, ScatterController, Tooltip, Legend } from "chart.js";
import { el, highlighted } from "./dom.ts";

Chart.register(LinearScale, PointElement, LineElement, ScatterController, Tooltip, Legend);

export interface ClaimLike { id: string; measure: string; amount: number; about?: string; claimedBy?: string; asOf?: string; article: string; evidence: { text: string; start: number; focus?: { start: number; end: number }; date?: string } }

const PALETTE = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000"];

/** Months since year 0 for a date prefix: the chart's x axis. */
export function monthIndex(d: string): number {
  const [y, m] = d.split("-").map(Number);
  return y! * 12 + ((m ?? 6) - 1);
}
export const monthLabel = (i: number) => `${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`;

/** Series per source for one measure (and, optionally, one entity the figures are about). */
export function seriesOf(claims: ClaimLike[], measure: string, label: (key?: string) => string, about?: string): Map<string, ClaimLike[]> {
  const out = new Map<string, ClaimLike[]>();
  for (const c of claims) {
    if (c.measure !== measure || !c.asOf || (about && c.about !== about)) continue;
    const source = label(c.claimedBy);
    out.set(source, [...(out.get(source) ?? []), c]);
  }
  return out;
}

export function renderClaims(box: HTMLElement, claims: ClaimLike[], label: (key?: string) => string, measure: string, onPick: (c: ClaimLike) => void): Chart | undefined {
  const series = seriesOf(claims, measure, label);
  const canvas = el("canvas", { id: "claims-chart", "aria-label": `Cifre: ${measure}` });
  const detail = el("div", { id: "claims-detail" });
  box.replaceChildren(el("p", { class: "meta" }, `${[...series.values()].flat().length} cifre da ${series.size} fonti`), canvas, detail);
  if (series.size === 0) return undefined;
  const sets = [...series].map(([source, cs], i) => ({
    label: source,
    data: cs.map((c) => ({ x: monthIndex(c.asOf!), y: c.amount, claim: c })).sort((a, b) => a.x - b.x),
    borderColor: PALETTE[i % PALETTE.length], backgroundColor: PALETTE[i % PALETTE.length], showLine: true, pointRadius: 5,
  }));
  return new Chart(canvas, {
    type: "scatter",
    data: { datasets: sets },
    options: {
      animation: false,
      scales: { x: { type: "linear", ticks: { callback: (v) => monthLabel(Number(v)), stepSize: 3 } }, y: { type: "linear", beginAtZero: true } },
      plugins: { legend: { position: "bottom" } },
      onClick: (_e, items) => {
        const item = items[0];
        if (!item) return;
        const c = (sets[item.datasetIndex]!.data[item.index] as { claim: ClaimLike }).claim;
        detail.replaceChildren(highlighted(c.evidence.text, c.evidence.start, c.evidence.focus), el("div", { class: "meta" }, `${c.article} · ${c.asOf ?? ""}`));
        onPick(c);
      },
    },
  });
}
