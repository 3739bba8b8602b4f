import { ROLES, type Role } from '@ses/api-types';

/** The strongest role any value of the role claim maps to, else the default (null: refused). */
export function mapRole(claim: unknown, mapping: Record<string, Role>, fallback: Role | null): Role | null {
  const values = (Array.isArray(claim) ? claim : [claim]).filter((v): v is string => typeof v === 'string');
  const granted = new Set(values.map((v) => mapping[v]).filter(Boolean));
  // ROLES is ordered from the strongest (admin) to the weakest (viewer).
  return ROLES.find((r) => granted.has(r)) ?? fallback;
}

/** The e-mail's domain is one of the allowed ones (any when the list is empty). */
export function domainAllowed(email: string, allowed: string[]): boolean {
  if (allowed.length === 0) return true;
  const domain = email.slice(email.lastIndexOf('@') + 1).toLowerCase();
  return allowed.includes(domain);
}
