import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startOidcProvider } from '../../apps/api/test/oidc-provider.js';
import { api, signupBuyer } from './api.js';
import { expectNoAxeViolations, launch } from './browser.js';

/**
 * Single sign-on in a real browser: the console's login page hands over to a real OpenID
 * provider on loopback, whose own login page is filled in, and the console opens signed in
 * as the user created at this first sign-in.
 */
describe('single sign-on (browser)', () => {
  const baseUrl = inject('baseUrl');
  let browser: Browser;
  let idp: Awaited<ReturnType<typeof startOidcProvider>> | undefined;
  let issuer: string;
  let account: Awaited<ReturnType<typeof signupBuyer>>;

  beforeAll(async () => {
    idp = await startOidcProvider(
      [{ client_id: 'ses-e2e', client_secret: 'e2e-client-secret-1234', redirect_uris: [`${baseUrl}/api/auth/sso/callback`] }],
      { sora: { email: 'sora@sso-e2e.example', email_verified: true, name: 'Sora Single', groups: ['Purchasing'] } },
    );
    issuer = idp.issuer;
    account = await signupBuyer('sso');
    await api('PUT', '/api/organization/sso', {
      issuer,
      clientId: 'ses-e2e',
      clientSecret: 'e2e-client-secret-1234',
      roleClaim: 'groups',
      roleMapping: { Purchasing: 'buyer' },
      allowedDomains: ['sso-e2e.example'],
    }, account.token);
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await idp?.close();
  });

  it("signs in through the provider's own login page and opens the console as the new user", async () => {
    const page = await (await browser.newContext({ locale: 'en-US' })).newPage();
    await page.goto(`${baseUrl}/login`);
    await page.getByRole('textbox', { name: 'Organisation ID' }).fill(account.slug);
    await expectNoAxeViolations(page, 'login with single sign-on');
    await page.getByRole('button', { name: 'Sign in with your company account' }).click();

    // The provider's page, not ours.
    await page.waitForURL((u) => u.href.startsWith(issuer));
    await page.locator('input[name="login"]').fill('sora');
    await page.locator('input[name="password"]').fill('anything at all');
    await page.locator('button[type="submit"]').click();

    await page.waitForURL(/\/suppliers/);
    expect(page.url()).not.toContain('sso_token');
    await page.getByRole('button', { name: /Sora Single/ }).click();
    await expect.poll(() => page.getByText('sora@sso-e2e.example').isVisible()).toBe(true);

    const users = await api<{ email: string; role: string }[]>('GET', '/api/users', undefined, account.token);
    expect(users.find((u) => u.email === 'sora@sso-e2e.example')?.role).toBe('buyer');
  });
});
