import { join } from 'node:path';
import { builtinQuestionnaire, isAsked, type Answer } from '@ses/questionnaire';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { TEXT_SPACING, expectFits, expectVisibleFocusOnTab, settle } from './a11y.js';
import { api, inDays, linkIn, signupBuyer } from './api.js';
import { expectNoAxeViolations, launch } from './browser.js';
import { gradedCampaign, screenshots } from './fixtures.js';
import { waitForMail } from './mail-sink.js';
import { shotsDir } from './shots.js';

/** The best answer to every question of these themes asked at the extended depth (certified where asked). */
function bestAnswers(themes: string[]): Record<string, Answer> {
  const answers: Record<string, Answer> = {};
  for (const q of builtinQuestionnaire.questions) {
    if (!themes.includes(q.theme) || !isAsked(q, 'extended', answers, builtinQuestionnaire)) continue;
    const options = [...(q.options ?? [])].sort((a, b) => (b.score ?? -1) - (a.score ?? -1));
    if (q.type === 'yes_no' || q.type === 'single_choice') answers[q.id] = { value: options[0].value };
    else if (q.type === 'multi_choice') answers[q.id] = { value: [options[0].value] };
    else if (q.type === 'number') answers[q.id] = { value: 12 };
    else if (q.type === 'date') answers[q.id] = { value: '2026-04-01' };
    else if (q.type === 'text') answers[q.id] = { value: 'Written policy, reviewed yearly.' };
  }
  return answers;
}

const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

/** Attaches a file to a question through the portal API, as the page does; returns its id. */
async function attach(token: string, questionId: string, name: string): Promise<string> {
  const form = new FormData();
  form.append('questionId', questionId);
  form.append('file', new Blob([PDF], { type: 'application/pdf' }), name);
  const res = await fetch(`${inject('baseUrl')}/api/portal/${token}/attachments`, { method: 'POST', body: form });
  if (!res.ok) throw new Error(`upload: ${res.status} ${await res.text()}`);
  return ((await res.json()) as { id: string }).id;
}

/**
 * The portal over several sittings, as a supplier with a certificate to show: each new
 * sitting opens where work is left, a theme is complete only with its required evidence,
 * uploading a file keeps the keyboard focus, the evidence block fits a 320 px phone with
 * WCAG text spacing, and a submitted portal asks for no feedback sheet before it exists.
 */
describe('portal sittings (browser)', () => {
  const baseUrl = inject('baseUrl');
  const shots = shotsDir('portal-sittings');
  const campaignName = '2026年度 CSR調査';
  let browser: Browser;
  let token: string;
  let link: string;
  let page: Page;

  const save = async (answers: Record<string, Answer>) => {
    const { version } = await api<{ version: number }>('GET', `/api/portal/${token}`);
    await api('PUT', `/api/portal/${token}/answers`, { version, answers });
  };
  const stepHeading = () => page.locator('#step-heading');
  const themeLink = (title: string) => page.getByRole('navigation', { name: 'Themes' }).getByRole('link', { name: new RegExp(title) });

  beforeAll(async () => {
    browser = await launch();
    const account = await signupBuyer('sittings');
    const email = `certified-${Date.now()}@sittings.example`;
    const supplier = await api<{ id: string }>('POST', '/api/suppliers', {
      name: '東京精密部品株式会社',
      code: 'SIT-1',
      productType: 'Machined parts',
      country: 'JP',
      contacts: [{ name: 'Ken Sato', email, language: 'en' }],
    }, account.token);
    const questionnaires = await api<{ builtIn: boolean; publishedVersionId: string }[]>('GET', '/api/questionnaires', undefined, account.token);
    const campaign = await api<{ id: string }>('POST', '/api/campaigns', {
      name: campaignName,
      questionnaireVersionId: questionnaires.find((q) => q.builtIn)!.publishedVersionId,
      supplierIds: [supplier.id],
      extendedSupplierIds: [supplier.id],
      dueDate: inDays(14),
    }, account.token);
    await api('POST', `/api/campaigns/${campaign.id}/launch`, undefined, account.token);
    link = linkIn((await waitForMail(inject('mailDir'), email)).text);
    token = link.split('/s/')[1];
    await api('GET', `/api/portal/${token}`);
    page = await (await browser.newContext({ locale: 'en-US', viewport: { width: 1366, height: 900 } })).newPage();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('opens a new sitting at the first unfinished theme; a theme with its file missing is not complete', async () => {
    // The first sitting answered four themes, health and safety with a certificate but no file.
    const policy = await attach(token, 'GEN-06', 'policy.pdf');
    await save({ ...bestAnswers(['general', 'human_rights', 'labour', 'health_safety']), 'GEN-06': { value: [policy] } });
    await page.goto(link);
    await expect.poll(() => stepHeading().textContent(), { timeout: 15_000 }).toMatch(/Occupational health and safety/);
    expect(await themeLink('General').textContent()).toMatch(/Complete/);
    expect(await themeLink('Labour').textContent()).toMatch(/Complete/);
    expect(await themeLink('Occupational health and safety').textContent()).not.toMatch(/Complete/);
    // The window names the step and the campaign; the Japanese names are marked as Japanese.
    expect(await page.title()).toMatch(new RegExp(`^Occupational health and safety — ${campaignName} — `));
    expect(await page.locator('h1').getAttribute('lang')).toBe('ja');
    expect(await page.locator('[lang="ja"]', { hasText: '東京精密部品株式会社' }).count()).toBe(1);
    await expectNoAxeViolations(page, 'portal, evidence missing');
    await screenshots(page, shots, 'evidence-missing');
  });

  it('keeps the focus on the file input through an upload, then shows the theme complete', async () => {
    const input = page.locator('#q-HS-12 input[type="file"]');
    await input.focus();
    await input.setInputFiles({ name: 'iso45001-certificate.pdf', mimeType: 'application/pdf', buffer: PDF });
    await expect.poll(() => page.locator('#q-HS-12').getByRole('status').textContent(), { timeout: 15_000 }).toMatch(/iso45001-certificate\.pdf was attached/);
    // WCAG 2.4.3: the focus has not dropped to the page while the file was sent.
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type)).toBe('file');
    await expect.poll(() => themeLink('Occupational health and safety').textContent()).toMatch(/Complete/);
  });

  it('announces a figure that is not a number (WCAG 4.1.3)', async () => {
    const figure = page.locator('#q-HS-07 input[inputmode="decimal"]');
    await figure.fill('twelve');
    await figure.press('Tab');
    const error = page.locator('#q-HS-07 [role="alert"]');
    await expect.poll(() => error.textContent()).toMatch(/number/i);
    expect(await figure.getAttribute('aria-invalid')).toBe('true');
    // Put right again, so that nothing unsaved is left behind.
    await figure.fill('12');
    await expect.poll(() => error.textContent()).toBe('');
  });

  it('fits the evidence block into 320 px, with WCAG text spacing too', async () => {
    await page.setViewportSize({ width: 320, height: 800 });
    await settle(page);
    const block = page.locator('#q-HS-12 .ef');
    await expectFits(block, 320, 'evidence block at 320 px');
    await page.addStyleTag({ content: TEXT_SPACING });
    await settle(page);
    await expectFits(block, 320, 'evidence block at 320 px with text spacing');
    await block.screenshot({ path: join(shots, 'evidence-320-text-spacing.png') });
    await page.reload();
    await page.setViewportSize({ width: 1366, height: 900 });
  });

  it('opens the next sitting further on, and the review names the file still missing', async () => {
    await page.goto(link);
    await expect.poll(() => stepHeading().textContent(), { timeout: 15_000 }).toMatch(/Environment/);
    // Everything else answered elsewhere; information security's certificate file is still missing.
    const codeOfConduct = await attach(token, 'FT-05', 'code-of-conduct.pdf');
    await save({ ...bestAnswers(['environment', 'fair_trade', 'information_security', 'quality']), 'FT-05': { value: [codeOfConduct] } });
    const { attachments } = await api<{ attachments: unknown[] }>('GET', `/api/portal/${token}`);
    expect(attachments).toHaveLength(3);
    await page.goto(link);
    await expect.poll(() => stepHeading().textContent(), { timeout: 15_000 }).toMatch(/Information security/);
    await themeLink('Review and submit').click();
    await expect.poll(() => page.title()).toMatch(/^Review and submit — /);
    await page.getByLabel('Job title').fill('Quality Manager');
    await page.getByLabel('I agree to the declaration above.').check();
    await page.getByRole('button', { name: 'Submit answers' }).click();
    const alert = page.locator('#decl-error');
    await expect.poll(() => alert.textContent()).toMatch(/SEC-11/);
    expect((await alert.textContent())!.trim()).not.toMatch(/[:：]$/);
    expect(await alert.getAttribute('role')).toBe('alert');
    await expectNoAxeViolations(page, 'portal review, evidence missing');
    await screenshots(page, shots, 'review-evidence-missing');
  });

  it('shows a visible focus outline in forced-colours mode', async () => {
    await page.emulateMedia({ forcedColors: 'active' });
    await page.goto(link);
    await stepHeading().waitFor();
    await expectVisibleFocusOnTab(page, 12, 'portal in forced colours');
    await page.screenshot({ path: join(shots, 'forced-colours-desktop.png') });
    await page.emulateMedia({ forcedColors: 'none' });
  });

  it('a submitted portal does not ask for a feedback sheet that has not been released', async () => {
    const graded = await gradedCampaign('nofeedback', 'Feedback later SAQ');
    const [s] = graded.suppliers;
    const submitted = await (await browser.newContext({ locale: 'en-US', viewport: { width: 1366, height: 900 } })).newPage();
    const asked: string[] = [];
    const failed: string[] = [];
    const errors: string[] = [];
    submitted.on('request', (r) => r.url().includes('/feedback') && asked.push(r.url()));
    submitted.on('response', (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`));
    submitted.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await Promise.all([
      submitted.waitForResponse((r) => r.url().includes('/corrective-actions')),
      submitted.goto(`${baseUrl}/s/${s.token}`),
    ]);
    await submitted.getByText('Thank you. Your answers have been submitted.').waitFor();
    expect(await submitted.title()).toMatch(/^Your submitted answers — Feedback later SAQ — /);
    expect(asked).toEqual([]);
    expect(failed).toEqual([]);
    expect(errors).toEqual([]);
    await expectNoAxeViolations(submitted, 'portal submitted, no feedback yet');

    // Released: the sheet is asked for once and linked.
    await api('POST', `/api/campaigns/${graded.campaignId}/feedback/release`, undefined, graded.account.token);
    await Promise.all([
      submitted.waitForResponse((r) => r.url().includes('/feedback?') && r.status() === 200),
      submitted.goto(`${baseUrl}/s/${s.token}`),
    ]);
    await submitted.getByRole('link', { name: 'Feedback' }).first().waitFor();
    expect(failed).toEqual([]);
  });
});
