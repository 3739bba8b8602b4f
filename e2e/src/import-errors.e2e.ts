import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { type Account, download, screenshots, signIn } from './fixtures.js';
import { api, signupBuyer } from './api.js';
import { expectNoAxeViolations, launch } from './browser.js';
import { shotsDir } from './shots.js';

const HEADER = 'code,name,product_type,country,tier,parent_code,risk_level,tags,contact_name,contact_email,contact_language';

/**
 * A Japanese buyer imports a supplier file with mistakes: every row error is said in
 * Japanese from its code, and a row that only names a parent whose own row failed is
 * pointed at that row rather than reported as a missing supplier.
 */
describe('import errors in the user language (browser)', () => {
  const shots = shotsDir('import-errors');
  let browser: Browser;
  let account: Account;
  let page: Page;

  beforeAll(async () => {
    browser = await launch();
    account = await signupBuyer('import-errors');
    page = await signIn(browser, account, { width: 1366, height: 900 }, 'ja-JP');
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows each bad row in Japanese, and a failed parent row as the cause', async () => {
    if ((await page.evaluate(() => document.documentElement.lang)) !== 'ja') await page.getByRole('button', { name: '日本語' }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('ja');
    const file = join(mkdtempSync(join(tmpdir(), 'ses-import-')), 'suppliers.csv');
    writeFileSync(
      file,
      [
        HEADER,
        'N-3001,北陸ケミカル株式会社,Chemicals,Japan,1,,high,,高橋 誠,m.takahashi@hokuriku.example,ja',
        'N-3002,有限会社二次,Plating,JP,2,N-3001,medium,,鈴木,suzuki@example.test,ja',
        'N-3003,Saigon Garment Co.,Uniforms,VN,2,,extreme,,Lan Nguyen,lan@saigon.example,en',
        'N-3004,Osaka Mail KK,Chemicals,JP,1,,low,,山田,not-an-email,ja',
      ].join('\n'),
    );
    await page.getByRole('navigation').getByRole('link', { name: 'サプライヤー' }).first().click();
    await page.getByRole('link', { name: '一括取り込み' }).first().click();
    await page.getByRole('heading', { name: 'サプライヤーの一括取り込み', level: 1 }).waitFor();
    await page.locator('input[name="file"]').setInputFiles(file);
    await page.getByRole('button', { name: '取り込む', exact: true }).click();
    const table = page.getByRole('table', { name: '修正が必要な行' });
    await table.waitFor();
    const rows = async () =>
      (await table.locator('tbody tr').allInnerTexts()).map((r) => r.replace(/\s+/g, ' ').trim());
    expect(await rows()).toEqual([
      '2 country: ISO 3166 の2文字コードで入力してください（例: JP）。',
      '3 parent_code: 上位サプライヤー N-3001 は 2 行目にありますが、その行に問題があります。先にその行を修正してください。',
      '4 risk_level: 次のいずれかを入力してください（low, medium, high）。',
      '5 contact_email: メールアドレスの形式で入力してください（例: name@example.com）。',
    ]);
    // No English server wording reached the page.
    expect(await page.locator('main').innerText()).not.toMatch(/two-letter|no supplier has|Invalid/);
    // Nothing was saved.
    expect((await api('GET', '/api/suppliers?status=all', undefined, account.token)).total).toBe(0);
    await expectNoAxeViolations(page, 'import errors in Japanese');
    await screenshots(page, shots, 'import-errors-ja');
  });

  it('downloads the audit log from the Japanese console, with Japanese headers and each hash', async () => {
    await api('POST', '/api/suppliers', { name: '東北精機株式会社', productType: 'Castings' }, account.token);
    await page.getByRole('navigation').getByRole('link', { name: '監査ログ' }).first().click();
    await page.getByRole('heading', { name: '監査ログ', level: 1 }).waitFor();
    await expectNoAxeViolations(page, 'audit log with export buttons');
    await screenshots(page, shots, 'audit-log-ja');
    const xlsx = await download(page, join(shots, 'files'), () => page.getByRole('button', { name: 'Excel でエクスポート' }).click());
    expect(xlsx.name).toBe('audit-log.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.body as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    const cells = (i: number) => (ws.getRow(i).values as unknown[]).slice(1).map(String);
    expect(cells(1)).toEqual([
      '連番 (seq)', '日時（UTC） (occurred_at)', '実行者の種別 (actor_type)', '実行者ID (actor_id)', '実行者 (actor_label)', '操作 (action)',
      '対象の種別 (entity_type)', '対象ID (entity_id)', '変更前 (before)', '変更後 (after)', '直前のハッシュ (prev_hash)', 'ハッシュ (hash)',
    ]);
    const last = cells(ws.rowCount);
    expect(last[5]).toBe('supplier.create');
    expect(last[9]).toContain('東北精機株式会社');
    // Each row's prev_hash is the hash of the row before it: the chain is in the file.
    for (let i = 3; i <= ws.rowCount; i++) expect(cells(i)[10]).toBe(cells(i - 1)[11]);
    const csv = await download(page, join(shots, 'files'), () => page.getByRole('button', { name: 'CSV でエクスポート' }).click());
    expect(csv.body.toString('utf8').replace(/^\uFEFF/, '').split(/\r?\n/)[0]).toMatch(/^連番 \(seq\),/);
  });
});
