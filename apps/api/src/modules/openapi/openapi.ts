import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import type { DiscoveryService } from '@nestjs/core';
import { errorResponseSchema } from '@ses/api-types';
import { z } from 'zod';
import { API_BODY, API_DOC, API_QUERY, type ApiDocOptions } from '../../common/api-doc';
import { IS_PUBLIC } from '../../common/auth';

export interface RouteInfo {
  method: string;
  path: string;
  doc: ApiDocOptions | undefined;
  body: z.ZodType | undefined;
  query: z.ZodType | undefined;
  isPublic: boolean;
  operationId: string;
}

/** Every route the application serves, read from the controllers' own metadata. */
export function collectRoutes(discovery: DiscoveryService, prefix: string): RouteInfo[] {
  const routes: RouteInfo[] = [];
  for (const wrapper of discovery.getControllers()) {
    const cls = wrapper.metatype as (new (...args: never[]) => unknown) | undefined;
    if (!cls) continue;
    const base = String(Reflect.getMetadata(PATH_METADATA, cls) ?? '');
    for (const name of Object.getOwnPropertyNames(cls.prototype)) {
      const handler = (cls.prototype as Record<string, unknown>)[name];
      if (name === 'constructor' || typeof handler !== 'function') continue;
      const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
      const sub = Reflect.getMetadata(PATH_METADATA, handler) as string | undefined;
      if (method === undefined || sub === undefined) continue;
      const path = ['', prefix, base, sub].map((p) => p.replace(/^\/+|\/+$/g, '')).filter(Boolean).join('/');
      const doc: ApiDocOptions | undefined = Reflect.getMetadata(API_DOC, handler);
      routes.push({
        operationId: doc?.operationId ?? defaultOperationId(cls.name, name),
        method: RequestMethod[method].toLowerCase(),
        path: '/' + path,
        doc,
        body: Reflect.getMetadata(API_BODY, handler),
        query: Reflect.getMetadata(API_QUERY, handler),
        isPublic: Boolean(Reflect.getMetadata(IS_PUBLIC, handler) ?? Reflect.getMetadata(IS_PUBLIC, cls)),
      });
    }
  }
  return routes;
}

/** `SuppliersController` + `list` → `suppliersList`. */
export function defaultOperationId(controller: string, handler: string): string {
  const base = controller.replace(/Controller$/, '');
  return base.charAt(0).toLowerCase() + base.slice(1) + handler.charAt(0).toUpperCase() + handler.slice(1);
}

const schema = (s: z.ZodType, io: 'input' | 'output') =>
  withoutUntypedNullable(z.toJSONSchema(s, { io, unrepresentable: 'any', target: 'openapi-3.0' }));

/**
 * OpenAPI 3.0 allows `nullable` only beside a `type`. Zod writes `{ nullable: true }` for
 * `z.unknown().nullable()`, a schema that admits null anyway: the flag is dropped there.
 */
function withoutUntypedNullable<T>(node: T): T {
  if (Array.isArray(node)) node.forEach(withoutUntypedNullable);
  else if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if (o.nullable === true && o.type === undefined) delete o.nullable;
    Object.values(o).forEach(withoutUntypedNullable);
  }
  return node;
}

/** Standard Webhooks headers of every callback request. */
const CALLBACK_HEADERS = [
  { name: 'webhook-id', description: 'The message id: the same on every attempt and replay' },
  { name: 'webhook-timestamp', description: 'Seconds since the epoch when this attempt was signed' },
  { name: 'webhook-signature', description: '`v1,<base64 HMAC-SHA256 of "id.timestamp.body">` under the secret' },
].map((h) => ({ ...h, in: 'header', required: true, schema: { type: 'string' } }));

function callbacksOf(operationId: string, callbacks: Record<string, z.ZodType>) {
  return Object.fromEntries(
    Object.entries(callbacks).map(([event, body]) => [
      event,
      {
        '{$request.body#/url}': {
          post: {
            operationId: `${operationId}_${event.replace(/[^A-Za-z0-9]+(.)/g, (_, c: string) => c.toUpperCase())}`,
            summary: `The ${event} event`,
            parameters: CALLBACK_HEADERS,
            requestBody: { required: true, content: { 'application/json': { schema: schema(body, 'output') } } },
            responses: {
              '2XX': { description: 'Received' },
              '4XX': { description: 'Refused: retried with backoff, like any answer other than 2XX' },
            },
          },
        },
      },
    ]),
  );
}

/** The OpenAPI 3 document, built from the same zod schemas the API validates with. */
export function buildOpenApi(routes: RouteInfo[], version: string) {
  const paths: Record<string, Record<string, unknown>> = {};
  const operationIds = new Set<string>();
  for (const r of routes) {
    const path = r.path.replace(/:(\w+)/g, '{$1}');
    const doc = r.doc;
    const status = String(doc?.status ?? (r.method === 'post' ? 201 : 200));
    const params = [...r.path.matchAll(/:(\w+)/g)].map((m) => ({ name: m[1], in: 'path', required: true, schema: { type: 'string' } }));
    const query = r.query ? queryParams(r.query) : [];
    const success = doc?.produces
      ? { description: 'OK', content: Object.fromEntries(doc.produces.map((t) => [t, { schema: { type: 'string', format: 'binary' } }])) }
      : doc?.response
        ? { description: 'OK', content: { 'application/json': { schema: schema(doc.response, 'output') } } }
        : { description: 'OK' };
    const requestBody = r.body
      ? { required: true, content: { 'application/json': { schema: schema(r.body, 'input') } } }
      : doc?.multipart
        ? {
            required: true,
            content: {
              'multipart/form-data': {
                schema: { type: 'object', properties: Object.fromEntries(doc.multipart.map((f) => [f, { type: 'string', format: 'binary' }])) },
              },
            },
          }
        : undefined;
    paths[path] ??= {};
    if (operationIds.has(r.operationId)) throw new Error(`two operations are named ${r.operationId}`);
    operationIds.add(r.operationId);
    paths[path][r.method] = {
      operationId: r.operationId,
      summary: doc?.summary ?? '',
      tags: [r.path.split('/')[2] ?? 'api'],
      ...(r.isPublic ? { security: [] } : {}),
      parameters: [...params, ...query],
      ...(requestBody ? { requestBody } : {}),
      ...(doc?.callbacks ? { callbacks: callbacksOf(r.operationId, doc.callbacks) } : {}),
      responses: {
        [status]: success,
        '4XX': { description: 'Client error', content: { 'application/json': { schema: schema(errorResponseSchema, 'output') } } },
      },
    };
  }
  return {
    openapi: '3.0.3',
    info: { title: 'Supplier Engagement Survey API', version },
    servers: [{ url: '/' }],
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    security: [{ bearer: [] }],
    paths,
  };
}

function queryParams(s: z.ZodType) {
  const json = schema(s, 'input') as { properties?: Record<string, unknown>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, sch]) => ({
    name,
    in: 'query',
    required: json.required?.includes(name) ?? false,
    schema: sch,
  }));
}
