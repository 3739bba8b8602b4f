import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { freePort, startEmbeddedPostgres } from '../src/database/embedded-postgres';
import { admin, withDatabase } from './global-setup';
import { until } from './outbox';

const main = resolve(__dirname, '../dist/main.js');

/** The server as it runs in production, on a fresh, empty database of the test server. */
interface Run {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
}

function start(env: Record<string, string>, nodeArgs: string[] = []): Run {
  let out = '';
  let err = '';
  const child = spawn(process.execPath, [...nodeArgs, main], {
    env: { ...process.env, SEED_DEMO: 'false', LOG_LEVEL: 'silent', SMTP_URL: 'smtp://127.0.0.1:9', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (err += d.toString()));
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  return { child, stdout: () => out, stderr: () => err, exited };
}

const listening = (port = 0) => new Promise<Server>((r) => { const s = createServer(); s.listen(port, '0.0.0.0', () => r(s)); });
const portOf = (s: Server) => (s.address() as { port: number }).port;
const closed = (s: Server) => new Promise((r) => s.close(r));

describe('boot (integration)', () => {
  it.each([
    ['PORT', 'eighty'],
    ['DATABASE_URL', 'mysql://localhost/x'],
    ['SEED_DEMO', 'perhaps'],
  ])('refuses to start when %s is %s, naming the variable', (name, value) => {
    expect(existsSync(main), 'build the API first (npm run build)').toBe(true);
    const res = spawnSync(process.execPath, [main], { env: { ...process.env, [name]: value }, encoding: 'utf8', timeout: 20_000 });
    expect(res.status).toBe(1);
    expect(res.stderr).toContain(`${name}:`);
  });

  it('keeps the embedded database across restarts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ses-restart-'));
    chmodSync(dir, 0o755);
    try {
      const first = await startEmbeddedPostgres(join(dir, 'pg'));
      let c = new Client({ connectionString: first.url });
      await c.connect();
      await c.query(`CREATE TABLE kept (v text); INSERT INTO kept VALUES ('still here')`);
      await c.end();
      await first.stop();

      const second = await startEmbeddedPostgres(join(dir, 'pg'));
      c = new Client({ connectionString: second.url });
      await c.connect();
      const { rows } = await c.query(`SELECT v FROM kept`);
      await c.end();
      await second.stop();
      expect(rows).toEqual([{ v: 'still here' }]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});

describe('fatal errors after start-up (integration)', () => {
  let dir: string;
  let database: string;
  let databaseUrl: string;
  let run: Run | undefined;

  beforeEach(async () => {
    expect(existsSync(main), 'build the API first (npm run build)').toBe(true);
    dir = mkdtempSync(join(tmpdir(), 'ses-fatal-'));
    database = `${inject('templateDatabase')}_boot_${randomBytes(4).toString('hex')}`;
    await admin(inject('adminDatabaseUrl'), (c) => c.query(`CREATE DATABASE ${database}`).then(() => undefined));
    databaseUrl = withDatabase(inject('adminDatabaseUrl'), database);
  });
  afterEach(async () => {
    if (run && run.child.exitCode === null && run.child.signalCode === null) {
      run.child.kill('SIGKILL');
      await run.exited;
    }
    run = undefined;
    await admin(inject('adminDatabaseUrl'), (c) => c.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`).then(() => undefined));
    rmSync(dir, { recursive: true, force: true });
  });

  const migrated = async () => {
    const c = new Client({ connectionString: databaseUrl });
    await c.connect();
    try {
      return (await c.query(`SELECT to_regclass('public.corrective_actions') IS NOT NULL AS there`)).rows[0].there as boolean;
    } finally {
      await c.end();
    }
  };

  it('exits non-zero when its port is taken, after migrating the database', async () => {
    const taken = await listening();
    try {
      run = start({ DATABASE_URL: databaseUrl, DATA_DIR: dir, PORT: String(portOf(taken)) });
      const code = await run.exited;
      expect(code, run.stderr()).toBe(1);
      expect(run.stderr()).toContain('EADDRINUSE');
      expect(run.stdout()).not.toContain('is running at');
      // It got as far as the database before the port failed it.
      expect(await migrated()).toBe(true);
    } finally {
      await closed(taken);
    }
  }, 60_000);

  /** Runs `code` in the server's process once it says it is running. */
  const afterStart = (code: string) => {
    const file = join(dir, 'after-start.cjs');
    writeFileSync(
      file,
      `const log = console.log;
console.log = (...args) => {
  log(...args);
  if (String(args[0]).includes('is running at')) setTimeout(() => { ${code} }, 10);
};
`,
    );
    return ['--require', file];
  };

  it('exits non-zero on an uncaught exception once running', async () => {
    run = start({ DATABASE_URL: databaseUrl, DATA_DIR: dir, PORT: String(await freePort()) }, afterStart(`throw new Error('fatal after start-up')`));
    const code = await run.exited;
    expect(run.stdout()).toContain('is running at');
    expect(code, run.stderr()).toBe(1);
    expect(run.stderr()).toContain('fatal after start-up');
  }, 60_000);

  it('logs an unhandled rejection (pg-boss does not await some calls) and keeps serving; stops with 0 on SIGTERM', async () => {
    const port = await freePort();
    run = start({ DATABASE_URL: databaseUrl, DATA_DIR: dir, PORT: String(port) }, afterStart(`Promise.reject(new Error('a database blip'))`));
    const r = run;
    await until('the rejection to be logged', async () => r.stderr().includes('unhandled rejection: a database blip') || r.child.exitCode !== null, 45_000);
    expect(r.stderr()).toContain('unhandled rejection: a database blip');
    const health = await fetch(`http://127.0.0.1:${port}/api/health`);
    expect([health.status, await health.json()]).toEqual([200, { status: 'ok' }]);
    expect(r.child.exitCode).toBeNull();
    r.child.kill('SIGTERM');
    expect(await r.exited).toBe(0);
  }, 60_000);
});
