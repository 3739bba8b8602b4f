import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORRECTIVE_ACTION_STATUSES } from '@ses/api-types';
import { LIFECYCLE } from '../../../test/corrective-action-lifecycle';
import { multipart } from '../../../test/harness';
import { PDF, type Fixture, correctiveActionsFixture } from '../../../test/corrective-actions';
import type { StepName } from './corrective-action.steps';

/**
 * Every step through the HTTP API, buyer's and supplier's, from every status. The table is
 * DESIGN §5 written out (LIFECYCLE), not read from the code: an allowed step answers 200 with the next
 * status and stores it; a refused one answers 409 INVALID_TRANSITION and leaves the action,
 * its history, the audit log and the outbox exactly as they were.
 */
const plan = 'We will adopt a written policy, train all staff by March and audit twice a year.';
const report = 'The policy was adopted on 1 March; 120 staff trained; the first audit found no gaps.';

const table = (Object.keys(LIFECYCLE) as StepName[]).flatMap((step) =>
  CORRECTIVE_ACTION_STATUSES.map((from) => ({ step, from, to: LIFECYCLE[step][from] ?? null, outcome: LIFECYCLE[step][from] ? `→ ${LIFECYCLE[step][from]}` : '409, nothing changed' })),
);

describe('corrective actions: every step from every status (integration)', () => {
  let f: Fixture;
  let id: string;

  /** The request each step is, on its side: the buyer console or the supplier's link. */
  const send = (step: StepName) => {
    const buyer = (path: string, body: object) => f.t.request('POST', `/api/corrective-actions/${id}/${path}`, { token: f.buyer.token, body });
    const supplier = (path: string, body: object) => f.t.request('POST', `/api/portal/${f.links.bad}/corrective-actions/${id}/${path}`, { body });
    switch (step) {
      case 'submit_plan': return supplier('plan', { plan });
      case 'report': return supplier('report', { report });
      case 'approve': return buyer('review', { decision: 'approve', comment: 'Fine.' });
      case 'reject': return buyer('review', { decision: 'reject', comment: 'Say who is responsible.' });
      case 'return_report': return buyer('return', { comment: 'Attach the audit record.' });
      case 'verify': return buyer('verify', { comment: 'Checked.' });
      case 'escalate': return buyer('escalate', { comment: 'No progress.' });
    }
  };

  /** Everything a step writes: the row, its history, its audit entries and its mail. */
  const state = async () => ({
    row: (await f.t.db.query(`SELECT * FROM corrective_actions WHERE id = $1`, [id]))[0],
    events: (await f.t.db.query(`SELECT id FROM corrective_action_events WHERE action_id = $1 ORDER BY id`, [id])).map((e: { id: string }) => e.id),
    audit: (await f.t.db.query(`SELECT count(*)::int AS n FROM audit_events WHERE entity_id = $1`, [id]))[0].n,
    outbox: (await f.t.db.query(`SELECT count(*)::int AS n FROM outbox`))[0].n,
  });

  beforeAll(async () => {
    f = await correctiveActionsFixture();
    id = (await f.board(`?supplierId=${f.suppliers.bad}`)).items[0].id;
    // One evidence file, so that a report from plan_approved is allowed on its merits.
    const up = await f.t.request('POST', `/api/portal/${f.links.bad}/corrective-actions/${id}/attachments`, multipart({}, { field: 'file', filename: 'audit.pdf', content: PDF, type: 'application/pdf' }));
    expect(up.statusCode, up.body).toBe(201);
  });
  afterAll(() => f.t.close());

  it.each(table)('$step from $from: $outcome', async ({ step, from, to }) => {
    await f.t.db.query(`UPDATE corrective_actions SET status = $2 WHERE id = $1`, [id, from]);
    const before = await state();
    const res = await send(step);
    const after = await state();
    if (to) {
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().status).toBe(to);
      expect(after.row.status).toBe(to);
      expect(after.row.version).toBe(before.row.version + 1);
      expect(after.events.length).toBe(before.events.length + 1);
    } else {
      expect([res.statusCode, res.json().code], res.body).toEqual([409, 'INVALID_TRANSITION']);
      expect(after).toEqual(before);
    }
  });
});
