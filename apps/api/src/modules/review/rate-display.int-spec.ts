import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtinQuestionnaire } from '@ses/questionnaire';
import { type GradeResult, gradeForRate } from '@ses/scoring';
import { signup, startTestApp, type TestApp } from '../../../test/harness';
import { answerAndSubmit, createSupplier, launchBuiltinCampaign } from '../../../test/factories';
import { themeGradesOf } from '../responses/theme-grades';

/** Rates just under a threshold, at one, and near zero: each must read the same everywhere. */
const RATES = [79.96, 59.99, 80, 0.04];
const SHOWN: Record<number, string> = { 79.96: '79.9', 59.99: '59.9', 80: '80.0', 0.04: '0.0' };

describe('rates as people read them: the feedback PDF and the matrix exports (integration)', () => {
  let t: TestApp;
  let buyer: string;
  let campaignId: string;
  let responseId: string;
  const themes = builtinQuestionnaire.themes.map((th) => th.key);
  const rateOf = (i: number) => RATES[i % RATES.length];

  beforeAll(async () => {
    t = await startTestApp();
    buyer = (await signup(t, 'Rates Org')).token;
    const supplier = await createSupplier(t, buyer, { name: 'Rates Ltd', productType: 'Rates only', contacts: [{ name: 'R', email: 'rates@rates.test', language: 'en' }] });
    const launched = await launchBuiltinCampaign(t, buyer, [supplier.id], 'Rates');
    campaignId = launched.campaignId;
    await answerAndSubmit(t, launched.links.rates, 'best', builtinQuestionnaire);
    responseId = (await t.request('GET', `/api/campaigns/${campaignId}/responses`, { token: buyer })).json()[0].responseId;
    // The graded result with the rates above, each graded as grading grades it.
    const [{ result }] = await t.db.query(`SELECT result FROM response_results WHERE response_id = $1`, [responseId]);
    const planted: GradeResult = structuredClone(result);
    themes.forEach((key, i) => {
      planted.themes[key] = { ...planted.themes[key], rate: rateOf(i), grade: gradeForRate(rateOf(i)) };
    });
    planted.overall = { rate: 79.96, grade: 'B' };
    await t.db.query(`UPDATE response_results SET result = $2 WHERE response_id = $1`, [responseId, planted]);
    await t.db.query(`UPDATE responses SET theme_grades = $2, overall_rate = 79.96, overall_grade = 'B' WHERE id = $1`, [responseId, themeGradesOf(planted)]);
  });
  afterAll(() => t.close());

  it('prints the truncated figures in the feedback PDF, in both languages', async () => {
    for (const lang of ['en', 'ja']) {
      const pdf = await t.request('GET', `/api/responses/${responseId}/feedback.pdf?lang=${lang}`, { token: buyer });
      expect(pdf.statusCode).toBe(200);
      const dir = mkdtempSync(join(tmpdir(), 'ses-rates-'));
      writeFileSync(join(dir, 'f.pdf'), pdf.rawPayload);
      const text = execFileSync('pdftotext', ['-enc', 'UTF-8', join(dir, 'f.pdf'), '-'], { encoding: 'utf8' });
      const figures = text.match(/\d+\.\d+%/g) ?? [];
      expect(new Set(figures)).toEqual(new Set(RATES.map((r) => `${SHOWN[r]}%`)));
      // Each theme's rate and its product-type average (this supplier alone), and the overall rate.
      const expected = themes.flatMap((_, i) => [`${SHOWN[rateOf(i)]}%`, `${SHOWN[rateOf(i)]}%`]).concat('79.9%');
      expect(figures.sort()).toEqual(expected.sort());
    }
  });

  it('writes the same digits in the CSV and, as a spreadsheet displays them, in the XLSX', async () => {
    const csv = await t.request('GET', `/api/campaigns/${campaignId}/matrix/export?format=csv`, { token: buyer });
    const [header, line] = csv.body.replace(/^\uFEFF/, '').trim().split(/\r?\n/).map((l) => l.split(','));
    const csvCell = (column: string) => line[header.indexOf(column)];
    expect(csvCell('overall_rate')).toBe('79.9');
    themes.forEach((key, i) => expect(csvCell(`${key}_rate`)).toBe(SHOWN[rateOf(i)]));

    const xlsx = await t.request('GET', `/api/campaigns/${campaignId}/matrix/export?format=xlsx`, { token: buyer });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0];
    const columns = (sheet.getRow(1).values as string[]).slice(1);
    const displayed = (column: string) => {
      const cell = sheet.getRow(2).getCell(columns.indexOf(column) + 1);
      expect(typeof cell.value).toBe('number');
      expect(cell.numFmt).toBe('0.0');
      // "0.0": one decimal, rounded half away from zero; the stored value is already cut.
      return (Math.round((cell.value as number) * 10) / 10).toFixed(1);
    };
    expect(displayed('overall_rate')).toBe('79.9');
    themes.forEach((key, i) => expect(displayed(`${key}_rate`)).toBe(SHOWN[rateOf(i)]));
  });
});
