import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtinQuestionnaire } from '@ses/questionnaire';
import { signup, startTestApp, type TestApp } from '../../../test/harness';
import { answerAll, builtinVersionId, createSupplier, inDays, tokenIn } from '../../../test/factories';
import { until } from '../../../test/outbox';
import { CampaignLaunchService } from './campaign-launch.service';

const SUPPLIERS = 2_500;

describe('launching a large campaign (integration)', () => {
  let t: TestApp;
  let token: string;
  let orgId: string;
  let versionId: string;
  let returning: { id: string; answers: Record<string, unknown> };
  beforeAll(async () => {
    // A short lease: a launch whose job stopped is resumed within a few seconds.
    t = await startTestApp({ MAIL_LEASE_SECONDS: '3' });
    const org = await signup(t, 'Large Launch Org');
    token = org.token;
    orgId = org.organization.id;
    versionId = await builtinVersionId(t, token);

    // One supplier answered last year's campaign through the portal.
    const supplier = await createSupplier(t, token, { productType: 'Castings', contacts: [{ name: '佐藤', email: 'sato@returning.test', language: 'ja' }] });
    const last = (await t.request('POST', '/api/campaigns', {
      token,
      body: { name: 'Last year', questionnaireVersionId: versionId, supplierIds: [supplier.id], dueDate: inDays(10) },
    })).json();
    await t.request('POST', `/api/campaigns/${last.id}/launch`, { token });
    const [{ text }] = await t.db.query(`SELECT text FROM outbox WHERE campaign_id = $1`, [last.id]);
    const link = tokenIn(text);
    const answers = answerAll(builtinQuestionnaire, 'core');
    const opened = (await t.request('GET', `/api/portal/${link}`)).json();
    expect((await t.request('PUT', `/api/portal/${link}/answers`, { body: { version: opened.version, answers } })).statusCode).toBe(200);
    const declaration = { signerName: '佐藤 一郎', signerTitle: '代表取締役', agreed: true };
    expect((await t.request('POST', `/api/portal/${link}/submit`, { body: { declaration } })).statusCode).toBe(200);
    returning = { id: supplier.id, answers };

    // The rest of the register, written in SQL: every third supplier has two contacts.
    await t.db.query(
      `WITH s AS (
         INSERT INTO suppliers (organization_id, name, code, product_type)
         SELECT $1, 'Bulk supplier ' || g, 'B-' || g, 'Castings' FROM generate_series(1, $2::int) AS g
         RETURNING id, code
       )
       INSERT INTO supplier_contacts (supplier_id, name, email, language, position)
       SELECT s.id, 'Contact ' || k, lower(s.code) || '-' || k || '@bulk.test', 'en', k - 1
       FROM s CROSS JOIN generate_series(1, 2) AS k
       WHERE k = 1 OR substr(s.code, 3)::int % 3 = 0`,
      [orgId, SUPPLIERS - 1],
    );
  }, 120_000);
  afterAll(() => t.close());

  const counts = async (campaignId: string) =>
    (await t.db.query(
      `SELECT (SELECT count(*)::int FROM outbox WHERE campaign_id = $1 AND kind = 'invitation') AS invitations,
              (SELECT count(DISTINCT (response_id, contact_id))::int FROM response_tokens t JOIN responses r ON r.id = t.response_id WHERE r.campaign_id = $1) AS linked,
              (SELECT count(*)::int FROM response_tokens t JOIN responses r ON r.id = t.response_id WHERE r.campaign_id = $1) AS tokens,
              (SELECT count(*)::int FROM supplier_contacts c JOIN responses r ON r.supplier_id = c.supplier_id WHERE r.campaign_id = $1) AS contacts`,
      [campaignId],
    ))[0] as { invitations: number; linked: number; tokens: number; contacts: number };

  it('answers at once, queues every invitation exactly once in the background, and shows the progress', async () => {
    const created = await t.request('POST', '/api/campaigns', {
      token,
      body: { name: 'This year', questionnaireVersionId: versionId, supplierFilter: { productType: 'Castings' }, dueDate: inDays(30) },
    });
    expect(created.statusCode).toBe(201);
    const campaign = created.json();
    expect(campaign.supplierCount).toBe(SUPPLIERS);
    expect(campaign.launch).toBeUndefined();

    const started = Date.now();
    const launched = await t.request('POST', `/api/campaigns/${campaign.id}/launch`, { token });
    const elapsed = Date.now() - started;
    expect(launched.statusCode).toBe(202);
    // The first batch is queued in the request, the rest after it.
    const { contacts } = await counts(campaign.id);
    expect(launched.json().queued).toBeGreaterThan(0);
    expect(launched.json().queued).toBeLessThan(contacts);
    expect(elapsed).toBeLessThan(1_500);
    expect((await t.request('POST', `/api/campaigns/${campaign.id}/launch`, { token })).statusCode).toBe(409);

    const done = await until('the launch', async () => {
      const c = (await t.request('GET', `/api/campaigns/${campaign.id}`, { token })).json();
      expect(c.launch.total).toBe(SUPPLIERS);
      return c.launch.queued === c.launch.total && c;
    }, 90_000);
    expect(done.status).toBe('active');
    const after = await counts(campaign.id);
    expect(after).toEqual({ invitations: contacts, linked: contacts, tokens: contacts, contacts });

    // A retried job, even one whose last commit of the cursor was lost, queues nothing twice.
    const launcher = t.app.get(CampaignLaunchService);
    await launcher.run(campaign.id);
    await t.db.query(`UPDATE campaign_launches SET finished_at = NULL, after_response_id = NULL WHERE campaign_id = $1`, [campaign.id]);
    await launcher.run(campaign.id);
    expect(await counts(campaign.id)).toEqual(after);
    expect((await t.request('GET', `/api/campaigns/${campaign.id}`, { token })).json().launch).toEqual({ queued: SUPPLIERS, total: SUPPLIERS });

    // Previous answers are referenced at launch and copied when the supplier opens the response.
    const [mine] = await t.db.query(`SELECT id, previous_response_id FROM responses WHERE campaign_id = $1 AND supplier_id = $2`, [campaign.id, returning.id]);
    expect(mine.previous_response_id).toBeTruthy();
    const [{ linkedToPrevious, copied }] = await t.db.query(
      `SELECT count(previous_response_id)::int AS "linkedToPrevious",
              (SELECT count(*)::int FROM response_answers a JOIN responses r ON r.id = a.response_id WHERE r.campaign_id = $1) AS copied
       FROM responses WHERE campaign_id = $1`,
      [campaign.id],
    );
    expect({ linkedToPrevious, copied }).toEqual({ linkedToPrevious: 1, copied: 0 });
    const [{ text }] = await t.db.query(`SELECT text FROM outbox WHERE response_id = $1`, [mine.id]);
    const view = (await t.request('GET', `/api/portal/${tokenIn(text)}`)).json();
    expect(Object.keys(view.answers).sort()).toEqual(Object.keys(returning.answers).sort());
    for (const [id, answer] of Object.entries(returning.answers)) expect(view.answers[id]).toEqual({ ...(answer as object), needsConfirmation: true });
    // Opening again copies nothing more; a new supplier starts empty.
    expect((await t.request('GET', `/api/portal/${tokenIn(text)}`)).json().answers).toEqual(view.answers);
    const [{ text: other }] = await t.db.query(
      `SELECT o.text FROM outbox o JOIN responses r ON r.id = o.response_id WHERE r.campaign_id = $1 AND r.previous_response_id IS NULL LIMIT 1`,
      [campaign.id],
    );
    expect((await t.request('GET', `/api/portal/${tokenIn(other)}`)).json().answers).toEqual({});
  }, 150_000);

  it('resumes a launch whose job stopped mid-way once its lease lapses, queueing nothing twice', async () => {
    const created = (await t.request('POST', '/api/campaigns', {
      token,
      body: { name: 'Resumed', questionnaireVersionId: versionId, supplierFilter: { productType: 'Castings' }, dueDate: inDays(30) },
    })).json();
    expect((await t.request('POST', `/api/campaigns/${created.id}/launch`, { token })).statusCode).toBe(202);
    await until('the launch', async () => (await t.db.query(`SELECT finished_at FROM campaign_launches WHERE campaign_id = $1`, [created.id]))[0].finished_at);
    const before = await counts(created.id);
    // As a process killed while running the job leaves it: unfinished, half-way, its lease
    // lapsed, and no job waiting in the queue (pg-boss holds the dead one until it expires).
    const [{ half }] = await t.db.query(`SELECT id AS half FROM responses WHERE campaign_id = $1 ORDER BY id OFFSET $2 LIMIT 1`, [created.id, SUPPLIERS / 2]);
    await t.db.query(
      `UPDATE campaign_launches SET finished_at = NULL, after_response_id = $2, queued = $3, locked_until = now() - interval '1 second' WHERE campaign_id = $1`,
      [created.id, half, SUPPLIERS / 2],
    );
    const launch = async () => (await t.request('GET', `/api/campaigns/${created.id}`, { token })).json().launch;
    expect(await launch()).toEqual({ queued: SUPPLIERS / 2, total: SUPPLIERS });
    await until('the resumed launch', async () => (await launch()).queued === SUPPLIERS, 20_000);
    expect(await counts(created.id)).toEqual(before);
  });
});
