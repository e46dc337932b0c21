import { createWriteStream } from 'node:fs';
import { Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { crc32 } from 'node:zlib';
import yauzl, { type Entry, type ZipFile } from 'yauzl';

/**
 * Reading a run-log archive on disk with yauzl (the reference reader for untrusted zips): the
 * central directory is read one record at a time and entries are streamed from the file, so only
 * the entries asked for are ever inflated, and never held whole in memory. On top of yauzl:
 * entry names are only compared, never used as paths (callers choose where each entry is
 * written); the entry count is capped; each entry's size and CRC are checked as it streams.
 */

export interface ZipEntryInfo {
  name: string;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
  /** yauzl's record of the entry, to open its data with. */
  readonly record: Entry;
}

export class ZipFormatError extends Error {
  override readonly name = 'ZipFormatError';
}

const UTF8_NAMES = 0x0800;
/** A run has at most a few hundred jobs of a few dozen steps; an archive with more is not a log archive. */
const MAX_ENTRIES = 0xffff;

const OPTIONS: yauzl.Options = {
  lazyEntries: true,
  autoClose: false,
  // Names stay bytes: yauzl's name checks would reject the whole archive for one odd job name, and
  // we never use a name as a path, so we decode it ourselves and only compare it.
  decodeStrings: false,
  validateEntrySizes: true,
};

function formatError(error: unknown): ZipFormatError {
  if (error instanceof ZipFormatError) return error;
  return new ZipFormatError(`not a readable zip archive: ${(error as Error).message}`);
}

async function openArchive(file: string): Promise<ZipFile> {
  try {
    return await yauzl.openPromise(file, OPTIONS);
  } catch (error) {
    throw formatError(error);
  }
}

function info(entry: Entry): ZipEntryInfo {
  return {
    // Without the UTF-8 flag names are CP437; GitHub sets the flag, and ASCII reads the same either way.
    name: entry.fileNameRaw.toString(entry.generalPurposeBitFlag & UTF8_NAMES ? 'utf8' : 'latin1'),
    method: entry.compressionMethod,
    crc: entry.crc32,
    compressedSize: entry.compressedSize,
    size: entry.uncompressedSize,
    localHeaderOffset: entry.relativeOffsetOfLocalHeader,
    record: entry,
  };
}

/** The archive's entries, in central-directory order. */
export async function listZipEntries(file: string): Promise<ZipEntryInfo[]> {
  const zip = await openArchive(file);
  try {
    if (zip.entryCount > MAX_ENTRIES)
      throw new ZipFormatError(`${zip.entryCount} entries is more than a log archive holds`);
    return await new Promise<ZipEntryInfo[]>((resolve, reject) => {
      const entries: ZipEntryInfo[] = [];
      zip.on('entry', (entry: Entry) => {
        if (entry.isEncrypted()) {
          reject(new ZipFormatError(`entry "${info(entry).name}" is encrypted`));
          return;
        }
        entries.push(info(entry));
        zip.readEntry();
      });
      zip.on('end', () => resolve(entries));
      zip.on('error', (error: unknown) => reject(formatError(error)));
      zip.readEntry();
    });
  } finally {
    zip.close();
  }
}

/** Checks the inflated bytes against the entry's size and CRC, and stops a bomb at its declared size. */
class EntryCheck extends Transform {
  private seen = 0;
  private crc = 0;

  constructor(private readonly entry: ZipEntryInfo) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.seen += chunk.length;
    if (this.seen > this.entry.size) {
      done(
        new ZipFormatError(`entry "${this.entry.name}" is larger than its declared ${this.entry.size} bytes`),
      );
      return;
    }
    // yauzl checks sizes but not CRCs: a corrupted stored entry would otherwise pass.
    this.crc = crc32(chunk, this.crc);
    done(null, chunk);
  }

  override _flush(done: TransformCallback): void {
    if (this.seen !== this.entry.size)
      done(new ZipFormatError(`entry "${this.entry.name}" has ${this.seen} bytes, not ${this.entry.size}`));
    else if (this.crc >>> 0 !== this.entry.crc)
      done(new ZipFormatError(`entry "${this.entry.name}" fails its CRC check`));
    else done();
  }
}

/** Write one entry's content to `dest` (appending when `append`), streamed and checked. */
export async function extractZipEntry(
  file: string,
  entry: ZipEntryInfo,
  dest: string,
  options: { append?: boolean } = {},
): Promise<void> {
  if (entry.method !== 0 && entry.method !== 8)
    throw new ZipFormatError(`entry "${entry.name}" uses compression method ${entry.method}`);
  // Opening reads only the end record; the entry's own record locates its data.
  const zip = await openArchive(file);
  try {
    let data: NodeJS.ReadableStream;
    try {
      data = await zip.openReadStreamPromise(entry.record);
    } catch (error) {
      throw formatError(error);
    }
    const out = createWriteStream(dest, { flags: options.append ? 'a' : 'w' });
    try {
      await pipeline(data, new EntryCheck(entry), out);
    } catch (error) {
      // A file system error (it names its syscall) is ours; anything else is the archive's bytes.
      throw (error as NodeJS.ErrnoException).syscall ? error : formatError(error);
    }
  } finally {
    zip.close();
  }
}
