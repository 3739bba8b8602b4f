import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtinQuestionnaire } from '@ses/questionnaire';
import { signup, startTestApp, type TestApp } from '../../../test/harness';
import { builtinVersionId, createSupplier, inDays, tokenIn } from '../../../test/factories';
import { hashToken } from '../../common/tokens';
import { AuditSealer } from '../audit/audit-sealer';
import { AUTOSAVE_IN_FLIGHT, AutosaveWriter, type AutosaveRequest } from './autosave.writer';

// Saves that arrive together are written together: each must still land or fail on its own.
describe('autosave writer (integration)', () => {
  let t: TestApp;
  let writer: AutosaveWriter;
  const links: { token: string; responseId: string; supplierId: string; organizationId: string }[] = [];
  const [yes, other] = builtinQuestionnaire.questions.filter(
    (q) => (q.type === 'yes_no' || q.type === 'single_choice') && q.depth === 'core' && !q.showIf && q.options!.length >= 2,
  );

  beforeAll(async () => {
    t = await startTestApp();
    const buyer = (await signup(t)).token;
    const ids: string[] = [];
    for (let i = 0; i < 6 + AUTOSAVE_IN_FLIGHT; i++) {
      ids.push((await createSupplier(t, buyer, { name: `Writer ${i}`, contacts: [{ name: `c${i}`, email: `w${i}@writer.test`, language: 'en' }] })).id);
    }
    const c = (await t.request('POST', '/api/campaigns', {
      token: buyer,
      body: { name: 'Writer test', questionnaireVersionId: await builtinVersionId(t, buyer), supplierIds: ids, dueDate: inDays(20) },
    })).json();
    const before = t.smtp.messages.length;
    await t.request('POST', `/api/campaigns/${c.id}/launch`, { token: buyer });
    await t.smtp.waitFor(before + ids.length);
    for (const m of t.smtp.messages.slice(before)) {
      const token = tokenIn(m.text);
      const [row] = await t.db.query(
        `SELECT r.id, r.supplier_id, r.organization_id FROM response_tokens k JOIN responses r ON r.id = k.response_id WHERE k.token_hash = $1`,
        [hashToken(token)],
      );
      links.push({ token, responseId: row.id, supplierId: row.supplier_id, organizationId: row.organization_id });
    }
    writer = t.app.get(AutosaveWriter);
  });
  afterAll(() => t.close());

  const slots = Array.from({ length: AUTOSAVE_IN_FLIGHT }, (_, k) => 6 + k);
  const request = (i: number, version: number, answers: AutosaveRequest['answers']): AutosaveRequest => ({
    responseId: links[i].responseId,
    tokenHash: hashToken(links[i].token),
    version,
    answers,
    organizationId: links[i].organizationId,
    supplierId: links[i].supplierId,
    label: `Writer ${i}`,
  });
  interface Event {
    action: string;
    actor_label: string;
    before: unknown;
    after: unknown;
  }
  const events = async (organizationId: string): Promise<Event[]> => {
    await t.app.get(AuditSealer).sealAll();
    return t.db.query(`SELECT action, actor_label, before, after FROM audit_events WHERE organization_id = $1 ORDER BY seq`, [organizationId]);
  };
  const answerRow = async (i: number, questionId: string) =>
    (await t.db.query(`SELECT value, comment, xmin::text AS tx FROM response_answers WHERE response_id = $1 AND question_id = $2`, [links[i].responseId, questionId]))[0];

  it('writes a crowd of saves in shared statements, each checked and failing on its own', async () => {
    const y = { value: yes.options![0].value };
    // Saves of other suppliers take every slot; the rest queue up and go together in one statement.
    const blockers = (version: number) => slots.map((i) => writer.save(request(i, version, { [yes.id]: y })));
    let first = blockers(0);
    const crowd = await Promise.all([
      writer.save(request(0, 0, { [yes.id]: y, [other.id]: { value: null, comment: 'asking our auditor' } })),
      writer.save(request(1, 7, { [yes.id]: y })), // stale
      writer.save(request(0, 0, { [yes.id]: { value: yes.options![1].value } })), // the same response again, after the first
      writer.save({ ...request(3, 0, { [yes.id]: y }), tokenHash: hashToken(links[4].token) }), // another response's link
      writer.save(request(5, 0, { [yes.id]: y })),
    ]);
    expect(await Promise.all(first)).toEqual(slots.map(() => 1));
    expect(crowd).toEqual([1, null, null, null, 1]);
    const fresh = await answerRow(0, yes.id);
    expect(fresh.value).toBe(y.value);
    expect(await answerRow(0, other.id)).toMatchObject({ value: null, comment: 'asking our auditor' });
    expect(await answerRow(1, yes.id)).toBeUndefined();
    expect(await answerRow(3, yes.id)).toBeUndefined();
    // Written by one statement, one transaction: the queued saves shared it.
    expect((await answerRow(5, yes.id)).tx).toBe(fresh.tx);
    expect((await answerRow(slots[0], yes.id)).tx).not.toBe(fresh.tx);

    // A save PostgreSQL refuses fails its statement: the others in it are written on their own.
    first = blockers(1);
    const mixed = await Promise.allSettled([
      writer.save(request(2, 0, { [yes.id]: { value: yes.options![0].value, comment: 'nul \u0000 here' } })),
      writer.save(request(4, 0, { [yes.id]: y })),
    ]);
    expect(await Promise.all(first)).toEqual(slots.map(() => 2));
    expect(mixed.map((r) => (r.status === 'fulfilled' ? r.value : (r.reason as { code: string }).code))).toEqual(['22P05', 1]);
    expect(await answerRow(2, yes.id)).toBeUndefined();
    expect((await answerRow(4, yes.id)).value).toBe(y.value);

    const versions = await t.db.query(`SELECT id, version FROM responses WHERE id = ANY($1)`, [links.map((l) => l.responseId)]);
    const version = (i: number) => versions.find((r: { id: string }) => r.id === links[i].responseId).version;
    expect([0, 1, 2, 3, 4, 5].map(version)).toEqual([1, 0, 0, 0, 1, 1]);
    expect(slots.map(version)).toEqual(slots.map(() => 2));
  });

  it('records one audit event per save that landed, with the answers before and after', async () => {
    const saved = (await events(links[0].organizationId)).filter((e) => e.action === 'response.answers_saved');
    expect(saved.map((e) => e.actor_label).sort()).toEqual(
      ['Writer 0', 'Writer 4', 'Writer 5', ...slots.flatMap((i) => [`Writer ${i}`, `Writer ${i}`])].sort(),
    );
    const landed = saved.find((e) => e.actor_label === 'Writer 0')!;
    expect(landed.before).toEqual({ [yes.id]: null, [other.id]: null });
    expect(landed.after).toEqual({ [yes.id]: { value: yes.options![0].value }, [other.id]: { value: null, comment: 'asking our auditor' } });

    const second = await writer.save(request(0, 1, { [yes.id]: { value: yes.options![1].value }, [other.id]: { value: null } }));
    expect(second).toBe(2);
    expect(await answerRow(0, other.id)).toBeUndefined();
    const latest = (await events(links[0].organizationId)).filter((e) => e.actor_label === 'Writer 0').at(-1)!;
    expect(latest.before).toEqual({ [yes.id]: { value: yes.options![0].value }, [other.id]: { value: null, comment: 'asking our auditor' } });
    expect(latest.after).toEqual({ [yes.id]: { value: yes.options![1].value }, [other.id]: null });
  });
});
