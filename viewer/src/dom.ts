// Building DOM from data with text nodes only: nothing read from an article or from
// graph.json ever goes through innerHTML.
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  for (const c of children) node.append(typeof c === "string" ? document.createTextNode(c) : c);
  return node;
}

/** The sentence with the focus span marked, offsets relative to the article. */
export function highlighted(text: string, sentenceStart: number, focus?: { start: number; end: number }): HTMLElement {
  const q = el("blockquote");
  if (!focus || focus.start < sentenceStart || focus.end > sentenceStart + text.length) {
    q.append(document.createTextNode(text));
    return q;
  }
  const a = focus.start - sentenceStart;
  const b = focus.end - sentenceStart;
  q.append(document.createTextNode(text.slice(0, a)), el("mark", {}, text.slice(a, b)), document.createTextNode(text.slice(b)));
  return q;
}
