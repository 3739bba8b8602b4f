// Autosave latency (DESIGN §7: p99 of `PUT /api/portal/:token/answers` under 50 concurrent
// suppliers within 3× of a bare single-row PostgreSQL upsert over the same pool).
//
// 50 suppliers each own a response of an active campaign and save a few answers in a loop
// over HTTP (keep-alive, loopback) against the built API, which runs in a child process with
// its own pool of 20 connections. The floor, measured in the same run against the same
// database: the same 50-way concurrency doing the least durable write an autosave could do,
// one `INSERT … ON CONFLICT DO UPDATE` of one answer row, over a pg Pool of the same size.
// Floor and API rounds alternate, so that drift in the machine (checkpoints, other load)
// falls on both. Run: npm run build && node apps/api/bench/autosave.bench.mjs
// (BENCH_API_PROF=<dir> writes a CPU profile of the API process there.)
import { createHash, randomBytes } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import {
  builtinVersion,
  dist,
  expectStatus,
  httpClient,
  main,
  ms,
  onCleanup,
  percentile,
  interrupted,
  pgPool,
  startApi,
  startDatabase,
} from './support.mjs';

const BUDGET_RATIO = 3;
const SUPPLIERS = 50;
// Per supplier, API and floor each. The API's throughput keeps climbing over its first few
// thousand saves (the JIT, in its process and in the load generator): the budget is about
// the steady state, so the warm-up runs that long (7,500 saves).
const WARMUP_SAVES = 150;
const ROUNDS = 3; // floor, API, floor, API, floor, API
const SAVES_PER_ROUND = 40; // per supplier: 6,000 samples per side in all
// How many answers one save carries (BENCH_ANSWERS_PER_SAVE): the portal debounces ~0.8 s, so
// a save usually carries the one answer just given; 3 is the default, a busier case.
const ANSWERS_PER_SAVE = Number(process.env.BENCH_ANSWERS_PER_SAVE ?? 3);
/** A phase that takes longer than this stops early (its samples still count). */
const PHASE_CAP_MS = 12_000;
// The portal allows 600 requests a minute per client and link: stay well under it.
if (1 + WARMUP_SAVES + ROUNDS * SAVES_PER_ROUND > 400)
  throw new Error('too many requests per link for the rate limit');

main(async () => {
  const started = performance.now();
  const { dataSourceOptions } = dist('database/data-source.js');
  const poolSize = dataSourceOptions('postgres://x@127.0.0.1/x').extra?.max ?? 10;

  const databaseUrl = await startDatabase('autosave');
  const api = await startApi(databaseUrl);
  const pool = pgPool(databaseUrl, poolSize);
  const http = httpClient(api.port, SUPPLIERS);
  onCleanup(() => http.close());

  // ── seed: one organisation, 50 suppliers, an active campaign, 50 responses and links ──
  const version = await builtinVersion(pool);
  const tokens = Array.from({ length: SUPPLIERS }, () => randomBytes(32).toString('base64url'));
  const { responseIds } = await seed(pool, version.id, tokens);

  // ── each supplier opens its link once: the version and the questions it is asked ──
  const suppliers = await Promise.all(
    tokens.map(async (token, i) => {
      const res = expectStatus(
        await http.request('GET', `/api/portal/${token}`),
        200,
        'GET /api/portal/:token',
      );
      const body = res.json();
      return {
        token,
        responseId: responseIds[i],
        version: body.version,
        questions: choosable(body.definition),
        n: i,
      };
    }),
  );
  const questions = suppliers[0].questions;
  if (questions.length < ANSWERS_PER_SAVE)
    throw new Error(`only ${questions.length} core choice questions without conditions`);

  // Each save sends a few answers (first option of choice questions), moving through the
  // questionnaire as a supplier does, with the version the previous save returned.
  let conflicts = 0;
  let errors = 0;
  const apiSave = async (s, k) => {
    const answers = {};
    for (let a = 0; a < ANSWERS_PER_SAVE; a++) {
      const q = questions[(k * ANSWERS_PER_SAVE + a + s.n) % questions.length];
      answers[q.id] = { value: q.options[0].value };
    }
    const res = await http.request('PUT', `/api/portal/${s.token}/answers`, {
      body: { version: s.version, answers },
    });
    const version = res.status === 200 ? res.json().version : undefined;
    if (Number.isInteger(version)) s.version = version;
    else if (res.status === 409) conflicts++;
    else if (errors++ === 0)
      console.error(`PUT answers: HTTP ${res.status} ${res.text().slice(0, 300)}`);
  };
  const floorSave = (s, k) =>
    pool.query(
      `INSERT INTO response_answers (response_id, question_id, value, updated_at) VALUES ($1, $2, $3, now())
       ON CONFLICT (response_id, question_id) DO UPDATE SET value = EXCLUDED.value, updated_at = now()`,
      [s.responseId, 'bench-floor', JSON.stringify(k % 2 ? 'yes' : 'no')],
    );

  await phase(suppliers, WARMUP_SAVES, floorSave);
  await phase(suppliers, WARMUP_SAVES, apiSave);
  const floor = [];
  const app = [];
  // Where the API's time goes: its process's CPU, the machine's, and (BENCH_TRACE_SQL=1)
  // its SQL round trips, over the measured API phases.
  const usage = {
    wallMs: 0,
    apiCpuMs: 0,
    clientCpuMs: 0,
    pgCpuMs: 0,
    machineBusy: 0,
    machineTotal: 0,
    sqlCount: 0,
    sqlMs: 0,
    loopP99: 0,
    loopMax: 0,
  };
  let floorPgMs = 0;
  for (let r = 0; r < ROUNDS; r++) {
    const pg0 = postgresCpuMs();
    floor.push(...(await phase(suppliers, SAVES_PER_ROUND, floorSave)));
    floorPgMs += postgresCpuMs() - pg0;
    const pg1 = postgresCpuMs();
    await api.ask('stats');
    const cpu0 = machineCpu();
    const own0 = process.cpuUsage();
    const t0 = performance.now();
    app.push(...(await phase(suppliers, SAVES_PER_ROUND, apiSave)));
    usage.wallMs += performance.now() - t0;
    const own = process.cpuUsage(own0);
    usage.clientCpuMs += (own.user + own.system) / 1000;
    usage.pgCpuMs += postgresCpuMs() - pg1;
    const cpu1 = machineCpu();
    usage.machineBusy += cpu1.busy - cpu0.busy;
    usage.machineTotal += cpu1.total - cpu0.total;
    const st = await api.ask('stats');
    usage.apiCpuMs += st.cpuMs;
    usage.sqlCount += st.sqlCount;
    usage.sqlMs += st.sqlMs;
    usage.loopP99 = Math.max(usage.loopP99, st.loopDelayP99Ms);
    usage.loopMax = Math.max(usage.loopMax, st.loopDelayMaxMs);
  }

  const f50 = percentile(floor, 50);
  const f99 = percentile(floor, 99);
  const a50 = percentile(app, 50);
  const a99 = percentile(app, 99);
  const ratio = a99 / f99;
  const pass = ratio <= BUDGET_RATIO && conflicts === 0 && errors === 0;
  console.log(
    `autosave: ${SUPPLIERS} concurrent suppliers, ${ANSWERS_PER_SAVE} answers per save, pool ${poolSize}; ` +
      `${version.definition.questions.length}-question built-in questionnaire (core)`,
  );
  console.log(
    `  floor: bare single-row upsert, pg Pool ${poolSize}:  p50 ${ms(f50)}  p99 ${ms(f99)}  (n=${floor.length})`,
  );
  console.log(
    `  PUT /api/portal/:token/answers over HTTP: p50 ${ms(a50)}  p99 ${ms(a99)}  (n=${app.length})`,
  );
  const saves = app.length;
  console.log(
    `  API: ${((saves / usage.wallMs) * 1000).toFixed(0)} saves/s; its process ${(usage.apiCpuMs / saves).toFixed(2)} ms CPU per save ` +
      `(${((usage.apiCpuMs / usage.wallMs) * 100).toFixed(0)}% of a core), the load generator's ${(usage.clientCpuMs / saves).toFixed(2)} ms, ` +
      `PostgreSQL's ${(usage.pgCpuMs / saves).toFixed(2)} ms (floor: ${(floorPgMs / floor.length).toFixed(2)} ms per upsert); machine CPU busy ` +
      (usage.machineTotal
        ? `${((usage.machineBusy / usage.machineTotal) * 100).toFixed(0)}% of ${cpus().length} cores`
        : 'unknown') +
      `; event-loop delay p99 ${ms(usage.loopP99)}, max ${ms(usage.loopMax)}` +
      (usage.sqlCount
        ? `; ${(usage.sqlCount / saves).toFixed(1)} SQL round trips per save, ${(usage.sqlMs / saves).toFixed(1)} ms in them`
        : ''),
  );
  if (conflicts || errors)
    console.log(
      `  ${conflicts} conflict(s) (409), ${errors} other error(s): each supplier owns its response, there should be none`,
    );
  console.log(
    `autosave: p99 ${ms(a99)} (floor p99 ${ms(f99)}, ratio ${ratio.toFixed(2)}×) budget ≤ ${BUDGET_RATIO}× floor: ` +
      `${pass ? 'PASS' : 'FAIL'} (${((performance.now() - started) / 1000).toFixed(0)} s)`,
  );
  return pass;
});

/** Every supplier does `saves` saves, one after the other; the latencies of all, in ms. */
async function phase(suppliers, saves, save) {
  const latencies = [];
  const deadline = performance.now() + PHASE_CAP_MS;
  await Promise.all(
    suppliers.map(async (s) => {
      for (let k = 0; k < saves && performance.now() < deadline && !interrupted; k++) {
        const t0 = performance.now();
        await save(s, k);
        latencies.push(performance.now() - t0);
      }
    }),
  );
  return latencies;
}

/**
 * CPU time of the PostgreSQL server processes on this machine (Linux /proc), in ms: where
 * the statement's own cost shows. Includes anything else those processes do meanwhile.
 */
function postgresCpuMs() {
  let ticks = 0;
  try {
    for (const pid of readdirSync('/proc')) {
      if (!/^\d+$/.test(pid)) continue;
      try {
        const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
        if (!stat.includes('(postgres)')) continue;
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        ticks += Number(fields[11]) + Number(fields[12]); // utime, stime
      } catch {
        // the process ended meanwhile
      }
    }
  } catch {
    return 0;
  }
  return ticks * 10; // USER_HZ is 100 on Linux
}

/** Busy and total jiffies of the whole machine (Linux /proc/stat), for a utilisation figure. */
function machineCpu() {
  try {
    const [, ...fields] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
    const n = fields.map(Number);
    const idle = n[3] + (n[4] ?? 0);
    const total = n.slice(0, 8).reduce((a, b) => a + b, 0);
    return { busy: total - idle, total };
  } catch {
    return { busy: 0, total: 0 };
  }
}

/** Core yes/no and single-choice questions that are always asked (no showIf). */
function choosable(definition) {
  return definition.questions.filter(
    (q) =>
      (q.type === 'yes_no' || q.type === 'single_choice') &&
      !q.showIf &&
      (q.depth ?? 'core') === 'core' &&
      q.options?.length,
  );
}

async function seed(db, versionId, tokens) {
  const c = await db.connect();
  try {
    await c.query('BEGIN');
    const [org] = (
      await c.query(
        `INSERT INTO organizations (name, slug) VALUES ('Autosave bench', $1) RETURNING id`,
        [`bench-${randomBytes(4).toString('hex')}`],
      )
    ).rows;
    const suppliers = (
      await c.query(
        `INSERT INTO suppliers (organization_id, name, code, product_type, country)
         SELECT $1, 'Supplier ' || i, 'S-' || i, 'Electronic components', 'JP' FROM generate_series(1, $2::int) i
         RETURNING id`,
        [org.id, tokens.length],
      )
    ).rows.map((r) => r.id);
    const [campaign] = (
      await c.query(
        `INSERT INTO campaigns (organization_id, name, questionnaire_version_id, status, due_date, thresholds, depth_rule, launched_at)
         VALUES ($1, 'Autosave bench', $2, 'active', current_date + 30, $3, $4, now()) RETURNING id`,
        [org.id, versionId, { A: 80, B: 60, C: 40 }, { highRisk: false, tier1Priority: false }],
      )
    ).rows;
    const responses = (
      await c.query(
        `INSERT INTO responses (organization_id, campaign_id, supplier_id, depth)
         SELECT $1, $2, s, 'core' FROM unnest($3::uuid[]) WITH ORDINALITY AS t(s, n) ORDER BY n
         RETURNING id, supplier_id`,
        [org.id, campaign.id, suppliers],
      )
    ).rows;
    const bySupplier = new Map(responses.map((r) => [r.supplier_id, r.id]));
    const responseIds = suppliers.map((s) => bySupplier.get(s));
    await c.query(
      `INSERT INTO response_tokens (response_id, email, language, token_hash)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::bytea[])`,
      [
        responseIds,
        responseIds.map((_, i) => `contact${i + 1}@supplier.test`),
        responseIds.map(() => 'ja'),
        tokens.map((t) => createHash('sha256').update(t).digest()),
      ],
    );
    await c.query('COMMIT');
    return { responseIds };
  } catch (e) {
    await c.query('ROLLBACK');
    throw e;
  } finally {
    c.release();
  }
}
