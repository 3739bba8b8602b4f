import type { OutboxMail } from '../src/modules/mail/outbox.service';
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

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

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
