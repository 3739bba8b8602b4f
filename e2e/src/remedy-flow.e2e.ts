import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { answersWithOneCriticalFailure } from './answers.js';
import { api, inDays, linkIn, signupBuyer } from './api.js';
import { expectNoAxeViolations, launch } from './browser.js';
import { signIn } from './fixtures.js';
import { waitForMail } from './mail-sink.js';

/**
 * The remedy half in a real browser: a Z-rated supplier submits an improvement plan in the
 * portal, the buyer approves it, the supplier reports the implementation with evidence,
 * the buyer verifies and closes; and a reporter files a grievance and follows it.
 */
describe('corrective action and grievance (browser)', () => {
  const baseUrl = inject('baseUrl');
  const mailDir = inject('mailDir');
  const supplierEmail = `remedy-${Date.now()}@supplier.example`;
  let browser: Browser;
  let account: Awaited<ReturnType<typeof signupBuyer>>;
  let supplier: Page;
  let buyer: Page;

  beforeAll(async () => {
    browser = await launch();
    account = await signupBuyer('remedy');
    const s = await api('POST', '/api/suppliers', {
      name: 'Kawasaki Plating Works',
      productType: 'Surface treatment',
      contacts: [{ name: 'Ren Ito', email: supplierEmail, language: 'en' }],
    }, account.token);
    const questionnaires = await api<{ builtIn: boolean; publishedVersionId: string }[]>('GET', '/api/questionnaires', undefined, account.token);
    const c = await api<{ id: string }>('POST', '/api/campaigns', {
      name: 'Supplier SAQ 2026',
      questionnaireVersionId: questionnaires.find((q) => q.builtIn)!.publishedVersionId,
      supplierIds: [s.id],
      dueDate: inDays(14),
      // The supplier follows its corrective action from submission on (the release is the review flow's).
      gradeVisibility: 'on_submit',
    }, account.token);
    await api('POST', `/api/campaigns/${c.id}/launch`, undefined, account.token);
    const link = linkIn((await waitForMail(mailDir, supplierEmail, /Supplier SAQ 2026/)).text);
    const token = link.split('/s/')[1];
    const view = await api<{ version: number }>('GET', `/api/portal/${token}`);
    await api('PUT', `/api/portal/${token}/answers`, { version: view.version, answers: answersWithOneCriticalFailure().answers });
    const submitted = await api<{ result: { overall: { grade: string } } }>('POST', `/api/portal/${token}/submit`, {
      declaration: { signerName: 'Ren Ito', signerTitle: 'Plant Manager', agreed: true },
    });
    expect(submitted.result.overall.grade).toBe('Z');

    supplier = await (await browser.newContext({ locale: 'en-US' })).newPage();
    await supplier.goto(link);
    buyer = await signIn(browser, account, { width: 1280, height: 900 });
  });
  afterAll(async () => {
    await browser?.close();
  });

  const action = () => supplier.locator('article').filter({ has: supplier.getByRole('button', { name: /Submit improvement plan|Submit implementation report|Show details|Hide details/ }) }).first();

  it('the supplier submits an improvement plan in the portal', async () => {
    await supplier.getByRole('link', { name: /Corrective actions/ }).first().click();
    await supplier.getByRole('heading', { name: 'Corrective actions', level: 2 }).waitFor();
    await action().getByRole('textbox', { name: 'Improvement plan' }).fill('Adopt a written policy signed by the president by May; train all supervisors in June.');
    await expectNoAxeViolations(supplier, 'portal corrective actions');
    await action().getByRole('button', { name: 'Submit improvement plan' }).click();
    await expect.poll(() => action().getByRole('button', { name: 'Submit improvement plan' }).count(), { timeout: 15_000 }).toBe(0);
  });

  it('the buyer approves the plan', async () => {
    await buyer.goto(`${baseUrl}/corrective-actions`);
    await buyer.getByRole('link', { name: 'Kawasaki Plating Works' }).first().click();
    await buyer.getByRole('button', { name: 'Approve plan', exact: true }).click();
    await buyer.getByRole('dialog').getByRole('button', { name: 'Approve', exact: true }).click();
    await expect.poll(() => buyer.getByText('Plan approved.').first().isVisible(), { timeout: 15_000 }).toBe(true);
    await expectNoAxeViolations(buyer, 'corrective action detail');
  });

  it('the supplier reports the implementation with evidence', async () => {
    await supplier.reload();
    await supplier.getByRole('link', { name: /Corrective actions/ }).first().click();
    const pdf = join(mkdtempSync(join(tmpdir(), 'ses-evidence-')), 'training-record.pdf');
    writeFileSync(pdf, '%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
    await action().getByLabel('Attach evidence').setInputFiles(pdf);
    await expect.poll(() => action().getByText('training-record.pdf').first().isVisible(), { timeout: 15_000 }).toBe(true);
    await action().getByRole('textbox', { name: 'Implementation report' }).fill('Policy adopted on 12 May; 38 supervisors trained (records attached).');
    await action().getByRole('button', { name: 'Submit implementation report' }).click();
    await expect.poll(() => action().getByRole('button', { name: 'Submit implementation report' }).count(), { timeout: 15_000 }).toBe(0);
  });

  it('the buyer verifies and closes the action', async () => {
    await buyer.reload();
    await buyer.getByRole('button', { name: 'Verify and close', exact: true }).click();
    await buyer.getByRole('dialog').getByRole('button', { name: 'Close action', exact: true }).click();
    await expect.poll(() => buyer.getByText('Action verified and closed.').first().isVisible(), { timeout: 15_000 }).toBe(true);
    const board = await api<{ items: { status: string }[] }>('GET', '/api/corrective-actions', undefined, account.token);
    expect(board.items.map((a) => a.status)).toEqual(['closed']);
  });

  it('a reporter files a grievance anonymously and follows it with the tracking code', async () => {
    const reporter = await (await browser.newContext({ locale: 'en-US' })).newPage();
    await reporter.goto(`${baseUrl}/g/${account.slug}`);
    await reporter.getByRole('radio', { name: /Working conditions/ }).check();
    await reporter.getByRole('textbox', { name: 'What happened?' }).fill('Workers at a subcontractor say their passports are kept by the employer.');
    await expectNoAxeViolations(reporter, 'grievance form');
    await reporter.getByRole('button', { name: 'Send report' }).click();
    await reporter.getByRole('heading', { name: 'Your report has been sent' }).waitFor();
    const code = await reporter.getByLabel('Your tracking code').inputValue();
    expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){6}$/);
    await reporter.getByRole('link', { name: 'Follow your report' }).first().click();
    await reporter.getByRole('textbox', { name: 'Tracking code' }).fill(code);
    await reporter.getByRole('button', { name: 'Show my report' }).click();
    await reporter.getByRole('heading', { name: 'Your report', exact: true }).waitFor();
    await reporter.getByRole('textbox', { name: 'Your message', exact: true }).fill('It happened again this week.');
    await reporter.getByRole('button', { name: 'Send message' }).click();
    await expect.poll(() => reporter.getByText('It happened again this week.').first().isVisible(), { timeout: 15_000 }).toBe(true);
    await expectNoAxeViolations(reporter, 'grievance follow-up');
    const board = await api<{ items: { category: string }[] }>('GET', '/api/grievances', undefined, account.token);
    expect(board.items).toHaveLength(1);
  });
});
