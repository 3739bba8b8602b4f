import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { DomainError } from './errors';

/**
 * A cell is text, or a number a spreadsheet should hold as a number: CSV writes its `text`,
 * XLSX its `value` with the number format `numFmt` (which must display the same digits).
 */
export type Cell = string | { value: number; numFmt: string; text: string };
export type Row = Record<string, string>;
/** A row to write: text cells and number cells. */
export type CellRow = Record<string, Cell>;
export type TabularFormat = 'csv' | 'xlsx';

export const CONTENT_TYPES: Record<TabularFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** Recognises an upload by its bytes, not its name: XLSX is a ZIP, CSV is text. */
export function detectTabular(buf: Buffer): TabularFormat {
  if (buf.length >= 4 && buf.readUInt32BE(0) === 0x504b0304) return 'xlsx';
  if (buf.includes(0)) throw new DomainError('UNSUPPORTED_FILE', 'the file is neither CSV nor XLSX');
  return 'csv';
}

/**
 * Reads the first sheet (or the CSV) into rows keyed by the header row, lower-cased and
 * trimmed. CSV may be UTF-8 (with or without BOM) or Shift_JIS, as saved by Excel in Japan.
 */
export async function readTabular(buf: Buffer): Promise<Row[]> {
  const format = detectTabular(buf);
  const table = format === 'xlsx' ? await readXlsx(buf) : readCsv(buf);
  const [header, ...rows] = table;
  if (!header) return [];
  const keys = header.map((h) => h.trim().toLowerCase());
  return rows
    .filter((r) => r.some((c) => c.trim() !== ''))
    .map((r) => Object.fromEntries(keys.map((k, i) => [k, (r[i] ?? '').trim()])));
}

function readCsv(buf: Buffer): string[][] {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    text = new TextDecoder('shift_jis').decode(buf);
  }
  try {
    return parse(text.replace(/^\uFEFF/, ''), { relax_column_count: true, skip_empty_lines: true });
  } catch (e) {
    throw new DomainError('VALIDATION_FAILED', `the CSV file cannot be read: ${(e as Error).message}`);
  }
}

async function readXlsx(buf: Buffer): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
  } catch {
    throw new DomainError('UNSUPPORTED_FILE', 'the XLSX file cannot be read');
  }
  const sheet = wb.worksheets[0];
  if (!sheet) return [];
  const out: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    const values: string[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) values.push(cellText(row.getCell(c).value));
    out.push(values);
  });
  return out;
}

function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('text' in v && typeof v.text === 'string') return v.text;
    if ('richText' in v) return v.richText.map((t) => t.text).join('');
    if ('result' in v) return cellText(v.result as ExcelJS.CellValue);
    if ('hyperlink' in v) return String(v.hyperlink);
    return '';
  }
  return String(v);
}

/** Spreadsheet software runs cells starting with these as formulas; prefix them (CSV injection). */
export function safeCell(v: string): string {
  return /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
}

/** A cell as CSV text (strings guarded against formula injection). */
export const outText = (c: Cell | undefined): string => (c === undefined ? '' : typeof c === 'string' ? safeCell(c) : c.text);
/** A cell as an XLSX value (numbers stay numbers; their `numFmt` is set beside). */
export const outValue = (c: Cell | undefined): string | number => (c === undefined ? '' : typeof c === 'string' ? safeCell(c) : c.value);
