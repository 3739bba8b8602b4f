import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Download, Page } from 'playwright-core';
import { expect, inject } from 'vitest';
import { settle } from './a11y.js';
import { answersWithOneCriticalFailure } from './answers.js';
import { api, inDays, linkIn, signupBuyer } from './api.js';
import { waitForMail } from './mail-sink.js';

export type Account = Awaited<ReturnType<typeof signupBuyer>>;

/** Opens the console in a new context (English, desktop width unless told) and signs in through the login form. */
export async function signIn(
  browser: Browser,
  account: Pick<Account, 'email' | 'password'>,
  viewport = { width: 1366, height: 900 },
  locale = 'en-US',
): Promise<Page> {
  const page = await (await browser.newContext({ locale, viewport, acceptDownloads: true })).newPage();
  await page.goto(`${inject('baseUrl')}/login`);
  await page.locator('input[name="email"]').fill(account.email);
  await page.locator('input[name="password"]').fill(account.password);
  await page.locator('form button[type="submit"]').click();
  await page.waitForURL(/\/suppliers/);
  return page;
}

export interface GradedCampaign {
  account: Account;
  campaignId: string;
  campaignName: string;
  suppliers: { id: string; name: string; email: string; responseId: string; token: string; grade: string }[];
}

/**
 * A launched campaign of the built-in questionnaire with two suppliers who have submitted
 * through the portal API: one answering best everywhere, one leaving a critical point open
 * (a Z). Set up through the API: the pages under test come after it.
 */
export async function gradedCampaign(prefix: string, campaignName: string): Promise<GradedCampaign> {
  const mailDir = inject('mailDir');
  const account = await signupBuyer(prefix);
  const stamp = Date.now();
  const people = [
    { name: 'Sendai Precision KK', email: `good-${stamp}@${prefix}.example`, fail: false },
    { name: 'Osaka Weak Links KK', email: `weak-${stamp}@${prefix}.example`, fail: true },
  ];
  const created: { id: string; name: string; email: string; fail: boolean }[] = [];
  for (const [i, p] of people.entries()) {
    const s = await api<{ id: string }>('POST', '/api/suppliers', {
      name: p.name,
      code: `${prefix.toUpperCase()}-${i + 1}`,
      productType: 'Machined parts',
      country: 'JP',
      contacts: [{ name: p.name, email: p.email, language: 'en' }],
    }, account.token);
    created.push({ ...p, id: s.id });
  }
  const questionnaires = await api<{ builtIn: boolean; publishedVersionId: string }[]>('GET', '/api/questionnaires', undefined, account.token);
  const campaignId = (await api<{ id: string }>('POST', '/api/campaigns', {
    name: campaignName,
    questionnaireVersionId: questionnaires.find((q) => q.builtIn)!.publishedVersionId,
    supplierIds: created.map((s) => s.id),
    dueDate: inDays(14),
  }, account.token)).id;
  await api('POST', `/api/campaigns/${campaignId}/launch`, undefined, account.token);
  const suppliers: GradedCampaign['suppliers'] = [];
  for (const s of created) {
    const token = linkIn((await waitForMail(mailDir, s.email, new RegExp(campaignName))).text).split('/s/')[1];
    const view = await api<{ version: number; responseId?: string }>('GET', `/api/portal/${token}`);
    await api('PUT', `/api/portal/${token}/answers`, { version: view.version, answers: answersWithOneCriticalFailure(s.fail).answers });
    await api('POST', `/api/portal/${token}/submit`, { declaration: { signerName: 'Signer', signerTitle: 'CEO', agreed: true } });
    suppliers.push({ id: s.id, name: s.name, email: s.email, token, grade: '', responseId: '' });
  }
  // The grades as the buyer sees them (the supplier sees its own only once its feedback is released).
  const rows = await api<{ responseId: string; supplierId: string; overallGrade: string }[]>('GET', `/api/campaigns/${campaignId}/responses`, undefined, account.token);
  for (const s of suppliers) {
    const row = rows.find((r) => r.supplierId === s.id)!;
    s.responseId = row.responseId;
    s.grade = row.overallGrade;
  }
  return { account, campaignId, campaignName, suppliers };
}

/** Waits for the download a click starts, saves it under `dir` and returns its path and name. */
export async function download(page: Page, dir: string, click: () => Promise<void>): Promise<{ path: string; name: string; body: Buffer }> {
  const [d] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), click()]);
  return save(d, dir);
}

async function save(d: Download, dir: string) {
  mkdirSync(dir, { recursive: true });
  const failure = await d.failure();
  if (failure) throw new Error(`download failed: ${failure}`);
  const path = join(dir, d.suggestedFilename());
  await d.saveAs(path);
  return { path, name: d.suggestedFilename(), body: readFileSync(path) };
}

const run = promisify(execFile);

/** The text of a PDF as poppler's `pdftotext` reads it (the layout kept). */
export async function pdfText(path: string): Promise<string> {
  const { stdout } = await run('pdftotext', ['-layout', '-enc', 'UTF-8', path, '-']);
  return stdout;
}

/** The names of the entries of a zip archive, as `unzip -Z1` lists them. */
export async function zipEntries(path: string): Promise<string[]> {
  const { stdout } = await run('unzip', ['-Z1', path]);
  return stdout.split('\n').filter(Boolean);
}

/**
 * Saves a full-page screenshot at desktop width and at 390 px (back at desktop afterwards),
 * and checks that the page does not scroll sideways at 390 px.
 */
export async function screenshots(page: Page, dir: string, name: string): Promise<void> {
  mkdirSync(dir, { recursive: true });
  const desktop = page.viewportSize() ?? { width: 1366, height: 900 };
  await page.screenshot({ path: join(dir, `${name}-desktop.png`), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  // Let the page lay itself out at the new width before measuring it for the full-page shot.
  await settle(page);
  await page.screenshot({ path: join(dir, `${name}-390.png`), fullPage: true });
  // A phone-width page scrolls down, never sideways (WCAG 1.4.10): wide tables scroll inside their own box.
  expect(await page.evaluate(() => document.documentElement.scrollWidth), `${name} at 390 px scrolls sideways`).toBeLessThanOrEqual(390);
  await page.setViewportSize(desktop);
}
