/**
 * The command's output kept for the analyzer, bounded: the first `headBytes` go to a file as they
 * arrive (synchronous appends, so stdout and stderr chunks keep their arrival order), and past
 * that only the last `tailBytes` are kept in memory, appended to the file when the command ends
 * with a line saying how much was left out. A 2 GB log costs `tailBytes` of memory and
 * `headBytes + tailBytes` of disk; the analyzer streams the file.
 */
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface SpillOptions {
  headBytes?: number;
  tailBytes?: number;
  /** Where the temporary folder goes (the OS temp dir by default). */
  dir?: string;
}

export const DEFAULT_HEAD_BYTES = 16 * 1024 * 1024;
export const DEFAULT_TAIL_BYTES = 4 * 1024 * 1024;

export class SpillFile {
  readonly path: string;
  private readonly folder: string;
  private fd: number | undefined;
  private readonly headBytes: number;
  private readonly tailBytes: number;
  private written = 0;
  /** Chunks past the head; trimmed from the front to stay within tailBytes. */
  private tail: Buffer[] = [];
  private tailSize = 0;
  private dropped = 0;

  constructor(options: SpillOptions = {}) {
    this.headBytes = options.headBytes ?? DEFAULT_HEAD_BYTES;
    this.tailBytes = options.tailBytes ?? DEFAULT_TAIL_BYTES;
    this.folder = mkdtempSync(path.join(options.dir ?? os.tmpdir(), 'autoheal-run-'));
    this.path = path.join(this.folder, 'output.log');
    this.fd = openSync(this.path, 'w', 0o600);
  }

  /** Bytes seen in all (kept or not). */
  get total(): number {
    return this.written + this.tailSize + this.dropped;
  }

  write(chunk: Buffer): void {
    if (this.fd === undefined) return;
    const room = this.headBytes - this.written;
    if (room > 0) {
      const head = chunk.length <= room ? chunk : chunk.subarray(0, room);
      writeSync(this.fd, head);
      this.written += head.length;
      if (head.length === chunk.length) return;
      chunk = chunk.subarray(head.length);
    }
    this.tail.push(Buffer.from(chunk));
    this.tailSize += chunk.length;
    while (this.tailSize > this.tailBytes && this.tail.length > 0) {
      const over = this.tailSize - this.tailBytes;
      const firstChunk = this.tail[0]!;
      if (firstChunk.length <= over) {
        this.tail.shift();
        this.tailSize -= firstChunk.length;
        this.dropped += firstChunk.length;
      } else {
        this.tail[0] = firstChunk.subarray(over);
        this.tailSize -= over;
        this.dropped += over;
      }
    }
  }

  /** Writes the kept tail and closes the file; the file is complete after this. */
  finish(): void {
    if (this.fd === undefined) return;
    if (this.dropped > 0) writeSync(this.fd, `\n[autoheal: ${this.dropped} bytes of output not kept here]\n`);
    for (const chunk of this.tail) writeSync(this.fd, chunk);
    this.tail = [];
    closeSync(this.fd);
    this.fd = undefined;
  }

  remove(): void {
    this.finish();
    rmSync(this.folder, { recursive: true, force: true });
  }
}
