import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { api } from './api.js';
import { expectNoAxeViolations, launch } from './browser.js';
import { type GradedCampaign, download, gradedCampaign, pdfText, screenshots, signIn, zipEntries } from './fixtures.js';
import { shotsDir } from './shots.js';

type Table = { header: string[]; rows: Record<string, string>[] };

function csvTable(body: Buffer): Table {
  const [header, ...rows] = parse(body.toString('utf8').replace(/^\uFEFF/, '')) as string[][];
  return { header, rows: rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]]))) };
}

async function xlsxTable(body: Buffer): Promise<Table> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as unknown as ArrayBuffer);
  const ws = wb.worksheets[0];
  const cells = (i: number) => (ws.getRow(i).values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? '' : String(v)));
  const header = cells(1);
  const rows: Record<string, string>[] = [];
  for (let i = 2; i <= ws.rowCount; i++) rows.push(Object.fromEntries(header.map((h, j) => [h, cells(i)[j] ?? ''])));
  return { header, rows };
}

/**
 * Every file the console and the portal hand out, downloaded as a person does (a click, the
 * browser's download) and opened: the feedback PDF (pdftotext), the zip of every sheet, the
 * matrix and the answers as CSV and XLSX (exceljs), the supplier register export.
 */
describe('downloads (browser)', () => {
  const shots = shotsDir('downloads');
  const files = join(shots, 'files');
  let browser: Browser;
  let fx: GradedCampaign;
  let buyer: Page;

  beforeAll(async () => {
    browser = await launch();
    fx = await gradedCampaign('downloads', 'Download SAQ 2026');
    expect(fx.suppliers.map((s) => s.grade)).toEqual(['A', 'Z']);
    // Releasing the sheets is the review flow's own test; here it only lets the supplier download.
    await api('POST', `/api/campaigns/${fx.campaignId}/feedback/release`, undefined, fx.account.token);
    buyer = await signIn(browser, fx.account);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('prepares every feedback sheet as a zip of PDFs in the background and downloads it, one named per supplier', async () => {
    await buyer.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Campaigns' }).click();
    await buyer.getByRole('link', { name: 'Download SAQ 2026' }).click();
    await buyer.getByRole('heading', { name: /Download SAQ 2026/, level: 1 }).waitFor();
    // The zip is made in the background: start it, watch it finish, then download it.
    await buyer.getByRole('button', { name: 'Prepare all feedback PDFs (zip)' }).click();
    await buyer.getByText('The zip of 2 feedback sheets is ready.').waitFor({ timeout: 30_000 });
    const zip = await download(buyer, files, () => buyer.getByRole('button', { name: 'Download the zip' }).click());
    expect(zip.name).toMatch(/\.zip$/);
    expect((await zipEntries(zip.path)).sort()).toEqual(['Osaka Weak Links KK.pdf', 'Sendai Precision KK.pdf']);
  });

  it('exports the matrix as CSV and XLSX with a row per supplier and its grades', async () => {
    await buyer.getByRole('tab', { name: 'Matrix' }).click();
    await buyer.locator('table.matrix').waitFor();
    await expectNoAxeViolations(buyer, 'matrix');
    const csv = await download(buyer, files, () => buyer.getByRole('button', { name: 'Export matrix (CSV)' }).click());
    expect(csv.name).toMatch(/\.csv$/);
    const xlsx = await download(buyer, files, () => buyer.getByRole('button', { name: 'Export matrix (XLSX)' }).click());
    expect(xlsx.name).toMatch(/\.xlsx$/);
    // In the UI's language: headers in words, themes by title, status as a word.
    for (const table of [csvTable(csv.body), await xlsxTable(xlsx.body)]) {
      expect(table.header.slice(0, 11)).toEqual([
        'Supplier code', 'Supplier', 'Product type', 'Country', 'Tier', 'Depth', 'Status', 'Submitted at', 'Overall rate (%)', 'Overall grade', 'Overall grade (computed)',
      ]);
      expect(table.header).toContain('Labour grade');
      expect(table.rows).toHaveLength(2);
      const weak = table.rows.find((r) => r.Supplier === 'Osaka Weak Links KK')!;
      expect(weak).toMatchObject({ 'Supplier code': 'DOWNLOADS-2', 'Product type': 'Machined parts', Country: 'JP', Status: 'Submitted', 'Overall grade': 'Z', 'Labour grade': 'Z' });
      expect(table.rows.find((r) => r.Supplier === 'Sendai Precision KK')).toMatchObject({ 'Overall grade': 'A', 'Labour grade': 'A' });
    }
  });

  it('the Japanese console downloads the matrix with Japanese headers and values', async () => {
    await buyer.getByRole('button', { name: '日本語' }).click();
    const xlsx = await download(buyer, files, () => buyer.getByRole('button', { name: 'マトリクスをエクスポート（XLSX）' }).click());
    const table = await xlsxTable(xlsx.body);
    expect(table.header.slice(0, 11)).toEqual([
      'サプライヤーコード', 'サプライヤー', '製品区分', '国', '階層', '回答範囲', '状況', '提出日時', '総合 達成率（%）', '総合 評価', '総合 評価（算出）',
    ]);
    expect(table.header).toContain('労働 評価');
    expect(table.rows.find((r) => r['サプライヤー'] === 'Osaka Weak Links KK')).toMatchObject({ 状況: '提出済み', 回答範囲: '基本', '総合 評価': 'Z', '労働 評価': 'Z' });
    await buyer.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => buyer.evaluate(() => document.documentElement.lang)).toBe('en');
  });

  it("exports the answers as CSV and XLSX with each supplier's answers", async () => {
    const csv = await download(buyer, files, () => buyer.getByRole('button', { name: 'Export answers (CSV)' }).click());
    const xlsx = await download(buyer, files, () => buyer.getByRole('button', { name: 'Export answers (XLSX)' }).click());
    expect([csv.name, xlsx.name]).toEqual([expect.stringMatching(/\.csv$/), expect.stringMatching(/\.xlsx$/)]);
    for (const table of [csvTable(csv.body), await xlsxTable(xlsx.body)]) {
      expect(table.header.slice(0, 4)).toEqual(['Supplier code', 'Supplier', 'Status', 'Depth']);
      const gen = table.header[4];
      expect(gen).toMatch(/^GEN-01 \S/);
      expect(table.header[5]).toBe(`${gen} comment`);
      expect(table.rows.map((r) => r.Supplier)).toEqual(['Osaka Weak Links KK', 'Sendai Precision KK']);
      // The fixture answers every number question with 12.
      expect(table.rows[1]).toMatchObject({ 'Supplier code': 'DOWNLOADS-1', Status: 'Submitted', [gen]: '12' });
    }
  });

  it("downloads a supplier's feedback sheet as PDF from its response page", async () => {
    await buyer.locator('table.matrix').getByRole('link', { name: 'Osaka Weak Links KK' }).click();
    await buyer.waitForURL(/\/responses\/[0-9a-f-]{36}/);
    await buyer.getByRole('heading', { name: 'Feedback sheet', level: 2 }).waitFor();
    await expectNoAxeViolations(buyer, 'response detail');
    const pdf = await download(buyer, files, () => buyer.getByRole('button', { name: 'Download PDF' }).click());
    expect(pdf.name).toMatch(/\.pdf$/);
    expect(pdf.body.subarray(0, 5).toString()).toBe('%PDF-');
    const text = await pdfText(pdf.path);
    expect(text).toContain('Osaka Weak Links KK');
    expect(text).toContain('Download SAQ 2026');
    // The Labour theme failed a critical point: its line (theme, rate, grade) carries the Z.
    expect(text).toMatch(/Overall grade: Z\b/);
    expect(text).toMatch(/^Labour\s+[\d.]+%\s+Z\s/m);
  });

  it('the supplier downloads its released feedback sheet as PDF in the portal', async () => {
    const supplier = await (await browser.newContext({ locale: 'en-US', acceptDownloads: true })).newPage();
    await supplier.goto(`${inject('baseUrl')}/s/${fx.suppliers[0].token}`);
    await supplier.getByRole('link', { name: 'Feedback', exact: true }).click();
    await supplier.getByRole('heading', { name: 'Feedback sheet', level: 2 }).waitFor();
    const pdf = await download(supplier, files, () => supplier.getByRole('button', { name: 'Download PDF' }).click());
    const text = await pdfText(pdf.path);
    expect(text).toContain('Sendai Precision KK');
    expect(text).toMatch(/Overall grade: A\b/);
    expect(text).toMatch(/^Labour\s+100\.0%\s+A\s/m);
    expect(text).not.toContain('Osaka Weak Links KK');
  });

  it('exports the supplier register as CSV and Excel in the import columns', async () => {
    await buyer.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Suppliers' }).click();
    await buyer.getByRole('heading', { name: 'Suppliers', level: 1 }).waitFor();
    const csv = await download(buyer, files, () => buyer.getByRole('button', { name: 'Export CSV' }).click());
    const xlsx = await download(buyer, files, () => buyer.getByRole('button', { name: 'Export Excel' }).click());
    expect([csv.name, xlsx.name]).toEqual([expect.stringMatching(/\.csv$/), expect.stringMatching(/\.xlsx$/)]);
    for (const table of [csvTable(csv.body), await xlsxTable(xlsx.body)]) {
      expect(table.header.slice(0, 3)).toEqual(['code', 'name', 'product_type']);
      expect(table.rows).toHaveLength(2);
      expect(table.rows.find((r) => r.code === 'DOWNLOADS-1')).toMatchObject({ name: 'Sendai Precision KK', product_type: 'Machined parts', country: 'JP' });
    }
    await screenshots(buyer, shots, 'suppliers');
  });
});
