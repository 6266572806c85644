// Typographic variants folded to one spelling, per token, so offsets never shift:
// curly apostrophes and quotes to ASCII, dashes to `-`, odd spaces to a space, NFC.
const MAP: Record<string, string> = {
  "’": "'", "‘": "'", "ʼ": "'", "´": "'", "`": "'", "′": "'",
  "“": '"', "”": '"', "«": '"', "»": '"', "„": '"', "‟": '"',
  "–": "-", "—": "-", "‑": "-", "‒": "-", "−": "-",
  "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u2007": " ",
};
const RE = new RegExp(`[${Object.keys(MAP).join("")}]`, "g");

export function normalizeText(s: string): string {
  return s.normalize("NFC").replace(RE, (c) => MAP[c] ?? c);
}
