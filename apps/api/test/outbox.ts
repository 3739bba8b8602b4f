import type { OutboxMail } from '../src/modules/mail/outbox.service';
import { MAIL_SEND } from '../src/modules/mail/outbox.jobs';
import type { TestApp } from './harness';

/** Polls until `check` holds; integration tests wait for the workers, never sleep blindly. */
export async function until<T>(
  what: string,
  check: () => Promise<T | false | undefined>,
  timeoutMs = 20_000,
): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const v = await check();
    if (v) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Waits until nothing more can happen to these messages: each is sent or failed (or was never
 * stored), and no mail job for any of them is waiting, retrying or running in pg-boss. Only
 * then does "nothing more was sent" mean something.
 */
export async function outboxSettled(t: TestApp, outboxIds: string[]): Promise<void> {
  await until(`the outbox to settle for ${outboxIds.join(', ')}`, async () => {
    const [{ open }] = await t.db.query(`SELECT count(*)::int AS open FROM outbox WHERE id = ANY($1::uuid[]) AND status NOT IN ('sent', 'failed')`, [outboxIds]);
    const [{ jobs }] = await t.db.query(
      `SELECT count(*)::int AS jobs FROM pgboss.job WHERE name = $1 AND data->>'outboxId' = ANY($2) AND state IN ('created', 'retry', 'active')`,
      [MAIL_SEND, outboxIds],
    );
    return open === 0 && jobs === 0;
  });
}

export function outboxMail(
  organizationId: string,
  key: string,
  over: Partial<OutboxMail> = {},
): OutboxMail {
  return {
    organizationId,
    dedupeKey: key,
    kind: 'invitation',
    to: `${key.replace(/\W/g, '-')}@supplier.test`,
    subject: `Survey ${key}`,
    html: '<p>Hello</p>',
    text: 'Hello',
    ...over,
  };
}

export async function outboxRow(t: TestApp, id: string) {
  const [r] = await t.db.query(
    `SELECT status, attempts, last_error, message_id, sent_at FROM outbox WHERE id = $1`,
    [id],
  );
  return r as {
    status: string;
    attempts: number;
    last_error: string | null;
    message_id: string;
    sent_at: Date | null;
  };
}
