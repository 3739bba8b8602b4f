import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { responseRowsSchema } from '@ses/api-types';
import { builtinQuestionnaire } from '@ses/questionnaire';
import { signup, startTestApp, userWithRole, type TestApp } from '../../../test/harness';
import { answerAll, builtinVersionId, createSupplier, inDays, tokenIn } from '../../../test/factories';

const declaration = { signerName: '山田 太郎', signerTitle: '代表取締役', agreed: true };

describe('review and feedback sheets (integration)', () => {
  let t: TestApp;
  let buyer: string;
  let campaignId: string;
  const ids: Record<string, string> = {};
  const links: Record<string, string> = {};
  const responseOf = async (name: string) =>
    (await t.request('GET', `/api/campaigns/${campaignId}/responses`, { token: buyer })).json().find((r: { supplierId: string }) => r.supplierId === ids[name]).responseId as string;

  beforeAll(async () => {
    t = await startTestApp();
    buyer = (await signup(t, 'Review Org')).token;
    for (const [name, productType, lang] of [['good', 'Chemicals', 'ja'], ['bad', 'Chemicals', 'en'], ['late', 'Textiles', 'ja']] as const) {
      ids[name] = (await createSupplier(t, buyer, { name: `${name} 株式会社`, productType, contacts: [{ name, email: `${name}@review.test`, language: lang }] })).id;
    }
    const c = (await t.request('POST', '/api/campaigns', {
      token: buyer,
      body: { name: '2026年度 CSR調査', questionnaireVersionId: await builtinVersionId(t, buyer), supplierIds: Object.values(ids), dueDate: inDays(10) },
    })).json();
    campaignId = c.id;
    const before = t.smtp.messages.length;
    await t.request('POST', `/api/campaigns/${campaignId}/launch`, { token: buyer });
    await t.smtp.waitFor(before + 3);
    for (const m of t.smtp.messages.slice(before)) links[m.to[0].split('@')[0]] = tokenIn(m.text);
    for (const [name, pick] of [['good', 'best'], ['bad', 'worst']] as const) {
      const v = (await t.request('GET', `/api/portal/${links[name]}`)).json().version;
      await t.request('PUT', `/api/portal/${links[name]}/answers`, { body: { version: v, answers: answerAll(builtinQuestionnaire, 'core', pick) } });
      const res = await t.request('POST', `/api/portal/${links[name]}/submit`, { body: { declaration } });
      expect(res.statusCode).toBe(200);
    }
  });
  afterAll(() => t.close());

  it('summarises the campaign on its dashboard', async () => {
    const d = (await t.request('GET', `/api/campaigns/${campaignId}/dashboard`, { token: buyer })).json();
    expect(d).toMatchObject({ supplierCount: 3, zCount: 1, responseRate: 2 / 3 });
    expect(d.counts.submitted).toBe(2);
    expect(d.overallDistribution).toMatchObject({ A: 1, Z: 1 });
    expect(d.gradeDistribution.labour.A + d.gradeDistribution.labour.Z).toBe(2);
    expect(d.timeline.at(-1).submitted).toBe(2);
  });

  it("lists the campaign's rows, built as JSON by PostgreSQL, exactly as the matrix shows them", async () => {
    const res = await t.request('GET', `/api/campaigns/${campaignId}/responses`, { token: buyer });
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    const rows = res.json();
    expect(responseRowsSchema.parse(rows)).toEqual(rows);
    const matrix = (await t.request('GET', `/api/campaigns/${campaignId}/matrix?sort=supplier`, { token: buyer })).json().items;
    // eslint-disable-next-line @typescript-eslint/no-unused-vars
    const asRows = matrix.map(({ effectiveOverallGrade, effectiveThemes, overridden, feedbackReleasedAt, ...row }: Record<string, unknown>) => row);
    expect(rows).toEqual(asRows);
    const bad = rows.find((r: { supplierId: string }) => r.supplierId === ids.bad);
    expect(bad.submittedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(Object.keys(bad.themes).length).toBeGreaterThan(3);
    expect(rows.find((r: { supplierId: string }) => r.supplierId === ids.late)).toMatchObject({ submittedAt: null, overallRate: null, themes: {} });
    expect((await t.request('GET', `/api/campaigns/${campaignId}/responses`, { token: (await signup(t, 'Elsewhere')).token })).statusCode).toBe(404);
  });

  it('filters, sorts and pages the matrix', async () => {
    const m = (q: string) => t.request('GET', `/api/campaigns/${campaignId}/matrix?${q}`, { token: buyer }).then((r) => r.json());
    const all = await m('');
    expect(all.total).toBe(3);
    expect(all.themes.map((th: { key: string }) => th.key)).toEqual(builtinQuestionnaire.themes.map((th) => th.key));
    expect((await m('grade=Z')).items.map((r: { supplierId: string }) => r.supplierId)).toEqual([ids.bad]);
    expect((await m('grade=Z&theme=labour')).items.map((r: { supplierId: string }) => r.supplierId)).toEqual([ids.bad]);
    expect((await m('productType=Textiles')).items[0].status).toBe('invited');
    expect((await m('status=submitted')).total).toBe(2);
    const sorted = await m('sort=overall&order=desc&pageSize=1');
    expect(sorted.items[0].supplierId).toBe(ids.good);
    expect(sorted.total).toBe(3);
    expect((await m('sort=theme:labour&order=asc')).items[0].supplierId).toBe(ids.bad);
    expect((await t.request('GET', `/api/campaigns/${campaignId}/matrix?sort=evil;drop`, { token: buyer })).statusCode).toBe(400);
    const other = await signup(t);
    expect((await t.request('GET', `/api/campaigns/${campaignId}/matrix`, { token: other.token })).statusCode).toBe(404);
  });

  it('overrides a grade with a reason, keeps the computed one, and records it', async () => {
    const id = await responseOf('bad');
    expect((await t.request('POST', `/api/responses/${id}/override`, { token: buyer, body: { theme: 'labour', grade: 'C', reason: 'no' } })).statusCode).toBe(400);
    expect((await t.request('POST', `/api/responses/${id}/override`, { token: buyer, body: { theme: 'nowhere', grade: 'C', reason: 'Checked on site' } })).statusCode).toBe(400);
    const viewer = await userWithRole(t, buyer, 'viewer');
    expect((await t.request('POST', `/api/responses/${id}/override`, { token: viewer.token, body: { theme: 'labour', grade: 'C', reason: 'Checked on site' } })).statusCode).toBe(403);
    const res = await t.request('POST', `/api/responses/${id}/override`, { token: buyer, body: { theme: 'labour', grade: 'C', reason: 'Verified on site visit in May' } });
    expect(res.statusCode).toBe(201);
    expect(res.json()[0]).toMatchObject({ theme: 'labour', grade: 'C', computedGrade: 'Z', withdrawnAt: null });
    const row = (await t.request('GET', `/api/campaigns/${campaignId}/matrix?grade=C&theme=labour`, { token: buyer })).json().items[0];
    expect(row).toMatchObject({ supplierId: ids.bad, overridden: ['labour'] });
    expect(row.effectiveThemes.labour).toBe('C');
    expect(row.themes.labour.grade).toBe('Z');
    const history = (await t.request('GET', `/api/responses/${id}/history`, { token: buyer })).json();
    expect(history.map((h: { kind: string }) => h.kind)).toEqual(['submitted', 'override']);
    const unsubmitted = await responseOf('late');
    expect((await t.request('POST', `/api/responses/${unsubmitted}/override`, { token: buyer, body: { grade: 'A', reason: 'Not yet answered' } })).statusCode).toBe(409);
  });

  it('lists every override of a response, standing and withdrawn, to its organisation only', async () => {
    const id = await responseOf('bad');
    const overall = await t.request('POST', `/api/responses/${id}/override`, { token: buyer, body: { grade: 'D', reason: 'Second audit pending' } });
    expect(overall.statusCode, overall.body).toBe(201);
    const withdrawn = await t.request('DELETE', `/api/responses/${id}/override`, { token: buyer });
    expect(withdrawn.statusCode, withdrawn.body).toBe(200);
    const rows = await t.db.query(`SELECT id, created_at, withdrawn_at FROM response_overrides WHERE response_id = $1 ORDER BY created_at`, [id]);
    const res = await t.request('GET', `/api/responses/${id}/overrides`, { token: buyer });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual([
      { id: rows[0].id, theme: 'labour', grade: 'C', computedGrade: 'Z', reason: 'Verified on site visit in May', createdBy: 'Admin', createdAt: rows[0].created_at.toISOString(), withdrawnAt: null },
      { id: rows[1].id, theme: null, grade: 'D', computedGrade: 'Z', reason: 'Second audit pending', createdBy: 'Admin', createdAt: rows[1].created_at.toISOString(), withdrawnAt: rows[1].withdrawn_at.toISOString() },
    ]);
    const viewer = await userWithRole(t, buyer, 'viewer');
    expect((await t.request('GET', `/api/responses/${id}/overrides`, { token: viewer.token })).json()).toEqual(res.json());
    // Another organisation learns nothing, not even that the response exists.
    const stranger = await signup(t, 'Override Stranger KK');
    const foreign = await t.request('GET', `/api/responses/${id}/overrides`, { token: stranger.token });
    expect([foreign.statusCode, foreign.json().error]).toEqual([404, 'Not Found']);
    expect((await t.request('GET', `/api/responses/${id}/overrides`)).statusCode).toBe(401);
    expect((await t.request('GET', '/api/responses/not-a-uuid/overrides', { token: buyer })).statusCode).toBe(400);
  });

  it('exports the matrix and the answers', async () => {
    const csv = await t.request('GET', `/api/campaigns/${campaignId}/matrix/export?format=csv`, { token: buyer });
    const lines = csv.body.replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    // The machine header is what scripts read: spelt out here, not derived from the writer.
    const themeKeys = builtinQuestionnaire.themes.map((th) => th.key);
    expect(lines[0]).toBe(
      ['supplier_code', 'supplier', 'product_type', 'country', 'tier', 'depth', 'status', 'submitted_at', 'overall_rate', 'overall_grade', 'overall_grade_computed',
        ...themeKeys.flatMap((k) => [`${k}_rate`, `${k}_grade`, `${k}_grade_computed`])].join(','),
    );
    expect(lines).toHaveLength(4);
    const xlsx = await t.request('GET', `/api/campaigns/${campaignId}/answers/export?format=xlsx&lang=en`, { token: buyer });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.worksheets[0];
    expect(sheet.rowCount).toBe(4);
    const header = (sheet.getRow(1).values as string[]).slice(1);
    // With lang, each question is headed by its id and its text in that language.
    const q = builtinQuestionnaire.questions[0];
    expect(header).toContain(`${q.id} ${q.text.en}`);
  });

  it('renders the feedback sheet as PDF with Japanese text', async () => {
    const id = await responseOf('bad');
    const sheet = (await t.request('GET', `/api/responses/${id}/feedback?lang=ja`, { token: buyer })).json();
    expect(sheet.themes.find((th: { key: string }) => th.key === 'labour')).toMatchObject({ grade: 'C', computedGrade: 'Z' });
    expect(sheet.themes.some((th: { criticalFailures: unknown[] }) => th.criticalFailures.length > 0)).toBe(true);
    // One other supplier of its type answered: no average, lest it reveal that supplier's rate.
    expect(sheet.benchmark).toEqual({ scope: null, count: 0 });
    expect(sheet.themes[0].productTypeAverage).toBeNull();
    const pdf = await t.request('GET', `/api/responses/${id}/feedback.pdf?lang=ja`, { token: buyer });
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const dir = mkdtempSync(join(tmpdir(), 'ses-pdf-'));
    writeFileSync(join(dir, 'f.pdf'), pdf.rawPayload);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', join(dir, 'f.pdf'), '-'], { encoding: 'utf8' });
    expect(text).toContain('フィードバックシート');
    expect(text).toContain('bad 株式会社');
    expect(text).toContain(builtinQuestionnaire.themes.find((th) => th.key === 'labour')!.title.ja);
    expect(text).toContain('改善のためのガイダンス');
  });

  it('releases feedback to graded suppliers only, by e-mail, and the portal shows it', async () => {
    expect((await t.request('GET', `/api/portal/${links.good}/feedback`)).statusCode).toBe(404);
    const before = t.smtp.messages.length;
    const res = await t.request('POST', `/api/campaigns/${campaignId}/feedback/release`, { token: buyer });
    expect(res.statusCode).toBe(202);
    expect(res.json()).toEqual({ released: 2, queued: 2 });
    // Other notices (a welcome, a corrective-action request) may still be arriving: look at the sheets' mail only.
    const sheets = () => t.smtp.messages.slice(before).filter((m) => /feedback|フィードバック/i.test(m.subject));
    await expect.poll(() => sheets().length, { timeout: 15_000 }).toBe(2);
    const mails = sheets();
    expect(mails.map((m) => m.to[0]).sort()).toEqual(['bad@review.test', 'good@review.test']);
    const link = tokenIn(mails.find((m) => m.to[0] === 'bad@review.test')!.text);
    const sheet = (await t.request('GET', `/api/portal/${link}/feedback`)).json();
    expect(sheet.language).toBe('en');
    expect(sheet.nextSteps.join(' ')).toMatch(/corrective action/);
    expect((await t.request('GET', `/api/portal/${links.late}/feedback`)).statusCode).toBe(404);
    expect((await t.request('GET', `/api/portal/${link}/feedback.pdf`)).headers['content-type']).toBe('application/pdf');
    expect((await t.request('POST', `/api/campaigns/${campaignId}/feedback/release`, { token: buyer })).json()).toEqual({ released: 0, queued: 0 });
    const zip = await t.request('GET', `/api/campaigns/${campaignId}/feedback.zip`, { token: buyer });
    expect(zip.statusCode, zip.body.slice(0, 300)).toBe(200);
    expect(zip.rawPayload.readUInt32LE(0)).toBe(0x04034b50);
    expect(zip.rawPayload.includes(Buffer.from('good 株式会社.pdf'))).toBe(true);
  });
});
