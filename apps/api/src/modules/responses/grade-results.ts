import type { DataSource, EntityManager } from 'typeorm';
import type { GradeResult } from '@ses/scoring';

/**
 * A response's grading result (the full explanation) lives in `response_results`, out of
 * the `responses` row that list pages scan. Only the response's own pages read it.
 */
type Db = DataSource | EntityManager;

export async function readGradeResult(db: Db, responseId: string): Promise<GradeResult | null> {
  const [row]: { result: GradeResult }[] = await db.query(`SELECT result FROM response_results WHERE response_id = $1`, [responseId]);
  return row?.result ?? null;
}

/** Stores the result of a (re)submission, in its transaction. */
export async function writeGradeResult(m: EntityManager, responseId: string, result: GradeResult): Promise<void> {
  await m.query(
    `INSERT INTO response_results (response_id, result) VALUES ($1, $2)
     ON CONFLICT (response_id) DO UPDATE SET result = excluded.result`,
    [responseId, result],
  );
}

/** A reopened response has no grade until it is submitted again. */
export async function clearGradeResult(m: EntityManager, responseId: string): Promise<void> {
  await m.query(`DELETE FROM response_results WHERE response_id = $1`, [responseId]);
}
