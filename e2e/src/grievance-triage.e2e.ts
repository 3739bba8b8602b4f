import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { api, signupBuyer } from './api.js';
import { expectNoAxeViolations, launch } from './browser.js';
import { type Account, screenshots, signIn } from './fixtures.js';
import { shotsDir } from './shots.js';

/**
 * A grievance triaged in the console as a buyer does it: from the board to the report, a
 * supplier linked, a reply to the reporter, the outcome recorded and the report resolved;
 * the reporter then reads the reply and the outcome with the tracking code.
 */
describe('grievance triage (browser)', () => {
  const baseUrl = inject('baseUrl');
  const shots = shotsDir('grievances');
  let browser: Browser;
  let account: Account;
  let buyer: Page;
  let trackingCode: string;
  let supplierId: string;
  const description = 'Workers at the plating line say overtime in March was not paid.';

  beforeAll(async () => {
    browser = await launch();
    account = await signupBuyer('triage');
    supplierId = (await api<{ id: string }>('POST', '/api/suppliers', { name: 'Kawasaki Plating Works', code: 'KPW-1', productType: 'Surface treatment' }, account.token)).id;
    await api('POST', '/api/suppliers', { name: 'Kawaguchi Castings', code: 'KC-1', productType: 'Castings' }, account.token);
    // Filing a report is the public page's own test; here it is only the setup.
    ({ trackingCode } = await api<{ trackingCode: string }>('POST', `/api/public/grievances/${account.slug}`, {
      category: 'labour',
      description,
      supplierName: 'Kawasaki plating',
      language: 'en',
    }));
    buyer = await signIn(browser, account);
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** The report as the API holds it (there is one). */
  const grievanceRow = async () => {
    const [row] = (await api<{ items: { id: string }[] }>('GET', '/api/grievances', undefined, account.token)).items;
    return api<{ status: string; supplierId: string | null; outcome: string | null }>('GET', `/api/grievances/${row.id}`, undefined, account.token);
  };

  it('opens a report from the grievance board', async () => {
    await buyer.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Grievances' }).click();
    await buyer.getByRole('heading', { name: 'Grievances', level: 1 }).waitFor();
    const table = buyer.getByRole('table', { name: 'Grievances' });
    await expect.poll(() => table.locator('tbody tr').count()).toBe(1);
    await expect.poll(() => table.locator('tbody tr').first().textContent()).toMatch(/Labour.*Received.*Kawasaki plating/);
    await expectNoAxeViolations(buyer, 'grievance board');
    await screenshots(buyer, shots, 'grievance-board');
    await table.locator('tbody tr').first().getByRole('link').click();
    await buyer.waitForURL(/\/grievances\/[0-9a-f-]{36}$/);
    await buyer.getByRole('heading', { name: 'Report', level: 2, exact: true }).waitFor();
    await expect.poll(() => buyer.getByText(description).isVisible()).toBe(true);
    await expect.poll(() => buyer.title()).not.toMatch(/not found/i);
    await expectNoAxeViolations(buyer, 'grievance detail');
    await screenshots(buyer, shots, 'grievance-detail');
  });

  it('links the supplier and moves the report to investigating', async () => {
    const triage = buyer.getByRole('region', { name: 'Triage' });
    await triage.getByRole('searchbox', { name: 'Linked supplier' }).fill('Kawasaki');
    await triage.getByRole('button', { name: /Kawasaki Plating Works/ }).click();
    await triage.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Investigating' });
    await triage.getByRole('button', { name: 'Save triage' }).click();
    await expect.poll(() => buyer.getByText('Triage saved.').first().isVisible(), { timeout: 15_000 }).toBe(true);
    await expect.poll(async () => (await grievanceRow()).status).toBe('investigating');
    expect((await grievanceRow()).supplierId).toBe(supplierId);
    await expect.poll(() => buyer.getByRole('heading', { level: 1 }).textContent()).toMatch(/Investigating/);
  });

  it('replies to the reporter', async () => {
    const thread = buyer.getByRole('region', { name: 'Messages with the reporter' });
    await thread.getByRole('textbox', { name: 'Reply to the reporter' }).fill('Thank you. We have asked the supplier for the March payroll records.');
    await thread.getByRole('button', { name: 'Send reply' }).click();
    await expect.poll(() => buyer.getByText('Reply sent.').first().isVisible(), { timeout: 15_000 }).toBe(true);
    await expect.poll(() => thread.getByText('We have asked the supplier for the March payroll records.').isVisible()).toBe(true);
    await expect.poll(() => thread.getByRole('textbox', { name: 'Reply to the reporter' }).inputValue()).toBe('');
  });

  it('asks for the outcome before resolving, then resolves the report', async () => {
    const triage = buyer.getByRole('region', { name: 'Triage' });
    await triage.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Resolved' });
    await triage.getByRole('button', { name: 'Save triage' }).click();
    await expect.poll(() => triage.getByText('Record the outcome before marking the report resolved.').isVisible()).toBe(true);
    await expect.poll(() => buyer.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('outcome');
    expect((await grievanceRow()).status).toBe('investigating');
    await expectNoAxeViolations(buyer, 'grievance triage with an error');

    await triage.getByRole('textbox', { name: 'Outcome' }).fill('The supplier paid the March overtime to all 41 workers on 20 April.');
    await triage.getByRole('button', { name: 'Save triage' }).click();
    await expect.poll(async () => (await grievanceRow()).status, { timeout: 15_000 }).toBe('resolved');
    expect((await grievanceRow()).outcome).toBe('The supplier paid the March overtime to all 41 workers on 20 April.');
    await expect.poll(() => buyer.getByRole('heading', { level: 1 }).textContent()).toMatch(/Resolved/);
    await screenshots(buyer, shots, 'grievance-resolved');

    // Back on the board the row shows the new status and the linked supplier.
    await buyer.getByRole('link', { name: 'Back to grievances' }).click();
    await expect.poll(() => buyer.getByRole('table', { name: 'Grievances' }).locator('tbody tr').first().textContent()).toMatch(/Resolved.*Kawasaki Plating Works.*1/);
  });

  it('the reporter reads the reply and the outcome with the tracking code', async () => {
    const reporter = await (await browser.newContext({ locale: 'en-US', viewport: { width: 390, height: 844 } })).newPage();
    await reporter.goto(`${baseUrl}/g/${account.slug}`);
    await reporter.getByRole('link', { name: 'Follow your report' }).first().click();
    await reporter.getByRole('textbox', { name: 'Tracking code' }).fill(trackingCode);
    await reporter.getByRole('button', { name: 'Show my report' }).click();
    await reporter.getByRole('heading', { name: 'Your report', exact: true }).waitFor();
    await expect.poll(() => reporter.getByText('We have asked the supplier for the March payroll records.').isVisible()).toBe(true);
    await expect.poll(() => reporter.getByText('The supplier paid the March overtime to all 41 workers on 20 April.').isVisible()).toBe(true);
    await expect.poll(() => reporter.getByText('Resolved').first().isVisible()).toBe(true);
    await expectNoAxeViolations(reporter, 'grievance follow-up with a reply');
    await reporter.screenshot({ path: join(shots, 'grievance-reporter-390.png'), fullPage: true });
    // A phone-width page scrolls down, never sideways (WCAG 1.4.10).
    expect(await reporter.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});
