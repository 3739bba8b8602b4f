import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signup, startTestApp, userWithRole, type TestApp } from '../../../test/harness';
import { dbState } from '../../../test/db-state';

const base = {
  name: '株式会社テスト',
  productType: 'Electronic components',
  country: 'jp',
  contacts: [{ name: '山田 花子', email: 'Hanako@Example.test', language: 'ja' }],
};

describe('suppliers (integration)', () => {
  let t: TestApp;
  let token: string;
  beforeAll(async () => {
    t = await startTestApp();
    token = (await signup(t)).token;
  });
  afterAll(() => t.close());

  const create = (body: object, tk = token) => t.request('POST', '/api/suppliers', { token: tk, body });

  it('creates a supplier with defaults, normalised country and e-mail, and reads it back', async () => {
    const res = await create({ ...base, code: 'S-1', tags: ['priority', 'priority', 'metal'] });
    expect(res.statusCode).toBe(201);
    const s = res.json();
    expect(s).toMatchObject({ code: 'S-1', country: 'JP', tier: 1, riskLevel: 'medium', tags: ['priority', 'metal'], archived: false });
    expect(s.contacts[0]).toMatchObject({ email: 'hanako@example.test', language: 'ja' });
    const got = await t.request('GET', `/api/suppliers/${s.id}`, { token });
    expect(got.json()).toEqual(s);
  });

  it.each([
    [{ ...base, name: '' }, 'name'],
    [{ ...base, productType: undefined }, 'productType'],
    [{ ...base, country: 'Japan' }, 'country'],
    [{ ...base, tier: 0 }, 'tier'],
    [{ ...base, riskLevel: 'extreme' }, 'riskLevel'],
    [{ ...base, contacts: [{ name: 'x', email: 'nope', language: 'ja' }] }, 'contacts.0.email'],
    [{ ...base, contacts: [{ name: 'x', email: 'x@y.test', language: 'fr' }] }, 'contacts.0.language'],
    [{ ...base, parentSupplierId: 'not-a-uuid' }, 'parentSupplierId'],
  ])('refuses invalid input with 400 naming the field (%#)', async (body, path) => {
    const before = await t.db.query(`SELECT count(*)::int AS n FROM suppliers`);
    const res = await create(body);
    expect(res.statusCode).toBe(400);
    expect(res.json().issues.map((i: { path: string }) => i.path)).toContain(path);
    expect((await t.db.query(`SELECT count(*)::int AS n FROM suppliers`))[0].n).toBe(before[0].n);
  });

  it('refuses a duplicate code within the organisation (409) but allows it in another', async () => {
    expect((await create({ ...base, code: 'DUP' })).statusCode).toBe(201);
    const again = await create({ ...base, code: 'DUP' });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('SUPPLIER_CODE_TAKEN');
    const other = await signup(t);
    expect((await create({ ...base, code: 'DUP' }, other.token)).statusCode).toBe(201);
  });

  it('links tier-2 suppliers to a parent and refuses cycles and foreign parents', async () => {
    const parent = (await create({ ...base, name: 'Parent' })).json();
    const child = (await create({ ...base, name: 'Child', tier: 2, parentSupplierId: parent.id })).json();
    expect(child).toMatchObject({ parentSupplierId: parent.id, parentSupplierName: 'Parent' });
    const other = await signup(t);
    const foreign = (await create({ ...base }, other.token)).json();
    const before = await dbState(t, ['suppliers', 'supplier_contacts', 'audit_events']);
    const cycle = await t.request('PATCH', `/api/suppliers/${parent.id}`, { token, body: { parentSupplierId: child.id } });
    expect(cycle.statusCode).toBe(422);
    const self = await t.request('PATCH', `/api/suppliers/${parent.id}`, { token, body: { parentSupplierId: parent.id } });
    expect(self.statusCode).toBe(422);
    expect((await create({ ...base, tier: 2, parentSupplierId: foreign.id })).statusCode).toBe(422);
    expect((await t.request('PATCH', `/api/suppliers/${child.id}`, { token, body: { parentSupplierId: foreign.id } })).statusCode).toBe(422);
    expect(await dbState(t, ['suppliers', 'supplier_contacts', 'audit_events'])).toEqual(before);
  });

  it('updates fields and replaces contacts', async () => {
    const s = (await create({ ...base })).json();
    const res = await t.request('PATCH', `/api/suppliers/${s.id}`, {
      token,
      body: { riskLevel: 'high', contacts: [{ name: 'New', email: 'new@example.test', language: 'en' }, { name: 'Two', email: 'two@example.test' }] },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().riskLevel).toBe('high');
    expect(res.json().contacts.map((c: { email: string; language: string }) => [c.email, c.language])).toEqual([
      ['new@example.test', 'en'],
      ['two@example.test', 'ja'],
    ]);
    expect((await t.request('PATCH', `/api/suppliers/${s.id}`, { token, body: {} })).statusCode).toBe(400);
  });

  it('archives, hides from the default list, restores, and deletes', async () => {
    const s = (await create({ ...base, name: 'Archivable KK' })).json();
    expect((await t.request('POST', `/api/suppliers/${s.id}/archive`, { token })).json().archived).toBe(true);
    const active = await t.request('GET', '/api/suppliers?q=Archivable', { token });
    expect(active.json().total).toBe(0);
    const archived = await t.request('GET', '/api/suppliers?q=Archivable&status=archived', { token });
    expect(archived.json().total).toBe(1);
    expect((await t.request('POST', `/api/suppliers/${s.id}/restore`, { token })).json().archived).toBe(false);
    expect((await t.request('DELETE', `/api/suppliers/${s.id}`, { token })).statusCode).toBe(204);
    expect((await t.request('GET', `/api/suppliers/${s.id}`, { token })).statusCode).toBe(404);
  });

  it('searches, filters, sorts and pages', async () => {
    const org = await signup(t);
    const names = ['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo'];
    for (const [i, name] of names.entries()) {
      await create({ ...base, name, code: `P-${i}`, productType: i % 2 ? 'Chemicals' : 'Textiles', tier: i < 3 ? 1 : 2, riskLevel: i === 4 ? 'high' : 'low', tags: i === 0 ? ['priority'] : [] }, org.token);
    }
    const list = (q: string) => t.request('GET', `/api/suppliers?${q}`, { token: org.token }).then((r) => r.json());
    const page2 = await list('pageSize=2&page=2&sort=name');
    expect(page2.total).toBe(5);
    expect(page2.items.map((s: { name: string }) => s.name)).toEqual(['Charlie', 'Delta']);
    expect((await list('sort=name&order=desc&pageSize=1')).items[0].name).toBe('Echo');
    expect((await list('productType=Chemicals')).total).toBe(2);
    expect((await list('tier=2')).total).toBe(2);
    expect((await list('riskLevel=high')).items[0].name).toBe('Echo');
    expect((await list('tag=priority')).items[0].name).toBe('Alpha');
    expect((await list('q=p-3')).items[0].name).toBe('Delta');
    expect((await list('q=hanako@example')).total).toBe(5);
    expect((await t.request('GET', '/api/suppliers?pageSize=1000', { token: org.token })).statusCode).toBe(400);
    const facets = (await t.request('GET', '/api/suppliers/facets', { token: org.token })).json();
    expect(facets).toEqual({ productTypes: ['Chemicals', 'Textiles'], countries: ['JP'], tags: ['priority'] });
  });

  it('keeps organisations apart', async () => {
    const mine = (await create({ ...base, name: 'Mine' })).json();
    const other = await signup(t);
    expect((await t.request('GET', `/api/suppliers/${mine.id}`, { token: other.token })).statusCode).toBe(404);
    expect((await t.request('PATCH', `/api/suppliers/${mine.id}`, { token: other.token, body: { name: 'Stolen' } })).statusCode).toBe(404);
    expect((await t.request('DELETE', `/api/suppliers/${mine.id}`, { token: other.token })).statusCode).toBe(404);
    expect((await t.request('POST', `/api/suppliers/${mine.id}/archive`, { token: other.token })).statusCode).toBe(404);
    expect((await t.request('GET', `/api/suppliers?q=Mine`, { token: other.token })).json().total).toBe(0);
    expect((await t.request('GET', `/api/suppliers/${mine.id}`, { token })).json().name).toBe('Mine');
  });

  it('lets viewers read but not write', async () => {
    const viewer = await userWithRole(t, token, 'viewer');
    const s = (await create({ ...base })).json();
    expect((await t.request('GET', `/api/suppliers/${s.id}`, { token: viewer.token })).statusCode).toBe(200);
    expect((await t.request('PATCH', `/api/suppliers/${s.id}`, { token: viewer.token, body: { name: 'x' } })).statusCode).toBe(403);
    expect((await t.request('DELETE', `/api/suppliers/${s.id}`, { token: viewer.token })).statusCode).toBe(403);
  });
});
