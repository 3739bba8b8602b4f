import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signup, startTestApp, userWithRole, type TestApp } from '../../../test/harness';
import { outboxMail, outboxRow, outboxSettled, until } from '../../../test/outbox';
import { type OutboxMail, OutboxService } from './outbox.service';

describe('outbox (integration)', () => {
  let t: TestApp;
  let org: { id: string; token: string };
  let outbox: OutboxService;
  const enqueue = (mail: OutboxMail) => t.db.transaction((m) => outbox.enqueue(m, mail));
  const delivered = (messageId: string) => t.smtp.messages.filter((m) => m.messageId === messageId);

  beforeAll(async () => {
    t = await startTestApp({
      MAIL_RETRY_LIMIT: '2',
      MAIL_RETRY_DELAY_SECONDS: '1',
      MAIL_FROM: 'survey@buyer.example',
    });
    const s = await signup(t, 'Outbox Buyer KK');
    org = { id: s.organization.id, token: s.token };
    outbox = t.app.get(OutboxService);
  });
  afterAll(() => t.close());

  it('delivers a message with its deterministic Message-ID and organisation header', async () => {
    const { id, duplicate } = await enqueue(
      outboxMail(org.id, 'invite:r1:c1', {
        subject: '調査のお願い',
        html: '<p>本文</p>',
        text: '本文',
      }),
    );
    expect(duplicate).toBe(false);
    const sent = await until(
      'sent',
      async () => (await outboxRow(t, id)).status === 'sent' && outboxRow(t, id),
    );
    expect(sent.message_id).toBe(outbox.messageId('invite:r1:c1'));
    expect(sent.message_id).toMatch(/^<[0-9a-f]{40}@buyer\.example>$/);
    const [mail] = delivered(sent.message_id);
    expect(mail).toMatchObject({
      subject: '調査のお願い',
      to: ['invite-r1-c1@supplier.test'],
      from: 'survey@buyer.example',
    });
    expect(mail.headers['x-ses-organization']).toBe(org.id);
    expect(sent.attempts).toBe(1);
  });

  it('retries a refused message with backoff and delivers it once', async () => {
    t.smtp.failNext(2);
    const { id } = await enqueue(outboxMail(org.id, 'invite:r2:c1'));
    // While it waits for its retry, the refusal is shown …
    const waiting = await until('refused once', async () => {
      const r = await outboxRow(t, id);
      return r.last_error !== null && r.status !== 'sent' && r;
    });
    expect(waiting.last_error).toMatch(/451/);
    const sent = await until(
      'sent after retries',
      async () => (await outboxRow(t, id)).status === 'sent' && outboxRow(t, id),
    );
    expect(sent.attempts).toBe(3);
    // … and once delivered, it is no longer the message's last error.
    expect(sent.last_error).toBeNull();
    await outboxSettled(t, [id]);
    expect(delivered(sent.message_id)).toHaveLength(1);
  });

  it('gives up after the retry limit, shows it failed, and lets a buyer retry it', async () => {
    t.smtp.failNext(1_000);
    const { id } = await enqueue(
      outboxMail(org.id, 'invite:r3:c1', { campaignId: '00000000-0000-4000-8000-000000000001' }),
    );
    const failed = await until(
      'failed',
      async () => (await outboxRow(t, id)).status === 'failed' && outboxRow(t, id),
    );
    t.smtp.failNext(0);
    expect(failed.attempts).toBe(3);
    expect(failed.last_error).toMatch(/^451 /);
    expect(delivered(failed.message_id)).toHaveLength(0);

    const list = await t.request('GET', '/api/mail/messages?status=failed', { token: org.token });
    expect(list.statusCode).toBe(200);
    expect(list.json()).toMatchObject({
      total: 1,
      page: 1,
      items: [
        { id, status: 'failed', attempts: 3, campaignId: '00000000-0000-4000-8000-000000000001' },
      ],
    });
    expect(list.json().items[0]).not.toHaveProperty('html');

    const viewer = await userWithRole(t, org.token, 'viewer');
    expect((await t.request('GET', '/api/mail/messages', { token: viewer.token })).statusCode).toBe(
      200,
    );
    expect(
      (await t.request('POST', `/api/mail/messages/${id}/retry`, { token: viewer.token }))
        .statusCode,
    ).toBe(403);
    const other = await signup(t);
    expect(
      (await t.request('POST', `/api/mail/messages/${id}/retry`, { token: other.token }))
        .statusCode,
    ).toBe(404);
    expect(
      (await t.request('GET', '/api/mail/messages?status=failed', { token: other.token })).json()
        .total,
    ).toBe(0);

    const retried = await t.request('POST', `/api/mail/messages/${id}/retry`, { token: org.token });
    expect(retried.statusCode).toBe(202);
    expect(retried.json()).toMatchObject({ id, status: 'pending' });
    await until(
      'sent after a manual retry',
      async () => (await outboxRow(t, id)).status === 'sent',
    );
    expect(delivered(failed.message_id)).toHaveLength(1);
    const again = await t.request('POST', `/api/mail/messages/${id}/retry`, { token: org.token });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('MAIL_NOT_RETRYABLE');
  });

  it('sends nothing when the transaction that queued the message rolls back', async () => {
    let queuedId = '';
    await expect(
      t.db.transaction(async (m) => {
        queuedId = (await outbox.enqueue(m, outboxMail(org.id, 'invite:rolled-back'))).id;
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(queuedId).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    const jobs = await t.db.query(
      `SELECT count(*)::int AS n FROM pgboss.job WHERE data->>'outboxId' = $1`,
      [queuedId],
    );
    expect(jobs[0].n).toBe(0);
    expect(
      await t.db.query(`SELECT 1 FROM outbox WHERE dedupe_key = 'invite:rolled-back'`),
    ).toHaveLength(0);
    await outboxSettled(t, [queuedId]);
    expect(t.smtp.messages.filter((m) => m.subject === 'Survey invite:rolled-back')).toHaveLength(
      0,
    );
  });

  it('queues a dedupe key once, however often it is enqueued', async () => {
    const first = await enqueue(outboxMail(org.id, 'remind:before-3:r4:c1'));
    const second = await enqueue(
      outboxMail(org.id, 'remind:before-3:r4:c1', { subject: 'changed' }),
    );
    expect(second).toEqual({ id: first.id, duplicate: true });
    const many = await t.db.transaction((m) =>
      outbox.enqueueMany(m, [
        outboxMail(org.id, 'remind:before-3:r4:c1'),
        outboxMail(org.id, 'remind:x:r5'),
        outboxMail(org.id, 'remind:x:r5'),
      ]),
    );
    expect(many.map((r) => r.duplicate)).toEqual([true, false, true]);
    expect(many[0].id).toBe(first.id);
    expect(many[2].id).toBe(many[1].id);
    const sent = await until('both sent', async () => {
      const rows = await Promise.all([outboxRow(t, first.id), outboxRow(t, many[1].id)]);
      return rows.every((r) => r.status === 'sent') && rows;
    });
    await outboxSettled(t, [first.id, many[1].id]);
    for (const r of sent) expect(delivered(r.message_id)).toHaveLength(1);
  });

  it('lists messages by campaign, response and status, newest first, in pages', async () => {
    const s = await signup(t);
    const campaignId = '00000000-0000-4000-8000-0000000000c1';
    const responseId = '00000000-0000-4000-8000-0000000000d1';
    await t.db.transaction((m) =>
      outbox.enqueueMany(
        m,
        Array.from({ length: 5 }, (_, i) =>
          outboxMail(s.organization.id, `invite:list:${i}`, {
            campaignId,
            responseId: i === 0 ? responseId : null,
          }),
        ),
      ),
    );
    await enqueue(outboxMail(s.organization.id, 'welcome:list', { kind: 'welcome' }));
    const get = (q: string) => t.request('GET', `/api/mail/messages?${q}`, { token: s.token });
    expect((await get('')).json().total).toBe(6);
    const page = (await get(`campaignId=${campaignId}&pageSize=2&page=3`)).json();
    expect(page).toMatchObject({ total: 5, page: 3, pageSize: 2 });
    expect(page.items).toHaveLength(1);
    expect(
      (await get(`responseId=${responseId}`)).json().items.map((m: { to: string }) => m.to),
    ).toEqual(['invite-list-0@supplier.test']);
    expect((await get('status=bogus')).statusCode).toBe(400);
    expect((await get('campaignId=nope')).statusCode).toBe(400);
    await until('all sent', async () => (await get('status=sent')).json().total === 6);
  });

  it('queues the welcome e-mail of a new user in the same transaction', async () => {
    const res = await t.request('POST', '/api/users', {
      token: org.token,
      body: {
        email: 'welcome@buyer.test',
        name: 'New Buyer',
        role: 'buyer',
        password: 'a fine passphrase',
      },
    });
    expect(res.statusCode).toBe(201);
    const [m] = await t.db.query(
      `SELECT kind, dedupe_key FROM outbox WHERE to_address = 'welcome@buyer.test'`,
    );
    expect(m).toEqual({ kind: 'welcome', dedupe_key: `welcome:${res.json().id}` });
    const dup = await t.request('POST', '/api/users', {
      token: org.token,
      body: {
        email: 'welcome@buyer.test',
        name: 'Again',
        role: 'buyer',
        password: 'a fine passphrase',
      },
    });
    expect(dup.statusCode).toBe(409);
    expect(
      await t.db.query(`SELECT 1 FROM outbox WHERE to_address = 'welcome@buyer.test'`),
    ).toHaveLength(1);
  });
});
