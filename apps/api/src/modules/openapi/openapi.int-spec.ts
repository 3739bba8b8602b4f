import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createConfig, lintFromString } from '@redocly/openapi-core';
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signup, startTestApp, type TestApp } from '../../../test/harness';

type Doc = { paths: Record<string, Record<string, { operationId?: string; callbacks?: object }>> };

/** A program using the generated client: typed calls against the running API. */
const USAGE = `
import createClient from 'openapi-fetch';
import type { paths, operations } from './api';

type CreateKey = operations['apiKeysCreate']['requestBody']['content']['application/json'];

export async function run(baseUrl: string, adminToken: string) {
  const admin = createClient<paths>({ baseUrl, headers: { authorization: 'Bearer ' + adminToken } });
  const body: CreateKey = { name: 'Generated client', scope: 'read' };
  const created = await admin.POST('/api/api-keys', { body });
  if (!created.data) throw new Error('no key');
  const key: string = created.data.key;
  const asKey = createClient<paths>({ baseUrl, headers: { authorization: 'Bearer ' + key } });
  const suppliers = await asKey.GET('/api/suppliers', { params: { query: { page: 1, pageSize: 5 } } });
  const total: number | undefined = suppliers.data?.total;
  const refused = await asKey.POST('/api/suppliers', { body: { name: 'x', productType: 'y', contacts: [] } });
  return { key, total, refusedStatus: refused.response.status, refusedCode: refused.error?.code };
}
`;

/** The same client misused: must not compile. */
const MISUSE = `
import createClient from 'openapi-fetch';
import type { paths } from './api';
const c = createClient<paths>({ baseUrl: 'http://x' });
void c.POST('/api/api-keys', { body: { name: 'x', scope: 'admin' } });
export const wrong = async () => (await c.GET('/api/suppliers', {})).data?.noSuchField;
`;

describe('the OpenAPI document (integration)', () => {
  let t: TestApp;
  let doc: Doc;
  let source: string;
  const dir = mkdtempSync(join(__dirname, '../../../.client-'));

  beforeAll(async () => {
    t = await startTestApp();
    source = (await t.request('GET', '/api/openapi.json')).body;
    doc = JSON.parse(source);
  });
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    await t.close();
  });

  it('names every operation once, readably', () => {
    const ids = Object.values(doc.paths).flatMap((ops) => Object.values(ops).map((o) => o.operationId));
    expect(ids.length).toBeGreaterThan(100);
    expect(ids.every((id) => typeof id === 'string' && /^[a-z][A-Za-z0-9]+$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(doc.paths['/api/suppliers'].get.operationId).toBe('suppliersList');
    expect(doc.paths['/api/webhooks'].post.callbacks).toHaveProperty(['response.graded']);
  });

  it("passes Redocly's recommended rules, but for findings on paths that are a published contract", async () => {
    const config = await createConfig({ extends: ['recommended'] });
    const problems = await lintFromString({ source, absoluteRef: 'openapi.json', config });
    const found = problems.map((p) => `${p.ruleId} ${p.location[0]?.pointer}`).sort();
    expect(found, JSON.stringify(problems.map((p) => p.message), null, 1)).toEqual(
      [
        // The public grievance routes take an organisation slug or a tracking code in the
        // same place (a tracking code never looks like a slug: see tracking-code.ts).
        'no-identical-paths #/paths/~1api~1public~1grievances~1{trackingCode}',
        'no-ambiguous-paths #/paths/~1api~1public~1grievances~1{trackingCode}',
        // `versions` beside a questionnaire id: ids are UUIDs, and the router matches the
        // literal segment first.
        'no-ambiguous-paths #/paths/~1api~1questionnaires~1{id}~1draft',
        'no-ambiguous-paths #/paths/~1api~1questionnaires~1{id}~1drafts',
        'no-ambiguous-paths #/paths/~1api~1questionnaires~1{id}~1publish',
        // The project declares no licence for the document to name.
        'info-license #/info',
        // Single sign-on's browser legs answer only with redirects (to the identity
        // provider, then back into the console), as OpenID Connect's code flow has it.
        'operation-2xx-response #/paths/~1api~1auth~1sso~1callback/get/responses',
        'operation-2xx-response #/paths/~1api~1auth~1sso~1{orgSlug}~1start/get/responses',
      ].sort(),
    );
  });

  it('generates a typed client that compiles, refuses misuse, and works against the API', { timeout: 120_000 }, async () => {
    writeFileSync(join(dir, 'api.d.ts'), astToString(await openapiTS(doc as never)));
    writeFileSync(join(dir, 'usage.ts'), USAGE);
    writeFileSync(join(dir, 'misuse.ts'), MISUSE);
    const check = (file: string) =>
      ts
        .getPreEmitDiagnostics(
          ts.createProgram([join(dir, file)], {
            strict: true,
            noEmit: true,
            target: ts.ScriptTarget.ES2022,
            module: ts.ModuleKind.ESNext,
            moduleResolution: ts.ModuleResolutionKind.Bundler,
            skipLibCheck: true,
          }),
        )
        .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    expect(check('usage.ts')).toEqual([]);
    const misuse = check('misuse.ts');
    expect(misuse.some((m) => m.includes('"admin"'))).toBe(true);
    expect(misuse.some((m) => m.includes("'noSuchField' does not exist")), misuse.join('\n')).toBe(true);

    const js = ts.transpileModule(USAGE, { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText;
    writeFileSync(join(dir, 'usage.mjs'), js);
    const admin = await signup(t);
    await t.app.listen(0, '127.0.0.1');
    const { run } = (await import(pathToFileURL(join(dir, 'usage.mjs')).href)) as { run: (u: string, k: string) => Promise<Record<string, unknown>> };
    const result = await run(await t.app.getUrl(), admin.token);
    expect(result).toMatchObject({ key: expect.stringMatching(/^ses_live_/), total: 0, refusedStatus: 403, refusedCode: 'FORBIDDEN' });
  });
});
