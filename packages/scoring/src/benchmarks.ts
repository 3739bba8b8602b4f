import type { GradeResult } from './result.js';

/** DESIGN §4 rule 9: average rate per theme, overall and per product type. */
export interface Benchmarks {
  overall: Record<string, number>;
  byProductType: Record<string, Record<string, number>>;
}

export interface BenchmarkInput {
  /** The supplier's product type; null counts towards the overall averages only. */
  productType: string | null;
  result: GradeResult;
}

interface Tally {
  sums: Map<string, number>;
  counts: Map<string, number>;
}

/**
 * Averages the theme rates of the given (submitted) responses. A theme without a rate
 * (N/A) is left out of its average rather than counted as 0; a theme no response has a
 * rate for is absent from the output.
 */
export function benchmarks(results: readonly BenchmarkInput[]): Benchmarks {
  const overall: Tally = { sums: new Map(), counts: new Map() };
  const byType = new Map<string, Tally>();
  for (const { productType, result } of results) {
    let typeTally: Tally | undefined;
    if (productType !== null) {
      typeTally = byType.get(productType);
      if (!typeTally) byType.set(productType, (typeTally = { sums: new Map(), counts: new Map() }));
    }
    for (const [theme, { rate }] of Object.entries(result.themes)) {
      if (rate === null) continue;
      add(overall, theme, rate);
      if (typeTally) add(typeTally, theme, rate);
    }
  }
  // Maps, then objects: product types and theme keys come from users and must not meet
  // Object.prototype (a product type named "constructor" or "__proto__").
  const byProductType: Record<string, Record<string, number>> = {};
  for (const [type, tally] of byType) define(byProductType, type, averages(tally));
  return { overall: averages(overall), byProductType };
}

function add(tally: Tally, theme: string, rate: number): void {
  tally.sums.set(theme, (tally.sums.get(theme) ?? 0) + rate);
  tally.counts.set(theme, (tally.counts.get(theme) ?? 0) + 1);
}

function averages(tally: Tally): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [theme, sum] of tally.sums) define(out, theme, sum / tally.counts.get(theme)!);
  return out;
}

function define<T>(target: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

/**
 * The product-type averages a feedback sheet shows beside each theme's rate: the
 * benchmarks of one product type (the same rule: N/A themes left out, absent when no
 * response of the type has a rate for the theme).
 */
export function productTypeAverages(results: readonly BenchmarkInput[], productType: string): Record<string, number> {
  const own = benchmarks(results.filter((r) => r.productType === productType)).byProductType;
  return Object.hasOwn(own, productType) ? own[productType]! : {};
}
