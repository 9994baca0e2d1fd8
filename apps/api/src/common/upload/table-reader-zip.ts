import { inflateRawSync } from 'node:zlib';
import { TableReadError } from './table-reader-records';

/**
 * An XLSX file is a ZIP archive of XML, and exceljs unpacks and parses all of it in memory
 * (about 10 bytes of heap per byte of sheet XML, a few hundred per cell). A few hundred kilobytes
 * can unpack to gigabytes (a zip bomb), so the archive is unpacked here first, each entry with
 * an output cap, and refused beyond these bounds before exceljs sees it.
 */
export const XLSX_LIMITS = {
  /** All entries unpacked together; a workbook of 4,000 rows of values unpacks to about 2 MB. */
  unpackedBytes: 10 * 1024 * 1024,
  entries: 1000,
  /** Cells of all sheets together (4,000 rows of 12 columns are 48,000). */
  cells: 100_000,
} as const;

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

const unreadable = () => new TableReadError('The file could not be read as an XLSX workbook.');

const tooLarge = (what: string) =>
  new TableReadError(
    `The workbook is too large to import: ${what}. Nothing was imported. Save only the table's sheet, or upload it as CSV.`,
  );

/** Refuses an archive that unpacks beyond XLSX_LIMITS or that exceljs could not read anyway. */
export function checkXlsxArchive(buffer: Buffer): void {
  const end = endOfCentralDirectory(buffer);
  const entries = buffer.readUInt16LE(end + 10);
  // 0xffff entries or offset 0xffffffff mark ZIP64, which no spreadsheet needs below 5 MB.
  if (entries === 0xffff || buffer.readUInt32LE(end + 16) === 0xffffffff) throw unreadable();
  if (entries > XLSX_LIMITS.entries) {
    throw tooLarge(`it has more than ${XLSX_LIMITS.entries} parts`);
  }
  let offset = buffer.readUInt32LE(end + 16);
  let unpacked = 0;
  let cells = 0;
  for (let index = 0; index < entries; index++) {
    if (offset + 46 > buffer.length || buffer.readUInt32LE(offset) !== CENTRAL) throw unreadable();
    const nameLength = buffer.readUInt16LE(offset + 28);
    const name = buffer.toString('utf8', offset + 46, offset + 46 + nameLength);
    const content = unpack(buffer, offset, XLSX_LIMITS.unpackedBytes - unpacked);
    unpacked += content.length;
    if (/^\/?xl\/worksheets\/[^/]+\.xml$/.test(name)) cells += countCells(content);
    if (cells > XLSX_LIMITS.cells) {
      throw tooLarge(`its sheets hold more than ${XLSX_LIMITS.cells} cells`);
    }
    offset += 46 + nameLength + buffer.readUInt16LE(offset + 30) + buffer.readUInt16LE(offset + 32);
  }
}

function endOfCentralDirectory(buffer: Buffer): number {
  // The record is 22 bytes, followed by a comment of at most 65,535 bytes.
  const earliest = Math.max(0, buffer.length - 22 - 0xffff);
  for (let offset = buffer.length - 22; offset >= earliest; offset--) {
    if (buffer.readUInt32LE(offset) === EOCD) return offset;
  }
  throw unreadable();
}

/** The unpacked content of the entry whose central header is at `central`, at most `budget`. */
function unpack(buffer: Buffer, central: number, budget: number): Buffer {
  const method = buffer.readUInt16LE(central + 10);
  const packedSize = buffer.readUInt32LE(central + 20);
  const local = buffer.readUInt32LE(central + 42);
  if (local + 30 > buffer.length || buffer.readUInt32LE(local) !== LOCAL) throw unreadable();
  const start = local + 30 + buffer.readUInt16LE(local + 26) + buffer.readUInt16LE(local + 28);
  const packed = buffer.subarray(start, start + packedSize);
  const limit = `it unpacks to more than ${XLSX_LIMITS.unpackedBytes / 1024 / 1024} MB`;
  if (method === STORED) {
    if (packed.length > budget) throw tooLarge(limit);
    return packed;
  }
  if (method !== DEFLATED) throw unreadable();
  try {
    // The sizes the archive states are not trusted: the output is capped while unpacking.
    return inflateRawSync(packed, { maxOutputLength: Math.max(1, budget) });
  } catch (error) {
    // Checked by code: a RangeError of another realm (as under jest) fails instanceof.
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge(limit);
    throw unreadable();
  }
}

/** The `<c …>` elements of a sheet's XML: one per cell exceljs would create. */
function countCells(xml: Buffer): number {
  let count = 0;
  let at = xml.indexOf('<c');
  while (at >= 0) {
    const next = xml[at + 2];
    // `<c ` `<c>` `<c/`, not `<col`, `<cfRule` and the like.
    if (next === 0x20 || next === 0x3e || next === 0x2f) count += 1;
    at = xml.indexOf('<c', at + 2);
  }
  return count;
}
