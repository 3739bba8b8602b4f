// Runs the budget benchmarks of DESIGN §7 one after the other, each in its own Node process
// against the built code, then prints a summary and exits non-zero when any missed its
// budget (or failed to run). `npm run bench` builds first; to run some only:
//   node scripts/bench.mjs autosave matrix
// Each benchmark prints its own figures and a line ending in PASS or FAIL, and exits 0 only
// when it met its budget.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** A benchmark that takes longer than this is stopped and counted as failed. */
const TIMEOUT_MS = 5 * 60_000;

const BENCHES = [
  { name: 'portal', budget: 'first load ≤ 120 KB JS gzip', script: 'scripts/portal-bundle.mjs' },
  {
    name: 'grading',
    budget: '≥ 1,000,000 answers/s',
    script: 'packages/scoring/bench/grading.bench.mjs',
  },
  { name: 'autosave', budget: 'p99 ≤ 3× bare upsert', script: 'apps/api/bench/autosave.bench.mjs' },
  { name: 'review', budget: 'matrix 10k × 8 < 300 ms', script: 'apps/api/bench/matrix.bench.mjs' },
  {
    name: 'dispatch',
    budget: '10k invitations < 60 s',
    script: 'apps/api/bench/dispatch.bench.mjs',
    optional: true,
  },
];

const wanted = process.argv.slice(2);
const unknown = wanted.filter((w) => !BENCHES.some((b) => b.name === w));
if (unknown.length) {
  console.error(
    `unknown benchmark(s): ${unknown.join(', ')}; known: ${BENCHES.map((b) => b.name).join(', ')}`,
  );
  process.exit(2);
}
const selected = wanted.length ? BENCHES.filter((b) => wanted.includes(b.name)) : BENCHES;

let current = null;
let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    // Let the running benchmark clean up its database and temporary files, then stop.
    if (current) current.kill(signal);
    stopping = true;
  });
}

const results = [];
for (const bench of selected) {
  if (stopping) break;
  const path = join(root, bench.script);
  if (!existsSync(path)) {
    results.push({
      ...bench,
      outcome: bench.optional ? 'SKIP' : 'FAIL',
      seconds: 0,
      line: `${bench.script} not found`,
    });
    continue;
  }
  console.log(`\n━━ ${bench.name} (${bench.budget}): node ${relative(root, path)}`);
  results.push({ ...bench, ...(await run(path)) });
}

// The summary: one row per benchmark, with the line that states its figure and verdict.
console.log('\n━━ Budgets (DESIGN §7)');
const rows = results.map((r) => [r.name, r.outcome, `${r.seconds.toFixed(1)} s`, r.line]);
const head = ['benchmark', 'result', 'time', 'figure'];
const widths = head.map((h, i) =>
  Math.max(h.length, ...rows.map((row) => (i < 3 ? row[i].length : 0))),
);
const fmt = (row) => row.map((cell, i) => (i < 3 ? cell.padEnd(widths[i]) : cell)).join('  ');
console.log(fmt(head));
console.log(fmt(widths.map((w) => '─'.repeat(w))));
for (const row of rows) console.log(fmt(row));
const failed = results.filter((r) => r.outcome === 'FAIL');
console.log(
  failed.length
    ? `\n${failed.length} of ${results.length} benchmark(s) failed: ${failed.map((r) => r.name).join(', ')}`
    : `\nall ${results.filter((r) => r.outcome === 'PASS').length} benchmark(s) met their budgets` +
        (results.some((r) => r.outcome === 'SKIP')
          ? ` (${results
              .filter((r) => r.outcome === 'SKIP')
              .map((r) => r.name)
              .join(', ')} skipped: not present)`
          : ''),
);
process.exit(failed.length || stopping ? 1 : 0);

/**
 * Runs one benchmark; its output goes straight to the terminal (stdout is passed through
 * line by line so that the verdict line can be quoted in the summary).
 */
function run(path) {
  return new Promise((done) => {
    const start = performance.now();
    const child = spawn(process.execPath, [path], {
      cwd: root,
      stdio: ['inherit', 'pipe', 'inherit'],
      env: process.env,
    });
    current = child;
    let verdict = '';
    let last = '';
    let pending = '';
    child.stdout.on('data', (buf) => {
      process.stdout.write(buf);
      pending += buf.toString('utf8');
      const lines = pending.split('\n');
      pending = lines.pop();
      for (const line of lines) note(line);
    });
    const note = (line) => {
      const text = line.trim();
      if (!text) return;
      last = text;
      if (/\b(PASS|FAIL)\b/.test(text)) verdict = text;
    };
    const timer = setTimeout(() => {
      console.error(`${path}: still running after ${TIMEOUT_MS / 1000} s; stopping it`);
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 15_000).unref();
    }, TIMEOUT_MS);
    const finish = (code, signal, error) => {
      clearTimeout(timer);
      current = null;
      note(pending);
      const seconds = (performance.now() - start) / 1000;
      const why = error
        ? `could not run: ${error.message}`
        : signal
          ? `killed by ${signal}`
          : `exit code ${code}`;
      done({
        outcome: !error && code === 0 ? 'PASS' : 'FAIL',
        seconds,
        line: verdict || (code === 0 ? last : `${why}${last ? ` — ${last}` : ''}`),
      });
    };
    child.on('error', (e) => finish(null, null, e));
    child.on('close', (code, signal) => finish(code, signal));
  });
}
