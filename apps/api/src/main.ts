import 'reflect-metadata';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { createApp } from './app';
import { ConfigError, loadConfig, type AppConfig } from './config/config';
import { migrate } from './database/data-source';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './database/embedded-postgres';
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

  let embedded: EmbeddedDatabase | undefined;
  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    console.log(`Starting the embedded PostgreSQL in ${join(config.dataDir, 'pg')} …`);
    embedded = await startEmbeddedPostgres(join(config.dataDir, 'pg'));
    databaseUrl = embedded.url;
  }
  await migrate(databaseUrl);

  let catcher: MailCatcher | null = null;
  if (!config.smtpUrl) {
    catcher = new MailCatcher(join(config.dataDir, 'mail'));
    await catcher.start();
  }

  const app = await createApp({ config, databaseUrl, catcher });
  if (config.seedDemo) {
    const admin = await seedDemo(app.get(DataSource));
    if (admin) printOnce(config, admin);
  }
  await app.listen({ port: config.port, host: config.host });
  console.log(`Supplier Engagement Survey is running at ${config.publicUrl}`);
  if (catcher) console.log(`E-mail goes to the built-in catcher: open ${config.publicUrl}/mail in the console.`);

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await app.close();
    await catcher?.stop();
    await embedded?.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
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
// moment must not take the whole process down with it.
process.on('unhandledRejection', (reason) => {
  console.error('unhandled rejection:', reason instanceof Error ? reason.message : reason);
});

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
});
