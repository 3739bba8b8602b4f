// Review matrix (DESIGN §7: the campaign response matrix for 10,000 suppliers × 8 themes in
// under 300 ms): `GET /api/campaigns/:id/responses` over HTTP against the built API.
//
// One organisation (signed up through the API) with 10,000 suppliers and a campaign in which
// every one has submitted: each response carries a stored result graded by @ses/scoring from
// random answers to the built-in questionnaire. The budget is absolute; the floor, measured in
// the same run, is a hand-written SQL query returning the same rows (supplier id, name,
// status, overall and per-theme rate and grade) with pg directly, and the ratio to it is
// information. With BENCH_TRACE_SQL (set here) the API reports its SQL time per request, so
// the run tells SQL from the rest (rows → objects, JSON serialisation, transfer).
// Run: npm run build && node apps/api/bench/matrix.bench.mjs
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import {
  expectStatus,
  httpClient,
  main,
  ms,
  onCleanup,
  percentile,
  pgPool,
  startApi,
  startDatabase,
  builtinVersion,
} from './support.mjs';

const BUDGET_MS = 300;
const SUPPLIERS = 10_000;
const WARMUP = 4;
const RUNS = 15;
const CHUNK = 1_000; // rows per INSERT … SELECT FROM unnest(…): one array parameter per column
const PRODUCT_TYPES = [
  'Electronic components',
  'Mechanical parts',
  'Cables',
  'Packaging',
  'IT services',
  'Logistics',
];
const COUNTRIES = ['JP', 'JP', 'JP', 'CN', 'VN', 'TH', 'TW', 'KR', 'MY', 'US', null];

// A small seeded PRNG: the same data on every run.
let prngState = 0x5e5b1;
const random = () => {
  prngState = (prngState + 0x6d2b79f5) | 0;
  let t = Math.imul(prngState ^ (prngState >>> 15), 1 | prngState);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = (items) => items[Math.floor(random() * items.length)];

main(async () => {
  const started = performance.now();
  const { grade, DEFAULT_THRESHOLDS } = await import('@ses/scoring');

  const databaseUrl = await startDatabase('matrix');
  process.env.BENCH_TRACE_SQL = '1';
  const api = await startApi(databaseUrl);
  const db = pgPool(databaseUrl, 4);
  const http = httpClient(api.port, 4);
  onCleanup(() => http.close());

  // ── a buyer signs up; its organisation gets the suppliers and the campaign ──
  const signup = expectStatus(
    await http.request('POST', '/api/auth/signup', {
      body: {
        organizationName: 'Matrix bench',
        name: 'Bench buyer',
        email: `buyer-${randomBytes(4).toString('hex')}@bench.test`,
        password: 'a long enough benchmark passphrase',
      },
    }),
    201,
    'POST /api/auth/signup',
  ).json();
  const token = signup.accessToken;
  const organizationId = signup.organization?.id ?? signup.user?.organizationId;
  if (!token || !organizationId)
    throw new Error(
      `signup answered without a token or organisation: ${JSON.stringify(signup).slice(0, 300)}`,
    );

  const version = await builtinVersion(db);
  const definition = version.definition;
  const t0 = performance.now();
  const { campaignId, themeKeys } = await seed(
    db,
    organizationId,
    version.id,
    definition,
    grade,
    DEFAULT_THRESHOLDS,
  );
  const seedSeconds = (performance.now() - t0) / 1000;

  // ── the endpoint over HTTP ──
  const path = `/api/campaigns/${campaignId}/responses`;
  const get = async () => {
    const start = performance.now();
    const res = await http.request('GET', path, { token });
    const elapsed = performance.now() - start;
    expectStatus(res, 200, `GET ${path}`);
    return { elapsed, res };
  };
  let sample;
  for (let i = 0; i < WARMUP; i++) sample = (await get()).res;
  const rows = sample.json();
  if (rows.length !== SUPPLIERS) throw new Error(`expected ${SUPPLIERS} rows, got ${rows.length}`);
  const themesPerRow = Object.keys(rows[0].themes ?? {}).length;
  await api.ask('stats');
  const times = [];
  for (let i = 0; i < RUNS; i++) times.push((await get()).elapsed);
  const stats = await api.ask('stats');

  // ── the floor: the same rows straight from PostgreSQL ──
  // Each theme's rate and grade as plain columns out of the stored theme grades: the least
  // work that returns the same rows.
  const themeColumns = themeKeys
    .map(
      (k, i) =>
        `(x.th #>> '{${k},rate}')::float8 AS t${i}_rate, x.th #>> '{${k},grade}' AS t${i}_grade`,
    )
    .join(',\n              ');
  const floorSql = `
       SELECT s.id, s.name,
              CASE WHEN r.status <> 'submitted' AND c.due_date < current_date THEN 'overdue' ELSE r.status END AS status,
              r.overall_rate, r.overall_grade,
              ${themeColumns}
       FROM responses r JOIN campaigns c ON c.id = r.campaign_id JOIN suppliers s ON s.id = r.supplier_id
       CROSS JOIN LATERAL (SELECT r.theme_grades AS th OFFSET 0) x
       WHERE r.campaign_id = $1 AND r.organization_id = $2
       ORDER BY s.name, s.id`;
  const floorQuery = async () => {
    const start = performance.now();
    const { rows: floorRows } = await db.query(floorSql, [campaignId, organizationId]);
    if (floorRows.length !== SUPPLIERS) throw new Error(`floor: ${floorRows.length} rows`);
    return performance.now() - start;
  };
  for (let i = 0; i < WARMUP; i++) await floorQuery();
  const floorTimes = [];
  for (let i = 0; i < RUNS; i++) floorTimes.push(await floorQuery());

  // ── what the time goes to ──
  const body = sample.raw;
  const parsed = JSON.parse(body.toString('utf8'));
  const s0 = performance.now();
  for (let i = 0; i < 5; i++) JSON.stringify(parsed);
  const stringifyMs = (performance.now() - s0) / 5;

  const median = percentile(times, 50);
  const p95 = percentile(times, 95);
  const floorMedian = percentile(floorTimes, 50);
  const sqlPerRequest = stats.sqlMs / RUNS;
  const pass = median < BUDGET_MS;
  console.log(
    `matrix: ${SUPPLIERS.toLocaleString('en')} suppliers × ${themeKeys.length} themes, all submitted, ${themesPerRow} themes per row; ` +
      `seeded in ${seedSeconds.toFixed(1)} s`,
  );
  console.log(
    `  GET /api/campaigns/:id/responses: median ${ms(median)}, p95 ${ms(p95)}, min ${ms(Math.min(...times))} (${RUNS} runs); ` +
      `${(body.length / 1_048_576).toFixed(2)} MB JSON${sample.headers['content-encoding'] ? ` (${sample.headers['content-encoding']})` : ''}`,
  );
  console.log(
    `  of which in the API: SQL ${ms(sqlPerRequest)} per request (${(stats.sqlCount / RUNS).toFixed(0)} queries), ` +
      `API process CPU ${ms(stats.cpuMs / RUNS)} per request; JSON.stringify of the body alone ${ms(stringifyMs)} (measured here)`,
  );
  console.log(
    `  floor: hand-written SQL, same rows, pg directly: median ${ms(floorMedian)}, p95 ${ms(percentile(floorTimes, 95))}`,
  );
  console.log(
    `matrix: median ${ms(median)} (p95 ${ms(p95)}; floor ${ms(floorMedian)}, ratio ${(median / floorMedian).toFixed(1)}×) ` +
      `budget < ${BUDGET_MS} ms: ${pass ? 'PASS' : 'FAIL'} (${((performance.now() - started) / 1000).toFixed(0)} s)`,
  );
  return pass;
});

/** 10,000 suppliers, an active campaign and one submitted, graded response per supplier. */
async function seed(db, organizationId, versionId, definition, grade, thresholds) {
  const themeKeys = definition.themes.map((t) => t.key);
  const c = await db.connect();
  try {
    await c.query('BEGIN');
    const [campaign] = (
      await c.query(
        `INSERT INTO campaigns (organization_id, name, questionnaire_version_id, status, due_date, thresholds, depth_rule, launched_at)
         VALUES ($1, 'Matrix bench', $2, 'active', current_date + 7, $3, $4, now() - interval '30 days') RETURNING id`,
        [organizationId, versionId, thresholds, { highRisk: true, tier1Priority: false }],
      )
    ).rows;
    for (let from = 0; from < SUPPLIERS; from += CHUNK) {
      const n = Math.min(CHUNK, SUPPLIERS - from);
      const suppliers = Array.from({ length: n }, (_, i) => {
        const k = from + i + 1;
        return {
          name: `${pick(['Acme', 'Nippon', 'Hikari', 'Pacific', 'Sakura', 'Delta', 'Kita', 'Global'])} ${pick(['Parts', 'Industries', 'Electronics', 'Trading', 'Works', 'Packaging'])} ${k}`,
          code: `S-${String(k).padStart(5, '0')}`,
          productType: pick(PRODUCT_TYPES),
          country: pick(COUNTRIES),
          tier: random() < 0.8 ? 1 : 2,
          risk: pick(['low', 'medium', 'medium', 'high']),
        };
      });
      const ids = (
        await c.query(
          `INSERT INTO suppliers (organization_id, name, code, product_type, country, tier, risk_level)
           SELECT $1, * FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::smallint[], $7::text[])
           RETURNING id`,
          [
            organizationId,
            suppliers.map((s) => s.name),
            suppliers.map((s) => s.code),
            suppliers.map((s) => s.productType),
            suppliers.map((s) => s.country),
            suppliers.map((s) => s.tier),
            suppliers.map((s) => s.risk),
          ],
        )
      ).rows.map((r) => r.id);
      const graded = suppliers.map((s) => {
        const depth = s.risk === 'high' ? 'extended' : 'core';
        return {
          depth,
          result: grade(definition, randomAnswers(definition), { depth, thresholds }),
        };
      });
      // The result goes to its own table (response_results), the rest to the response row.
      await c.query(
        `WITH t AS (
           SELECT * FROM unnest($3::uuid[], $4::text[], $5::timestamptz[], $6::jsonb[], $7::text[], $8::float8[])
             AS t(supplier_id, depth, submitted_at, result, grade, rate)),
         r AS (
           INSERT INTO responses (organization_id, campaign_id, supplier_id, depth, status, version, opened_at, submitted_at,
                                  declaration, rules_version, overall_grade, overall_rate, theme_grades)
           SELECT $1, $2, supplier_id, depth, 'submitted', 12, submitted_at - interval '3 days', submitted_at,
                  jsonb_build_object('signerName', 'Bench Signer', 'signerTitle', 'Manager', 'agreed', true, 'signedAt', submitted_at),
                  result->>'rulesVersion', grade, rate,
                  (SELECT jsonb_object_agg(k.key, jsonb_build_object('rate', k.value->'rate', 'grade', k.value->'grade'))
                     FROM jsonb_each(result->'themes') k)
           FROM t
           RETURNING id, supplier_id)
         INSERT INTO response_results (response_id, result) SELECT r.id, t.result FROM r JOIN t USING (supplier_id)`,
        [
          organizationId,
          campaign.id,
          ids,
          graded.map((g) => g.depth),
          graded.map(() => new Date(Date.now() - Math.floor(random() * 20 * 86_400_000))),
          graded.map((g) => JSON.stringify(g.result)),
          graded.map((g) => g.result.overall.grade),
          graded.map((g) => g.result.overall.rate),
        ],
      );
    }
    await c.query('COMMIT');
    await c.query('VACUUM ANALYZE suppliers, responses, response_results, campaigns');
    return { campaignId: campaign.id, themeKeys };
  } catch (e) {
    await c.query('ROLLBACK').catch(() => {});
    throw e;
  } finally {
    c.release();
  }
}

/** One supplier's answers: mostly good, some gaps, a few left out (so results lose points). */
function randomAnswers(definition) {
  const answers = {};
  for (const q of definition.questions) {
    if (random() < 0.05) continue;
    const options = q.options ?? [];
    let value;
    if (q.type === 'yes_no' || q.type === 'single_choice')
      value = options[Math.floor(random() ** 1.6 * options.length)]?.value;
    else if (q.type === 'multi_choice')
      value = options.filter(() => random() < 0.5).map((o) => o.value);
    else if (q.type === 'number') value = Math.floor(random() * 1000);
    else if (q.type === 'date') value = '2026-04-01';
    else if (q.type === 'file') value = ['00000000-0000-4000-8000-000000000000'];
    else value = 'We review this every year.';
    if (value !== undefined && !(Array.isArray(value) && value.length === 0))
      answers[q.id] = { value };
  }
  return answers;
}
