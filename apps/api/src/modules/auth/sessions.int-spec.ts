import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signup, startTestApp, userWithRole, type TestApp } from '../../../test/harness';
import { dbState } from '../../../test/db-state';

const login = (t: TestApp, email: string, password: string, agent: string) =>
  t.request('POST', '/api/auth/login', { body: { email, password }, headers: { 'user-agent': agent } });

describe('sessions (integration)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('lists the caller’s own sessions with their client, marks the current one, and revokes one', async () => {
    const { email } = await signup(t);
    const password = 'a long enough passphrase';
    const laptop = (await login(t, email, password, 'Laptop Browser/1.0')).json().accessToken as string;
    const phone = (await login(t, email, password, 'Phone Browser/2.0')).json().accessToken as string;

    const list = await t.request('GET', '/api/auth/sessions', { token: laptop });
    expect(list.statusCode).toBe(200);
    const sessions = list.json() as { id: string; userAgent: string | null; current: boolean }[];
    expect(sessions).toHaveLength(3); // sign-up, laptop, phone
    const byAgent = Object.fromEntries(sessions.map((s) => [s.userAgent ?? 'signup', s]));
    expect(byAgent['Laptop Browser/1.0'].current).toBe(true);
    expect(byAgent['Phone Browser/2.0'].current).toBe(false);
    expect(sessions.filter((s) => s.current)).toHaveLength(1);

    const revoke = await t.request('DELETE', `/api/auth/sessions/${byAgent['Phone Browser/2.0'].id}`, { token: laptop });
    expect(revoke.statusCode).toBe(204);
    expect((await t.request('GET', '/api/me', { token: phone })).statusCode).toBe(401);
    expect((await t.request('GET', '/api/me', { token: laptop })).statusCode).toBe(200);
    const after = (await t.request('GET', '/api/auth/sessions', { token: laptop })).json() as { id: string }[];
    expect(after.map((s) => s.id).sort()).toEqual(sessions.filter((s) => s.userAgent !== 'Phone Browser/2.0').map((s) => s.id).sort());
  });

  it('never reaches another user’s session: 404 and the session stays', async () => {
    const a = await signup(t);
    const b = await signup(t);
    const colleague = await userWithRole(t, a.token, 'viewer');
    const [theirs] = (await t.request('GET', '/api/auth/sessions', { token: b.token })).json() as { id: string }[];
    const [colleagues] = (await t.request('GET', '/api/auth/sessions', { token: colleague.token })).json() as { id: string }[];
    const before = await dbState(t, ['sessions']);
    for (const id of [theirs.id, colleagues.id]) {
      const res = await t.request('DELETE', `/api/auth/sessions/${id}`, { token: a.token });
      expect([res.statusCode, res.json().code]).toEqual([404, 'NOT_FOUND']);
    }
    expect((await t.request('DELETE', '/api/auth/sessions/not-a-uuid', { token: a.token })).statusCode).toBe(400);
    expect(await dbState(t, ['sessions'])).toEqual(before);
    expect((await t.request('GET', '/api/me', { token: b.token })).statusCode).toBe(200);
  });

  it('deactivating a user revokes all of their sessions at once and refuses their login; reactivation lets them in again', async () => {
    const { token: adminToken } = await signup(t);
    const buyer = await userWithRole(t, adminToken, 'buyer');
    const second = (await login(t, buyer.email, 'another fine passphrase', 'Second/1.0')).json().accessToken as string;
    const count = async () => (await t.db.query(`SELECT count(*)::int AS n FROM sessions WHERE user_id = $1`, [buyer.id]))[0].n;
    expect(await count()).toBe(2);

    const off = await t.request('PATCH', `/api/users/${buyer.id}`, { token: adminToken, body: { active: false } });
    expect(off.statusCode).toBe(200);
    expect(off.json().active).toBe(false);
    expect(await count()).toBe(0);
    for (const token of [buyer.token, second]) expect((await t.request('GET', '/api/me', { token })).statusCode).toBe(401);

    const refused = await login(t, buyer.email, 'another fine passphrase', 'Again/1.0');
    expect([refused.statusCode, refused.json().code]).toEqual([403, 'ACCOUNT_DEACTIVATED']);
    // A wrong password says nothing about the account.
    expect((await login(t, buyer.email, 'not the password!', 'Again/1.0')).json().code).toBe('INVALID_CREDENTIALS');
    expect(await count()).toBe(0);

    const [event] = await t.db.query(
      `SELECT before, after FROM audit_events WHERE action = 'user.update' AND entity_id = $1
       UNION ALL SELECT before, after FROM audit_pending WHERE action = 'user.update' AND entity_id = $1`,
      [buyer.id],
    );
    expect([event.before, event.after]).toEqual([{ active: true }, { active: false }]);

    expect((await t.request('PATCH', `/api/users/${buyer.id}`, { token: adminToken, body: { active: true } })).json().active).toBe(true);
    expect((await login(t, buyer.email, 'another fine passphrase', 'Back/1.0')).statusCode).toBe(200);
  });

  it('keeps one active admin: the last active admin cannot be deactivated', async () => {
    const { token, user } = await signup(t);
    const other = await userWithRole(t, token, 'admin');
    expect((await t.request('PATCH', `/api/users/${other.id}`, { token, body: { active: false } })).statusCode).toBe(200);
    const before = await dbState(t, ['users', 'sessions']);
    const res = await t.request('PATCH', `/api/users/${user.id}`, { token, body: { active: false } });
    expect([res.statusCode, res.json().code]).toEqual([409, 'LAST_ADMIN']);
    expect(await dbState(t, ['users', 'sessions'])).toEqual(before);
  });
});
