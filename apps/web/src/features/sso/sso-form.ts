import { ROLES, type Role, type SsoConfig, type SsoConfigRequest } from '@ses/api-types';

export interface SsoForm {
  issuer: string;
  clientId: string;
  clientSecret: string;
  roleClaim: string;
  /** One mapping a line: `claim value = role`. */
  roleMapping: string;
  defaultRole: Role | '';
  /** Comma- or space-separated. */
  allowedDomains: string;
  mandatory: boolean;
}

export const emptySsoForm = (): SsoForm => ({ issuer: '', clientId: '', clientSecret: '', roleClaim: 'roles', roleMapping: '', defaultRole: '', allowedDomains: '', mandatory: false });

export function formFromSso(c: SsoConfig): SsoForm {
  return {
    issuer: c.issuer,
    clientId: c.clientId,
    clientSecret: '',
    roleClaim: c.roleClaim,
    roleMapping: Object.entries(c.roleMapping).map(([value, role]) => `${value} = ${role}`).join('\n'),
    defaultRole: c.defaultRole ?? '',
    allowedDomains: c.allowedDomains.join(', '),
    mandatory: c.mandatory,
  };
}

/** The request, or the line numbers (1-based) of role mappings that cannot be read. */
export function requestFromForm(f: SsoForm): { ok: true; body: SsoConfigRequest } | { ok: false; badLines: number[] } {
  const roleMapping: Record<string, Role> = {};
  const badLines: number[] = [];
  f.roleMapping.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    const at = line.lastIndexOf('=');
    const value = line.slice(0, at).trim();
    const role = line.slice(at + 1).trim() as Role;
    if (at < 1 || !value || !ROLES.includes(role)) badLines.push(i + 1);
    else roleMapping[value] = role;
  });
  if (badLines.length) return { ok: false, badLines };
  return {
    ok: true,
    body: {
      issuer: f.issuer.trim(),
      clientId: f.clientId.trim(),
      ...(f.clientSecret ? { clientSecret: f.clientSecret } : {}),
      roleClaim: f.roleClaim.trim(),
      roleMapping,
      defaultRole: f.defaultRole || null,
      allowedDomains: f.allowedDomains.split(/[\s,]+/).map((d) => d.trim().toLowerCase()).filter(Boolean),
      mandatory: f.mandatory,
    },
  };
}
