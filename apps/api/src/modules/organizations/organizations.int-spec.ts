import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signup, startTestApp, userWithRole, type TestApp } from '../../../test/harness';
import { builtinVersionId, createSupplier, inDays } from '../../../test/factories';

describe('organisation settings (integration)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('lets the admin set the thresholds that new campaigns start from', async () => {
    const { token } = await signup(t, 'Threshold Org');
    expect((await t.request('GET', '/api/organization', { token })).json()).toMatchObject({ name: 'Threshold Org', thresholds: null });
    const res = await t.request('PATCH', '/api/organization', { token, body: { thresholds: { A: 90, B: 70, C: 50 } } });
    expect(res.statusCode).toBe(200);
    expect(res.json().thresholds).toEqual({ A: 90, B: 70, C: 50 });
    const s = await createSupplier(t, token);
    const c = (await t.request('POST', '/api/campaigns', {
      token,
      body: { name: 'C', questionnaireVersionId: await builtinVersionId(t, token), supplierIds: [s.id], dueDate: inDays(9) },
    })).json();
    expect(c.thresholds).toEqual({ A: 90, B: 70, C: 50 });
    // A campaign keeps the thresholds it was created with.
    await t.request('PATCH', '/api/organization', { token, body: { thresholds: null } });
    expect((await t.request('GET', `/api/campaigns/${c.id}`, { token })).json().thresholds).toEqual({ A: 90, B: 70, C: 50 });
  });

  it('refuses bad thresholds and non-admins', async () => {
    const { token } = await signup(t);
    for (const thresholds of [{ A: 60, B: 70, C: 50 }, { A: 120, B: 70, C: 50 }, { A: 80, B: 60 }]) {
      expect((await t.request('PATCH', '/api/organization', { token, body: { thresholds } })).statusCode).toBe(400);
    }
    const buyer = await userWithRole(t, token, 'buyer');
    expect((await t.request('PATCH', '/api/organization', { token: buyer.token, body: { name: 'Mine now' } })).statusCode).toBe(403);
    expect((await t.request('GET', '/api/organization', { token: buyer.token })).statusCode).toBe(200);
  });
});
