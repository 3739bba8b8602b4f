import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtinQuestionnaire } from '@ses/questionnaire';
import { RULES_VERSION } from '@ses/scoring';
import { multipart, signup, startTestApp, type TestApp } from '../../../test/harness';
import { answerAll, builtinVersionId, createSupplier, inDays, tokenIn } from '../../../test/factories';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

describe('supplier portal (integration)', () => {
  let t: TestApp;
  let buyer: string;
  let campaignId: string;
  const links: Record<string, string> = {};
  const supplierIds: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp();
    buyer = (await signup(t)).token;
    const versionId = await builtinVersionId(t, buyer);
    for (const [name, risk] of [['core', 'low'], ['ext', 'high'], ['other', 'low']] as const) {
      const s = await createSupplier(t, buyer, { name, riskLevel: risk, contacts: [{ name, email: `${name}@portal.test`, language: 'ja' }] });
      supplierIds[name] = s.id;
    }
    const c = (await t.request('POST', '/api/campaigns', {
      token: buyer,
      body: { name: 'Portal test', questionnaireVersionId: versionId, supplierIds: Object.values(supplierIds), dueDate: inDays(20), depthRule: { highRisk: true }, gradeVisibility: 'on_submit' },
    })).json();
    campaignId = c.id;
    const before = t.smtp.messages.length;
    await t.request('POST', `/api/campaigns/${campaignId}/launch`, { token: buyer });
    await t.smtp.waitFor(before + 3);
    for (const m of t.smtp.messages.slice(before)) links[m.to[0].split('@')[0]] = tokenIn(m.text);
  });
  afterAll(() => t.close());

  const get = (tk: string) => t.request('GET', `/api/portal/${tk}`);
  const save = (tk: string, version: number, answers: object) => t.request('PUT', `/api/portal/${tk}/answers`, { body: { version, answers } });
  const status = async (name: string) =>
    (await t.request('GET', `/api/campaigns/${campaignId}/responses`, { token: buyer })).json().find((r: { supplierId: string }) => r.supplierId === supplierIds[name]).status;

  it('gives the questions of the depth and counts the page load as opened', async () => {
    expect(await status('core')).toBe('invited');
    const core = (await get(links.core)).json();
    expect(core).toMatchObject({ status: 'opened', version: 0, depth: 'core', supplier: { name: 'core' }, contact: { language: 'ja' } });
    expect(core.definition.questions.every((q: { depth: string }) => q.depth === 'core')).toBe(true);
    expect(core.definition.questions).toHaveLength(builtinQuestionnaire.questions.filter((q) => q.depth === 'core').length);
    const ext = (await get(links.ext)).json();
    expect(ext.definition.questions).toHaveLength(builtinQuestionnaire.questions.length);
    expect(await status('core')).toBe('opened');
  });

  it('answers 404 to unknown, malformed and revoked links alike', async () => {
    for (const tk of ['x'.repeat(43), 'short', links.core.slice(0, -1) + (links.core.endsWith('A') ? 'B' : 'A')]) {
      const res = await get(tk);
      expect(res.statusCode).toBe(404);
      expect(res.body).not.toMatch(/core|ext|other/);
    }
  });

  it('autosaves with optimistic concurrency and validates each answer', async () => {
    const first = builtinQuestionnaire.questions.find((q) => q.type === 'yes_no' && q.depth === 'core')!;
    const ok = await save(links.core, 0, { [first.id]: { value: first.options![0].value, comment: 'since 2020' } });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toEqual({ version: 1 });
    const stale = await save(links.core, 0, { [first.id]: { value: first.options![1].value } });
    expect(stale.statusCode).toBe(409);
    const bad = await save(links.core, 1, { [first.id]: { value: 'maybe' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().message).toContain(first.id);
    expect((await save(links.core, 1, { 'NOPE-99': { value: 'yes' } })).statusCode).toBe(400);
    const extOnly = builtinQuestionnaire.questions.find((q) => q.depth === 'extended')!;
    expect((await save(links.core, 1, { [extOnly.id]: { value: null } })).statusCode).toBe(400);
    const view = (await get(links.core)).json();
    expect(view.version).toBe(1);
    expect(view.answers[first.id]).toEqual({ value: first.options![0].value, comment: 'since 2020' });
    expect(await status('core')).toBe('in_progress');
  });

  it('refuses submission with missing required answers (422), then grades a complete one', async () => {
    const view = (await get(links.core)).json();
    const noDecl = await t.request('POST', `/api/portal/${links.core}/submit`, { body: { declaration: { signerName: 'A', signerTitle: 'CEO', agreed: false } } });
    expect(noDecl.statusCode).toBe(400);
    const missing = await t.request('POST', `/api/portal/${links.core}/submit`, { body: { declaration: { signerName: '山田', signerTitle: '代表取締役', agreed: true } } });
    expect(missing.statusCode).toBe(422);
    expect(missing.json().issues.length).toBeGreaterThan(10);
    const all = answerAll(builtinQuestionnaire, 'core', 'best');
    const saved = await save(links.core, view.version, all);
    expect(saved.statusCode).toBe(200);
    const res = await t.request('POST', `/api/portal/${links.core}/submit`, { body: { declaration: { signerName: '山田', signerTitle: '代表取締役', agreed: true } } });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.status).toBe('submitted');
    expect(body.result.overall.grade).toBe('A');
    expect(body.result.rulesVersion).toBe(RULES_VERSION);
    expect(body.declaration).toMatchObject({ signerName: '山田', agreed: true });
    // Until the buyer releases the sheet, the page knows not to ask for it.
    expect(body.feedbackReleased).toBe(false);
    expect((await save(links.core, body.version, all)).statusCode).toBe(409);
    const rows = (await t.request('GET', `/api/campaigns/${campaignId}/responses`, { token: buyer })).json();
    const row = rows.find((r: { supplierId: string }) => r.supplierId === supplierIds.core);
    expect(row).toMatchObject({ status: 'submitted', overallGrade: 'A' });
    expect(Object.keys(row.themes)).toEqual(expect.arrayContaining(['labour', 'environment']));
    const campaign = (await t.request('GET', `/api/campaigns/${campaignId}`, { token: buyer })).json();
    expect(campaign.counts.submitted).toBe(1);
    expect(campaign.responseRate).toBeCloseTo(1 / 3);
    const bench = (await t.request('GET', `/api/campaigns/${campaignId}/benchmarks`, { token: buyer })).json();
    expect(bench.byProductType['Electronic components'].labour).toBe(100);
  });

  it('grades a failed critical point Z', async () => {
    const answers = answerAll(builtinQuestionnaire, 'extended', 'worst');
    const v = (await get(links.ext)).json().version;
    expect((await save(links.ext, v, answers)).statusCode).toBe(200);
    const res = await t.request('POST', `/api/portal/${links.ext}/submit`, { body: { declaration: { signerName: 'X', signerTitle: 'CEO', agreed: true } } });
    expect(res.json().result.overall.grade).toBe('Z');
    const z = Object.values(res.json().result.themes).filter((th: any) => th.grade === 'Z');
    expect(z.length).toBeGreaterThan(0);
  });

  it('lets the buyer reopen a submitted response', async () => {
    const row = (await t.request('GET', `/api/campaigns/${campaignId}/responses`, { token: buyer })).json().find((r: { supplierId: string }) => r.supplierId === supplierIds.ext);
    const reopened = await t.request('POST', `/api/responses/${row.responseId}/reopen`, { token: buyer });
    expect(reopened.statusCode).toBe(200);
    expect(reopened.json()).toMatchObject({ status: 'in_progress', result: null });
    const view = (await get(links.ext)).json();
    expect(view.status).toBe('in_progress');
    expect((await save(links.ext, view.version, {})).statusCode).toBe(200);
  });

  it('stores evidence checked by content, readable only through its own link or organisation', async () => {
    const q = builtinQuestionnaire.questions.find((x) => x.depth === 'core')!;
    const upload = (tk: string, content: Buffer, filename: string, questionId = q.id) =>
      t.request('POST', `/api/portal/${tk}/attachments`, multipart({ questionId }, { field: 'file', filename, content }));
    const ok = await upload(links.other, PDF, '../../方針.pdf');
    expect(ok.statusCode).toBe(201);
    expect(ok.json()).toMatchObject({ filename: '方針.pdf', contentType: 'application/pdf', questionId: q.id });
    expect((await upload(links.other, Buffer.from('MZ\x90\x00binary'), 'policy.pdf')).statusCode).toBe(415);
    expect((await upload(links.other, PDF, 'a.pdf', 'NOPE-1')).statusCode).toBe(400);
    expect((await upload(links.other, Buffer.alloc(11 * 1_048_576, 0x25), 'big.pdf')).statusCode).toBe(413);
    const id = ok.json().id;
    const mine = await t.request('GET', `/api/portal/${links.other}/attachments/${id}`);
    expect(mine.statusCode).toBe(200);
    expect(mine.headers['content-disposition']).toMatch(/^attachment;/);
    expect(mine.rawPayload.equals(PDF)).toBe(true);
    expect((await t.request('GET', `/api/portal/${links.ext}/attachments/${id}`)).statusCode).toBe(404);
    const row = (await t.request('GET', `/api/campaigns/${campaignId}/responses`, { token: buyer })).json().find((r: { supplierId: string }) => r.supplierId === supplierIds.other);
    expect((await t.request('GET', `/api/responses/${row.responseId}/attachments/${id}`, { token: buyer })).statusCode).toBe(200);
    const stranger = await signup(t);
    expect((await t.request('GET', `/api/responses/${row.responseId}/attachments/${id}`, { token: stranger.token })).statusCode).toBe(404);
    expect((await t.request('GET', `/api/responses/${row.responseId}`, { token: stranger.token })).statusCode).toBe(404);
    const detail = (await t.request('GET', `/api/responses/${row.responseId}`, { token: buyer })).json();
    expect(detail.attachments.map((a: { id: string }) => a.id)).toEqual([id]);
  });

  it('round-trips the offline answer sheet: all rows applied, or none with an error per row', async () => {
    const sheet = await t.request('GET', `/api/portal/${links.other}/answer-sheet`);
    expect(sheet.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(sheet.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    const header = (ws.getRow(1).values as string[]).slice(1);
    const col = (name: string) => header.indexOf(name) + 1;
    const all = answerAll(builtinQuestionnaire, 'core', 'best');
    ws.eachRow((row, n) => {
      if (n === 1) return;
      const a = all[String(row.getCell(1).value)];
      const q = builtinQuestionnaire.questions.find((x) => x.id === String(row.getCell(1).value))!;
      if (a && q.type !== 'file') row.getCell(col('回答')).value = Array.isArray(a.value) ? a.value.join(';') : (a.value as string | number);
    });
    ws.getRow(2).getCell(col('コメント')).value = 'オフラインで回答';
    const good = Buffer.from(await wb.xlsx.writeBuffer());
    ws.getRow(3).getCell(col('回答')).value = 'not-an-option';
    const bad = Buffer.from(await wb.xlsx.writeBuffer());

    const before = (await get(links.other)).json();
    const rejected = await t.request('POST', `/api/portal/${links.other}/answer-sheet`, multipart({}, { field: 'file', filename: 'a.xlsx', content: bad }));
    expect(rejected.json().applied).toBe(0);
    expect(rejected.json().errors).toEqual([expect.objectContaining({ row: 3 })]);
    expect((await get(links.other)).json().version).toBe(before.version);

    const applied = await t.request('POST', `/api/portal/${links.other}/answer-sheet`, multipart({}, { field: 'file', filename: 'a.xlsx', content: good }));
    expect(applied.statusCode).toBe(200);
    expect(applied.json().errors).toEqual([]);
    const after = (await get(links.other)).json();
    const firstId = String(ws.getRow(2).getCell(1).value);
    expect(after.answers[firstId].comment).toBe('オフラインで回答');
    const answeredIds = Object.keys(after.answers).filter((id) => builtinQuestionnaire.questions.find((q) => q.id === id)?.type !== 'file');
    expect(answeredIds.length).toBeGreaterThan(40);
  });

  it('starts a re-assessment from the previous answers, marked for confirmation', async () => {
    const versionId = await builtinVersionId(t, buyer);
    const previous = (await t.request('GET', `/api/campaigns/${campaignId}/responses`, { token: buyer })).json().find((r: { supplierId: string }) => r.supplierId === supplierIds.core);
    const c2 = (await t.request('POST', '/api/campaigns', {
      token: buyer,
      body: { name: 'Next year', questionnaireVersionId: versionId, supplierIds: [supplierIds.core], dueDate: inDays(60) },
    })).json();
    const before = t.smtp.messages.length;
    await t.request('POST', `/api/campaigns/${c2.id}/launch`, { token: buyer });
    await t.smtp.waitFor(before + 1);
    const view = (await get(tokenIn(t.smtp.messages[before].text))).json();
    const carried = Object.values(view.answers) as { needsConfirmation?: boolean }[];
    expect(carried.length).toBeGreaterThan(40);
    expect(carried.every((a) => a.needsConfirmation)).toBe(true);
    const detail = (await t.request('GET', `/api/responses/${(await t.request('GET', `/api/campaigns/${c2.id}/responses`, { token: buyer })).json()[0].responseId}`, { token: buyer })).json();
    expect(detail.previousResponseId).toBe(previous.responseId);
  });

  it('revokes links and expires them with the campaign', async () => {
    const row = (await t.request('GET', `/api/campaigns/${campaignId}/responses`, { token: buyer })).json().find((r: { supplierId: string }) => r.supplierId === supplierIds.other);
    expect((await t.request('POST', `/api/responses/${row.responseId}/links/revoke`, { token: buyer })).json().revoked).toBe(1);
    expect((await get(links.other)).statusCode).toBe(404);
    const before = t.smtp.messages.length;
    expect((await t.request('POST', `/api/campaigns/${campaignId}/responses/${row.responseId}/reissue`, { token: buyer })).statusCode).toBe(202);
    await t.smtp.waitFor(before + 1);
    const fresh = tokenIn(t.smtp.messages[before].text);
    expect((await get(fresh)).statusCode).toBe(200);
    await t.db.query(`UPDATE campaigns SET due_date = current_date - 400 WHERE id = $1`, [campaignId]);
    expect((await get(fresh)).statusCode).toBe(404);
  });
});
