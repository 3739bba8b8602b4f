import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, redactUrl } from '../src/app';
import { loadConfig } from '../src/config/config';
import { MailCatcher } from '../src/modules/mail/mail-catcher';
import { createTestDatabase, signup, startTestApp, type TestApp } from './harness';
import { registeredRoutes, routeKey } from './routes';

describe('platform (integration)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('answers the health check from the database', async () => {
    const res = await t.request('GET', '/api/health');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok' });
  });

  it('sends the security headers', async () => {
    const res = await t.request('GET', '/api/health');
    const csp = String(res.headers['content-security-policy']);
    for (const d of ["default-src 'self'", "base-uri 'none'", "object-src 'none'", "frame-ancestors 'none'", "script-src 'self'"]) {
      expect(csp).toContain(d);
    }
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
  });

  it('refuses bodies over the limit with 413 and malformed JSON with 400', async () => {
    const { token } = await signup(t);
    const big = JSON.stringify({ name: 'x'.repeat(1_100_000), productType: 'x' });
    const res = await t.request('POST', '/api/suppliers', { token, payload: big, headers: { 'content-type': 'application/json' } });
    expect(res.statusCode).toBe(413);
    expect(res.json()).toMatchObject({ statusCode: 413, error: 'Payload Too Large' });
    const bad = await t.request('POST', '/api/suppliers', { token, payload: '{"name":', headers: { 'content-type': 'application/json' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toBe('Bad Request');
    const notUuid = await t.request('GET', '/api/suppliers/123', { token });
    expect(notUuid.statusCode).toBe(400);
    const nul = await t.request('POST', '/api/suppliers', { token, body: { name: 'Bad\u0000Name', productType: 'x' } });
    expect(nul.statusCode).toBe(400);
  });

  it('answers unknown API paths with a JSON 404', async () => {
    const res = await t.request('GET', '/api/nothing-here');
    expect(res.statusCode).toBe(404);
    expect(res.json()).toMatchObject({ statusCode: 404, error: 'Not Found' });
  });

  it('documents every route in the OpenAPI document', async () => {
    const res = await t.request('GET', '/api/openapi.json');
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.openapi).toMatch(/^3\./);
    // The document's paths, keyed as the router's table is read.
    const documented = new Map<string, Record<string, { summary?: unknown }>>();
    for (const [path, ops] of Object.entries(doc.paths as Record<string, Record<string, { summary?: unknown }>>)) {
      documented.set(routeKey(path), { ...documented.get(routeKey(path)), ...ops });
    }
    const routes = registeredRoutes(t);
    // The table is read whole: routes of every module, down to the deepest ones.
    expect(routes).toEqual(
      expect.arrayContaining([
        { method: 'get', path: '/api/health' },
        { method: 'post', path: '/api/campaigns/{}/suppliers' },
        { method: 'get', path: '/api/responses/{}/overrides' },
        { method: 'delete', path: '/api/portal/{}/corrective-actions/{}/attachments/{}' },
        { method: 'get', path: '/api/responses/{}/feedback.pdf' },
        { method: 'post', path: '/api/public/grievances/{}/messages' },
      ]),
    );
    expect(routes.length).toBeGreaterThan(90);
    for (const r of routes) {
      const op = documented.get(r.path)?.[r.method];
      expect(op, `${r.method} ${r.path}`).toBeDefined();
      expect(typeof op!.summary === 'string' && op!.summary.length > 0, `${r.method} ${r.path} has a summary`).toBe(true);
    }
    // And nothing is documented that the router does not serve.
    const served = new Set(routes.map((r) => `${r.method} ${r.path}`));
    for (const [path, ops] of documented) for (const method of Object.keys(ops)) expect(served, `${method} ${path}`).toContain(`${method} ${path}`);
    const signupOp = doc.paths['/api/auth/signup'].post;
    expect(Object.keys(signupOp.requestBody.content['application/json'].schema.properties)).toEqual(
      expect.arrayContaining(['organizationName', 'name', 'email', 'password']),
    );
    expect(doc.paths['/api/suppliers'].get.parameters.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(['q', 'productType', 'page', 'pageSize']),
    );
  });

  it('e-mails a user added by an admin through the real SMTP server', async () => {
    const { token } = await signup(t, 'Mail Test Org');
    const before = t.smtp.messages.length;
    const res = await t.request('POST', '/api/users', {
      token,
      body: { email: 'new.buyer@example.test', name: '<b>New</b> Buyer', role: 'buyer', password: 'a fine passphrase' },
    });
    expect(res.statusCode).toBe(201);
    await t.smtp.waitFor(before + 1);
    const mail = t.smtp.messages[before];
    expect(mail.to).toEqual(['new.buyer@example.test']);
    expect(mail.subject).toContain('Mail Test Org');
    expect(mail.html).toContain('http://survey.test/login');
    expect(mail.html).toContain('&lt;b&gt;New&lt;/b&gt;');
  });

  it('redacts supplier tokens from logged URLs', () => {
    expect(redactUrl('/s/abcDEF123_-xyz?x=1')).toBe('/s/[token]?x=1');
    expect(redactUrl('/api/portal/abcDEF123/answers')).toBe('/api/portal/[token]/answers');
    expect(redactUrl('/api/suppliers/1')).toBe('/api/suppliers/1');
  });
});

describe('built-in mail catcher and web app (integration)', () => {
  let t: Awaited<ReturnType<typeof start>>;
  async function start() {
    const database = await createTestDatabase();
    const dataDir = mkdtempSync(join(tmpdir(), 'ses-catcher-'));
    const web = join(dataDir, 'web');
    mkdirSync(join(web, 'assets'), { recursive: true });
    writeFileSync(join(web, 'index.html'), '<!doctype html><title>console</title>');
    writeFileSync(join(web, 'assets', 'app.js'), 'console.log(1)');
    const catcher = new MailCatcher(join(dataDir, 'mail'));
    await catcher.start();
    const config = loadConfig({ DATABASE_URL: database.url, DATA_DIR: dataDir, LOG_LEVEL: 'silent', WEB_DIST: web });
    const app = await createApp({ config, databaseUrl: database.url, catcher });
    const fastify = app.getHttpAdapter().getInstance();
    return {
      web,
      req: (method: 'GET' | 'POST', url: string, token?: string, body?: object) =>
        fastify.inject({ method, url, headers: token ? { authorization: `Bearer ${token}` } : {}, ...(body ? { payload: body } : {}) }),
      close: async () => {
        await app.close();
        await catcher.stop();
        await database.drop();
      },
    };
  }
  beforeAll(async () => {
    t = await start();
  });
  afterAll(() => t.close());

  it('catches mail and shows each organisation only its own', async () => {
    const signupAs = async (org: string) =>
      (await t.req('POST', '/api/auth/signup', undefined, { organizationName: org, name: 'A', email: `${org.toLowerCase()}@example.test`, password: 'correct horse battery' })).json();
    const a = await signupAs('Alpha');
    const b = await signupAs('Beta');
    expect((await t.req('GET', '/api/config')).json().mailPreview).toBe(true);
    await t.req('POST', '/api/users', a.accessToken, { email: 'x@alpha.test', name: 'X', role: 'viewer', password: 'correct horse battery' });
    let list: { id: string; subject: string; to: string[] }[] = [];
    for (let i = 0; i < 50 && list.length === 0; i++) {
      list = (await t.req('GET', '/api/mail-preview', a.accessToken)).json();
      if (list.length === 0) await new Promise((r) => setTimeout(r, 100));
    }
    expect(list).toHaveLength(1);
    expect(list[0].to).toEqual(['x@alpha.test']);
    const one = (await t.req('GET', `/api/mail-preview/${list[0].id}`, a.accessToken)).json();
    expect(one.html).toContain('/login');
    expect((await t.req('GET', '/api/mail-preview', b.accessToken)).json()).toEqual([]);
    expect((await t.req('GET', `/api/mail-preview/${list[0].id}`, b.accessToken)).statusCode).toBe(404);
    expect((await t.req('GET', `/api/mail-preview/..%2F..%2Fetc`, a.accessToken)).statusCode).toBe(404);
  });

  it('serves the web app with a fallback to index.html for client routes', async () => {
    const page = await t.req('GET', '/suppliers/123');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<title>console</title>');
    const asset = await t.req('GET', '/assets/app.js');
    expect(asset.headers['cache-control']).toContain('immutable');
    // A rebuild after the start adds files the static routes don't know yet.
    writeFileSync(join(t.web, 'assets', 'later.js'), 'console.log(2)');
    const later = await t.req('GET', '/assets/later.js');
    expect(later.body).toBe('console.log(2)');
    expect((await t.req('GET', '/assets/missing.js')).statusCode).toBe(404);
    expect((await t.req('GET', '/api/unknown')).statusCode).toBe(404);
  });
});
