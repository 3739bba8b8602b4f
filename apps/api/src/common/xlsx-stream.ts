import { Readable, type Writable } from 'node:stream';
import { type Cell, outValue } from './tabular';
import { newZip } from './zip';

/** Rows of sheet XML joined into one chunk: one string per batch, not one per row. */
const ROWS_PER_CHUNK = 200;
const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/**
 * A one-sheet XLSX written straight as SpreadsheetML into a zip stream: text as inline
 * strings, numbers with their number format, a bold header row. exceljs' streaming writer
 * built a row object, cell objects and their styles for each of millions of cells, which
 * made a 100,000-row export many times slower than reading its rows; this writes each row
 * as one string. The sheet's part streams (backpressure from the response); the styles
 * part, which lists the number formats met, is added after it.
 */
export async function writeXlsxStream(out: Writable, columns: readonly string[], rows: AsyncIterable<Cell[]>, sheetName: string): Promise<void> {
  // Level 1: the sheet's XML is repetitive enough that the fastest level compresses it well.
  const zip = newZip({ zlib: { level: 1 } });
  const done = new Promise<void>((resolve, reject) => {
    out.once('finish', resolve);
    out.once('close', resolve);
    zip.once('error', reject);
  });
  zip.pipe(out);
  const formats = new Map<string, number>();
  const refs = columns.map((_, i) => columnName(i));
  const cell = (c: Cell, i: number, r: number): string => {
    if (typeof c === 'object') {
      let style = formats.get(c.numFmt);
      if (style === undefined) formats.set(c.numFmt, (style = 2 + formats.size));
      return Number.isFinite(c.value) ? `<c r="${refs[i]}${r}" s="${style}"><v>${c.value}</v></c>` : '';
    }
    const text = String(outValue(c));
    return text === '' ? '' : `<c r="${refs[i]}${r}" t="inlineStr"><is><t xml:space="preserve">${xmlText(text)}</t></is></c>`;
  };
  async function* sheet(): AsyncGenerator<string> {
    const cols = columns.map((c, i) => `<col min="${i + 1}" max="${i + 1}" width="${Math.max(12, c.length + 2)}" customWidth="1"/>`).join('');
    yield `${HEAD}<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><cols>${cols}</cols><sheetData>` +
      `<row r="1">${columns.map((c, i) => `<c r="${refs[i]}1" s="1" t="inlineStr"><is><t xml:space="preserve">${xmlText(c)}</t></is></c>`).join('')}</row>`;
    let r = 1;
    let parts: string[] = [];
    for await (const cells of rows) {
      r++;
      let xml = `<row r="${r}">`;
      for (let i = 0; i < cells.length; i++) xml += cell(cells[i], i, r);
      parts.push(`${xml}</row>`);
      if (parts.length >= ROWS_PER_CHUNK) {
        yield parts.join('');
        parts = [];
      }
    }
    yield `${parts.join('')}</sheetData></worksheet>`;
  }
  zip.append(HEAD + contentTypes, { name: '[Content_Types].xml' });
  zip.append(`${HEAD}<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`, { name: '_rels/.rels' });
  zip.append(
    `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="${xmlText(sheetName)}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    { name: 'xl/workbook.xml' },
  );
  zip.append(
    `${HEAD}<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
      `<Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/></Relationships>`,
    { name: 'xl/_rels/workbook.xml.rels' },
  );
  const sheetStream = Readable.from(sheet(), { objectMode: false });
  zip.append(sheetStream, { name: 'xl/worksheets/sheet1.xml' });
  // The styles name the number formats the sheet used: appended once the sheet has been read.
  await new Promise<void>((resolve, reject) => {
    sheetStream.once('end', resolve);
    sheetStream.once('error', reject);
  });
  zip.append(styles([...formats.keys()]), { name: 'xl/styles.xml' });
  await zip.finalize();
  await done;
}

const contentTypes =
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
  '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
  '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
  '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>';

/** Style 0: plain; 1: the bold header; 2 + i: number format i (custom ids start at 164). */
function styles(numFmts: string[]): string {
  const fmts = numFmts.length ? `<numFmts count="${numFmts.length}">${numFmts.map((f, i) => `<numFmt numFmtId="${164 + i}" formatCode="${xmlText(f)}"/>`).join('')}</numFmts>` : '';
  const xfs = [
    '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>',
    '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>',
    ...numFmts.map((_, i) => `<xf numFmtId="${164 + i}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`),
  ];
  return (
    `${HEAD}<styleSheet xmlns="${MAIN}">${fmts}` +
    '<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    `<cellXfs count="${xfs.length}">${xfs.join('')}</cellXfs>` +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>'
  );
}

/** A, B, …, Z, AA, …: the column of a 0-based index. */
function columnName(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

// XML 1.0 has no place for most control characters, nor for lone surrogates: they are dropped.
const INVALID_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
function xmlText(s: string): string {
  return s.replace(INVALID_XML, '').replace(/[&<>"]/g, (ch) => ESCAPES[ch]);
}
