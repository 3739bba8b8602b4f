import { mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where a test file's screenshots go: e2e/screenshots/<name>/ (not committed). */
export function shotsDir(name: string): string {
  const dir = join(resolve(dirname(fileURLToPath(import.meta.url)), '..', 'screenshots'), name);
  mkdirSync(dir, { recursive: true });
  return dir;
}
