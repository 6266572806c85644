// The syntax model as one versioned binary file: a JSON header (what it was trained on, its
// licence, label sets, the lemma table) and three weight tables (UPOS, features, parser).
// Each table stores its sorted feature hashes and weights as flat little-endian arrays, so
// loading is a few typed-array copies, not a parse of millions of numbers. Bytes depend only
// on the weights, so training twice on the same data gives the same file.
import { LexiconError } from "../errors.ts";
import type { CompiledWeights } from "./perceptron.ts";

const MAGIC = "TRAMA-SYNTAX\n";
export const MODEL_FORMAT_VERSION = 1;

export interface ModelHeader {
  format: "trama-syntax";
  version: number;
  /** Free-form description of the training data, licence and scores, for people. */
  trainedOn: string[];
  licence: string;
  uposLabels: string[];
  featsLabels: string[];
  deprels: string[];
  /** `lower\tUPOS` -> lemma, from the treebanks. */
  lemmas: Record<string, string>;
  /** Verbs seen building their active perfect with `essere` (`è arrivata`): never passive (voice.ts). */
  essereVerbs: string[];
  /** Frequent unambiguous words: `lower` -> [UPOS, FEATS] (see TaggerModel.dict). */
  tagDict?: Record<string, [string, string]>;
  /** UPOS -> the lower-case forms the treebanks give that closed-class tag (model.ts: names are not function words). */
  functionWords?: Record<string, string[]>;
  settings: Record<string, number | string>;
}

export interface SyntaxModelData {
  header: ModelHeader;
  upos: CompiledWeights;
  feats: CompiledWeights;
  parser: CompiledWeights;
}

function tableBytes(w: CompiledWeights): Uint8Array[] {
  const head = new Uint32Array([w.nClasses, w.keys.length, w.classes.length]);
  return [u8(head), u8(w.keys), u8(w.counts), pad(w.counts.byteLength), u8(w.classes), pad(w.classes.byteLength), u8(w.weights)];
}

const u8 = (a: ArrayBufferView): Uint8Array => new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
const pad = (n: number): Uint8Array => new Uint8Array((4 - (n % 4)) % 4);

export function encodeModel(model: SyntaxModelData): Uint8Array {
  const header = new TextEncoder().encode(JSON.stringify(model.header));
  const parts = [new TextEncoder().encode(MAGIC), u8(new Uint32Array([header.length])), header, pad(MAGIC.length + 4 + header.length)];
  for (const t of [model.upos, model.feats, model.parser]) parts.push(...tableBytes(t));
  const out = new Uint8Array(parts.reduce((s, p) => s + p.length, 0));
  let at = 0;
  for (const p of parts) { out.set(p, at); at += p.length; }
  return out;
}

class Reader {
  at = 0;
  constructor(readonly bytes: Uint8Array, readonly file: string) {}
  need(n: number): void {
    if (this.at + n > this.bytes.length) throw new LexiconError(this.file, `byte ${this.at}`, "syntax model file is truncated");
  }
  u32(): number {
    this.need(4);
    const v = new DataView(this.bytes.buffer, this.bytes.byteOffset + this.at, 4).getUint32(0, true);
    this.at += 4;
    return v;
  }
  take(n: number): Uint8Array {
    this.need(n);
    const s = this.bytes.subarray(this.at, this.at + n);
    this.at += n;
    return s;
  }
  align(): void {
    this.at += (4 - (this.at % 4)) % 4;
  }
  /** A copy, so typed arrays start at an aligned offset whatever the buffer. */
  typed<T>(n: number, size: number, make: (b: ArrayBuffer) => T): T {
    // Uint8Array.from copies: Buffer#slice would share (and start at) the file's buffer.
    const src = this.take(n * size);
    return make(Uint8Array.from(src).buffer);
  }
}

function readTable(r: Reader): CompiledWeights {
  const nClasses = r.u32(), nKeys = r.u32(), total = r.u32();
  const keys = r.typed(nKeys, 4, (b) => new Int32Array(b));
  const counts = r.typed(nKeys, 2, (b) => new Uint16Array(b));
  r.align();
  const classes = r.typed(total, 2, (b) => new Uint16Array(b));
  r.align();
  const weights = r.typed(total, 4, (b) => new Float32Array(b));
  let sum = 0;
  for (let i = 0; i < nKeys; i++) sum += counts[i]!;
  if (sum !== total) throw new LexiconError(r.file, "weights", `feature runs add up to ${sum}, expected ${total}`);
  for (let i = 0; i < total; i++) if (classes[i]! >= nClasses) throw new LexiconError(r.file, "weights", `class ${classes[i]} out of range`);
  for (let i = 1; i < nKeys; i++) if (keys[i]! >>> 0 <= keys[i - 1]! >>> 0) throw new LexiconError(r.file, "weights", "feature keys not sorted");
  return { nClasses, keys, counts, classes, weights };
}

function checkHeader(h: unknown, file: string): ModelHeader {
  const hh = h as ModelHeader;
  if (!hh || hh.format !== "trama-syntax") throw new LexiconError(file, "header", "not a Trama syntax model");
  if (hh.version !== MODEL_FORMAT_VERSION) throw new LexiconError(file, "header", `model format ${hh.version}, this Trama reads ${MODEL_FORMAT_VERSION}: run \`npm run train\``);
  for (const k of ["uposLabels", "featsLabels", "deprels"] as const) {
    if (!Array.isArray(hh[k]) || !hh[k].every((s) => typeof s === "string")) throw new LexiconError(file, k, "expected a list of strings");
  }
  for (const [w, a] of Object.entries(hh.tagDict ?? {})) {
    if (!Array.isArray(a) || !hh.uposLabels.includes(a[0]) || !hh.featsLabels.includes(a[1])) throw new LexiconError(file, `tagDict.${w}`, "expected [UPOS, FEATS] from the label sets");
  }
  for (const [tag, forms] of Object.entries(hh.functionWords ?? {})) {
    if (!Array.isArray(forms) || !forms.every((f) => typeof f === "string")) throw new LexiconError(file, `functionWords.${tag}`, "expected a list of strings");
  }
  return hh;
}

export function decodeModel(bytes: Uint8Array, file: string): SyntaxModelData {
  const r = new Reader(bytes, file);
  if (new TextDecoder().decode(r.take(MAGIC.length)) !== MAGIC) throw new LexiconError(file, "", "not a Trama syntax model (bad magic)");
  const headerLen = r.u32();
  let header: ModelHeader;
  try {
    header = checkHeader(JSON.parse(new TextDecoder().decode(r.take(headerLen))), file);
  } catch (e) {
    if (e instanceof LexiconError) throw e;
    throw new LexiconError(file, "header", "unreadable JSON header");
  }
  r.align();
  const upos = readTable(r), feats = readTable(r), parser = readTable(r);
  if (upos.nClasses !== header.uposLabels.length || feats.nClasses !== header.featsLabels.length || parser.nClasses !== 2 + 2 * header.deprels.length) {
    throw new LexiconError(file, "header", "label sets do not match the weight tables");
  }
  return { header, upos, feats, parser };
}
