import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { inject } from 'vitest';
import { createApp } from '../src/app';
import { loadConfig } from '../src/config/config';
import { admin, withDatabase } from './global-setup';
import { SmtpSink } from './smtp-sink';

export interface TestApp {
  app: NestFastifyApplication;
  db: DataSource;
  smtp: SmtpSink;
  databaseUrl: string;
  dataDir: string;
  request(method: string, url: string, opts?: { token?: string; body?: unknown; headers?: Record<string, string>; payload?: string | Buffer }): Promise<TestResponse>;
  close(): Promise<void>;
}

export interface TestResponse {
  statusCode: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  rawPayload: Buffer;
  json<T = any>(): T;
}

/** A fresh database cloned from the migrated template; dropped by `drop()`. */
export async function createTestDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const adminUrl = inject('adminDatabaseUrl');
  const template = inject('templateDatabase');
  const name = `${template}_f_${randomBytes(6).toString('hex')}`;
  await admin(adminUrl, (c) => c.query(`CREATE DATABASE ${name} TEMPLATE ${template}`).then(() => undefined));
  return {
    url: withDatabase(adminUrl, name),
    drop: () => admin(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`).then(() => undefined)),
  };
}

/**
 * The whole application on its own database and a real SMTP server on loopback. With
 * `sharing`, a second process of the same installation: same database and SMTP server,
 * which stay until `sharing` closes.
 */
export async function startTestApp(env: Record<string, string> = {}, opts: { sharing?: TestApp } = {}): Promise<TestApp> {
  const shared = opts.sharing;
  const database = shared ? { url: shared.databaseUrl, drop: async () => {} } : await createTestDatabase();
  const smtp = shared ? shared.smtp : await new SmtpSink().start();
  const dataDir = mkdtempSync(join(tmpdir(), 'ses-app-'));
  const config = loadConfig({
    DATABASE_URL: database.url,
    SMTP_URL: smtp.url,
    DATA_DIR: dataDir,
    LOG_LEVEL: 'silent',
    PUBLIC_URL: 'http://survey.test',
    WEB_DIST: join(dataDir, 'no-web'),
    ...env,
  });
  const app = await createApp({ config, databaseUrl: database.url, catcher: null });
  const fastify = app.getHttpAdapter().getInstance();
  return {
    app,
    db: app.get(DataSource),
    smtp,
    databaseUrl: database.url,
    dataDir,
    async request(method, url, opts = {}) {
      const headers: Record<string, string> = { ...(opts.headers ?? {}) };
      if (opts.token) headers.authorization = `Bearer ${opts.token}`;
      const res = await fastify.inject({
        method: method as 'GET',
        url,
        headers,
        ...(opts.payload !== undefined ? { payload: opts.payload } : opts.body !== undefined ? { payload: opts.body as object } : {}),
      });
      return {
        statusCode: res.statusCode,
        headers: res.headers as Record<string, string>,
        body: res.body,
        rawPayload: res.rawPayload,
        json: () => JSON.parse(res.body),
      };
    },
    async close() {
      await app.close();
      if (!shared) await smtp.stop();
      await database.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

let counter = 0;
/** Signs up a new organisation and returns its admin's token. */
export async function signup(t: TestApp, name = `Org ${++counter}`) {
  const email = `admin${counter}-${randomBytes(3).toString('hex')}@example.test`;
  const res = await t.request('POST', '/api/auth/signup', {
    body: { organizationName: name, name: 'Admin', email, password: 'a long enough passphrase' },
  });
  if (res.statusCode !== 201) throw new Error(`signup failed: ${res.body}`);
  const body = res.json();
  return { token: body.accessToken as string, user: body.user, organization: body.organization, email };
}

/** Adds a user with a role to the organisation of `adminToken` and logs them in. */
export async function userWithRole(t: TestApp, adminToken: string, role: 'admin' | 'buyer' | 'viewer') {
  const email = `${role}-${randomBytes(4).toString('hex')}@example.test`;
  const password = 'another fine passphrase';
  const created = await t.request('POST', '/api/users', { token: adminToken, body: { email, name: role, role, password } });
  if (created.statusCode !== 201) throw new Error(`user creation failed: ${created.body}`);
  const login = await t.request('POST', '/api/auth/login', { body: { email, password } });
  return { token: login.json().accessToken as string, id: created.json().id as string, email };
}

/** A multipart/form-data body with text fields and one file. */
export function multipart(fields: Record<string, string>, file?: { field: string; filename: string; content: Buffer | string; type?: string }) {
  const boundary = `----ses${randomBytes(8).toString('hex')}`;
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields)) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  }
  if (file) {
    parts.push(
      Buffer.from(
        `--${boundary}\r\nContent-Disposition: form-data; name="${file.field}"; filename="${file.filename}"\r\nContent-Type: ${file.type ?? 'application/octet-stream'}\r\n\r\n`,
      ),
      Buffer.isBuffer(file.content) ? file.content : Buffer.from(file.content),
      Buffer.from('\r\n'),
    );
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}
