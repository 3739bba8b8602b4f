import { z } from 'zod';
import { ERROR_CODES, LIMITS } from './rules/index.js';

/** Every error the API returns (DESIGN §6). `code` names the domain error for clients. */
export const errorResponseSchema = z.object({
  statusCode: z.int32(),
  message: z.string(),
  error: z.string(),
  /** The domain error, for clients to switch on. */
  code: z.enum(ERROR_CODES).optional(),
  issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
export type ErrorResponse = z.infer<typeof errorResponseSchema>;

export const uuidSchema = z.uuid();

export const pageQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(LIMITS.list.pageMax).default(1),
  pageSize: z.coerce.number().int().min(1).max(LIMITS.list.pageSizeMax).default(25),
});

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.int32(),
    page: z.int32(),
    pageSize: z.int32(),
  });
}

export const healthResponseSchema = z.object({ status: z.literal('ok') });

/**
 * The largest value of each PostgreSQL integer type, as far as JSON numbers reach. Every
 * integer on the wire is bounded by the column it is stored in or read from (`z.int32()`
 * for `integer`, `z.int()` for `bigint`); a larger value would reach the database and fail
 * there.
 */
export const COLUMN_INTEGER_MAX = {
  smallint: 32_767,
  integer: 2_147_483_647,
  bigint: Number.MAX_SAFE_INTEGER,
} as const;
