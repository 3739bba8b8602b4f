import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtinQuestionnaire } from '@ses/questionnaire';
import { multipart } from '../../../test/harness';
import { inDays } from '../../../test/factories';
import { CorrectiveActionRemindersService } from './corrective-action-reminders.service';
import { PDF, type Fixture, answerAndSubmit, correctiveActionsFixture, launch } from '../../../test/corrective-actions';

interface Item {
  id: string;
  supplierId: string;
  theme: string;
  status: string;
  dueDate: string;
  overdue: boolean;
  failedPoints: string[];
  reassessment: null | { campaignId: string; status: string; themeGrade: string | null };
}

describe('corrective actions (integration)', () => {
  let f: Fixture;
  let bad: Item[];
  const portal = (link: string, path: string, body?: object) => f.t.request(body ? 'POST' : 'GET', `/api/portal/${link}/corrective-actions${path}`, { body });
  const buyerPost = (id: string, step: string, body: object, token = f.buyer.token) => f.t.request('POST', `/api/corrective-actions/${id}/${step}`, { token, body });
  const plan = 'We will adopt a written policy, train all staff by March and audit twice a year.';
  const report = 'The policy was adopted on 1 March; 120 staff trained; the first audit found no gaps.';

  beforeAll(async () => {
    f = await correctiveActionsFixture();
    bad = (await f.board(`?supplierId=${f.suppliers.bad}&pageSize=50`)).items;
  });
  afterAll(() => f.t.close());

  it('opens one action per Z theme at submission (none for an all-A response) and sends one request', async () => {
    const response = (await f.t.request('GET', `/api/responses/${(await f.board(`?supplierId=${f.suppliers.bad}`)).items[0].responseId}`, { token: f.admin.token })).json();
    const zThemes = builtinQuestionnaire.themes.map((th) => th.key).filter((k) => response.result.themes[k]?.grade === 'Z');
    expect(zThemes.length).toBeGreaterThan(1);
    expect(bad.map((a) => a.theme).sort()).toEqual([...zThemes].sort());
    for (const a of bad) {
      expect(a).toMatchObject({ status: 'requested', dueDate: inDays(30), overdue: false, openedBy: 'auto', owner: { id: f.admin.user.id }, reassessment: null });
      expect(a.failedPoints).toEqual(response.result.themes[a.theme].criticalFailures);
    }
    expect((await f.board(`?supplierId=${f.suppliers.good}`)).total).toBe(0);
    const requests = (await f.queued()).filter((m) => m.to === 'bad@ca.test');
    expect(requests).toHaveLength(1);
    const mail = await f.delivered(requests[0]);
    expect(mail.subject).toContain('是正措置のお願い');
    expect(mail.text).toMatch(/bad 担当 様/);
    expect(mail.text).toContain(builtinQuestionnaire.themes.find((th) => th.key === zThemes[0])!.title.ja);
    expect(mail.text).toMatch(/http:\/\/survey\.test\/s\/[A-Za-z0-9_-]{43}/);
  });

  it('runs the happy path: plan → approve → report with evidence → verify → closed, mailing the other side each time', async () => {
    const a = bad[0];
    const link = f.links.bad;
    const list = (await portal(link, '')).json();
    expect(list.map((x: { id: string }) => x.id).sort()).toEqual(bad.map((x) => x.id).sort());
    expect(list[0]).toMatchObject({ can: { submitPlan: true, report: false } });
    const question = (id: string) => builtinQuestionnaire.questions.find((q) => q.id === id)!;
    expect(list[0].points[0].text.ja).toBe(question(list[0].points[0].questionId).text.ja);

    let res = await portal(link, `/${a.id}/plan`, { plan });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().status).toBe('plan_submitted');
    let mails = await f.queued();
    expect(mails.map((m) => m.to)).toEqual([f.admin.email]);
    expect((await f.delivered(mails[0])).text).toContain('改善計画が提出されました');

    expect((await portal(link, `/${a.id}/report`, { report })).json().code).toBe('INVALID_TRANSITION');
    res = await buyerPost(a.id, 'review', { decision: 'approve', comment: 'Good plan.' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'plan_approved', reviewComment: 'Good plan.' });
    mails = await f.queued();
    expect(mails.map((m) => m.to)).toEqual(['bad@ca.test']);
    expect((await f.delivered(mails[0])).text).toContain('改善計画を承認いたしました');

    res = await portal(link, `/${a.id}/report`, { report });
    expect([res.statusCode, res.json().code]).toEqual([422, 'EVIDENCE_REQUIRED']);
    const file = multipart({}, { field: 'file', filename: 'audit.pdf', content: PDF, type: 'application/pdf' });
    const up = await f.t.request('POST', `/api/portal/${link}/corrective-actions/${a.id}/attachments`, file);
    expect(up.statusCode, up.body).toBe(201);
    expect(up.json()).toMatchObject({ filename: 'audit.pdf', questionId: a.theme });
    const fileId = up.json().id;
    expect((await portal(link, `/${a.id}/attachments/${fileId}`)).rawPayload.equals(PDF)).toBe(true);
    // The questionnaire's own evidence list does not show it.
    expect((await f.t.request('GET', `/api/portal/${link}`)).json().attachments).toHaveLength(0);

    res = await portal(link, `/${a.id}/report`, { report });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'implemented', can: { addEvidence: false } });
    mails = await f.queued();
    expect(mails.map((m) => m.to)).toEqual([f.admin.email]);
    expect((await f.delivered(mails[0])).text).toContain('Implementation reported');
    expect((await f.t.request('POST', `/api/portal/${link}/corrective-actions/${a.id}/attachments`, file)).statusCode).toBe(409);

    const buyerFile = await f.t.request('GET', `/api/corrective-actions/${a.id}/attachments/${fileId}`, { token: f.viewer.token });
    expect(buyerFile.headers['content-disposition']).toContain('audit.pdf');
    res = await buyerPost(a.id, 'verify', { comment: 'Verified against the audit record.' });
    expect(res.statusCode, res.body).toBe(200);
    const closed = res.json();
    expect(closed).toMatchObject({ status: 'closed', plan, report, verifyComment: 'Verified against the audit record.', overdue: false });
    const [{ closed_at }] = await f.t.db.query(`SELECT closed_at FROM corrective_actions WHERE id = $1`, [a.id]);
    expect(closed.closedAt).toBe(new Date(closed_at).toISOString());
    expect(closed.evidence.map((e: { id: string }) => e.id)).toEqual([fileId]);
    expect(closed.points[0]).toMatchObject({ questionId: a.failedPoints[0] });
    expect(closed.points[0].guidance.en).toBe(question(a.failedPoints[0]).guidance!.en);
    expect(closed.events.map((e: { kind: string }) => e.kind)).toEqual(['opened', 'plan_submitted', 'plan_approved', 'evidence_added', 'implemented', 'closed']);
    mails = await f.queued();
    expect(mails.map((m) => m.to)).toEqual(['bad@ca.test']);
    expect((await f.delivered(mails[0])).text).toContain('本件を完了といたします');
    for (const [step, body] of [['verify', {}], ['escalate', { comment: 'too late' }], ['review', { decision: 'approve' }]] as const) {
      expect((await buyerPost(a.id, step, body)).json().code).toBe('INVALID_TRANSITION');
    }
    expect(await f.queued()).toHaveLength(0);
    const audited = await f.t.db.query(`SELECT action FROM audit_events WHERE entity_id = $1 ORDER BY seq`, [a.id]);
    expect(audited.map((e: { action: string }) => e.action)).toEqual([
      'corrective_action.open', 'corrective_action.plan_submitted', 'corrective_action.plan_approved',
      'corrective_action.evidence_added', 'corrective_action.implemented', 'corrective_action.closed',
    ]);
    expect((await f.t.request('GET', '/api/audit/verify', { token: f.admin.token })).json().valid).toBe(true);
  });

  it('sends a rejected plan back with the comment, takes a new one, and escalates with an internal reason', async () => {
    const a = bad[1];
    expect((await f.t.request('PATCH', `/api/corrective-actions/${a.id}`, { token: f.buyer.token, body: { ownerId: null } })).json().owner).toBeNull();
    expect((await portal(f.links.bad, `/${a.id}/plan`, { plan })).statusCode).toBe(200);
    // Without an owner, every admin and buyer hears of it (the viewer does not).
    expect((await f.queued()).map((m) => m.to).sort()).toEqual([f.admin.email, f.buyer.email].sort());
    expect((await buyerPost(a.id, 'review', { decision: 'reject' })).statusCode).toBe(400);
    const res = await buyerPost(a.id, 'review', { decision: 'reject', comment: 'Name who is responsible & by when.' });
    expect(res.json().status).toBe('plan_rejected');
    const [rejected] = await f.queued();
    const mail = await f.delivered(rejected);
    expect(mail.subject).toContain('改善計画の再提出のお願い');
    expect(mail.text).toContain('Name who is responsible & by when.');
    expect(mail.html).toContain('Name who is responsible &amp; by when.');
    expect((await portal(f.links.bad, `/${a.id}/plan`, { plan: `${plan} Owner: plant manager, by 31 March.` })).json().status).toBe('plan_submitted');
    expect(await f.queued()).toHaveLength(2);
    const esc = await buyerPost(a.id, 'escalate', { comment: 'Second weak plan: refer to the procurement committee.' });
    expect(esc.json()).toMatchObject({ status: 'escalated' });
    expect(esc.json().events.at(-1)).toMatchObject({ kind: 'escalated', comment: 'Second weak plan: refer to the procurement committee.' });
    const [escalated] = await f.queued();
    expect((await f.delivered(escalated)).text).not.toContain('procurement committee');
    const seen = (await portal(f.links.bad, `/${a.id}`)).json();
    expect(seen.events.at(-1)).toMatchObject({ kind: 'escalated', comment: null, actor: 'CA Buyer Org' });
    expect(seen.events.some((e: { kind: string }) => e.kind === 'owner_changed')).toBe(false);
  });

  it('lets only one of two simultaneous submissions through', async () => {
    const a = bad[2];
    const results = await Promise.all([1, 2].map(() => portal(f.links.bad, `/${a.id}/plan`, { plan })));
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect((await f.queued()).filter((m) => m.to === f.admin.email)).toHaveLength(1);
  });

  it('opens an action by hand for any graded theme, with a note the supplier reads', async () => {
    const responseId = (await f.t.request('GET', `/api/campaigns/${f.campaignId}/responses`, { token: f.buyer.token })).json().find((r: { supplierId: string }) => r.supplierId === f.suppliers.good).responseId;
    const body = { responseId, theme: 'labour', dueDate: inDays(45), ownerId: f.buyer.id, note: 'Please share your overtime records.' };
    const res = await f.t.request('POST', '/api/corrective-actions', { token: f.buyer.token, body });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ status: 'requested', openedBy: f.buyer.id, owner: { id: f.buyer.id }, dueDate: inDays(45), failedPoints: [] });
    const again = await f.t.request('POST', '/api/corrective-actions', { token: f.buyer.token, body });
    expect([again.statusCode, again.json().code]).toEqual([409, 'CORRECTIVE_ACTION_EXISTS']);
    const [request] = await f.queued();
    const mail = await f.delivered(request);
    expect([mail.to[0], mail.subject]).toEqual(['good@ca.test', '[CA Buyer Org] Corrective action requested: Labour']);
    expect(mail.text).toContain('Please share your overtime records.');
    expect(mail.text).toMatch(/^Dear good 担当,/);
  });

  it('flags overdue actions and filters the board by them', async () => {
    const a = bad[3];
    await f.t.db.query(`UPDATE corrective_actions SET due_date = $2 WHERE id = $1`, [a.id, inDays(-1)]);
    const overdue = await f.board('?overdue=true');
    expect(overdue.items.map((x: Item) => x.id)).toEqual([a.id]);
    expect(overdue.items[0].overdue).toBe(true);
    expect((await f.board('?overdue=false')).items.some((x: Item) => x.id === a.id)).toBe(false);
    expect((await f.board(`?status=closed&supplierId=${f.suppliers.bad}`)).items.map((x: Item) => x.id)).toEqual([bad[0].id]);
    expect((await f.board(`?status=open&campaignId=${f.campaignId}`)).items.every((x: Item) => !['closed', 'escalated'].includes(x.status))).toBe(true);
    expect((await portal(f.links.bad, `/${a.id}`)).json().overdue).toBe(true);
  });

  it('reminds suppliers 7 and 1 days before the due date and weekly once overdue, each once', async () => {
    const a = bad[4];
    const due = inDays(10);
    expect((await f.t.request('PATCH', `/api/corrective-actions/${a.id}`, { token: f.buyer.token, body: { dueDate: due } })).statusCode).toBe(200);
    const [moved] = await f.queued();
    expect((await f.delivered(moved)).subject).toContain('期限変更');
    const reminders = f.t.app.get(CorrectiveActionRemindersService);
    const sent = async (day: number) => {
      await reminders.runDue(inDays(day));
      await reminders.runDue(inDays(day));
      return (await f.t.db.query(`SELECT count(*)::int AS n FROM outbox WHERE dedupe_key LIKE $1`, [`ca-remind:${a.id}:%`]))[0].n;
    };
    expect(await sent(2)).toBe(0);
    expect(await sent(3)).toBe(1); // 7 days before
    expect(await sent(4)).toBe(1);
    expect(await sent(9)).toBe(2); // 1 day before
    expect(await sent(11)).toBe(3); // the day after
    expect(await sent(12)).toBe(3);
    expect(await sent(18)).toBe(4); // a week later
    const mail = await f.delivered((await f.queued()).at(-1)!);
    expect(mail.subject).toContain('是正措置の期限を過ぎております');
    // Closed and escalated actions, and those awaiting the buyer, are not reminded.
    for (const other of [bad[0], bad[1], bad[2]]) {
      expect((await f.t.db.query(`SELECT count(*)::int AS n FROM outbox WHERE dedupe_key LIKE $1`, [`ca-remind:${other.id}:%`]))[0].n).toBe(0);
    }
  });

  it('links the re-assessment when the same supplier answers a later campaign of the questionnaire', async () => {
    const later = await launch(f.t, f.admin.token, f.versionId, [f.suppliers.bad], 'FY2027 SAQ');
    const before = (await f.board(`?supplierId=${f.suppliers.bad}&pageSize=50`)).items as Item[];
    expect(before[0].reassessment).toMatchObject({ campaignId: later.id, status: 'invited', themeGrade: null });
    await answerAndSubmit(f.t, later.links.bad, 'best');
    const after = (await f.board(`?supplierId=${f.suppliers.bad}&campaignId=${f.campaignId}&pageSize=50`)).items as Item[];
    expect(after.map((x) => x.reassessment)).toEqual(after.map(() => expect.objectContaining({ campaignId: later.id, status: 'submitted', themeGrade: 'A' })));
    // An all-A re-assessment opens nothing new.
    expect((await f.board(`?campaignId=${later.id}`)).total).toBe(0);
  });
});
