import { describe, expect, it } from 'vitest';
import type { SsoConfig } from '@ses/api-types';
import { emptySsoForm, formFromSso, requestFromForm } from './sso-form';

describe('SSO settings form', () => {
  it('reads role mappings a line each, domains by comma or space, and leaves an empty secret out', () => {
    const out = requestFromForm({
      ...emptySsoForm(),
      issuer: ' https://login.example/tenant/v2.0 ',
      clientId: 'abc',
      roleClaim: 'groups',
      roleMapping: 'SES Admins = admin\n\nbuyers=buyer\n',
      allowedDomains: 'Corp.example, other.example  third.example',
    });
    expect(out).toEqual({
      ok: true,
      body: {
        issuer: 'https://login.example/tenant/v2.0',
        clientId: 'abc',
        roleClaim: 'groups',
        roleMapping: { 'SES Admins': 'admin', buyers: 'buyer' },
        defaultRole: null,
        allowedDomains: ['corp.example', 'other.example', 'third.example'],
        mandatory: false,
      },
    });
  });

  it('names the lines it cannot read', () => {
    expect(requestFromForm({ ...emptySsoForm(), roleMapping: 'ok = viewer\nno role here\n= admin\nx = owner' })).toEqual({ ok: false, badLines: [2, 3, 4] });
  });

  it('round-trips a stored configuration without its secret', () => {
    const c: SsoConfig = { issuer: 'https://idp.example', clientId: 'id', clientSecretHint: '••••abcd', roleClaim: 'roles', roleMapping: { A: 'admin' }, defaultRole: 'viewer', allowedDomains: ['corp.example'], mandatory: true, redirectUri: 'x', loginUrl: 'y' };
    const f = formFromSso(c);
    expect(f.clientSecret).toBe('');
    expect(requestFromForm(f)).toEqual({ ok: true, body: { issuer: 'https://idp.example', clientId: 'id', roleClaim: 'roles', roleMapping: { A: 'admin' }, defaultRole: 'viewer', allowedDomains: ['corp.example'], mandatory: true } });
  });
});
