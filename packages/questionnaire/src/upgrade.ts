import { FORMAT_VERSION } from './format.js';
import type { Problem } from './problem.js';

type DefinitionDocument = Record<string, unknown>;

/** Turns a document of format version n into one of version n + 1. */
export type UpgradeStep = (document: DefinitionDocument) => DefinitionDocument;

/** Upgrade steps keyed by the version they start from: `steps[1]` turns v1 into v2. */
export type UpgradeSteps = Readonly<Record<number, UpgradeStep>>;

/**
 * The format's history. Empty while version 1 is the only one. When the shape changes,
 * bump FORMAT_VERSION and add `[old]: (doc) => newDoc` here: stored definitions and
 * exported JSON files of older versions must stay readable forever.
 */
export const UPGRADE_STEPS: UpgradeSteps = {};

export type UpgradeResult = { ok: true; document: unknown } | { ok: false; problem: Problem };

/**
 * Brings a raw document up to `target` by running each step from its declared
 * `formatVersion` on. Written against an explicit step table so the mechanism can be
 * tested before the format has a second version.
 */
export function upgradeWith(raw: unknown, steps: UpgradeSteps, target: number): UpgradeResult {
  // A document that is not even an object has no version to read; the schema says what is wrong.
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return { ok: true, document: raw };
  }
  const stated: unknown = (raw as DefinitionDocument).formatVersion;
  const declared = stated === undefined ? 1 : stated;
  if (
    typeof declared !== 'number' ||
    !Number.isInteger(declared) ||
    declared < 1 ||
    declared > target
  ) {
    return {
      ok: false,
      problem: {
        path: 'formatVersion',
        message: `unsupported format version ${describe(declared)}`,
      },
    };
  }
  if (declared === target) return { ok: true, document: raw };

  // Steps may rewrite nested parts; the caller's object must stay as it was.
  let document = structuredClone(raw) as DefinitionDocument;
  for (let version = declared; version < target; version++) {
    const step = steps[version];
    if (!step) throw new Error(`no upgrade step from format version ${version} to ${version + 1}`);
    // The runner stamps the version so a step cannot forget it.
    document = { ...step(document), formatVersion: version + 1 };
  }
  return { ok: true, document };
}

/** Upgrades a raw definition to FORMAT_VERSION; throws on a version this code cannot read. */
export function upgradeDefinition(raw: unknown): unknown {
  const result = upgradeWith(raw, UPGRADE_STEPS, FORMAT_VERSION);
  if (!result.ok) throw new Error(`${result.problem.path}: ${result.problem.message}`);
  return result.document;
}

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) {
    return String(value);
  }
  return `(${typeof value})`;
}
