// Markdown markup blanked in place: heading markers, emphasis, link targets and brackets.
export function readMarkdown(text: string): string {
  return text
    .replace(/^(\s{0,3})(#{1,6})(\s)/gm, (_m, a: string, h: string, b: string) => a + " ".repeat(h.length) + b)
    .replace(/!?\[([^\]\n]*)\]\(([^)\n]*)\)/g, (m, label: string) => " " + label + " ".repeat(m.length - label.length - 1))
    .replace(/(\*\*|__|\*|_)(?=\S)([^*_\n]+?)(?<=\S)\1/g, (_m, mark: string, body: string) => " ".repeat(mark.length) + body + " ".repeat(mark.length))
    .replace(/^(\s{0,3})([-*+]|>)(\s)/gm, (_m, a: string, mark: string, b: string) => a + " ".repeat(mark.length) + b);
}
