import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { multipart, signup, userWithRole } from '../../../test/harness';
import { registeredRoutes, routeKey } from '../../../test/routes';
import { dbState } from '../../../test/db-state';
import { builtinVersionId, createSupplier, inDays } from '../../../test/factories';
import { PDF, type Fixture, correctiveActionsFixture, launch } from '../../../test/corrective-actions';

const plan = 'We will adopt a written policy, train all staff by March and audit twice a year.';

describe('corrective actions: who may do what (integration)', () => {
  let f: Fixture;
  let badAction: string;
  let otherAction: string;
  /** Everything a corrective-action write could touch. */
  const state = () => dbState(f.t, ['corrective_actions', 'corrective_action_events', 'attachments', 'outbox:id', 'audit_events', 'users']);

  beforeAll(async () => {
    f = await correctiveActionsFixture();
    badAction = (await f.board(`?supplierId=${f.suppliers.bad}`)).items[0].id;
    otherAction = (await f.board(`?supplierId=${f.suppliers.other}`)).items[0].id;
  });
  afterAll(() => f.t.close());

  it("answers 404 to a supplier acting on another supplier's action, and shows it only its own", async () => {
    const mine = (await f.t.request('GET', `/api/portal/${f.links.other}/corrective-actions`)).json();
    const theirs = (await f.board(`?supplierId=${f.suppliers.other}&pageSize=50`)).items.map((a: { id: string }) => a.id);
    expect(theirs.length).toBeGreaterThan(1);
    expect(mine.map((a: { id: string }) => a.id).sort()).toEqual(theirs.sort());
    expect((await f.t.request('GET', `/api/portal/${f.links.good}/corrective-actions`)).json()).toEqual([]);
    const before = await state();
    const base = `/api/portal/${f.links.other}/corrective-actions/${badAction}`;
    expect((await f.t.request('GET', base)).statusCode).toBe(404);
    expect((await f.t.request('POST', `${base}/plan`, { body: { plan } })).statusCode).toBe(404);
    expect((await f.t.request('POST', `${base}/messages`, { body: { comment: 'hello' } })).statusCode).toBe(404);
    const file = multipart({}, { field: 'file', filename: 'x.pdf', content: PDF });
    expect((await f.t.request('POST', `${base}/attachments`, file)).statusCode).toBe(404);
    expect(await state()).toEqual(before);
    expect((await f.t.request('GET', `/api/portal/${'x'.repeat(43)}/corrective-actions`)).statusCode).toBe(404);
  });

  it('keeps actions to their organisation: another buyer gets 404 and an empty board', async () => {
    const stranger = await signup(f.t, 'Someone Else');
    expect((await f.board('', stranger.token)).total).toBe(0);
    expect((await f.board(`?supplierId=${f.suppliers.bad}`, stranger.token)).total).toBe(0);
    const url = `/api/corrective-actions/${badAction}`;
    const before = await state();
    expect((await f.t.request('GET', url, { token: stranger.token })).statusCode).toBe(404);
    expect((await f.t.request('PATCH', url, { token: stranger.token, body: { dueDate: inDays(60) } })).statusCode).toBe(404);
    for (const [step, body] of [['review', { decision: 'approve' }], ['verify', {}], ['escalate', { comment: 'x' }], ['messages', { comment: 'x' }]] as const) {
      expect((await f.t.request('POST', `${url}/${step}`, { token: stranger.token, body })).statusCode).toBe(404);
    }
    const responseId = (await f.board()).items[0].responseId;
    expect((await f.t.request('POST', '/api/corrective-actions', { token: stranger.token, body: { responseId, theme: 'labour' } })).statusCode).toBe(404);
    expect(await state()).toEqual(before);
    const theirs = await userWithRole(f.t, stranger.token, 'buyer');
    const withTheirs = await state();
    const res = await f.t.request('PATCH', url, { token: f.buyer.token, body: { ownerId: theirs.id } });
    expect([res.statusCode, res.json().issues?.[0]?.path]).toEqual([400, 'ownerId']);
    expect(await state()).toEqual(withTheirs);
  });

  it('lets viewers read but not write (403)', async () => {
    const url = `/api/corrective-actions/${badAction}`;
    expect((await f.t.request('GET', url, { token: f.viewer.token })).statusCode).toBe(200);
    expect((await f.board('', f.viewer.token)).total).toBe((await f.board()).total);
    const before = await state();
    expect((await f.t.request('PATCH', url, { token: f.viewer.token, body: { dueDate: inDays(60) } })).statusCode).toBe(403);
    expect((await f.t.request('POST', `${url}/escalate`, { token: f.viewer.token, body: { comment: 'no' } })).statusCode).toBe(403);
    const responseId = (await f.board()).items[0].responseId;
    expect((await f.t.request('POST', '/api/corrective-actions', { token: f.viewer.token, body: { responseId, theme: 'labour' } })).statusCode).toBe(403);
    expect((await f.t.request('POST', '/api/corrective-actions', { body: { responseId, theme: 'labour' } })).statusCode).toBe(401);
    expect(await state()).toEqual(before);
    expect((await f.t.request('GET', '/api/corrective-actions')).statusCode).toBe(401);
  });

  it('refuses bad input with 400 and changes nothing', async () => {
    const before = await state();
    const url = `/api/corrective-actions/${otherAction}`;
    const bad: [string, string, object?][] = [
      ['GET', '/api/corrective-actions?status=lost'],
      ['GET', '/api/corrective-actions?overdue=maybe'],
      ['GET', '/api/corrective-actions?campaignId=nope'],
      ['GET', '/api/corrective-actions/not-a-uuid'],
      ['PATCH', url, {}],
      ['PATCH', url, { dueDate: '2026-13-45' }],
      ['PATCH', url, { dueDate: inDays(-3) }],
      ['POST', `${url}/review`, { decision: 'maybe', comment: 'x' }],
      ['POST', `${url}/escalate`, { comment: '   ' }],
      ['POST', '/api/corrective-actions', { responseId: 'x', theme: 'labour' }],
      ['POST', '/api/corrective-actions', { responseId: (await f.board()).items[0].responseId, theme: 'nowhere' }],
      ['POST', '/api/corrective-actions', { responseId: (await f.board()).items[0].responseId, theme: 'labour', dueDate: inDays(-1) }],
      ['POST', `/api/portal/${f.links.other}/corrective-actions/${otherAction}/plan`, { plan: 'short' }],
      ['POST', `/api/portal/${f.links.other}/corrective-actions/${otherAction}/plan`, { plan: 42 }],
    ];
    for (const [method, path, body] of bad) {
      const res = await f.t.request(method, path, { token: f.buyer.token, body });
      expect(res.statusCode, `${method} ${path} ${JSON.stringify(body)}: ${res.body}`).toBe(400);
      expect(res.json()).toMatchObject({ statusCode: 400, error: 'Bad Request' });
    }
    const noFile = await f.t.request('POST', `/api/portal/${f.links.other}/corrective-actions/${otherAction}/attachments`, multipart({ note: 'x' }));
    expect(noFile.statusCode).toBe(400);
    const exe = multipart({}, { field: 'file', filename: 'a.exe', content: Buffer.from([0x4d, 0x5a, 0x90, 0x00, 0x03]) });
    expect((await f.t.request('POST', `/api/portal/${f.links.other}/corrective-actions/${otherAction}/attachments`, exe)).statusCode).toBe(415);
    expect(await state()).toEqual(before);
  });

  it('refuses steps out of order with 409 INVALID_TRANSITION', async () => {
    const url = `/api/corrective-actions/${otherAction}`;
    let before = await state();
    for (const [step, body] of [['review', { decision: 'approve' }], ['verify', {}], ['return', { comment: 'more' }]] as const) {
      const res = await f.t.request('POST', `${url}/${step}`, { token: f.buyer.token, body });
      expect([res.statusCode, res.json().code], step).toEqual([409, 'INVALID_TRANSITION']);
    }
    const report = { report: 'The policy was adopted and every worker trained.' };
    expect((await f.t.request('POST', `/api/portal/${f.links.other}/corrective-actions/${otherAction}/report`, { body: report })).statusCode).toBe(409);
    expect(await state()).toEqual(before);
    expect((await f.t.request('POST', `${url}/escalate`, { token: f.buyer.token, body: { comment: 'No answer at all.' } })).statusCode).toBe(200);
    before = await state();
    expect((await f.t.request('PATCH', url, { token: f.buyer.token, body: { dueDate: inDays(60) } })).json().code).toBe('INVALID_TRANSITION');
    expect((await f.t.request('POST', `/api/portal/${f.links.other}/corrective-actions/${otherAction}/plan`, { body: { plan } })).statusCode).toBe(409);
    expect(await state()).toEqual(before);
    // A response not yet submitted has no grades to act on.
    const draft = await f.t.request('POST', '/api/campaigns', {
      token: f.buyer.token,
      body: { name: 'Draft', questionnaireVersionId: f.versionId, supplierIds: [f.suppliers.good], dueDate: inDays(20) },
    });
    const [{ id: responseId }] = await f.t.db.query(`SELECT id FROM responses WHERE campaign_id = $1`, [draft.json().id]);
    const res = await f.t.request('POST', '/api/corrective-actions', { token: f.buyer.token, body: { responseId, theme: 'labour' } });
    expect([res.statusCode, res.json().code]).toEqual([409, 'NOT_SUBMITTED']);
  });

  it('removes an evidence file only for its own supplier: another supplier or organisation gets 404 and nothing changes', async () => {
    const base = (link: string, id = badAction) => `/api/portal/${link}/corrective-actions/${id}/attachments`;
    const up = await f.t.request('POST', base(f.links.bad), multipart({}, { field: 'file', filename: 'training-log.pdf', content: PDF, type: 'application/pdf' }));
    expect(up.statusCode, up.body).toBe(201);
    const fileId: string = up.json().id;
    const [{ storage_name }] = await f.t.db.query(`SELECT storage_name FROM attachments WHERE id = $1`, [fileId]);
    const stored = join(f.t.dataDir, 'uploads', storage_name);
    expect(readFileSync(stored).equals(PDF)).toBe(true);

    // A supplier of another organisation, with its own link.
    const stranger = await signup(f.t, 'Evidence Stranger KK');
    const theirSupplier = await createSupplier(f.t, stranger.token, { contacts: [{ name: 'x', email: 'stranger@ca.test', language: 'en' }] });
    const theirs = await launch(f.t, stranger.token, await builtinVersionId(f.t, stranger.token), [theirSupplier.id], 'Stranger SAQ');
    expect(theirs.links.stranger).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const [{ id: otherOpen }] = await f.t.db.query(`SELECT id FROM corrective_actions WHERE supplier_id = $1 AND status = 'requested' LIMIT 1`, [f.suppliers.other]);
    const before = await state();
    for (const url of [
      `${base(f.links.other)}/${fileId}`, // another supplier of the organisation
      `${base(theirs.links.stranger)}/${fileId}`, // a supplier of another organisation
      `${base(f.links.other, otherOpen)}/${fileId}`, // its own action, another's file
      `${base(f.links.bad)}/00000000-0000-4000-8000-000000000000`, // no such file
    ]) {
      const res = await f.t.request('DELETE', url);
      expect([res.statusCode, res.json().statusCode], url).toEqual([404, 404]);
    }
    expect(await state()).toEqual(before);
    expect(readFileSync(stored).equals(PDF)).toBe(true);

    const removed = await f.t.request('DELETE', `${base(f.links.bad)}/${fileId}`);
    expect([removed.statusCode, removed.body]).toEqual([204, '']);
    expect(await f.t.db.query(`SELECT id FROM attachments WHERE id = $1`, [fileId])).toEqual([]);
    expect(existsSync(stored)).toBe(false);
    const [event] = await f.t.db.query(`SELECT kind, side, data FROM corrective_action_events WHERE action_id = $1 ORDER BY created_at DESC, id DESC LIMIT 1`, [badAction]);
    expect(event).toEqual({ kind: 'evidence_removed', side: 'supplier', data: { attachmentId: fileId } });
    expect((await f.t.request('GET', `${base(f.links.bad)}/${fileId}`)).statusCode).toBe(404);
    expect((await f.t.request('DELETE', `${base(f.links.bad)}/${fileId}`)).statusCode).toBe(404);
  });

  it('describes every route in the OpenAPI document', async () => {
    const doc = (await f.t.request('GET', '/api/openapi.json')).json();
    const documented = new Set(Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(([path, ops]) => Object.keys(ops).map((m) => `${m} ${routeKey(path)}`)));
    // Every route the router serves, read from its table: those of corrective actions, buyer and portal side, first.
    const routes = registeredRoutes(f.t);
    const ours = routes.filter((r) => r.path.startsWith('/api/corrective-actions') || r.path.startsWith('/api/portal/{}/corrective-actions'));
    expect(ours.map((r) => `${r.method} ${r.path}`).sort()).toEqual(
      [
        'get /api/corrective-actions', 'post /api/corrective-actions', 'get /api/corrective-actions/{}', 'patch /api/corrective-actions/{}',
        'post /api/corrective-actions/{}/review', 'post /api/corrective-actions/{}/return', 'post /api/corrective-actions/{}/verify',
        'post /api/corrective-actions/{}/escalate', 'post /api/corrective-actions/{}/messages', 'get /api/corrective-actions/{}/attachments/{}',
        'get /api/portal/{}/corrective-actions', 'get /api/portal/{}/corrective-actions/{}', 'post /api/portal/{}/corrective-actions/{}/plan',
        'post /api/portal/{}/corrective-actions/{}/report', 'post /api/portal/{}/corrective-actions/{}/messages',
        'post /api/portal/{}/corrective-actions/{}/attachments', 'get /api/portal/{}/corrective-actions/{}/attachments/{}',
        'delete /api/portal/{}/corrective-actions/{}/attachments/{}',
      ].sort(),
    );
    for (const r of routes) expect(documented, `${r.method} ${r.path}`).toContain(`${r.method} ${r.path}`);
    expect(doc.paths['/api/corrective-actions/{id}/verify'].post.summary).toMatch(/close/);
  });
});
