import { describe, expect, it } from 'vitest';
import { redactLogArgument, redactText } from './redact';

describe('redaction of secrets in log lines', () => {
  it.each([
    ['/s/abcDEF123_-', '/s/[token]'],
    ["'/api/portal/tok%FF' is not a valid url component", "'/api/portal/[token]' is not a valid url component"],
    ['GET /api/portal/tok/answers?x=1', 'GET /api/portal/[token]/answers?x=1'],
    ['/api/public/grievances/ABCD-EFGH/messages', '/api/public/grievances/[token]/messages'],
    ['//api/portal/tok', '//api/portal/[token]'],
    ['/api%2Fportal%2Ftok', '/api%2Fportal%2F[token]'],
    ['/api/grievances/00000000-0000-4000-8000-000000000000', '/api/grievances/00000000-0000-4000-8000-000000000000'],
    ['/api/suppliers/s', '/api/suppliers/s'],
  ])('%s', (text, redacted) => {
    expect(redactText(text)).toBe(redacted);
  });

  it('redacts errors as errors, message and stack', () => {
    const e = new TypeError("'/s/secretToken%FF' is not a valid url component");
    const out = redactLogArgument(e) as Error;
    expect(out).toBeInstanceOf(TypeError);
    expect(out.message).not.toContain('secretToken');
    expect(out.stack).not.toContain('secretToken');
    expect(e.message).toContain('secretToken');
    const obj = redactLogArgument({ err: e, url: '/api/portal/secretToken' }) as { err: Error; url: string };
    expect(obj.err.stack).not.toContain('secretToken');
    expect(obj.url).toBe('/api/portal/[token]');
  });
});
