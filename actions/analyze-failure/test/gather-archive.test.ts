import { randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { logFileName } from '@autoheal/testkit/simulator/log-archive';
import { writeZip, type ZipEntry } from '@autoheal/testkit/simulator/zip';
import { afterEach, describe, expect, it } from 'vitest';
import { archiveNameKey, extractJobLogs, matchArchiveJobs } from '../src/archive.js';
import { extractZipEntry, listZipEntries, ZipFormatError } from '../src/zip-read.js';
import { Fixture } from './gather-helpers.js';

const fixture = new Fixture();
afterEach(() => fixture.cleanup());

async function zipFile(entries: ZipEntry[]): Promise<string> {
  const file = path.join(await fixture.tempDir(), 'logs.zip');
  await writeFile(file, writeZip(entries));
  return file;
}

describe('reading a zip', () => {
  it('lists entries and extracts stored and deflated ones byte for byte', async () => {
    const repetitive = 'the same line again\n'.repeat(5000);
    // Random bytes do not deflate smaller, so the writer stores them.
    const random = randomBytes(300);
    const file = await zipFile([
      { name: '0_build.txt', data: repetitive },
      { name: 'build/1_Set up job.txt', data: random },
      { name: 'ünïcode name/2_ステップ.txt', data: 'x' },
      { name: 'empty.txt', data: '' },
    ]);
    const entries = await listZipEntries(file);
    expect(entries.map((e) => e.name)).toEqual([
      '0_build.txt',
      'build/1_Set up job.txt',
      'ünïcode name/2_ステップ.txt',
      'empty.txt',
    ]);
    expect(entries[0]!.method).toBe(8);
    expect(entries[0]!.compressedSize).toBeLessThan(entries[0]!.size);
    expect(entries[1]!.method).toBe(0);
    const dir = await fixture.tempDir();
    const out = (i: number) => path.join(dir, `out-${i}`);
    for (const [i, entry] of entries.entries()) await extractZipEntry(file, entry, out(i));
    expect(await readFile(out(0), 'utf8')).toBe(repetitive);
    expect((await readFile(out(1))).equals(random)).toBe(true);
    expect(await readFile(out(2), 'utf8')).toBe('x');
    expect(await readFile(out(3), 'utf8')).toBe('');
  });

  it('refuses a damaged entry and what is not a zip', async () => {
    const file = await zipFile([{ name: '0_job.txt', data: 'some log text that will be damaged\n' }]);
    const bytes = await readFile(file);
    const [entry] = await listZipEntries(file);
    // Flip a byte of the stored data (30-byte local header + name).
    bytes[30 + '0_job.txt'.length + 3]! ^= 0xff;
    await writeFile(file, bytes);
    const dest = path.join(await fixture.tempDir(), 'out');
    await expect(extractZipEntry(file, entry!, dest)).rejects.toThrow(ZipFormatError);
    const notZip = path.join(await fixture.tempDir(), 'plain.txt');
    await writeFile(
      notZip,
      'this is a log, not an archive, and it is long enough to look for an end record in',
    );
    await expect(listZipEntries(notZip)).rejects.toThrow(ZipFormatError);
    await expect(listZipEntries(notZip)).rejects.toThrow(/end of central directory record/i);
  });

  /** Offset of the first central-directory record. */
  const central = (bytes: Buffer) => bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));

  it('stops an entry that inflates past its declared size, writing no more than it declared', async () => {
    const file = await zipFile([{ name: 'bomb.txt', data: 'a'.repeat(100_000) }]);
    const bytes = await readFile(file);
    // Declare 100 bytes in both headers (local +22, central +24): a bomb lies about its size.
    bytes.writeUInt32LE(100, 22);
    bytes.writeUInt32LE(100, central(bytes) + 24);
    await writeFile(file, bytes);
    const [entry] = await listZipEntries(file);
    expect(entry!.size).toBe(100);
    const dest = path.join(await fixture.tempDir(), 'out');
    await expect(extractZipEntry(file, entry!, dest)).rejects.toThrow(ZipFormatError);
    expect((await readFile(dest).catch(() => Buffer.alloc(0))).length).toBeLessThanOrEqual(100);
  });

  it('refuses an entry whose data runs past the end of the file', async () => {
    const file = await zipFile([{ name: '0_job.txt', data: 'x'.repeat(50) }]);
    const bytes = await readFile(file);
    bytes.writeUInt32LE(1_000_000, central(bytes) + 20);
    await writeFile(file, bytes);
    const [entry] = await listZipEntries(file);
    const dest = path.join(await fixture.tempDir(), 'out');
    await expect(extractZipEntry(file, entry!, dest)).rejects.toThrow(ZipFormatError);
  });

  it('refuses an encrypted entry', async () => {
    const file = await zipFile([{ name: '0_job.txt', data: 'secret '.repeat(50) }]);
    const bytes = await readFile(file);
    bytes.writeUInt16LE(bytes.readUInt16LE(6) | 1, 6);
    const at = central(bytes);
    bytes.writeUInt16LE(bytes.readUInt16LE(at + 8) | 1, at + 8);
    await writeFile(file, bytes);
    await expect(listZipEntries(file)).rejects.toThrow(/encrypted/);
  });

  it('keeps hostile names as text to compare, never refusing or resolving them', async () => {
    const names = ['../../etc/passwd', '/abs/1_step.txt', 'C:\\win\\2_step.txt'];
    const file = await zipFile(names.map((name) => ({ name, data: name })));
    const entries = await listZipEntries(file);
    expect(entries.map((e) => e.name)).toEqual(names);
    // The caller picks the destination; the entry's name plays no part in where it lands.
    const dest = path.join(await fixture.tempDir(), 'only-here');
    await extractZipEntry(file, entries[0]!, dest);
    expect(await readFile(dest, 'utf8')).toBe('../../etc/passwd');
  });
});

describe('finding jobs in the archive', () => {
  const layout = (names: string[]): ZipEntry[] =>
    names.flatMap((name, i) => [
      { name: `${i}_${logFileName(name)}.txt`, data: `log of ${name}\n` },
      { name: `${logFileName(name)}/1_Set up job.txt`, data: `setup of ${name}\n` },
    ]);

  it('compares letters and digits only, so stripped characters do not matter', () => {
    expect(archiveNameKey('unit / node 20: linux')).toBe(archiveNameKey('unit  node 20 linux'));
    expect(archiveNameKey('build <win>|"x"?*')).toBe('buildwinx');
  });

  it('matches exact names first, cut names by prefix, and leaves ambiguous ones out', async () => {
    const long = `e2e ${'a'.repeat(120)} shard 1`;
    const longTwin = `e2e ${'a'.repeat(120)} shard 2`;
    const names = ['test', 'test (linux)', 'deploy / prod: eu', long, longTwin];
    const entries = await listZipEntries(await zipFile(layout(names)));
    const jobs = names.map((name, i) => ({ id: i + 1, name }));
    const matched = matchArchiveJobs(entries, jobs);
    expect(matched.get(1)?.file?.name).toBe('0_test.txt');
    expect(matched.get(2)?.file?.name).toBe('1_test (linux).txt');
    expect(matched.get(3)?.file?.name).toBe('2_deploy  prod eu.txt');
    // Both long names are cut to the same 90 characters: neither can be told apart, so neither is used.
    expect(matched.has(4)).toBe(false);
    expect(matched.has(5)).toBe(false);
  });

  it('does not take a short name as the prefix of a longer one', async () => {
    const entries = await listZipEntries(await zipFile(layout(['lint'])));
    expect(matchArchiveJobs(entries, [{ id: 1, name: 'lint and format' }]).size).toBe(0);
  });

  it("joins a job's step files in step order when the archive has no whole-job file", async () => {
    const file = await zipFile([
      { name: 'build/10_Post checkout.txt', data: 'post\n' },
      { name: 'build/2_Run make.txt', data: 'make: *** [all] Error 2' },
      { name: 'build/1_Set up job.txt', data: 'setup\n' },
    ]);
    const dir = await fixture.tempDir();
    const written = await extractJobLogs(
      file,
      [
        { id: 7, name: 'build' },
        { id: 8, name: 'missing' },
      ],
      (j) => path.join(dir, `job-${j.id}.log`),
    );
    expect([...written.keys()]).toEqual([7]);
    expect(await readFile(written.get(7)!, 'utf8')).toBe('setup\n\nmake: *** [all] Error 2\npost\n');
  });
});
