import { createHash } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signup, startTestApp, type TestApp } from '../../../test/harness';
import { createSupplier } from '../../../test/factories';

/** Canonical JSON as the README describes it: object keys sorted at every depth, no spaces. */
function canonical(v: unknown): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  const o = v as Record<string, unknown>;
  return `{${Object.keys(o).sort().map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`).join(',')}}`;
}

/** The offline re-check of an exported chain, written from the README alone. */
function recheck(organizationId: string, rows: string[][]): { valid: boolean; at?: number } {
  let prev = '0'.repeat(64);
  for (const r of rows) {
    const [seq, occurredAt, actorType, actorId, actorLabel, action, entityType, entityId, before, after, prevHash, hash] = r;
    const fields = {
      organizationId, seq: Number(seq), occurredAt, actorType, actorId: actorId || null, actorLabel, action, entityType, entityId,
      before: JSON.parse(before), after: JSON.parse(after),
    };
    const expected = createHash('sha256').update(prev).update(canonical(fields)).digest('hex');
    if (prevHash !== prev || hash !== expected) return { valid: false, at: Number(seq) };
    prev = hash;
  }
  return { valid: true };
}

describe('audit log export (integration)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('exports the chain as CSV with each hash, which re-checks offline, and only the own organisation', async () => {
    const org = await signup(t, 'Audit Export Org');
    const other = await signup(t, 'Other Export Org');
    await createSupplier(t, org.token, { name: '東北精機株式会社' });
    await createSupplier(t, org.token, { name: 'Kyushu Metals' });
    await createSupplier(t, other.token, { name: 'Not Yours KK' });

    const res = await t.request('GET', '/api/audit/export?format=csv&lang=en', { token: org.token });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    const [header, ...rows] = parse(res.body.replace(/^\uFEFF/, '')) as string[][];
    expect(header).toEqual([
      'Sequence (seq)', 'Time (UTC) (occurred_at)', 'Actor type (actor_type)', 'Actor ID (actor_id)', 'Actor (actor_label)', 'Action (action)',
      'Entity type (entity_type)', 'Entity ID (entity_id)', 'Before (before)', 'After (after)', 'Previous hash (prev_hash)', 'Hash (hash)',
    ]);
    const list = (await t.request('GET', '/api/audit?pageSize=200', { token: org.token })).json();
    expect(rows.map((r) => Number(r[0]))).toEqual(list.items.map((e: { seq: number }) => e.seq).reverse());
    expect(rows.map((r) => r[5])).toContain('supplier.create');
    expect(res.body).toContain('東北精機株式会社');
    expect(res.body).not.toContain('Not Yours KK');
    expect(recheck(org.organization.id, rows)).toEqual({ valid: true });

    // An edited cell breaks the chain at that event.
    const tampered = rows.map((r) => [...r]);
    tampered[1][9] = tampered[1][9].replace('Kyushu Metals', 'Kyushu Metal');
    expect(recheck(org.organization.id, tampered)).toEqual({ valid: false, at: Number(tampered[1][0]) });
  });

  it('exports XLSX with Japanese headers and honours the filters', async () => {
    const org = await signup(t, 'Audit Export XLSX');
    await createSupplier(t, org.token, { name: '北陸ケミカル株式会社' });
    const res = await t.request('GET', '/api/audit/export?format=xlsx&lang=ja&action=supplier.', { token: org.token });
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    const cells = (i: number) => (ws.getRow(i).values as unknown[]).slice(1).map(String);
    expect(cells(1).slice(0, 2)).toEqual(['連番 (seq)', '日時（UTC） (occurred_at)']);
    expect(cells(1).slice(-2)).toEqual(['直前のハッシュ (prev_hash)', 'ハッシュ (hash)']);
    expect(ws.rowCount).toBe(2);
    expect(cells(2)[5]).toBe('supplier.create');
    expect(cells(2)[11]).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses an unknown format or language and an anonymous caller', async () => {
    const org = await signup(t, 'Audit Export Bad');
    expect((await t.request('GET', '/api/audit/export?format=pdf', { token: org.token })).statusCode).toBe(400);
    expect((await t.request('GET', '/api/audit/export?lang=fr', { token: org.token })).statusCode).toBe(400);
    expect((await t.request('GET', '/api/audit/export')).statusCode).toBe(401);
  });
});
