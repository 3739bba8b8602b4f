import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtinQuestionnaire } from '@ses/questionnaire';
import { signup, startTestApp, type TestApp } from '../../../test/harness';
import { answerAndSubmit, createSupplier, launchBuiltinCampaign } from '../../../test/factories';
import { undoThrough } from '../../../test/migrations';

// The migration that moved grading results out of the responses row, both ways, on a
// database with a graded response and an unanswered one.
describe('ResponseResults migration (integration)', () => {
  let t: TestApp;
  let campaignId: string;

  beforeAll(async () => {
    t = await startTestApp();
    const buyer = (await signup(t, 'Results Org')).token;
    const ids = [];
    for (const name of ['graded', 'silent']) ids.push((await createSupplier(t, buyer, { name, contacts: [{ name, email: `${name}@results.test`, language: 'en' }] })).id);
    const launched = await launchBuiltinCampaign(t, buyer, ids, 'Results');
    campaignId = launched.campaignId;
    await answerAndSubmit(t, launched.links.graded, 'worst', builtinQuestionnaire);
  });
  afterAll(() => t?.close());

  it('moves each result to response_results and back, and the responses row no longer holds it', async () => {
    const stored = await t.db.query(
      `SELECT r.id, x.result FROM responses r LEFT JOIN response_results x ON x.response_id = r.id WHERE r.campaign_id = $1 ORDER BY r.id`,
      [campaignId],
    );
    expect(stored.filter((r: { result: unknown }) => r.result !== null)).toHaveLength(1);
    expect(stored.find((r: { result: unknown }) => r.result)!.result.overall.grade).toBe('Z');
    const columns = async () =>
      (await t.db.query(`SELECT column_name FROM information_schema.columns WHERE table_name = 'responses'`)).map((c: { column_name: string }) => c.column_name);
    expect(await columns()).not.toContain('result');

    await undoThrough(t.db, 'ResponseResults1763800500000');
    expect(await columns()).toContain('result');
    expect(await t.db.query(`SELECT id, result FROM responses WHERE campaign_id = $1 ORDER BY id`, [campaignId])).toEqual(stored);

    await t.db.runMigrations({ transaction: 'each' });
    expect(await columns()).not.toContain('result');
    expect(
      await t.db.query(`SELECT r.id, x.result FROM responses r LEFT JOIN response_results x ON x.response_id = r.id WHERE r.campaign_id = $1 ORDER BY r.id`, [campaignId]),
    ).toEqual(stored);
  });
});
