import { z } from 'zod';
import { ERROR_CODES, LIMITS } from './rules/index.js';

/** Every error the API returns (DESIGN §6). `code` names the domain error for clients. */
export const errorResponseSchema = z.object({
  statusCode: z.number().int(),
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
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}

export const healthResponseSchema = z.object({ status: z.literal('ok') });
