import { parentPort, workerData } from 'node:worker_threads';
import { Client } from 'pg';
import { ChainCheck, type Head, readChain } from './audit-chain';

/** One segment (after, last] of an organisation's chain, checked on its own connection. */
export interface SegmentTask {
  databaseUrl: string;
  organizationId: string;
  after: number;
  last: number;
  saved: Head | null;
}

export interface SegmentResult {
  checked: number;
  first: { seq: number; prevHash: string } | null;
  last: Head | null;
  invalidSeq: number | null;
}

/**
 * Verifying millions of events is seconds of hashing: run here, in a worker thread, it
 * leaves the API's event loop free, and segments checked side by side use every core.
 */
export async function checkSegment(task: SegmentTask): Promise<SegmentResult> {
  const client = new Client({ connectionString: task.databaseUrl, application_name: 'ses-api-audit-verify' });
  await client.connect();
  try {
    const check = new ChainCheck(task.organizationId, null, task.saved);
    const query = async (sql: string, params: unknown[]) => (await client.query(sql, params)).rows as unknown[];
    for await (const rows of readChain(query, task.organizationId, task.after, task.last)) {
      if (!check.push(rows)) break;
    }
    return { checked: check.checked, first: check.first, last: check.head, invalidSeq: check.invalidSeq };
  } finally {
    await client.end();
  }
}

if (parentPort && workerData) {
  const port = parentPort;
  checkSegment(workerData as SegmentTask).then(
    (result) => port.postMessage({ result }),
    (e: unknown) => port.postMessage({ error: e instanceof Error ? e.message : String(e) }),
  );
}
