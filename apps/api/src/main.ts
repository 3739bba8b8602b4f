import 'reflect-metadata';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { createApp } from './app';
import { ConfigError, loadConfig, type AppConfig } from './config/config';
import { migrate } from './database/data-source';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './database/embedded-postgres';
import { leaveStopSignalsToProcess } from './database/exit-code';
import { MailCatcher } from './modules/mail/mail-catcher';
import { seedDemo } from './seed/demo-seed';

async function main(): Promise<void> {
  let config: AppConfig;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      process.exit(1);
    }
    throw e;
  }
  mkdirSync(config.dataDir, { recursive: true });

  let embedded: Promise<EmbeddedDatabase> | undefined;
  let catcher: MailCatcher | null = null;
  const running: { app?: Awaited<ReturnType<typeof createApp>> } = {};
  // Installed before anything starts, so that a stop during start-up stops what did start.
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await running.app?.close();
    await catcher?.stop();
    // A database still starting is waited for, then stopped: none is left running behind.
    await (await embedded?.catch(() => undefined))?.stop();
    process.exit(0);
  };
  leaveStopSignalsToProcess();
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);

  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    console.log(`Starting the embedded PostgreSQL in ${join(config.dataDir, 'pg')} …`);
    embedded = startEmbeddedPostgres(join(config.dataDir, 'pg'));
    databaseUrl = (await embedded).url;
  }
  await migrate(databaseUrl);

  if (!config.smtpUrl) {
    catcher = new MailCatcher(join(config.dataDir, 'mail'));
    await catcher.start();
  }

  const app = (running.app = await createApp({ config, databaseUrl, catcher }));
  if (config.seedDemo) {
    const admin = await seedDemo(app.get(DataSource));
    if (admin) printOnce(config, admin);
  }
  await app.listen({ port: config.port, host: config.host });
  console.log(`Supplier Engagement Survey is running at ${config.publicUrl}`);
  if (catcher) console.log(`E-mail goes to the built-in catcher: open ${config.publicUrl}/mail in the console.`);
}

function printOnce(config: AppConfig, admin: { email: string; password: string }) {
  const lines = [
    'Demo data created. Sign in as the demo admin (shown only this once):',
    `  URL:      ${config.publicUrl}/login`,
    `  E-mail:   ${admin.email}`,
    `  Password: ${admin.password}`,
  ];
  const width = Math.max(...lines.map((l) => l.length));
  console.log(['┌' + '─'.repeat(width + 2) + '┐', ...lines.map((l) => `│ ${l.padEnd(width)} │`), '└' + '─'.repeat(width + 2) + '┘'].join('\n'));
}

// pg-boss completes and fails jobs without awaiting the call: a database blip at that
// moment must not take the whole process down with it. An uncaught exception still does
// (Node's default: exit code 1), and so does a rejection of start-up itself (below).
process.on('unhandledRejection', (reason) => {
  console.error('unhandled rejection:', reason instanceof Error ? reason.message : reason);
});

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
