// Runs a batch function over and over while it finds work; when a batch comes back empty it sleeps
// until woken (new work was queued here) or until the idle poll (work queued by another replica, or a
// lease that expired). A failing batch is logged and retried after a pause, never fatal.
import type { Logger } from './logger.js';

export class BatchLoop {
  private running = false;
  private pendingWake = false;
  private wakeUp: (() => void) | undefined;
  private done: Promise<void> | undefined;

  constructor(
    private readonly name: string,
    private readonly runOnce: () => Promise<number>,
    private readonly log: Logger,
    private readonly idlePollMs: number,
    private readonly errorPauseMs = 250,
  ) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    this.done = this.loop();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wake();
    await this.done;
  }

  wake(): void {
    this.pendingWake = true;
    this.wakeUp?.();
  }

  private async loop(): Promise<void> {
    while (this.running) {
      let n = 0;
      try {
        this.pendingWake = false;
        n = await this.runOnce();
      } catch (err) {
        this.log.error({ err }, `${this.name} batch failed; retrying`);
        await new Promise((r) => setTimeout(r, this.errorPauseMs));
      }
      if (n === 0 && !this.pendingWake && this.running) {
        await new Promise<void>((resolve) => {
          const t = setTimeout(resolve, this.idlePollMs);
          this.wakeUp = () => {
            clearTimeout(t);
            resolve();
          };
        });
        this.wakeUp = undefined;
      }
    }
  }
}
