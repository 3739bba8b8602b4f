import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportJobSchema } from '@ses/api-types';
import { builtinQuestionnaire } from '@ses/questionnaire';
import { signup, startTestApp, type TestApp } from '../../../test/harness';
import { answerAll, builtinVersionId, createSupplier, inDays, tokenIn } from '../../../test/factories';

const declaration = { signerName: '山田 太郎', signerTitle: '代表取締役', agreed: true };

describe('the feedback zip as a background export (integration)', () => {
  let t: TestApp;
  let buyer: string;
  let campaignId: string;

  beforeAll(async () => {
    // Above one sheet the GET answers with a job instead of the file.
    t = await startTestApp({ FEEDBACK_ZIP_SYNC_MAX: '1' });
    buyer = (await signup(t, 'Zip Org')).token;
    const ids: string[] = [];
    for (const name of ['北海 株式会社', 'Southern Works']) {
      ids.push((await createSupplier(t, buyer, { name, contacts: [{ name, email: `${ids.length}@zip.test`, language: 'ja' }] })).id);
    }
    campaignId = (await t.request('POST', '/api/campaigns', {
      token: buyer,
      body: { name: 'Zip campaign', questionnaireVersionId: await builtinVersionId(t, buyer), supplierIds: ids, dueDate: inDays(10) },
    })).json().id;
    const before = t.smtp.messages.length;
    await t.request('POST', `/api/campaigns/${campaignId}/launch`, { token: buyer });
    await t.smtp.waitFor(before + 2);
    for (const m of t.smtp.messages.slice(before)) {
      const link = tokenIn(m.text);
      const v = (await t.request('GET', `/api/portal/${link}`)).json().version;
      await t.request('PUT', `/api/portal/${link}/answers`, { body: { version: v, answers: answerAll(builtinQuestionnaire, 'core', 'best') } });
      expect((await t.request('POST', `/api/portal/${link}/submit`, { body: { declaration } })).statusCode).toBe(200);
    }
  });
  afterAll(() => t.close());

  const status = (id: string, token = buyer) => t.request('GET', `/api/exports/${id}`, { token });
  /** The job's status, with its error when it failed (so a failure reads as one). */
  const state = async (id: string) => {
    const j = (await status(id)).json();
    return j.status === 'failed' ? `failed: ${j.error}` : j.status === 'done' ? 'done' : `${j.status} ${j.done}/${j.total}`;
  };

  it('starts a job (202), shows its progress and offers the file when done', async () => {
    const res = await t.request('POST', `/api/campaigns/${campaignId}/feedback.zip/jobs`, { token: buyer });
    expect(res.statusCode).toBe(202);
    const job = exportJobSchema.parse(res.json());
    expect(job).toMatchObject({ kind: 'feedback_zip', campaignId, status: 'queued', done: 0, total: 2, fileName: null });
    await expect.poll(() => state(job.id), { timeout: 60_000, interval: 200 }).toBe('done');
    expect((await status(job.id)).json()).toMatchObject({ done: 2, total: 2, fileName: 'feedback-sheets.zip', error: null });
    expect(existsSync(join(t.dataDir, 'exports', `${job.id}.zip`))).toBe(true);
    const file = await t.request('GET', `/api/exports/${job.id}/download`, { token: buyer });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-disposition']).toBe('attachment; filename="feedback-sheets.zip"');
    expect(file.rawPayload.readUInt32LE(0)).toBe(0x04034b50);
    expect(file.rawPayload.includes(Buffer.from('北海 株式会社.pdf'))).toBe(true);
    expect(file.rawPayload.includes(Buffer.from('Southern Works.pdf'))).toBe(true);
  }, 90_000);

  it('keeps GET feedback.zip working: above the limit it starts the job and answers 202', async () => {
    const res = await t.request('GET', `/api/campaigns/${campaignId}/feedback.zip`, { token: buyer });
    expect(res.statusCode).toBe(202);
    const job = exportJobSchema.parse(res.json());
    await expect.poll(() => state(job.id), { timeout: 60_000, interval: 200 }).toBe('done');
  }, 90_000);

  it('refuses the file before it is written, and other organisations everything', async () => {
    const [{ organization_id: org }] = await t.db.query(`SELECT organization_id FROM campaigns WHERE id = $1`, [campaignId]);
    // A job that a worker holds: its row says running (no queue job, so nothing finishes it).
    const [{ id }] = await t.db.query(
      `INSERT INTO export_jobs (organization_id, kind, campaign_id, status, total) VALUES ($1, 'feedback_zip', $2, 'running', 2) RETURNING id`,
      [org, campaignId],
    );
    const early = await t.request('GET', `/api/exports/${id}/download`, { token: buyer });
    expect(early.statusCode).toBe(409);
    expect(early.json().code).toBe('EXPORT_NOT_READY');
    const other = (await signup(t)).token;
    expect((await status(id, other)).statusCode).toBe(404);
    expect((await t.request('GET', `/api/exports/${id}/download`, { token: other })).statusCode).toBe(404);
    const count = async () => (await t.db.query(`SELECT count(*)::int AS n FROM export_jobs`))[0].n;
    const before = await count();
    expect((await t.request('POST', `/api/campaigns/${campaignId}/feedback.zip/jobs`, { token: other })).statusCode).toBe(404);
    expect(await count()).toBe(before);
  });
});
