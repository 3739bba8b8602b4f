import { describe, expect, it } from 'vitest';
import { domainAllowed, mapRole } from './sso-claims';

describe('SSO claims', () => {
  const mapping = { 'SES-Admins': 'admin', 'SES-Buyers': 'buyer', Everyone: 'viewer' } as const;

  it('maps the strongest matching value of a string or list claim, else the default', () => {
    expect(mapRole(['Everyone', 'SES-Buyers'], mapping, null)).toBe('buyer');
    expect(mapRole(['SES-Buyers', 'SES-Admins'], mapping, null)).toBe('admin');
    expect(mapRole('Everyone', mapping, null)).toBe('viewer');
    expect(mapRole(['Other'], mapping, 'viewer')).toBe('viewer');
    expect(mapRole(undefined, mapping, null)).toBeNull();
    expect(mapRole([{ nested: 'SES-Admins' }, 7], mapping, null)).toBeNull();
  });

  it('allows listed e-mail domains only, exactly', () => {
    expect(domainAllowed('a@corp.example', ['corp.example'])).toBe(true);
    expect(domainAllowed('a@CORP.example', ['corp.example'])).toBe(true);
    expect(domainAllowed('a@evilcorp.example', ['corp.example'])).toBe(false);
    expect(domainAllowed('a@sub.corp.example', ['corp.example'])).toBe(false);
    expect(domainAllowed('a@anything.test', [])).toBe(true);
  });
});
