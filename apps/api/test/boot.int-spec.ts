import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from 'pg';
import { describe, expect, it } from 'vitest';
import { startEmbeddedPostgres } from '../src/database/embedded-postgres';

const main = resolve(__dirname, '../dist/main.js');

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
