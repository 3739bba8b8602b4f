import {
  type AnswerBody,
  type FailureLike,
  type Pending,
  type PendingChange,
  type ServerAnswers,
  MAX_QUICK_REBASES,
  addChange,
  applyPending,
  backoffDelay,
  classifyFailure,
  debounceDelay,
  invalidQuestionIds,
  isEmpty,
  mergePending,
  prunePending,
  serializePending,
  toRequest,
  withoutQuestions,
  withoutSent,
} from './autosave';

// prettier-ignore
export type SaveStatus =
  'idle' | 'pending' | 'saving' | 'saved' | 'offline' | 'retrying' | 'conflict' | 'error' | 'readonly' | 'gone';

export interface ServerState {
  version: number;
  answers: ServerAnswers;
}

export interface AutosaveDeps {
  save(
    version: number,
    answers: Record<string, AnswerBody>,
    opts: { keepalive: boolean },
  ): Promise<{ version: number }>;
  /** GETs the response again after a conflict; null when it has become read-only meanwhile. */
  reload(): Promise<ServerState | null>;
  /** Keeps the unsaved changes on the device (null: nothing left to keep). */
  persist(serialized: string | null): void;
  setTimer(fn: () => void, ms: number): unknown;
  clearTimer(handle: unknown): void;
  /** Called after every change of state, for the UI to redraw. */
  onUpdate(): void;
  /** The response was submitted or closed (`readonly`), or the link stopped working (`gone`). */
  onStop?(reason: 'readonly' | 'gone', code?: string): void;
  now?(): number;
  random?(): number;
}

type Outcome = 'saved' | 'again' | 'failed';

/**
 * One response's autosave: debounced saves of the pending changes, a copy of them on the
 * device until the server has them, retries with backoff while the network or the server
 * is down, and re-application of the changes after a 409 (someone else saved in between).
 * Answers are shown as `answers`: the server's with everything unsaved on top.
 */
export class AutosaveQueue {
  server: ServerState;
  status: SaveStatus = 'idle';
  /** Questions whose answers the server refused (400); shown, not sent until edited again. */
  rejected: Pending = {};
  /** Unsaved changes found on the device at start-up. */
  readonly restored: number;
  /** Set when a 409 was resolved by reloading; the UI says so once and clears it. */
  conflictResolved = false;
  lastSavedAt: number | null = null;

  private pending: Pending = {};
  private current: Promise<Outcome> | null = null;
  private timer: unknown = null;
  private firstPendingAt = 0;
  private failures = 0;
  private rebases = 0;
  private stopped = false;

  constructor(
    server: ServerState,
    private readonly deps: AutosaveDeps,
    restored: Pending = {},
  ) {
    this.server = server;
    this.pending = prunePending(server.answers, restored);
    this.restored = Object.keys(this.pending).length;
    this.persist();
    if (this.restored) {
      this.status = 'pending';
      this.firstPendingAt = this.now();
      this.schedule(0);
    }
  }

  get answers(): ServerAnswers {
    return applyPending(applyPending(this.server.answers, this.rejected), this.pending);
  }

  get unsaved(): number {
    return Object.keys(this.pending).length;
  }

  get isStopped(): boolean {
    return this.stopped;
  }

  change(questionId: string, change: PendingChange): void {
    if (this.stopped) return;
    if (isEmpty(this.pending)) this.firstPendingAt = this.now();
    // An answer the server refused comes back into play once the supplier edits it.
    const refused = this.rejected[questionId];
    if (refused) this.rejected = withoutQuestions(this.rejected, [questionId]);
    this.pending = addChange(
      refused ? mergePending({ [questionId]: refused }, this.pending) : this.pending,
      questionId,
      change,
    );
    this.persist();
    if (this.status !== 'offline' && this.status !== 'retrying') this.status = 'pending';
    this.schedule(debounceDelay(this.now(), this.firstPendingAt));
    this.deps.onUpdate();
  }

  /**
   * Saves now. With `all`, keeps going until nothing is left (before submitting, on
   * `pagehide`); otherwise changes made while the request was out wait for the next debounce,
   * so that someone typing steadily sends a request every second or so, not one per keystroke.
   * Resolves true when nothing is left unsaved. `keepalive` lets the request outlive the page.
   */
  async flush(opts: { all?: boolean; keepalive?: boolean } = { all: true }): Promise<boolean> {
    this.cancelTimer();
    for (let round = 0; round < MAX_QUICK_REBASES + 3; round++) {
      while (this.current) await this.current;
      if (this.stopped) return false;
      this.pending = prunePending(this.server.answers, this.pending);
      if (isEmpty(this.pending)) {
        if (this.status === 'pending' || this.status === 'saving') this.setStatus('saved');
        return true;
      }
      this.current = this.saveOnce(opts.keepalive ?? false);
      const outcome = await this.current.finally(() => (this.current = null));
      if (outcome === 'failed') return false;
      if (outcome === 'saved' && !opts.all && !isEmpty(this.pending)) {
        this.firstPendingAt = this.now();
        this.schedule(debounceDelay(this.now(), this.firstPendingAt));
        return false;
      }
    }
    return isEmpty(this.pending);
  }

  /** The network is back, or the supplier pressed "try again". */
  retryNow(): void {
    if (!this.stopped && !isEmpty(this.pending)) void this.flush({ all: false });
  }

  /** New answers from the server (e.g. an uploaded answer sheet); unsaved changes stay on top. */
  replaceServer(state: ServerState): void {
    this.server = state;
    this.pending = prunePending(state.answers, this.pending);
    this.persist();
    this.deps.onUpdate();
  }

  /** Stops for good: the response is read-only now. The device copy goes too. */
  stop(reason: 'readonly' | 'gone'): void {
    this.cancelTimer();
    this.stopped = true;
    this.status = reason;
    if (reason === 'readonly') {
      this.pending = {};
      this.persist();
    }
    this.deps.onUpdate();
  }

  private async saveOnce(keepalive: boolean): Promise<Outcome> {
    const sent = this.pending;
    this.setStatus('saving');
    try {
      const { version } = await this.deps.save(
        this.server.version,
        toRequest(this.server.answers, sent),
        { keepalive },
      );
      this.server = { version, answers: applyPending(this.server.answers, sent) };
      this.pending = withoutSent(this.pending, sent);
      if (this.rebases) this.conflictResolved = true;
      this.failures = 0;
      this.rebases = 0;
      this.lastSavedAt = this.now();
      this.persist();
      this.setStatus(isEmpty(this.pending) ? 'saved' : 'pending');
      return 'saved';
    } catch (e) {
      return this.onFailure(e);
    }
  }

  private async onFailure(e: unknown): Promise<Outcome> {
    const failure = asFailure(e);
    switch (classifyFailure(failure)) {
      case 'rebase': {
        this.setStatus('conflict');
        let fresh: ServerState | null;
        try {
          fresh = await this.deps.reload();
        } catch (reloadError) {
          return this.retryLater(asFailure(reloadError).statusCode === 0 ? 'offline' : 'retrying');
        }
        if (!fresh) {
          this.stopWith('readonly');
          return 'failed';
        }
        this.server = fresh;
        this.pending = prunePending(fresh.answers, this.pending);
        this.persist();
        this.rebases++;
        // Two people typing into the same response: back off instead of ping-ponging.
        if (this.rebases > MAX_QUICK_REBASES) return this.retryLater('conflict');
        return 'again';
      }
      case 'retry':
        return this.retryLater(failure.statusCode === 0 ? 'offline' : 'retrying');
      case 'invalid': {
        const ids = invalidQuestionIds(failure).filter((id) => id in this.pending);
        if (!ids.length) {
          this.setStatus('error');
          return 'failed';
        }
        for (const id of ids) this.rejected = addChange(this.rejected, id, this.pending[id]);
        this.pending = withoutQuestions(this.pending, ids);
        this.persist();
        this.setStatus('error');
        return isEmpty(this.pending) ? 'failed' : 'again';
      }
      case 'readonly':
        this.stopWith('readonly', failure.code);
        return 'failed';
      case 'gone':
        this.stopWith('gone');
        return 'failed';
      case 'stop':
        this.setStatus('error');
        return 'failed';
    }
  }

  private stopWith(reason: 'readonly' | 'gone', code?: string): void {
    this.stop(reason);
    this.deps.onStop?.(reason, code);
  }

  private retryLater(status: SaveStatus): Outcome {
    this.failures++;
    this.setStatus(status);
    this.schedule(backoffDelay(this.failures, this.deps.random));
    return 'failed';
  }

  private schedule(ms: number): void {
    this.cancelTimer();
    this.timer = this.deps.setTimer(() => {
      this.timer = null;
      void this.flush({ all: false });
    }, ms);
  }

  private cancelTimer(): void {
    if (this.timer !== null) this.deps.clearTimer(this.timer);
    this.timer = null;
  }

  private persist(): void {
    this.deps.persist(serializePending(this.pending, this.now()));
  }

  private setStatus(status: SaveStatus): void {
    this.status = status;
    this.deps.onUpdate();
  }

  private now(): number {
    return this.deps.now?.() ?? Date.now();
  }
}

/** An API error as it is; anything else (a fetch that threw) counts as the network failing. */
function asFailure(e: unknown): FailureLike {
  const statusCode = (e as { statusCode?: unknown } | null)?.statusCode;
  return typeof statusCode === 'number' ? (e as FailureLike) : { statusCode: 0 };
}
