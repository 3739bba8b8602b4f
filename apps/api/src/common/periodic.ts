import type { Logger } from '@nestjs/common';

/**
 * A task every process runs on a timer (chaining audit events, resuming work a stopped process
 * left behind): never two runs at once (a run that outlasts the interval makes the next tick
 * skip), the timer does not keep the process alive, and `stop` waits for the run in progress
 * so that shutdown can close the pool after it. A failing run (the database away) is logged
 * once, until a run succeeds again.
 */
export class Periodic {
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private failing = false;

  constructor(
    private readonly logger: Logger,
    private readonly what: string,
    private readonly task: () => Promise<unknown>,
  ) {}

  start(everyMs: number): void {
    this.timer = setInterval(() => {
      this.running ??= this.once().finally(() => (this.running = undefined));
    }, everyMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }

  private async once(): Promise<void> {
    try {
      await this.task();
      this.failing = false;
    } catch (e) {
      if (!this.failing) this.logger.warn(`${this.what} failed: ${e instanceof Error ? e.message : String(e)}`);
      this.failing = true;
    }
  }
}
