/**
 * Streaming line splitting with the numbering every log consumer here shares: lines are 1-based,
 * and `\r\n`, a lone `\r` and `\n` each end a line (so a progress bar redrawn with `\r` counts as
 * many lines, as the CiDiff ground truth counts them).
 *
 * Speed: a batch keeps its bytes and, on demand, a latin1 view of them (one character per byte, so
 * string offsets are byte offsets and the view is a fast one-byte string). Scanners may run one regular
 * expression over the whole view — the keywords they look for are ASCII, which latin1 keeps — and
 * only lines that matter are decoded as UTF-8 (invalid bytes become U+FFFD). UTF-8 never puts a
 * \r or \n byte inside a multi-byte character, so splitting bytes is exact. A line longer than
 * `maxLineBytes` keeps its head and is marked truncated, so a line of megabytes costs bounded memory.
 */

export interface LineBatch {
  /** Number of the first line in this batch. */
  readonly first: number;
  readonly bytes: Buffer;
  /** latin1 view of `bytes`: for scanning only, never for display. */
  readonly view: string;
  /**
   * Byte offsets: line i is bytes[starts[i], ends[i]). Typed arrays: a log of millions of lines
   * would otherwise fill the young heap with growing arrays of boxed-capable numbers.
   */
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** Indexes of lines cut to maxLineBytes. */
  readonly truncated: readonly number[];
}

export interface LineSplitOptions {
  maxLineBytes?: number;
}

export const DEFAULT_MAX_LINE_BYTES = 16_384;

const EMPTY = Buffer.alloc(0);
const NO_LINES = new Int32Array(0);

/** Line `index` of a batch, decoded as UTF-8. */
export function batchLine(batch: LineBatch, index: number): string {
  return batch.bytes.toString('utf8', batch.starts[index]!, batch.ends[index]!);
}

export function batchLength(batch: LineBatch): number {
  return batch.starts.length;
}

/** How far back a cut line's end may move to avoid splitting a word: longer than any credential. */
const WORD_BACKOFF = 2048;
// Bytes that end a word: blanks, quotes, brackets and separators, as this class reads the byte as a
// latin1 character (so 0xA0, a no-break space there, is a blank too).
const WORD_BREAK = /[\s"'`<>()[\]{},;|]/;
const BREAKS = Uint8Array.from({ length: 256 }, (_, b) => (WORD_BREAK.test(String.fromCharCode(b)) ? 1 : 0));

/**
 * The end of the head kept from a line cut at `end`: moved back to just after the last word break
 * when the cut falls inside a word, so the head never ends in part of a token (half a token no
 * longer matches the redactor's patterns or the secret's literal, and would be posted). A line
 * whose last `WORD_BACKOFF` bytes are one word keeps its full head.
 */
function headEnd(bytes: Uint8Array, start: number, end: number): number {
  // The byte after the cut, when these bytes have it (a line cut at the end of the input has none).
  if (end < bytes.length && BREAKS[bytes[end]!] === 1) return end;
  const floor = Math.max(start, end - WORD_BACKOFF);
  for (let i = end - 1; i >= floor; i--) if (BREAKS[bytes[i]!] === 1) return i + 1;
  return end;
}

/**
 * A batch whose latin1 view is made only when asked for: the splitter and the scanner search the
 * bytes, and a megabyte string per megabyte read is work for the collector that no line needs.
 */
class Batch implements LineBatch {
  private text: string | undefined;
  constructor(
    readonly first: number,
    readonly bytes: Buffer,
    readonly starts: Int32Array,
    readonly ends: Int32Array,
    readonly truncated: readonly number[],
  ) {}

  get view(): string {
    this.text ??= this.bytes.toString('latin1');
    return this.text;
  }
}

function emptyBatch(first: number): LineBatch {
  return new Batch(first, EMPTY, NO_LINES, NO_LINES, []);
}

/** Incremental splitter: feed it bytes, get back the lines they completed; end() flushes the last. */
export class LineSplitter {
  private readonly max: number;
  /** Head of the unfinished last line (at most max bytes, and the byte after them once cut). */
  private carry: Buffer = EMPTY;
  /** The unfinished line already exceeded max: drop its bytes until it ends. */
  private carryTruncated = false;
  /** The previous chunk ended in \r: a \n at the start of the next belongs to that break. */
  private pendingCR = false;
  private next = 1;
  /** Offsets of the batch being split, grown as needed; each batch gets an exact copy. */
  private scratchStarts = new Int32Array(1 << 14);
  private scratchEnds = new Int32Array(1 << 14);

  constructor(options: LineSplitOptions = {}) {
    this.max = options.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES;
  }

  /**
   * The unfinished last line, handed to a reader that puts it in front of the next chunk it reads
   * into a buffer of its own: the splitter then joins nothing (joining copies the whole chunk).
   * Empty while an overlong line is being skipped: the splitter keeps that head itself.
   */
  takeCarry(): Buffer {
    if (this.carryTruncated) return EMPTY;
    const carry = this.carry;
    this.carry = EMPTY;
    return carry;
  }

  /** Lines completed so far. */
  get count(): number {
    return this.next - 1;
  }

  push(input: Uint8Array | string): LineBatch {
    let chunk =
      typeof input === 'string'
        ? Buffer.from(input, 'utf8')
        : Buffer.isBuffer(input)
          ? input
          : Buffer.from(input.buffer, input.byteOffset, input.byteLength);
    const first = this.next;
    if (this.pendingCR && chunk.length > 0) {
      this.pendingCR = false;
      if (chunk[0] === 10) chunk = chunk.subarray(1);
    }
    let starts = this.scratchStarts;
    let ends = this.scratchEnds;
    let n = 0;
    const truncated: number[] = [];
    let bytes: Buffer;
    let pos = 0;
    if (this.carryTruncated) {
      // Still inside an overlong line: skip to its end, which closes it with the head we kept.
      const end = nextBreak(chunk);
      if (end < 0) return emptyBatch(first);
      bytes = Buffer.concat([this.carry, chunk.subarray(end)]);
      starts[0] = 0;
      ends[0] = headEnd(this.carry, 0, Math.min(this.carry.length, this.max));
      n = 1;
      truncated.push(0);
      pos = this.carry.length;
      if (bytes[pos] === 13) {
        if (pos + 1 < bytes.length) pos += bytes[pos + 1] === 10 ? 2 : 1;
        else {
          this.pendingCR = true;
          pos += 1;
        }
      } else pos += 1;
      this.carry = EMPTY;
      this.carryTruncated = false;
    } else {
      bytes = this.carry.length === 0 ? chunk : Buffer.concat([this.carry, chunk]);
      this.carry = EMPTY;
    }
    const length = bytes.length;
    // Next position of each terminator, found once and reused: searching again per line would
    // rescan the rest of the chunk for a terminator that does not occur (quadratic). Searched in
    // the bytes (memchr): faster than a latin1 view of the chunk, and no string to collect.
    let nl = bytes.indexOf(10, pos);
    let cr = bytes.indexOf(13, pos);
    while (pos < length) {
      if (nl >= 0 && nl < pos) nl = bytes.indexOf(10, pos);
      if (cr >= 0 && cr < pos) cr = bytes.indexOf(13, pos);
      const end = cr >= 0 && (nl < 0 || cr < nl) ? cr : nl;
      if (end < 0) break;
      if (n === starts.length) {
        this.grow();
        starts = this.scratchStarts;
        ends = this.scratchEnds;
      }
      starts[n] = pos;
      if (end - pos > this.max) {
        ends[n] = headEnd(bytes, pos, pos + this.max);
        truncated.push(n);
      } else ends[n] = end;
      n++;
      if (end === cr) {
        if (end + 1 < length) pos = bytes[end + 1] === 10 ? end + 2 : end + 1;
        else {
          this.pendingCR = true;
          pos = end + 1;
        }
      } else pos = end + 1;
    }
    if (pos < length) {
      const rest = length - pos;
      // A copy: keeping a subarray would pin the whole chunk in memory. One byte past the cap is
      // kept: where the head ends depends on it, and the chunking must not.
      this.carry = Buffer.from(bytes.subarray(pos, pos + Math.min(rest, this.max + 1)));
      this.carryTruncated = rest > this.max;
    }
    this.next += n;
    return new Batch(first, bytes, starts.slice(0, n), ends.slice(0, n), truncated);
  }

  private grow(): void {
    const starts = new Int32Array(this.scratchStarts.length * 2);
    starts.set(this.scratchStarts);
    const ends = new Int32Array(this.scratchEnds.length * 2);
    ends.set(this.scratchEnds);
    this.scratchStarts = starts;
    this.scratchEnds = ends;
  }

  /** The last line, when the input did not end with a line break. */
  end(): LineBatch {
    const first = this.next;
    if (this.carry.length === 0 && !this.carryTruncated) return emptyBatch(first);
    const bytes = this.carry;
    const batch = new Batch(
      first,
      bytes,
      Int32Array.of(0),
      Int32Array.of(this.carryTruncated ? headEnd(bytes, 0, Math.min(bytes.length, this.max)) : bytes.length),
      this.carryTruncated ? [0] : [],
    );
    this.carry = EMPTY;
    this.carryTruncated = false;
    this.next += 1;
    return batch;
  }
}

function nextBreak(bytes: Buffer): number {
  const nl = bytes.indexOf(10);
  const cr = bytes.indexOf(13);
  if (nl < 0) return cr;
  if (cr < 0) return nl;
  return Math.min(nl, cr);
}

/** Yield batches of complete lines from a byte stream (a file read stream, a download). */
export async function* splitLines(
  source: AsyncIterable<Uint8Array | string>,
  options: LineSplitOptions = {},
): AsyncGenerator<LineBatch> {
  const splitter = new LineSplitter(options);
  for await (const chunk of source) {
    const batch = splitter.push(chunk);
    if (batch.starts.length > 0) yield batch;
  }
  const last = splitter.end();
  if (last.starts.length > 0) yield last;
}

/** All lines of an in-memory text (tests, small logs). */
export function splitText(text: string | Uint8Array, options: LineSplitOptions = {}): string[] {
  const splitter = new LineSplitter(options);
  const lines: string[] = [];
  for (const batch of [splitter.push(text), splitter.end()]) {
    for (let i = 0; i < batch.starts.length; i++) lines.push(batchLine(batch, i));
  }
  return lines;
}
