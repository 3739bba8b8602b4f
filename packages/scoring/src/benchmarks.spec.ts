import { describe, expect, it } from 'vitest';
import { benchmarks, productTypeAverages } from './benchmarks.js';
import type { GradeResult, ThemeResult } from './result.js';

function result(rates: Record<string, number | null>): GradeResult {
  const themes: Record<string, ThemeResult> = {};
  for (const [key, rate] of Object.entries(rates)) {
    themes[key] = {
      earned: 0,
      possible: 0,
      rate,
      grade: rate === null ? 'N/A' : 'A',
      criticalFailures: [],
      lostPoints: [],
    };
  }
  return {
    rulesVersion: 'x',
    depth: 'core',
    thresholds: { A: 80, B: 60, C: 40 },
    themes,
    overall: { rate: null, grade: 'N/A' },
  };
}

describe('benchmarks', () => {
  it('averages each theme’s rate overall and per product type, ignoring themes without a rate', () => {
    const out = benchmarks([
      { productType: 'cables', result: result({ labour: 100, environment: 50 }) },
      { productType: 'cables', result: result({ labour: 50, environment: null }) },
      { productType: 'pcb', result: result({ labour: 0, environment: 20 }) },
      { productType: null, result: result({ labour: 10, environment: 80 }) },
    ]);
    expect(out).toEqual({
      overall: { labour: 40, environment: 50 },
      byProductType: {
        cables: { labour: 75, environment: 50 },
        pcb: { labour: 0, environment: 20 },
      },
    });
  });

  it('leaves out a theme nobody has a rate for, and handles no results', () => {
    expect(benchmarks([{ productType: 'x', result: result({ labour: null }) }])).toEqual({
      overall: {},
      byProductType: { x: {} },
    });
    expect(benchmarks([])).toEqual({ overall: {}, byProductType: {} });
  });

  it('keeps product types that collide with Object.prototype names as plain keys', () => {
    const out = benchmarks([{ productType: '__proto__', result: result({ labour: 70 }) }]);
    expect(Object.keys(out.byProductType)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(out.byProductType)).toBe(Object.prototype);
    expect(JSON.parse(JSON.stringify(out)).byProductType).toEqual(
      JSON.parse('{"__proto__":{"labour":70}}'),
    );
  });
});

describe('productTypeAverages', () => {
  it('averages the rates of one product type only, N/A themes left out', () => {
    const inputs = [
      { productType: 'cables', result: result({ labour: 100, environment: null }) },
      { productType: 'cables', result: result({ labour: 50, environment: null }) },
      { productType: 'pcb', result: result({ labour: 0, environment: 20 }) },
      { productType: null, result: result({ labour: 10 }) },
    ];
    expect(productTypeAverages(inputs, 'cables')).toEqual({ labour: 75 });
    expect(productTypeAverages(inputs, 'pcb')).toEqual({ labour: 0, environment: 20 });
    expect(productTypeAverages(inputs, 'none')).toEqual({});
    expect(productTypeAverages(inputs, 'constructor')).toEqual({});
  });
});
