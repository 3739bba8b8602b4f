import { randomBytes, randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COLUMN_INTEGER_MAX } from '@ses/api-types';
import { launch } from './corrective-actions';
import { dbState } from './db-state';
import { builtinVersionId, createSupplier } from './factories';
import { multipart, signup, startTestApp, type TestApp } from './harness';

/**
 * Requests that once crashed a route, were misread, or reached another organisation's data:
 * each gets a clear 4xx and changes nothing.
 */
describe('hostile input (integration)', () => {
  let t: TestApp;
  let admin: Awaited<ReturnType<typeof signup>>;
  let other: Awaited<ReturnType<typeof signup>>;
  let link: string;
  let responseId: string;
  let campaignId: string;
  let otherSupplierId: string;

  beforeAll(async () => {
    t = await startTestApp();
    admin = await signup(t, 'Hostile Input Org');
    other = await signup(t, 'Other Org');
    const supplier = await createSupplier(t, admin.token, { contacts: [{ name: 'Hana', email: 'hana@supplier.test', language: 'en' }] });
    otherSupplierId = (await createSupplier(t, other.token)).id;
    const launched = await launch(t, admin.token, await builtinVersionId(t, admin.token), [supplier.id], 'Hostile campaign');
    link = launched.links.hana;
    campaignId = launched.id;
    [{ id: responseId }] = await t.db.query(`SELECT id FROM responses WHERE campaign_id = $1`, [campaignId]);
  });
  afterAll(() => t?.close());

  const answersRow = async () =>
    (await t.db.query(`SELECT version, (SELECT json_agg(a ORDER BY a.question_id)::text FROM response_answers a WHERE a.response_id = r.id) AS answers FROM responses r WHERE r.id = $1`, [responseId]))[0];

  it('refuses an answer version past its column (400), and stores nothing', async () => {
    const before = await answersRow();
    for (const version of [COLUMN_INTEGER_MAX.integer + 1, 2 ** 53 - 1, -1, 1e308]) {
      const res = await t.request('PUT', `/api/portal/${link}/answers`, { body: { version, answers: { q1: { value: 'x' } } } });
      expect(res.statusCode, `${version}: ${res.body}`).toBe(400);
    }
    expect(await answersRow()).toEqual(before);
  });

  it('answers 400 to a broken multipart body on every upload route', async () => {
    const routes: [string, string, string?][] = [
      ['POST', '/api/suppliers/import', admin.token],
      ['POST', '/api/questionnaires/import', admin.token],
      ['POST', `/api/portal/${link}/attachments`],
      ['POST', `/api/portal/${link}/answer-sheet`],
      ['POST', `/api/portal/${link}/corrective-actions/${randomUUID()}/attachments`],
    ];
    const broken: { headers: Record<string, string>; payload: string }[] = [
      { headers: { 'content-type': 'multipart/form-data' }, payload: '--x\r\n\r\n' },
      { headers: { 'content-type': 'multipart/form-data; boundary=----abc' }, payload: JSON.stringify({ name: 'not multipart' }) },
      { headers: { 'content-type': 'multipart/form-data; boundary=----abc' }, payload: '------abc\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\n\r\ncut short' },
    ];
    const tables = ['suppliers', 'supplier_contacts', 'questionnaires', 'questionnaire_versions', 'attachments', 'corrective_actions'];
    const before = await dbState(t, tables);
    for (const [method, url, token] of routes) {
      for (const b of broken) {
        const res = await t.request(method, url, { token, ...b });
        expect(res.statusCode, `${url} ${b.headers['content-type']}: ${res.body}`).toBe(400);
      }
    }
    expect(await dbState(t, tables)).toEqual(before);
  });

  it('refuses a multipart body on a route that takes none, and a body in another charset than UTF-8', async () => {
    const body = multipart({ name: 'Multipart Supplier' }, { field: 'file', filename: 'big.bin', content: randomBytes(1024) });
    const res = await t.request('POST', `/api/campaigns/${campaignId}/close`, { token: admin.token, ...body });
    expect(res.statusCode, res.body).toBe(415);
    const campaign = (await t.request('GET', `/api/campaigns/${campaignId}`, { token: admin.token })).json();
    expect(campaign.status).toBe('active');

    const name = 'Ünïcödé Supplier';
    const utf16 = await t.request('POST', '/api/suppliers', {
      token: admin.token,
      headers: { 'content-type': 'application/json; charset=utf-16' },
      payload: Buffer.from(JSON.stringify({ name, code: 'U16', productType: 'x', contacts: [] }), 'utf16le'),
    });
    expect(utf16.statusCode, utf16.body).toBe(415);
    expect(await t.db.query(`SELECT 1 FROM suppliers WHERE code = 'U16'`)).toHaveLength(0);
  });

  it('refuses unpaired surrogates instead of storing replacement characters', async () => {
    const res = await t.request('POST', '/api/suppliers', {
      token: admin.token,
      headers: { 'content-type': 'application/json' },
      payload: '{"name":"Broken \\ud800 name","code":"SURR-1","productType":"x","contacts":[]}',
    });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().message).toMatch(/^name: .*surrogate/);
    expect(await t.db.query(`SELECT 1 FROM suppliers WHERE code = 'SURR-1'`)).toHaveLength(0);
  });

  it("answers 404 for another organisation's response overrides, as for its siblings", async () => {
    const res = await t.request('GET', `/api/responses/${responseId}/overrides`, { token: other.token });
    expect(res.statusCode, res.body).toBe(404);
    expect((await t.request('GET', `/api/responses/${responseId}/history`, { token: other.token })).statusCode).toBe(404);
    expect((await t.request('GET', `/api/responses/${responseId}/overrides`, { token: admin.token })).statusCode).toBe(200);
  });

  it("refuses another organisation's supplier in extendedSupplierIds, naming it", async () => {
    const mine = await createSupplier(t, admin.token);
    const before = await dbState(t, ['responses', 'campaigns', 'outbox:id']);
    const res = await t.request('POST', `/api/campaigns/${campaignId}/suppliers`, {
      token: admin.token,
      body: { supplierIds: [mine.id], extendedSupplierIds: [otherSupplierId] },
    });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json().message).toContain(otherSupplierId);
    expect(await dbState(t, ['responses', 'campaigns', 'outbox:id'])).toEqual(before);
  });
});
