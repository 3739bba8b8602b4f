import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, signupBuyer } from './api.js';
import { expectNoAxeViolations, launch } from './browser.js';
import { type Account, download, screenshots, signIn } from './fixtures.js';
import { shotsDir } from './shots.js';

/**
 * The questionnaire pages as a buyer uses them: the library, copying the built-in
 * questionnaire, editing the draft (and being told what is wrong), publishing, a version's
 * questions, comparing two versions, and the JSON and Excel answer-sheet downloads.
 */
describe('questionnaire library, editor, versions and compare (browser)', () => {
  const shots = shotsDir('questionnaires');
  let browser: Browser;
  let account: Account;
  let page: Page;
  let ownId: string;

  beforeAll(async () => {
    browser = await launch();
    account = await signupBuyer('quest');
    page = await signIn(browser, account);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('opens the built-in questionnaire from the library and copies it to edit', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Questionnaires' }).click();
    await page.getByRole('heading', { name: 'Questionnaires', level: 1 }).waitFor();
    const table = page.getByRole('table', { name: 'Questionnaires' });
    await expect.poll(() => table.locator('tbody tr').count()).toBe(1);
    await expectNoAxeViolations(page, 'questionnaire library');
    await screenshots(page, shots, 'library');
    await table.getByRole('link', { name: 'Socially Responsible Procurement SAQ', exact: true }).click();
    await page.getByRole('heading', { name: 'Versions', level: 2 }).waitFor();
    await expectNoAxeViolations(page, 'questionnaire detail');
    await screenshots(page, shots, 'detail-built-in');

    await page.getByRole('button', { name: 'Copy to edit', exact: true }).click();
    await page.waitForURL(/\/questionnaires\/[0-9a-f-]{36}\/draft$/);
    ownId = /questionnaires\/([0-9a-f-]{36})\/draft/.exec(page.url())![1];
    await page.getByRole('heading', { name: 'Edit draft: version 1', level: 1 }).waitFor();
    await expect.poll(() => page.getByText('No problems found').first().isVisible()).toBe(true);
    await expectNoAxeViolations(page, 'draft editor');
    await screenshots(page, shots, 'editor');
  });

  it('edits the draft: an empty title is a problem named on the page, a valid one is saved', async () => {
    const title = page.getByRole('group', { name: 'Title' }).getByRole('textbox', { name: 'English' });
    await title.fill('');
    await expect.poll(() => page.getByText(/^1 problem$/).first().isVisible(), { timeout: 10_000 }).toBe(true);
    await expect.poll(() => page.getByText('English text is empty').isVisible()).toBe(true);
    await expectNoAxeViolations(page, 'draft editor with a problem');
    await screenshots(page, shots, 'editor-problem');
    await title.fill('Our supplier SAQ 2026');
    await expect.poll(() => page.getByText('No problems found').first().isVisible(), { timeout: 10_000 }).toBe(true);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => page.getByText('The draft has been saved.').first().isVisible(), { timeout: 15_000 }).toBe(true);
    const saved = await api<{ title: { en: string }; versions: { status: string }[] }>('GET', `/api/questionnaires/${ownId}`, undefined, account.token);
    expect(saved.title.en).toBe('Our supplier SAQ 2026');
    expect(saved.versions.map((v) => v.status)).toEqual(['draft']);
  });

  it('publishes the draft from the questionnaire page', async () => {
    await page.getByRole('link', { name: 'Back to the questionnaire' }).click();
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Publish', exact: true }).click();
    await expect.poll(() => page.getByText('Version 1 has been published.').first().isVisible(), { timeout: 15_000 }).toBe(true);
    const detail = await api<{ versions: { status: string }[] }>('GET', `/api/questionnaires/${ownId}`, undefined, account.token);
    expect(detail.versions.map((v) => v.status)).toEqual(['published']);
  });

  it("shows a version's questions and filters them to the critical ones", async () => {
    await page.getByRole('link', { name: 'View Version 1' }).click();
    await page.waitForURL(/\/questionnaires\/versions\/[0-9a-f-]{36}$/);
    await page.getByRole('heading', { name: /Our supplier SAQ 2026/, level: 1 }).waitFor();
    const all = await page.locator('article').count();
    await page.getByRole('checkbox', { name: 'Critical questions only' }).check();
    await expect.poll(() => page.locator('article').count()).toBeLessThan(all);
    await expect.poll(() => page.locator('article').first().getByText('Critical', { exact: true }).isVisible()).toBe(true);
    await expectNoAxeViolations(page, 'version view');
    await screenshots(page, shots, 'version');
  });

  it('downloads the version as JSON and as an Excel answer sheet', async () => {
    const dir = join(shots, 'downloads');
    const json = await download(page, dir, () => page.getByRole('button', { name: 'Export JSON' }).click());
    expect(json.name).toMatch(/\.json$/);
    const doc = JSON.parse(readFileSync(json.path, 'utf8')) as { title: { en: string }; themes: unknown[]; questions: { id: string }[] };
    expect(doc.title.en).toBe('Our supplier SAQ 2026');
    expect(doc.themes).toHaveLength(8);
    expect(doc.questions.map((q) => q.id)).toContain('GEN-01');

    await page.getByRole('button', { name: 'Answer sheet (Excel)' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('combobox', { name: 'Language' }).selectOption('en');
    await expectNoAxeViolations(page, 'answer sheet dialog');
    const sheet = await download(page, dir, () => dialog.getByRole('button', { name: 'Download' }).click());
    expect(sheet.name).toMatch(/-en\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(sheet.body as unknown as ArrayBuffer);
    const ws = wb.getWorksheet('Answer sheet')!;
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(['Question ID', 'Theme', 'Question', 'Answer type', 'Allowed values (value = meaning)', 'Required', 'Answer', 'Comment']);
    const gen01 = ws.getRows(2, ws.rowCount - 1)!.find((r) => r.getCell(1).value === 'GEN-01')!;
    expect(String(gen01.getCell(3).value)).toMatch(/How many people work for your company/);
    expect(gen01.getCell(4).value).toBe('a number');
  });

  it('compares version 2 with version 1', async () => {
    // A second version through the API: editing and publishing were walked above.
    const detail = await api<{ versions: { id: string }[] }>('GET', `/api/questionnaires/${ownId}`, undefined, account.token);
    await api('POST', `/api/questionnaires/${ownId}/drafts`, { fromVersionId: detail.versions[0].id }, account.token);
    const versions = (await api<{ versions: { id: string; status: string }[] }>('GET', `/api/questionnaires/${ownId}`, undefined, account.token)).versions;
    const draft = await api<{ definition: { questions: { id: string; text: { en: string } }[] } }>(
      'GET', `/api/questionnaires/versions/${versions.find((v) => v.status === 'draft')!.id}`, undefined, account.token,
    );
    draft.definition.questions.find((q) => q.id === 'GEN-01')!.text.en = 'How many people does your company employ?';
    await api('PUT', `/api/questionnaires/${ownId}/draft`, { definition: draft.definition }, account.token);
    await api('POST', `/api/questionnaires/${ownId}/publish`, undefined, account.token);

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Questionnaires' }).click();
    await page.getByRole('link', { name: 'Our supplier SAQ 2026', exact: true }).click();
    await page.getByRole('link', { name: /Compare with previous/ }).first().click();
    await page.waitForURL(/\/questionnaires\/compare\?/);
    await page.getByRole('heading', { name: 'Compare versions', level: 1 }).waitFor();
    await expect.poll(() => page.getByText('How many people does your company employ?').first().isVisible(), { timeout: 10_000 }).toBe(true);
    await expect.poll(() => page.getByText(/How many people work for your company/).first().isVisible()).toBe(true);
    await expectNoAxeViolations(page, 'compare versions');
    await screenshots(page, shots, 'compare');
  });
});
