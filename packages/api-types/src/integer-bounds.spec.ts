import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import * as wire from './index.js';
import { COLUMN_INTEGER_MAX } from './common.js';

/** Properties read from `bigint` columns (the audit chain's sequence); every other integer is at most an `integer`. */
const BIGINT_PROPERTIES = new Set(['seq', 'firstInvalidSeq', 'resumedAfter']);

interface IntegerNode {
  path: string;
  minimum?: number;
  maximum?: number;
}

/** Every `integer` node of a JSON Schema, with the property path that leads to it. */
function integers(node: unknown, path: string[] = [], out: IntegerNode[] = []): IntegerNode[] {
  if (!node || typeof node !== 'object') return out;
  const n = node as Record<string, unknown>;
  if (n.type === 'integer') out.push({ path: path.join('.'), minimum: n.minimum as number, maximum: n.maximum as number });
  for (const [k, v] of Object.entries(n)) {
    if (Array.isArray(v)) v.forEach((x) => integers(x, [...path, k], out));
    else if (v && typeof v === 'object') integers(v, k === 'properties' ? path : [...path, k], out);
  }
  return out;
}

const schemas = Object.entries(wire).filter((e): e is [string, z.ZodType] => e[1] instanceof z.ZodType);
const nodes = schemas.flatMap(([name, s]) =>
  (['input', 'output'] as const).flatMap((io) =>
    integers(z.toJSONSchema(s, { io, unrepresentable: 'any' })).map((n) => ({ ...n, name: `${name} (${io})` })),
  ),
);

describe('integer bounds of the wire shapes', () => {
  it('finds the integers of the exported schemas', () => {
    expect(schemas.length).toBeGreaterThan(50);
    expect(nodes.some((n) => n.name.startsWith('saveAnswersRequestSchema') && n.path.endsWith('version'))).toBe(true);
  });

  it('bounds every integer by the column that holds it', () => {
    const unbounded = nodes.filter((n) => {
      const last = n.path.split('.').filter((p) => p !== 'items' && p !== 'additionalProperties').pop() ?? '';
      const max = BIGINT_PROPERTIES.has(last) ? COLUMN_INTEGER_MAX.bigint : COLUMN_INTEGER_MAX.integer;
      return !(typeof n.maximum === 'number' && n.maximum <= max && typeof n.minimum === 'number' && n.minimum >= -max - 1);
    });
    expect(unbounded.map((n) => `${n.name}: ${n.path}`)).toEqual([]);
  });

  it('refuses the first value past the column in a request', () => {
    const base = { version: 0, answers: {} };
    expect(wire.saveAnswersRequestSchema.safeParse(base).success).toBe(true);
    expect(wire.saveAnswersRequestSchema.safeParse({ ...base, version: COLUMN_INTEGER_MAX.integer }).success).toBe(true);
    expect(wire.saveAnswersRequestSchema.safeParse({ ...base, version: COLUMN_INTEGER_MAX.integer + 1 }).success).toBe(false);
  });
});
