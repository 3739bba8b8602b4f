import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signup, startTestApp, userWithRole, type TestApp } from '../../../test/harness';
import { builtinVersionId, createSupplier, inDays, tokenIn } from '../../../test/factories';
import { RemindersService } from './reminders.service';
import { formatDate } from '../mail/templates/render';
import { dbState } from '../../../test/db-state';
import { outboxSettled } from '../../../test/outbox';

describe('campaigns (integration)', () => {
  let t: TestApp;
  let token: string;
  let orgName: string;
  let versionId: string;
  beforeAll(async () => {
    t = await startTestApp();
    const org = await signup(t);
    token = org.token;
    orgName = org.organization.name;
    versionId = await builtinVersionId(t, token);
  });
  afterAll(() => t.close());

  const createCampaign = (body: Record<string, unknown>, tk = token) =>
    t.request('POST', '/api/campaigns', { token: tk, body: { name: 'FY2026 SAQ', questionnaireVersionId: versionId, dueDate: inDays(30), ...body } });

  it('creates a draft with depths by rule and by list, and the thresholds it keeps', async () => {
    const low = await createSupplier(t, token, { riskLevel: 'low' });
    const high = await createSupplier(t, token, { riskLevel: 'high' });
    const listed = await createSupplier(t, token);
    const res = await createCampaign({
      supplierIds: [low.id, high.id, listed.id],
      extendedSupplierIds: [listed.id],
      depthRule: { highRisk: true },
      thresholds: { A: 85, B: 65, C: 45 },
    });
    expect(res.statusCode).toBe(201);
    const c = res.json();
    expect(c).toMatchObject({ status: 'draft', supplierCount: 3, thresholds: { A: 85, B: 65, C: 45 }, reminderDaysBefore: [7, 1], responseRate: 0 });
    const rows = (await t.request('GET', `/api/campaigns/${c.id}/responses`, { token })).json();
    const depth = Object.fromEntries(rows.map((r: { supplierId: string; depth: string }) => [r.supplierId, r.depth]));
    expect(depth).toEqual({ [low.id]: 'core', [high.id]: 'extended', [listed.id]: 'extended' });
  });

  it.each([
    [{ questionnaireVersionId: '00000000-0000-4000-8000-000000000000' }, 404],
    [{ supplierIds: [] }, 400],
    [{ supplierIds: ['00000000-0000-4000-8000-000000000000'] }, 400],
    [{ dueDate: '2026-13-45' }, 400],
    [{ thresholds: { A: 50, B: 60, C: 40 } }, 400],
  ])('refuses a bad campaign (%o → %i) and saves nothing', async (patch, status) => {
    const s = await createSupplier(t, token);
    const before = (await t.db.query(`SELECT count(*)::int AS n FROM campaigns`))[0].n;
    const res = await createCampaign({ supplierIds: [s.id], ...patch });
    expect(res.statusCode).toBe(status);
    expect((await t.db.query(`SELECT count(*)::int AS n FROM campaigns`))[0].n).toBe(before);
  });

  it('refuses a draft questionnaire version and suppliers of another organisation', async () => {
    const other = await signup(t);
    const theirs = await createSupplier(t, other.token);
    expect((await createCampaign({ supplierIds: [theirs.id] })).statusCode).toBe(400);
    const { draftVersionId } = (await t.request('POST', `/api/questionnaires/${(await t.request('GET', '/api/questionnaires', { token })).json()[0].id}/drafts`, { token, body: {} })).json();
    const mine = await createSupplier(t, token);
    const res = await createCampaign({ supplierIds: [mine.id], questionnaireVersionId: draftVersionId });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toMatch(/draft/);
  });

  it('chooses suppliers by filter', async () => {
    const org = await signup(t);
    await createSupplier(t, org.token, { productType: 'Chemicals', riskLevel: 'high' });
    await createSupplier(t, org.token, { productType: 'Chemicals', riskLevel: 'low' });
    await createSupplier(t, org.token, { productType: 'Textiles', riskLevel: 'high' });
    const v = await builtinVersionId(t, org.token);
    const res = await createCampaign({ questionnaireVersionId: v, supplierFilter: { productType: 'Chemicals' } }, org.token);
    expect(res.json().supplierCount).toBe(2);
  });

  it('launches once (202), e-mails each contact its own link, and closes', async () => {
    const a = await createSupplier(t, token, { contacts: [{ name: '田中', email: 'tanaka@a.test', language: 'ja' }, { name: 'Lee', email: 'lee@a.test', language: 'en' }] });
    const b = await createSupplier(t, token, { contacts: [{ name: 'Kim', email: 'kim@b.test', language: 'en' }] });
    const c = (await createCampaign({ supplierIds: [a.id, b.id] })).json();
    const preview = (await t.request('GET', `/api/campaigns/${c.id}/invitation-preview?lang=ja`, { token })).json();
    expect(preview.subject).toBe(`【${orgName}】「FY2026 SAQ」ご回答のお願い（回答期限: ${formatDate('ja', inDays(30))}）`);
    expect(preview.html).toContain('http://survey.test/s/');
    const before = t.smtp.messages.length;
    const launched = await t.request('POST', `/api/campaigns/${c.id}/launch`, { token });
    expect(launched.statusCode).toBe(202);
    expect(launched.json()).toEqual({ queued: 3 });
    expect((await t.request('POST', `/api/campaigns/${c.id}/launch`, { token })).statusCode).toBe(409);
    await t.smtp.waitFor(before + 3);
    const mails = t.smtp.messages.slice(before);
    expect(mails.map((m) => m.to[0]).sort()).toEqual(['kim@b.test', 'lee@a.test', 'tanaka@a.test']);
    const tokens = mails.map((m) => tokenIn(m.text));
    expect(new Set(tokens).size).toBe(3);
    expect(mails.find((m) => m.to[0] === 'tanaka@a.test')!.text).toMatch(/様/);
    const stored = await t.db.query(`SELECT encode(token_hash, 'hex') AS h FROM response_tokens`);
    expect(stored.some((r: { h: string }) => tokens.some((tk) => r.h.includes(Buffer.from(tk).toString('hex'))))).toBe(false);
    const closed = await t.request('POST', `/api/campaigns/${c.id}/close`, { token });
    expect(closed.json().status).toBe('closed');
    const portal = await t.request('PUT', `/api/portal/${tokens[0]}/answers`, { body: { version: 0, answers: {} } });
    expect(portal.statusCode).toBe(409);
  });

  it('sends scheduled reminders once per step to unsubmitted suppliers only', async () => {
    const s = await createSupplier(t, token);
    const c = (await createCampaign({ supplierIds: [s.id], dueDate: inDays(7), reminderDaysBefore: [7, 1] })).json();
    await t.request('POST', `/api/campaigns/${c.id}/launch`, { token });
    const reminders = t.app.get(RemindersService);
    const today = new Date().toISOString().slice(0, 10);
    const before = (await t.db.query(`SELECT count(*)::int AS n FROM outbox WHERE campaign_id = $1 AND kind = 'reminder'`, [c.id]))[0].n;
    expect(before).toBe(0);
    await reminders.runDue(today);
    await reminders.runDue(today);
    const after = (await t.db.query(`SELECT count(*)::int AS n FROM outbox WHERE campaign_id = $1 AND kind = 'reminder'`, [c.id]))[0].n;
    expect(after).toBe(1);
    const manual = await t.request('POST', `/api/campaigns/${c.id}/remind`, { token, body: {} });
    expect(manual.statusCode).toBe(202);
    expect(manual.json().queued).toBe(1);
  });

  it('adds suppliers to a draft, and to a running campaign inviting only the new ones at once', async () => {
    const first = await createSupplier(t, token);
    const second = await createSupplier(t, token, { riskLevel: 'low' });
    const third = await createSupplier(t, token, { contacts: [{ name: '佐藤', email: 'sato@third.test', language: 'ja' }, { name: 'Ito', email: 'ito@third.test', language: 'en' }] });
    const c = (await createCampaign({ supplierIds: [first.id] })).json();
    const add = (body: object, tk = token) => t.request('POST', `/api/campaigns/${c.id}/suppliers`, { token: tk, body });
    const responses = async () => Object.fromEntries((await t.db.query(`SELECT supplier_id, depth FROM responses WHERE campaign_id = $1`, [c.id])).map((r: { supplier_id: string; depth: string }) => [r.supplier_id, r.depth]));
    const queued = async () => (await t.db.query(`SELECT to_address FROM outbox WHERE campaign_id = $1 ORDER BY to_address`, [c.id])).map((r: { to_address: string }) => r.to_address);

    let res = await add({ supplierIds: [second.id], extendedSupplierIds: [second.id] });
    expect([res.statusCode, res.json()]).toEqual([202, { queued: 0 }]);
    expect(await responses()).toEqual({ [first.id]: 'core', [second.id]: 'extended' });
    expect(await queued()).toEqual([]);
    // Once is enough: a supplier already in the campaign is not added again.
    expect((await add({ supplierIds: [second.id] })).json()).toEqual({ queued: 0 });
    expect(Object.keys(await responses())).toHaveLength(2);

    // The earlier tests' mails are delivered in the background: they arrive before counting.
    await outboxSettled(t, (await t.db.query(`SELECT id FROM outbox`)).map((r: { id: string }) => r.id));
    const before = t.smtp.messages.length;
    expect((await t.request('POST', `/api/campaigns/${c.id}/launch`, { token })).json()).toEqual({ queued: 2 });
    await t.smtp.waitFor(before + 2);
    res = await add({ supplierIds: [third.id, first.id] });
    expect([res.statusCode, res.json()]).toEqual([202, { queued: 2 }]);
    expect(Object.keys(await responses()).sort()).toEqual([first.id, second.id, third.id].sort());
    expect((await queued()).filter((a: string) => a.endsWith('@third.test'))).toEqual(['ito@third.test', 'sato@third.test']);
    await t.smtp.waitFor(before + 4);
    const invited = t.smtp.messages.slice(before + 2);
    expect(invited.map((m) => m.to[0]).sort()).toEqual(['ito@third.test', 'sato@third.test']);
    expect(invited.find((m) => m.to[0] === 'sato@third.test')!.subject).toBe(`【${orgName}】「FY2026 SAQ」ご回答のお願い（回答期限: ${formatDate('ja', inDays(30))}）`);
    expect(invited.every((m) => /http:\/\/survey\.test\/s\/[A-Za-z0-9_-]{43}/.test(m.text))).toBe(true);

    // Refused: another organisation's supplier (400), another organisation (404), a viewer (403), bad input (400), a closed campaign (409). Nothing changes.
    const other = await signup(t);
    const foreign = await createSupplier(t, other.token);
    const theirs = await createSupplier(t, other.token);
    const viewer = await userWithRole(t, token, 'viewer');
    const state = () => dbState(t, ['responses', 'response_tokens', 'outbox:id', 'audit_events', 'campaigns']);
    const unchanged = await state();
    res = await add({ supplierIds: [foreign.id] });
    expect([res.statusCode, res.json().code]).toEqual([400, 'VALIDATION_FAILED']);
    expect((await add({ supplierIds: [theirs.id] }, other.token)).statusCode).toBe(404);
    expect((await add({ supplierIds: [second.id] }, viewer.token)).statusCode).toBe(403);
    expect((await add({ supplierIds: [] })).statusCode).toBe(400);
    expect((await add({ supplierIds: ['not-a-uuid'] })).statusCode).toBe(400);
    expect((await t.request('POST', `/api/campaigns/00000000-0000-4000-8000-000000000000/suppliers`, { token, body: { supplierIds: [second.id] } })).statusCode).toBe(404);
    expect(await state()).toEqual(unchanged);
    expect((await t.request('POST', `/api/campaigns/${c.id}/close`, { token })).statusCode).toBe(200);
    const late = await createSupplier(t, token);
    const closed = await state();
    res = await add({ supplierIds: [late.id] });
    expect([res.statusCode, res.json().code]).toEqual([409, 'CAMPAIGN_CLOSED']);
    expect(await state()).toEqual(closed);
  });

  it("keeps campaigns to their organisation and viewers read-only", async () => {
    const s = await createSupplier(t, token);
    const c = (await createCampaign({ supplierIds: [s.id] })).json();
    const other = await signup(t);
    for (const [method, path] of [['GET', ''], ['GET', '/responses'], ['GET', '/benchmarks'], ['POST', '/launch'], ['POST', '/close']] as const) {
      expect((await t.request(method, `/api/campaigns/${c.id}${path}`, { token: other.token })).statusCode).toBe(404);
    }
    const viewer = await userWithRole(t, token, 'viewer');
    expect((await t.request('GET', `/api/campaigns/${c.id}`, { token: viewer.token })).statusCode).toBe(200);
    expect((await t.request('POST', `/api/campaigns/${c.id}/launch`, { token: viewer.token })).statusCode).toBe(403);
  });

  it('keeps a supplier with responses: delete is refused (409), archive works', async () => {
    const s = await createSupplier(t, token);
    await createCampaign({ supplierIds: [s.id] });
    const del = await t.request('DELETE', `/api/suppliers/${s.id}`, { token });
    expect(del.statusCode).toBe(409);
    expect(del.json().code).toBe('SUPPLIER_HAS_RESPONSES');
    expect((await t.request('POST', `/api/suppliers/${s.id}/archive`, { token })).json().archived).toBe(true);
  });
});
