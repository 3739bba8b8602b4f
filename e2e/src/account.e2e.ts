import { generate } from 'otplib';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api } from './api.js';
import { expectNoAxeViolations, launch } from './browser.js';
import { type GradedCampaign, gradedCampaign, screenshots, signIn } from './fixtures.js';
import { shotsDir } from './shots.js';

/**
 * The account pages and the approvals queue: sessions listed and one revoked, two-step
 * sign-in set up with an authenticator code, and a feedback release another buyer asked
 * for, approved from the queue.
 */
describe('sessions, two-step sign-in and approvals (browser)', () => {
  const shots = shotsDir('account');
  let browser: Browser;
  let campaign: GradedCampaign;
  let page: Page;
  let secret = '';

  beforeAll(async () => {
    browser = await launch();
    campaign = await gradedCampaign('account', 'Approval SAQ');
    page = await signIn(browser, campaign.account);
  });
  afterAll(async () => {
    await browser?.close();
  });

  const openAccountMenu = async (link: string) => {
    await page.getByRole('button', { name: /Account/ }).click();
    await page.getByRole('link', { name: link }).click();
    await page.getByRole('heading', { name: link, level: 1 }).waitFor();
  };

  it('lists the sessions and revokes the other one', async () => {
    await openAccountMenu('Your sessions');
    const rows = page.getByRole('table', { name: 'Your sessions' }).locator('tbody tr');
    // The sign-up's session (from the API) and this browser's.
    await expect.poll(() => rows.count()).toBe(2);
    await expect.poll(() => page.getByText('This session').isVisible()).toBe(true);
    await expectNoAxeViolations(page, 'sessions');
    await screenshots(page, shots, 'sessions');
    await page.getByRole('button', { name: /Revoke the session of/ }).click();
    await expect.poll(() => rows.count()).toBe(1);
    await expect.poll(async () => (await fetch(`${new URL(page.url()).origin}/api/me`, { headers: { authorization: `Bearer ${campaign.account.token}` } })).status).toBe(401);
  });

  it('sets up two-step sign-in with a code from the authenticator app and shows the recovery codes once', async () => {
    await openAccountMenu('Sign-in security');
    await page.getByRole('button', { name: 'Set up an authenticator app' }).click();
    await page.getByRole('img', { name: 'QR code for the authenticator app' }).waitFor();
    secret = (await page.locator('code').first().textContent())!.trim();
    await expectNoAxeViolations(page, 'two-step set-up');
    await page.getByRole('textbox', { name: '6-digit code' }).fill(await generate({ secret }));
    await page.getByRole('button', { name: 'Turn on' }).click();
    await page.getByRole('heading', { name: 'Your recovery codes' }).waitFor();
    await expect.poll(() => page.locator('.mfa__codes li').count()).toBe(10);
    await expect.poll(() => page.getByText('Two-step sign-in is on. Recovery codes left: 10.').isVisible()).toBe(true);
    await screenshots(page, shots, 'security');
  });

  it('approves a feedback release another buyer asked for, from the queue', async () => {
    // The sign-up's token was revoked above, and the account now signs in with a code too.
    const { email: adminEmail, password } = campaign.account;
    const { accessToken: token } = await api<{ accessToken: string }>('POST', '/api/auth/login', {
      email: adminEmail,
      password,
      code: await generate({ secret, epoch: Math.floor(Date.now() / 1000) + 30 }),
    });
    // The admin puts feedback releases under approval on the settings page.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    const card = page.getByRole('region', { name: 'Four-eyes approval' });
    await card.getByRole('checkbox', { name: 'Feedback release' }).check();
    await card.getByRole('button', { name: 'Save approval settings' }).click();
    await page.getByText('Approval settings saved.').waitFor();
    expect((await api<{ approvals: object }>('GET', '/api/organization', undefined, token)).approvals).toEqual({ overrides: false, verification: false, release: true });
    const email = `second-${Date.now()}@account.example`;
    await api('POST', '/api/users', { email, name: 'Second Buyer', role: 'buyer', password: 'another fine passphrase' }, token);
    const second = await api<{ accessToken: string }>('POST', '/api/auth/login', { email, password: 'another fine passphrase' });
    const pending = await api<{ approvalId: string; status: string }>('POST', `/api/campaigns/${campaign.campaignId}/feedback/release`, undefined, second.accessToken);
    expect(pending.status).toBe('pending');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Approvals' }).click();
    await page.getByRole('heading', { name: 'Approvals', level: 1 }).waitFor();
    const rows = page.getByRole('table', { name: 'Approvals' }).locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(1);
    await expect.poll(() => rows.first().textContent()).toContain('Second Buyer');
    await expectNoAxeViolations(page, 'approvals');
    await screenshots(page, shots, 'approvals');
    await page.getByRole('button', { name: 'Approve the Feedback release requested by Second Buyer' }).click();
    await page.getByRole('dialog').getByRole('textbox', { name: 'Comment (optional)' }).fill('Checked the grades.');
    await page.getByRole('dialog').getByRole('button', { name: 'Approve' }).click();
    // The pending queue is empty now.
    await expect.poll(() => rows.first().textContent()).toBe('Nothing to show.');
    const decided = await api<{ status: string; comment: string }[]>('GET', '/api/approvals?status=approved', undefined, second.accessToken);
    expect(decided).toMatchObject([{ status: 'approved', comment: 'Checked the grades.' }]);
  });
});
