// Portal size budget (DESIGN §7: the supplier portal's first load at most 120 KB of
// JavaScript, gzip), against a floor measured in the same run: the Vue runtime alone,
// gzipped the same way. Reads the built web app's Vite manifest:
//   npm run build && node scripts/portal-bundle.mjs
//
// What counts: the entry chunk of index.html and the chunk of the portal's view
// (src/features/portal/PortalView.vue, the `/s/:token` route), with every chunk they import
// statically, transitively (Vite preloads those with the view). Dynamic imports are not
// followed: they are loaded later or on other pages. Chunks are found by their source path in
// the manifest, never by their hashed file names.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const BUDGET_KB = 120;
const PORTAL_VIEW = 'src/features/portal/PortalView.vue';
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const webDir = join(root, 'apps/web');
const dist = join(webDir, 'dist');
const manifestPath = join(dist, '.vite/manifest.json');

if (!existsSync(manifestPath)) {
  console.error(
    `portal: ${manifestPath} not found: build the web app first (npm run build; vite.config.ts needs build.manifest: true)`,
  );
  process.exit(1);
}
/** @type {Record<string, { file: string, src?: string, isEntry?: boolean, isDynamicEntry?: boolean, imports?: string[], dynamicImports?: string[] }>} */
const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
const entries = Object.entries(manifest);

const entryKey =
  entries.find(([key, c]) => c.isEntry && (c.src ?? key) === 'index.html')?.[0] ??
  entries.find(([, c]) => c.isEntry)?.[0];
const portalKey =
  entries.find(([key, c]) => (c.src ?? key) === PORTAL_VIEW)?.[0] ??
  entries.find(
    ([key, c]) => c.isDynamicEntry && /(^|\/)features\/portal\/[^/]*View\.vue$/.test(c.src ?? key),
  )?.[0];
if (!entryKey) fail('no entry chunk (isEntry) in the manifest');
if (!portalKey)
  fail(`no chunk for ${PORTAL_VIEW} in the manifest: is the /s/:token route still lazily loaded?`);

// The static import closure of the entry and the portal view.
const seen = new Set();
const stack = [entryKey, portalKey];
while (stack.length) {
  const key = stack.pop();
  if (seen.has(key)) continue;
  const chunk = manifest[key];
  if (!chunk) fail(`manifest names ${key}, which it does not describe`);
  seen.add(key);
  for (const dep of chunk.imports ?? []) stack.push(dep);
}

const gz = (buf) => gzipSync(buf, { level: 9 }).length;
const files = [...new Set([...seen].map((key) => manifest[key].file))].filter((f) =>
  f.endsWith('.js'),
);
const sized = files
  .map((file) => {
    const raw = readFileSync(join(dist, file));
    return { file, raw: raw.length, gzip: gz(raw) };
  })
  .sort((a, b) => b.gzip - a.gzip);

// The floor: Vue's production runtime alone (no compiler), the least any Vue page can ship.
const require = createRequire(join(webDir, 'package.json'));
const vueRuntime = join(
  dirname(require.resolve('vue/package.json')),
  'dist/vue.runtime.esm-browser.prod.js',
);
const floor = gz(readFileSync(vueRuntime));

// The portal's own messages (one language) are fetched before it renders: counted, at
// the size of the larger language. The console's messages are not loaded on portal pages.
const locales = [...seen]
  .flatMap((key) => manifest[key].dynamicImports ?? [])
  .filter((key) => /features\/portal\/locales\/[^/]+\.json$/.test(manifest[key]?.src ?? key))
  .map((key) => ({ key, file: manifest[key].file, gzip: gz(readFileSync(join(dist, manifest[key].file))) }))
  .sort((a, b) => b.gzip - a.gzip);
if (locales[0]) sized.push({ file: `${locales[0].file} (portal messages, larger language)`, gzip: locales[0].gzip, raw: readFileSync(join(dist, locales[0].file)).length });
const total = sized.reduce((s, f) => s + f.gzip, 0);
const rawTotal = sized.reduce((s, f) => s + f.raw, 0);

const kb = (bytes) => (bytes / 1024).toFixed(1);
for (const f of sized)
  console.log(`  ${kb(f.gzip).padStart(6)} KB gzip  ${kb(f.raw).padStart(7)} KB raw  ${f.file}`);
const pass = total <= BUDGET_KB * 1024;
console.log(
  `portal: ${kb(total)} KB gzip JS on first load (${sized.length} files, ${kb(rawTotal)} KB raw; ` +
    `floor: Vue runtime ${kb(floor)} KB, ratio ${(total / floor).toFixed(1)}×) budget ≤ ${BUDGET_KB} KB: ${pass ? 'PASS' : 'FAIL'}`,
);
process.exit(pass ? 0 : 1);

function fail(message) {
  console.error(`portal: ${message}`);
  process.exit(1);
}
