import { type PipeTransform } from '@nestjs/common';
import type { z } from 'zod';
import { DomainError, type Issue } from './errors';

export function toIssues(error: z.ZodError): Issue[] {
  return error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
}

/**
 * The path of the first string (value or key) holding an unpaired UTF-16 surrogate, which
 * no UTF-8 text can store: the driver would silently replace it with U+FFFD.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const wellFormed = (s: string) => !LONE_SURROGATE.test(s);

export function malformedStringPath(value: unknown, path: string[] = [], depth = 0): string | null {
  if (typeof value === 'string') return wellFormed(value) ? null : path.join('.') || '(body)';
  if (!value || typeof value !== 'object' || depth > 64) return null;
  for (const [k, v] of Object.entries(value)) {
    if (!wellFormed(k)) return [...path, '(key)'].join('.');
    const bad = malformedStringPath(v, [...path, k], depth + 1);
    if (bad) return bad;
  }
  return null;
}

/** Parses with a shared schema or throws a 400 naming every problem. */
export function parseOrThrow<T extends z.ZodType>(schema: T, value: unknown): z.output<T> {
  const malformed = malformedStringPath(value);
  if (malformed !== null) {
    const message = 'contains an unpaired UTF-16 surrogate (not valid Unicode text)';
    throw new DomainError('VALIDATION_FAILED', `${malformed}: ${message}`, [{ path: malformed, message }]);
  }
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = toIssues(result.error);
  const message = issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ');
  throw new DomainError('VALIDATION_FAILED', message || 'invalid input', issues);
}

/** `@Body(new ZodPipe(schema))`: the request shape comes from `@ses/api-types`. */
export class ZodPipe<T extends z.ZodType> implements PipeTransform<unknown, z.output<T>> {
  constructor(readonly schema: T) {}

  transform(value: unknown): z.output<T> {
    return parseOrThrow(this.schema, value ?? {});
  }
}
