import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch } from './corrective-actions';
import { dbState } from './db-state';
import { builtinVersionId, createSupplier } from './factories';
import { signup, startTestApp, type TestApp, type TestResponse } from './harness';

/**
 * Hostile input for every operation of the OpenAPI document: malformed bodies (wrong types,
 * missing and extra fields, 1 MB strings, deep nesting, NUL, huge and negative numbers,
 * arrays for objects), malformed path parameters and query strings, wrong content types,
 * broken multipart. No answer is a 5xx; for a sample of the refused ones, the data is as it
 * was. A fixed seed in CI; `npm run fuzz` runs longer (FUZZ_RUNS, FUZZ_SEED).
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 8);
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_202);
/** Every how many refused requests the data is compared. */
const CHECK_EVERY = Number(process.env.FUZZ_CHECK_EVERY ?? 7);

type Schema = {
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  enum?: unknown[];
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  format?: string;
  nullable?: boolean;
  additionalProperties?: boolean | Schema;
};
interface Operation {
  method: string;
  path: string;
  body?: Schema;
  multipart: boolean;
  query: string[];
  isPublic: boolean;
}

/** Ends the session or the account the fuzzing runs as: left to their own tests. */
const SKIP = new Set(['post /api/auth/logout']);

/** Just under the body limit (reaches validation) and at it (refused as too large). */
const HUGE = 'x'.repeat(900_000);
const MEGABYTE = 'y'.repeat(1_048_576);
const nasty = fc.constantFrom<unknown>(
  null, true, -1, 0, 2 ** 31, -(2 ** 31) - 1, 2 ** 53, -1e308, 1e308, 1.5, '', '\u0000', 'a\u0000b', '\ud800', HUGE, MEGABYTE, [], [[]], {}, { a: 1 }, '🙂'.repeat(300), '<script>', "' OR 1=1 --",
);
/** Deeply nested JSON, as text: the value itself would overflow the generator's own stack. */
const deep = fc
  .tuple(fc.integer({ min: 100, max: 20_000 }), fc.boolean())
  .map(([n, arrays]) => (arrays ? '['.repeat(n) + ']'.repeat(n) : '{"a":'.repeat(n) + '1' + '}'.repeat(n)));

/** Values shaped like the schema, with a wrong one now and then at any depth. */
function valueOf(s: Schema | undefined, ids: fc.Arbitrary<string>, depth = 0): fc.Arbitrary<unknown> {
  if (!s || depth > 5) return fc.jsonValue({ maxDepth: 2 });
  const wrong = fc.oneof(nasty, fc.jsonValue({ maxDepth: 2 }));
  const right = ((): fc.Arbitrary<unknown> => {
    if (s.enum) return fc.constantFrom(...s.enum);
    const alts = s.anyOf ?? s.oneOf;
    if (alts?.length) return fc.oneof(...alts.map((a) => valueOf(a, ids, depth + 1)));
    if (s.allOf?.length) return valueOf(s.allOf[0], ids, depth + 1);
    const type = Array.isArray(s.type) ? s.type[0] : s.type;
    switch (type) {
      case 'object': {
        const props = Object.entries(s.properties ?? {});
        return fc
          .tuple(
            fc.record(Object.fromEntries(props.map(([k, v]) => [k, valueOf(v, ids, depth + 1)])), { requiredKeys: [] }),
            fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 2 }),
          )
          .map(([known, extra]) => ({ ...extra, ...known }));
      }
      case 'array':
        return fc.array(valueOf(s.items, ids, depth + 1), { maxLength: 3 });
      case 'integer':
        return fc.oneof(fc.integer({ min: -2, max: 100 }), fc.constantFrom(2 ** 31 - 1, 2 ** 31, -(2 ** 31) - 1, 2 ** 53));
      case 'number':
        return fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer());
      case 'boolean':
        return fc.boolean();
      case 'string':
        if (s.format === 'uuid') return ids;
        if (s.format === 'date' || s.format === 'date-time') return fc.oneof(fc.constant('2026-04-01'), fc.constant('2026-02-30'), fc.string());
        if (s.format === 'email') return fc.oneof(fc.emailAddress(), fc.string());
        return fc.oneof(fc.string({ maxLength: 30 }), fc.string({ unit: 'binary', maxLength: 30 }));
      default:
        return fc.jsonValue({ maxDepth: 2 });
    }
  })();
  return fc.oneof({ arbitrary: right, weight: 5 }, { arbitrary: wrong, weight: 1 });
}

/** A request body and its content type: shaped, wrong type, not JSON, or broken multipart. */
type Body = { type?: string; payload?: string };

function bodyOf(op: Operation, ids: fc.Arbitrary<string>): fc.Arbitrary<Body> {
  const json = (v: fc.Arbitrary<unknown>) => v.map((x) => ({ type: 'application/json', payload: JSON.stringify(x) ?? 'null' }));
  return fc.oneof(
    { arbitrary: json(valueOf(op.body, ids)), weight: 6 },
    { arbitrary: json(fc.oneof(nasty, fc.jsonValue())), weight: 1 },
    { arbitrary: deep.map((payload): Body => ({ type: 'application/json', payload })), weight: 1 },
    {
      arbitrary: fc.constantFrom<Body>(
        { type: 'application/json', payload: '{"a":' },
        { type: 'application/json', payload: '\u0000' },
        { type: 'application/json; charset=utf-16', payload: '{}' },
        { type: 'text/plain', payload: 'hello' },
        { type: 'application/x-www-form-urlencoded', payload: 'a=1&a=2' },
        { type: 'application/xml', payload: '<a/>' },
        { type: 'multipart/form-data', payload: 'no boundary' },
        { type: 'multipart/form-data; boundary=zz', payload: '{"json":"instead"}' },
        { type: 'multipart/form-data; boundary=zz', payload: '--zz\r\nContent-Disposition: form-data; name="file"; filename="a.csv"\r\n\r\ncut' },
        { type: undefined, payload: undefined },
      ),
      weight: 2,
    },
  );
}

const segment = (known: string[]) =>
  fc.oneof(
    { arbitrary: fc.constantFrom(...known), weight: 3 },
    { arbitrary: fc.uuid().map(String), weight: 1 },
    { arbitrary: fc.string({ maxLength: 40 }).map(encodeURIComponent), weight: 1 },
    { arbitrary: fc.constantFrom('%FF', '%', '..', '%00', '-1', '0', 'x'.repeat(300), '%2F', 'null', '9'.repeat(30)), weight: 1 },
  );

const query = (names: string[]) =>
  fc
    .array(fc.tuple(fc.oneof(fc.constantFrom(...(names.length ? names : ['x'])), fc.string({ maxLength: 6 })), fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('-1', '1e9', '2147483648', '%FF', '', 'a'.repeat(2000)))), { maxLength: 3 })
    .map((pairs) => (pairs.length ? '?' + pairs.map(([k, v]) => `${encodeURIComponent(k)}=${v.startsWith('%') ? v : encodeURIComponent(v)}`).join('&') : ''));

describe('fuzzing every operation of the OpenAPI document (integration)', () => {
  let t: TestApp;
  let token: string;
  let known: string[];
  let operations: Operation[];

  beforeAll(async () => {
    t = await startTestApp({ LOGIN_RATE_LIMIT: '1000' });
    const admin = await signup(t, 'Fuzz Org');
    token = admin.token;
    const supplier = await createSupplier(t, token, { contacts: [{ name: 'F', email: 'fuzz@supplier.test', language: 'en' }] });
    const versionId = await builtinVersionId(t, token);
    const { id: campaignId, links } = await launch(t, token, versionId, [supplier.id], 'Fuzz campaign');
    const [{ id: responseId }] = await t.db.query(`SELECT id FROM responses WHERE campaign_id = $1`, [campaignId]);
    known = [supplier.id, versionId, campaignId, responseId, links.fuzz, admin.organization.slug ?? 'fuzz-org'];
    const doc = (await t.request('GET', '/api/openapi.json')).json();
    operations = [];
    for (const [path, ops] of Object.entries<Record<string, any>>(doc.paths)) {
      for (const [method, op] of Object.entries<any>(ops)) {
        if (SKIP.has(`${method} ${path}`)) continue;
        const content = op.requestBody?.content ?? {};
        operations.push({
          method: method.toUpperCase(),
          path,
          body: content['application/json']?.schema,
          multipart: Boolean(content['multipart/form-data']),
          query: (op.parameters ?? []).filter((p: { in: string }) => p.in === 'query').map((p: { name: string }) => p.name),
          isPublic: Array.isArray(op.security) && op.security.length === 0,
        });
      }
    }
  }, 120_000);
  afterAll(() => t?.close());

  /**
   * What a refused request must not change: the data, row by row. Of the outbox only the ids:
   * the mail worker marks the campaign's invitations sent meanwhile.
   */
  const digest = () =>
    dbState(t, ['organizations', 'users', 'suppliers', 'questionnaires', 'questionnaire_versions', 'campaigns', 'responses', 'response_answers', 'attachments', 'outbox:id', 'corrective_actions', 'grievances', 'response_overrides']);

  it('never answers 5xx, and a refused request changes nothing', async () => {
    expect(operations.length).toBeGreaterThan(90);
    const ids = fc.oneof(fc.constantFrom(...known), fc.uuid().map(String));
    let refused = 0;
    let compared = 0;
    const statuses = new Map<number, number>();
    for (const op of operations) {
      const params = [...op.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      const arb = fc.record({
        segments: fc.tuple(...params.map(() => segment(known)), fc.constant('')),
        query: query(op.query),
        body: op.method === 'GET' || op.method === 'DELETE' ? fc.constant<Body>({}) : bodyOf(op, ids),
        auth: fc.oneof({ arbitrary: fc.constant('admin'), weight: 6 }, fc.constant('none'), fc.constant('garbage')),
      });
      await fc.assert(
        fc.asyncProperty(arb, async ({ segments, query: qs, body, auth }) => {
          let i = 0;
          const url = op.path.replace(/\{\w+\}/g, () => segments[i++]) + qs;
          const headers: Record<string, string> = {};
          if (auth === 'admin') headers.authorization = `Bearer ${token}`;
          if (auth === 'garbage') headers.authorization = 'Bearer \u00ff.\u0000.x';
          if (body.type) headers['content-type'] = body.type;
          const check = refused % CHECK_EVERY === 0;
          const before = check ? await digest() : undefined;
          const res: TestResponse = await t.request(op.method, url, { headers, ...(body.payload !== undefined ? { payload: body.payload } : {}) });
          statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
          expect(res.statusCode, `${op.method} ${url.slice(0, 200)} ${String(body.type)}: ${res.body.slice(0, 300)}`).toBeLessThan(500);
          if (res.statusCode >= 400) {
            if (before) {
              expect(await digest(), `${op.method} ${url.slice(0, 200)} changed data with ${res.statusCode}`).toEqual(before);
              compared++;
            }
            refused++;
          }
        }),
        { seed: SEED, numRuns: RUNS, endOnFailure: true },
      );
    }
    expect(refused).toBeGreaterThan(operations.length);
    expect(compared).toBeGreaterThan(0);
    console.log(`fuzzed ${operations.length} operations × ${RUNS} (seed ${SEED}): ${[...statuses].sort((a, b) => a[0] - b[0]).map(([s, n]) => `${s}×${n}`).join(' ')}; data compared after ${compared} refusals`);
  }, Number(process.env.FUZZ_TIMEOUT_MS ?? 120_000));
});
