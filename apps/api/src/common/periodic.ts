/**
 * A task run in the background every few milliseconds, never two runs at once (a run that
 * outlasts the interval makes the next tick skip). The timer does not keep the process
 * alive; `stop` waits for the run in progress, so shutdown can close the pool after it.
 */
export class Periodic {
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;

  /** `task` must handle its own errors: a rejection is passed to `onError`. */
  constructor(
    private readonly task: () => Promise<unknown>,
    private readonly onError: (e: unknown) => void = () => undefined,
  ) {}

  start(everyMs: number): void {
    this.timer = setInterval(() => {
      this.running ??= this.task()
        .then(() => undefined, this.onError)
        .finally(() => (this.running = undefined));
    }, everyMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }
}
