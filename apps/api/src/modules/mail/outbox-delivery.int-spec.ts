import { createServer, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signup, startTestApp, type TestApp } from '../../../test/harness';
import { outboxMail, outboxRow, outboxSettled, until } from '../../../test/outbox';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { JobsService } from '../jobs/jobs.service';
import { mailJob } from './outbox.jobs';
import { OutboxService } from './outbox.service';

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
    t = await startTestApp({
      SMTP_URL: `smtp://127.0.0.1:${port}`,
      MAIL_RETRY_LIMIT: '1',
      MAIL_RETRY_DELAY_SECONDS: '1',
    });
  });
  afterAll(async () => {
    await t.close();
    await new Promise((r) => server.close(r));
  });

  it('gives the message up after the bounded retries instead of re-queueing it forever', async () => {
    const s = await signup(t);
    const { id } = await t.db.transaction((m) =>
      t.app.get(OutboxService).enqueue(m, outboxMail(s.organization.id, 'invite:dropped')),
    );
    const failed = await until(
      'failed',
      async () => (await outboxRow(t, id)).status === 'failed' && outboxRow(t, id),
    );
    expect(failed.attempts).toBe(2);
    expect(failed.last_error).toMatch(/connection|closed|ECONN/i);
    const connections = sockets.size;
    // No job of the message is left waiting or retrying in pg-boss: nothing will try again.
    await outboxSettled(t, [id]);
    expect(sockets.size).toBe(connections);
    expect(await outboxRow(t, id)).toMatchObject({ status: 'failed', attempts: 2 });
  });
});

describe('outbox with two processes on one database (integration)', () => {
  let a: TestApp;
  let b: TestApp;
  beforeAll(async () => {
    a = await startTestApp({ MAIL_FROM: 'a@process.test', MAIL_RETRY_DELAY_SECONDS: '1' });
    b = await startTestApp(
      { MAIL_FROM: 'b@process.test', MAIL_RETRY_DELAY_SECONDS: '1' },
      { sharing: a },
    );
  });
  afterAll(async () => {
    await b.close();
    await a.close();
  });

  it('delivers each of 300 messages exactly once, even with every job queued three times', async () => {
    const s = await signup(a);
    const config = a.app.get<AppConfig>(APP_CONFIG);
    const jobs = a.app.get(JobsService);
    const mails = Array.from({ length: 300 }, (_, i) =>
      outboxMail(s.organization.id, `invite:two:${i}`),
    );
    await a.db.transaction(async (m) => {
      const queued = await a.app.get(OutboxService).enqueueMany(m, mails);
      // A job that runs twice (after a crash, or an expired lease) must not send twice.
      await jobs.insertInTransaction(
        m,
        [...queued, ...queued].map((q) => mailJob(config, q.id)),
      );
    });
    await a.smtp.waitFor(300, 30_000);
    await until(
      'every row sent',
      async () =>
        (await a.db.query(`SELECT count(*)::int AS n FROM outbox WHERE status = 'sent'`))[0].n ===
        300,
    );
    await until('every job finished', async () => {
      const [{ n }] = await a.db.query(
        `SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'mail.send' AND state < 'completed'`,
      );
      return n === 0;
    });
    const ids = a.smtp.messages.map((m) => m.messageId);
    expect(ids).toHaveLength(300);
    expect(new Set(ids).size).toBe(300);
    const bySender = { a: 0, b: 0 };
    for (const m of a.smtp.messages) bySender[m.from === 'a@process.test' ? 'a' : 'b']++;
    expect(bySender.a + bySender.b).toBe(300);
    // Both processes took part (each sends with its own From).
    expect(bySender.a).toBeGreaterThan(0);
    expect(bySender.b).toBeGreaterThan(0);
    expect(await a.db.query(`SELECT 1 FROM outbox WHERE attempts <> 1`)).toHaveLength(0);
  });
});
