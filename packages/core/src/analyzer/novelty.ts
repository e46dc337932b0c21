import { cleanLine, detectFormat, type LogFormat } from '../log/clean.js';
import { batchLine, type LineBatch } from '../log/lines.js';
import type { KeptLine } from './blocks.js';
import { hashLine, normalizeLine } from './normalize.js';

/**
 * Novelty against the last green run of the same job: a line of the failed log is novel unless a
 * line of the green log normalises to the same text. Only the failed log's candidate lines are
 * hashed, so the green log is streamed once with a small set in memory.
 */
export class NoveltyIndex {
  private readonly candidates = new Map<number, KeptLine[]>();
  private format: LogFormat | undefined;
  private sample: string[] = [];
  private held: LineBatch[] = [];
  /** Lines of the green log read. */
  lines = 0;

  constructor(lines: Iterable<KeptLine>) {
    for (const line of lines) {
      line.novel = true;
      const key = hashLine(normalizeLine(line.text));
      const list = this.candidates.get(key);
      if (list) list.push(line);
      else this.candidates.set(key, [line]);
    }
  }

  push(batch: LineBatch): void {
    if (this.format === undefined) {
      this.held.push(batch);
      for (let i = 0; i < batch.starts.length && this.sample.length < 30; i++)
        this.sample.push(batchLine(batch, i));
      if (this.sample.length < 30) return;
      this.format = detectFormat(this.sample);
      const held = this.held;
      this.held = [];
      for (const b of held) this.scan(b);
      return;
    }
    this.scan(batch);
  }

  finish(): void {
    if (this.format === undefined) {
      this.format = detectFormat(this.sample);
      for (const b of this.held) this.scan(b);
      this.held = [];
    }
  }

  private scan(batch: LineBatch): void {
    const format = this.format!;
    for (let i = 0; i < batch.starts.length; i++) {
      this.lines += 1;
      if (this.candidates.size === 0) continue;
      const text = cleanLine(batchLine(batch, i), format).text;
      const key = hashLine(normalizeLine(text));
      const list = this.candidates.get(key);
      if (!list) continue;
      for (const line of list) line.novel = false;
      this.candidates.delete(key);
    }
  }
}
