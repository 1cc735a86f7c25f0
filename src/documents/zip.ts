/**
 * A ZIP archive of a few parts, as a Word document is: each entry deflated by Node's zlib, with its
 * CRC-32, and one fixed date, so the same document gives the same bytes. No ZIP64, no comments, no
 * encryption: a document's parts are small and known.
 */
import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipEntry {
  /** ASCII, with forward slashes: "word/document.xml". */
  name: string;
  data: Buffer;
}

/** 1 January 1980, the first day a ZIP date can hold: the parts are dated by the document, not the clock. */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const DOS_TIME = 0;
const DEFLATE = 8;
const VERSION = 20;

/**
 * What a local header and the central directory both say of an entry, in the same order: the version
 * needed, no flags, deflate, the date, the CRC-32, the sizes and the name's length, no extra field.
 */
function entryFields(
  header: Buffer,
  at: number,
  entry: { checksum: number; compressed: number; size: number; name: number },
): void {
  header.writeUInt16LE(VERSION, at);
  header.writeUInt16LE(0, at + 2);
  header.writeUInt16LE(DEFLATE, at + 4);
  header.writeUInt16LE(DOS_TIME, at + 6);
  header.writeUInt16LE(DOS_DATE, at + 8);
  header.writeUInt32LE(entry.checksum, at + 10);
  header.writeUInt32LE(entry.compressed, at + 14);
  header.writeUInt32LE(entry.size, at + 18);
  header.writeUInt16LE(entry.name, at + 22);
  header.writeUInt16LE(0, at + 24);
}

export function zip(entries: readonly ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'ascii');
    const compressed = deflateRawSync(entry.data);
    const fields = {
      checksum: crc32(entry.data) >>> 0,
      compressed: compressed.length,
      size: entry.data.length,
      name: name.length,
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    entryFields(local, 4, fields);
    locals.push(local, name, compressed);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(VERSION, 4);
    entryFields(central, 6, fields);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    offset += local.length + name.length + compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
