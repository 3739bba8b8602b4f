// The scale database: `npm run seed:scale -- --suppliers 100000 --answers 15000000`.
//
// Builds a new database (default `ses_scale`) on DATABASE_URL's server, migrated by the built
// API, with rows as the product writes them: one organisation signed up through the API,
// suppliers with contacts, ten campaigns (the largest with as many responses as there are
// suppliers), answers to the built-in questionnaire, results graded by @ses/scoring's grade(),
// link tokens stored as SHA-256, and audit events chained by the audit module's own hash
// function. Bulk rows come from INSERT … SELECT over generate_series and small profile tables,
// and the audit chain through COPY. Run: npm run build && npm run seed:scale -- [options]
//   --suppliers N   (default 100000)   --answers N (default 15000000)
//   --database NAME (default ses_scale; dropped and created again)
//   --audit-events N (default answers / 7)
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { performance } from 'node:perf_hooks';
import { dist, expectStatus, httpClient, pg, require, startApi, withClient, cleanup } from '../support.mjs';
import { SCALE_ORG, SCALE_USER, parseArgs } from './common.mjs';

const { from: copyFrom } = require('pg-copy-streams');
const PROFILES = 256; // distinct graded answer sets; each response takes one by a hash of its ids
const CAMPAIGN_WEIGHTS = [1, 0.5, 0.3, 0.2, 0.15, 0.1, 0.1, 0.05, 0.05, 0.05];

let prngState = 0x5ca1e;
const random = () => {
  prngState = (prngState + 0x6d2b79f5) | 0;
  let t = Math.imul(prngState ^ (prngState >>> 15), 1 | prngState);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};

const args = parseArgs(process.argv.slice(2), { suppliers: 100_000, answers: 15_000_000, database: 'ses_scale', 'audit-events': 0 });
const started = performance.now();
const step = (what) => console.log(`${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s  ${what}`);


async function seed() {
  const adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) throw new Error('DATABASE_URL (a server to create the scale database on) is required');
  const name = String(args.database);
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name) || /template|^postgres$/.test(name)) throw new Error(`refusing database name "${name}"`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  await withClient(adminUrl, async (c) => {
    await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await c.query(`CREATE DATABASE ${name}`);
  });
  await dist('database/data-source.js').migrate(databaseUrl);
  step(`database ${name} created and migrated`);

  // The organisation and its admin, through the API (which also installs the built-in questionnaire).
  const api = await startApi(databaseUrl);
  const http = httpClient(api.port, 2);
  const signup = expectStatus(
    await http.request('POST', '/api/auth/signup', { body: { organizationName: SCALE_ORG, name: 'Scale admin', email: SCALE_USER.email, password: SCALE_USER.password } }),
    201,
    'signup',
  ).json();
  await http.close();
  await api.stop();
  const organizationId = signup.organization?.id ?? signup.user?.organizationId;
  step('organisation signed up through the API');

  const db = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  try {
    const { grade, DEFAULT_THRESHOLDS } = await import('@ses/scoring');
    const { isAsked } = await import('@ses/questionnaire');
    const { rows: [version] } = await db.query(
      `SELECT v.id, v.definition FROM questionnaire_versions v JOIN questionnaires q ON q.id = v.questionnaire_id
       WHERE q.organization_id IS NULL AND v.status = 'published' ORDER BY v.version DESC LIMIT 1`,
    );
    const suppliers = Number(args.suppliers);
    await seedSuppliers(db, organizationId, suppliers);
    step(`${suppliers.toLocaleString('en')} suppliers with contacts`);

    const profiles = buildProfiles(version.definition, grade, DEFAULT_THRESHOLDS, isAsked);
    await loadProfiles(db, profiles);
    const perResponse = profiles.reduce((s, p) => s + Object.keys(p.answers).length, 0) / profiles.length;
    // 80% of responses carry answers (submitted or in progress).
    const responsesNeeded = Number(args.answers) / (perResponse * 0.8);
    // The largest campaign asks every supplier; the other nine share what the answers leave.
    const largest = Math.min(suppliers, Math.round(responsesNeeded));
    const rest = Math.max(9, responsesNeeded - largest);
    const restWeights = CAMPAIGN_WEIGHTS.slice(1);
    const restSum = restWeights.reduce((a, b) => a + b, 0);
    const sizes = [largest, ...restWeights.map((w) => Math.max(1, Math.min(suppliers, Math.round((w / restSum) * rest))))];
    step(`${PROFILES} answer profiles graded by grade() (${perResponse.toFixed(0)} answers each on average); campaigns of ${sizes.join(', ')}`);

    let answers = 0;
    const campaigns = [];
    for (const [i, size] of sizes.entries()) {
      const c = await seedCampaign(db, organizationId, version.id, DEFAULT_THRESHOLDS, i, size);
      answers += c.answers;
      campaigns.push({ id: c.id, size });
      step(`campaign ${i + 1}: ${size.toLocaleString('en')} responses, ${c.answers.toLocaleString('en')} answers`);
    }
    const events = await seedAudit(db, organizationId, Number(args['audit-events']) || Math.round(Number(args.answers) / 7));
    step(`${events.toLocaleString('en')} audit events, chained`);
    await db.query('VACUUM ANALYZE');
    step(`analyzed: ${answers.toLocaleString('en')} answers in all`);
  } finally {
    await db.end();
  }
}

async function seedSuppliers(db, organizationId, n) {
  // Names in Japanese and Latin script, codes, facets; one contact each, a second for a third of them.
  await db.query(
    `INSERT INTO suppliers (organization_id, name, code, product_type, country, tier, risk_level, tags, created_at, updated_at)
     SELECT $1,
            CASE WHEN g % 3 = 0
              THEN (ARRAY['Acme','Nippon','Hikari','Pacific','Sakura','Delta','Kita','Global'])[1 + g % 8] || ' ' ||
                   (ARRAY['Parts','Industries','Electronics','Trading','Works','Packaging'])[1 + (g / 8) % 6] || ' ' || g
              ELSE '株式会社' || (ARRAY['山田','佐藤','高橋','田中','伊藤','渡辺','中村','小林','加藤','吉田'])[1 + g % 10] ||
                   (ARRAY['製作所','工業','電機','商事','化学','精工','物産'])[1 + (g / 10) % 7] || ' ' || g END,
            'S-' || lpad(g::text, 6, '0'),
            (ARRAY['Electronic components','Mechanical parts','Cables','Packaging','IT services','Logistics','Chemicals','Textiles'])[1 + (g * 7) % 8],
            (ARRAY['JP','JP','JP','CN','VN','TH','TW','KR','MY','US'])[1 + (g * 3) % 10],
            CASE WHEN g % 5 = 0 THEN 2 ELSE 1 END,
            (ARRAY['low','medium','medium','high'])[1 + (g * 11) % 4],
            CASE WHEN g % 4 = 0 THEN ARRAY['priority'] ELSE '{}' END,
            now() - make_interval(days => 400 - g % 400), now() - make_interval(days => 400 - g % 400)
     FROM generate_series(1, $2) g`,
    [organizationId, n],
  );
  await db.query(
    `INSERT INTO supplier_contacts (supplier_id, name, email, language, position)
     SELECT s.id, CASE WHEN k = 0 THEN '担当 ' ELSE 'Contact ' END || substr(s.code, 3),
            lower(substr(s.code, 3)) || '.' || k || '@supplier' || (substr(s.code, 3)::int % 997) || '.example.com',
            CASE WHEN s.country = 'JP' THEN 'ja' ELSE 'en' END, k
     FROM suppliers s CROSS JOIN generate_series(0, 1) k
     WHERE s.organization_id = $1 AND (k = 0 OR substr(s.code, 3)::int % 3 = 0)`,
    [organizationId],
  );
}

/** Answer sets as a supplier gives them (only questions asked at the depth), each graded once. */
function buildProfiles(definition, grade, thresholds, isAsked) {
  const out = [];
  for (let k = 0; k < PROFILES; k++) {
    const depth = k % 4 === 0 ? 'extended' : 'core';
    const answers = {};
    for (const q of definition.questions) {
      if (!isAsked(q, depth, answers, definition) || random() < 0.04) continue;
      const options = q.options ?? [];
      let value;
      if (q.type === 'yes_no' || q.type === 'single_choice') value = options[Math.floor(random() ** 1.6 * options.length)]?.value;
      else if (q.type === 'multi_choice') value = options.filter(() => random() < 0.5).map((o) => o.value);
      else if (q.type === 'number') value = Math.floor(random() * 1000);
      else if (q.type === 'date') value = '2026-04-01';
      else if (q.type === 'file') value = ['00000000-0000-4000-8000-000000000000'];
      else value = 'We review this every year.';
      if (value !== undefined && !(Array.isArray(value) && value.length === 0)) answers[q.id] = { value };
    }
    out.push({ k, depth, answers, result: grade(definition, answers, { depth, thresholds }) });
  }
  return out;
}

async function loadProfiles(db, profiles) {
  await db.query(`CREATE TABLE IF NOT EXISTS scale_profiles (k int PRIMARY KEY, depth text, result jsonb, grade text, rate float8, theme_grades jsonb)`);
  await db.query(`CREATE TABLE IF NOT EXISTS scale_profile_answers (k int, question_id text, value jsonb, PRIMARY KEY (k, question_id))`);
  for (const p of profiles) {
    const themes = Object.fromEntries(Object.entries(p.result.themes).map(([key, t]) => [key, { rate: t.rate, grade: t.grade }]));
    await db.query(`INSERT INTO scale_profiles VALUES ($1, $2, $3, $4, $5, $6)`, [p.k, p.depth, JSON.stringify(p.result), p.result.overall.grade, p.result.overall.rate, JSON.stringify(themes)]);
    const ids = Object.keys(p.answers);
    await db.query(`INSERT INTO scale_profile_answers SELECT $1, * FROM unnest($2::text[], $3::jsonb[])`, [p.k, ids, ids.map((id) => JSON.stringify(p.answers[id].value))]);
  }
}

/** The profile of a response: the same expression wherever rows of one response are made. */
const PROFILE_OF = (supplier, campaign) => `(abs(hashtext(${supplier}::text || ${campaign}::text)) % ${PROFILES})`;

async function seedCampaign(db, organizationId, versionId, thresholds, i, size) {
  const closed = i >= 5;
  const { rows: [c] } = await db.query(
    `INSERT INTO campaigns (organization_id, name, questionnaire_version_id, status, due_date, thresholds, depth_rule, launched_at, closed_at, created_at)
     VALUES ($1, $2, $3, $4, current_date + ($5::int * 30 - 120), $6, $7, now() - make_interval(days => 160 - $5::int * 15),
             CASE WHEN $4 = 'closed' THEN now() - interval '5 days' END, now() - make_interval(days => 170 - $5::int * 15)) RETURNING id`,
    [organizationId, `${2017 + i}年度 サステナビリティ調査 ${i + 1}`, versionId, closed ? 'closed' : 'active', i, thresholds, { highRisk: true, tier1Priority: false }],
  );
  const profile = PROFILE_OF('s.id', '$2::uuid');
  // Statuses by a hash of the supplier: 70% submitted, 10% in progress, 10% opened, 10% invited.
  await db.query(
    `INSERT INTO responses (organization_id, campaign_id, supplier_id, depth, status, version, opened_at, submitted_at,
                            declaration, rules_version, overall_grade, overall_rate, theme_grades, created_at, updated_at)
     SELECT $1, $2, s.id, p.depth, st.status,
            CASE WHEN st.status IN ('submitted', 'in_progress') THEN 8 ELSE 0 END,
            CASE WHEN st.status <> 'invited' THEN c.launched_at + interval '2 days' END,
            CASE WHEN st.status = 'submitted' THEN c.launched_at + make_interval(days => 3 + abs(hashtext(s.id::text)) % 40) END,
            CASE WHEN st.status = 'submitted' THEN jsonb_build_object('signerName', '署名者 ' || s.code, 'signerTitle', '代表取締役', 'agreed', true,
                                                  'signedAt', to_char(c.launched_at + interval '3 days', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')) END,
            CASE WHEN st.status = 'submitted' THEN p.result->>'rulesVersion' END,
            CASE WHEN st.status = 'submitted' THEN p.grade END,
            CASE WHEN st.status = 'submitted' THEN p.rate END,
            CASE WHEN st.status = 'submitted' THEN p.theme_grades END,
            c.launched_at, c.launched_at + interval '3 days'
     FROM (SELECT id, code FROM suppliers WHERE organization_id = $1 ORDER BY code LIMIT $3) s
     CROSS JOIN campaigns c
     JOIN scale_profiles p ON p.k = ${profile}
     CROSS JOIN LATERAL (SELECT CASE WHEN abs(hashtext(s.id::text || 'st')) % 10 < 7 THEN 'submitted'
                                     WHEN abs(hashtext(s.id::text || 'st')) % 10 = 7 THEN 'in_progress'
                                     WHEN abs(hashtext(s.id::text || 'st')) % 10 = 8 THEN 'opened' ELSE 'invited' END AS status) st
     WHERE c.id = $2`,
    [organizationId, c.id, size],
  );
  // The grading result sits in its own table, out of the rows list pages read.
  await db.query(
    `INSERT INTO response_results (response_id, result)
     SELECT r.id, p.result FROM responses r JOIN scale_profiles p ON p.k = ${PROFILE_OF('r.supplier_id', 'r.campaign_id')}
     WHERE r.campaign_id = $1 AND r.status = 'submitted'`,
    [c.id],
  );
  const { rowCount } = await db.query(
    `INSERT INTO response_answers (response_id, question_id, value, updated_at)
     SELECT r.id, a.question_id, a.value, r.updated_at
     FROM responses r JOIN scale_profile_answers a ON a.k = ${PROFILE_OF('r.supplier_id', 'r.campaign_id')}
     WHERE r.campaign_id = $1 AND r.status IN ('submitted', 'in_progress')`,
    [c.id],
  );
  // Link tokens: the product keeps only their SHA-256; the tokens themselves were e-mailed.
  await db.query(
    `INSERT INTO response_tokens (response_id, contact_id, email, language, token_hash, created_at)
     SELECT r.id, ct.id, ct.email, ct.language, sha256(convert_to(gen_random_uuid()::text || r.id::text, 'UTF8')), r.created_at
     FROM responses r JOIN supplier_contacts ct ON ct.supplier_id = r.supplier_id
     WHERE r.campaign_id = $1`,
    [c.id],
  );
  return { id: c.id, answers: rowCount };
}

/**
 * The organisation's audit log: supplier creations, submissions and autosaves in time order,
 * chained with the audit module's eventHash (the same function the API verifies with) and
 * loaded through COPY.
 */
async function seedAudit(db, organizationId, target) {
  const { eventHash, GENESIS_HASH, toJsonValue } = dist('modules/audit/audit-hash.js');
  const client = await db.connect();
  try {
    const { rows: users } = await client.query(`SELECT id, name FROM users WHERE organization_id = $1 LIMIT 1`, [organizationId]);
    const { rows: [{ n: submittedCount }] } = await client.query(
      `SELECT count(*)::int AS n FROM responses WHERE organization_id = $1 AND status = 'submitted'`,
      [organizationId],
    );
    const { rows: [{ n: supplierCount }] } = await client.query(`SELECT count(*)::int AS n FROM suppliers WHERE organization_id = $1`, [organizationId]);
    const saves = Math.max(0, target - supplierCount - submittedCount);
    const total = supplierCount + submittedCount + saves;
    const start = Date.now() - 400 * 86_400_000;
    const spacing = (380 * 86_400_000) / total;
    // The rows to chain, read in keyset pages on another connection (this one carries the COPY).
    async function* sources() {
      let after = '';
      for (;;) {
        const { rows } = await db.query(
          `SELECT id, name, code, product_type, tier, risk_level FROM suppliers WHERE organization_id = $1 AND code > $2 ORDER BY code LIMIT 5000`,
          [organizationId, after],
        );
        if (!rows.length) break;
        after = rows.at(-1).code;
        for (const s of rows)
          yield { actorType: 'user', actorId: users[0].id, actorLabel: users[0].name, action: 'supplier.create', entityType: 'supplier', entityId: s.id,
                  before: null, after: { name: s.name, code: s.code, productType: s.product_type, tier: s.tier, riskLevel: s.risk_level } };
      }
      let afterId = '00000000-0000-0000-0000-000000000000';
      let savesLeft = saves;
      for (;;) {
        const { rows } = await db.query(
          `SELECT r.id, r.supplier_id, s.name, r.overall_grade, r.overall_rate FROM responses r JOIN suppliers s ON s.id = r.supplier_id
           WHERE r.organization_id = $1 AND r.status = 'submitted' AND r.id > $2 ORDER BY r.id LIMIT 5000`,
          [organizationId, afterId],
        );
        if (!rows.length) break;
        afterId = rows.at(-1).id;
        for (const r of rows) {
          // Autosaves before the submission, spread so that their total meets the target.
          const n = Math.min(savesLeft, Math.round(saves / Math.max(1, submittedCount)) + (savesLeft > 0 && random() < 0.5 ? 1 : 0));
          savesLeft -= n;
          for (let k = 0; k < n; k++)
            yield { actorType: 'supplier', actorId: r.supplier_id, actorLabel: r.name, action: 'response.answers_saved', entityType: 'response', entityId: r.id,
                    before: { [`q${k}`]: null }, after: { [`q${k}`]: { value: 'yes' } } };
          yield { actorType: 'supplier', actorId: r.supplier_id, actorLabel: r.name, action: 'response.submit', entityType: 'response', entityId: r.id,
                  before: null, after: { status: 'submitted', overallGrade: r.overall_grade, overallRate: r.overall_rate } };
        }
      }
    }
    let seq = 0;
    let prev = GENESIS_HASH;
    const esc = (v) => (v === null ? '\\N' : String(v).replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r'));
    async function* lines() {
      let batch = '';
      for await (const e of sources()) {
        seq++;
        const event = { organizationId, seq, occurredAt: new Date(start + Math.floor(seq * spacing)).toISOString(), ...e, before: toJsonValue(e.before), after: toJsonValue(e.after) };
        const hash = eventHash(prev, event);
        batch += [organizationId, seq, event.occurredAt, event.actorType, event.actorId, event.actorLabel, event.action, event.entityType, event.entityId,
          event.before === null ? null : JSON.stringify(event.before), event.after === null ? null : JSON.stringify(event.after), prev, hash].map(esc).join('\t') + '\n';
        prev = hash;
        if (batch.length > 1 << 20) {
          yield batch;
          batch = '';
        }
      }
      if (batch) yield batch;
    }
    await pipeline(
      Readable.from(lines()),
      client.query(copyFrom(`COPY audit_events (organization_id, seq, occurred_at, actor_type, actor_id, actor_label, action, entity_type, entity_id, before, after, prev_hash, hash) FROM STDIN`)),
    );
    return seq;
  } finally {
    client.release();
  }
}

try {
  await seed();
  step('done');
} catch (e) {
  console.error(e instanceof Error ? e.stack : e);
  process.exitCode = 1;
} finally {
  await cleanup();
}
