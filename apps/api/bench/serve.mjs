// The built API for the benchmarks, started by support.mjs#startApi in a child process:
// createApp() from dist/ on the given database, listening on 127.0.0.1 (a free port), told
// to stop over IPC. Not meant to be run by hand.
import { createServer } from 'node:net';
import { join } from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { dist, require } from './support.mjs';

const databaseUrl = process.env.BENCH_DATABASE_URL;
const dataDir = process.env.BENCH_DATA_DIR;
const extra = JSON.parse(process.env.BENCH_ENV || '{}');
/** SQL time when traced (see traceSql). */
const sql = { count: 0, ms: 0 };
let lastCpu = process.cpuUsage();
/** Event-loop delay: how long ready work waited for the loop (GC, long synchronous work). */
const loop = monitorEventLoopDelay({ resolution: 5 });
loop.enable();

// Nothing listens on this port: no benchmark that starts the API this way sends mail, and a
// message that were sent by mistake would fail rather than leave the machine.
const smtpPort = await new Promise((resolve) => {
  const srv = createServer().listen(0, '127.0.0.1', () => {
    const { port } = srv.address();
    srv.close(() => resolve(port));
  });
});

try {
  const { createApp } = dist('app.js');
  const { loadConfig } = dist('config/config.js');
  const config = loadConfig({
    DATABASE_URL: databaseUrl,
    DATA_DIR: dataDir,
    SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
    LOG_LEVEL: 'silent',
    SEED_DEMO: 'false',
    PUBLIC_URL: 'http://survey.test',
    WEB_DIST: join(dataDir, 'no-web'),
    ...extra,
  });
  const app = await createApp({ config, databaseUrl, catcher: null });
  if (process.env.BENCH_TRACE_SQL) traceSql();
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.getHttpServer().address();
  process.send({ type: 'listening', port });

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await app.close();
    process.exit(0);
  };
  process.on('message', (m) => {
    if (m?.type === 'stop') void stop();
    if (m?.type === 'stats') {
      // CPU time of this process and, when traced, its SQL round trips, since the last ask.
      const cpu = process.cpuUsage(lastCpu);
      lastCpu = process.cpuUsage();
      process.send({
        type: 'stats:reply',
        value: {
          cpuMs: (cpu.user + cpu.system) / 1000,
          sqlCount: sql.count,
          sqlMs: sql.ms,
          loopDelayP99Ms: loop.percentile(99) / 1e6,
          loopDelayMaxMs: loop.max / 1e6,
        },
      });
      loop.reset();
      sql.count = 0;
      sql.ms = 0;
    }
  });
  process.on('disconnect', () => void stop()); // the benchmark died: don't linger
} catch (e) {
  process.send?.({ type: 'error', error: e instanceof Error ? e.stack : String(e) });
  process.exit(1);
}

/**
 * Time spent in the API's own SQL (pg client.query, from the call to the rows parsed), when
 * BENCH_TRACE_SQL is set: read and reset over IPC with { type: 'stats' }.
 */
function traceSql() {
  const { Client } = require('pg');
  const original = Client.prototype.query;
  Client.prototype.query = function (...args) {
    // Only the application's own pool (TypeORM, application_name ses-api), not pg-boss's polling.
    if (this.connectionParameters?.application_name !== 'ses-api')
      return original.apply(this, args);
    const start = performance.now();
    const done = () => {
      sql.count++;
      sql.ms += performance.now() - start;
    };
    const last = args.length - 1;
    if (typeof args[last] === 'function') {
      const callback = args[last];
      args[last] = function (...results) {
        done();
        return callback.apply(this, results);
      };
      return original.apply(this, args);
    }
    const result = original.apply(this, args);
    if (result && typeof result.then === 'function') result.then(done, done);
    return result;
  };
}
