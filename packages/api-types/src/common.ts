import { z } from 'zod';
import { ERROR_CODES, ISSUE_CODES, LIMITS } from './rules/index.js';

/** Parameters of an issue's message: numbers and short strings, by name. */
export const issueParamsSchema = z.record(z.string(), z.union([z.string(), z.number()]));

/**
 * One problem with a request's value: `path` names the field, `message` says it in English,
 * and `code` + `params` let a client say it in the user's language.
 */
export const issueSchema = z.object({
  path: z.string(),
  message: z.string(),
  code: z.enum(ISSUE_CODES).optional(),
  params: issueParamsSchema.optional(),
});
export type Issue = z.infer<typeof issueSchema>;

/** Every error the API returns (DESIGN §6). `code` names the domain error for clients. */
export const errorResponseSchema = z.object({
  statusCode: z.int32(),
  message: z.string(),
  error: z.string(),
  /** The domain error, for clients to switch on. */
  code: z.enum(ERROR_CODES).optional(),
  issues: z.array(issueSchema).optional(),
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
