import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { withApiProcess } from '../process';
import { until } from '../outbox';

/**
 * The real server's log output (stdout and stderr of `dist/main.js` at LOG_LEVEL=info)
 * for malformed requests that carry a supplier token or a grievance tracking code: the
 * URL is logged, the secret never is — not in the message, not in a stack trace.
 */
describe('secrets in the log (real process)', () => {
  const run = withApiProcess();

  const token = () => randomBytes(32).toString('base64url');
  const code = () => randomBytes(12).toString('hex').toUpperCase().replace(/(.{4})(?=.)/g, '$1-');

  it('listens only on the interface HOST names', () => {
    const listening = [...run.api.output().matchAll(/Server listening at (http:\/\/[^"\s]+)/g)].map((m) => m[1]);
    expect(listening).toEqual([run.api.url]);
  });

  it('never writes a token or tracking code, whatever the request', async () => {
    const secrets: string[] = [];
    const s = (v: string) => (secrets.push(v), v);
    const requests: [string, string, { headers?: Record<string, string>; payload?: string }?][] = [
      ['GET', `/api/portal/${s(token())}/%FF`],
      ['GET', `/api/portal/${s(token())}%FF`],
      ['GET', `/s/${s(token())}%FF`],
      ['GET', `/s/${s(token())}/%E0%A4%A`],
      ['GET', `/api/public/grievances/${s(code())}%FF`],
      ['GET', `/api/public/grievances/${s(code())}/messages%FF`],
      ['GET', `/api/portal/${s('T'.repeat(150) + token())}`],
      ['GET', `/api/portal/${s(token())}/feedback.pdf`],
      ['GET', `/api/portal/${s(token())}/nope`],
      ['GET', `//api/portal/${s(token())}`],
      ['GET', `/api%2Fportal%2F${s(token())}`],
      ['PUT', `/api/portal/${s(token())}/answers`, { headers: { 'content-type': 'application/json' }, payload: '{"version":' }],
      ['PUT', `/api/portal/${s(token())}/answers`, { headers: { 'content-type': 'application/json' }, payload: '{"version":2147483648,"answers":{}}' }],
      ['PUT', `/api/portal/${s(token())}/answers`, { headers: { 'content-type': 'application/json; charset=utf-16' }, payload: '{}' }],
      ['POST', `/api/portal/${s(token())}/attachments`, { headers: { 'content-type': 'multipart/form-data' }, payload: 'x' }],
      ['POST', `/api/portal/${s(token())}/answer-sheet`, { headers: { 'content-type': 'multipart/form-data; boundary=b' }, payload: '{"a":1}' }],
      ['POST', `/api/public/grievances/${s(code())}/messages`, { headers: { 'content-type': 'application/json' }, payload: '[' }],
      ['GET', `/api/public/grievances/${s(code())}`],
    ];
    for (const [method, url, opts] of requests) {
      const res = await run.api.request(method, url, opts);
      expect(res.statusCode, `${method} ${url}: ${res.body}`).toBeGreaterThanOrEqual(400);
      expect(res.statusCode, `${method} ${url}: ${res.body}`).toBeLessThan(500);
      for (const secret of secrets) expect(res.body).not.toContain(secret);
    }
    // Every request was logged (the last one too), with its secret replaced.
    await until('the last request in the log', async () => run.api.output().split('[token]').length > requests.length);
    const log = run.api.output();
    expect(log).toContain(`"url":"/api/portal/[token]/%FF"`);
    for (const secret of secrets) expect(log).not.toContain(secret);
    // Nor any piece of it long enough to be guessed from.
    for (const secret of secrets) expect(log).not.toContain(secret.slice(-16));
  });
});
