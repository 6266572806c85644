// Filter checkboxes and the timeline, bound to the view state.
import { el } from "./dom.ts";
import { formatDate, t } from "./i18n.ts";
import type { ViewState } from "./state.ts";

/** One checkbox per [value, label]; the value (an id) stays in the URL, the label is what people read. */
export function checkboxes(box: HTMLElement, items: Array<[string, string]>, hidden: Set<string>, onChange: () => void): void {
  box.replaceChildren(...items.map(([value, label]) => {
    const input = el("input", { type: "checkbox", value, "data-filter": box.id });
    input.checked = !hidden.has(value);
    input.addEventListener("change", () => {
      if (input.checked) hidden.delete(value);
      else hidden.add(value);
      onChange();
    });
    return el("label", { title: label }, input, ` ${label}`);
  }));
}

/** Binds the two range inputs to the state; returns a function that re-prints the period (after a language change). */
export function timeline(months: string[], state: ViewState, onChange: () => void): () => void {
  const from = document.getElementById("from") as HTMLInputElement;
  const to = document.getElementById("to") as HTMLInputElement;
  const out = document.getElementById("period")!;
  const max = Math.max(0, months.length - 1);
  for (const r of [from, to]) { r.min = "0"; r.max = String(max); }
  from.value = String(state.from ? Math.max(0, months.indexOf(state.from)) : 0);
  to.value = String(state.to ? Math.max(0, months.indexOf(state.to)) : max);
  const show = () => {
    out.textContent = months.length ? `${formatDate(months[Number(from.value)], state.lang)} – ${formatDate(months[Number(to.value)], state.lang)}` : t("noDates", state.lang);
    out.dataset.from = months[Number(from.value)] ?? "";
  };
  const update = () => {
    if (Number(from.value) > Number(to.value)) to.value = from.value;
    const [a, b] = [Number(from.value), Number(to.value)];
    state.from = a > 0 ? months[a] : undefined;
    state.to = b < max ? months[b] : undefined;
    show();
    onChange();
  };
  from.addEventListener("input", update);
  to.addEventListener("input", update);
  show();
  return show;
}
