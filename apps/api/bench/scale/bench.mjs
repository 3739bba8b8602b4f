// Every page of the scale budget against the database `npm run seed:scale` built:
// `npm run bench:scale -- [--database ses_scale] [--runs 5] [--quick] [--verify] [--zip]`.
//
// The built API runs in a child process on that database; the bench logs in as the seeded
// admin and times each request (median over --runs runs after a warm-up) beside its floor:
// the hand-written SQL the page needs, timed with pg on the same database. Exports are read as
// streams: time to the first byte and to the end. During the largest matrix export the API's
// own event-loop delay (monitorEventLoopDelay inside its process, read over IPC) and its RSS
// (/proc/<pid>/status, sampled every 50 ms) are recorded. --quick seeds a small database
// first (2,000 suppliers, 300,000 answers) and drops it afterwards: a run for CI.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expectStatus, httpClient, main, onCleanup, percentile, pgPool, require, startApi, withClient } from '../support.mjs';
import { SCALE_USER, parseArgs } from './common.mjs';

const { Pool: HttpPool } = require('undici');
const here = dirname(fileURLToPath(import.meta.url));
const args = parseArgs(process.argv.slice(2), { database: 'ses_scale', runs: 5, quick: false, verify: false, zip: false });

main(async () => {
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) throw new Error('DATABASE_URL (the server holding the scale database) is required');
  let name = String(args.database);
  if (args.quick) {
    name = 'ses_scale_quick';
    const seeded = spawnSync(process.execPath, [join(here, 'seed.mjs'), '--suppliers', '2000', '--answers', '300000', '--database', name], { stdio: 'inherit', env: process.env });
    if (seeded.status !== 0) throw new Error('seeding the quick database failed');
    onCleanup(() => withClient(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)));
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  const db = pgPool(databaseUrl, 2);
  const api = await startApi(databaseUrl);
  const http = httpClient(api.port, 2);
  const stream = new HttpPool(`http://127.0.0.1:${api.port}`, { connections: 2 });
  onCleanup(() => stream.close());
  onCleanup(() => http.close());
  const token = expectStatus(await http.request('POST', '/api/auth/login', { body: SCALE_USER }), 200, 'login').json().accessToken;

  // ── what the pages are about ──
  const { rows: [org] } = await db.query(`SELECT organization_id AS id FROM users WHERE email = $1`, [SCALE_USER.email]);
  const { rows: campaigns } = await db.query(
    `SELECT c.id, count(r.*)::int AS n, count(r.*) FILTER (WHERE r.status = 'submitted')::int AS submitted
     FROM campaigns c LEFT JOIN responses r ON r.campaign_id = c.id WHERE c.organization_id = $1 GROUP BY c.id ORDER BY n DESC`,
    [org.id],
  );
  const largest = campaigns[0];
  const tenth = campaigns.reduce((best, c) => (Math.abs(c.n - largest.n / 10) < Math.abs(best.n - largest.n / 10) ? c : best));
  const { rows: [{ id: responseId }] } = await db.query(
    `SELECT entity_id AS id FROM audit_events WHERE organization_id = $1 AND entity_type = 'response' ORDER BY seq DESC LIMIT 1`,
    [org.id],
  );
  const { rows: [supplier] } = await db.query(
    `SELECT s.id, s.name, c.email FROM suppliers s JOIN supplier_contacts c ON c.supplier_id = s.id WHERE s.organization_id = $1 ORDER BY s.code OFFSET 777 LIMIT 1`,
    [org.id],
  );
  const { rows: [{ n: supplierCount }] } = await db.query(`SELECT count(*)::int AS n FROM suppliers WHERE organization_id = $1`, [org.id]);
  const { rows: [{ n: eventCount }] } = await db.query(`SELECT count(*)::int AS n FROM audit_events WHERE organization_id = $1`, [org.id]);
  const nameWord = supplier.name.split(' ')[0];
  console.log(
    `database ${name}: ${supplierCount.toLocaleString('en')} suppliers, campaigns of ${campaigns.map((c) => c.n).join(', ')} responses, ` +
      `${eventCount.toLocaleString('en')} audit events; ${args.runs} runs per page`,
  );

  const auth = { authorization: `Bearer ${token}` };
  /** A GET read as a stream: time to the first byte and to the end. */
  const timedGet = async (path) => {
    const start = performance.now();
    const res = await stream.request({ method: 'GET', path, headers: auth });
    let first = 0;
    let bytes = 0;
    for await (const chunk of res.body) {
      if (!first) first = performance.now() - start;
      bytes += chunk.length;
    }
    if (res.statusCode >= 300) throw new Error(`GET ${path}: HTTP ${res.statusCode}`);
    return { ms: performance.now() - start, firstMs: first, bytes };
  };
  const timedSql = async (sql, params) => {
    const start = performance.now();
    const { rowCount } = await db.query(sql, params);
    return { ms: performance.now() - start, rows: rowCount };
  };
  const median = (xs) => percentile(xs, 50);
  const rows = [];
  async function page(what, path, floor, opts = {}) {
    const runs = opts.runs ?? args.runs;
    for (let i = 0; i < (opts.warmup ?? 1); i++) await timedGet(path);
    const times = [];
    for (let i = 0; i < runs; i++) times.push(await timedGet(path));
    let floorMs = null;
    if (floor) {
      await timedSql(...floor);
      const f = [];
      for (let i = 0; i < runs; i++) f.push((await timedSql(...floor)).ms);
      floorMs = median(f);
    }
    const row = {
      what,
      median: median(times.map((t) => t.ms)),
      first: median(times.map((t) => t.firstMs)),
      floor: floorMs,
      bytes: times[0].bytes,
      note: opts.note ?? '',
    };
    rows.push(row);
    console.log(`  ${what}: ${fmt(row.median)} (first byte ${fmt(row.first)}), floor ${row.floor === null ? '—' : fmt(row.floor)}`);
    return row;
  }

  // ── the floors: the statements each page needs, written by hand ──
  const matrixFloor = (campaignId) => [
    `SELECT s.code, s.name, s.product_type, s.country, s.tier, r.depth, r.status, r.submitted_at, r.overall_rate, r.overall_grade, r.theme_grades,
            (SELECT jsonb_object_agg(coalesce(o.theme, ''), o.grade) FROM response_overrides o WHERE o.response_id = r.id AND o.withdrawn_at IS NULL)
     FROM responses r JOIN suppliers s ON s.id = r.supplier_id WHERE r.campaign_id = $1 AND r.organization_id = $2 ORDER BY s.name, r.id`,
    [campaignId, org.id],
  ];
  const supplierSearchFloor = (q) => [
    `SELECT s.* FROM suppliers s WHERE s.organization_id = $1 AND (s.name ILIKE $2 OR s.code ILIKE $2 OR EXISTS (
       SELECT 1 FROM supplier_contacts c WHERE c.supplier_id = s.id AND (c.email ILIKE $2 OR c.name ILIKE $2))) ORDER BY s.name LIMIT 25`,
    [org.id, `%${q}%`],
  ];

  // ── exports, with the API's event loop and memory during the largest ──
  // Warm up the export code (module loading, JIT) on the smallest campaign first.
  const smallest = campaigns.at(-1);
  for (const format of ['csv', 'xlsx']) await timedGet(`/api/campaigns/${smallest.id}/matrix/export?format=${format}`);
  await api.ask('stats');
  const rss = sampleRss(api.pid);
  await page(`matrix export CSV, ${largest.n.toLocaleString('en')} responses`, `/api/campaigns/${largest.id}/matrix/export?format=csv`, matrixFloor(largest.id), { runs: Math.min(3, args.runs), warmup: 0 });
  const csvStats = { ...(await api.ask('stats')), ...rss.stop() };
  const rssXlsx = sampleRss(api.pid);
  await page(`matrix export XLSX, ${largest.n.toLocaleString('en')} responses`, `/api/campaigns/${largest.id}/matrix/export?format=xlsx`, matrixFloor(largest.id), { runs: 1, warmup: 0 });
  const xlsxStats = { ...(await api.ask('stats')), ...rssXlsx.stop() };
  await page(`matrix export XLSX, ${tenth.n.toLocaleString('en')} responses`, `/api/campaigns/${tenth.id}/matrix/export?format=xlsx`, matrixFloor(tenth.id), { runs: Math.min(3, args.runs) });
  await page(`answers export CSV, ${tenth.n.toLocaleString('en')} responses`, `/api/campaigns/${tenth.id}/answers/export?format=csv`, [
    `SELECT r.id, s.code, s.name, (SELECT jsonb_object_agg(a.question_id, a.value) FROM response_answers a WHERE a.response_id = r.id)
     FROM responses r JOIN suppliers s ON s.id = r.supplier_id WHERE r.campaign_id = $1 ORDER BY s.name, r.id`, [tenth.id],
  ], { runs: Math.min(3, args.runs) });
  const rssSuppliers = sampleRss(api.pid);
  await page(`supplier export CSV, ${supplierCount.toLocaleString('en')} suppliers`, `/api/suppliers/export?format=csv`, [
    `SELECT s.*, (SELECT jsonb_agg(c.*) FROM supplier_contacts c WHERE c.supplier_id = s.id) FROM suppliers s WHERE s.organization_id = $1 ORDER BY s.name, s.id`, [org.id],
  ], { runs: Math.min(3, args.runs), warmup: 0 });
  const supplierStats = { ...(await api.ask('stats')), ...rssSuppliers.stop() };

  // ── console pages ──
  await page('dashboard', `/api/campaigns/${largest.id}/dashboard`, [
    `SELECT r.status, t.key, t.value->>'grade', count(*) FROM responses r LEFT JOIN LATERAL jsonb_each(r.theme_grades) t ON true
     WHERE r.campaign_id = $1 GROUP BY 1, 2, 3`, [largest.id],
  ]);
  await page('benchmarks', `/api/campaigns/${largest.id}/benchmarks`, [
    `SELECT s.product_type, t.key, avg((t.value->>'rate')::float8) FROM responses r JOIN suppliers s ON s.id = r.supplier_id
     CROSS JOIN LATERAL jsonb_each(r.theme_grades) t WHERE r.campaign_id = $1 AND r.status = 'submitted' GROUP BY ROLLUP (t.key, s.product_type)`, [largest.id],
  ]);
  await page('matrix page 1', `/api/campaigns/${largest.id}/matrix?page=1&pageSize=50`, [`${matrixFloor(largest.id)[0]} LIMIT 50`, matrixFloor(largest.id)[1]]);
  await page(`responses list, ${largest.n.toLocaleString('en')} rows`, `/api/campaigns/${largest.id}/responses`, [
    `SELECT r.id, s.id, s.name, s.code, r.status, r.overall_rate, r.overall_grade, r.theme_grades FROM responses r JOIN suppliers s ON s.id = r.supplier_id
     WHERE r.campaign_id = $1 ORDER BY s.name, r.id`, [largest.id],
  ]);
  const auditPage = (offset) => [`SELECT * FROM audit_events WHERE organization_id = $1 ORDER BY seq DESC LIMIT 50 OFFSET ${offset}`, [org.id]];
  await page('audit log page 1', '/api/audit?page=1&pageSize=50', auditPage(0));
  const deep = Math.min(1000, Math.floor(eventCount / 50));
  await page(`audit log page ${deep}`, `/api/audit?page=${deep}&pageSize=50`, auditPage((deep - 1) * 50));
  await page('audit log of one response', `/api/audit?entityType=response&entityId=${responseId}`, [
    `SELECT * FROM audit_events WHERE organization_id = $1 AND entity_type = 'response' AND entity_id = $2 ORDER BY seq DESC LIMIT 25`, [org.id, responseId],
  ]);
  await page('supplier search by name (q=)', `/api/suppliers?q=${encodeURIComponent(nameWord)}`, supplierSearchFloor(nameWord));
  await page('supplier search by contact (q=)', `/api/suppliers?q=${encodeURIComponent(supplier.email)}`, supplierSearchFloor(supplier.email));
  // An audited write: what the chain's head lookup costs every change.
  let flip = 0;
  const writeTimes = [];
  for (let i = 0; i <= args.runs; i++) {
    const start = performance.now();
    expectStatus(await http.request('PATCH', `/api/suppliers/${supplier.id}`, { token, body: { riskLevel: ++flip % 2 ? 'high' : 'low' } }), 200, 'PATCH supplier');
    if (i > 0) writeTimes.push(performance.now() - start);
  }
  const headFloor = [];
  for (let i = 0; i < args.runs; i++) headFloor.push((await timedSql(`SELECT seq, hash FROM audit_events WHERE organization_id = $1 ORDER BY seq DESC LIMIT 1`, [org.id])).ms);
  rows.push({ what: 'audited write (PATCH supplier)', median: median(writeTimes), first: null, floor: median(headFloor), note: 'floor: the chain head by its index' });
  if (args.verify) {
    const start = performance.now();
    const res = expectStatus(await http.request('GET', '/api/audit/verify', { token }), 200, 'verify').json();
    rows.push({ what: `GET /api/audit/verify, ${eventCount.toLocaleString('en')} events`, median: performance.now() - start, first: null, floor: null, note: `valid: ${res.valid}` });
    console.log(`  verify: ${JSON.stringify(res)}`);
  }
  if (args.zip) {
    const small = campaigns.at(-1);
    await page(`feedback PDFs zip, ${small.submitted} sheets`, `/api/campaigns/${small.id}/feedback.zip`, null, { runs: 1, warmup: 0 });
  }

  // ── the table ──
  console.log(`\n| what | median | first byte | floor | ratio |\n|---|---|---|---|---|`);
  for (const r of rows) {
    const ratio = r.floor ? `${(r.median / r.floor).toFixed(1)}×` : '—';
    console.log(`| ${r.what} | ${fmt(r.median)} | ${r.first === null ? '' : fmt(r.first)} | ${r.floor === null ? '—' : fmt(r.floor)} | ${ratio} |${r.note ? ` ${r.note}` : ''}`);
  }
  console.log('\nduring the exports (API process):');
  for (const [what, s] of [[`matrix CSV ×${Math.min(3, args.runs)}, ${largest.n.toLocaleString('en')} rows`, csvStats], [`matrix XLSX, ${largest.n.toLocaleString('en')} rows`, xlsxStats], ['supplier CSV', supplierStats]]) {
    console.log(`  ${what}: event-loop delay p99 ${fmt(s.loopDelayP99Ms)}, max ${fmt(s.loopDelayMaxMs)}; RSS ${s.startMb} → max ${s.maxMb} MB`);
  }
  return true;
});

const fmt = (x) => (x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x < 10 ? x.toFixed(2) : x.toFixed(0)} ms`);

/** The API's resident memory, sampled from /proc every 50 ms until stop(). */
function sampleRss(pid) {
  const read = () => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
  const startMb = read();
  let maxMb = startMb;
  const timer = setInterval(() => (maxMb = Math.max(maxMb, read())), 50);
  return { stop: () => (clearInterval(timer), { startMb: Math.round(startMb), maxMb: Math.round(maxMb) }) };
}
