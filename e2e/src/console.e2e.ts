import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectNoAxeViolations, launch } from './browser.js';

/**
 * The buyer's first minutes: sign up, add a supplier by hand, import more from a CSV file
 * — in a real Chromium against the built product.
 */
describe('buyer console (browser)', () => {
  const baseUrl = inject('baseUrl');
  let browser: Browser;
  let page: Page;
  const email = `buyer-${Date.now()}@example.test`;

  beforeAll(async () => {
    browser = await launch();
    const context = await browser.newContext({ locale: 'en-US', viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('signs up a new organisation', async () => {
    await page.goto(`${baseUrl}/signup`);
    await page.locator('input[name="organizationName"]').fill('Tokyo Procurement Division');
    await page.locator('input[name="name"]').fill('Hanako Buyer');
    await page.locator('input[name="email"]').fill(email);
    await page.locator('input[name="password"]').fill('a sturdy passphrase 2026');
    await expectNoAxeViolations(page, 'sign-up');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.waitForURL(/\/suppliers$/);
    await expect.poll(() => page.getByText('Tokyo Procurement Division').first().isVisible()).toBe(true);
  });

  it('adds a supplier with a contact', async () => {
    await page.goto(`${baseUrl}/suppliers/new`);
    await page.locator('input[name="name"]').fill('Kanto Precision Co.');
    await page.locator('input[name="code"]').fill('V-9001');
    await page.locator('[name="productType"]').fill('Machined parts');
    await page.locator('select[name="country"]').selectOption('JP');
    await page.locator('select[name="riskLevel"]').selectOption('high');
    const contactName = page.locator('input[name="contacts.0.name"]');
    if ((await contactName.count()) === 0) await page.getByRole('button', { name: /add contact/i }).click();
    await page.locator('input[name="contacts.0.name"]').fill('Ken Sato');
    await page.locator('input[name="contacts.0.email"]').fill('ken.sato@kanto.example');
    await expectNoAxeViolations(page, 'supplier form');
    await page.locator('form button[type="submit"]').click();
    await page.waitForURL(/\/suppliers\/[0-9a-f-]{36}$/);
    await expect.poll(() => page.getByText('ken.sato@kanto.example').first().isVisible()).toBe(true);
  });

  it('imports suppliers from a CSV file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ses-csv-'));
    const file = join(dir, 'suppliers.csv');
    writeFileSync(
      file,
      [
        'code,name,product_type,country,tier,parent_code,risk_level,tags,contact_name,contact_email,contact_language',
        'V-9101,北陸ケミカル株式会社,Chemicals,JP,1,,high,priority,高橋 誠,m.takahashi@hokuriku.example,ja',
        'V-9102,Saigon Garment Co.,Uniforms,VN,2,V-9101,medium,,Lan Nguyen,lan@saigon.example,en',
      ].join('\n'),
    );
    await page.goto(`${baseUrl}/suppliers/import`);
    await page.locator('input[name="file"]').setInputFiles(file);
    await page.locator('form button[type="submit"]').click();
    await expect.poll(() => page.getByText('2 added, 0 updated.').first().isVisible(), { timeout: 15_000 }).toBe(true);
    await expectNoAxeViolations(page, 'import result');
    await page.goto(`${baseUrl}/suppliers`);
    await expect.poll(() => page.getByText('北陸ケミカル株式会社').first().isVisible()).toBe(true);
    await expect.poll(() => page.getByText('Saigon Garment Co.').first().isVisible()).toBe(true);
    await expect.poll(() => page.getByText('Kanto Precision Co.').first().isVisible()).toBe(true);
    await expectNoAxeViolations(page, 'supplier list');
  });

  it('switches the console to Japanese and remembers it', async () => {
    await page.getByRole('button', { name: '日本語' }).click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('ja');
    await expect.poll(() => page.getByRole('heading', { name: 'サプライヤー' }).first().isVisible()).toBe(true);
    await page.reload();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('ja');
    await expectNoAxeViolations(page, 'supplier list in Japanese');
  });
});
