import { webhookPayloadSchema, WEBHOOK_EVENT_TYPES, type WebhookPayload } from '@ses/api-types';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerAndSubmit, launch } from '../../../test/corrective-actions';
import { builtinVersionId, createSupplier } from '../../../test/factories';
import { signup, startTestApp, type TestApp } from '../../../test/harness';
import { until } from '../../../test/outbox';
import { WebhookReceiver } from '../../../test/webhook-receiver';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { JobsService } from '../jobs/jobs.service';
import { deliverJob, WEBHOOK_DELIVER } from './webhook.jobs';

/** Every delivery is delivered or failed, and no delivery job waits, retries or runs. */
async function settled(t: TestApp): Promise<void> {
  await until('the webhook deliveries to settle', async () => {
    const [{ open }] = await t.db.query(`SELECT count(*)::int AS open FROM webhook_deliveries WHERE status NOT IN ('delivered', 'failed')`);
    const [{ jobs }] = await t.db.query(
      `SELECT count(*)::int AS jobs FROM pgboss.job WHERE name = $1 AND state IN ('created', 'retry', 'active')`,
      [WEBHOOK_DELIVER],
    );
    return open === 0 && jobs === 0;
  }, 60_000);
}

/** The payloads accepted since `start`, each checked against its published schema. */
const payloadsSince = (r: WebhookReceiver, start: number) =>
  r.received.slice(start).filter((x) => x.status < 300 && x.verified).map((x) => webhookPayloadSchema.parse(JSON.parse(x.body)));

describe('webhooks with two API processes (integration)', () => {
  let t: TestApp;
  let t2: TestApp;
  let receiver: WebhookReceiver;
  let admin: Awaited<ReturnType<typeof signup>>;
  let webhookId: string;
  const env = { WEBHOOK_ALLOW_PRIVATE: 'true', WEBHOOK_RETRY_DELAY_SECONDS: '1', WEBHOOK_RETRY_LIMIT: '5' };

  beforeAll(async () => {
    receiver = await new WebhookReceiver().start();
    t = await startTestApp(env);
    t2 = await startTestApp(env, { sharing: t });
    admin = await signup(t);
    const res = await t.request('POST', '/api/webhooks', { token: admin.token, body: { url: receiver.url, events: [...WEBHOOK_EVENT_TYPES] } });
    expect(res.statusCode, res.body).toBe(201);
    webhookId = res.json().id;
    receiver.secret = res.json().secret;
  });
  afterAll(async () => {
    await t2.close();
    await t.close();
    await receiver.stop();
  });

  it('answers the secret once and lists the webhook without it', async () => {
    expect(receiver.secret).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/);
    const list = await t.request('GET', '/api/webhooks', { token: admin.token });
    expect(list.json().items).toEqual([{ id: webhookId, url: receiver.url, events: [...WEBHOOK_EVENT_TYPES], createdAt: expect.any(String) }]);
    expect(list.body).not.toContain(receiver.secret);
  });

  it('delivers each event exactly once, signed, while both processes work the queue', async () => {
    const start = receiver.received.length;
    const created = await Promise.all(Array.from({ length: 12 }, (_, i) => createSupplier(t, admin.token, { name: `Hook ${i}` })));
    // Every delivery's job again, from the other process: a job run twice must not send twice.
    const rows: { id: string }[] = await t2.db.query(
      `SELECT d.id FROM webhook_deliveries d JOIN webhook_events e ON e.id = d.event_id WHERE e.payload->'data'->>'supplierId' = ANY($1)`,
      [created.map((c) => c.id)],
    );
    expect(rows).toHaveLength(12);
    await t2.db.transaction((m) => t2.app.get(JobsService).insertInTransaction(m, rows.map((r) => deliverJob(t2.app.get<AppConfig>(APP_CONFIG), r.id))));
    await settled(t);
    const got = receiver.received.slice(start);
    expect(got).toHaveLength(12);
    expect(got.every((r) => r.verified)).toBe(true);
    expect(new Set(got.map((r) => r.id)).size).toBe(12);
    const ids = got.map((r) => (webhookPayloadSchema.parse(JSON.parse(r.body)) as Extract<WebhookPayload, { type: 'supplier.created' }>).data.supplierId);
    expect(new Set(ids)).toEqual(new Set(created.map((s) => s.id)));
    const deliveries = await t2.request('GET', `/api/webhooks/${webhookId}/deliveries`, { token: admin.token });
    expect(deliveries.json().items.filter((d: { status: string }) => d.status === 'delivered').length).toBeGreaterThanOrEqual(12);
  });

  it('retries a receiver that fails three times, then it gets the event once more, signed anew', async () => {
    const start = receiver.received.length;
    receiver.failFirst = () => 3;
    try {
      const supplier = await createSupplier(t, admin.token, { name: 'Flaky receiver' });
      await settled(t);
      const got = receiver.received.slice(start);
      expect(got.map((r) => r.status)).toEqual([500, 500, 500, 204]);
      expect(got.every((r) => r.verified)).toBe(true);
      expect(new Set(got.map((r) => r.id)).size).toBe(1);
      expect(new Set(got.map((r) => r.signature)).size).toBe(4);
      expect(JSON.parse(got[3].body).data.supplierId).toBe(supplier.id);
      const [row] = await t.db.query(
        `SELECT d.status, d.attempts FROM webhook_deliveries d JOIN webhook_events e ON e.id = d.event_id WHERE e.payload->'data'->>'supplierId' = $1`,
        [supplier.id],
      );
      expect(row).toEqual({ status: 'delivered', attempts: 4 });
    } finally {
      receiver.failFirst = () => 0;
    }
  }, 90_000);

  it('replays a delivery with the same webhook-id and a new signature', async () => {
    const list = (await t.request('GET', `/api/webhooks/${webhookId}/deliveries`, { token: admin.token })).json().items;
    const d = list[0];
    const before = receiver.received.filter((r) => r.id === d.messageId);
    const res = await t.request('POST', `/api/webhooks/${webhookId}/deliveries/${d.id}/replay`, { token: admin.token });
    expect(res.statusCode, res.body).toBe(202);
    await until('the replay', async () => receiver.received.filter((r) => r.id === d.messageId).length > before.length);
    await settled(t);
    const after = receiver.received.filter((r) => r.id === d.messageId);
    expect(after).toHaveLength(before.length + 1);
    expect(after.at(-1)!.verified).toBe(true);
    expect(after.at(-1)!.body).toBe(before.at(-1)!.body);
  });

  it('reports responses, grades, feedback, corrective actions and grievances', async () => {
    const start = receiver.received.length;
    const versionId = await builtinVersionId(t, admin.token);
    const s = await createSupplier(t, admin.token, { name: 'Graded', contacts: [{ name: 'G', email: 'graded@hooks.test', language: 'en' }] });
    const campaign = await launch(t, admin.token, versionId, [s.id], 'Hook campaign');
    await answerAndSubmit(t, campaign.links.graded, 'worst');
    const responseId = (await t.db.query(`SELECT id FROM responses WHERE campaign_id = $1`, [campaign.id]))[0].id;
    const override = await t.request('POST', `/api/responses/${responseId}/override`, { token: admin.token, body: { grade: 'C', reason: 'Audited on site in May' } });
    expect(override.statusCode, override.body).toBe(201);
    expect((await t.request('POST', `/api/campaigns/${campaign.id}/feedback/release`, { token: admin.token })).statusCode).toBe(202);
    const [ca] = await t.db.query(`SELECT id, status FROM corrective_actions WHERE response_id = $1 LIMIT 1`, [responseId]);
    const esc = await t.request('POST', `/api/corrective-actions/${ca.id}/escalate`, { token: admin.token, body: { comment: 'No answer for weeks' } });
    expect(esc.statusCode, esc.body).toBe(200);
    const filed = await t.request('POST', `/api/public/grievances/${admin.organization.slug}`, {
      body: { category: 'labour', description: 'Unpaid overtime at the plant' },
    });
    expect(filed.statusCode, filed.body).toBe(201);
    await settled(t);
    const seen = payloadsSince(receiver, start);
    const byType = (type: string) => seen.filter((p) => p.type === type);
    expect(byType('response.submitted').at(-1)!.data).toMatchObject({ responseId, campaignId: campaign.id, supplierId: s.id });
    // Two processes deliver concurrently: events arrive in any order (each carries its time).
    const graded = byType('response.graded').map((p) => p.data as { source: string }).sort((a, b) => a.source.localeCompare(b.source));
    expect(graded).toEqual([
      expect.objectContaining({ responseId, overallGrade: 'C', source: 'override' }),
      expect.objectContaining({ responseId, overallGrade: 'Z', source: 'submission' }),
    ]);
    expect(byType('feedback.released').at(-1)!.data).toEqual({ organizationId: admin.organization.id, campaignId: campaign.id, responseIds: [responseId] });
    expect(byType('corrective_action.status_changed').at(-1)!.data).toMatchObject({ correctiveActionId: ca.id, from: ca.status, to: 'escalated' });
    expect(byType('grievance.received').at(-1)!.data).toMatchObject({ organizationId: admin.organization.id, category: 'labour' });
    expect(JSON.stringify(byType('grievance.received'))).not.toContain('overtime');
  });

  it('refuses bad subscriptions and stays within the organisation', async () => {
    const before = (await t.db.query(`SELECT count(*)::int AS n FROM webhooks`))[0].n;
    for (const body of [{ url: 'ftp://example.com/x', events: ['supplier.created'] }, { url: receiver.url, events: ['nope'] }, { url: receiver.url, events: [] }]) {
      expect((await t.request('POST', '/api/webhooks', { token: admin.token, body })).statusCode).toBe(400);
    }
    const other = await signup(t);
    expect((await t.request('GET', `/api/webhooks/${webhookId}/deliveries`, { token: other.token })).statusCode).toBe(404);
    expect((await t.request('DELETE', `/api/webhooks/${webhookId}`, { token: other.token })).statusCode).toBe(404);
    expect((await t.db.query(`SELECT count(*)::int AS n FROM webhooks`))[0].n).toBe(before);
  });
});

describe('webhook address guard (integration)', () => {
  let t: TestApp;
  let receiver: WebhookReceiver;

  beforeAll(async () => {
    receiver = await new WebhookReceiver().start();
    t = await startTestApp({ WEBHOOK_RETRY_LIMIT: '0' });
  });
  afterAll(async () => {
    await t.close();
    await receiver.stop();
  });

  it('refuses private, loopback and link-local addresses at subscription', async () => {
    const admin = await signup(t);
    for (const url of [receiver.url, 'http://localhost:9/x', 'http://10.1.2.3/x', 'http://169.254.169.254/latest', 'http://[::1]/x', 'http://[::ffff:127.0.0.1]/x']) {
      const res = await t.request('POST', '/api/webhooks', { token: admin.token, body: { url, events: ['supplier.created'] } });
      expect(res.statusCode, url).toBe(422);
      expect(res.json().code).toBe('WEBHOOK_ADDRESS_REFUSED');
    }
    expect((await t.db.query(`SELECT count(*)::int AS n FROM webhooks`))[0].n).toBe(0);
  });

  it('refuses them again at delivery, after resolving the name', async () => {
    const admin = await signup(t);
    // A subscription whose name resolves to loopback by the time of delivery.
    await t.db.query(`INSERT INTO webhooks (organization_id, url, events, secret) VALUES ($1, $2, '{supplier.created}', $3)`, [
      admin.organization.id,
      receiver.url.replace('127.0.0.1', 'localhost'),
      'whsec_' + Buffer.alloc(24, 1).toString('base64'),
    ]);
    await createSupplier(t, admin.token);
    await settled(t);
    const [row] = await t.db.query(`SELECT status, last_error FROM webhook_deliveries`);
    expect(row.status).toBe('failed');
    expect(row.last_error).toMatch(/private, loopback or link-local/);
    expect(receiver.received).toHaveLength(0);
  });
});
