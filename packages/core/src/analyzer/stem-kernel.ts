import type { StemHits } from './rule.js';

/**
 * The stem scan (StemIndex.scan) as a WebAssembly function: for each position of a run of bytes,
 * is the three-byte key there one of the stems' keys, and if so, which of that key's stems are
 * there in full? It runs about 1.7 times as fast as the same scan in JavaScript (measured on the
 * 300 MB benchmark log, where the scan was a quarter of the analyzer's time), and the analyzer
 * passes every byte of a log through it.
 *
 * The module is assembled here from its instructions (below), not shipped as a binary: nothing to
 * build or bundle, and it runs wherever Node runs WebAssembly (Node 20 and 24, every platform).
 * Where WebAssembly is unavailable (`--jitless`), or an index is larger than the memory laid out
 * below, `StemKernel.create` returns undefined and StemIndex keeps its JavaScript loop, which
 * finds the same stems in the same order (a test compares the two on every recorded log).
 *
 * Memory: a byte per possible key (16 MB of address space; only the pages the text's keys touch
 * are ever mapped), the window the bytes are copied into, StemIndex's lookup tables (the same
 * open-addressing table and flat arrays its `record` reads), then the hits found.
 */

/** What the kernel needs of a StemIndex: its keys and the tables `record` confirms them with. */
export interface KernelTables {
  keys: Iterable<number>;
  slotShift: number;
  slotKey: Int32Array;
  slotAt: Int32Array;
  slotCount: Int32Array;
  entryId: Int32Array;
  entryOffset: Int32Array;
  lengths: Int32Array;
  stemStart: Int32Array;
  stemBytes: Uint8Array;
}

const TABLE = 0;
const WINDOW = 1 << 24;
/** The most bytes one call scans (the scanner's windows are 64 KiB; a longer run falls back). */
const WINDOW_BYTES = 1 << 17;
const MAX_SLOTS = 4096;
const MAX_ENTRIES = 4096;
const MAX_STEM_BYTES = 1 << 16;
/** Stems sharing one key, at most: bounds the hits one position can add. */
const MAX_PER_KEY = 8;
const SLOT_KEY = WINDOW + WINDOW_BYTES;
const SLOT_AT = SLOT_KEY + MAX_SLOTS * 4;
const SLOT_COUNT = SLOT_AT + MAX_SLOTS * 4;
const ENTRY_ID = SLOT_COUNT + MAX_SLOTS * 4;
const ENTRY_OFFSET = ENTRY_ID + MAX_ENTRIES * 4;
const LENGTH = ENTRY_OFFSET + MAX_ENTRIES * 4;
const STEM_START = LENGTH + MAX_ENTRIES * 4;
const STEM_BYTES = STEM_START + MAX_ENTRIES * 4;
/** Hits as (key position, stem start, stem id), offsets from the window's start. */
const OUT = STEM_BYTES + MAX_STEM_BYTES;
const OUT_BYTES = WINDOW_BYTES * MAX_PER_KEY * 12;
const PAGES = Math.ceil((OUT + OUT_BYTES) / 65536);

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
const tee = (local: number) => [0x22, local];
const i32 = (value: number) => [0x41, ...sleb(value)];
const load8 = (offset = 0) => [0x2d, 0x00, ...uleb(offset)];
/** An unaligned i32 load (alignment hint 2^0). */
const load32u = (offset = 0) => [0x28, 0x00, ...uleb(offset)];
const load32 = (offset: number) => [0x28, 0x02, ...uleb(offset)];
const store32 = (offset: number) => [0x36, 0x02, ...uleb(offset)];
const [ADD, SUB, MUL, AND, OR, SHL, SHR_U, EQ, NE, GE_U, LE_U] = [
  0x6a, 0x6b, 0x6c, 0x71, 0x72, 0x74, 0x76, 0x46, 0x47, 0x4f, 0x4d,
];
const [BLOCK, LOOP, IF, END, BR, BR_IF, VOID] = [0x02, 0x03, 0x04, 0x0b, 0x0c, 0x0d, 0x40];

/**
 * scan(start, end, shift, wrap) -> count, StemIndex.scan and record over memory[start, end)
 * (end - start >= 3): for i from start + 2 to end - 1, key = the bytes at i-2, i-1, i; where
 * TABLE at those bytes (little-endian) is set, the key's slot is probed for (slot = key * 0x9e3779b1 >>> shift, then + 1
 * and `wrap`), and each of its entries whose stem lies in [start, end) and matches byte for byte
 * is written to OUT as (i - 2 - start, from - start, id).
 */
function scanModule(): Uint8Array {
  const [START, END_, SHIFT, WRAP, I, KEY, N, SLOT, E, LAST, ID, FROM, LEN, K, BASE, P, V, Q] = [
    0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17,
  ];
  /** An i32 array element's address: index * 4 (the array's base is the load's offset). */
  const x4 = (local: number) => [...get(local), ...i32(2), SHL];
  // biome-ignore format: one statement per line
  const code = [
    // i = start + 2
    ...get(START), ...i32(2), ADD, ...set(I),
    BLOCK, VOID, LOOP, VOID,
      // if (i >= end) break
      ...get(I), ...get(END_), GE_U, BR_IF, 1,
      // Two positions per step, from one unaligned load of bytes[i-2..i+1] (little-endian): the
      // keys of i and i + 1 are its low and high three bytes. Unlike a key rolled from the last
      // one, no position waits on the one before. if (TABLE[v & 0xffffff] | TABLE[v >>> 8])
      ...get(I), ...i32(2), SUB, ...load32u(), ...tee(V), ...i32(0xffffff), AND, ...load8(TABLE),
      ...get(V), ...i32(8), SHR_U, ...load8(TABLE), OR,
      IF, VOID,
      // for (q = i; q < end && q < i + 2; q++) if (TABLE[w = bytes[q-2] | bytes[q-1] << 8 | bytes[q] << 16])
      ...get(I), ...set(Q),
      BLOCK, VOID, LOOP, VOID,
      ...get(Q), ...get(END_), GE_U, BR_IF, 1,
      ...get(Q), ...get(I), SUB, ...i32(2), GE_U, BR_IF, 1,
      ...get(Q), ...i32(2), SUB, ...load32u(), ...i32(0xffffff), AND, ...tee(KEY),
      ...load8(TABLE),
      IF, VOID,
        // key = bytes[i-2] << 16 | bytes[i-1] << 8 | bytes[i], the order of StemIndex's tables
        ...get(KEY), ...i32(0xff), AND, ...i32(16), SHL, ...get(KEY), ...i32(0xff00), AND, OR,
        ...get(KEY), ...i32(16), SHR_U, OR, ...set(KEY),
        ...get(Q), ...i32(2), SUB, ...set(P),
        // slot = key * 0x9e3779b1 >>> shift; while (slotKey[slot] != key) slot = (slot + 1) & wrap
        ...get(KEY), ...i32(0x9e3779b1 | 0), MUL, ...get(SHIFT), SHR_U, ...set(SLOT),
        BLOCK, VOID, LOOP, VOID,
          ...x4(SLOT), ...load32(SLOT_KEY), ...get(KEY), EQ, BR_IF, 1,
          ...get(SLOT), ...i32(1), ADD, ...get(WRAP), AND, ...set(SLOT),
          BR, 0,
        END, END,
        // for (e = slotAt[slot], last = e + slotCount[slot]; e < last; e++)
        ...x4(SLOT), ...load32(SLOT_AT), ...tee(E),
        ...x4(SLOT), ...load32(SLOT_COUNT), ADD, ...set(LAST),
        BLOCK, VOID, LOOP, VOID,
          ...get(E), ...get(LAST), GE_U, BR_IF, 1,
          // id = entryId[e]; from = p - entryOffset[e]; len = lengths[id]
          ...x4(E), ...load32(ENTRY_ID), ...set(ID),
          ...get(P), ...x4(E), ...load32(ENTRY_OFFSET), SUB, ...set(FROM),
          ...x4(ID), ...load32(LENGTH), ...set(LEN),
          // if (from >= start && from + len <= end)
          ...get(FROM), ...get(START), GE_U, ...get(FROM), ...get(LEN), ADD, ...get(END_), LE_U, AND,
          IF, VOID,
            // k = 0; while (k < len && bytes[from + k] == stemBytes[stemStart[id] + k]) k++
            ...x4(ID), ...load32(STEM_START), ...set(BASE),
            ...i32(0), ...set(K),
            BLOCK, VOID, LOOP, VOID,
              ...get(K), ...get(LEN), GE_U, BR_IF, 1,
              ...get(FROM), ...get(K), ADD, ...load8(), ...get(BASE), ...get(K), ADD, ...load8(STEM_BYTES), NE, BR_IF, 1,
              ...get(K), ...i32(1), ADD, ...set(K),
              BR, 0,
            END, END,
            // if (k == len) out[n++] = (p - start, from - start, id)
            ...get(K), ...get(LEN), EQ,
            IF, VOID,
              ...get(N), ...i32(12), MUL, ...get(P), ...get(START), SUB, ...store32(OUT),
              ...get(N), ...i32(12), MUL, ...get(FROM), ...get(START), SUB, ...store32(OUT + 4),
              ...get(N), ...i32(12), MUL, ...get(ID), ...store32(OUT + 8),
              ...get(N), ...i32(1), ADD, ...set(N),
            END,
          END,
          ...get(E), ...i32(1), ADD, ...set(E),
          BR, 0,
        END, END,
      END,
      // q++
      ...get(Q), ...i32(1), ADD, ...set(Q),
      BR, 0,
      END, END,
      END,
      // i += 2
      ...get(I), ...i32(2), ADD, ...set(I),
      BR, 0,
    END, END,
    ...get(N), END,
  ];
  // Fourteen i32 locals after the four parameters.
  const body = [...vec([[14, 0x7f]]), ...code];
  // biome-ignore format: one section per line
  return new Uint8Array([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    // type 0: (i32, i32, i32, i32) -> i32
    ...section(1, vec([[0x60, ...vec([[0x7f], [0x7f], [0x7f], [0x7f]]), ...vec([[0x7f]])]])),
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
  scan: (start: number, end: number, shift: number, wrap: number) => number;
}

let compiled: object | null | undefined;

export class StemKernel {
  /** The most bytes `scan` takes at once. */
  readonly capacity = WINDOW_BYTES;
  private readonly memory: Uint8Array;
  private readonly out: Int32Array;
  private readonly run: ScanExports['scan'];
  private readonly shift: number;
  private readonly wrap: number;

  private constructor(exports: ScanExports, tables: KernelTables) {
    const buffer = exports.memory.buffer;
    this.memory = new Uint8Array(buffer);
    this.out = new Int32Array(buffer, OUT, OUT_BYTES / 4);
    this.run = exports.scan;
    this.shift = tables.slotShift;
    this.wrap = tables.slotKey.length - 1;
    // Indexed by the key's bytes in little-endian order, as the scan loop loads them.
    for (const key of tables.keys)
      this.memory[TABLE + (((key & 0xff) << 16) | (key & 0xff00) | (key >>> 16))] = 1;
    const words = new Int32Array(buffer);
    words.set(tables.slotKey, SLOT_KEY / 4);
    words.set(tables.slotAt, SLOT_AT / 4);
    words.set(tables.slotCount, SLOT_COUNT / 4);
    words.set(tables.entryId, ENTRY_ID / 4);
    words.set(tables.entryOffset, ENTRY_OFFSET / 4);
    words.set(tables.lengths, LENGTH / 4);
    words.set(tables.stemStart, STEM_START / 4);
    this.memory.set(tables.stemBytes, STEM_BYTES);
  }

  /** A kernel for an index's tables, or undefined where WebAssembly cannot run or they do not fit. */
  static create(tables: KernelTables): StemKernel | undefined {
    if (
      tables.slotKey.length > MAX_SLOTS ||
      tables.entryId.length > MAX_ENTRIES ||
      tables.stemBytes.length > MAX_STEM_BYTES ||
      tables.slotCount.some((n) => n > MAX_PER_KEY)
    )
      return undefined;
    const wasm = (globalThis as { WebAssembly?: Wasm }).WebAssembly;
    if (wasm === undefined) return undefined;
    try {
      compiled ??= new wasm.Module(scanModule());
    } catch {
      compiled = null;
    }
    if (compiled === null) return undefined;
    try {
      return new StemKernel(new wasm.Instance(compiled).exports as unknown as ScanExports, tables);
    } catch {
      return undefined;
    }
  }

  /** The stems in bytes[start, end) (3 to `capacity` bytes) into `hits`, as StemIndex.scan finds them. */
  scan(bytes: Uint8Array, start: number, end: number, hits: StemHits): void {
    this.memory.set(bytes.subarray(start, end), WINDOW);
    const n = this.run(WINDOW, WINDOW + end - start, this.shift, this.wrap);
    const out = this.out;
    for (let j = 0; j < n * 3; j += 3) hits.push(start + out[j]!, start + out[j + 1]!, out[j + 2]!);
  }
}
