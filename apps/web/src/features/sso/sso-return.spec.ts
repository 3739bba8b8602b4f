import { describe, expect, it } from 'vitest';
import { ssoErrorCode, ssoStartUrl, takeSsoToken } from './sso-return';

describe('single sign-on return', () => {
  it('takes the token from the fragment and removes it from the address', () => {
    const replaced: string[] = [];
    const token = 'a'.repeat(43);
    expect(takeSsoToken({ hash: `#sso_token=${token}`, pathname: '/login', search: '' }, (u) => replaced.push(u))).toBe(token);
    expect(replaced).toEqual(['/login']);
  });

  it('ignores an address without a token and refuses a malformed one', () => {
    const replaced: string[] = [];
    expect(takeSsoToken({ hash: '', pathname: '/login', search: '?redirect=/x' }, (u) => replaced.push(u))).toBeNull();
    expect(replaced).toEqual([]);
    expect(takeSsoToken({ hash: '#sso_token=<script>', pathname: '/login', search: '' }, (u) => replaced.push(u))).toBeNull();
    expect(replaced).toEqual(['/login']);
  });

  it('knows the error codes, and treats others as a failure', () => {
    expect(ssoErrorCode('SSO_NO_ROLE')).toBe('SSO_NO_ROLE');
    expect(ssoErrorCode('SOMETHING')).toBe('SSO_FAILED');
    expect(ssoErrorCode(undefined)).toBeNull();
    expect(ssoStartUrl(' Corp-Procurement ')).toBe('/api/auth/sso/corp-procurement/start');
  });
});
