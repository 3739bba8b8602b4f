import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signup, startTestApp, userWithRole, type TestApp } from '../../../test/harness';
import { dbState } from '../../../test/db-state';
import { signInAtProvider, startOidcProvider } from '../../../test/oidc-provider';

const CALLBACK = 'http://survey.test/api/auth/sso/callback';
const LOGIN = 'http://survey.test/login';

/** Single sign-on against a real OpenID provider on loopback, through its own login pages. */
describe('single sign-on with OpenID Connect (integration)', () => {
  let t: TestApp;
  let idp: Awaited<ReturnType<typeof startOidcProvider>>;
  let admin: Awaited<ReturnType<typeof signup>>;

  const accounts: Record<string, Record<string, unknown>> = {
    'alice-sub': { email: 'alice@corp.example', email_verified: true, name: 'Alice Buyer', groups: ['Everyone', 'SES-Buyers'] },
    'carol-sub': { email: 'carol@corp.example', email_verified: true, name: 'Carol Admin', groups: ['SES-Admins'] },
    'dave-sub': { email: 'dave@corp.example', email_verified: true, name: 'Dave', groups: ['Everyone'] },
    'erin-sub': { email: 'erin@elsewhere.example', email_verified: true, name: 'Erin', groups: ['SES-Buyers'] },
    'nina-sub': { email: 'nina@corp.example', email_verified: true, name: 'Nina', groups: ['SES-Buyers'] },
    'paul-sub': { email: 'paul@corp.example', email_verified: true, name: 'Paul at the provider', groups: ['SES-Admins'] },
    'mallory-sub': { email: 'paul@corp.example', email_verified: true, name: 'Mallory', groups: ['SES-Buyers'] },
  };
  const setup = { issuer: '', clientId: 'ses-console', clientSecret: 'a-long-client-secret-9f3k', roleClaim: 'groups', roleMapping: { 'SES-Admins': 'admin', 'SES-Buyers': 'buyer' }, defaultRole: null, allowedDomains: ['corp.example'] };

  /** Start at our API, sign in at the provider, come back: answers where the console is sent. */
  async function signIn(login: string, tamper: (authUrl: URL) => void = () => {}) {
    const start = await t.request('GET', `/api/auth/sso/${admin.organization.slug}/start`);
    expect(start.statusCode, start.body).toBe(302);
    const cookie = String(start.headers['set-cookie']).split(';')[0];
    const authUrl = new URL(String(start.headers.location));
    tamper(authUrl);
    const back = await signInAtProvider(authUrl.href, login, CALLBACK);
    const res = await t.request('GET', back.pathname + back.search, { headers: { cookie, 'user-agent': 'SSO Browser/1.0' } });
    expect(res.statusCode, res.body).toBe(302);
    const location = new URL(String(res.headers.location));
    return { location, back, cookie, token: new URLSearchParams(location.hash.slice(1)).get('sso_token'), error: location.searchParams.get('sso_error') };
  }

  beforeAll(async () => {
    t = await startTestApp();
    idp = await startOidcProvider([{ client_id: 'ses-console', client_secret: setup.clientSecret, redirect_uris: [CALLBACK] }], accounts);
    setup.issuer = idp.issuer;
    admin = await signup(t, 'Corp Procurement');
  });
  afterAll(async () => {
    await t.close();
    await idp.close();
  });

  it('is set up by an admin only; the client secret is stored but never returned or audited', async () => {
    const buyer = await userWithRole(t, admin.token, 'buyer');
    expect((await t.request('PUT', '/api/organization/sso', { token: buyer.token, body: setup })).statusCode).toBe(403);
    expect((await t.request('PUT', '/api/organization/sso', { token: admin.token, body: { ...setup, issuer: 'not a url' } })).statusCode).toBe(400);
    const { clientSecret: _omit, ...noSecret } = setup;
    const first = await t.request('PUT', '/api/organization/sso', { token: admin.token, body: noSecret });
    expect([first.statusCode, first.json().code]).toEqual([400, 'VALIDATION_FAILED']);

    const res = await t.request('PUT', '/api/organization/sso', { token: admin.token, body: setup });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ issuer: idp.issuer, clientId: 'ses-console', clientSecretHint: '••••9f3k', redirectUri: CALLBACK, mandatory: false });
    const read = await t.request('GET', '/api/organization/sso', { token: admin.token });
    expect(read.body).not.toContain(setup.clientSecret);
    const audit = await t.db.query(`SELECT after::text AS a FROM audit_events UNION ALL SELECT after::text FROM audit_pending`);
    expect(audit.some((r: { a: string | null }) => r.a?.includes(setup.clientSecret))).toBe(false);
    // Updating without a secret keeps the stored one.
    expect((await t.request('PUT', '/api/organization/sso', { token: admin.token, body: noSecret })).json().clientSecretHint).toBe('••••9f3k');
    expect((await t.request('GET', `/api/auth/sso/${admin.organization.slug}`)).json()).toEqual({ enabled: true, mandatory: false });
    // An organisation without SSO sends the browser back to the login page with a code.
    const other = await signup(t);
    const none = await t.request('GET', `/api/auth/sso/${other.organization.slug}/start`);
    expect([none.statusCode, none.headers.location]).toEqual([302, `${LOGIN}?sso_error=SSO_NOT_CONFIGURED`]);
  });

  it('creates the user on first sign-in with the mapped role, and finds them again on the next', async () => {
    const first = await signIn('alice-sub');
    expect(first.error).toBeNull();
    expect(first.location.origin + first.location.pathname).toBe(LOGIN);
    const me = (await t.request('GET', '/api/me', { token: first.token! })).json();
    expect(me.user).toMatchObject({ email: 'alice@corp.example', name: 'Alice Buyer', role: 'buyer' });
    expect(me.organization.id).toBe(admin.organization.id);
    const sessions = (await t.request('GET', '/api/auth/sessions', { token: first.token! })).json();
    expect(sessions[0].userAgent).toBe('SSO Browser/1.0');

    const admins = await signIn('carol-sub');
    expect((await t.request('GET', '/api/me', { token: admins.token! })).json().user.role).toBe('admin');

    const again = await signIn('alice-sub');
    expect((await t.request('GET', '/api/me', { token: again.token! })).json().user.id).toBe(me.user.id);
    expect((await t.db.query(`SELECT count(*)::int AS n FROM users WHERE email = 'alice@corp.example'`))[0].n).toBe(1);
  });

  it('links an existing password account by its e-mail address, keeping its name and role; another subject may not take it', async () => {
    const created = await t.request('POST', '/api/users', { token: admin.token, body: { email: 'paul@corp.example', name: 'Paul', role: 'viewer', password: 'another fine passphrase' } });
    expect(created.statusCode, created.body).toBe(201);
    const linked = await signIn('paul-sub');
    expect((await t.request('GET', '/api/me', { token: linked.token! })).json().user).toMatchObject({ id: created.json().id, name: 'Paul', role: 'viewer' });
    const [row] = await t.db.query(`SELECT sso_subject FROM users WHERE id = $1`, [created.json().id]);
    expect(row.sso_subject).toBe('paul-sub');

    const before = await dbState(t, ['users', 'sessions']);
    expect((await signIn('mallory-sub')).error).toBe('SSO_EMAIL_TAKEN');
    expect(await dbState(t, ['users', 'sessions'])).toEqual(before);
  });

  it('refuses a person without a mapped role or from a domain not allowed, creating nobody', async () => {
    const before = await dbState(t, ['users', 'sessions']);
    expect((await signIn('dave-sub')).error).toBe('SSO_NO_ROLE');
    expect((await signIn('erin-sub')).error).toBe('SSO_DOMAIN_NOT_ALLOWED');
    expect(await dbState(t, ['users', 'sessions'])).toEqual(before);
  });

  it('refuses an ID token for another audience or with another nonce, and a replayed or foreign callback', async () => {
    const before = await dbState(t, ['users', 'sessions']);
    // The provider signs a token whose audience is another application.
    const issue = idp.provider.IdToken.prototype.issue;
    idp.provider.IdToken.prototype.issue = function (this: { client: object }, ...args: Parameters<typeof issue>) {
      this.client = Object.create(this.client, { clientId: { value: 'another-app' } });
      return issue.apply(this, args);
    };
    try {
      expect((await signIn('nina-sub')).error).toBe('SSO_FAILED');
    } finally {
      idp.provider.IdToken.prototype.issue = issue;
    }
    // The authorisation request is altered to carry another nonce: the provider echoes it.
    expect((await signIn('nina-sub', (u) => u.searchParams.set('nonce', 'an-injected-nonce'))).error).toBe('SSO_FAILED');
    expect(await dbState(t, ['users', 'sessions'])).toEqual(before);

    // A good sign-in, then its callback replayed, and one without this browser's cookie.
    const ok = await signIn('nina-sub');
    expect((await t.request('GET', '/api/me', { token: ok.token! })).json().user.email).toBe('nina@corp.example');
    const replay = await t.request('GET', ok.back.pathname + ok.back.search, { headers: { cookie: ok.cookie } });
    expect(new URL(String(replay.headers.location)).searchParams.get('sso_error')).toBe('SSO_EXPIRED');
    const start = await t.request('GET', `/api/auth/sso/${admin.organization.slug}/start`);
    const back = await signInAtProvider(String(start.headers.location), 'nina-sub', CALLBACK);
    const foreign = await t.request('GET', back.pathname + back.search, { headers: { cookie: 'ses_sso_state=someone-elses' } });
    expect(new URL(String(foreign.headers.location)).searchParams.get('sso_error')).toBe('SSO_EXPIRED');
  });

  it('mandatory SSO turns password login off for the organisation only', async () => {
    const buyer = await userWithRole(t, admin.token, 'buyer');
    const other = await signup(t);
    expect((await t.request('PUT', '/api/organization/sso', { token: admin.token, body: { ...setup, mandatory: true } })).json().mandatory).toBe(true);
    const before = await dbState(t, ['sessions']);
    const refused = await t.request('POST', '/api/auth/login', { body: { email: buyer.email, password: 'another fine passphrase' } });
    expect([refused.statusCode, refused.json().code]).toEqual([403, 'SSO_REQUIRED']);
    expect((await t.request('POST', '/api/auth/login', { body: { email: admin.email, password: 'a long enough passphrase' } })).json().code).toBe('SSO_REQUIRED');
    expect((await t.request('POST', '/api/auth/login', { body: { email: buyer.email, password: 'wrong password!!' } })).json().code).toBe('INVALID_CREDENTIALS');
    expect(await dbState(t, ['sessions'])).toEqual(before);
    expect((await t.request('POST', '/api/auth/login', { body: { email: other.email, password: 'a long enough passphrase' } })).statusCode).toBe(200);
    const alice = await signIn('alice-sub');
    expect((await t.request('GET', '/api/me', { token: alice.token! })).json().user.email).toBe('alice@corp.example');
    expect((await t.request('GET', `/api/auth/sso/${admin.organization.slug}`)).json()).toEqual({ enabled: true, mandatory: true });
  });
});
