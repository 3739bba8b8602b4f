import { Inject, Injectable } from '@nestjs/common';
import { API_KEY_PREFIX, type ApiKey, type ApiKeyList, type CreateApiKeyRequest, type CreateApiKeyResponse } from '@ses/api-types';
import { DataSource } from 'typeorm';
import { ApiKeyResolver, type AuthUser } from '../../common/auth';
import { DomainError, notFound } from '../../common/errors';
import { hashToken, newToken } from '../../common/tokens';
import { APP_CONFIG, type AppConfig } from '../../config/config';
import { AuditService } from '../audit/audit.service';
import { userActor } from '../audit/audit.util';
import { USERS } from '../users/users.sql';

interface KeyRow {
  id: string;
  name: string;
  scope: 'read' | 'write';
  prefix: string;
  created_at: Date;
  last_used_at: Date | null;
  expires_at: Date | null;
}

/** Characters of a key kept in clear so that admins can tell their keys apart. */
const SHOWN = API_KEY_PREFIX.length + 6;
/** `last_used_at` is written at most this often per key and process. */
const TOUCH_EVERY_MS = 60_000;
const WINDOW_MS = 60_000;

/**
 * API keys: made and revoked by admins, stored only as their SHA-256, and resolved by the
 * auth guard for a bearer value with the key prefix. A key acts for the admin who made it,
 * with the role its scope allows (read: viewer, write: buyer), under its own rate limit.
 */
@Injectable()
export class ApiKeysService extends ApiKeyResolver {
  private readonly touched = new Map<string, number>();
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {
    super();
  }

  async create(me: AuthUser, input: CreateApiKeyRequest): Promise<CreateApiKeyResponse> {
    const key = API_KEY_PREFIX + newToken();
    return this.db.transaction(async (m) => {
      const [row]: { id: string }[] = await m.query(
        `INSERT INTO api_keys (organization_id, created_by, name, scope, prefix, key_hash, expires_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
        [me.organizationId, me.id, input.name, input.scope, key.slice(0, SHOWN), hashToken(key), input.expiresAt ?? null],
      );
      await this.audit.record(m, {
        organizationId: me.organizationId,
        actor: userActor(me),
        action: 'api_key.create',
        entityType: 'api_key',
        entityId: row.id,
        after: { name: input.name, scope: input.scope, expiresAt: input.expiresAt ?? null },
      });
      return { id: row.id, key };
    });
  }

  /** Keys not revoked, newest first (expired ones too, so that admins see why a client fails). */
  async list(organizationId: string): Promise<ApiKeyList> {
    const rows: KeyRow[] = await this.db.query(
      `SELECT id, name, scope, prefix, created_at, last_used_at, expires_at FROM api_keys
       WHERE organization_id = $1 AND revoked_at IS NULL ORDER BY created_at DESC, id`,
      [organizationId],
    );
    return { items: rows.map(toApiKey) };
  }

  async revoke(me: AuthUser, id: string): Promise<void> {
    await this.db.transaction(async (m) => {
      const [rows]: [{ name: string }[], number] = await m.query(
        `UPDATE api_keys SET revoked_at = now() WHERE id = $1 AND organization_id = $2 AND revoked_at IS NULL RETURNING name`,
        [id, me.organizationId],
      );
      if (rows.length === 0) throw notFound('API key');
      await this.audit.record(m, {
        organizationId: me.organizationId,
        actor: userActor(me),
        action: 'api_key.revoke',
        entityType: 'api_key',
        entityId: id,
        before: { name: rows[0].name },
      });
    });
  }

  async resolve(key: string): Promise<AuthUser | null> {
    const [row]: { id: string; organization_id: string; created_by: string; name: string; scope: 'read' | 'write' }[] =
      await this.db.query(
        `SELECT k.id, k.organization_id, k.created_by, k.name, k.scope FROM api_keys k
         JOIN ${USERS} u ON u.id = k.created_by AND u.organization_id = k.organization_id
         WHERE k.key_hash = $1 AND k.revoked_at IS NULL AND (k.expires_at IS NULL OR k.expires_at > now())`,
        [hashToken(key)],
      );
    if (!row) return null;
    this.limit(row.id);
    await this.touch(row.id);
    return {
      id: row.created_by,
      organizationId: row.organization_id,
      role: row.scope === 'write' ? 'buyer' : 'viewer',
      sessionId: row.id,
      apiKey: { id: row.id, name: row.name, scope: row.scope },
    };
  }

  /** A fixed one-minute window per key and process, apart from people's sessions. */
  private limit(id: string): void {
    const now = Date.now();
    const w = this.windows.get(id);
    if (!w || now - w.start >= WINDOW_MS) {
      if (this.windows.size > 10_000) this.windows.clear();
      this.windows.set(id, { start: now, count: 1 });
      return;
    }
    if (++w.count > this.config.apiKeyRateLimit) {
      throw new DomainError('RATE_LIMITED', `this API key made more than ${this.config.apiKeyRateLimit} requests in a minute`);
    }
  }

  private async touch(id: string): Promise<void> {
    const now = Date.now();
    if (now - (this.touched.get(id) ?? 0) < TOUCH_EVERY_MS) return;
    this.touched.set(id, now);
    await this.db.query(`UPDATE api_keys SET last_used_at = now() WHERE id = $1`, [id]);
  }
}

function toApiKey(r: KeyRow): ApiKey {
  return {
    id: r.id,
    name: r.name,
    scope: r.scope,
    prefix: r.prefix,
    createdAt: r.created_at.toISOString(),
    lastUsedAt: r.last_used_at?.toISOString() ?? null,
    expiresAt: r.expires_at?.toISOString() ?? null,
  };
}
