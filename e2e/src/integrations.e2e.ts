import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { api, signupBuyer } from './api.js';
import { expectNoAxeViolations, launch } from './browser.js';
import { screenshots, signIn } from './fixtures.js';
import { shotsDir } from './shots.js';

interface Received {
  id: string;
  body: string;
  valid: boolean;
}

/** Checks a Standard Webhooks signature by the specification itself, with node:crypto. */
function signatureValid(secret: string, id: string, timestamp: string, body: string, header: string): boolean {
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  const expected = createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest();
  return header.split(' ').some((sig) => {
    const [version, value] = sig.split(',');
    const given = Buffer.from(value ?? '', 'base64');
    return version === 'v1' && given.length === expected.length && timingSafeEqual(given, expected);
  });
}

/** An admin creates an API key and a webhook on the Integrations page, and both work. */
describe('integrations (browser)', () => {
  const baseUrl = inject('baseUrl');
  let browser: Browser;
  let page: Page;
  let account: Awaited<ReturnType<typeof signupBuyer>>;
  let receiver: Server;
  const received: Received[] = [];
  const shots = shotsDir('integrations');
  let secret = '';

  beforeAll(async () => {
    receiver = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        const h = (n: string) => String(req.headers[n] ?? '');
        received.push({ id: h('webhook-id'), body, valid: signatureValid(secret, h('webhook-id'), h('webhook-timestamp'), body, h('webhook-signature')) });
        res.writeHead(204).end();
      });
    });
    await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
    account = await signupBuyer('integrations');
    browser = await launch();
    page = await signIn(browser, account, { width: 1280, height: 900 });
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise((r) => receiver?.close(r));
  });

  it('creates an API key, shows it once to copy, and the key reads but cannot write', async () => {
    // Set up once by an admin: reached from the organisation's settings.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('link', { name: 'Manage API keys and webhooks' }).click();
    await page.getByRole('heading', { name: 'Integrations', level: 1 }).waitFor();
    await page.getByRole('textbox', { name: 'Name' }).fill('Purchasing system');
    await page.getByRole('combobox', { name: 'Scope' }).selectOption('read');
    await page.getByRole('button', { name: 'Create key' }).click();
    const shown = page.getByRole('textbox', { name: 'New API key' });
    await shown.waitFor();
    const key = await shown.inputValue();
    expect(key).toMatch(/^ses_live_/);
    await page.getByRole('button', { name: 'Copy' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(key);
    await expect.poll(() => page.getByText('Purchasing system', { exact: true }).isVisible()).toBe(true);
    await expectNoAxeViolations(page, 'integrations with a new key');
    await screenshots(page, shots, 'integrations-new-key');

    const list = await api<{ total: number }>('GET', '/api/suppliers', undefined, key);
    expect(list.total).toBe(0);
    await expect(api('POST', '/api/suppliers', { name: 'x', productType: 'y', contacts: [] }, key)).rejects.toThrow(/403/);
    // Once hidden, the key is nowhere on the page.
    await page.getByRole('button', { name: 'Done' }).click();
    expect(await page.content()).not.toContain(key);

    // Revoked after a confirmation: gone from the list, and refused at once.
    await page.getByRole('button', { name: 'Revoke the key Purchasing system' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Revoke' }).click();
    await page.getByText('The key Purchasing system was revoked.').waitFor();
    await expect.poll(() => page.getByText('Purchasing system', { exact: true }).count()).toBe(0);
    await expect(api('GET', '/api/suppliers', undefined, key)).rejects.toThrow(/401/);
  });

  it('adds a webhook, which receives a signed event that the deliveries list shows', async () => {
    const url = `http://127.0.0.1:${(receiver.address() as { port: number }).port}/events`;
    await page.getByRole('textbox', { name: 'Address (URL)' }).fill(url);
    await page.getByRole('button', { name: 'Add webhook' }).click();
    const shown = page.getByRole('textbox', { name: 'Signing secret' });
    await shown.waitFor();
    secret = await shown.inputValue();
    expect(secret).toMatch(/^whsec_/);

    const supplier = await api<{ id: string }>('POST', '/api/suppliers', { name: 'Webhook Ltd', productType: 'Cables', contacts: [] }, account.token);
    await expect.poll(() => received.length, { timeout: 20_000 }).toBe(1);
    expect(received[0].valid).toBe(true);
    expect(JSON.parse(received[0].body)).toMatchObject({ type: 'supplier.created', data: { supplierId: supplier.id, name: 'Webhook Ltd' } });

    await page.getByRole('button', { name: 'Deliveries' }).click();
    await expect.poll(() => page.getByRole('cell', { name: 'supplier.created', exact: true }).isVisible()).toBe(true);
    await expect.poll(() => page.getByText('Delivered', { exact: true }).isVisible()).toBe(true);
    await expectNoAxeViolations(page, 'integrations with deliveries');
    await screenshots(page, shots, 'integrations-deliveries');
  });
});
