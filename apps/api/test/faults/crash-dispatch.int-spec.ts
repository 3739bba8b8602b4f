import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtinVersionId, inDays } from '../factories';
import { createTestDatabase, multipart } from '../harness';
import { until } from '../outbox';
import { type ApiProcess, spawnApi } from '../process';
import { SmtpSink } from '../smtp-sink';
import { size, timeout } from './scale';

const MESSAGES = size(400, 2000);
const CONNECTIONS = 5;
const LEASE_SECONDS = size(4, 30);

/**
 * A real server killed with SIGKILL while it sends a campaign's invitations, and another
 * started on the same database: every invitation arrives, only messages that were on the
 * SMTP connections at the kill may arrive twice (with the same Message-ID), and the dead
 * process's messages resume once its lease lapses, not after the job's expiry.
 */
describe('a process killed mid-dispatch (real processes)', () => {
  let db: Awaited<ReturnType<typeof createTestDatabase>>;
  let smtp: SmtpSink;
  const procs: ApiProcess[] = [];
  const env = {
    MAIL_LEASE_SECONDS: String(LEASE_SECONDS),
    MAIL_MAX_CONNECTIONS: String(CONNECTIONS),
    MAIL_RATE_LIMIT: size('100', '500'),
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    smtp = await new SmtpSink().start();
  });
  afterAll(async () => {
    for (const p of procs) await p.kill('SIGKILL');
    await smtp?.stop();
    await db?.drop();
  });

  it(
    'delivers every message, repeats at most the ones in flight, and resumes within the lease',
    async () => {
      const a = await spawnApi(db.url, smtp, env);
      procs.push(a);
      const signup = await a.request('POST', '/api/auth/signup', {
        body: { organizationName: 'Crash Org', name: 'Admin', email: 'crash-admin@example.test', password: 'a long enough passphrase' },
      });
      expect(signup.statusCode, signup.body).toBe(201);
      const token = signup.json().accessToken as string;
      const csv = ['code,name,product_type,country,tier,parent_code,risk_level,tags,contact_name,contact_email,contact_language'];
      for (let i = 0; i < MESSAGES; i++) csv.push(`K-${i},Supplier ${i},Crash parts,JP,1,,low,,Contact ${i},c${i}@supplier.test,en`);
      const body = multipart({}, { field: 'file', filename: 'suppliers.csv', content: csv.join('\n') });
      const imported = await a.request('POST', '/api/suppliers/import', { token, ...body });
      expect(imported.statusCode, imported.body).toBe(200);
      const campaign = await a.request('POST', '/api/campaigns', {
        token,
        body: {
          name: 'Crash campaign',
          questionnaireVersionId: await builtinVersionId(a as never, token),
          supplierIds: [],
          supplierFilter: { productType: 'Crash parts' },
          dueDate: inDays(20),
        },
      });
      expect(campaign.statusCode, campaign.body).toBe(201);
      expect((await a.request('POST', `/api/campaigns/${campaign.json().id}/launch`, { token })).statusCode).toBe(202);

      await until('dispatch under way', async () => smtp.messages.length >= MESSAGES / 4, 60_000);
      await a.kill('SIGKILL');
      const atKill = smtp.messages.length;
      expect(atKill).toBeLessThan(MESSAGES);
      const killedAt = Date.now();

      const b = await spawnApi(db.url, smtp, env);
      procs.push(b);
      const ids = () => new Set(smtp.messages.map((m) => m.messageId));
      await until('every invitation delivered', async () => ids().size >= MESSAGES, timeout(40_000, 180_000));
      const resumedWithin = Date.now() - killedAt;

      const [row] = await b.request('GET', '/api/mail/messages?status=sent&pageSize=1', { token }).then((r) => [r.json()]);
      expect(row.total).toBe(MESSAGES);
      const duplicates = smtp.messages.length - ids().size;
      expect(duplicates).toBeLessThanOrEqual(CONNECTIONS);
      // A copy is the same message: its Message-ID says so to the receiver.
      const copies = smtp.messages.filter((m, i) => smtp.messages.findIndex((x) => x.messageId === m.messageId) !== i);
      for (const c of copies) expect(smtp.messages.filter((m) => m.messageId === c.messageId)[0].to).toEqual(c.to);
      // Lease, sweep and the rest of the dispatch: well under the job expiry of 300 s.
      expect(resumedWithin).toBeLessThan(60_000 + (MESSAGES / Number(env.MAIL_RATE_LIMIT)) * 1000);
      console.log(`crash mid-dispatch: ${atKill} of ${MESSAGES} delivered at the kill, ${duplicates} duplicate(s), all delivered ${resumedWithin} ms after`);
    },
    timeout(90_000, 400_000),
  );
});
