import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signup, startTestApp, userWithRole, type TestApp } from '../../../test/harness';
import { createSupplier } from '../../../test/factories';

const LIMIT = 8;

describe('API keys (integration)', () => {
  let t: TestApp;
  let admin: Awaited<ReturnType<typeof signup>>;

  beforeAll(async () => {
    t = await startTestApp({ API_KEY_RATE_LIMIT: String(LIMIT) });
    admin = await signup(t);
  });
  afterAll(() => t.close());

  const makeKey = async (scope: 'read' | 'write', extra: Record<string, unknown> = {}) => {
    const res = await t.request('POST', '/api/api-keys', { token: admin.token, body: { name: `ERP ${scope}`, scope, ...extra } });
    expect(res.statusCode).toBe(201);
    return res.json<{ id: string; key: string }>();
  };
  const supplierCount = async () =>
    (await t.db.query(`SELECT count(*)::int AS n FROM suppliers WHERE organization_id = $1`, [admin.organization.id]))[0].n as number;

  it('shows the key once, stores only its hash and lists it without the key', async () => {
    const { id, key } = await makeKey('read');
    expect(key).toMatch(/^ses_live_[A-Za-z0-9_-]{43}$/);
    const [row] = await t.db.query(`SELECT encode(key_hash, 'hex') AS hash, prefix FROM api_keys WHERE id = $1`, [id]);
    expect(row.hash).toHaveLength(64);
    expect(key.startsWith(row.prefix)).toBe(true);
    const list = await t.request('GET', '/api/api-keys', { token: admin.token });
    expect(list.statusCode).toBe(200);
    const item = list.json().items.find((k: { id: string }) => k.id === id);
    expect(item).toMatchObject({ name: 'ERP read', scope: 'read', lastUsedAt: null, expiresAt: null });
    expect(list.body).not.toContain(key);
    await t.request('GET', '/api/suppliers', { token: key });
    const after = (await t.request('GET', '/api/api-keys', { token: admin.token })).json().items.find((k: { id: string }) => k.id === id);
    expect(after.lastUsedAt).not.toBeNull();
  });

  it('refuses bad input and non-admins, changing nothing', async () => {
    const before = (await t.db.query(`SELECT count(*)::int AS n FROM api_keys`))[0].n;
    for (const body of [{ name: 'x', scope: 'admin' }, { name: '', scope: 'read' }, { name: 'x', scope: 'read', expiresAt: '2001-01-01T00:00:00Z' }]) {
      expect((await t.request('POST', '/api/api-keys', { token: admin.token, body })).statusCode).toBe(400);
    }
    const buyer = await userWithRole(t, admin.token, 'buyer');
    expect((await t.request('POST', '/api/api-keys', { token: buyer.token, body: { name: 'x', scope: 'read' } })).statusCode).toBe(403);
    expect((await t.request('GET', '/api/api-keys', { token: buyer.token })).statusCode).toBe(403);
    expect((await t.db.query(`SELECT count(*)::int AS n FROM api_keys`))[0].n).toBe(before);
  });

  it('a read key reads but gets 403 on any write, with nothing changed', async () => {
    const { key } = await makeKey('read');
    expect((await t.request('GET', '/api/suppliers', { token: key })).statusCode).toBe(200);
    const count = await supplierCount();
    const res = await t.request('POST', '/api/suppliers', { token: key, body: { name: 'Nope', productType: 'x', contacts: [] } });
    expect(res.statusCode).toBe(403);
    expect(await supplierCount()).toBe(count);
  });

  it('a write key does buyer work, appears as the actor in the audit log, and never reaches admin routes', async () => {
    const { id, key } = await makeKey('write');
    const supplier = await createSupplier(t, key);
    const audit = await t.request('GET', `/api/audit?entityType=supplier&entityId=${supplier.id}`, { token: admin.token });
    expect(audit.json().items[0]).toMatchObject({ action: 'supplier.create', actorType: 'api_key', actorId: id, actorLabel: 'ERP write' });
    const keys = (await t.db.query(`SELECT count(*)::int AS n FROM api_keys`))[0].n;
    expect((await t.request('GET', '/api/users', { token: key })).statusCode).toBe(403);
    const orgBefore = (await t.request('GET', '/api/organization', { token: admin.token })).body;
    expect((await t.request('PATCH', '/api/organization', { token: key, body: { name: 'Renamed by a key' } })).statusCode).toBe(403);
    expect((await t.request('GET', '/api/organization', { token: admin.token })).body).toBe(orgBefore);
    expect((await t.request('POST', '/api/api-keys', { token: key, body: { name: 'more', scope: 'write' } })).statusCode).toBe(403);
    expect((await t.request('GET', '/api/api-keys', { token: key })).statusCode).toBe(403);
    expect((await t.request('POST', '/api/webhooks', { token: key, body: { url: 'https://example.com/h', events: ['supplier.created'] } })).statusCode).toBe(403);
    expect((await t.db.query(`SELECT count(*)::int AS n FROM api_keys`))[0].n).toBe(keys);
  });

  it('a revoked or expired key gets 401', async () => {
    const revoked = await makeKey('read');
    expect((await t.request('DELETE', `/api/api-keys/${revoked.id}`, { token: admin.token })).statusCode).toBe(204);
    expect((await t.request('GET', '/api/suppliers', { token: revoked.key })).statusCode).toBe(401);
    expect((await t.request('GET', '/api/api-keys', { token: admin.token })).json().items.map((k: { id: string }) => k.id)).not.toContain(revoked.id);

    const expiring = await makeKey('read', { expiresAt: new Date(Date.now() + 3_600_000).toISOString() });
    expect((await t.request('GET', '/api/suppliers', { token: expiring.key })).statusCode).toBe(200);
    await t.db.query(`UPDATE api_keys SET expires_at = now() - interval '1 second' WHERE id = $1`, [expiring.id]);
    expect((await t.request('GET', '/api/suppliers', { token: expiring.key })).statusCode).toBe(401);
    expect((await t.request('GET', '/api/suppliers', { token: 'ses_live_' + 'x'.repeat(43) })).statusCode).toBe(401);
  });

  it("never reaches another organisation's keys", async () => {
    const other = await signup(t);
    const { id, key } = await makeKey('read');
    expect((await t.request('DELETE', `/api/api-keys/${id}`, { token: other.token })).statusCode).toBe(404);
    expect((await t.request('GET', '/api/suppliers', { token: key })).statusCode).toBe(200);
    const theirs = await createSupplier(t, other.token);
    expect((await t.request('GET', `/api/suppliers/${theirs.id}`, { token: key })).statusCode).toBe(404);
  });

  it('each key has its own rate limit', async () => {
    const a = await makeKey('read');
    const b = await makeKey('read');
    for (let i = 0; i < LIMIT; i++) expect((await t.request('GET', '/api/suppliers', { token: a.key })).statusCode).toBe(200);
    expect((await t.request('GET', '/api/suppliers', { token: a.key })).statusCode).toBe(429);
    expect((await t.request('GET', '/api/suppliers', { token: b.key })).statusCode).toBe(200);
    expect((await t.request('GET', '/api/suppliers', { token: admin.token })).statusCode).toBe(200);
  });
});
