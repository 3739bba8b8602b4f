import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signup } from '../../../test/harness';
import { dbState } from '../../../test/db-state';
import { type Fixture, correctiveActionsFixture } from '../../../test/corrective-actions';

/** Four-eyes approvals against the real API and database: nothing changes until a second person approves. */
describe('four-eyes approvals (integration)', () => {
  let f: Fixture;
  let responseId: string;
  let actionId: string;

  const post = (url: string, token: string, body: object = {}) => f.t.request('POST', url, { token, body });
  /** Each event as `action by actor`, its actor labelled with that user's name (noted when not). */
  const auditActions = async (entityId: string) =>
    (
      await f.t.db.query(
        `SELECT x.action, x.actor_id, x.actor_label, x.actor_label IS NOT DISTINCT FROM u.name AS named
         FROM (SELECT id, action, actor_id, actor_label, entity_id FROM audit_events
           UNION ALL SELECT id, action, actor_id, actor_label, entity_id FROM audit_pending) x
         LEFT JOIN users u ON u.id::text = x.actor_id WHERE x.entity_id = $1 ORDER BY x.id`,
        [entityId],
      )
    ).map((r: { action: string; actor_id: string; actor_label: string; named: boolean }) => `${r.action} by ${r.actor_id}${r.named ? '' : ` labelled ${r.actor_label}`}`);

  beforeAll(async () => {
    f = await correctiveActionsFixture();
    [{ id: responseId }] = await f.t.db.query(`SELECT r.id FROM responses r JOIN suppliers s ON s.id = r.supplier_id WHERE r.campaign_id = $1 AND s.name LIKE 'good%'`, [f.campaignId]);
    actionId = (await f.board(`?supplierId=${f.suppliers.bad}`)).items[0].id;
  });
  afterAll(() => f.t.close());

  it('is off by default; only an admin turns it on, per action', async () => {
    expect((await f.t.request('GET', '/api/organization', { token: f.buyer.token })).json().approvals).toEqual({ overrides: false, verification: false, release: false });
    const before = await dbState(f.t, ['organizations']);
    expect((await f.t.request('PATCH', '/api/organization', { token: f.buyer.token, body: { approvals: { overrides: true } } })).statusCode).toBe(403);
    expect((await f.t.request('PATCH', '/api/organization', { token: f.admin.token, body: { approvals: { overrides: 'yes' } } })).statusCode).toBe(400);
    expect(await dbState(f.t, ['organizations'])).toEqual(before);
    const on = await f.t.request('PATCH', '/api/organization', { token: f.admin.token, body: { approvals: { overrides: true, verification: true } } });
    expect(on.statusCode).toBe(200);
    expect(on.json().approvals).toEqual({ overrides: true, verification: true, release: false });
  });

  it('holds a grade override until a second person approves it, then carries it out as the requester asked', async () => {
    const before = (await f.t.request('GET', `/api/responses/${responseId}/overrides`, { token: f.buyer.token })).json();
    const req = await post(`/api/responses/${responseId}/override`, f.buyer.token, { grade: 'C', reason: 'Site visit found gaps' });
    expect(req.statusCode, req.body).toBe(202);
    const { approvalId, status } = req.json();
    expect(status).toBe('pending');
    expect(req.json()).toEqual({ approvalId, status: 'pending' });
    expect((await f.t.request('GET', `/api/responses/${responseId}/overrides`, { token: f.buyer.token })).json()).toEqual(before);

    const queue = (await f.t.request('GET', '/api/approvals?status=pending', { token: f.viewer.token })).json();
    expect(queue).toMatchObject([{ id: approvalId, kind: 'override', targetId: responseId, request: { grade: 'C', reason: 'Site visit found gaps' }, requestedBy: { id: f.buyer.id } }]);

    // The requester can never approve (or decide) their own request; a viewer cannot decide.
    const unchanged = await dbState(f.t, ['approvals', 'response_overrides']);
    const own = await post(`/api/approvals/${approvalId}/approve`, f.buyer.token, { comment: 'fine by me' });
    expect([own.statusCode, own.json().code]).toEqual([403, 'APPROVAL_OWN_REQUEST']);
    expect((await post(`/api/approvals/${approvalId}/reject`, f.buyer.token, { comment: '' })).json().code).toBe('APPROVAL_OWN_REQUEST');
    expect((await post(`/api/approvals/${approvalId}/approve`, f.viewer.token, { comment: '' })).statusCode).toBe(403);
    expect(await dbState(f.t, ['approvals', 'response_overrides'])).toEqual(unchanged);

    const ok = await post(`/api/approvals/${approvalId}/approve`, f.admin.token, { comment: 'Agreed after the visit.' });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json()).toMatchObject({ status: 'approved', decidedBy: { id: f.admin.user.id }, comment: 'Agreed after the visit.' });
    const overrides = (await f.t.request('GET', `/api/responses/${responseId}/overrides`, { token: f.buyer.token })).json();
    expect(overrides).toHaveLength(before.length + 1);
    expect(overrides.find((o: { grade: string }) => o.grade === 'C')).toMatchObject({ reason: 'Site visit found gaps' });
    const [row] = await f.t.db.query(`SELECT created_by FROM response_overrides WHERE response_id = $1 AND withdrawn_at IS NULL`, [responseId]);
    expect(row.created_by).toBe(f.buyer.id);

    expect(await auditActions(approvalId)).toEqual([`approval.request by ${f.buyer.id}`, `approval.approve by ${f.admin.user.id}`]);
    expect((await auditActions(responseId)).filter((a: string) => a.startsWith('response.override'))).toEqual([`response.override by ${f.buyer.id}`]);

    const again = await post(`/api/approvals/${approvalId}/approve`, f.admin.token, { comment: '' });
    expect([again.statusCode, again.json().code]).toEqual([409, 'APPROVAL_DECIDED']);
    expect((await f.t.request('GET', '/api/approvals?status=pending', { token: f.admin.token })).json()).toEqual([]);
  });

  it('a rejected verification changes nothing; one that can no longer be carried out stays pending', async () => {
    await f.t.db.query(`UPDATE corrective_actions SET status = 'implemented' WHERE id = $1`, [actionId]);
    const row = async () => (await f.t.db.query(`SELECT status, version FROM corrective_actions WHERE id = $1`, [actionId]))[0];
    const start = await row();
    const first = await post(`/api/corrective-actions/${actionId}/verify`, f.buyer.token, { comment: 'Evidence checked.' });
    expect(first.statusCode, first.body).toBe(202);
    expect(await row()).toEqual(start);
    const rejected = await post(`/api/approvals/${first.json().approvalId}/reject`, f.admin.token, { comment: 'Ask for the audit record first.' });
    expect(rejected.json()).toMatchObject({ status: 'rejected', comment: 'Ask for the audit record first.' });
    expect(await row()).toEqual(start);
    expect((await post(`/api/approvals/${first.json().approvalId}/approve`, f.admin.token)).json().code).toBe('APPROVAL_DECIDED');
    expect(await auditActions(first.json().approvalId)).toEqual([`approval.request by ${f.buyer.id}`, `approval.reject by ${f.admin.user.id}`]);

    const second = (await post(`/api/corrective-actions/${actionId}/verify`, f.admin.token, { comment: 'Now complete.' })).json();
    await f.t.db.query(`UPDATE corrective_actions SET status = 'plan_approved' WHERE id = $1`, [actionId]);
    // A request that could not be carried out now is refused at once, as the action would be.
    const approvals = await dbState(f.t, ['approvals']);
    const early = await post(`/api/corrective-actions/${actionId}/verify`, f.buyer.token, { comment: 'Too soon.' });
    expect([early.statusCode, early.json().code]).toEqual([409, 'INVALID_TRANSITION']);
    expect(await dbState(f.t, ['approvals'])).toEqual(approvals);
    const failed = await post(`/api/approvals/${second.approvalId}/approve`, f.buyer.token, { comment: '' });
    expect([failed.statusCode, failed.json().code]).toEqual([409, 'INVALID_TRANSITION']);
    expect((await f.t.request('GET', `/api/approvals/${second.approvalId}`, { token: f.buyer.token })).json()).toMatchObject({ status: 'pending', decidedBy: null });

    await f.t.db.query(`UPDATE corrective_actions SET status = 'implemented' WHERE id = $1`, [actionId]);
    // One verification waits at a time.
    const twice = await post(`/api/corrective-actions/${actionId}/verify`, f.buyer.token, { comment: 'Again.' });
    expect([twice.statusCode, twice.json().code]).toEqual([409, 'APPROVAL_PENDING']);
    const done = await post(`/api/approvals/${second.approvalId}/approve`, f.buyer.token, { comment: '' });
    expect(done.statusCode, done.body).toBe(200);
    expect((await row()).status).toBe('closed');
    const [closed] = await f.t.db.query(`SELECT verify_comment FROM corrective_actions WHERE id = $1`, [actionId]);
    expect(closed.verify_comment).toBe('Now complete.');
  });

  it('holds a feedback release until approved', async () => {
    await f.t.request('PATCH', '/api/organization', { token: f.admin.token, body: { approvals: { release: true } } });
    const released = async () => (await f.t.db.query(`SELECT count(*)::int AS n FROM responses WHERE campaign_id = $1 AND feedback_released_at IS NOT NULL`, [f.campaignId]))[0].n;
    const outbox = await dbState(f.t, ['outbox:id']);
    const req = await post(`/api/campaigns/${f.campaignId}/feedback/release`, f.admin.token);
    expect([req.statusCode, req.json().status]).toEqual([202, 'pending']);
    expect(await released()).toBe(0);
    expect(await dbState(f.t, ['outbox:id'])).toEqual(outbox);
    expect((await post(`/api/approvals/${req.json().approvalId}/approve`, f.buyer.token, { comment: 'Go.' })).statusCode).toBe(200);
    expect(await released()).toBe(3);
  });

  it('never reaches another organisation: its approvals and targets answer 404, nothing stored', async () => {
    const other = await signup(f.t);
    await f.t.request('PATCH', '/api/organization', { token: other.token, body: { approvals: { overrides: true, verification: true, release: true } } });
    const [mine] = (await f.t.request('GET', '/api/approvals', { token: f.admin.token })).json();
    const before = await dbState(f.t, ['approvals', 'response_overrides', 'corrective_actions']);
    expect((await f.t.request('GET', `/api/approvals/${mine.id}`, { token: other.token })).statusCode).toBe(404);
    expect((await f.t.request('GET', '/api/approvals', { token: other.token })).json()).toEqual([]);
    expect((await post(`/api/approvals/${mine.id}/reject`, other.token)).statusCode).toBe(404);
    expect((await post(`/api/responses/${responseId}/override`, other.token, { grade: 'A', reason: 'not mine to change' })).statusCode).toBe(404);
    expect((await post(`/api/corrective-actions/${actionId}/verify`, other.token)).statusCode).toBe(404);
    expect((await post(`/api/campaigns/${f.campaignId}/feedback/release`, other.token)).statusCode).toBe(404);
    expect(await dbState(f.t, ['approvals', 'response_overrides', 'corrective_actions'])).toEqual(before);
  });
});
