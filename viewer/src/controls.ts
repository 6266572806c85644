// Filter checkboxes and the timeline, bound to the view state.
import { CLASS_LABELS } from "./colors.ts";
import { el } from "./dom.ts";
import type { ViewState } from "./state.ts";

export function checkboxes(box: HTMLElement, items: Array<[string, string]>, hidden: Set<string>, onChange: () => void): void {
  box.replaceChildren(...items.map(([value, label]) => {
    const input = el("input", { type: "checkbox", value, "data-filter": box.id });
    input.checked = !hidden.has(value);
    input.addEventListener("change", () => {
      if (input.checked) hidden.delete(value);
      else hidden.add(value);
      onChange();
    });
    return el("label", { title: label }, input, ` ${CLASS_LABELS[label] ?? label}`);
  }));
}

export function timeline(months: string[], state: ViewState, onChange: () => void): void {
  const from = document.getElementById("from") as HTMLInputElement;
  const to = document.getElementById("to") as HTMLInputElement;
  const out = document.getElementById("period")!;
  const max = Math.max(0, months.length - 1);
  for (const r of [from, to]) { r.min = "0"; r.max = String(max); }
  from.value = String(state.from ? Math.max(0, months.indexOf(state.from)) : 0);
  to.value = String(state.to ? Math.max(0, months.indexOf(state.to)) : max);
  const show = () => { out.textContent = months.length ? `${months[Number(from.value)]} – ${months[Number(to.value)]}` : "nessuna data"; };
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
}
