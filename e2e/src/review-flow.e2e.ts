import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { answersWithOneCriticalFailure } from './answers.js';
import { api, inDays, linkIn, signupBuyer } from './api.js';
import { expectNoAxeViolations, launch } from './browser.js';
import { signIn } from './fixtures.js';
import { waitForMail } from './mail-sink.js';

/**
 * Review in a real browser: the buyer filters the matrix to Z, opens the Z supplier,
 * overrides a theme with a reason and releases the feedback sheets; the supplier opens its
 * feedback sheet in the portal from the e-mail.
 */
describe('review and feedback (browser)', () => {
  const baseUrl = inject('baseUrl');
  const mailDir = inject('mailDir');
  const stamp = Date.now();
  const emails = { good: `good-${stamp}@review.example`, weak: `weak-${stamp}@review.example` };
  let browser: Browser;
  let buyer: Page;
  let campaignId: string;

  beforeAll(async () => {
    browser = await launch();
    const account = await signupBuyer('review');
    const ids: string[] = [];
    for (const [name, email] of [['Sendai Precision', emails.good], ['Osaka Weak Links KK', emails.weak]]) {
      ids.push((await api<{ id: string }>('POST', '/api/suppliers', { name, productType: 'Machined parts', contacts: [{ name, email, language: 'en' }] }, account.token)).id);
    }
    const questionnaires = await api<{ builtIn: boolean; publishedVersionId: string }[]>('GET', '/api/questionnaires', undefined, account.token);
    campaignId = (await api<{ id: string }>('POST', '/api/campaigns', {
      name: 'Review Flow SAQ',
      questionnaireVersionId: questionnaires.find((q) => q.builtIn)!.publishedVersionId,
      supplierIds: ids,
      dueDate: inDays(14),
    }, account.token)).id;
    await api('POST', `/api/campaigns/${campaignId}/launch`, undefined, account.token);
    for (const [email, fail] of [[emails.good, false], [emails.weak, true]] as const) {
      const token = linkIn((await waitForMail(mailDir, email, /Review Flow SAQ/)).text).split('/s/')[1];
      const view = await api<{ version: number }>('GET', `/api/portal/${token}`);
      await api('PUT', `/api/portal/${token}/answers`, { version: view.version, answers: answersWithOneCriticalFailure(fail).answers });
      await api('POST', `/api/portal/${token}/submit`, { declaration: { signerName: 'Signer', signerTitle: 'CEO', agreed: true } });
    }
    buyer = await signIn(browser, account, { width: 1400, height: 900 });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('filters the matrix to Z and opens the Z supplier', async () => {
    await buyer.goto(`${baseUrl}/campaigns/${campaignId}?tab=matrix`);
    await buyer.locator('table.matrix').waitFor();
    await expect.poll(() => buyer.locator('table.matrix tbody tr').count()).toBe(2);
    await buyer.locator('select[name="grade"]').selectOption('Z');
    await expect.poll(() => buyer.locator('table.matrix tbody tr').count(), { timeout: 15_000 }).toBe(1);
    await expectNoAxeViolations(buyer, 'matrix');
    await buyer.getByRole('link', { name: 'Osaka Weak Links KK' }).click();
    await buyer.waitForURL(/\/responses\/[0-9a-f-]{36}/);
  });

  it('overrides the Z theme with a written reason, keeping the computed grade visible', async () => {
    await buyer.getByRole('button', { name: /Override the grade of Labour/ }).click();
    const dialog = buyer.getByRole('dialog');
    await dialog.locator('select[name="grade"]').selectOption('C');
    await dialog.locator('textarea[name="reason"]').fill('Verified on a site visit: the policy exists, the answer was a mistake.');
    await dialog.getByRole('button', { name: 'Save override' }).click();
    await expect.poll(() => buyer.locator('span[data-grade][title*="computed: Z"]').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    await expect.poll(() => buyer.getByText('Verified on a site visit').first().isVisible()).toBe(true);
    await expectNoAxeViolations(buyer, 'response with override');
  });

  it('releases the feedback sheets, and the supplier reads its sheet in the portal', async () => {
    await buyer.goto(`${baseUrl}/campaigns/${campaignId}`);
    await buyer.getByRole('button', { name: 'Release feedback sheets' }).click();
    await buyer.getByRole('dialog').getByRole('button', { name: 'Release and send' }).click();
    await expect.poll(() => buyer.locator('.frelease__result').textContent(), { timeout: 15_000 }).toMatch(/2/);
    const mail = await waitForMail(mailDir, emails.weak, /feedback sheet/i);
    const supplier = await (await browser.newContext({ locale: 'en-US' })).newPage();
    await supplier.goto(linkIn(mail.text));
    await supplier.getByRole('link', { name: 'Feedback', exact: true }).click();
    await supplier.getByRole('heading', { name: 'Feedback sheet', level: 2 }).waitFor();
    const table = supplier.getByRole('table', { name: /Your score in each theme/ });
    await expect.poll(() => table.getByRole('row').count()).toBeGreaterThan(8);
    await expect.poll(() => supplier.getByRole('button', { name: 'Download PDF' }).isVisible()).toBe(true);
    await expectNoAxeViolations(supplier, 'portal feedback');
  });
});
