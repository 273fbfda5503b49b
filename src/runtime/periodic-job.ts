// A background sweep run once at start and then every `everyMs`, never two at a time on one replica,
// whose failure is logged and retried on the next tick; stop() waits for a sweep in progress.
import type { Logger } from './logger.js';

export class PeriodicJob {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;

  constructor(
    private readonly run: () => Promise<unknown>,
    private readonly everyMs: number,
    private readonly log: Logger,
    private readonly failure: string,
  ) {}

  start(): void {
    const tick = () => {
      this.running ??= this.run()
        .catch((err: Error) => this.log.error({ err: err.message }, this.failure))
        .finally(() => (this.running = undefined));
    };
    tick();
    this.timer = setInterval(tick, this.everyMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
  }
}
