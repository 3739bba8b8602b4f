import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { api, inDays, signupBuyer } from './api.js';
import { expectNoAxeViolations, launch } from './browser.js';
import { type Account, screenshots, signIn } from './fixtures.js';
import { waitForMail } from './mail-sink.js';
import { shotsDir } from './shots.js';

/**
 * The console's housekeeping pages, reached from its navigation: editing a supplier, the
 * audit log and its integrity check, adding a user (who then signs in), and the mail
 * preview with one message opened.
 */
describe('supplier edit, audit log, users and mail preview (browser)', () => {
  const shots = shotsDir('admin');
  const stamp = Date.now();
  const contact = `mei-${stamp}@kobe-resin.example`;
  let browser: Browser;
  let account: Account;
  let page: Page;
  let supplierId: string;

  beforeAll(async () => {
    browser = await launch();
    account = await signupBuyer('admin');
    supplierId = (await api<{ id: string }>('POST', '/api/suppliers', {
      name: 'Kobe Resin Works',
      code: 'KRW-1',
      productType: 'Resins',
      country: 'JP',
      contacts: [{ name: 'Mei Kato', email: contact, language: 'en' }],
    }, account.token)).id;
    const questionnaires = await api<{ builtIn: boolean; publishedVersionId: string }[]>('GET', '/api/questionnaires', undefined, account.token);
    const campaign = await api<{ id: string }>('POST', '/api/campaigns', {
      name: 'Housekeeping SAQ',
      questionnaireVersionId: questionnaires.find((q) => q.builtIn)!.publishedVersionId,
      supplierIds: [supplierId],
      dueDate: inDays(10),
    }, account.token);
    await api('POST', `/api/campaigns/${campaign.id}/launch`, undefined, account.token);
    await waitForMail(inject('mailDir'), contact, /Housekeeping SAQ/);
    page = await signIn(browser, account);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('edits a supplier and sees the change on its page', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Suppliers' }).click();
    await page.getByRole('link', { name: 'Kobe Resin Works' }).click();
    await page.getByRole('heading', { name: 'Kobe Resin Works', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Edit', exact: true }).click();
    await page.getByRole('heading', { name: 'Edit Kobe Resin Works', level: 1 }).waitFor();
    await expectNoAxeViolations(page, 'supplier edit');
    await screenshots(page, shots, 'supplier-edit');
    await page.getByRole('textbox', { name: 'Supplier name' }).fill('Kobe Resin Works Co., Ltd.');
    await page.getByRole('combobox', { name: 'Product type' }).fill('Engineering plastics');
    await page.getByRole('combobox', { name: 'Risk level' }).selectOption('high');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await page.waitForURL(new RegExp(`/suppliers/${supplierId}$`));
    await page.getByRole('heading', { name: 'Kobe Resin Works Co., Ltd.', level: 1 }).waitFor();
    const profile = page.getByRole('region', { name: 'Profile' });
    await expect.poll(() => profile.textContent()).toMatch(/Product type\s*Engineering plastics/);
    await expect.poll(() => profile.textContent()).toMatch(/Risk level\s*High/);
    const saved = await api<{ name: string; productType: string; riskLevel: string }>('GET', `/api/suppliers/${supplierId}`, undefined, account.token);
    expect(saved).toMatchObject({ name: 'Kobe Resin Works Co., Ltd.', productType: 'Engineering plastics', riskLevel: 'high' });
  });

  it('finds the edit in the audit log and verifies the chain', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit log' }).click();
    await page.getByRole('heading', { name: 'Audit log', level: 1 }).waitFor();
    const filters = page.getByRole('search', { name: 'Filter audit events' });
    await filters.getByRole('combobox', { name: 'Entity type' }).selectOption({ label: 'Supplier' });
    await filters.getByRole('textbox', { name: 'Action' }).fill('supplier.update');
    await filters.getByRole('button', { name: 'Apply filters' }).click();
    const rows = page.getByRole('table', { name: 'Audit events' }).locator('tbody tr');
    await expect.poll(() => rows.count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => rows.first().textContent()).toContain('supplier.update');
    await rows.first().getByRole('button', { name: /Changes of event #\d+/ }).click();
    const diff = page.getByRole('table', { name: 'Audit events' }).locator('.adiff');
    await expect.poll(() => diff.getByRole('row', { name: /^name / }).textContent()).toMatch(/Kobe Resin Works\s*Kobe Resin Works Co\., Ltd\./);
    await expect.poll(() => diff.getByRole('row', { name: /^productType / }).textContent()).toMatch(/Resins\s*Engineering plastics/);
    await expectNoAxeViolations(page, 'audit log');

    await page.getByRole('button', { name: 'Verify integrity' }).click();
    const events = (await api<{ total: number }>('GET', '/api/audit', undefined, account.token)).total;
    await expect.poll(() => page.getByRole('region', { name: 'Integrity' }).textContent(), { timeout: 15_000 }).toContain(`The log is intact: ${events} events checked.`);
    await expectNoAxeViolations(page, 'audit log verified');
    await screenshots(page, shots, 'audit');
  });

  it('adds a user, who can then sign in', async () => {
    const email = `viewer-${stamp}@admin.example`;
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Users' }).click();
    await page.getByRole('heading', { name: 'Users', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Add user' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a user' });
    await dialog.getByRole('textbox', { name: 'Name' }).fill('Yui Viewer');
    await dialog.getByRole('textbox', { name: 'E-mail address' }).fill(email);
    await dialog.getByRole('combobox', { name: 'Role' }).selectOption('viewer');
    await dialog.getByLabel('Initial password').fill('another sturdy passphrase');
    await expectNoAxeViolations(page, 'add user dialog');
    await dialog.getByRole('button', { name: 'Add user' }).click();
    await expect.poll(() => page.getByText('Yui Viewer has been added.').first().isVisible(), { timeout: 15_000 }).toBe(true);
    await expect.poll(() => page.getByRole('table', { name: 'Users' }).getByRole('row', { name: /Yui Viewer/ }).textContent()).toMatch(/Viewer/);
    await expectNoAxeViolations(page, 'users');
    await screenshots(page, shots, 'users');

    const viewer = await signIn(browser, { ...account, email, password: 'another sturdy passphrase' });
    const nav = viewer.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Audit log' }).waitFor();
    expect(await nav.getByRole('link', { name: 'Users' }).count()).toBe(0);
    await viewer.context().close();
  });

  it('opens an invitation in the mail preview', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Mail preview' }).click();
    await page.getByRole('heading', { name: 'Mail preview', level: 1 }).waitFor();
    await expectNoAxeViolations(page, 'mail preview');
    await screenshots(page, shots, 'mail-list');
    await page.getByRole('link', { name: /Please complete "Housekeeping SAQ"/ }).click();
    await page.waitForURL(/\/mail\/[0-9a-z-]+$/);
    await page.getByRole('heading', { name: /Please complete "Housekeeping SAQ"/, level: 1 }).waitFor();
    await expect.poll(() => page.getByText(contact).first().isVisible()).toBe(true);
    const body = page.frameLocator('iframe[title^="Message body"]');
    await expect.poll(() => body.locator('body').textContent(), { timeout: 10_000 }).toMatch(/Housekeeping SAQ/);
    await expect.poll(async () => (await body.locator('a[href*="/s/"]').count()) > 0).toBe(true);
    await expectNoAxeViolations(page, 'mail message');
    await screenshots(page, shots, 'mail-message');
  });
});
