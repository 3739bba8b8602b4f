import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtinQuestionnaire } from '@ses/questionnaire';
import { freePort, startEmbeddedPostgres, type EmbeddedDatabase } from '../../src/database/embedded-postgres';
import { launch } from '../corrective-actions';
import { builtinVersionId, createSupplier } from '../factories';
import { until } from '../outbox';
import { type ApiProcess, spawnApi } from '../process';
import { SmtpSink } from '../smtp-sink';
import { size, timeout } from './scale';

const SUPPLIERS = size(3, 20);
const DOWN_MS = size(1500, 20_000);

/**
 * A PostgreSQL of the test's own (never the shared server), stopped and started again on
 * the same port under suppliers who keep autosaving through a real server process: while
 * it is down every request gets 503 with Retry-After and /api/health fails; once it is
 * back, saves succeed without restarting the API, and no acknowledged answer is lost.
 */
describe('PostgreSQL restarted under autosave (real processes)', () => {
  let dir: string;
  let port: number;
  let pg: EmbeddedDatabase | undefined;
  let smtp: SmtpSink;
  let api: ApiProcess;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'ses-outage-'));
    chmodSync(dir, 0o755);
    port = await freePort();
    pg = await startEmbeddedPostgres(join(dir, 'pg'), undefined, port);
    smtp = await new SmtpSink().start();
    api = await spawnApi(pg.url, smtp);
  }, 120_000);
  afterAll(async () => {
    await api?.kill('SIGTERM');
    await pg?.stop();
    await smtp?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it(
    'answers 503 with Retry-After while it is down, and keeps every acknowledged answer',
    async () => {
      const signup = await api.request('POST', '/api/auth/signup', {
        body: { organizationName: 'Outage Org', name: 'Admin', email: 'outage@example.test', password: 'a long enough passphrase' },
      });
      const token = signup.json().accessToken as string;
      const ids: string[] = [];
      for (let i = 0; i < SUPPLIERS; i++) {
        ids.push((await createSupplier(api as never, token, { contacts: [{ name: `S${i}`, email: `s${i}@supplier.test`, language: 'en' }] })).id);
      }
      const { links } = await launch(api as never, token, await builtinVersionId(api as never, token), ids, 'Outage campaign');
      const question = builtinQuestionnaire.questions.find((q) => q.type === 'number' && q.depth === 'core' && !q.showIf)!;

      // Each supplier saves again and again; what the server acknowledged is remembered.
      const acknowledged = new Map<string, { version: number; value: number }>();
      const seen = new Map<number, number>();
      const retryAfter = new Set<string>();
      let stop = false;
      let n = 0;
      const saver = async (link: string) => {
        let version = (await api.request('GET', `/api/portal/${link}`)).json().version as number;
        let pending: number | null = null;
        while (!stop) {
          pending ??= ++n;
          const res = await api.request('PUT', `/api/portal/${link}/answers`, { body: { version, answers: { [question.id]: { value: pending } } } });
          seen.set(res.statusCode, (seen.get(res.statusCode) ?? 0) + 1);
          if (res.statusCode === 200) {
            version = res.json().version;
            acknowledged.set(link, { version, value: pending });
            pending = null;
          } else if (res.statusCode === 409) {
            // A save cut off by the shutdown may have committed without its answer
            // reaching us: as the portal does, read the current version and save again.
            const current = await api.request('GET', `/api/portal/${link}`);
            if (current.statusCode === 200) version = current.json().version;
          } else {
            // As the portal does: keep the answer queued and send it again after a pause.
            expect(res.statusCode, res.body).toBe(503);
            retryAfter.add(String(res.headers['retry-after']));
          }
          await new Promise((r) => setTimeout(r, res.statusCode === 200 ? 20 : 200));
        }
      };
      const savers = Object.values(links).map(saver);

      await until('saves acknowledged', async () => acknowledged.size === SUPPLIERS);
      await pg!.stop();
      pg = undefined;
      const health = await api.request('GET', '/api/health');
      expect(health.statusCode).toBe(503);
      expect(health.headers['retry-after']).toMatch(/^\d+$/);
      await until('saves refused while the database is down', async () => (seen.get(503) ?? 0) >= SUPPLIERS);
      await new Promise((r) => setTimeout(r, DOWN_MS));

      pg = await startEmbeddedPostgres(join(dir, 'pg'), undefined, port);
      await until('health again', async () => (await api.request('GET', '/api/health')).statusCode === 200, 30_000);
      const okBefore = seen.get(200) ?? 0;
      await until('saves acknowledged again', async () => (seen.get(200) ?? 0) >= okBefore + SUPPLIERS * 2, 30_000);
      stop = true;
      await Promise.all(savers);

      expect(seen.get(503)).toBeGreaterThan(0);
      expect([...seen.keys()].filter((k) => ![200, 409, 503].includes(k))).toEqual([]);
      expect([...retryAfter].every((v) => /^\d+$/.test(v))).toBe(true);
      for (const [link, ack] of acknowledged) {
        const stored = (await api.request('GET', `/api/portal/${link}`)).json();
        expect(stored.version).toBe(ack.version);
        expect(stored.answers[question.id].value).toBe(ack.value);
      }
    },
    timeout(90_000, 300_000),
  );
});
