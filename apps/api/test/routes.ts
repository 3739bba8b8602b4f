import type { TestApp } from './harness';

export interface RegisteredRoute {
  method: string;
  /** The path with every parameter written `{}`, names aside (two routes may share a node). */
  path: string;
}

const param = /:[^/.]+/g;

/** A path of the OpenAPI document or of the router in the same form: parameters as `{}`. */
export const routeKey = (path: string) => path.replace(/\{[^}]+\}/g, '{}').replace(param, '{}');

/**
 * Every route Fastify's router holds, read from its own route table (`printRoutes`), so that
 * a route the OpenAPI document's discovery misses is still seen. HEAD routes Fastify adds to
 * each GET are left out.
 */
export function registeredRoutes(t: TestApp, prefix = '/api/'): RegisteredRoute[] {
  const tree = t.app.getHttpAdapter().getInstance().printRoutes({ commonPrefix: false });
  const parents: string[] = [];
  const routes: RegisteredRoute[] = [];
  for (const line of tree.split('\n')) {
    const m = /^((?:[│ ] {3})*)[├└]── (.+?)(?: \(([A-Z, ]+)\))?$/.exec(line);
    if (!m) continue;
    const depth = m[1].length / 4;
    const path = (parents[depth - 1] ?? '') + m[2];
    parents[depth] = path;
    parents.length = depth + 1;
    for (const method of m[3]?.split(', ') ?? []) {
      if (method !== 'HEAD' && path.startsWith(prefix)) routes.push({ method: method.toLowerCase(), path: routeKey(path) });
    }
  }
  return routes;
}
