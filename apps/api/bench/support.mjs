// Shared by the API benchmarks: a throw-away database (DATABASE_URL or the embedded
// PostgreSQL), the built API in a child process on loopback, a keep-alive HTTP client,
// percentiles, and cleanup that runs however the benchmark ends.
// Everything runs against the built code (apps/api/dist): `npm run build` first.
import { fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const apiRoot = join(here, '..');
export const require = createRequire(join(apiRoot, 'package.json'));

/** A module of the built API, with a clear message when it has not been built. */
export function dist(path) {
  const file = join(apiRoot, 'dist', path);
  if (!existsSync(file)) {
    console.error(`${file} not found: build first (npm run build)`);
    process.exit(1);
  }
  return require(file);
}

export const pg = require('pg');
const { Pool } = require('undici');

// ── cleanup ─────────────────────────────────────────────────────────────────────────────
const cleanups = [];
/** Registers a cleanup step; they run last-in first-out, once, on exit, error or signal. */
export function onCleanup(fn) {
  cleanups.push(fn);
}
/** True once a signal has asked the benchmark to stop: errors after that are expected. */
export let interrupted = false;
let cleaning;
export function cleanup() {
  cleaning ??= (async () => {
    while (cleanups.length) {
      const fn = cleanups.pop();
      try {
        await fn();
      } catch (e) {
        if (!interrupted) console.error('cleanup:', e instanceof Error ? e.message : e);
      }
    }
  })();
  return cleaning;
}
/** Cleans up, then exits with `code`; a second call only waits for the first. */
function cleanupAndExit(code) {
  void cleanup().finally(() => process.exit(code));
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  // Ctrl-C reaches this process both from the terminal and from scripts/bench.mjs: the first
  // signal starts the cleanup, later ones wait for it (each step is bounded).
  process.on(signal, () => {
    if (interrupted) return;
    interrupted = true;
    if (cleanups.length) console.error(`\n${signal}: cleaning up`);
    cleanupAndExit(130);
  });
}
// Whatever goes wrong (a connection dropped while stopping, a bug), the database and the
// temporary files go away before the process does.
for (const event of ['uncaughtException', 'unhandledRejection']) {
  process.on(event, (e) => {
    if (!interrupted && !cleaning) console.error(e instanceof Error ? e.stack : e);
    cleanupAndExit(interrupted ? 130 : 1);
  });
}

/** Resolves with `promise`, or after `ms` whatever happens to it (for cleanup steps). */
export function atMost(ms, promise) {
  let timer;
  return Promise.race([
    promise,
    new Promise((resolve) => (timer = setTimeout(resolve, ms))),
  ]).finally(() => clearTimeout(timer));
}

/**
 * Runs a benchmark's main function: cleans up afterwards and exits 0 when it returns true
 * (budget met), 1 when it returns false or throws.
 */
export function main(fn) {
  fn().then(
    (pass) => cleanupAndExit(interrupted ? 130 : pass ? 0 : 1),
    (e) => {
      if (!interrupted) console.error(e instanceof Error ? e.stack : e);
      cleanupAndExit(interrupted ? 130 : 1);
    },
  );
}

/** A pg Pool whose idle connections may drop (the server stopping) without crashing us. */
export function pgPool(connectionString, max) {
  const p = new pg.Pool({ connectionString, max });
  p.on('error', (e) => {
    if (!interrupted && !cleaning) console.error('pg pool:', e.message);
  });
  onCleanup(() => atMost(5_000, p.end()));
  return p;
}

// ── database ────────────────────────────────────────────────────────────────────────────
/**
 * A fresh, migrated database: a new database on DATABASE_URL's server (dropped afterwards),
 * else the embedded PostgreSQL in a temporary directory (stopped and removed afterwards).
 */
export async function startDatabase(tag) {
  const { migrate } = dist('database/data-source.js');
  let url;
  const adminUrl = process.env.DATABASE_URL;
  if (adminUrl) {
    const name = `ses_bench_${tag}_${randomBytes(4).toString('hex')}`;
    await withClient(adminUrl, (c) => c.query(`CREATE DATABASE ${name}`));
    onCleanup(() =>
      withClient(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)),
    );
    const u = new URL(adminUrl);
    u.pathname = `/${name}`;
    url = u.toString();
  } else {
    const { startEmbeddedPostgres } = dist('database/embedded-postgres.js');
    const dir = mkdtempSync(join(tmpdir(), `ses-bench-${tag}-`));
    // The process may run as root, and the embedded server then runs as `postgres`.
    chmodSync(dir, 0o755);
    onCleanup(() => rmSync(dir, { recursive: true, force: true }));
    const embedded = await startEmbeddedPostgres(join(dir, 'pg'));
    // A server already stopped by the same Ctrl-C never reports its exit: don't wait forever.
    onCleanup(() => atMost(15_000, embedded.stop()));
    url = embedded.url;
  }
  await migrate(url);
  return url;
}

export async function withClient(url, fn) {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

// ── the API in a child process ──────────────────────────────────────────────────────────
/**
 * Starts the built API (createApp + listen on 127.0.0.1, a free port) in a child process, so
 * that the load generator does not share its event loop. Resolves to { port, pid, stop, ask }.
 */
export async function startApi(databaseUrl, env = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'ses-bench-app-'));
  onCleanup(() => rmSync(dataDir, { recursive: true, force: true }));
  const child = fork(join(here, 'serve.mjs'), [], {
    env: {
      ...process.env,
      BENCH_DATABASE_URL: databaseUrl,
      BENCH_DATA_DIR: dataDir,
      BENCH_ENV: JSON.stringify(env),
    },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    // BENCH_API_PROF=<dir>: a CPU profile of the API process, to see where a request's time goes.
    execArgv: process.env.BENCH_API_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_API_PROF}`] : [],
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.send({ type: 'stop' });
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    await exited;
    clearTimeout(timer);
  };
  onCleanup(stop);
  const port = await new Promise((resolve, reject) => {
    child.once('message', (m) =>
      m?.type === 'listening'
        ? resolve(m.port)
        : reject(new Error(m?.error ?? 'API failed to start')),
    );
    child.once('exit', (code) =>
      reject(new Error(`the API exited with code ${code} before listening`)),
    );
  });
  const ask = (type) =>
    new Promise((resolve) => {
      const onMessage = (m) => {
        if (m?.type === `${type}:reply`) {
          child.off('message', onMessage);
          resolve(m.value);
        }
      };
      child.on('message', onMessage);
      child.send({ type });
    });
  return { port, pid: child.pid, stop, ask };
}

// ── HTTP ────────────────────────────────────────────────────────────────────────────────
/**
 * A keep-alive HTTP/1.1 client for one loopback port: an undici Pool, which leaves more of
 * the shared cores to the API than node:http's client (0.12–0.17 ms of CPU per autosave
 * request against 0.20–0.23 ms on the 2-core machine of the budgets).
 */
export function httpClient(port, connections = 64) {
  const pool = new Pool(`http://127.0.0.1:${port}`, { connections, pipelining: 1 });
  const request = async (method, path, { body, token, headers = {} } = {}) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const res = await pool.request({
      method,
      path,
      headers: {
        accept: 'application/json',
        ...(payload ? { 'content-type': 'application/json' } : {}),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
        ...headers,
      },
      body: payload,
    });
    const raw = Buffer.from(await res.body.arrayBuffer());
    return {
      status: res.statusCode,
      headers: res.headers,
      raw,
      text: () => raw.toString('utf8'),
      json: () => JSON.parse(raw.toString('utf8')),
    };
  };
  return { request, close: () => pool.close() };
}

/** Throws with the response body unless the status is the expected one. */
export function expectStatus(res, status, what) {
  if (res.status !== status)
    throw new Error(`${what}: HTTP ${res.status} ${res.text().slice(0, 500)}`);
  return res;
}

// ── figures ─────────────────────────────────────────────────────────────────────────────
/** The p-th percentile (0–100) of numbers, nearest-rank. */
export function percentile(values, p) {
  const sorted = Float64Array.from(values).sort();
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

export const ms = (x) => `${x < 10 ? x.toFixed(2) : x.toFixed(1)} ms`;

/** The built-in questionnaire's latest published version (synced by the API at start). */
export async function builtinVersion(db) {
  const { rows } = await db.query(
    `SELECT v.id, v.definition FROM questionnaire_versions v JOIN questionnaires q ON q.id = v.questionnaire_id
     WHERE q.organization_id IS NULL AND v.status = 'published' ORDER BY v.version DESC LIMIT 1`,
  );
  if (!rows[0])
    throw new Error(
      'no built-in questionnaire version in the database: did the API sync it at start?',
    );
  return rows[0];
}
