import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtinQuestionnaire } from '@ses/questionnaire';
import { signup, startTestApp, type TestApp } from '../../../test/harness';
import { answerAndSubmit, builtinVersionId, createSupplier, inDays, launchBuiltinCampaign, tokenIn } from '../../../test/factories';
import { dbState } from '../../../test/db-state';

const pdfText = (body: Buffer) => {
  const dir = mkdtempSync(join(tmpdir(), 'ses-pdf-'));
  writeFileSync(join(dir, 'f.pdf'), body);
  return execFileSync('pdftotext', ['-enc', 'UTF-8', join(dir, 'f.pdf'), '-'], { encoding: 'utf8' });
};

describe('feedback release, grade visibility and the averages a supplier sees (integration)', () => {
  let t: TestApp;
  let buyer: string;
  let campaignId: string;
  let links: Record<string, string>;
  const ids: Record<string, string> = {};
  const responseOf = async (name: string) =>
    (await t.request('GET', `/api/campaigns/${campaignId}/responses`, { token: buyer })).json().find((r: { supplierId: string }) => r.supplierId === ids[name]).responseId as string;
  const caMailsTo = async (email: string) =>
    Number((await t.db.query(`SELECT count(*) AS n FROM outbox WHERE kind = 'corrective_action' AND to_address = $1`, [email]))[0].n);

  beforeAll(async () => {
    t = await startTestApp();
    buyer = (await signup(t, 'Release Org')).token;
    for (const [name, productType, lang] of [
      ['z1', 'Cables', 'ja'],
      ['c2', 'Cables', 'ja'],
      ['c3', 'Cables', 'en'],
      ['c4', 'Cables', 'ja'],
      ['p1', 'Pumps', 'en'],
    ] as const) {
      ids[name] = (await createSupplier(t, buyer, { name: `${name} 電線株式会社`, productType, contacts: [{ name, email: `${name}@release.test`, language: lang }] })).id;
    }
    ({ campaignId, links } = await launchBuiltinCampaign(t, buyer, Object.values(ids), '2026年度 サステナビリティ調査'));
    await answerAndSubmit(t, links.z1, 'worst', builtinQuestionnaire);
    await answerAndSubmit(t, links.c2, 'best', builtinQuestionnaire);
    await answerAndSubmit(t, links.c3, 'best', builtinQuestionnaire);
  });
  afterAll(() => t.close());

  it('defaults to grades after release: the portal carries no grade, and Z actions are opened but neither shown nor mailed', async () => {
    expect((await t.request('GET', `/api/campaigns/${campaignId}`, { token: buyer })).json().gradeVisibility).toBe('after_release');
    const portal = (await t.request('GET', `/api/portal/${links.z1}`)).json();
    expect(portal.status).toBe('submitted');
    expect(portal.result).toBeNull();
    expect(JSON.stringify(portal)).not.toMatch(/"grade"|"rate"|criticalFailures/);
    expect((await t.request('GET', `/api/portal/${links.z1}/corrective-actions`)).json()).toEqual([]);
    const opened = (await t.request('GET', `/api/corrective-actions?campaignId=${campaignId}`, { token: buyer })).json();
    expect(opened.total).toBeGreaterThan(0);
    const actionId = opened.items[0].id as string;
    expect((await t.request('GET', `/api/portal/${links.z1}/corrective-actions/${actionId}`)).statusCode).toBe(404);
    // The request would have been queued with the grade, in the same transaction: none is.
    expect(await caMailsTo('z1@release.test')).toBe(0);
  });

  it('withholds the average below three other suppliers', async () => {
    const sheet = (await t.request('GET', `/api/responses/${await responseOf('z1')}/feedback`, { token: buyer })).json();
    expect(sheet.benchmark).toEqual({ scope: null, count: 0 });
    expect(sheet.themes.every((th: { productTypeAverage: number | null }) => th.productTypeAverage === null)).toBe(true);
    await answerAndSubmit(t, links.c4, 'best', builtinQuestionnaire);
    await answerAndSubmit(t, links.p1, 'worst', builtinQuestionnaire);
  });

  it('shows the other suppliers of the type (itself excluded) or, too few, all others labelled as such; benchmarks add counts', async () => {
    const z1 = (await t.request('GET', `/api/responses/${await responseOf('z1')}/feedback`, { token: buyer })).json();
    expect(z1.benchmark).toEqual({ scope: 'product_type', count: 3 });
    // c2–c4 answered everything best: their average is 100 %, whatever z1 scored.
    expect(z1.themes[0].productTypeAverage).toBe(100);
    const p1 = (await t.request('GET', `/api/responses/${await responseOf('p1')}/feedback`, { token: buyer })).json();
    expect(p1.benchmark).toEqual({ scope: 'overall', count: 4 });
    expect(p1.themes[0].productTypeAverage).toBeCloseTo((3 * 100 + z1.themes[0].rate) / 4, 5);
    const b = (await t.request('GET', `/api/campaigns/${campaignId}/benchmarks`, { token: buyer })).json();
    expect(b.counts).toEqual({ overall: 5, byProductType: { Cables: 4, Pumps: 1 } });
    expect(Object.keys(b)).toEqual(['overall', 'byProductType', 'counts']);
  });

  it('refuses a release naming a response that is not a graded one of the campaign, changing nothing', async () => {
    const before = await dbState(t, ['responses', 'outbox:id', 'audit_events:id']);
    const bad = await t.request('POST', `/api/campaigns/${campaignId}/feedback/release`, {
      token: buyer,
      body: { responseIds: [await responseOf('z1'), '00000000-0000-4000-8000-000000000000'] },
    });
    expect(bad.statusCode).toBe(400);
    expect((await t.request('POST', `/api/campaigns/${campaignId}/feedback/release`, { token: buyer, body: { responseIds: ['x'] } })).statusCode).toBe(400);
    const other = (await signup(t, 'Other Org')).token;
    expect((await t.request('POST', `/api/campaigns/${campaignId}/feedback/release`, { token: other, body: {} })).statusCode).toBe(404);
    expect((await t.request('PUT', `/api/responses/${await responseOf('p1')}/feedback/hold`, { token: other, body: { hold: true } })).statusCode).toBe(404);
    expect(await dbState(t, ['responses', 'outbox:id', 'audit_events:id'])).toEqual(before);
  });

  it('releases one supplier: it sees its grades and its corrective action, by mail too; another does not', async () => {
    const z1 = await responseOf('z1');
    const before = t.smtp.messages.length;
    const res = await t.request('POST', `/api/campaigns/${campaignId}/feedback/release`, { token: buyer, body: { responseIds: [z1] } });
    expect(res.statusCode).toBe(202);
    expect(res.json()).toEqual({ released: 1, queued: 1 });
    const portal = (await t.request('GET', `/api/portal/${links.z1}`)).json();
    expect(portal.result.overall.grade).toBe('Z');
    expect((await t.request('GET', `/api/portal/${links.z1}/corrective-actions`)).json().length).toBeGreaterThan(0);
    expect((await t.request('GET', `/api/portal/${links.c2}`)).json().result).toBeNull();
    expect((await t.request('GET', `/api/portal/${links.c2}/feedback`)).statusCode).toBe(404);
    await expect.poll(() => t.smtp.messages.slice(before).filter((m) => m.to[0] === 'z1@release.test').length, { timeout: 15_000 }).toBe(2);
    expect(t.smtp.messages.slice(before).every((m) => m.to[0] === 'z1@release.test')).toBe(true);
    expect(await caMailsTo('z1@release.test')).toBe(1);
  });

  it('holds a sheet back from releasing the rest, and tells per supplier released, e-mailed and opened', async () => {
    const p1 = await responseOf('p1');
    const held = await t.request('PUT', `/api/responses/${p1}/feedback/hold`, { token: buyer, body: { hold: true } });
    expect(held.statusCode).toBe(200);
    expect(held.json()).toMatchObject({ responseId: p1, hold: true, releasedAt: null });
    const res = await t.request('POST', `/api/campaigns/${campaignId}/feedback/release`, { token: buyer });
    expect(res.json()).toEqual({ released: 3, queued: 3 });
    expect((await t.request('GET', `/api/portal/${links.p1}`)).json().result).toBeNull();
    // A released sheet can no longer be held.
    expect((await t.request('PUT', `/api/responses/${await responseOf('c2')}/feedback/hold`, { token: buyer, body: { hold: true } })).statusCode).toBe(409);

    const status = async () =>
      Object.fromEntries(
        (await t.request('GET', `/api/campaigns/${campaignId}/feedback/status`, { token: buyer })).json().map((s: { supplierId: string }) => [
          Object.keys(ids).find((k) => ids[k] === s.supplierId),
          s,
        ]),
      );
    await expect.poll(async () => (await status()).c2.emailedAt, { timeout: 15_000 }).not.toBeNull();
    let s = await status();
    expect(Object.keys(s).sort()).toEqual(['c2', 'c3', 'c4', 'p1', 'z1']);
    expect(s.p1).toMatchObject({ hold: true, releasedAt: null, emailedAt: null, openedAt: null });
    expect(s.c2.releasedAt).not.toBeNull();
    expect(s.c2.openedAt).toBeNull();
    const mail = t.smtp.messages.find((m) => m.to[0] === 'c2@release.test' && /フィードバック/.test(m.subject))!;
    expect((await t.request('GET', `/api/portal/${tokenIn(mail.text)}/feedback`)).statusCode).toBe(200);
    s = await status();
    expect(s.c2.openedAt).not.toBeNull();
    expect(s.c3.openedAt).toBeNull();
  });

  it('prints the sheet as the supplier receives it: legend, chart, overrides with the computed grade, a Japanese file name', async () => {
    const z1 = await responseOf('z1');
    const labour = builtinQuestionnaire.themes.find((th) => th.key === 'labour')!;
    expect((await t.request('POST', `/api/responses/${z1}/override`, { token: buyer, body: { theme: 'labour', grade: 'C', reason: '現地監査で是正を確認したため' } })).statusCode).toBe(201);
    const pdf = await t.request('GET', `/api/responses/${z1}/feedback.pdf?lang=ja`, { token: buyer });
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const disposition = String(pdf.headers['content-disposition']);
    const star = /filename\*=UTF-8''([^;]+)/.exec(disposition)![1];
    expect(decodeURIComponent(star)).toBe('フィードバック_z1 電線株式会社_2026年度 サステナビリティ調査.pdf');
    expect(/filename="([^"]*)"/.exec(disposition)![1]).toMatch(/^[\x20-\x7e]+\.pdf$/);
    const text = pdfText(pdf.rawPayload);
    expect(text).toContain('評価の基準');
    expect(text).toMatch(/A: \d+% 以上/);
    expect(text).toContain('テーマ別得点率');
    expect(text).toContain('同製品区分の平均（他 3 社）');
    expect(text).toContain(`${labour.title.ja}: C（担当者により調整、算定評価 Z）`);
    expect(text).toContain('未対応の重要項目');
    expect(text).toContain('改善のためのガイダンス');
    // The supplier's own copy is the same sheet.
    const mine = await t.request('GET', `/api/portal/${links.z1}/feedback.pdf?lang=ja`);
    expect(mine.headers['content-disposition']).toBe(disposition);
    expect(pdfText(mine.rawPayload)).toBe(text);
    const en = pdfText((await t.request('GET', `/api/responses/${await responseOf('p1')}/feedback.pdf?lang=en`, { token: buyer })).rawPayload);
    expect(en).toContain('Average of all suppliers (4 others; too few of your product type)');
  });

  it('shows grades at once where the campaign says on_submit, and mails the Z request then', async () => {
    const s = (await createSupplier(t, buyer, { name: 'Early KK', productType: 'Cables', contacts: [{ name: 'e', email: 'early@release.test', language: 'en' }] })).id;
    const created = await t.request('POST', '/api/campaigns', {
      token: buyer,
      body: { name: 'Open grades', questionnaireVersionId: await builtinVersionId(t, buyer), supplierIds: [s], dueDate: inDays(10), gradeVisibility: 'on_submit' },
    });
    expect(created.json().gradeVisibility).toBe('on_submit');
    const before = t.smtp.messages.length;
    await t.request('POST', `/api/campaigns/${created.json().id}/launch`, { token: buyer });
    await t.smtp.waitFor(before + 1);
    const link = tokenIn(t.smtp.messages[before].text);
    await answerAndSubmit(t, link, 'worst', builtinQuestionnaire);
    expect((await t.request('GET', `/api/portal/${link}`)).json().result.overall.grade).toBe('Z');
    expect((await t.request('GET', `/api/portal/${link}/corrective-actions`)).json().length).toBeGreaterThan(0);
    expect(await caMailsTo('early@release.test')).toBe(1);
    const patched = await t.request('PATCH', `/api/campaigns/${created.json().id}`, { token: buyer, body: { gradeVisibility: 'after_release' } });
    expect(patched.json().gradeVisibility).toBe('after_release');
    expect((await t.request('GET', `/api/portal/${link}`)).json().result).toBeNull();
  });
});
