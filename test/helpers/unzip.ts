/**
 * A .docx (a zip archive) read back: its entries, from its central directory, each inflated and checked
 * against its CRC-32 and size.
 */
import { crc32, inflateRawSync } from 'node:zlib';
import { expect } from 'vitest';

export function unzipSync(archive: Buffer): Map<string, string> {
  const end = archive.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = archive.readUInt16LE(end + 10);
  let at = archive.readUInt32LE(end + 16);
  const parts = new Map<string, string>();
  for (let index = 0; index < count; index++) {
    expect(archive.readUInt32LE(at)).toBe(0x02014b50);
    const checksum = archive.readUInt32LE(at + 16);
    const size = archive.readUInt32LE(at + 24);
    const nameLength = archive.readUInt16LE(at + 28);
    const name = archive.toString('ascii', at + 46, at + 46 + nameLength);
    const local = archive.readUInt32LE(at + 42);
    const dataStart = local + 30 + archive.readUInt16LE(local + 26) + archive.readUInt16LE(local + 28);
    const data = inflateRawSync(archive.subarray(dataStart, dataStart + archive.readUInt32LE(local + 18)));
    expect(data.length, name).toBe(size);
    expect(crc32(data) >>> 0, name).toBe(checksum);
    parts.set(name, data.toString('utf8'));
    at += 46 + nameLength;
  }
  return parts;
}
