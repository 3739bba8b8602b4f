import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { api, signupBuyer } from './api.js';
import { expectNoAxeViolations, launch } from './browser.js';
import { signIn } from './fixtures.js';

/** An admin renames the organisation and sets its own grade thresholds, then goes back to the defaults. */
describe('organisation settings (browser)', () => {
  const baseUrl = inject('baseUrl');
  let browser: Browser;
  let page: Page;
  let account: Awaited<ReturnType<typeof signupBuyer>>;

  beforeAll(async () => {
    account = await signupBuyer('settings');
    browser = await launch();
    page = await signIn(browser, account, { width: 1280, height: 900 });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows the grievance page address and checks the thresholds before saving', async () => {
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('heading', { name: 'Organization settings', level: 1 }).waitFor();
    const address = page.getByRole('textbox', { name: 'Public grievance page address' });
    await expect.poll(() => address.inputValue()).toBe(`${baseUrl}/g/${account.slug}`);
    await expect.poll(() => page.getByRole('checkbox', { name: /Use the defaults/ }).isChecked()).toBe(true);
    await expectNoAxeViolations(page, 'settings');

    await page.getByRole('checkbox', { name: /Use the defaults/ }).uncheck();
    await page.getByRole('spinbutton', { name: 'Grade B from (%)' }).fill('90');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect.poll(() => page.getByText('A must be higher than B.').isVisible()).toBe(true);
    await expectNoAxeViolations(page, 'settings with errors');
  });

  it('saves the name and the thresholds, and goes back to the defaults', async () => {
    await page.getByRole('textbox', { name: 'Organization name' }).fill('Settings Procurement Japan');
    await page.getByRole('spinbutton', { name: 'Grade A from (%)' }).fill('95');
    await page.getByRole('spinbutton', { name: 'Grade B from (%)' }).fill('75.5');
    await page.getByRole('spinbutton', { name: 'Grade C from (%)' }).fill('50');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect.poll(() => page.getByText('Settings saved.').first().isVisible()).toBe(true);
    const saved = await api('GET', '/api/organization', undefined, account.token);
    expect(saved).toMatchObject({ name: 'Settings Procurement Japan', thresholds: { A: 95, B: 75.5, C: 50 } });
    // The header shows the new name at once.
    await expect.poll(() => page.locator('header').getByText('Settings Procurement Japan').first().isVisible()).toBe(true);

    await page.getByRole('checkbox', { name: /Use the defaults/ }).check();
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect.poll(async () => (await api('GET', '/api/organization', undefined, account.token)).thresholds).toBeNull();
  });
});
