import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signup, startTestApp, userWithRole, type TestApp } from '../../../test/harness';
import { builtinQuestionnaire } from '@ses/questionnaire';
import { answerAll, builtinVersionId, createSupplier, inDays, tokenIn } from '../../../test/factories';
import { until } from '../../../test/outbox';
import { AuditSealer } from './audit-sealer';

interface Question {
  id: string;
  type: string;
  showIf?: unknown;
  options?: { value: string }[];
}
/** Single-answer questions asked whatever else is answered, with their first and second option. */
const choices = (definition: { questions: Question[] }) =>
  definition.questions
    .filter((q) => (q.type === 'yes_no' || q.type === 'single_choice') && !q.showIf && (q.options?.length ?? 0) >= 2)
    .map((q) => ({ id: q.id, a: q.options![0].value, b: q.options![1].value }));

interface Event {
  seq: number;
  actorType: string;
  actorId: string | null;
  actorLabel: string;
  action: string;
  entityType: string;
  entityId: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

describe('audit log (integration)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  const events = async (token: string, query = '') => {
    const res = await t.request('GET', `/api/audit?pageSize=200&${query}`, { token });
    expect(res.statusCode).toBe(200);
    return res.json().items as Event[];
  };
  const verify = async (token: string, query = '') => (await t.request('GET', `/api/audit/verify${query}`, { token })).json();

  /** An organisation with one supplier invited to an active campaign, and that supplier's link. */
  async function withSupplierLink(name: string) {
    const org = await signup(t, name);
    const supplier = await createSupplier(t, org.token, { contacts: [{ name: 'Aiko', email: `aiko-${Date.now()}@supplier.test`, language: 'ja' }] });
    const campaign = (await t.request('POST', '/api/campaigns', {
      token: org.token,
      body: { name: 'Audit survey', questionnaireVersionId: await builtinVersionId(t, org.token), supplierIds: [supplier.id], dueDate: inDays(20) },
    })).json();
    await t.request('POST', `/api/campaigns/${campaign.id}/launch`, { token: org.token });
    const mail = await until('the invitation', async () => t.smtp.messages.find((m) => m.to[0] === supplier.contacts[0].email));
    return { org, supplier, campaign, link: tokenIn(mail.text) };
  }

  it("records a buyer's changes with who, what, and the fields before and after", async () => {
    const org = await signup(t, 'Audit Buyer Org');
    const buyer = await userWithRole(t, org.token, 'buyer');
    const s = await createSupplier(t, buyer.token, { name: 'Kanto Parts', country: 'JP' });
    await t.request('PATCH', `/api/suppliers/${s.id}`, { token: buyer.token, body: { riskLevel: 'high', country: 'VN' } });
    await t.request('PATCH', `/api/suppliers/${s.id}`, { token: buyer.token, body: { riskLevel: 'high' } });
    await t.request('POST', `/api/suppliers/${s.id}/archive`, { token: buyer.token });

    const log = await events(org.token, `entityType=supplier&entityId=${s.id}`);
    // Newest first; the PATCH that changed nothing left no event.
    expect(log.map((e) => e.action)).toEqual(['supplier.archive', 'supplier.update', 'supplier.create']);
    expect(log.every((e) => e.actorType === 'user' && e.actorId === buyer.id && e.actorLabel === 'buyer')).toBe(true);
    expect(log[1].before).toEqual({ riskLevel: 'medium', country: 'JP' });
    expect(log[1].after).toEqual({ riskLevel: 'high', country: 'VN' });
    expect(log[2].before).toBeNull();
    expect(log[2].after).toMatchObject({ name: 'Kanto Parts', archived: false, contacts: [expect.objectContaining({ language: 'en' })] });
    expect(log[0]).toMatchObject({ before: { archived: false }, after: { archived: true } });

    const userEvents = await events(org.token, 'entityType=user');
    expect(userEvents.map((e) => e.action)).toEqual(['user.create']);
    expect(userEvents[0].after).toEqual({ email: buyer.email, name: 'buyer', role: 'buyer' });
    expect(JSON.stringify(userEvents)).not.toMatch(/password|argon/);

    // Auditors (viewers) read the log; filters narrow it.
    const viewer = await userWithRole(t, org.token, 'viewer');
    expect((await events(viewer.token, 'action=supplier.')).length).toBe(3);
    expect((await events(viewer.token, 'action=supplier.update')).length).toBe(1);
    expect((await events(viewer.token, 'actorType=supplier')).length).toBe(0);
    expect((await events(viewer.token, `from=${inDays(1)}`)).length).toBe(0);
    expect((await events(viewer.token, `to=${inDays(1)}`)).length).toBeGreaterThan(3);
    expect((await t.request('GET', '/api/audit?actorType=robot', { token: viewer.token })).statusCode).toBe(400);
    expect((await t.request('GET', '/api/audit?from=yesterday', { token: viewer.token })).statusCode).toBe(400);
    const total = (await events(org.token)).length;
    expect(await verify(viewer.token)).toEqual({ valid: true, events: total, checked: total });
  });

  it("records a supplier's saved answers (only those questions, before and after), evidence and submission", async () => {
    const { org, supplier, link } = await withSupplierLink('Audit Supplier Org');
    const portal = (await t.request('GET', `/api/portal/${link}`)).json();
    const [q1, q2] = choices(portal.definition);
    const save = async (answers: object) => {
      const v = (await t.request('GET', `/api/portal/${link}`)).json().version;
      const res = await t.request('PUT', `/api/portal/${link}/answers`, { body: { version: v, answers } });
      expect(res.statusCode).toBe(200);
    };
    await save({ [q1.id]: { value: q1.a } });
    await save({ [q1.id]: { value: q1.b, comment: 'Policy under review' }, [q2.id]: { value: q2.a } });
    await save({ [q2.id]: { value: null } });

    // Autosave writes its event without waiting for the chain; reading the log chains it.
    const [{ pending }] = await t.db.query(`SELECT count(*)::int AS pending FROM audit_pending WHERE organization_id = $1`, [org.organization.id]);
    expect(pending).toBe(3);
    const saves = (await events(org.token, 'action=response.answers_saved')).reverse();
    expect(saves).toHaveLength(3);
    expect(saves.every((e) => e.actorType === 'supplier' && e.actorId === supplier.id)).toBe(true);
    expect(saves[0].actorLabel).toBe(`${supplier.name} (${supplier.contacts[0].email})`);
    expect(saves[0].before).toEqual({ [q1.id]: null });
    expect(saves[0].after).toEqual({ [q1.id]: { value: q1.a } });
    expect(saves[1].before).toEqual({ [q1.id]: { value: q1.a }, [q2.id]: null });
    expect(saves[1].after).toEqual({ [q1.id]: { value: q1.b, comment: 'Policy under review' }, [q2.id]: { value: q2.a } });
    expect(saves[2]).toMatchObject({ before: { [q2.id]: { value: q2.a } }, after: { [q2.id]: null } });

    const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
    const boundary = '----auditboundary';
    const payload = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="questionId"\r\n\r\n${q1.id}\r\n`),
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="policy.pdf"\r\nContent-Type: application/pdf\r\n\r\n`),
      pdf,
      Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const up = await t.request('POST', `/api/portal/${link}/attachments`, { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } });
    expect(up.statusCode).toBe(201);
    expect((await t.request('DELETE', `/api/portal/${link}/attachments/${up.json().id}`)).statusCode).toBe(204);
    const files = await events(org.token, 'action=attachment.');
    expect(files.map((e) => e.action)).toEqual(['attachment.remove', 'attachment.add']);
    expect(files[1].after).toMatchObject({ attachmentId: up.json().id, questionId: q1.id, filename: 'policy.pdf', size: pdf.length });
    expect(JSON.stringify(files)).not.toContain('storage');

    await save(answerAll(builtinQuestionnaire, 'core'));
    const declaration = { signerName: '佐藤 一郎', signerTitle: '品質保証部長', agreed: true };
    expect((await t.request('POST', `/api/portal/${link}/submit`, { body: { declaration } })).statusCode).toBe(200);
    const [submitted] = await events(org.token, 'action=response.submit');
    expect(submitted).toMatchObject({ actorType: 'supplier', actorId: supplier.id, before: { status: 'in_progress' }, after: { status: 'submitted', declaration } });
    expect((await t.request('POST', `/api/responses/${submitted.entityId}/reopen`, { token: org.token })).statusCode).toBe(200);
    const [reopened] = await events(org.token, 'action=response.reopen');
    expect(reopened).toMatchObject({ actorType: 'user', entityId: submitted.entityId, before: { status: 'submitted' }, after: { status: 'in_progress' } });

    const campaignLog = await events(org.token, 'entityType=campaign');
    expect(campaignLog.map((e) => e.action)).toEqual(['campaign.launch', 'campaign.create']);
    expect(campaignLog[0]).toMatchObject({ before: { status: 'draft' }, after: { status: 'active', queued: 1 } });
    expect(await verify(org.token)).toMatchObject({ valid: true });
  });

  it('chains autosave events in the background too', async () => {
    const { org, link } = await withSupplierLink('Audit Sealer Org');
    const portal = (await t.request('GET', `/api/portal/${link}`)).json();
    const [q] = choices(portal.definition);
    await t.request('PUT', `/api/portal/${link}/answers`, { body: { version: portal.version, answers: { [q.id]: { value: q.a } } } });
    const sealed = await until('the sealer', async () => {
      const [row] = await t.db.query(`SELECT seq, hash FROM audit_events WHERE organization_id = $1 AND action = 'response.answers_saved'`, [org.organization.id]);
      return row;
    }, 15_000);
    expect(sealed.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(await t.db.query(`SELECT id FROM audit_pending WHERE organization_id = $1`, [org.organization.id])).toEqual([]);
  });

  it('drops pending events of an organisation that no longer exists, and seals the rest', async () => {
    const { org, link } = await withSupplierLink('Audit Orphan Org');
    const portal = (await t.request('GET', `/api/portal/${link}`)).json();
    const [q] = choices(portal.definition);
    await t.request('PUT', `/api/portal/${link}/answers`, { body: { version: portal.version, answers: { [q.id]: { value: q.a } } } });
    const gone = '00000000-0000-4000-8000-000000000000';
    await t.db.query(
      `INSERT INTO audit_pending (organization_id, occurred_at, actor_type, actor_label, action, entity_type, entity_id)
       VALUES ($1, now(), 'supplier', 'x', 'response.answers_saved', 'response', 'r')`,
      [gone],
    );
    await t.app.get(AuditSealer).sealAll();
    expect(await t.db.query(`SELECT organization_id FROM audit_pending WHERE organization_id IN ($1, $2)`, [gone, org.organization.id])).toEqual([]);
    expect(await t.db.query(`SELECT action FROM audit_events WHERE organization_id = $1 AND action = 'response.answers_saved'`, [org.organization.id])).toHaveLength(1);
  });

  it("detects an altered row at its seq, and a deleted one, and keeps each organisation's chain apart", async () => {
    const a = await signup(t, 'Tamper Org A');
    const b = await signup(t, 'Tamper Org B');
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) ids.push((await createSupplier(t, a.token, { name: `A supplier ${i}` })).id);
    await createSupplier(t, b.token, { name: 'B supplier' });
    for (const id of ids) await t.request('PATCH', `/api/suppliers/${id}`, { token: a.token, body: { tier: 2 } });
    expect(await verify(a.token)).toEqual({ valid: true, events: 8, checked: 8 });
    expect(await verify(b.token)).toEqual({ valid: true, events: 1, checked: 1 });
    // Each organisation counts from 1.
    expect((await events(b.token)).map((e) => e.seq)).toEqual([1]);

    const orgA = a.organization.id;
    await t.db.query(`UPDATE audit_events SET after = jsonb_set(after, '{tier}', '3') WHERE organization_id = $1 AND seq = 6`, [orgA]);
    expect(await verify(a.token, '?full=true')).toEqual({ valid: false, events: 6, firstInvalidSeq: 6, checked: 6 });
    expect(await verify(b.token, '?full=true')).toEqual({ valid: true, events: 1, checked: 1 });
    await t.db.query(`UPDATE audit_events SET after = jsonb_set(after, '{tier}', '2') WHERE organization_id = $1 AND seq = 6`, [orgA]);
    expect((await verify(a.token, '?full=true')).valid).toBe(true);

    // Reordering keys inside jsonb changes nothing: the hash is over canonical JSON.
    await t.db.query(`UPDATE audit_events SET before = before || '{}'::jsonb WHERE organization_id = $1`, [orgA]);
    expect((await verify(a.token, '?full=true')).valid).toBe(true);

    await t.db.query(`DELETE FROM audit_events WHERE organization_id = $1 AND seq = 3`, [orgA]);
    expect(await verify(a.token, '?full=true')).toMatchObject({ valid: false, firstInvalidSeq: 3 });
    // Closing the gap does not hide it: the next row's prev_hash names the deleted one. The
    // verified head (seq 8) is gone too, so even the resuming pass falls back to a full one.
    await t.db.query(`UPDATE audit_events SET seq = 1 - seq WHERE organization_id = $1 AND seq > 3`, [orgA]);
    await t.db.query(`UPDATE audit_events SET seq = -seq WHERE organization_id = $1 AND seq < 0`, [orgA]);
    expect(await verify(a.token, '?full=true')).toMatchObject({ valid: false, firstInvalidSeq: 3 });
    expect(await verify(a.token)).toMatchObject({ valid: false, firstInvalidSeq: 3 });
    expect(await verify(b.token)).toEqual({ valid: true, events: 1, checked: 0, resumedAfter: 1 });
    expect((await events(b.token)).every((e) => !ids.includes(e.entityId))).toBe(true);
  });

  it('keeps a valid chain under concurrent writes by buyers and suppliers', async () => {
    const { org, link } = await withSupplierLink('Concurrent Audit Org');
    const suppliers = await Promise.all(Array.from({ length: 6 }, (_, i) => createSupplier(t, org.token, { name: `Parallel ${i}` })));
    const portal = (await t.request('GET', `/api/portal/${link}`)).json();
    const questions = choices(portal.definition).slice(0, 6);
    let version = portal.version;
    const saves = async () => {
      for (const q of questions) {
        const res = await t.request('PUT', `/api/portal/${link}/answers`, { body: { version, answers: { [q.id]: { value: q.a } } } });
        version = res.json().version;
      }
    };
    await Promise.all([
      ...suppliers.map((s, i) => t.request('PATCH', `/api/suppliers/${s.id}`, { token: org.token, body: { name: `Renamed ${i}` } })),
      ...suppliers.map((s) => t.request('POST', `/api/suppliers/${s.id}/archive`, { token: org.token })),
      saves(),
      t.request('POST', '/api/users', { token: org.token, body: { email: `parallel-${Date.now()}@example.test`, name: 'Parallel', role: 'viewer', password: 'a fine long passphrase' } }),
    ]);
    const result = await verify(org.token);
    const all = await events(org.token);
    expect(result).toMatchObject({ valid: true, events: all.length });
    expect(all.map((e) => e.seq)).toEqual(Array.from({ length: all.length }, (_, i) => all.length - i));
    expect(all.filter((e) => e.action === 'supplier.update')).toHaveLength(6);
    expect(all.filter((e) => e.action === 'response.answers_saved')).toHaveLength(6);
  });

  it('shows an organisation only its own events', async () => {
    const a = await signup(t, 'Private Org A');
    const b = await signup(t, 'Private Org B');
    const s = await createSupplier(t, a.token);
    expect((await events(b.token, `entityId=${s.id}`)).length).toBe(0);
    expect((await events(a.token, `entityId=${s.id}`)).length).toBe(1);
    expect((await t.request('GET', '/api/audit')).statusCode).toBe(401);
  });
});
