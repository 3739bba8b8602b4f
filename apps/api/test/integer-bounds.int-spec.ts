import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COLUMN_INTEGER_MAX } from '@ses/api-types';
import { startTestApp, type TestApp } from './harness';

/**
 * The bounds of the integers a request may carry, derived from the database: every integer
 * column, by name, caps the integers of the same (camelCase) name in the OpenAPI document,
 * and no request integer is unbounded or wider than the widest column a request can write.
 */
describe('request integers within their columns (integration)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  it('caps every request integer by the column of its name', async () => {
    const columns: { column_name: string; data_type: keyof typeof COLUMN_INTEGER_MAX }[] = await t.db.query(
      `SELECT DISTINCT column_name, data_type FROM information_schema.columns
       WHERE table_schema = 'public' AND data_type IN ('smallint', 'integer', 'bigint')`,
    );
    const limit = new Map<string, number>();
    for (const c of columns) {
      const name = c.column_name.replace(/_(\w)/g, (_, x: string) => x.toUpperCase());
      limit.set(name, Math.min(limit.get(name) ?? Infinity, COLUMN_INTEGER_MAX[c.data_type]));
    }
    expect(limit.get('version')).toBe(COLUMN_INTEGER_MAX.integer);
    expect(limit.get('tier')).toBe(COLUMN_INTEGER_MAX.smallint);

    const doc = (await t.request('GET', '/api/openapi.json')).json();
    const found: string[] = [];
    const problems: string[] = [];
    const walk = (node: unknown, name: string, where: string) => {
      if (!node || typeof node !== 'object') return;
      const n = node as Record<string, unknown>;
      if (n.type === 'integer') {
        found.push(`${where} ${name}`);
        const max = Math.min(limit.get(name) ?? COLUMN_INTEGER_MAX.integer, COLUMN_INTEGER_MAX.integer);
        if (typeof n.maximum !== 'number' || n.maximum > max) problems.push(`${where} ${name}: maximum ${String(n.maximum)} > ${max}`);
        if (typeof n.minimum !== 'number' || n.minimum < -max - 1) problems.push(`${where} ${name}: minimum ${String(n.minimum)}`);
      }
      for (const [k, v] of Object.entries(n)) {
        if (k === 'properties') for (const [p, s] of Object.entries(v as object)) walk(s, p, where);
        else if (typeof v === 'object') walk(v, name, where);
      }
    };
    for (const [path, ops] of Object.entries<Record<string, { requestBody?: unknown; parameters?: { name: string; schema: unknown }[] }>>(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        walk(op.requestBody, '', `${method} ${path}`);
        for (const p of op.parameters ?? []) walk(p.schema, p.name, `${method} ${path}`);
      }
    }
    expect(found.some((f) => f.startsWith('put /api/portal/{token}/answers version'))).toBe(true);
    expect(problems).toEqual([]);
  });
});
