import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort } from '../src/database/embedded-postgres';
import { afterAll, beforeAll } from 'vitest';
import { createTestDatabase, type TestResponse } from './harness';
import { SmtpSink } from './smtp-sink';

const MAIN = resolve(__dirname, '../dist/main.js');

export interface ApiProcess {
  url: string;
  smtp: SmtpSink;
  /** Everything the process wrote to stdout and stderr so far. */
  output(): string;
  request(method: string, url: string, opts?: { token?: string; body?: unknown; headers?: Record<string, string>; payload?: string | Buffer }): Promise<TestResponse>;
  /** Sends `signal` and waits for the process to end. */
  kill(signal?: NodeJS.Signals): Promise<void>;
}

/**
 * The built server (`dist/main.js`) as a real process on a free loopback port, on the given
 * database and SMTP server: for what only a real process shows (its log output, a kill).
 */
export async function spawnApi(databaseUrl: string, smtp: SmtpSink, env: Record<string, string> = {}): Promise<ApiProcess> {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: build the API first (npm run build)`);
  // A stale build would test yesterday's code.
  if (newest(resolve(__dirname, '../src')) > statSync(MAIN).mtimeMs) throw new Error('dist/ is older than src/: build the API first (npm run build)');
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'ses-proc-'));
  const chunks: string[] = [];
  const child: ChildProcess = spawn(process.execPath, [MAIN], {
    env: {
      PATH: process.env.PATH,
      DATABASE_URL: databaseUrl,
      SMTP_URL: smtp.url,
      DATA_DIR: dataDir,
      PORT: String(port),
      HOST: '127.0.0.1',
      SEED_DEMO: 'false',
      LOG_LEVEL: 'info',
      PUBLIC_URL: 'http://survey.test',
      WEB_DIST: join(dataDir, 'no-web'),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (c: Buffer) => chunks.push(c.toString()));
  child.stderr!.on('data', (c: Buffer) => chunks.push(c.toString()));
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  void exited.then(() => rmSync(dataDir, { recursive: true, force: true }));
  const url = `http://127.0.0.1:${port}`;
  const output = () => chunks.join('');

  const end = Date.now() + 30_000;
  while (!output().includes('is running at')) {
    if (child.exitCode !== null) throw new Error(`the API exited (${child.exitCode}):\n${output()}`);
    if (Date.now() > end) {
      child.kill('SIGKILL');
      throw new Error(`the API did not start:\n${output()}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }

  return {
    url,
    smtp,
    output,
    async request(method, path, opts = {}) {
      const headers: Record<string, string> = { ...(opts.headers ?? {}) };
      if (opts.token) headers.authorization = `Bearer ${opts.token}`;
      let body: string | Buffer | undefined = opts.payload;
      if (body === undefined && opts.body !== undefined) {
        body = JSON.stringify(opts.body);
        headers['content-type'] ??= 'application/json';
      }
      const res = await fetch(url + path, { method, headers, body });
      const raw = Buffer.from(await res.arrayBuffer());
      const text = raw.toString();
      return {
        statusCode: res.status,
        headers: Object.fromEntries(res.headers),
        body: text,
        rawPayload: raw,
        json: () => JSON.parse(text),
      };
    },
    async kill(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}

export interface ProcessFixture {
  db: Awaited<ReturnType<typeof createTestDatabase>>;
  /** The SMTP server the process sends to; a test that restarts it puts the new one here. */
  smtp: SmtpSink;
  api: ApiProcess;
}

/**
 * For the enclosing describe block: a database of its own, an SMTP sink, and the real server
 * process on them (with `env` on top of the defaults); all three ended after the block.
 */
export function withApiProcess(env: Record<string, string> = {}): ProcessFixture {
  const f = {} as ProcessFixture;
  beforeAll(async () => {
    f.db = await createTestDatabase();
    f.smtp = await new SmtpSink().start();
    f.api = await spawnApi(f.db.url, f.smtp, env);
  });
  afterAll(async () => {
    await f.api?.kill('SIGTERM');
    await f.smtp?.stop();
    await f.db?.drop();
  });
  return f;
}

/** The latest modification time of a non-test source file under `dir`. */
function newest(dir: string): number {
  let latest = 0;
  for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile() || !e.name.endsWith('.ts') || /\.(int-)?spec\.ts$/.test(e.name)) continue;
    latest = Math.max(latest, statSync(join(e.parentPath, e.name)).mtimeMs);
  }
  return latest;
}
