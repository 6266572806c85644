// A seeded generator of realistic Italian news articles for the benchmark: the
// development articles' structure (a `date` line, a lead, a `Città (Agenzia) -` byline,
// paragraphs), varied people (generated from syllables, with transliteration variants and
// surnames alone), countries, capitals, agencies, figures and dates. Same seed, same corpus.
//   npx tsx bench/generate.ts <n> <dir> [seed]
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

export function rng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => { s ^= s << 13; s >>>= 0; s ^= s >>> 17; s ^= s << 5; s >>>= 0; return s / 4294967296; };
}

const COUNTRIES: ReadonlyArray<[string, string, string]> = [
  // name, demonym (m. pl.), capital
  ["la Russia", "russi", "Mosca"], ["l'Ucraina", "ucraini", "Kiev"], ["la Corea del Nord", "nordcoreani", "Pyongyang"],
  ["la Corea del Sud", "sudcoreani", "Seoul"], ["la Cina", "cinesi", "Pechino"], ["l'Iran", "iraniani", "Teheran"],
  ["la Bielorussia", "bielorussi", "Minsk"], ["la Francia", "francesi", "Parigi"], ["la Germania", "tedeschi", "Berlino"],
  ["il Giappone", "giapponesi", "Tokyo"], ["la Polonia", "polacchi", "Varsavia"], ["la Turchia", "turchi", "Ankara"],
  ["l'India", "indiani", "Nuova Delhi"], ["il Regno Unito", "britannici", "Londra"], ["gli Stati Uniti", "statunitensi", "Washington"],
];
const AGENCIES = ["AsiaNews", "Ansa", "Agenzia Nova", "Adnkronos", "Reuters", "AFP"];
const ORGS = ["il Consiglio di Sicurezza dell'Onu", "la Nato", "l'Unione europea", "l'Agenzia internazionale per l'energia atomica", "la Croce Rossa", "il G7"];
const ROLES = ["il ministro della Difesa", "il ministro degli Esteri", "il presidente", "il primo ministro", "il capo di stato maggiore", "il portavoce del governo", "l'ambasciatore", "il vice premier"];
const ONSETS = ["Al", "Bo", "Vla", "Ser", "Dmi", "Ni", "Ka", "Mi", "Pa", "Yu", "Ig", "An", "Ev", "Ko", "Zha", "Tse", "Choi", "Ro", "Ste", "Gio", "Lu", "Fe", "Ma", "Ta"];
const MIDS = ["le", "ri", "ko", "na", "dim", "sha", "ve", "go", "ro", "ni", "ta", "ksan", "mo", "lo", "ti"];
const ENDS = ["ov", "enko", "in", "ev", "sky", "ich", "ko", "dze", "yan", "ova", "ini", "elli", "ung", "ho", "aro"];
const MONTHS = ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"];
const VARIANTS: ReadonlyArray<[RegExp, string]> = [[/ksan/g, "xan"], [/sky$/g, "skij"], [/Yu/g, "Ju"], [/ich$/g, "ič"], [/v$/g, "w"], [/sha/g, "scia"]];

interface Person { first: string; last: string; role: string; country: number }

export class CorpusGenerator {
  private r: () => number;
  readonly people: Person[] = [];
  constructor(seed = 42, peopleCount = 4000) {
    this.r = rng(seed);
    const name = (parts: number) => { let s = this.pick(ONSETS); for (let i = 1; i < parts; i++) s += this.pick(MIDS); return s; };
    for (let i = 0; i < peopleCount; i++) {
      this.people.push({ first: name(2), last: name(1 + Math.floor(this.r() * 2)) + this.pick(ENDS), role: this.pick(ROLES), country: Math.floor(this.r() * COUNTRIES.length) });
    }
  }
  private pick<T>(xs: readonly T[]): T { return xs[Math.floor(this.r() * xs.length)]!; }
  private int(lo: number, hi: number): number { return lo + Math.floor(this.r() * (hi - lo + 1)); }
  /** A popular few and a long tail, like the news. */
  private person(): Person { const u = this.r(); return this.people[Math.floor(u * u * u * this.people.length)]!; }
  private spelled(p: Person): string {
    let s = `${p.first} ${p.last}`;
    if (this.r() < 0.15) for (const [re, to] of VARIANTS) s = s.replace(re, to);
    return s;
  }
  private figure(): string {
    const n = this.int(1, 60) * (this.r() < 0.5 ? 100 : 1000);
    return this.r() < 0.3 ? `${Math.floor(n / 1000) || 1}mila` : n.toLocaleString("it-IT");
  }
  private date(year: number): string { return `il ${this.int(1, 28)} ${this.pick(MONTHS)}${this.r() < 0.4 ? ` ${year}` : ""}`; }

  private sentence(year: number): string {
    const [c1, d1, k1] = this.pick(COUNTRIES), [c2, d2, k2] = this.pick(COUNTRIES);
    const p = this.person(), q = this.person();
    const C1 = c1.charAt(0).toUpperCase() + c1.slice(1);
    const pc = COUNTRIES[p.country]!;
    const T = [
      () => `${C1} ha inviato almeno ${this.figure()} soldati in ${c2.replace(/^(la|il|l'|gli) /, "").replace(/^l'/, "")}, secondo fonti dell'intelligence di ${k1}.`,
      () => `${p.role.charAt(0).toUpperCase() + p.role.slice(1)} ${pc[1].replace(/chi$/, "co").replace(/i$/, "o")}, ${this.spelled(p)}, ha incontrato a ${k2} ${q.role} ${this.spelled(q)} ${this.date(year)}.`,
      () => `Secondo ${this.pick(ORGS)}, nei combattimenti sarebbero morti oltre ${this.figure()} ${d1} e ${this.int(2, 900)} ${d2}.`,
      () => `${p.last} ha criticato duramente ${c2}, accusando ${k2} di fornire missili e munizioni a ${k1}.`,
      () => `La visita di ${this.spelled(p)} a ${k2} segue la firma del trattato di cooperazione tra ${c1} e ${c2}.`,
      () => `${C1} ha stanziato ${this.int(1, 9)},${this.int(1, 9)} miliardi di dollari in aiuti per ${c2}, ha detto ${this.spelled(q)}.`,
      () => `Le truppe ${d1} sono state schierate vicino a ${k2}, dove ${this.figure()} persone sono state evacuate ${this.date(year)}.`,
      () => `Il vertice di ${k1} si è chiuso senza un accordo: ${p.last} e ${q.last} si rivedranno entro ${this.pick(MONTHS)}.`,
      () => `${this.spelled(p)} è stato nominato ${p.role.replace(/^(il|l') ?/, "")} dopo le dimissioni del predecessore.`,
    ];
    return this.pick(T)();
  }

  /** One article: name and text. */
  article(i: number): { name: string; text: string } {
    const year = this.int(2022, 2026), month = this.int(1, 12);
    const [, , city] = this.pick(COUNTRIES);
    const paras: string[] = [];
    const lead = Array.from({ length: 2 }, () => this.sentence(year)).join(" ");
    const nParas = this.int(6, 11);
    for (let k = 0; k < nParas; k++) {
      const body = Array.from({ length: this.int(2, 4) }, () => this.sentence(year)).join(" ");
      paras.push(k === 0 ? `${city} (${this.pick(AGENCIES)}) - ${body}` : body);
    }
    const hash = Math.floor(this.r() * 2 ** 32).toString(16).padStart(8, "0") + i.toString(16).padStart(8, "0");
    return { name: `${String(i).padStart(6, "0")}_${hash}.txt`, text: ` date ${year}-${String(month).padStart(2, "0")} ${lead}\n\n${paras.join("\n\n")}\n` };
  }
}

/** Write n articles to dir; returns total bytes. */
export function generateCorpus(n: number, dir: string, seed = 42): number {
  mkdirSync(dir, { recursive: true });
  const gen = new CorpusGenerator(seed, Math.max(200, Math.round(n / 2)));
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const a = gen.article(i);
    writeFileSync(join(dir, a.name), a.text);
    bytes += Buffer.byteLength(a.text);
  }
  return bytes;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const [n, dir, seed] = [Number(process.argv[2] ?? 1000), process.argv[3] ?? "/tmp/trama-corpus", Number(process.argv[4] ?? 42)];
  const bytes = generateCorpus(n, dir, seed);
  console.log(`${n} articles, ${(bytes / 1e6).toFixed(1)} MB -> ${dir}`);
}
