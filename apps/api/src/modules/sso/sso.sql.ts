/**
 * What other modules may read of the single sign-on settings in SQL: a read-only relation
 * without the client secret, used as `FROM ${SSO_CONFIGS} c WHERE …` (e.g. whether password
 * sign-in is closed). Every write goes through SsoService.
 */
export const SSO_CONFIGS = `(SELECT organization_id, issuer, mandatory FROM sso_configs)`;
