import { describe, expect, it } from 'vitest';
import { builtinVersionId, inDays } from '../factories';
import { multipart } from '../harness';
import { until } from '../outbox';
import { withApiProcess } from '../process';
import { SmtpSink } from '../smtp-sink';
import { size, timeout } from './scale';

const MESSAGES = size(30, 500);
const GONE_MS = size(3000, 60_000);

/**
 * The SMTP server refuses every message for a while, then is gone altogether, then comes
 * back on the same port, under a real server process: every message's state and last error
 * are visible meanwhile, and once it is back every message arrives exactly once.
 */
describe('SMTP refusing, then gone, then back (real process)', () => {
  const run = withApiProcess({ MAIL_RETRY_DELAY_SECONDS: '1', MAIL_RETRY_LIMIT: '12' });

  it(
    'shows what is waiting and why, and delivers everything once when the server is back',
    async () => {
      const signup = await run.api.request('POST', '/api/auth/signup', {
        body: { organizationName: 'Mail Outage Org', name: 'Admin', email: 'mail-outage@example.test', password: 'a long enough passphrase' },
      });
      const token = signup.json().accessToken as string;
      const csv = ['code,name,product_type,country,tier,parent_code,risk_level,tags,contact_name,contact_email,contact_language'];
      for (let i = 0; i < MESSAGES; i++) csv.push(`M-${i},Supplier ${i},Outage parts,JP,1,,low,,Contact ${i},m${i}@supplier.test,en`);
      const imported = await run.api.request('POST', '/api/suppliers/import', { token, ...multipart({}, { field: 'file', filename: 's.csv', content: csv.join('\n') }) });
      expect(imported.statusCode, imported.body).toBe(200);

      // Refusing: every message is answered 451 until the server stops.
      run.smtp.failNext(Number.MAX_SAFE_INTEGER);
      const campaign = await run.api.request('POST', '/api/campaigns', {
        token,
        body: { name: 'Outage campaign', questionnaireVersionId: await builtinVersionId(run.api as never, token), supplierIds: [], supplierFilter: { productType: 'Outage parts' }, dueDate: inDays(20) },
      });
      expect(campaign.statusCode, campaign.body).toBe(201);
      expect((await run.api.request('POST', `/api/campaigns/${campaign.json().id}/launch`, { token })).statusCode).toBe(202);
      const messages = async () => (await run.api.request('GET', '/api/mail/messages?pageSize=200', { token })).json();
      const refused = await until('every message refused once', async () => {
        const list = await messages();
        return list.total === MESSAGES && list.items.every((m: { lastError: string | null }) => m.lastError?.includes('451')) && list;
      }, timeout(20_000, 120_000));
      expect(refused.items.every((m: { status: string; nextAttemptAt: string | null }) => m.status === 'pending' || m.status === 'sending')).toBe(true);

      // Gone: connections are refused; the messages wait, saying why.
      const port = run.smtp.port;
      await run.smtp.stop();
      await until('every message refused by the closed port', async () => (await messages()).items.every((m: { lastError: string | null }) => /ECONNREFUSED|connect/i.test(m.lastError ?? '')), timeout(20_000, 120_000));
      await new Promise((r) => setTimeout(r, GONE_MS));
      const during = await messages();
      expect(during.items.filter((m: { status: string }) => m.status === 'sent')).toHaveLength(0);
      expect(during.items.filter((m: { status: string }) => m.status === 'failed')).toHaveLength(0);

      // Back, on the same port.
      run.smtp = await new SmtpSink().start(port);
      await run.smtp.waitFor(MESSAGES, timeout(60_000, 300_000));
      const sent = async () => (await run.api.request('GET', `/api/mail/messages?status=sent&pageSize=200`, { token })).json();
      const after = await until('all marked sent', async () => {
        const list = await sent();
        return list.total === MESSAGES && list;
      });
      expect(after.items.every((m: { lastError: string | null }) => m.lastError === null)).toBe(true);
      // Every message is marked sent, so no more will go: each arrived exactly once.
      const ids = new Set(run.smtp.messages.map((m) => m.messageId));
      expect(ids.size).toBe(MESSAGES);
      expect(run.smtp.messages).toHaveLength(MESSAGES);
    },
    timeout(90_000, 600_000),
  );
});
