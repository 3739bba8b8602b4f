import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { settle } from './a11y.js';
import { answersWithOneCriticalFailure } from './answers.js';
import { api, inDays, linkIn, signupBuyer } from './api.js';
import { expectNoAxeViolations, launch } from './browser.js';
import { download, pdfText, screenshots, signIn } from './fixtures.js';
import { waitForMail } from './mail-sink.js';
import { shotsDir } from './shots.js';

/**
 * Grades after release: suppliers submit and see no grade; the buyer holds one sheet back,
 * releases one supplier's sheet, then the rest; the released supplier sees its grades, its
 * sheet (the average of the other suppliers of its type, with how many) and its PDF, named
 * after it and the campaign; a supplier not yet released still sees none.
 */
describe('feedback release per supplier (browser)', () => {
  const shots = shotsDir('feedback-release');
  const files = join(shots, 'files');
  const baseUrl = inject('baseUrl');
  const mailDir = inject('mailDir');
  const campaignName = '2026年度 Release SAQ';
  const stamp = Date.now();
  const people = [
    { key: 'weak', name: 'Osaka Weak Links KK', fail: true },
    { key: 'good', name: 'Sendai Precision KK', fail: false },
    { key: 'held', name: 'Nagoya Held Parts KK', fail: false },
    { key: 'kobe', name: 'Kobe Gears KK', fail: false },
  ] as const;
  const links: Record<string, string> = {};
  let browser: Browser;
  let buyer: Page;

  const portal = async (key: string, width = 1280) => {
    const page = await (await browser.newContext({ locale: 'en-US', viewport: { width, height: 900 }, acceptDownloads: true })).newPage();
    await page.goto(links[key]);
    await page.getByRole('heading', { level: 2 }).first().waitFor();
    return page;
  };
  /**
   * Desktop and 390 px shots of the campaign page; at 390 px the feedback card stays within
   * the screen (its table scrolls in its own box). The page's other cards are measured by
   * the campaign page's own layout test.
   */
  const consoleShots = async (name: string) => {
    await buyer.screenshot({ path: join(shots, `${name}-desktop.png`), fullPage: true });
    await buyer.setViewportSize({ width: 390, height: 844 });
    await settle(buyer);
    await buyer.screenshot({ path: join(shots, `${name}-390.png`), fullPage: true });
    const box = await buyer.locator('section.frelease').boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    await buyer.setViewportSize({ width: 1366, height: 900 });
  };
  const statusRow = (name: string) => buyer.getByRole('region', { name: 'Feedback sheets by supplier' }).getByRole('row').filter({ has: buyer.getByRole('rowheader', { name }) });

  beforeAll(async () => {
    browser = await launch();
    const account = await signupBuyer('release');
    const ids: string[] = [];
    for (const p of people) {
      const email = `${p.key}-${stamp}@release.example`;
      ids.push((await api<{ id: string }>('POST', '/api/suppliers', { name: p.name, productType: 'Machined parts', contacts: [{ name: p.name, email, language: 'en' }] }, account.token)).id);
    }
    const questionnaires = await api<{ builtIn: boolean; publishedVersionId: string }[]>('GET', '/api/questionnaires', undefined, account.token);
    const campaign = await api<{ id: string; gradeVisibility: string }>('POST', '/api/campaigns', {
      name: campaignName,
      questionnaireVersionId: questionnaires.find((q) => q.builtIn)!.publishedVersionId,
      supplierIds: ids,
      dueDate: inDays(14),
    }, account.token);
    expect(campaign.gradeVisibility).toBe('after_release');
    await api('POST', `/api/campaigns/${campaign.id}/launch`, undefined, account.token);
    for (const p of people) {
      links[p.key] = linkIn((await waitForMail(mailDir, `${p.key}-${stamp}@release.example`, /Release SAQ/)).text);
      const token = links[p.key].split('/s/')[1];
      const view = await api<{ version: number }>('GET', `/api/portal/${token}`);
      await api('PUT', `/api/portal/${token}/answers`, { version: view.version, answers: answersWithOneCriticalFailure(p.fail).answers });
      await api('POST', `/api/portal/${token}/submit`, { declaration: { signerName: 'Signer', signerTitle: 'CEO', agreed: true } });
    }
    buyer = await signIn(browser, account);
    await buyer.goto(`${baseUrl}/campaigns/${campaign.id}`);
    await buyer.getByRole('heading', { name: /Release SAQ/, level: 1 }).waitFor();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('offers when suppliers see their grades on a new campaign, releasing first by default, and shows it on the campaign', async () => {
    await expect.poll(() => buyer.locator('dl').getByText('When their feedback sheet is released').count()).toBe(1);
    await buyer.goto(`${baseUrl}/campaigns/new`);
    const group = buyer.getByRole('group', { name: 'When suppliers see their grades' });
    expect(await group.getByRole('radio', { name: /When their feedback sheet is released/ }).isChecked()).toBe(true);
    expect(await group.getByRole('radio', { name: 'As soon as they submit' }).isChecked()).toBe(false);
    await expectNoAxeViolations(buyer, 'new campaign form');
    await buyer.goBack();
    await buyer.getByRole('heading', { name: /Release SAQ/, level: 1 }).waitFor();
  });

  it('shows a submitted supplier no grade and no corrective action before its sheet is released', async () => {
    const weak = await portal('weak');
    await expect.poll(() => weak.getByRole('heading', { name: 'Results' }).count()).toBe(0);
    expect(await weak.locator('.gm').count()).toBe(0);
    await weak.close();
  });

  it('lists every graded supplier, holds one sheet back and releases one supplier alone', async () => {
    for (const p of people) await expect.poll(() => statusRow(p.name).getByText('Not released').count()).toBe(1);
    await statusRow('Nagoya Held Parts KK').getByRole('button', { name: 'Hold back the sheet of Nagoya Held Parts KK' }).click();
    await expect.poll(() => statusRow('Nagoya Held Parts KK').getByText('On hold').count()).toBe(1);
    await statusRow('Osaka Weak Links KK').getByRole('checkbox', { name: 'Select Osaka Weak Links KK' }).check();
    await buyer.getByRole('button', { name: 'Release the selected sheet' }).click();
    await expect.poll(() => statusRow('Osaka Weak Links KK').getByText('Not released').count(), { timeout: 15_000 }).toBe(0);
    expect(await statusRow('Sendai Precision KK').getByText('Not released').count()).toBe(1);
    await waitForMail(mailDir, `weak-${stamp}@release.example`, /feedback sheet/i);
    await expectNoAxeViolations(buyer, 'feedback release list');
    await consoleShots('release-list');
  });

  it('the released supplier sees its grades, its sheet beside the other suppliers of its type, and its PDF', async () => {
    const weak = await portal('weak');
    await weak.getByRole('heading', { name: 'Results' }).waitFor();
    expect(await weak.locator('.gm').count()).toBeGreaterThan(0);
    await weak.getByRole('link', { name: 'Feedback', exact: true }).click();
    await weak.getByRole('heading', { name: 'Feedback sheet', level: 2 }).waitFor();
    await weak.getByRole('table', { name: 'Your score in each theme and the average of the 3 other suppliers of Machined parts' }).waitFor();
    await expectNoAxeViolations(weak, 'portal feedback after release');
    await screenshots(weak, shots, 'portal-sheet');
    const pdf = await download(weak, files, () => weak.getByRole('button', { name: 'Download PDF' }).click());
    expect(pdf.name).toBe(`feedback_Osaka Weak Links KK_${campaignName}.pdf`);
    const text = await pdfText(pdf.path);
    expect(text).toContain('How grades are given');
    expect(text).toContain('Score rate by theme');
    expect(text).toContain('Product-type average (3 other suppliers)');
    expect(text).toContain('Critical points not met');
    await weak.close();
    // Not released yet: still nothing.
    const good = await portal('good');
    await expect.poll(() => good.getByRole('heading', { name: 'Results' }).count()).toBe(0);
    expect(await good.locator('.gm').count()).toBe(0);
    await good.close();
  });

  it('releases the rest but the held sheet, and shows who opened theirs', async () => {
    await buyer.reload();
    await buyer.getByRole('button', { name: 'Release feedback sheets' }).click();
    await buyer.getByRole('dialog').getByRole('button', { name: 'Release and send' }).click();
    await expect.poll(() => buyer.locator('.frelease__result').textContent(), { timeout: 15_000 }).toMatch(/2 sheets released/);
    await expect.poll(() => statusRow('Sendai Precision KK').getByText('Not released').count()).toBe(0);
    expect(await statusRow('Nagoya Held Parts KK').getByText('On hold').count()).toBe(1);
    // The weak supplier opened its sheet; the others have not yet.
    expect(await statusRow('Osaka Weak Links KK').getByText('Not opened').count()).toBe(0);
    expect(await statusRow('Kobe Gears KK').getByText('Not opened').count()).toBe(1);
    const held = await portal('held');
    await expect.poll(() => held.getByRole('heading', { name: 'Results' }).count()).toBe(0);
    await held.close();
    await consoleShots('release-after');
  });
});
