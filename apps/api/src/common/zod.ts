import { type PipeTransform } from '@nestjs/common';
import type { z } from 'zod';
import { DomainError, type Issue } from './errors';

export function toIssues(error: z.ZodError): Issue[] {
  return error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
}

/** Parses with a shared schema or throws a 400 naming every problem. */
export function parseOrThrow<T extends z.ZodType>(schema: T, value: unknown): z.output<T> {
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
