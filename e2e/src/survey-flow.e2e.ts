import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { api, inDays, linkIn, signupBuyer } from './api.js';
import { expectNoAxeViolations, launch } from './browser.js';
import { signIn } from './fixtures.js';
import { waitForMail } from './mail-sink.js';
import { answerVisibleQuestions, waitUntilSaved } from './portal-answering.js';

/**
 * The core loop in a real browser: the buyer launches a campaign in the console, the
 * supplier finds its personal link in the invitation (read from the SMTP server), answers
 * part, reloads, finishes and submits, sees the read-only copy; the buyer sees the grades.
 */
describe('campaign to graded submission (browser)', () => {
  const baseUrl = inject('baseUrl');
  const mailDir = inject('mailDir');
  const supplierEmail = `supplier-${Date.now()}@portal.example`;
  let browser: Browser;
  let buyer: Page;
  let supplier: Page;
  let campaignUrl: string;
  let account: Awaited<ReturnType<typeof signupBuyer>>;

  beforeAll(async () => {
    browser = await launch();
    account = await signupBuyer('flow');
    await api('POST', '/api/suppliers', {
      name: 'Shinagawa Components KK',
      code: 'FLOW-1',
      productType: 'Electronic components',
      country: 'JP',
      contacts: [{ name: 'Aoi Tanaka', email: supplierEmail, language: 'en' }],
    }, account.token);
    buyer = await signIn(browser, account, { width: 1280, height: 900 });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('the buyer creates and launches a campaign', async () => {
    await buyer.goto(`${baseUrl}/campaigns/new`);
    await buyer.locator('input[name="name"]').fill('FY2026 Sustainability SAQ');
    await buyer.locator('input[name="dueDate"]').fill(inDays(21));
    // The search runs after a pause in typing: wait for its answer, so that the list is not
    // reloading (and dimmed) while it is checked.
    await Promise.all([
      buyer.waitForResponse((r) => r.url().includes('/api/suppliers?') && r.url().includes('q=Shinagawa')),
      buyer.locator('input[name="supplierSearch"]').fill('Shinagawa'),
    ]);
    await expect.poll(() => buyer.locator('[aria-busy="true"]').count()).toBe(0);
    await buyer.getByRole('checkbox', { name: 'Shinagawa Components KK' }).check();
    await expectNoAxeViolations(buyer, 'campaign form');
    await buyer.getByRole('button', { name: 'Create campaign' }).click();
    await buyer.waitForURL(/\/campaigns\/[0-9a-f-]{36}/);
    campaignUrl = buyer.url();
    await buyer.getByRole('button', { name: 'Launch campaign' }).click();
    const dialog = buyer.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Launch and send invitations' }).click();
    await expect.poll(() => buyer.getByRole('button', { name: 'Send reminders' }).isVisible(), { timeout: 15_000 }).toBe(true);
    await expectNoAxeViolations(buyer, 'campaign detail');
  });

  it('the supplier opens the invitation link, answers part, reloads and finds the answers', async () => {
    const mail = await waitForMail(mailDir, supplierEmail, /FY2026 Sustainability SAQ/);
    const link = linkIn(mail.text);
    supplier = await (await browser.newContext({ locale: 'en-US', viewport: { width: 390, height: 844 } })).newPage();
    await supplier.goto(link);
    await supplier.locator('article.qi').first().waitFor();
    // The token leaves the address bar once the page has loaded.
    await expect.poll(() => supplier.url()).not.toContain(link.split('/s/')[1]);
    await expectNoAxeViolations(supplier, 'portal questionnaire');
    const answered = await answerVisibleQuestions(supplier, 4);
    expect(answered).toBe(4);
    await waitUntilSaved(supplier);
    await supplier.reload();
    await supplier.locator('article.qi').first().waitFor();
    await expect.poll(() => supplier.locator('.ai__options input:checked').count()).toBeGreaterThanOrEqual(3);
  });

  it('the supplier finishes every theme, submits with the declaration and sees the read-only copy', async () => {
    for (let step = 0; step < 12; step++) {
      await answerVisibleQuestions(supplier);
      const next = supplier.getByRole('link', { name: /^Next: / });
      if (await next.count()) {
        await next.first().click();
        continue;
      }
      const toReview = supplier.getByRole('link', { name: /Continue to review and submit/ });
      if (await toReview.count()) {
        await toReview.first().click();
        break;
      }
    }
    await expect.poll(() => supplier.getByText('All required questions are answered.').isVisible(), { timeout: 15_000 }).toBe(true);
    await supplier.getByLabel('Name of the person signing').fill('Aoi Tanaka');
    await supplier.getByLabel('Job title').fill('Sustainability Manager');
    await supplier.getByLabel('I agree to the declaration above.').check();
    await expectNoAxeViolations(supplier, 'portal review');
    await supplier.getByRole('button', { name: 'Submit answers' }).click();
    await expect.poll(() => supplier.getByText('Thank you. Your answers have been submitted.').isVisible(), { timeout: 15_000 }).toBe(true);
    expect(await supplier.locator('input[type="radio"]:not([disabled])').count()).toBe(0);
    await expectNoAxeViolations(supplier, 'portal read-only');
  });

  it('the buyer sees the grades', async () => {
    await buyer.goto(campaignUrl);
    const row = buyer.getByRole('row', { name: /Shinagawa Components KK/ });
    await expect.poll(() => row.locator('span[data-grade]').count(), { timeout: 15_000 }).toBeGreaterThan(1);
    const shown = await row.locator('span[data-grade]').evaluateAll((els) => els.map((e) => e.getAttribute('data-grade')));
    // Exactly the grades the server computed for this submission: overall, then theme by theme.
    const campaignId = campaignUrl.match(/campaigns\/([0-9a-f-]{36})/)![1];
    const [response] = await api<{ overallGrade: string; themes: Record<string, { grade: string }> }[]>('GET', `/api/campaigns/${campaignId}/responses`, undefined, account.token);
    const themeKeys = await buyer.locator('thead th[data-theme]').evaluateAll((els) => els.map((e) => e.getAttribute('data-theme')));
    expect(themeKeys.length).toBeGreaterThan(0);
    expect(shown).toEqual([response.overallGrade, ...themeKeys.map((k) => response.themes[k!].grade)]);
    // Every theme was answered with its best-practice option first, so nothing is Z.
    expect(shown).not.toContain('Z');
  });
});
