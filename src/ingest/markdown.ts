// Markdown markup blanked in place: the words stay at their offsets, the syntax around them
// becomes spaces. Not a full CommonMark parser: what matters is that the text reads right
// (no `#`, `*` or URLs in sentences) and every offset stays true to the file.
import { replaceInPlace } from "./mask.ts";

const spaces = (s: string) => " ".repeat(s.length);

// Not inside a word: `snake_case` and `2*3*4` are not emphasis.
const WORD = "[\\p{L}\\p{N}]";

const RULES: ReadonlyArray<[RegExp, (m: RegExpExecArray) => string]> = [
  // Fenced code markers and horizontal rules / setext underlines: whole line.
  [/^[ \t]{0,3}(`{3,}|~{3,}).*$/gm, (m) => spaces(m[0])],
  [/^[ \t]{0,3}([-*_=])([ \t]*\1){2,}[ \t]*$/gm, (m) => spaces(m[0])],
  // Link reference definitions: `[1]: https://…`.
  [/^[ \t]{0,3}\[[^\]\n]+\]:[ \t]*\S+.*$/gm, (m) => spaces(m[0])],
  // Heading markers, opening and closing: `## Titolo ##`.
  [/^([ \t]{0,3})(#{1,6})(?=[ \t]|$)(.*?)([ \t]+#+[ \t]*)?$/gm, (m) => m[1]! + spaces(m[2]!) + m[3]! + spaces(m[4] ?? "")],
  // Block quotes and list markers (`>`, `-`, `*`, `+`, `1.`, `2)`).
  [/^([ \t]*)((?:>[ \t]?)+)/gm, (m) => m[1]! + spaces(m[2]!)],
  [/^([ \t]*)([-*+]|\d{1,9}[.)])(?=[ \t])/gm, (m) => m[1]! + spaces(m[2]!)],
  // Images are dropped whole (alt text is not prose); links keep their text.
  [/!\[[^\]\n]*\]\([^)\n]*\)/g, (m) => spaces(m[0])],
  [/\[([^\]\n]*)\](\([^)\n]*\)|\[[^\]\n]*\])/g, (m) => " " + m[1]! + spaces(m[0].slice(m[1]!.length + 1))],
  // Autolinks and inline HTML tags.
  [/<(https?:\/\/|mailto:)[^>\s]*>/g, (m) => spaces(m[0])],
  [/<\/?[a-zA-Z][^<>\n]*>/g, (m) => spaces(m[0])],
  // Code spans keep their content.
  [/(`+)([^`\n]+?)\1/g, (m) => spaces(m[1]!) + m[2]! + spaces(m[1]!)],
  // Emphasis and strike-through: `***x***`, `**x**`, `*x*`, `__x__`, `_x_`, `~~x~~`.
  [new RegExp(`(?<!${WORD}|[*_~\\\\])(\\*{1,3}|_{1,3}|~~)(?=\\S)([^\\n]*?\\S)\\1(?!${WORD}|[*_~])`, "gu"), (m) => spaces(m[1]!) + m[2]! + spaces(m[1]!)],
  // Backslash escapes: `\*` reads `*`.
  [/\\(?=[\\`*_{}[\]()#+\-.!>~|])/g, () => " "],
];

export function readMarkdown(text: string): string {
  let out = text;
  for (const [re, replace] of RULES) out = replaceInPlace(out, re, replace);
  // Emphasis can nest (`**grassetto *e corsivo***`): a second pass takes the inner markers.
  const [emphasis, replace] = RULES[RULES.length - 2]!;
  return replaceInPlace(out, emphasis, replace);
}
