import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { batchLine, LineSplitter, splitLines, splitText } from '../src/log/lines.js';
import { cidiffCaseDir } from './cidiff-path.js';

async function collect(chunks: (string | Uint8Array)[], maxLineChars?: number) {
  const lines: string[] = [];
  const truncated: number[] = [];
  async function* source() {
    yield* chunks;
  }
  for await (const batch of splitLines(source(), maxLineChars ? { maxLineBytes: maxLineChars } : {})) {
    expect(batch.first).toBe(lines.length + 1);
    for (const t of batch.truncated) truncated.push(batch.first + t);
    for (let i = 0; i < batch.starts.length; i++) lines.push(batchLine(batch, i));
  }
  return { lines, truncated };
}

/** The reference rule, on a whole string: every \r\n, \r and \n ends a line; no phantom line after a final break. */
function reference(text: string): string[] {
  const parts = text.split(/\r\n|\r|\n/);
  if (parts.length > 0 && parts[parts.length - 1] === '') parts.pop();
  return parts;
}

describe('line splitting', () => {
  it('ends lines at \\r\\n, lone \\r and \\n, counting blank lines', () => {
    expect(splitText('a\r\nb\rc\nd')).toEqual(['a', 'b', 'c', 'd']);
    expect(splitText('a\n\n\r\r\nb\n')).toEqual(['a', '', '', '', 'b']);
    expect(splitText('progress 1%\rprogress 50%\rprogress 100%\n')).toEqual([
      'progress 1%',
      'progress 50%',
      'progress 100%',
    ]);
    expect(splitText('')).toEqual([]);
  });

  it('gives the same lines whatever the chunk boundaries (a \\r\\n split across chunks stays one break)', async () => {
    const text = 'x\r\ny\r\rz\n\r\nw\rend';
    for (let cut = 0; cut <= text.length; cut++) {
      const { lines } = await collect([text.slice(0, cut), text.slice(cut)]);
      expect(lines, `cut at ${cut}`).toEqual(reference(text));
    }
    const single = await collect([...text]);
    expect(single.lines).toEqual(reference(text));
  });

  it('decodes invalid UTF-8 to replacement characters and multi-byte characters split across chunks intact', async () => {
    const bytes = Buffer.concat([Buffer.from('ok '), Buffer.from([0xff, 0xfe]), Buffer.from(' é ✓\n')]);
    const { lines } = await collect([bytes.subarray(0, 7), bytes.subarray(7, 9), bytes.subarray(9)]);
    expect(lines).toEqual(['ok \uFFFD\uFFFD é ✓']);
  });

  it('keeps only the head of a huge line and marks it, without losing count', async () => {
    const huge = 'x'.repeat(3_000_000);
    const { lines, truncated } = await collect(
      ['first\n', huge.slice(0, 1_000_000), huge.slice(1_000_000), '\r\nlast\n'],
      1000,
    );
    expect(lines).toEqual(['first', 'x'.repeat(1000), 'last']);
    expect(truncated).toEqual([2]);
    // Within one chunk, and ending at a \r split from its \n by the chunk boundary.
    const one = await collect([`a\n${'y'.repeat(5000)}\r`, '\nb\r', 'c'], 100);
    expect(one.lines).toEqual(['a', 'y'.repeat(100), 'b', 'c']);
    expect(one.truncated).toEqual([2]);
  });

  it('cuts a huge line before a word the limit would split, so no token is left half there to escape redaction', async () => {
    const token = `ghp_${'A1b2C3d4E5'.repeat(4)}`;
    const line = `${'x '.repeat(480)}export GH_TOKEN=${token} and more`;
    // The limit falls inside the token: half of it no longer looks like a token to the redactor.
    const at = line.indexOf(token) + 20;
    for (const chunks of [[`${line}\n`], [line.slice(0, 700), `${line.slice(700)}\n`], [line]]) {
      const { lines, truncated } = await collect(chunks, at);
      expect(truncated).toEqual([1]);
      expect(lines[0]).toBe(line.slice(0, line.indexOf('GH_TOKEN')));
      expect(lines[0]).not.toContain('ghp_');
    }
    // A line that is one long word keeps its head: there is nowhere else to cut.
    expect((await collect([`${'z'.repeat(5000)}\n`], 100)).lines).toEqual(['z'.repeat(100)]);
  });

  it('numbers the lines of a real log as its ground truth does', () => {
    // cv_45's ground truth names line 1817 as the error: a git failure line.
    const text = readFileSync(`${cidiffCaseDir('cv_45')}/fail.log`, 'latin1');
    const lines = splitText(text);
    expect(lines).toEqual(reference(text));
    expect(lines[1817 - 1]).toMatch(/fatal|error|denied/i);
  });

  it('counts lines as it goes', () => {
    const s = new LineSplitter();
    s.push('a\nb\r');
    expect(s.count).toBe(2);
    s.push('\nc');
    expect(s.count).toBe(2);
    s.end();
    expect(s.count).toBe(3);
  });
});
