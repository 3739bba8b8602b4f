import path from 'node:path';
import tseslint from 'typescript-eslint';
import vueParser from 'vue-eslint-parser';

/**
 * Module boundaries (README, Architecture):
 * - a web feature (`apps/web/src/features/<a>/`) imports no file of another feature; what a
 *   feature offers the others is its `index.ts` (`@/features/<b>`), and what several use
 *   lives in `src/components/` or `src/app/`;
 * - `src/components/` and `src/app/` import no feature (only `app/routes.ts` composes the
 *   features' `routes.ts`);
 * - nothing imports a package's `src/` (`@ses/x/src/…`, `../packages/x/src/…`): packages are
 *   used through their `exports`, subpaths included.
 * Tests (`*.spec.ts`) may look across features (locale checks compare namespaces).
 */
const boundaries = {
  meta: {
    type: 'problem',
    schema: [],
    messages: {
      deepPackage: "'{{source}}' reaches into a package's source: import it through the package's exports (add a subpath export if needed).",
      crossFeature: "'{{source}}' is a file of the '{{to}}' feature: import what it offers from '@/features/{{to}}', or move what both use to src/components or src/app.",
      sharedToFeature: "'{{source}}' is a feature's file: shared code in src/{{layer}} must not depend on a feature.",
    },
  },
  create(context) {
    const file = context.filename.split(path.sep).join('/');
    const webSrc = file.match(/^(.*\/apps\/web\/src)\//)?.[1];
    const isSpec = /\.spec\.ts$/.test(file);
    const featureOf = (p) => (webSrc && p.startsWith(`${webSrc}/features/`) ? p.slice(webSrc.length + 10).split('/')[0] : null);
    const layerOf = (p) => (webSrc ? p.slice(webSrc.length + 1).split('/')[0] : null);

    function check(node, source) {
      if (typeof source !== 'string') return;
      if (/^@ses\/[^/]+\/src(\/|$)/.test(source)) return context.report({ node, messageId: 'deepPackage', data: { source } });
      let target = null;
      if (source.startsWith('@/') && webSrc) target = `${webSrc}/${source.slice(2)}`;
      else if (source.startsWith('.')) target = path.posix.resolve(path.posix.dirname(file), source);
      if (!target) return;
      target = path.posix.normalize(target);
      const pkg = target.match(/\/packages\/([^/]+)\/src(\/|$)/);
      if (pkg && !file.includes(`/packages/${pkg[1]}/src/`)) return context.report({ node, messageId: 'deepPackage', data: { source } });
      const to = featureOf(target);
      if (!to) return;
      const from = featureOf(file);
      if (from) {
        const rest = target.slice(`${webSrc}/features/${to}`.length);
        const isIndex = rest === '' || rest === '/index' || rest === '/index.ts';
        if (from !== to && !isIndex && !isSpec) context.report({ node, messageId: 'crossFeature', data: { source, to } });
        return;
      }
      const layer = layerOf(file);
      const composesRoutes = file === `${webSrc}/app/routes.ts` && /\/routes(\.ts)?$/.test(target);
      if ((layer === 'app' || layer === 'components') && !composesRoutes && !isSpec) {
        context.report({ node, messageId: 'sharedToFeature', data: { source, layer } });
      }
    }

    return {
      ImportDeclaration: (n) => check(n, n.source.value),
      ExportNamedDeclaration: (n) => n.source && check(n, n.source.value),
      ExportAllDeclaration: (n) => check(n, n.source.value),
      ImportExpression: (n) => n.source.type === 'Literal' && check(n, n.source.value),
    };
  },
};

const local = { rules: { boundaries } };

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '**/.data/**'] },
  // The TypeScript rules for script files; Vue files get the boundaries below.
  ...tseslint.configs.recommended.map((c) => ({ ...c, files: c.files ?? ['**/*.{ts,tsx,mts,cts,js,mjs,cjs}'] })),
  {
    files: ['**/*.{ts,tsx,mts,cts,js,mjs,cjs}'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  {
    files: ['**/*.vue'],
    languageOptions: {
      parser: vueParser,
      parserOptions: { parser: tseslint.parser, sourceType: 'module', ecmaVersion: 'latest', extraFileExtensions: ['.vue'] },
    },
  },
  {
    files: ['**/*.{ts,tsx,mts,cts,js,mjs,cjs,vue}'],
    plugins: { local },
    rules: { 'local/boundaries': 'error' },
  },
);
