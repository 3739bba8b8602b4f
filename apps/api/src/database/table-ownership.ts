import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { TABLE_OWNERS, type OwnedTable } from './table-owners';

export const SRC = join(__dirname, '..');
export const TABLES = Object.keys(TABLE_OWNERS) as OwnedTable[];
const TABLE = `(${TABLES.join('|')})`;
/**
 * SQL that names a table (as the code writes SQL, keywords upper case): after FROM, JOIN,
 * INTO, UPDATE, USING or TABLE, also further along a comma list (`FROM saves s, campaigns c`).
 * The keyword and the list before the table are a lookbehind, so that every table of a
 * list is reported, not only its last one.
 */
export const IN_SQL = new RegExp(`(?<=\\b(?:FROM|JOIN|INTO|UPDATE|USING|TABLE)\\s+(?:ONLY\\s+)?(?:[a-z_]+(?:\\s+(?:AS\\s+)?[a-z_]+)?\\s*,\\s*)*)${TABLE}\\b`, 'g');
/** The query builder naming a table: `.from('suppliers', 's')`, `.innerJoin('suppliers', …)`. */
export const IN_BUILDER = new RegExp(`\\.(?:from|\\w*[jJ]oin\\w*|into|update|delete)\\(\\s*['"\`]${TABLE}['"\`]`, 'g');
/** A value import of another module's entity: its repository is the table (a type import is not). */
const ENTITY_IMPORT = /^import (?!type )[^;]*?from '\.\.\/([a-z-]+)\/[a-z-]+\.entity'/gm;

/** Files that are not a module's code: the schema itself, and the wiring that lists every entity. */
const OUTSIDE = [/^database\/migrations\//, /^database\/entities\.ts$/, /\.spec\.ts$/, /\.int-spec\.ts$/];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Comments may name tables freely. */
const code = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');

/** `file → table` for every table a file names that its module does not own. */
export function crossModuleReferences(): string[] {
  const out = new Set<string>();
  const owners = new Set<string>(Object.values(TABLE_OWNERS));
  for (const path of files(SRC)) {
    const rel = relative(SRC, path).split('\\').join('/');
    if (OUTSIDE.some((re) => re.test(rel))) continue;
    const module = rel.match(/^modules\/([^/]+)\//)?.[1] ?? rel.split('/')[0];
    const text = code(readFileSync(path, 'utf8'));
    for (const re of [IN_SQL, IN_BUILDER]) {
      for (const m of text.matchAll(re)) {
        const table = m[1] as OwnedTable;
        if (TABLE_OWNERS[table] !== module) out.add(`${rel} → ${table}`);
      }
    }
    for (const m of text.matchAll(ENTITY_IMPORT)) {
      if (m[1] !== module && owners.has(m[1])) out.add(`${rel} → entity of ${m[1]}`);
    }
  }
  return [...out].sort();
}
