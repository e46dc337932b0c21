import { createReadStream, createWriteStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { crc32, createInflateRaw } from 'node:zlib';

/**
 * Reading a zip archive on disk (PKWARE APPNOTE: end record, central directory, local headers),
 * enough for GitHub's run-log archives: stored and deflated entries, UTF-8 names. Entries are
 * listed from the central directory and extracted one at a time as streams, so only the entries
 * asked for are ever inflated, and never held whole in memory. Entry names are only compared,
 * never used as paths: callers choose where each entry is written.
 */

export interface ZipEntryInfo {
  name: string;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
}

export class ZipFormatError extends Error {
  override readonly name = 'ZipFormatError';
}

const END_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const END_FIXED = 22;
const CENTRAL_FIXED = 46;
const LOCAL_FIXED = 30;
const MAX_COMMENT = 0xffff;
const UTF8_NAMES = 0x0800;
const ENCRYPTED = 0x0001;
/** A run's central directory is a few hundred bytes per step; more than this is not a log archive. */
const MAX_CENTRAL_DIRECTORY = 64 * 1024 * 1024;

async function readAt(
  handle: Awaited<ReturnType<typeof open>>,
  position: number,
  length: number,
): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await handle.read(buffer, 0, length, position);
  if (bytesRead !== length)
    throw new ZipFormatError(`unexpected end of file at byte ${position + bytesRead}`);
  return buffer;
}

/** The archive's entries, in central-directory order. */
export async function listZipEntries(file: string): Promise<ZipEntryInfo[]> {
  const handle = await open(file, 'r');
  try {
    const { size } = await handle.stat();
    if (size < END_FIXED) throw new ZipFormatError('too short to be a zip archive');
    const tailLength = Math.min(size, END_FIXED + MAX_COMMENT);
    const tail = await readAt(handle, size - tailLength, tailLength);
    let end = -1;
    for (let i = tail.length - END_FIXED; i >= 0; i--) {
      if (tail.readUInt32LE(i) === END_SIGNATURE) {
        end = i;
        break;
      }
    }
    if (end < 0) throw new ZipFormatError('no end-of-central-directory record');
    const count = tail.readUInt16LE(end + 10);
    const cdSize = tail.readUInt32LE(end + 12);
    const cdOffset = tail.readUInt32LE(end + 16);
    if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff)
      throw new ZipFormatError('ZIP64 archives are not supported');
    if (cdSize > MAX_CENTRAL_DIRECTORY || cdOffset + cdSize > size)
      throw new ZipFormatError('central directory out of bounds');
    const cd = await readAt(handle, cdOffset, cdSize);
    const entries: ZipEntryInfo[] = [];
    let at = 0;
    for (let n = 0; n < count; n++) {
      if (at + CENTRAL_FIXED > cd.length || cd.readUInt32LE(at) !== CENTRAL_SIGNATURE)
        throw new ZipFormatError(`central directory entry ${n + 1} is damaged`);
      const flags = cd.readUInt16LE(at + 8);
      const nameLength = cd.readUInt16LE(at + 28);
      const extraLength = cd.readUInt16LE(at + 30);
      const commentLength = cd.readUInt16LE(at + 32);
      const nameBytes = cd.subarray(at + CENTRAL_FIXED, at + CENTRAL_FIXED + nameLength);
      const entry: ZipEntryInfo = {
        // Without the UTF-8 flag names are CP437; GitHub sets the flag, and ASCII reads the same either way.
        name: nameBytes.toString(flags & UTF8_NAMES ? 'utf8' : 'latin1'),
        method: cd.readUInt16LE(at + 10),
        crc: cd.readUInt32LE(at + 16),
        compressedSize: cd.readUInt32LE(at + 20),
        size: cd.readUInt32LE(at + 24),
        localHeaderOffset: cd.readUInt32LE(at + 42),
      };
      if (flags & ENCRYPTED) throw new ZipFormatError(`entry "${entry.name}" is encrypted`);
      entries.push(entry);
      at += CENTRAL_FIXED + nameLength + extraLength + commentLength;
    }
    return entries;
  } finally {
    await handle.close();
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
  const handle = await open(file, 'r');
  let dataStart: number;
  try {
    const local = await readAt(handle, entry.localHeaderOffset, LOCAL_FIXED);
    if (local.readUInt32LE(0) !== LOCAL_SIGNATURE)
      throw new ZipFormatError(`entry "${entry.name}" has no local header`);
    dataStart = entry.localHeaderOffset + LOCAL_FIXED + local.readUInt16LE(26) + local.readUInt16LE(28);
  } finally {
    await handle.close();
  }
  const out = createWriteStream(dest, { flags: options.append ? 'a' : 'w' });
  const check = new EntryCheck(entry);
  if (entry.compressedSize === 0) {
    // createReadStream's `end` is inclusive: an empty range must not read one byte.
    await pipeline(async function* () {}, check, out);
    return;
  }
  const raw = createReadStream(file, { start: dataStart, end: dataStart + entry.compressedSize - 1 });
  if (entry.method === 0) await pipeline(raw, check, out);
  else await pipeline(raw, createInflateRaw(), check, out);
}
