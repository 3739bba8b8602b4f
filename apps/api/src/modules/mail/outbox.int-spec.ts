import { createServer, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signup, startTestApp, userWithRole, type TestApp } from '../../../test/harness';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { JobsService } from '../jobs/jobs.service';
import { mailJob } from './outbox.jobs';
import { type OutboxMail, OutboxService } from './outbox.service';

/** Polls until `check` holds; integration tests wait for the workers, never sleep blindly. */
async function until<T>(what: string, check: () => Promise<T | false | undefined>, timeoutMs = 20_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await check();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function mailOf(organizationId: string, key: string, over: Partial<OutboxMail> = {}): OutboxMail {
  return { organizationId, dedupeKey: key, kind: 'invitation', to: `${key.replace(/\W/g, '-')}@supplier.test`, subject: `Survey ${key}`, html: '<p>Hello</p>', text: 'Hello', ...over };
}

async function row(t: TestApp, id: string) {
  const [r] = await t.db.query(`SELECT status, attempts, last_error, message_id, sent_at FROM outbox WHERE id = $1`, [id]);
  return r as { status: string; attempts: number; last_error: string | null; message_id: string; sent_at: Date | null };
}

describe('outbox (integration)', () => {
  let t: TestApp;
  let org: { id: string; token: string };
  let outbox: OutboxService;
  const enqueue = (mail: OutboxMail) => t.db.transaction((m) => outbox.enqueue(m, mail));
  const delivered = (messageId: string) => t.smtp.messages.filter((m) => m.messageId === messageId);

  beforeAll(async () => {
    t = await startTestApp({ MAIL_RETRY_LIMIT: '2', MAIL_RETRY_DELAY_SECONDS: '1', MAIL_FROM: 'survey@buyer.example' });
    const s = await signup(t, 'Outbox Buyer KK');
    org = { id: s.organization.id, token: s.token };
    outbox = t.app.get(OutboxService);
  });
  afterAll(() => t.close());

  it('delivers a message with its deterministic Message-ID and organisation header', async () => {
    const { id, duplicate } = await enqueue(mailOf(org.id, 'invite:r1:c1', { subject: '調査のお願い', html: '<p>本文</p>', text: '本文' }));
    expect(duplicate).toBe(false);
    const sent = await until('sent', async () => (await row(t, id)).status === 'sent' && row(t, id));
    expect(sent.message_id).toBe(outbox.messageId('invite:r1:c1'));
    expect(sent.message_id).toMatch(/^<[0-9a-f]{40}@buyer\.example>$/);
    const [mail] = delivered(sent.message_id);
    expect(mail).toMatchObject({ subject: '調査のお願い', to: ['invite-r1-c1@supplier.test'], from: 'survey@buyer.example' });
    expect(mail.headers['x-ses-organization']).toBe(org.id);
    expect(sent.attempts).toBe(1);
  });

  it('retries a refused message with backoff and delivers it once', async () => {
    t.smtp.failNext(2);
    const { id } = await enqueue(mailOf(org.id, 'invite:r2:c1'));
    const sent = await until('sent after retries', async () => (await row(t, id)).status === 'sent' && row(t, id));
    expect(sent.attempts).toBe(3);
    expect(sent.last_error).toMatch(/451/);
    await sleep(1000);
    expect(delivered(sent.message_id)).toHaveLength(1);
  });

  it('gives up after the retry limit, shows it failed, and lets a buyer retry it', async () => {
    t.smtp.failNext(1_000);
    const { id } = await enqueue(mailOf(org.id, 'invite:r3:c1', { campaignId: '00000000-0000-4000-8000-000000000001' }));
    const failed = await until('failed', async () => (await row(t, id)).status === 'failed' && row(t, id));
    t.smtp.failNext(0);
    expect(failed.attempts).toBe(3);
    expect(failed.last_error).toMatch(/^451 /);
    expect(delivered(failed.message_id)).toHaveLength(0);

    const list = await t.request('GET', '/api/mail/messages?status=failed', { token: org.token });
    expect(list.statusCode).toBe(200);
    expect(list.json()).toMatchObject({ total: 1, page: 1, items: [{ id, status: 'failed', attempts: 3, campaignId: '00000000-0000-4000-8000-000000000001' }] });
    expect(list.json().items[0]).not.toHaveProperty('html');

    const viewer = await userWithRole(t, org.token, 'viewer');
    expect((await t.request('GET', '/api/mail/messages', { token: viewer.token })).statusCode).toBe(200);
    expect((await t.request('POST', `/api/mail/messages/${id}/retry`, { token: viewer.token })).statusCode).toBe(403);
    const other = await signup(t);
    expect((await t.request('POST', `/api/mail/messages/${id}/retry`, { token: other.token })).statusCode).toBe(404);
    expect((await t.request('GET', '/api/mail/messages?status=failed', { token: other.token })).json().total).toBe(0);

    const retried = await t.request('POST', `/api/mail/messages/${id}/retry`, { token: org.token });
    expect(retried.statusCode).toBe(202);
    expect(retried.json()).toMatchObject({ id, status: 'pending' });
    await until('sent after a manual retry', async () => (await row(t, id)).status === 'sent');
    expect(delivered(failed.message_id)).toHaveLength(1);
    const again = await t.request('POST', `/api/mail/messages/${id}/retry`, { token: org.token });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('MAIL_NOT_RETRYABLE');
  });

  it('sends nothing when the transaction that queued the message rolls back', async () => {
    let queuedId = '';
    await expect(
      t.db.transaction(async (m) => {
        queuedId = (await outbox.enqueue(m, mailOf(org.id, 'invite:rolled-back'))).id;
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(queuedId).not.toBe('');
    const jobs = await t.db.query(`SELECT count(*)::int AS n FROM pgboss.job WHERE data->>'outboxId' = $1`, [queuedId]);
    expect(jobs[0].n).toBe(0);
    expect(await t.db.query(`SELECT 1 FROM outbox WHERE dedupe_key = 'invite:rolled-back'`)).toHaveLength(0);
    await sleep(1500);
    expect(t.smtp.messages.filter((m) => m.subject === 'Survey invite:rolled-back')).toHaveLength(0);
  });

  it('queues a dedupe key once, however often it is enqueued', async () => {
    const first = await enqueue(mailOf(org.id, 'remind:before-3:r4:c1'));
    const second = await enqueue(mailOf(org.id, 'remind:before-3:r4:c1', { subject: 'changed' }));
    expect(second).toEqual({ id: first.id, duplicate: true });
    const many = await t.db.transaction((m) =>
      outbox.enqueueMany(m, [mailOf(org.id, 'remind:before-3:r4:c1'), mailOf(org.id, 'remind:x:r5'), mailOf(org.id, 'remind:x:r5')]),
    );
    expect(many.map((r) => r.duplicate)).toEqual([true, false, true]);
    expect(many[0].id).toBe(first.id);
    expect(many[2].id).toBe(many[1].id);
    const sent = await until('both sent', async () => {
      const rows = await Promise.all([row(t, first.id), row(t, many[1].id)]);
      return rows.every((r) => r.status === 'sent') && rows;
    });
    await sleep(1000);
    for (const r of sent) expect(delivered(r.message_id)).toHaveLength(1);
  });

  it('lists messages by campaign, response and status, newest first, in pages', async () => {
    const s = await signup(t);
    const campaignId = '00000000-0000-4000-8000-0000000000c1';
    const responseId = '00000000-0000-4000-8000-0000000000d1';
    await t.db.transaction((m) =>
      outbox.enqueueMany(
        m,
        Array.from({ length: 5 }, (_, i) => mailOf(s.organization.id, `invite:list:${i}`, { campaignId, responseId: i === 0 ? responseId : null })),
      ),
    );
    await enqueue(mailOf(s.organization.id, 'welcome:list', { kind: 'welcome' }));
    const get = (q: string) => t.request('GET', `/api/mail/messages?${q}`, { token: s.token });
    expect((await get('')).json().total).toBe(6);
    const page = (await get(`campaignId=${campaignId}&pageSize=2&page=3`)).json();
    expect(page).toMatchObject({ total: 5, page: 3, pageSize: 2 });
    expect(page.items).toHaveLength(1);
    expect((await get(`responseId=${responseId}`)).json().items.map((m: { to: string }) => m.to)).toEqual(['invite-list-0@supplier.test']);
    expect((await get('status=bogus')).statusCode).toBe(400);
    expect((await get('campaignId=nope')).statusCode).toBe(400);
    await until('all sent', async () => (await get('status=sent')).json().total === 6);
  });

  it('queues the welcome e-mail of a new user in the same transaction', async () => {
    const res = await t.request('POST', '/api/users', { token: org.token, body: { email: 'welcome@buyer.test', name: 'New Buyer', role: 'buyer', password: 'a fine passphrase' } });
    expect(res.statusCode).toBe(201);
    const [m] = await t.db.query(`SELECT kind, dedupe_key FROM outbox WHERE to_address = 'welcome@buyer.test'`);
    expect(m).toEqual({ kind: 'welcome', dedupe_key: `welcome:${res.json().id}` });
    const dup = await t.request('POST', '/api/users', { token: org.token, body: { email: 'welcome@buyer.test', name: 'Again', role: 'buyer', password: 'a fine passphrase' } });
    expect(dup.statusCode).toBe(409);
    expect(await t.db.query(`SELECT 1 FROM outbox WHERE to_address = 'welcome@buyer.test'`)).toHaveLength(1);
  });
});

describe('outbox against an SMTP server that drops every connection (integration)', () => {
  let t: TestApp;
  let server: Server;
  const sockets = new Set<Socket>();

  beforeAll(async () => {
    server = createServer((s) => {
      sockets.add(s);
      s.destroy();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const port = (server.address() as { port: number }).port;
    t = await startTestApp({ SMTP_URL: `smtp://127.0.0.1:${port}`, MAIL_RETRY_LIMIT: '1', MAIL_RETRY_DELAY_SECONDS: '1' });
  });
  afterAll(async () => {
    await t.close();
    await new Promise((r) => server.close(r));
  });

  it('gives the message up after the bounded retries instead of re-queueing it forever', async () => {
    const s = await signup(t);
    const { id } = await t.db.transaction((m) => t.app.get(OutboxService).enqueue(m, mailOf(s.organization.id, 'invite:dropped')));
    const failed = await until('failed', async () => (await row(t, id)).status === 'failed' && row(t, id));
    expect(failed.attempts).toBe(2);
    expect(failed.last_error).toMatch(/connection|closed|ECONN/i);
    const connections = sockets.size;
    await sleep(1500);
    expect(sockets.size).toBe(connections);
  });
});

describe('outbox with two processes on one database (integration)', () => {
  let a: TestApp;
  let b: TestApp;
  beforeAll(async () => {
    a = await startTestApp({ MAIL_FROM: 'a@process.test', MAIL_RETRY_DELAY_SECONDS: '1' });
    b = await startTestApp({ MAIL_FROM: 'b@process.test', MAIL_RETRY_DELAY_SECONDS: '1' }, { sharing: a });
  });
  afterAll(async () => {
    await b.close();
    await a.close();
  });

  it('delivers each of 300 messages exactly once, even with every job queued three times', async () => {
    const s = await signup(a);
    const config = a.app.get<AppConfig>(APP_CONFIG);
    const jobs = a.app.get(JobsService);
    const mails = Array.from({ length: 300 }, (_, i) => mailOf(s.organization.id, `invite:two:${i}`));
    await a.db.transaction(async (m) => {
      const queued = await a.app.get(OutboxService).enqueueMany(m, mails);
      // A job that runs twice (after a crash, or an expired lease) must not send twice.
      await jobs.insertInTransaction(m, [...queued, ...queued].map((q) => mailJob(config, q.id)));
    });
    await a.smtp.waitFor(300, 30_000);
    await until('every row sent', async () => (await a.db.query(`SELECT count(*)::int AS n FROM outbox WHERE status = 'sent'`))[0].n === 300);
    await until('every job finished', async () => {
      const [{ n }] = await a.db.query(`SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'mail.send' AND state < 'completed'`);
      return n === 0;
    });
    const ids = a.smtp.messages.map((m) => m.messageId);
    expect(ids).toHaveLength(300);
    expect(new Set(ids).size).toBe(300);
    const bySender = { a: 0, b: 0 };
    for (const m of a.smtp.messages) bySender[m.from === 'a@process.test' ? 'a' : 'b']++;
    expect(bySender.a + bySender.b).toBe(300);
    console.log('SPLIT', bySender);
    expect(await a.db.query(`SELECT 1 FROM outbox WHERE attempts <> 1`)).toHaveLength(0);
  });
});
