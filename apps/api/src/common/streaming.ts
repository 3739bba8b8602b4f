import { PassThrough, type Readable, Transform, pipeline } from 'node:stream';
import type { FastifyReply } from 'fastify';
import type { PoolClient } from 'pg';
import QueryStream from 'pg-query-stream';
import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { CONTENT_TYPES, type Cell, type CellRow, type TabularFormat, outText } from './tabular';
import { writeXlsxStream } from './xlsx-stream';

/**
 * Rows fetched from the cursor per round trip. A batch is turned into cells in one turn of
 * the event loop, so it is kept small: other requests wait at most for one batch.
 */
const CURSOR_BATCH = 500;

/**
 * The rows of a query as an object stream, read through a server-side cursor on a
 * connection of the application's pool: memory stays flat in the row count. The connection
 * goes back to the pool when the stream ends or is destroyed (a client that went away);
 * after an error it is discarded rather than reused mid-protocol.
 */
export async function queryStream<T>(db: DataSource, sql: string, params: unknown[]): Promise<Readable & AsyncIterable<T>> {
  const [client, release] = (await (db.driver as PostgresDriver).obtainMasterConnection()) as [PoolClient, (err?: unknown) => void];
  const stream = client.query(new QueryStream(sql, params, { batchSize: CURSOR_BATCH, highWaterMark: CURSOR_BATCH }));
  let failed: unknown;
  stream.once('error', (e) => (failed = e));
  stream.once('close', () => release(failed));
  return stream as unknown as Readable & AsyncIterable<T>;
}

/** A row-by-row transform (sync, per row), so the loop yields between the cursor's batches. */
export function mapRows<I, O>(fn: (row: I) => O): Transform {
  return new Transform({
    objectMode: true,
    transform(row: I, _enc, cb) {
      try {
        cb(null, fn(row));
      } catch (e) {
        cb(e as Error);
      }
    },
  });
}

function attachmentHeaders(reply: FastifyReply, format: TabularFormat, filename: string): void {
  void reply
    .header('content-type', CONTENT_TYPES[format])
    .header('content-disposition', `attachment; filename="${filename}"`)
    .header('cache-control', 'no-store');
}

/**
 * Streams rows to the response as CSV (UTF-8 with BOM, cells guarded against formula
 * injection, byte for byte what csv-stringify writes) or XLSX (SpreadsheetML written row by row
 * into a zip stream, see xlsx-stream.ts). The response starts with the first rows;
 * if the client goes away, the source is destroyed, which closes the cursor and frees its
 * connection.
 */
export function sendTabularStream(
  reply: FastifyReply,
  format: TabularFormat,
  filename: string,
  columns: readonly string[],
  source: Readable,
  sheetName = 'Sheet1',
): void {
  attachmentHeaders(reply, format, filename);
  // Rows come keyed by column, or (faster) as cells already in the columns' order.
  const cells = (r: CellRow | Cell[]): Cell[] => (Array.isArray(r) ? r : columns.map((c) => r[c] ?? ''));
  if (format === 'csv') {
    // A BOM so that Excel opens UTF-8 Japanese text correctly.
    const out = pipeline(source, csvLines(columns, (r: CellRow | Cell[]) => cells(r).map(outText)), coalesce(), () => undefined);
    void reply.send(out);
    return;
  }
  const out = new PassThrough();
  void reply.send(out);
  void writeXlsx(out, columns, source, cells, sheetName);
}

async function writeXlsx(out: PassThrough, columns: readonly string[], source: Readable, cells: (r: CellRow | Cell[]) => Cell[], sheetName: string) {
  // The response closed before the end (client gone): stop reading, which frees the cursor.
  const abort = () => source.destroy();
  out.once('close', abort);
  async function* rows(): AsyncGenerator<Cell[]> {
    for await (const record of source as AsyncIterable<CellRow | Cell[]>) yield cells(record);
  }
  try {
    await writeXlsxStream(out, columns, rows(), sheetName);
  } catch (e) {
    out.destroy(e as Error);
  } finally {
    out.off('close', abort);
  }
}

/** A source stream through row-by-row mappings; destroying the result destroys the cursor. */
export function through(source: Readable, ...maps: Transform[]): Readable {
  return pipeline([source, ...maps], () => undefined) as unknown as Readable;
}

/**
 * Rows to CSV lines, as csv-stringify writes them with its defaults (a field quoted when it
 * holds a comma, a quote or a line break, quotes doubled; lines ended by \n), preceded by
 * the BOM and the header even when there are no rows. Built here as one string per row: the
 * library's per-field option handling cost more than the rest of a large export.
 */
function csvLines<I>(columns: readonly string[], fn: (row: I) => string[]): Transform {
  let started = false;
  const header = () => `\uFEFF${columns.map(csvField).join(',')}\n`;
  return new Transform({
    writableObjectMode: true,
    transform(row: I, _enc, cb) {
      try {
        const line = `${fn(row).map(csvField).join(',')}\n`;
        cb(null, started ? line : ((started = true), header() + line));
      } catch (e) {
        cb(e as Error);
      }
    },
    flush(cb) {
      cb(null, started ? undefined : header());
    },
  });
}

const NEEDS_QUOTES = /[",\r\n]/;
const csvField = (s: string): string => (NEEDS_QUOTES.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/**
 * Joins the small chunks written in one turn of the event loop (`csvLines` pushes one per
 * row) into one, so the socket gets a write per batch instead of a syscall per row.
 */
function coalesce(limit = 64 * 1024): Transform {
  let parts: Buffer[] = [];
  let size = 0;
  let scheduled = false;
  const flush = (t: Transform) => {
    scheduled = false;
    if (size === 0) return;
    t.push(parts.length === 1 ? parts[0] : Buffer.concat(parts, size));
    parts = [];
    size = 0;
  };
  return new Transform({
    transform(chunk: Buffer | string, _enc, cb) {
      const b = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
      parts.push(b);
      size += b.length;
      if (size >= limit) flush(this);
      else if (!scheduled) {
        scheduled = true;
        setImmediate(() => flush(this));
      }
      cb();
    },
    flush(cb) {
      flush(this);
      cb();
    },
  });
}
