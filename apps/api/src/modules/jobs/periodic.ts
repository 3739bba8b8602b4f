import type { Logger } from '@nestjs/common';

/**
 * A task every process runs on a timer (resuming work a stopped process left behind): one run
 * at a time, the timer never keeps the process alive, and a failing run (the database away) is
 * logged once until a run succeeds again.
 */
export class PeriodicTask {
  private timer?: NodeJS.Timeout;
  private running?: Promise<void>;
  private failing = false;

  constructor(
    private readonly logger: Logger,
    private readonly what: string,
    private readonly run: () => Promise<void>,
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

  /** One run now; errors are logged, never thrown. */
  async once(): Promise<void> {
    try {
      await this.run();
      this.failing = false;
    } catch (e) {
      if (!this.failing) this.logger.warn(`${this.what} failed: ${(e as Error).message}`);
      this.failing = true;
    }
  }
}
