import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import ExcelJS from 'exceljs';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { Pool } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SUPPLIER_IMPORT_COLUMNS, type MatrixRow, type Supplier } from '@ses/api-types';
import { type AnswerValue, builtinQuestionnaire } from '@ses/questionnaire';
import { type Cell, type CellRow, type Row, type TabularFormat, outText, outValue } from '../../common/tabular';
import { signup, startTestApp, type TestApp } from '../../../test/harness';
import { answerAll, builtinVersionId, createSupplier, inDays, tokenIn } from '../../../test/factories';
import { display, matrixCells, matrixColumns } from './exports.service';

const declaration = { signerName: '山田 太郎', signerTitle: '代表取締役', agreed: true };
const LARGE = 20_000;
const asRow = (columns: string[], cells: Cell[]): CellRow => Object.fromEntries(columns.map((c, i) => [c, cells[i]]));

/** A spreadsheet's rows as text, header first: what a person sees, whatever the file's layout. */
async function xlsxRows(buf: Buffer): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  const sheet = wb.worksheets[0];
  const out: string[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row) => {
    const values: string[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) values.push(String(row.getCell(c).value ?? ''));
    out.push(values);
  });
  return out;
}

/**
 * The reference the streamed exports are held to: the file as exceljs and csv-stringify write
 * it from the rows in memory (how the exports were written before they streamed).
 */
async function writeTabular(format: TabularFormat, columns: readonly string[], rows: CellRow[], sheetName = 'Sheet1'): Promise<Buffer> {
  if (format === 'csv') {
    const body = stringify(rows.map((r) => columns.map((c) => outText(r[c]))), { header: true, columns: [...columns] });
    // A BOM so that Excel opens UTF-8 Japanese text correctly.
    return Buffer.from('\uFEFF' + body, 'utf8');
  }
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet(sheetName);
  sheet.columns = columns.map((c) => ({ header: c, key: c, width: Math.max(12, c.length + 2) }));
  sheet.getRow(1).font = { bold: true };
  for (const r of rows) {
    const row = sheet.addRow(Object.fromEntries(columns.map((c) => [c, outValue(r[c])])));
    columns.forEach((c, i) => {
      const cell = r[c];
      if (typeof cell === 'object') row.getCell(i + 1).numFmt = cell.numFmt;
    });
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe('exports stream from a database cursor (integration)', () => {
  let t: TestApp;
  let buyer: string;
  let campaignId: string;
  let http: Pool;
  /** A streamed GET over real HTTP (fastify's inject would buffer the whole body). */
  const httpGet = (path: string, opts: { signal?: AbortSignal } = {}) =>
    http.request({ method: 'GET', path, headers: { authorization: `Bearer ${buyer}` }, ...opts });
  const pool = () => (t.db.driver as PostgresDriver).master as { totalCount: number; idleCount: number };

  beforeAll(async () => {
    t = await startTestApp();
    buyer = (await signup(t, 'Export Org')).token;
    const parent = await createSupplier(t, buyer, { name: '親会社 株式会社', code: 'P-1', tags: ['group'] });
    const ids = [parent.id];
    for (const [name, lang] of [['=good 株式会社', 'ja'], ['bad, "quoted"\nname', 'en'], ['late', 'ja']] as const) {
      const contacts = [1, 2, 3, 4].map((k) => ({ name: `${name.slice(0, 4)} ${k}`, email: `${k}-${ids.length}@export.test`, language: lang }));
      ids.push((await createSupplier(t, buyer, { name, parentSupplierId: parent.id, tags: ['a', 'b'], contacts })).id);
    }
    campaignId = (await t.request('POST', '/api/campaigns', {
      token: buyer,
      body: { name: 'Export campaign', questionnaireVersionId: await builtinVersionId(t, buyer), supplierIds: ids, dueDate: inDays(10) },
    })).json().id;
    const before = t.smtp.messages.length;
    await t.request('POST', `/api/campaigns/${campaignId}/launch`, { token: buyer });
    await t.smtp.waitFor(before + 1 + 3 * 4);
    const links = t.smtp.messages.slice(before).filter((m) => /^1-/.test(m.to[0])).map((m) => tokenIn(m.text));
    for (const [i, pick] of [[0, 'best'], [1, 'worst']] as const) {
      const v = (await t.request('GET', `/api/portal/${links[i]}`)).json().version;
      await t.request('PUT', `/api/portal/${links[i]}/answers`, { body: { version: v, answers: answerAll(builtinQuestionnaire, 'core', pick) } });
      expect((await t.request('POST', `/api/portal/${links[i]}/submit`, { body: { declaration } })).statusCode).toBe(200);
    }
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const address = t.app.getHttpServer().address() as { port: number };
    http = new Pool(`http://127.0.0.1:${address.port}`, { connections: 2 });
  });
  // Keep-alive connections would hold the server open: close them before the application.
  afterAll(async () => {
    await http.destroy();
    await t.close();
  });

  const get = (url: string) => t.request('GET', url, { token: buyer });
  async function expectSame(format: TabularFormat, streamed: Buffer, columns: readonly string[], rows: CellRow[], sheet: string) {
    const previous = await writeTabular(format, columns, rows, sheet);
    if (format === 'csv') expect(streamed.toString('utf8')).toBe(previous.toString('utf8'));
    else expect(await xlsxRows(streamed)).toEqual(await xlsxRows(previous));
  }

  it.each(['csv', 'xlsx'] as const)('writes the matrix (%s) exactly as the buffered export did', async (format) => {
    const page = (await get(`/api/campaigns/${campaignId}/matrix?sort=overall&order=desc&pageSize=500`)).json();
    const themes = page.themes as { key: string }[];
    const res = await get(`/api/campaigns/${campaignId}/matrix/export?format=${format}&sort=overall&order=desc`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toBe(`attachment; filename="matrix.${format}"`);
    expect(page.items).toHaveLength(4);
    await expectSame(format, res.rawPayload, matrixColumns(themes), page.items.map((r: MatrixRow) => asRow(matrixColumns(themes), matrixCells(r, themes))), 'matrix');
    if (format === 'csv') expect(res.body).toContain(`,'=good 株式会社,`);
  });

  it.each(['csv', 'xlsx'] as const)('writes the answers (%s) exactly as the buffered export did', async (format) => {
    const responses: { id: string; code: string | null; name: string; status: string; depth: string }[] = await t.db.query(
      `SELECT r.id, s.code, s.name, r.status, r.depth FROM responses r JOIN suppliers s ON s.id = r.supplier_id WHERE r.campaign_id = $1 ORDER BY s.name, r.id`,
      [campaignId],
    );
    const answers: { response_id: string; question_id: string; value: AnswerValue; comment: string | null }[] = await t.db.query(
      `SELECT a.response_id, a.question_id, a.value, a.comment FROM response_answers a JOIN responses r ON r.id = a.response_id WHERE r.campaign_id = $1`,
      [campaignId],
    );
    expect(answers.length).toBeGreaterThan(20);
    const questions = builtinQuestionnaire.questions;
    const columns = ['supplier_code', 'supplier', 'status', 'depth', ...questions.flatMap((q) => [q.id, `${q.id} comment`])];
    const rows = responses.map((r): Row => {
      const row: Row = { supplier_code: r.code ?? '', supplier: r.name, status: r.status, depth: r.depth };
      for (const q of questions) {
        const a = answers.find((x) => x.response_id === r.id && x.question_id === q.id);
        row[q.id] = a ? display(q, a.value, 'ja') : '';
        row[`${q.id} comment`] = a?.comment ?? '';
      }
      return row;
    });
    const res = await get(`/api/campaigns/${campaignId}/answers/export?format=${format}`);
    await expectSame(format, res.rawPayload, columns, rows, 'answers');
  });

  it('writes the matrix in the requester\'s language with lang: headers, theme titles, status and depth in words', async () => {
    const themes = (await get(`/api/campaigns/${campaignId}/matrix?pageSize=500`)).json().themes as { key: string; title: { ja: string; en: string } }[];
    const ja = await get(`/api/campaigns/${campaignId}/matrix/export?format=xlsx&lang=ja&sort=supplier`);
    expect(ja.statusCode).toBe(200);
    const [header, ...rows] = await xlsxRows(ja.rawPayload);
    expect(header.slice(0, 11)).toEqual([
      'サプライヤーコード', 'サプライヤー', '製品区分', '国', '階層', '回答範囲', '状況', '提出日時', '総合 達成率（%）', '総合 評価', '総合 評価（算出）',
    ]);
    expect(header.slice(11, 14)).toEqual([`${themes[0].title.ja} 達成率（%）`, `${themes[0].title.ja} 評価`, `${themes[0].title.ja} 評価（算出）`]);
    expect(header.join()).not.toMatch(/_rate|_grade|supplier_code/);
    expect(rows.map((r) => r[6]).sort()).toEqual(['招待済み', '招待済み', '提出済み', '提出済み']);
    expect(new Set(rows.map((r) => r[5]))).toEqual(new Set(['基本']));
    // One submitted supplier answered everything at zero, the other well: its rate is a number.
    const submitted = rows.find((r) => r[6] === '提出済み' && r[9] !== 'Z')!;
    expect(Number(submitted[8])).toBeGreaterThan(0);

    const en = await get(`/api/campaigns/${campaignId}/matrix/export?format=csv&lang=en`);
    const [enHeader] = parse(en.body.replace(/^\uFEFF/, '')) as string[][];
    expect(enHeader.slice(0, 12)).toEqual([
      'Supplier code', 'Supplier', 'Product type', 'Country', 'Tier', 'Depth', 'Status', 'Submitted at', 'Overall rate (%)',
      'Overall grade', 'Overall grade (computed)', `${themes[0].title.en} rate (%)`,
    ]);
    expect(en.body).toContain(',Submitted,');
  });

  it('writes the answers in the requester\'s language with lang: questions by id and text, words for status', async () => {
    const q = builtinQuestionnaire.questions[0];
    const res = await get(`/api/campaigns/${campaignId}/answers/export?format=xlsx&lang=en`);
    const [header, ...rows] = await xlsxRows(res.rawPayload);
    expect(header.slice(0, 6)).toEqual(['Supplier code', 'Supplier', 'Status', 'Depth', `${q.id} ${q.text.en}`, `${q.id} ${q.text.en} comment`]);
    expect(rows.map((r) => r[2]).sort()).toEqual(['Invited', 'Invited', 'Submitted', 'Submitted']);
    const ja = await get(`/api/campaigns/${campaignId}/answers/export?format=csv&lang=ja`);
    expect(ja.body.replace(/^\uFEFF/, '').split(/\r?\n/)[0]).toMatch(new RegExp(`^サプライヤーコード,サプライヤー,状況,回答範囲,`));
  });

  it.each(['csv', 'xlsx'] as const)('writes the suppliers (%s) exactly as the buffered export did, three contacts each', async (format) => {
    const list: Supplier[] = (await get('/api/suppliers?sort=name&pageSize=200')).json().items;
    const codeOf = new Map(list.map((s) => [s.id, s.code ?? '']));
    const rows = list.map((s): Row => {
      const row: Row = {
        code: s.code ?? '', name: s.name, product_type: s.productType, country: s.country ?? '', tier: String(s.tier),
        parent_code: s.parentSupplierId ? (codeOf.get(s.parentSupplierId) ?? '') : '', risk_level: s.riskLevel, tags: s.tags.join(';'),
      };
      s.contacts.slice(0, 3).forEach((c, n) => {
        const p = n === 0 ? 'contact' : `contact${n + 1}`;
        Object.assign(row, { [`${p}_name`]: c.name, [`${p}_email`]: c.email, [`${p}_language`]: c.language });
      });
      return row;
    });
    const res = await get(`/api/suppliers/export?format=${format}&sort=name`);
    await expectSame(format, res.rawPayload, SUPPLIER_IMPORT_COLUMNS, rows, 'suppliers');
    const other = await signup(t);
    const theirs = await t.request('GET', `/api/suppliers/export?format=csv`, { token: other.token });
    expect(theirs.body.replace(/^\uFEFF/, '').trim().split('\n')).toHaveLength(1);
  });

  describe(`with ${LARGE.toLocaleString('en')} responses`, () => {
    beforeAll(async () => {
      // Suppliers and graded responses made by PostgreSQL, each a copy of a real graded one.
      const [{ organization_id: org }] = await t.db.query(`SELECT organization_id FROM campaigns WHERE id = $1`, [campaignId]);
      await t.db.query(
        `INSERT INTO suppliers (organization_id, name, code, product_type, tier, risk_level, tags)
         SELECT $1, 'Bulk supplier ' || lpad(g::text, 6, '0'), 'B-' || g, 'Bulk', 1, 'low', '{}' FROM generate_series(1, $2) g`,
        [org, LARGE],
      );
      await t.db.query(
        `INSERT INTO responses (organization_id, campaign_id, supplier_id, depth, status, submitted_at, rules_version, overall_grade, overall_rate, theme_grades)
         SELECT $1, $2, s.id, g.depth, g.status, g.submitted_at, g.rules_version, g.overall_grade, g.overall_rate, g.theme_grades
         FROM suppliers s,
              (SELECT * FROM responses WHERE campaign_id = $2 AND status = 'submitted' ORDER BY overall_rate LIMIT 1) g
         WHERE s.organization_id = $1 AND s.code LIKE 'B-%'`,
        [org, campaignId],
      );
      // Their grading results beside them, as grading writes them.
      await t.db.query(
        `INSERT INTO response_results (response_id, result)
         SELECT r.id, g.result FROM responses r JOIN suppliers s ON s.id = r.supplier_id,
              (SELECT x.result FROM response_results x JOIN responses y ON y.id = x.response_id
                WHERE y.campaign_id = $1 AND y.status = 'submitted' ORDER BY y.overall_rate LIMIT 1) g
         WHERE r.campaign_id = $1 AND s.code LIKE 'B-%'`,
        [campaignId],
      );
    });

    it('streams the matrix CSV: the first bytes come long before the end, the loop keeps turning', async () => {
      const delay = monitorEventLoopDelay({ resolution: 10 });
      delay.enable();
      const started = performance.now();
      const res = await httpGet(`/api/campaigns/${campaignId}/matrix/export?format=csv`);
      let firstByteMs = 0;
      let chunks = 0;
      let bytes = 0;
      let lines = 0;
      for await (const chunk of res.body as AsyncIterable<Buffer>) {
        if (chunks++ === 0) firstByteMs = performance.now() - started;
        bytes += chunk.length;
        for (const b of chunk) if (b === 0x0a) lines++;
      }
      const totalMs = performance.now() - started;
      delay.disable();
      const maxMs = delay.max / 1e6;
      console.log(
        `matrix CSV, ${LARGE + 4} rows, ${(bytes / 1e6).toFixed(1)} MB in ${chunks} chunks: first byte ${firstByteMs.toFixed(0)} ms, ` +
          `end ${totalMs.toFixed(0)} ms; event loop delay p99 ${(delay.percentile(99) / 1e6).toFixed(1)} ms, max ${maxMs.toFixed(1)} ms`,
      );
      expect(res.statusCode).toBe(200);
      // The header, every row, and the line break inside one supplier's quoted name.
      expect(lines).toBe(1 + LARGE + 4 + 1);
      expect(chunks).toBeGreaterThan(10);
      expect(firstByteMs).toBeLessThan(totalMs / 2);
      // Generous: a shared machine stalls now and then; a buffered export of this size blocks for seconds.
      expect(maxMs).toBeLessThan(1000);
    });

    it('streams the matrix XLSX: every row arrives, in order', async () => {
      const res = await httpGet(`/api/campaigns/${campaignId}/matrix/export?format=xlsx&sort=supplier`);
      const parts: Buffer[] = [];
      const started = performance.now();
      for await (const chunk of res.body as AsyncIterable<Buffer>) parts.push(chunk);
      console.log(`matrix XLSX, ${LARGE + 4} rows: ${parts.length} chunks in ${(performance.now() - started).toFixed(0)} ms`);
      expect(parts.length).toBeGreaterThan(1);
      // The sheet's XML read straight from the zip: parsing 700,000 cells back would cost more than writing them.
      const dir = mkdtempSync(join(tmpdir(), 'ses-xlsx-'));
      writeFileSync(join(dir, 'm.xlsx'), Buffer.concat(parts));
      const xml = execFileSync('unzip', ['-p', join(dir, 'm.xlsx'), 'xl/worksheets/sheet1.xml'], { encoding: 'utf8', maxBuffer: 1 << 30 });
      rmSync(dir, { recursive: true, force: true });
      expect(xml.match(/<row /g)).toHaveLength(1 + LARGE + 4);
      const first = xml.indexOf('Bulk supplier 000001');
      expect(first).toBeGreaterThan(0);
      expect(xml.indexOf('Bulk supplier 020000')).toBeGreaterThan(first);
    }, 120_000);

    it('closes the cursor and frees its connection when the client goes away', async () => {
      const ac = new AbortController();
      const res = await httpGet(`/api/campaigns/${campaignId}/matrix/export?format=csv`, { signal: ac.signal });
      const reader = (res.body as AsyncIterable<Buffer>)[Symbol.asyncIterator]();
      expect((await reader.next()).done).toBe(false);
      ac.abort();
      await reader.return?.();
      await expect.poll(() => pool().totalCount - pool().idleCount, { timeout: 10_000 }).toBe(0);
      const active = await t.db.query(
        `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND state <> 'idle' AND query LIKE '%feedback_released_at,%' AND pid <> pg_backend_pid()`,
      );
      expect(active[0].n).toBe(0);
      // The pool still serves: the connection went back usable.
      expect((await get(`/api/campaigns/${campaignId}/matrix?pageSize=1`)).json().total).toBe(LARGE + 4);
    });
  });
});
