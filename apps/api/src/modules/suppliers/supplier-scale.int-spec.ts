import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signup, startTestApp, type TestApp } from '../../../test/harness';
import { builtinVersionId, inDays } from '../../../test/factories';
import { applySupplierFilters } from './supplier-filters';
import { SupplierEntity } from './supplier.entity';

const FAMILY = ['山田', '佐藤', '鈴木', '高橋', '田中'];
const SUPPLIERS = 70_000;

/** Node types and index names of a plan, depth first. */
function nodes(plan: Record<string, unknown>): { type: string; relation?: string; index?: string }[] {
  const own = { type: plan['Node Type'] as string, relation: plan['Relation Name'] as string | undefined, index: plan['Index Name'] as string | undefined };
  return [own, ...((plan.Plans as Record<string, unknown>[] | undefined) ?? []).flatMap(nodes)];
}

describe('suppliers at scale (integration)', () => {
  let t: TestApp;
  let token: string;
  let orgId: string;
  beforeAll(async () => {
    t = await startTestApp();
    const org = await signup(t, 'Large Register Org');
    token = org.token;
    orgId = org.organization.id;
    // Half Japanese, half Latin names; one contact each.
    await t.db.query(
      `INSERT INTO suppliers (organization_id, name, code, product_type, country)
       SELECT $1,
         CASE WHEN g % 2 = 0 THEN '株式会社' || ($2::text[])[g % 5 + 1] || '製作所 第' || g || '工場' ELSE 'Acme Supply ' || md5(g::text) END,
         'V-' || lpad(g::text, 6, '0'), 'Electronic components', 'JP'
       FROM generate_series(1, $3::int) AS g`,
      [orgId, FAMILY, SUPPLIERS],
    );
    await t.db.query(
      `INSERT INTO supplier_contacts (supplier_id, name, email, language)
       SELECT id, CASE WHEN name LIKE '株式会社%' THEN ($2::text[])[right(code, 2)::int % 5 + 1] || ' 花子' ELSE 'Contact of ' || code END,
         lower(replace(code, '-', '')) || '@vendor' || (right(code, 3)::int % 50) || '.example', 'ja'
       FROM suppliers WHERE organization_id = $1`,
      [orgId, FAMILY],
    );
    await t.db.query(`ANALYZE suppliers`);
    await t.db.query(`ANALYZE supplier_contacts`);
  }, 120_000);
  afterAll(() => t.close());

  it(`exports all ${SUPPLIERS.toLocaleString('en')} suppliers (no statement with a parameter per id)`, async () => {
    const res = await t.request('GET', '/api/suppliers/export?format=csv', { token });
    expect(res.statusCode).toBe(200);
    const lines = res.body.trim().split(/\r?\n/);
    expect(lines).toHaveLength(SUPPLIERS + 1);
    expect(lines.filter((l) => l.includes('V-000002,')).length).toBe(1);
    expect(res.body).toContain('v000002@vendor2.example');
  }, 120_000);

  it(`takes all ${SUPPLIERS.toLocaleString('en')} suppliers into a campaign by filter`, async () => {
    const res = await t.request('POST', '/api/campaigns', {
      token,
      body: { name: 'Everyone', questionnaireVersionId: await builtinVersionId(t, token), supplierFilter: { productType: 'Electronic components' }, dueDate: inDays(30) },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().supplierCount).toBe(SUPPLIERS);
  }, 120_000);

  const search = async (q: string) => {
    const res = await t.request('GET', `/api/suppliers?q=${encodeURIComponent(q)}&pageSize=200`, { token });
    expect(res.statusCode).toBe(200);
    return res.json() as { total: number; items: { code: string; name: string }[] };
  };

  it('finds suppliers by part of a Japanese or Latin name, a code or a contact e-mail', async () => {
    expect((await search('第12346工場')).items.map((s) => s.code)).toEqual(['V-012346']);
    expect((await search('佐藤製作所')).total).toBe(SUPPLIERS / 2 / 5);
    expect((await search('ACME SUPPLY ' + '')).total).toBe(SUPPLIERS / 2);
    expect((await search('v-069999')).items.map((s) => s.code)).toEqual(['V-069999']);
    expect((await search('v000123@VENDOR')).items.map((s) => s.code)).toEqual(['V-000123']);
    expect((await search('contact of V-00001')).total).toBe(5);
    // Under three characters there is no trigram: still answered, by a scan.
    expect((await search('山田')).total).toBe(SUPPLIERS / 2 / 5);
    expect((await search('%')).total).toBe(0);
  });

  it('answers a search of three characters or more from the trigram indexes, Japanese included', async () => {
    for (const q of ['第12346工場', '高橋製作所 第1234', 'V-06999', 'v000123@vendor', 'acme supply 1f0e']) {
      const qb = t.db.getRepository(SupplierEntity).createQueryBuilder('s').where('s.organization_id = :orgId', { orgId });
      applySupplierFilters(qb, { q, status: 'active' });
      const [sql, params] = qb.orderBy('s.name').limit(50).getQueryAndParameters();
      const [row] = await t.db.query(`EXPLAIN (FORMAT JSON) ${sql}`, params);
      const plan = nodes(row['QUERY PLAN'][0].Plan);
      expect(plan.filter((n) => n.type === 'Seq Scan').map((n) => n.relation), q).toEqual([]);
      expect(plan.some((n) => n.index?.endsWith('_trgm_idx')), q).toBe(true);
    }
  });
});
