import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signup, startTestApp, userWithRole, type TestApp } from '../../../test/harness';
import { dbState } from '../../../test/db-state';

describe('auth (integration)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ LOGIN_RATE_LIMIT: '5' });
  });
  afterAll(() => t.close());

  it('signs up an organisation with a slug and its admin, and answers /api/me', async () => {
    const res = await t.request('POST', '/api/auth/signup', {
      body: { organizationName: 'Tokyo Procurement 東京', name: 'Hanako', email: 'Hanako@Example.test', password: 'correct horse battery' },
    });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body.user).toMatchObject({ email: 'hanako@example.test', role: 'admin', name: 'Hanako' });
    expect(body.organization.slug).toBe('tokyo-procurement');
    const me = await t.request('GET', '/api/me', { token: body.accessToken });
    expect(me.statusCode).toBe(200);
    expect(me.json().organization.id).toBe(body.organization.id);
  });

  it('stores the password as an argon2id hash and the token only as a hash', async () => {
    const { token, email } = await signup(t);
    const [row] = await t.db.query(`SELECT password_hash FROM users WHERE email = $1`, [email]);
    expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    const sessions = await t.db.query(`SELECT encode(token_hash, 'hex') AS h FROM sessions`);
    expect(sessions.some((s: { h: string }) => s.h.includes(Buffer.from(token).toString('hex')))).toBe(false);
  });

  it.each([
    [{ organizationName: 'A', name: 'B', email: 'not-an-email', password: 'correct horse battery' }, /email/],
    [{ organizationName: 'A', name: 'B', email: 'a@b.test', password: 'short' }, /at least 8/],
    [{ organizationName: 'A', name: 'B', email: 'a@b.test', password: 'password123' }, /too common/],
    [{ organizationName: 'A', name: 'B', email: 'a@b.test', password: 'aaaaaaaaaaaa' }, /5 different/],
    [{ name: 'B', email: 'a@b.test', password: 'correct horse battery' }, /organizationName/],
  ])('refuses a bad sign-up with 400 and saves nothing (%#)', async (body, message) => {
    const before = await t.db.query(`SELECT count(*)::int AS n FROM organizations`);
    const res = await t.request('POST', '/api/auth/signup', { body });
    expect(res.statusCode).toBe(400);
    expect(res.json().message).toMatch(message);
    const after = await t.db.query(`SELECT count(*)::int AS n FROM organizations`);
    expect(after[0].n).toBe(before[0].n);
  });

  it('refuses a second account with the same e-mail (409) without creating an organisation', async () => {
    const { email } = await signup(t);
    const before = await t.db.query(`SELECT count(*)::int AS n FROM organizations`);
    const res = await t.request('POST', '/api/auth/signup', {
      body: { organizationName: 'Again', name: 'X', email, password: 'correct horse battery' },
    });
    expect(res.statusCode).toBe(409);
    expect((await t.db.query(`SELECT count(*)::int AS n FROM organizations`))[0].n).toBe(before[0].n);
  });

  it('logs in with the right password, 401 otherwise, and logout revokes the token', async () => {
    const { email } = await signup(t);
    const wrong = await t.request('POST', '/api/auth/login', { body: { email, password: 'wrong password!!' } });
    expect(wrong.statusCode).toBe(401);
    const unknown = await t.request('POST', '/api/auth/login', { body: { email: 'nobody@example.test', password: 'whatever123' } });
    expect(unknown.statusCode).toBe(401);
    const ok = await t.request('POST', '/api/auth/login', { body: { email, password: 'a long enough passphrase' } });
    expect(ok.statusCode).toBe(200);
    const token = ok.json().accessToken;
    expect((await t.request('GET', '/api/me', { token })).statusCode).toBe(200);
    expect((await t.request('POST', '/api/auth/logout', { token })).statusCode).toBe(204);
    expect((await t.request('GET', '/api/me', { token })).statusCode).toBe(401);
  });

  it('limits login attempts per address with 429', async () => {
    const { email } = await signup(t);
    const codes: number[] = [];
    for (let i = 0; i < 7; i++) {
      codes.push((await t.request('POST', '/api/auth/login', { body: { email, password: 'wrong password!!' } })).statusCode);
    }
    expect(codes.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(codes.slice(5)).toEqual([429, 429]);
    const limited = await t.request('POST', '/api/auth/login', { body: { email, password: 'a long enough passphrase' } });
    expect(limited.statusCode).toBe(429);
    expect(limited.json()).toMatchObject({ statusCode: 429, error: 'Too Many Requests' });
  });

  it('requires a bearer token on protected endpoints', async () => {
    expect((await t.request('GET', '/api/me')).statusCode).toBe(401);
    expect((await t.request('GET', '/api/suppliers', { token: 'x'.repeat(43) })).statusCode).toBe(401);
    expect((await t.request('GET', '/api/suppliers', { headers: { authorization: 'Basic abc' } })).statusCode).toBe(401);
  });

  it('enforces roles: viewers read, buyers write suppliers, only admins manage users', async () => {
    const { token: adminToken } = await signup(t);
    const buyer = await userWithRole(t, adminToken, 'buyer');
    const viewer = await userWithRole(t, adminToken, 'viewer');
    const supplier = { name: 'Role Test', productType: 'Chemicals', contacts: [] };
    expect((await t.request('GET', '/api/suppliers', { token: viewer.token })).statusCode).toBe(200);
    expect((await t.request('POST', '/api/suppliers', { token: viewer.token, body: supplier })).statusCode).toBe(403);
    expect((await t.request('POST', '/api/suppliers', { token: buyer.token, body: supplier })).statusCode).toBe(201);
    expect((await t.request('GET', '/api/users', { token: buyer.token })).statusCode).toBe(403);
    expect((await t.request('GET', '/api/users', { token: viewer.token })).statusCode).toBe(403);
    expect((await t.request('GET', '/api/users', { token: adminToken })).json()).toHaveLength(3);
  });

  it('keeps the last admin', async () => {
    const { token, user } = await signup(t);
    const before = await dbState(t, ['users', 'sessions', 'audit_events']);
    const demote = await t.request('PATCH', `/api/users/${user.id}`, { token, body: { role: 'buyer' } });
    expect(demote.statusCode).toBe(409);
    expect(demote.json().code).toBe('LAST_ADMIN');
    const remove = await t.request('DELETE', `/api/users/${user.id}`, { token });
    expect([remove.statusCode, remove.json().code]).toEqual([409, 'LAST_ADMIN']);
    expect(await dbState(t, ['users', 'sessions', 'audit_events'])).toEqual(before);
  });

  it('does not reach users of another organisation', async () => {
    const a = await signup(t);
    const b = await signup(t);
    const other = await userWithRole(t, b.token, 'buyer');
    const before = await dbState(t, ['users', 'sessions', 'audit_events']);
    expect((await t.request('PATCH', `/api/users/${other.id}`, { token: a.token, body: { name: 'hijacked' } })).statusCode).toBe(404);
    expect((await t.request('PATCH', `/api/users/${other.id}`, { token: a.token, body: { role: 'admin' } })).statusCode).toBe(404);
    expect((await t.request('DELETE', `/api/users/${other.id}`, { token: a.token })).statusCode).toBe(404);
    expect(await dbState(t, ['users', 'sessions', 'audit_events'])).toEqual(before);
  });
});

describe('auth with ALLOW_SIGNUP=false (integration)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ ALLOW_SIGNUP: 'false' });
  });
  afterAll(() => t.close());

  it('refuses sign-up with 403', async () => {
    const res = await t.request('POST', '/api/auth/signup', {
      body: { organizationName: 'A', name: 'B', email: 'a@b.test', password: 'correct horse battery' },
    });
    expect(res.statusCode).toBe(403);
    expect((await t.request('GET', '/api/config')).json()).toEqual({ allowSignup: false, mailPreview: false });
  });
});
