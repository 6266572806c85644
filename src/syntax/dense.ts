// Dense class vectors and their sum. A parse step adds a dozen vectors of 92 class scores
// (the role sums of parser.ts, the remembered group sums of score-memo.ts): a quarter of
// parsing, in a loop JavaScript runs one integer at a time. The vectors live in one
// WebAssembly memory per thread, and a 60-byte WebAssembly function adds them four lanes at
// a time (SIMD i32x4.add, which wraps like Int32Array arithmetic does). Where WebAssembly
// SIMD is missing, the same memory is summed by a plain loop: same numbers either way.

// (func (export "add") (param $dst i32) (param $src i32) (param $bytes i32) (local $i i32)
//   loop: while i < bytes: store(dst+i, i32x4.add(load(dst+i), load(src+i))); i += 16)
const CODE = [
  0x01, 0x01, 0x7f,
  0x02, 0x40, 0x03, 0x40,
  0x20, 0x03, 0x20, 0x02, 0x4f, 0x0d, 0x01,
  0x20, 0x00, 0x20, 0x03, 0x6a,
  0x20, 0x00, 0x20, 0x03, 0x6a, 0xfd, 0x00, 0x02, 0x00,
  0x20, 0x01, 0x20, 0x03, 0x6a, 0xfd, 0x00, 0x02, 0x00,
  0xfd, 0xae, 0x01,
  0xfd, 0x0b, 0x02, 0x00,
  0x20, 0x03, 0x41, 0x10, 0x6a, 0x21, 0x03,
  0x0c, 0x00, 0x0b, 0x0b, 0x0b,
];
const section = (id: number, bytes: number[]): number[] => [id, bytes.length, ...bytes];
const MODULE = new Uint8Array([
  0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
  ...section(1, [0x01, 0x60, 0x03, 0x7f, 0x7f, 0x7f, 0x00]), // type: (i32, i32, i32) -> ()
  ...section(2, [0x01, 0x01, 0x6d, 0x03, 0x6d, 0x65, 0x6d, 0x02, 0x00, 0x01]), // import m.mem, a memory
  ...section(3, [0x01, 0x00]),
  ...section(7, [0x01, 0x03, 0x61, 0x64, 0x64, 0x00, 0x00]), // export "add"
  ...section(10, [0x01, CODE.length, ...CODE]),
]);

const PAGE = 65536;

/** A growing arena of int32 vectors, each `width` lanes (a multiple of 4), and their sum. */
export class DenseArena {
  private readonly memory: WebAssembly.Memory | undefined;
  private buffer: ArrayBuffer;
  private view: Int32Array;
  private top = 0;
  private readonly simdAdd: ((dst: number, src: number, bytes: number) => void) | undefined;

  constructor(useSimd = true) {
    if (useSimd && typeof WebAssembly === "object" && WebAssembly.validate(MODULE)) {
      this.memory = new WebAssembly.Memory({ initial: 16 });
      const instance = new WebAssembly.Instance(new WebAssembly.Module(MODULE), { m: { mem: this.memory } });
      this.simdAdd = instance.exports.add as (dst: number, src: number, bytes: number) => void;
      this.buffer = this.memory.buffer;
    } else {
      this.buffer = new ArrayBuffer(16 * PAGE);
    }
    this.view = new Int32Array(this.buffer);
  }

  /** Whether sums run in WebAssembly SIMD (for tests). */
  get simd(): boolean {
    return this.simdAdd !== undefined;
  }

  /** The arena's int32s. Fetch it again after alloc(): growing replaces the buffer. */
  get ints(): Int32Array {
    return this.view;
  }

  /** Reserves `n` zeroed int32s, 16-byte aligned; returns the index of the first. */
  alloc(n: number): number {
    const start = this.top;
    const end = start + ((n + 3) & ~3);
    if (end * 4 > this.buffer.byteLength) this.grow(end * 4);
    this.top = end;
    return start;
  }

  private grow(bytes: number): void {
    const pages = Math.ceil((Math.max(bytes, this.buffer.byteLength * 2) - this.buffer.byteLength) / PAGE);
    if (this.memory) {
      this.memory.grow(pages);
      this.buffer = this.memory.buffer;
    } else {
      const bigger = new ArrayBuffer(this.buffer.byteLength + pages * PAGE);
      new Int32Array(bigger).set(this.view);
      this.buffer = bigger;
    }
    this.view = new Int32Array(this.buffer);
  }

  /** ints[dst + c] += ints[src + c] for c < width (`dst`, `src` from alloc, `width` a multiple of 4). */
  add(dst: number, src: number, width: number): void {
    if (this.simdAdd) return this.simdAdd(dst * 4, src * 4, width * 4);
    const v = this.view;
    for (let c = 0; c < width; c++) v[dst + c]! += v[src + c]!;
  }
}

/** Lanes for `n` classes: a multiple of 4, so vectors sum four lanes at a time. */
export const lanes = (n: number): number => (n + 3) & ~3;

let shared: DenseArena | undefined;

/** This thread's arena (a worker has its own). */
export function denseArena(): DenseArena {
  return (shared ??= new DenseArena());
}
