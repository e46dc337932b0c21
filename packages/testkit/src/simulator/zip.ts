import { deflateRawSync } from 'node:zlib';
import { Zip, ZipDeflate, ZipPassThrough } from 'fflate';

/**
 * GitHub's run-log archives for the simulator, written by fflate. Entries are deflated unless
 * that would not make them smaller, as GitHub's archives store incompressible files. fflate's
 * streaming writer is used because it keeps entries in order and allows a repeated name (a
 * cut job name can repeat in GitHub's archives).
 */

export interface ZipEntry {
  name: string;
  data: Buffer | string;
  /** Modification time; defaults to 1980-01-01, the earliest a zip can say. */
  date?: Date;
}

export function writeZip(entries: ZipEntry[]): Buffer {
  const chunks: Uint8Array[] = [];
  // fflate calls back synchronously for synchronous pushes, so the chunks are all here after end().
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  for (const entry of entries) {
    const data = typeof entry.data === 'string' ? Buffer.from(entry.data, 'utf8') : entry.data;
    const stored = deflateRawSync(data).length >= data.length;
    const file = stored ? new ZipPassThrough(entry.name) : new ZipDeflate(entry.name, { level: 6 });
    file.mtime = entry.date ?? new Date(1980, 0, 1);
    zip.add(file);
    file.push(new Uint8Array(data.buffer, data.byteOffset, data.length), true);
  }
  zip.end();
  return Buffer.concat(chunks);
}
