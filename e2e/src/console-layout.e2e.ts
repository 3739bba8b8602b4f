import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { builtinQuestionnaire } from '@ses/questionnaire';
import { GRADE_COLORS } from '../../apps/web/src/features/review/chart-data.js';
import { expectVisibleFocusOnTab, settle } from './a11y.js';
import { api } from './api.js';
import { expectNoAxeViolations, launch } from './browser.js';
import { type GradedCampaign, gradedCampaign, screenshots, signIn } from './fixtures.js';
import { shotsDir } from './shots.js';

/** WCAG contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}
const rgbDistance = (a: string, b: string) => Math.hypot(...[1, 3, 5].map((i) => parseInt(a.slice(i, i + 2), 16) - parseInt(b.slice(i, i + 2), 16)));

/** How many lines a piece of text is laid out on. */
const linesOf = (el: Locator) =>
  el.evaluate((e) => {
    const range = document.createRange();
    range.selectNodeContents(e);
    return new Set(Array.from(range.getClientRects()).filter((r) => r.width > 0).map((r) => Math.round(r.top))).size;
  });

/** Presses Tab until `target` has the focus (a keyboard user's way there); fails after `max` presses. */
async function tabTo(page: Page, target: Locator, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((e) => e === document.activeElement)) return;
  }
  throw new Error('not reachable with the Tab key');
}

/**
 * The console as a buyer meets it in a first campaign, at 1366 px and on a phone: the
 * navigation, the campaign page's actions, the matrix, the toasts, the charts and the wide
 * tables, with the keyboard only and in forced-colours mode.
 */
describe('console layout and accessibility (browser)', () => {
  const baseUrl = inject('baseUrl');
  const shots = shotsDir('console-layout');
  const campaignName = '2026年度 サステナビリティ調査';
  let browser: Browser;
  let graded: GradedCampaign;
  let buyer: Page;
  let campaignUrl: string;

  beforeAll(async () => {
    browser = await launch();
    graded = await gradedCampaign('layout', campaignName);
    buyer = await signIn(browser, graded.account);
    campaignUrl = `${baseUrl}/campaigns/${graded.campaignId}`;
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('keeps the English navigation on one line at 1366 px', async () => {
    const links = buyer.getByRole('navigation', { name: 'Main' }).getByRole('link');
    expect(await links.count()).toBeGreaterThanOrEqual(8);
    const tops = await links.evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().top)));
    expect(new Set(tops).size, 'navigation rows').toBe(1);
    for (const link of await links.all()) expect(await linesOf(link), `${await link.textContent()} wraps`).toBe(1);
  });

  it('separates closing the campaign from the reminders, and asks before closing', async () => {
    await buyer.goto(campaignUrl);
    const header = buyer.locator('header.page-header');
    await header.getByRole('button', { name: 'Send reminders' }).waitFor();
    expect(await header.getByRole('button', { name: 'Close campaign' }).count()).toBe(0);
    const danger = buyer.getByRole('region', { name: 'Close the campaign' });
    await danger.getByRole('button', { name: 'Close campaign' }).click();
    const dialog = buyer.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    expect((await api<{ status: string }>('GET', `/api/campaigns/${graded.campaignId}`, undefined, graded.account.token)).status).toBe('active');
    // The window is named after the campaign; its Japanese name is marked as Japanese.
    expect(await buyer.title()).toMatch(new RegExp(`^${campaignName} — Campaign — `));
    expect(await buyer.locator('h1 [lang="ja"]').textContent()).toBe(campaignName);
    await expectNoAxeViolations(buyer, 'campaign detail');
    await screenshots(buyer, shots, 'campaign-detail');
  });

  it('shows every matrix column, theme titles on at most three lines, and lets the keyboard scroll it', async () => {
    await buyer.goto(`${campaignUrl}?tab=matrix`);
    await buyer.locator('table.matrix tbody tr').first().waitFor();
    const region = buyer.getByRole('region', { name: /^Grades of each supplier by theme/ });
    const headers = await buyer.locator('table.matrix thead th button').all();
    // Supplier, status, submitted, overall, and one per theme of the built-in questionnaire.
    expect(headers).toHaveLength(4 + builtinQuestionnaire.themes.length);
    for (const th of headers) {
      expect(await linesOf(th), `${await th.textContent()}`).toBeLessThanOrEqual(3);
    }
    const box = await region.evaluate((e) => e.getBoundingClientRect().right);
    expect(box).toBeLessThanOrEqual(1366);
    // Keyboard only: Tab reaches the scrolling box, the arrow keys scroll it to the last column.
    await buyer.getByRole('tab', { name: 'Matrix' }).focus();
    await tabTo(buyer, region);
    for (let i = 0; i < 60; i++) await buyer.keyboard.press('ArrowRight');
    await expect.poll(() => region.evaluate((e) => e.scrollLeft)).toBeGreaterThan(0);
    await region.evaluate((e) => (e.scrollLeft = e.scrollWidth));
    const last = buyer.locator('table.matrix thead th').last();
    const [lastRight, regionRight] = await Promise.all([last.evaluate((e) => e.getBoundingClientRect().right), region.evaluate((e) => e.getBoundingClientRect().right)]);
    expect(lastRight).toBeLessThanOrEqual(regionRight + 1);
    await expectNoAxeViolations(buyer, 'matrix');
    await screenshots(buyer, shots, 'matrix');
  });

  it('draws the grade chart in colours of 3:1 or more, told apart, and gives the response rate as a table', () => {
    const colours = Object.values(GRADE_COLORS);
    for (const c of colours) expect(contrast(c, '#ffffff'), c).toBeGreaterThanOrEqual(3);
    for (const [i, a] of colours.entries()) for (const b of colours.slice(i + 1)) expect(rgbDistance(a, b), `${a} vs ${b}`).toBeGreaterThanOrEqual(60);
  });

  it('gives the response-rate chart a data table', async () => {
    await buyer.goto(`${campaignUrl}?tab=dashboard`);
    const table = buyer.getByRole('table', { name: 'Response rate per day' });
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBeGreaterThan(0);
    expect(await buyer.locator(`canvas[aria-describedby="${await table.getAttribute('id')}"]`).count()).toBe(1);
    await expectNoAxeViolations(buyer, 'dashboard');
    await screenshots(buyer, shots, 'dashboard');
  });

  it('keeps the toast off the override buttons', async () => {
    const weak = graded.suppliers.find((s) => s.grade === 'Z') ?? graded.suppliers[1];
    await buyer.goto(`${baseUrl}/responses/${weak.responseId}`);
    await buyer.getByRole('button', { name: /Override the grade of Labour/ }).click();
    const dialog = buyer.getByRole('dialog');
    await dialog.locator('select[name="grade"]').selectOption('C');
    await dialog.locator('textarea[name="reason"]').fill('Verified on a site visit: the policy exists.');
    await dialog.getByRole('button', { name: 'Save override' }).click();
    const toast = buyer.locator('.toast').first();
    await toast.waitFor();
    const t = (await toast.boundingBox())!;
    const overrideButtons = await buyer.getByRole('button', { name: /^(Override|Withdraw)/ }).all();
    // One per theme and the overall grade, and the withdrawal of the one just saved: never none.
    expect(overrideButtons.length).toBeGreaterThan(1);
    for (const b of overrideButtons) {
      const r = await b.boundingBox();
      if (!r) continue;
      const overlaps = r.x < t.x + t.width && t.x < r.x + r.width && r.y < t.y + t.height && t.y < r.y + r.height;
      expect(overlaps, `toast covers ${await b.getAttribute('aria-label')}`).toBe(false);
    }
    await expectNoAxeViolations(buyer, 'response detail with a toast');
    await screenshots(buyer, shots, 'response-after-override');
  });

  it('lets the keyboard reach the response detail tables that scroll at 390 px', async () => {
    await buyer.setViewportSize({ width: 390, height: 844 });
    await settle(buyer);
    const wraps = buyer.locator('.cmp-table-wrap');
    let scrolling = 0;
    for (const w of await wraps.all()) {
      if (!(await w.evaluate((e) => e.scrollWidth > e.clientWidth + 1))) continue;
      scrolling++;
      expect(await w.getAttribute('tabindex')).toBe('0');
      expect(await w.getAttribute('role')).toBe('region');
      expect(await w.getAttribute('aria-label')).toBeTruthy();
    }
    expect(scrolling).toBeGreaterThan(0);
    expect(await buyer.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await buyer.setViewportSize({ width: 1366, height: 900 });
  });

  it('does not scroll the questionnaire pages sideways at 390 px', async () => {
    await buyer.goto(`${baseUrl}/questionnaires`);
    await buyer.getByRole('heading', { level: 1 }).waitFor();
    await buyer.locator('main a[href^="/questionnaires/"]').first().waitFor();
    await expectNoAxeViolations(buyer, 'questionnaires');
    await screenshots(buyer, shots, 'questionnaires');
    await buyer.locator('main a[href^="/questionnaires/"]').first().click();
    await buyer.waitForURL(/\/questionnaires\/[0-9a-f-]{36}/);
    await buyer.getByRole('heading', { level: 1 }).waitFor();
    await settle(buyer);
    expect(await buyer.title()).not.toMatch(/^Questionnaire — /);
    await expectNoAxeViolations(buyer, 'questionnaire detail');
    await screenshots(buyer, shots, 'questionnaire-detail');
  });

  it('shows focus in forced-colours mode, and only the current tab or page as selected', async () => {
    await buyer.emulateMedia({ forcedColors: 'active' });
    await buyer.goto(campaignUrl);
    await buyer.getByRole('tab', { name: 'Suppliers' }).waitFor();
    await expectVisibleFocusOnTab(buyer, 20, 'campaign detail in forced colours');
    const bar = (l: Locator) => l.evaluate((e) => getComputedStyle(e).borderBottomColor);
    const bg = (l: Locator) => l.evaluate((e) => getComputedStyle(e).backgroundColor);
    const selected = buyer.getByRole('tab', { selected: true });
    const other = buyer.getByRole('tab', { selected: false }).first();
    expect(await bar(selected)).not.toBe(await bar(other));
    expect(await bar(other)).toBe(await bg(other));
    await buyer.screenshot({ path: join(shots, 'campaign-forced-colours.png') });

    const reporter = await (await browser.newContext({ locale: 'en-US', viewport: { width: 1366, height: 900 } })).newPage();
    await reporter.emulateMedia({ forcedColors: 'active' });
    await reporter.goto(`${baseUrl}/g/${graded.account.slug}`);
    const nav = reporter.getByRole('navigation', { name: /./ }).last();
    const current = nav.locator('a[aria-current="page"]');
    await current.waitFor();
    const notCurrent = nav.locator('a:not([aria-current])');
    expect(await bar(current)).not.toBe(await bar(notCurrent));
    const page = await reporter.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(await bar(notCurrent)).toBe(page);
    await expectVisibleFocusOnTab(reporter, 10, 'grievance page in forced colours');
    await reporter.screenshot({ path: join(shots, 'grievance-forced-colours.png') });
    await buyer.emulateMedia({ forcedColors: 'none' });
  });
});
