import { Body, Query, SetMetadata } from '@nestjs/common';
import type { z } from 'zod';
import { ZodPipe } from './zod';

export interface ApiDocOptions {
  summary: string;
  /** The success body's schema, from `@ses/api-types`. */
  response?: z.ZodType;
  /** The success status when it is not 200. */
  status?: number;
  /** A non-JSON success body, e.g. `text/csv` or `application/pdf`. */
  produces?: string[];
  /** The request is multipart with these file fields. */
  multipart?: string[];
  /**
   * The operation's name in generated clients; by default the controller's name and the
   * handler's (`SuppliersController.list` → `suppliersList`), which stay stable.
   */
  operationId?: string;
  /** Requests this operation makes the server send later (webhooks): event name → JSON body. */
  callbacks?: Record<string, z.ZodType>;
}

export const API_DOC = 'ses:api-doc';
export const API_BODY = 'ses:api-body';
export const API_QUERY = 'ses:api-query';

/** Describes a handler for the OpenAPI document; every route must carry one. */
export const ApiDoc = (options: ApiDocOptions) => SetMetadata(API_DOC, options);

/** Validates the JSON body with a shared schema and records it for the OpenAPI document. */
export function ZodBody(schema: z.ZodType): ParameterDecorator {
  return (target, key, index) => {
    Reflect.defineMetadata(API_BODY, schema, (target as Record<string | symbol, object>)[key!]);
    Body(new ZodPipe(schema))(target, key, index);
  };
}

/** Validates the query string with a shared schema and records it for the OpenAPI document. */
export function ZodQuery(schema: z.ZodType): ParameterDecorator {
  return (target, key, index) => {
    Reflect.defineMetadata(API_QUERY, schema, (target as Record<string | symbol, object>)[key!]);
    Query(new ZodPipe(schema))(target, key, index);
  };
}
