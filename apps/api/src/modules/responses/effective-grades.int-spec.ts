import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtinQuestionnaire } from '@ses/questionnaire';
import { type Grade, type GradeResult, benchmarks, effectiveGrades, productTypeAverages as pureAverages } from '@ses/scoring';
import { signup, startTestApp, type TestApp } from '../../../test/harness';
import { answerAndSubmit, createSupplier, launchBuiltinCampaign } from '../../../test/factories';
import { campaignBenchmarks, gradeCounts, productTypeAverages, readEffectiveGrades } from './effective-grades';
import { themeGradesOf } from './theme-grades';

/**
 * The `response_effective_grades` view and the queries over it, held to the pure rules of
 * @ses/scoring (effectiveGrade, benchmarks, productTypeAverages) on the same data.
 */
describe('the grade that counts in SQL (integration)', () => {
  let t: TestApp;
  let buyer: string;
  let campaignId: string;
  const ids: Record<string, string> = {};
  const responses: Record<string, string> = {};
  const [labour, environment] = builtinQuestionnaire.themes.map((th) => th.key);

  beforeAll(async () => {
    t = await startTestApp();
    buyer = (await signup(t, 'Effective Org')).token;
    const suppliers = [['best', 'Chemicals'], ['worst', 'Chemicals'], ['mixed', 'Textiles'], ['silent', 'Textiles']] as const;
    for (const [name, productType] of suppliers) {
      ids[name] = (await createSupplier(t, buyer, { name, productType, contacts: [{ name, email: `${name}@effective.test`, language: 'en' }] })).id;
    }
    const launched = await launchBuiltinCampaign(t, buyer, Object.values(ids), 'Effective');
    campaignId = launched.campaignId;
    for (const [name, pick] of [['best', 'best'], ['worst', 'worst'], ['mixed', 'best']] as const) await answerAndSubmit(t, launched.links[name], pick, builtinQuestionnaire);
    const rows = (await t.request('GET', `/api/campaigns/${campaignId}/responses`, { token: buyer })).json();
    for (const [name, id] of Object.entries(ids)) responses[name] = rows.find((r: { supplierId: string }) => r.supplierId === id).responseId;
    // Rates of every kind for the averages: a theme without a rate (N/A) and uneven figures,
    // written as grading writes them (the explanation and its small copy).
    const [{ result }] = await t.db.query(`SELECT result FROM response_results WHERE response_id = $1`, [responses.mixed]);
    const planted: GradeResult = structuredClone(result);
    planted.themes[labour] = { ...planted.themes[labour], rate: null, grade: 'N/A' };
    planted.themes[environment] = { ...planted.themes[environment], rate: 100 / 3, grade: 'D' };
    await t.db.query(`UPDATE response_results SET result = $2 WHERE response_id = $1`, [responses.mixed, planted]);
    await t.db.query(`UPDATE responses SET theme_grades = $2 WHERE id = $1`, [responses.mixed, themeGradesOf(planted)]);
    // Overrides of a theme and of the overall grade.
    for (const [name, theme, grade] of [['worst', labour, 'C'], ['worst', undefined, 'D'], ['best', environment, 'B'], ['mixed', labour, 'C']] as const) {
      const res = await t.request('POST', `/api/responses/${responses[name]}/override`, { token: buyer, body: { theme, grade, reason: 'Verified on a site visit' } });
      expect(res.statusCode).toBe(201);
    }
  });
  afterAll(() => t.close());

  /** The same data through the pure rules. */
  async function pure() {
    const rows: { id: string; product_type: string; result: GradeResult }[] = await t.db.query(
      `SELECT r.id, s.product_type, x.result FROM responses r JOIN suppliers s ON s.id = r.supplier_id JOIN response_results x ON x.response_id = r.id
       WHERE r.campaign_id = $1 AND r.status = 'submitted'`,
      [campaignId],
    );
    const overrides: { response_id: string; theme: string; grade: Grade }[] = await t.db.query(
      `SELECT response_id, coalesce(theme, '') AS theme, grade FROM response_overrides WHERE withdrawn_at IS NULL`,
    );
    const grades = new Map(
      rows.map((r) => [r.id, effectiveGrades(r.result, Object.fromEntries(overrides.filter((o) => o.response_id === r.id).map((o) => [o.theme, o.grade])))]),
    );
    const inputs = rows.map((r) => ({ productType: r.product_type, result: r.result }));
    return { rows, grades, inputs };
  }

  async function expectSqlToMatchPure() {
    const { rows, grades, inputs } = await pure();
    expect(rows).toHaveLength(3);
    for (const r of rows) expect(await readEffectiveGrades(t.db, r.id)).toEqual(grades.get(r.id));
    expect(await readEffectiveGrades(t.db, responses.silent)).toBeNull();

    const counted: Record<string, number> = {};
    for (const g of grades.values()) {
      counted[`overall:${g.overall.grade}`] = (counted[`overall:${g.overall.grade}`] ?? 0) + 1;
      for (const [key, th] of Object.entries(g.themes)) counted[`${key}:${th.grade}`] = (counted[`${key}:${th.grade}`] ?? 0) + 1;
    }
    const sqlCounts = Object.fromEntries((await gradeCounts(t.db, campaignId)).map((c) => [`${c.theme ?? 'overall'}:${c.grade}`, c.n]));
    expect(sqlCounts).toEqual(counted);

    const expected = benchmarks(inputs);
    const [{ organization_id: org }] = await t.db.query(`SELECT organization_id FROM campaigns WHERE id = $1`, [campaignId]);
    const sql = await campaignBenchmarks(t.db, org, campaignId);
    expect(Object.keys(sql.overall).sort()).toEqual(Object.keys(expected.overall).sort());
    for (const [key, v] of Object.entries(expected.overall)) expect(sql.overall[key]).toBeCloseTo(v, 9);
    expect(Object.keys(sql.byProductType).sort()).toEqual(['Chemicals', 'Textiles']);
    for (const type of ['Chemicals', 'Textiles']) {
      const own = pureAverages(inputs, type);
      const fromSql = await productTypeAverages(t.db, campaignId, type);
      expect(Object.keys(fromSql).sort()).toEqual(Object.keys(own).sort());
      expect(Object.keys(sql.byProductType[type]).sort()).toEqual(Object.keys(own).sort());
      for (const [key, v] of Object.entries(own)) {
        expect(fromSql[key]).toBeCloseTo(v, 9);
        expect(sql.byProductType[type][key]).toBeCloseTo(v, 9);
      }
    }
    // Textiles has one graded response, whose labour theme is N/A: no labour average there.
    expect(sql.byProductType.Textiles[labour]).toBeUndefined();
    return grades;
  }

  it('decides the grade that counts, the distributions and the averages as the pure rules do', async () => {
    const grades = await expectSqlToMatchPure();
    expect(grades.get(responses.worst)!.overall).toEqual({ grade: 'D', computedGrade: 'Z', overridden: true });
    expect(grades.get(responses.worst)!.themes[labour]).toEqual({ grade: 'C', computedGrade: 'Z', overridden: true });
  });

  it('stops counting an override once withdrawn', async () => {
    expect((await t.request('DELETE', `/api/responses/${responses.worst}/override?theme=${labour}`, { token: buyer })).statusCode).toBe(200);
    expect((await t.request('DELETE', `/api/responses/${responses.worst}/override`, { token: buyer })).statusCode).toBe(200);
    const grades = await expectSqlToMatchPure();
    expect(grades.get(responses.worst)!.overall).toEqual({ grade: 'Z', computedGrade: 'Z', overridden: false });
    // Again, so the next test sees overrides of both kinds.
    for (const theme of [labour, undefined]) {
      const grade = theme ? 'C' : 'D';
      expect((await t.request('POST', `/api/responses/${responses.worst}/override`, { token: buyer, body: { theme, grade, reason: 'Verified again on site' } })).statusCode).toBe(201);
    }
    await expectSqlToMatchPure();
  });

  it('serves the grades that count in the responses list, the matrix, the dashboard, the benchmarks and the feedback sheet', async () => {
    const { grades, inputs } = await pure();
    const list = (await t.request('GET', `/api/campaigns/${campaignId}/responses`, { token: buyer })).json();
    const matrix = (await t.request('GET', `/api/campaigns/${campaignId}/matrix`, { token: buyer })).json().items;
    for (const [id, g] of grades) {
      const row = list.find((r: { responseId: string }) => r.responseId === id);
      expect(row.overallGrade).toBe(g.overall.grade);
      expect(row.computedOverallGrade).toBe(g.overall.overridden ? g.overall.computedGrade : undefined);
      for (const [key, th] of Object.entries(g.themes)) {
        expect(row.themes[key].grade).toBe(th.grade);
        expect(row.themes[key].computedGrade).toBe(th.overridden ? th.computedGrade : undefined);
      }
      const m = matrix.find((r: { responseId: string }) => r.responseId === id);
      expect(m.effectiveOverallGrade).toBe(g.overall.grade);
      expect(m.overallGrade).toBe(g.overall.computedGrade);
      expect(m.effectiveThemes).toEqual(Object.fromEntries(Object.entries(g.themes).map(([k, th]) => [k, th.grade])));
      const overridden = [...(g.overall.overridden ? ['overall'] : []), ...Object.keys(g.themes).filter((k) => g.themes[k].overridden)];
      expect([...m.overridden].sort()).toEqual(overridden.sort());
      const sheet = (await t.request('GET', `/api/responses/${id}/feedback?lang=en`, { token: buyer })).json();
      expect(sheet.overall).toMatchObject({ grade: g.overall.grade, computedGrade: g.overall.computedGrade });
      for (const th of sheet.themes) expect(th.grade).toBe(g.themes[th.key]?.grade ?? 'N/A');
    }
    const silent = list.find((r: { responseId: string }) => r.responseId === responses.silent);
    expect(silent).toMatchObject({ overallGrade: null, themes: {} });
    expect(silent).not.toHaveProperty('computedOverallGrade');

    const dashboard = (await t.request('GET', `/api/campaigns/${campaignId}/dashboard`, { token: buyer })).json();
    const overall = { A: 0, B: 0, C: 0, D: 0, Z: 0, 'N/A': 0 } as Record<string, number>;
    for (const g of grades.values()) overall[g.overall.grade]++;
    expect(dashboard.overallDistribution).toEqual(overall);
    expect(dashboard.zCount).toBe(overall.Z);

    const bench = (await t.request('GET', `/api/campaigns/${campaignId}/benchmarks`, { token: buyer })).json();
    const expected = benchmarks(inputs);
    for (const [key, v] of Object.entries(expected.byProductType.Chemicals)) expect(bench.byProductType.Chemicals[key]).toBeCloseTo(v, 9);
  });
});
