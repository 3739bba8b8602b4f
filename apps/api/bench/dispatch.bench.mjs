// Dispatch (DESIGN §7: 10,000 invitations delivered to a local SMTP server in under 60 s).
//
// The built API runs in this process with its outbox worker, on a fresh database
// (DATABASE_URL's server or the embedded PostgreSQL), sending to an SMTP server on loopback
// that counts messages by Message-ID. 10,000 invitations are queued in one transaction, as
// a campaign launch does, and the clock runs until the last one has arrived. The floor, in
// the same run and to the same server: the same 10,000 messages handed straight to one
// pooled nodemailer transport with the API's own pool settings (connections, rate limit) —
// what delivery costs without the outbox, the job queue and the database.
// Run: npm run build && npm run bench (in apps/api), or node apps/api/bench/dispatch.bench.mjs
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { dist, main, onCleanup, require, startDatabase } from './support.mjs';

const COUNT = 10_000;
const BUDGET_SECONDS = 60;
/** Waiting stops here: the run has failed its budget long before. */
const GIVE_UP_SECONDS = 90;

const { createApp } = dist('app.js');
const { loadConfig } = dist('config/config.js');
const { OutboxService } = dist('modules/mail/outbox.service.js');
const { transportOptions } = dist('modules/mail/mail.service.js');
const { invitationMail } = dist('modules/mail/templates/index.js');
const { SMTPServer } = require('smtp-server');
const { createTransport } = require('nodemailer');
const { DataSource } = require('typeorm');

main(async () => {
  const sink = await startSink();
  onCleanup(() => sink.stop());
  const databaseUrl = await startDatabase('dispatch');
  const dataDir = mkdtempSync(join(tmpdir(), 'ses-bench-dispatch-'));
  onCleanup(() => rmSync(dataDir, { recursive: true, force: true }));
  const config = loadConfig({
    ...process.env,
    DATABASE_URL: databaseUrl,
    SMTP_URL: `smtp://127.0.0.1:${sink.port}`,
    DATA_DIR: dataDir,
    PUBLIC_URL: 'https://survey.example.jp',
    WEB_DIST: join(dataDir, 'no-web'),
    LOG_LEVEL: 'silent',
    SEED_DEMO: 'false',
  });
  const app = await createApp({ config, databaseUrl, catcher: null });
  onCleanup(() => app.close());
  const db = app.get(DataSource);
  const [{ id: organizationId }] = await db.query(
    `INSERT INTO organizations (name, slug) VALUES ('株式会社ベンチ', 'bench') RETURNING id`,
  );
  const outbox = app.get(OutboxService);
  const mails = invitations(organizationId, config.publicUrl);
  console.log(
    `dispatch: ${fmt(COUNT)} invitations to smtp://127.0.0.1:${sink.port}; ` +
      `${config.mail.maxConnections} SMTP connections, rate limit ${config.mail.rateLimit || 'none'}/s`,
  );

  // The floor: one pooled transport with the same settings, straight to the same server.
  sink.reset();
  const floorStart = performance.now();
  const transport = createTransport(transportOptions(config, 0));
  await Promise.all(
    mails.map((m) =>
      transport.sendMail({
        from: config.mailFrom,
        to: m.to,
        subject: m.subject,
        html: m.html,
        text: m.text,
        messageId: outbox.messageId(m.dedupeKey),
      }),
    ),
  );
  await sink.until(COUNT, GIVE_UP_SECONDS);
  const floor = (performance.now() - floorStart) / 1000;
  transport.close();
  console.log(
    `  floor: ${fmt(COUNT)} messages through one pooled transport in ${floor.toFixed(1)} s`,
  );

  // Through the outbox: queue in one transaction, then wait for the worker to deliver all.
  sink.reset();
  const start = performance.now();
  await db.transaction((m) => outbox.enqueueMany(m, mails));
  const queued = (performance.now() - start) / 1000;
  await sink.until(COUNT, GIVE_UP_SECONDS);
  const seconds = (performance.now() - start) / 1000;
  // The last batch is marked sent just after the server has taken it.
  let sent = 0;
  for (let i = 0; i < 100 && sent < COUNT; i++) {
    [{ sent }] = await db.query(
      `SELECT count(*) FILTER (WHERE status = 'sent')::int AS sent FROM outbox`,
    );
    if (sent < COUNT) await new Promise((r) => setTimeout(r, 100));
  }
  console.log(
    `  queued ${fmt(COUNT)} outbox rows and jobs in ${queued.toFixed(1)} s; delivered: ${fmt(sink.unique())} unique, ${sink.duplicates} duplicate(s); rows marked sent: ${fmt(sent)}`,
  );

  const complete = sink.unique() === COUNT && sink.duplicates === 0 && sent === COUNT;
  const pass = complete && seconds < BUDGET_SECONDS;
  console.log(
    `dispatch: ${fmt(COUNT)} invitations in ${seconds.toFixed(1)} s (floor ${floor.toFixed(1)} s, ratio ${(seconds / floor).toFixed(1)}×) ` +
      `budget < ${BUDGET_SECONDS} s: ${pass ? 'PASS' : 'FAIL'}${complete ? '' : ' (messages missing or duplicated)'}`,
  );
  return pass;
});

/** Realistic invitations: both languages, each with its own link and dedupe key. */
function invitations(organizationId, publicUrl) {
  return Array.from({ length: COUNT }, (_, i) => {
    const lang = i % 3 === 0 ? 'en' : 'ja';
    const responseId = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
    const content = invitationMail({
      lang,
      organizationName: '株式会社ベンチ',
      campaignName: '2026年度 サプライヤー・サステナビリティ調査',
      supplierName: lang === 'ja' ? `サプライヤー${i}株式会社` : `Supplier ${i} Ltd.`,
      contactName: lang === 'ja' ? `担当 ${i}` : `Contact ${i}`,
      dueDate: '2026-12-31',
      link: `${publicUrl}/s/${Buffer.from(responseId).toString('base64url')}`,
      extended: i % 10 === 0,
    });
    return {
      organizationId,
      dedupeKey: `invite:${responseId}:c1`,
      kind: 'invitation',
      to: `contact${i}@supplier${i % 500}.test`,
      ...content,
      responseId,
    };
  });
}

/** An SMTP server on loopback that counts messages by Message-ID (and any it sees twice). */
async function startSink() {
  let seen = new Set();
  let duplicates = 0;
  let waiter = null;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    maxClients: 200,
    onData(stream, _session, done) {
      let head = '';
      stream.on('data', (chunk) => {
        if (head.length < 4096) head += chunk.toString('latin1');
      });
      stream.on('end', () => {
        const id =
          /^Message-ID:\s*(<[^>\r\n]+>)/im.exec(head)?.[1] ??
          `missing-${seen.size}-${Math.random()}`;
        if (seen.has(id)) duplicates++;
        else seen.add(id);
        if (waiter && seen.size >= waiter.count) waiter.resolve();
        done();
      });
    },
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: server.server.address().port,
    get duplicates() {
      return duplicates;
    },
    unique: () => seen.size,
    reset() {
      seen = new Set();
      duplicates = 0;
    },
    until(count, seconds) {
      if (seen.size >= count) return Promise.resolve();
      return new Promise((resolve) => {
        const timer = setTimeout(() => ((waiter = null), resolve()), seconds * 1000);
        waiter = { count, resolve: () => (clearTimeout(timer), (waiter = null), resolve()) };
      });
    },
    stop: () => new Promise((resolve) => server.close(resolve)),
  };
}

function fmt(n) {
  return n.toLocaleString('en-US');
}
