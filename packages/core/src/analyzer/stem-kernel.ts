/**
 * The stem scan's byte loop (StemIndex.scan) as a WebAssembly function: for each position of a
 * run of bytes, is the three-byte key there one of the stems' keys? It runs about twice as fast as
 * the same loop in JavaScript (measured on the 300 MB benchmark log: the loop is a quarter of the
 * analyzer's time), and the analyzer passes every byte of a log through it.
 *
 * The module is assembled here from its instructions (below), not shipped as a binary: nothing to
 * build or bundle, and it runs wherever Node runs WebAssembly (Node 20 and 24, every platform).
 * Where WebAssembly is unavailable (`--jitless`), `StemKernel.create` returns undefined and
 * StemIndex keeps its JavaScript loop, which finds the same positions.
 *
 * Memory: a byte per possible key (16 MB of address space; only the pages the text's keys touch
 * are ever mapped), then a window the bytes are copied into, then the positions found.
 */

const TABLE = 0;
const WINDOW = 1 << 24;
/** The most bytes one call scans (the scanner's windows are far smaller; a longer run falls back). */
const WINDOW_BYTES = 1 << 18;
/** One position per byte at most. */
const OUT = WINDOW + WINDOW_BYTES;
const PAGES = Math.ceil((OUT + WINDOW_BYTES * 4) / 65536);

function uleb(n: number): number[] {
  const out: number[] = [];
  do {
    let b = n & 0x7f;
    n >>>= 7;
    if (n !== 0) b |= 0x80;
    out.push(b);
  } while (n !== 0);
  return out;
}

function sleb(n: number): number[] {
  const out: number[] = [];
  for (;;) {
    const b = n & 0x7f;
    n >>= 7;
    if ((n === 0 && (b & 0x40) === 0) || (n === -1 && (b & 0x40) !== 0)) {
      out.push(b);
      return out;
    }
    out.push(b | 0x80);
  }
}

const vec = (items: number[][]): number[] => [...uleb(items.length), ...items.flat()];
const section = (id: number, body: number[]): number[] => [id, ...uleb(body.length), ...body];
const name = (s: string): number[] => [...uleb(s.length), ...Buffer.from(s, 'latin1')];

// Opcodes used (WebAssembly core specification, binary format).
const get = (local: number) => [0x20, local];
const set = (local: number) => [0x21, local];
const i32 = (value: number) => [0x41, ...sleb(value)];
const LOAD8_U = [0x2d, 0x00, 0x00];
const STORE32 = [0x36, 0x02, 0x00];
const [ADD, SUB, AND, OR, SHL, GE_U] = [0x6a, 0x6b, 0x71, 0x72, 0x74, 0x4f];
const [BLOCK, LOOP, IF, END, BR, BR_IF, VOID] = [0x02, 0x03, 0x04, 0x0b, 0x0c, 0x0d, 0x40];

/**
 * scan(start, end) -> count: for i from start + 2 to end - 1, with key the bytes at i-2, i-1, i,
 * writes i - 2 - start to OUT[count++] when TABLE[key] is not 0. Needs end - start >= 3.
 */
function scanModule(): Uint8Array {
  const [START, END_, I, KEY, N] = [0, 1, 2, 3, 4];
  // biome-ignore format: one instruction or statement per line
  const code = [
    // key = bytes[start] << 8 | bytes[start + 1]; i = start + 2
    ...get(START), ...LOAD8_U, ...i32(8), SHL, ...get(START), ...i32(1), ADD, ...LOAD8_U, OR, ...set(KEY),
    ...get(START), ...i32(2), ADD, ...set(I),
    BLOCK, VOID, LOOP, VOID,
    // if (i >= end) break
    ...get(I), ...get(END_), GE_U, BR_IF, 1,
    // key = (key << 8 | bytes[i]) & 0xffffff
    ...get(KEY), ...i32(8), SHL, ...get(I), ...LOAD8_U, OR, ...i32(0xffffff), AND, ...set(KEY),
    // if (table[key]) out[n++] = i - 2 - start (TABLE is 0: the key is its address)
    ...get(KEY), ...LOAD8_U,
    IF, VOID,
    ...get(N), ...i32(2), SHL, ...i32(OUT), ADD, ...get(I), ...i32(2), SUB, ...get(START), SUB, ...STORE32,
    ...get(N), ...i32(1), ADD, ...set(N),
    END,
    // i++
    ...get(I), ...i32(1), ADD, ...set(I),
    BR, 0,
    END, END,
    ...get(N), END,
  ];
  const body = [...vec([[3, 0x7f]]), ...code];
  // biome-ignore format: one section per line
  return new Uint8Array([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    // type 0: (i32, i32) -> i32
    ...section(1, vec([[0x60, ...vec([[0x7f], [0x7f]]), ...vec([[0x7f]])]])),
    ...section(3, vec([[0]])),
    ...section(5, vec([[0x00, ...uleb(PAGES)]])),
    ...section(7, vec([[...name('memory'), 0x02, 0], [...name('scan'), 0x00, 0]])),
    ...section(10, vec([[...uleb(body.length), ...body]])),
  ]);
}

/** The part of the WebAssembly API used here (the compiler's library has no WebAssembly types). */
interface Wasm {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object) => { exports: Record<string, unknown> };
}
interface ScanExports {
  memory: { buffer: ArrayBuffer };
  scan: (start: number, end: number) => number;
}

let compiled: object | null | undefined;

export class StemKernel {
  /** The most bytes `scan` takes at once. */
  readonly capacity = WINDOW_BYTES;
  /** After `scan`: positions[0, count), offsets from `start`, in order. */
  readonly positions: Int32Array;
  private readonly memory: Uint8Array;
  private readonly run: (start: number, end: number) => number;

  private constructor(exports: ScanExports) {
    this.memory = new Uint8Array(exports.memory.buffer);
    this.positions = new Int32Array(exports.memory.buffer, OUT, WINDOW_BYTES);
    this.run = exports.scan;
  }

  /** A kernel for these keys (24-bit numbers), or undefined where WebAssembly cannot run. */
  static create(keys: Iterable<number>): StemKernel | undefined {
    const wasm = (globalThis as { WebAssembly?: Wasm }).WebAssembly;
    if (wasm === undefined) return undefined;
    try {
      compiled ??= new wasm.Module(scanModule());
    } catch {
      compiled = null;
    }
    if (compiled === null) return undefined;
    try {
      const kernel = new StemKernel(new wasm.Instance(compiled).exports as unknown as ScanExports);
      for (const key of keys) kernel.memory[TABLE + key] = 1;
      return kernel;
    } catch {
      return undefined;
    }
  }

  /** Key positions in bytes[start, end) (at most `capacity` bytes, at least three); returns their count. */
  scan(bytes: Uint8Array, start: number, end: number): number {
    this.memory.set(bytes.subarray(start, end), WINDOW);
    return this.run(WINDOW, WINDOW + end - start);
  }
}
